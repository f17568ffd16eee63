import BriefingCore
import BriefingLayout
import Foundation
import Testing
@testable import BriefingReport

@Suite("Tables straight from data")
struct DataTableTests {
    static let csv = "기업명,연도,계약액(만달러),증감(만달러)\n가나,2024,120,15\n다라,2024,-,-3\n마바,2024,300,-20\n사아,2024,45,5\n자차,2023,999,0\n"

    func prepare(_ tableYAML: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> PreparedReport {
        let dir = NSTemporaryDirectory() + "datatable-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Self.csv.write(toFile: dir + "/c.csv", atomically: true, encoding: .utf8)
        try "data:\n  c: c.csv\ndocument:\n  title: t\n  blocks:\n    - table:\n\(tableYAML)".write(toFile: dir + "/t.yaml", atomically: true, encoding: .utf8)
        return try PreparedReport.prepare(templatePath: dir + "/t.yaml")
    }

    func rows(_ report: PreparedReport, _ locale: ReportLocale = .ko) throws -> [TableRow] {
        guard case .table(let t)? = report.template.document?.blocks.first, let d = t.data else { throw CancellationError() }
        return try DataTable(report: report, formatter: FigureFormatter(locale: locale)).build(d).rows
    }

    @Test("filtered, sorted largest first (missing last), top 2 and the rest as 기타, exact total, △ negatives")
    func topNWithOthers() throws {
        let r = try prepare("""
                  data:
                    input: c
                    columns: [기업명, 계약액, 증감]
                    where: "연도 = 2024"
                    sort: 계약액 desc
                    limit: 2
                    others: true
                    total: true

        """)
        let cells = try rows(r).map(\.cells)
        #expect(cells == [["마바", "300", "△20"], ["가나", "120", "15"], ["기타", "45", "2"], ["합계", "465", "△3"]])
        #expect(try rows(r).last?.style == .total)
    }

    @Test("the unit note comes from the headers; English writes negatives with a minus")
    func unitNoteAndEnglish() throws {
        let r = try prepare("""
                  data: {input: c, columns: [기업명, 계약액, 증감], where: "연도 = 2024"}

        """)
        guard case .table(let t)? = r.template.document?.blocks.first, let d = t.data else { Issue.record("no table"); return }
        let built = try DataTable(report: r, formatter: FigureFormatter(locale: .ko)).build(d)
        #expect(built.unitNote == "(단위: 만 달러)")
        #expect(built.rows[1].cells == ["다라", "-", "△3"])
        // English has no word for 만: the same figures in US$ thousands, exactly.
        let english = try DataTable(report: r, formatter: FigureFormatter(locale: .en)).build(d)
        #expect(english.unitNote == "(US$ thousands)")
        #expect(english.rows[2].cells == ["마바", "3,000", "\u{2212}200"])
    }

    @Test("scale: converts every money column exactly, and the note says the new scale once")
    func scaleConverts() throws {
        let r = try prepare("""
                  data: {input: c, columns: [기업명, 계약액, 증감], where: "연도 = 2024", total: true, scale: 억}

        """)
        guard case .table(let t)? = r.template.document?.blocks.first, let d = t.data else { Issue.record("no table"); return }
        let built = try DataTable(report: r, formatter: FigureFormatter(locale: .ko)).build(d)
        #expect(built.unitNote == "(단위: 억 달러)")
        #expect(built.rows.map(\.cells) == [["가나", "0.012", "0.0015"], ["다라", "-", "△0.0003"], ["마바", "0.03", "△0.002"],
                                             ["사아", "0.0045", "0.0005"], ["합계", "0.0465", "△0.0003"]])
    }

    /// The data file the error names (a temporary folder's).
    func r(_ e: DiagnosticList) -> String? {
        e.diagnostics.first?.location.map { $0.file.replacingOccurrences(of: "t.yaml", with: "c.csv") }
    }

    @Test("an unknown column is found before rendering, at the table's place")
    func unknownColumn() throws {
        do {
            _ = try prepare("""
                      data: {input: c, columns: [기업, 계약액]}

            """)
            Issue.record("expected an error")
        } catch let e as DiagnosticList {
            let file = try #require(r(e))
            let problem = TemplateProblem.unknownColumn("기업", file: file, columns: ["기업명", "연도", "계약액", "증감"])
            #expect(e.diagnostics.first?.message == problem.message, "\(e)")
            #expect(e.diagnostics.first?.location?.line == 7)
        }
    }
}
