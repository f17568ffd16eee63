import BriefingCore
import BriefingLayout
import Foundation
import Testing
@testable import BriefingReport

/// The report's layout without Pango or Cairo: `ReportLayout` over the
/// layout stage's `ApproximateTextMeasurer`. No `FontLibrary`, measurer or
/// renderer of BriefingCairo is made in this suite.
@Suite("A report laid out without fonts: spec, chart sizes, warnings")
struct ReportLayoutTests {
    static let root = "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    let layout = ReportLayout(measurer: ApproximateTextMeasurer())

    @Test("the sample briefing's spec: header, the conclusion first, tiles, 개조식 lines, a chart")
    func sampleSpec() throws {
        let report = try PreparedReport.prepare(templatePath: Self.root + "/templates/usa-2024/briefing.yaml")
        let spec = try #require(try layout.briefingSpec(report, RenderRequest(locale: .ko, baseName: "usa-2024")))
        #expect(spec.header.title == "2024 미국 광융합무역촉진단 성과 보고")
        #expect(spec.header.date == "2024. 4. 7.(일)")
        #expect(spec.header.department == "경제정책과")
        guard case .summary(let lines) = spec.blocks.first else { Issue.record("\(spec.blocks.first!)"); return }
        #expect(lines.count == 1 && lines[0].hasPrefix("목표(") && lines[0].hasSuffix("계약 체결"), "\(lines)")
        guard case .kpiTiles(let tiles) = spec.blocks[1] else { Issue.record("\(spec.blocks[1])"); return }
        #expect(tiles.map(\.label) == ["총 계약", "목표 초과", "전년 대비", "MOU 체결"])
        #expect(tiles[0].trend == .up)
        let bullets = spec.blocks.flatMap { block -> [Bullet] in if case .bullets(let b) = block { b } else { [] } }
        #expect(bullets.first == Bullet(.headline, "추진 개요"))
        let figures = spec.blocks.compactMap { block -> Scene? in
            if case .flexibleFigure(let full, let shorter, _, _) = block { #expect(shorter.count == 4); return full }
            return nil
        }
        // The full-width chart: half as tall as the content is wide.
        #expect(figures.map(\.size) == [Size(spec.page.contentRect.width, (spec.page.contentRect.width * 0.5).rounded())])
    }

    @Test("the page style comes from the template's style: and the request's locale", arguments: ReportLocale.allCases)
    func pageStyle(locale: ReportLocale) throws {
        let t = try TemplateReader.parse("document:\n  title: t\n  style:\n    title-size: 20\n    margins: {top: 30}\n", path: "r.yaml")
        let page = PageStyle.briefing(try #require(t.document), locale: locale)
        #expect(page.titleFont.size == 20)
        #expect(abs(page.margins.top - 30 * 72 / 25.4) < 0.001)
        #expect(page.margins.left == PageMargins.standard.left)
        #expect(page.labels == (locale == .ko ? .korean : .english))
    }

    @Test("a document chart is offered at its full height and shorter ones; a half-width one starts taller than half its width")
    func figureSizes() throws {
        let t = try TemplateReader.parse(Self.crowded(press: false), path: "r.yaml")
        let c = try #require(t.charts.first)
        #expect(ReportLayout<ApproximateTextMeasurer>.figureSizes(c, width: 480).map(\.height) == [240, 221, 202, 182, 163])
        #expect(ReportLayout<ApproximateTextMeasurer>.figureSizes(c, width: 233).map(\.height) == [186, 150])
    }

    @Test("each chart is laid out once a size: its five document sizes make five layouts, asking again makes none")
    func onceASize() throws {
        try Self.withReport(Self.crowded(press: false)) { report in
            let request = RenderRequest(locale: .ko, baseName: "t")
            let filler = ReportLayout<ApproximateTextMeasurer>.filler(report, request)
            var charts = ChartScenes(measurer: ApproximateTextMeasurer(), builder: ChartBuilder(report: report, filler: filler))
            let (_, figures) = try layout.briefingSpec(report, request, filler: filler, charts: &charts)
            #expect(figures.count == 1 && figures[0].count == 5)
            #expect(charts.count == 5)
            let again = try charts.scene(report.template.charts[0], size: figures[0][0].size)
            #expect(charts.count == 5)
            #expect(again.size == figures[0][0].size)
            _ = try charts.scene(report.template.charts[0], size: Size(600, 400))
            #expect(charts.count == 6)
        }
    }

    @Test("warnings: the placed figure version's only (not its four shorter tries), then the press export's")
    func warningsOfThePlacedSize() throws {
        try Self.withReport(Self.crowded(press: true)) { report in
            let laidOut = try layout.layout(report, RenderRequest(locale: .ko, baseName: "t"))
            let page = try #require(laidOut.document?.pages.first)
            // The figure fits under the title at its full size: that is the size reported.
            let width = PageStyle.briefing(report.template.document!, locale: .ko).contentRect.width
            let placed = Size(width, (width * 0.5).rounded())
            #expect(page.size == PageStyle.a4Portrait.size)
            #expect(laidOut.warnings.map(\.chart) == ["months", "months"], "\(laidOut.warnings)")
            #expect(laidOut.warnings.map(\.size) == [placed, Size(600, 400)])
            for w in laidOut.warnings {
                guard case .valueLabelsOmitted(_, let categories, _) = w.warning else { Issue.record("\(w)"); continue }
                #expect(categories == 48)
            }
            #expect(laidOut.warnings[1].description.hasPrefix("chart 'months' at 600×400: bar chart with 48 categories"))
        }
    }

    /// A template with one 48-month bar chart (too crowded for value labels)
    /// in the document, and optionally exported for the press at 600×400.
    /// Two half-width charts without `height:` side by side: each is laid out
    /// (186 pt tall at most), where a half of a half-width (118 pt) held none.
    @Test("half-width charts without a height are laid out side by side")
    func halfWidthWithoutHeight() throws {
        let template = """
        data:
          m: m.csv
        charts:
          a:
            type: line
            title: 추이
            data: {input: m, x: 월, y: [계약액], where: "월 in [2024.01, 2024.02, 2024.03]"}
          b:
            type: horizontal-bar
            title: 순위
            data: {input: m, x: 월, y: [계약액], where: "월 in [2024.01, 2024.02, 2024.03]", sort: desc}
        document:
          title: 보고
          blocks:
            - columns:
                - - chart: {id: a, width: half}
                - - chart: {id: b, width: half}

        """
        try Self.withReport(template) { report in
            let laid = try ReportLayout(measurer: ApproximateTextMeasurer()).layout(report, RenderRequest(locale: .ko, baseName: "t"))
            #expect(laid.document?.pages.count == 1)
        }
    }

    static func crowded(press: Bool, width: String = "full") -> String {
        """
        data:
          m: m.csv
        charts:
          months:
            type: bar
            title: 48개월
            data: {input: m, x: 월, y: [계약액]}
        \(press ? "    press: {size: 600x400, formats: [png]}\n" : "")\
        document:
          title: 보고
          blocks:
            - chart: {id: months, width: \(width)}

        """
    }

    static func withReport(_ template: String, sourceLocation: SourceLocation = #_sourceLocation,
                           _ body: (PreparedReport) throws -> Void) throws {
        let dir = NSTemporaryDirectory() + "report-layout-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var csv = "월,계약액(만달러)\n"
        for i in 0..<48 { csv += "\(2021 + i / 12).\(String(format: "%02d", i % 12 + 1)),\(100 + (i * 37) % 800)\n" }
        try csv.write(toFile: dir + "/m.csv", atomically: true, encoding: .utf8)
        try template.write(toFile: dir + "/t.yaml", atomically: true, encoding: .utf8)
        try body(try PreparedReport.prepare(templatePath: dir + "/t.yaml"))
    }
}
