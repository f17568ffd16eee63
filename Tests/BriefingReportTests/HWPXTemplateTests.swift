import BriefingCore
@testable import BriefingReport
import Testing

/// `document: formats:` says what the briefing is written as when the
/// command does not say; an unknown format fails at its place.
@Suite struct HWPXTemplateTests {
    static func template(_ formats: String) -> String {
        """
        locale: ko
        document:
          title: 보고
          \(formats)
          blocks:
            - text: "□ 개요"
        """
    }

    @Test func withoutFormatsTheBriefingIsPDFAndPNG() throws {
        let t = try TemplateReader.parse(Self.template(""), path: "t.yaml")
        #expect(t.document?.formats == [.pdf, .png])
        #expect(RenderRequest.defaultFormats(for: t) == ["pdf", "png", "svg"])
    }

    @Test func hwpxIsAskedForInTheTemplate() throws {
        let t = try TemplateReader.parse(Self.template("formats: [pdf, hwpx]"), path: "t.yaml")
        #expect(t.document?.formats == [.pdf, .hwpx])
        #expect(RenderRequest.defaultFormats(for: t) == ["pdf", "png", "svg", "hwpx"])
    }

    @Test func anUnknownFormatIsNamedWhereItIs() throws {
        #expect {
            try TemplateReader.parse(Self.template("formats: [pdf, docx]"), path: "t.yaml")
        } throws: { error in
            let text = "\(error)"
            return text.hasPrefix("t.yaml:4:") && text.contains("docx")
        }
    }
}

/// `table: true` on a chart: its numbers as the chart labels them, under its unit line.
@Suite("A chart's numbers as a table")
struct ChartTableTests {
    @Test func numbersFollowTheChart() throws {
        let root = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let report = try PreparedReport.prepare(templatePath: "/" + root + "/Tests/Fixtures/hwpx/chart-table.yaml", overrides: [:],
                                                period: nil, rehearse: false)
        #expect(report.template.charts.map { $0.table } == [true, true])
        let filler = TextFiller(template: report.template, figures: report.figures,
                                text: FigureText(formatter: FigureFormatter(locale: .ko)))
        let builder = ChartBuilder(report: report, filler: filler)
        let grouped = try ChartTable.make(report.template.charts[1], builder: builder)
        #expect(grouped.unitNote == "(단위: 만 달러)")
        #expect(grouped.columns.map(\.title) == ["연도", "실계약", "약정계약"])
        #expect(grouped.rows.map(\.cells) == [["2023년", "934", "-"], ["2024년", "325", "675"]])
    }
}
