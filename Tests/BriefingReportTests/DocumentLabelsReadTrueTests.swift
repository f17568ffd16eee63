import BriefingCore
import BriefingLayout
import Foundation
import Testing
@testable import BriefingReport

/// A rendered briefing holds its numbers to the same rule as a chart: a data
/// table's cells read with its unit note, a KPI tile's value and comparison
/// read with their own unit words, and the figure's labels read with its unit
/// line, all give the cells' true values — for every header scale, in both
/// locales, read back from the laid-out pages.
@Suite("Every number on a rendered briefing reads as its cells' value")
struct DocumentLabelsReadTrueTests {
    static let units = ["명", "천명", "달러", "천달러", "만달러", "백만원", "억원", "조원"]
    static let values = [["934", "325", "1,000"], ["0.5", "12.25", "3"], ["1,250,000", "98,765", "211"]]

    static let template = """
    data:
      c: c.csv
    measures:
      total: sum(c.값)
      first: sum(c.값 where 지역 = 가)
    charts:
      c:
        type: bar
        title: 지역별
        data: {input: c, x: 지역, y: [값]}
    document:
      title: 보고
      blocks:
        - tiles:
            - {label: 합계, value: "{total}", compare: "가 {first}"}
        - table:
            data: {input: c, columns: [지역, 값], total: true}
        - chart: {id: c, width: full}

    """

    static func render(unit: String, values: [String], locale: ReportLocale) throws -> [TextRun] {
        let dir = NSTemporaryDirectory() + "labels-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let rows = zip(["가", "나", "다"], values).map { "\($0),\"\($1)\"" }.joined(separator: "\n")
        try "지역,값(\(unit))\n\(rows)\n".write(toFile: dir + "/c.csv", atomically: true, encoding: .utf8)
        try template.write(toFile: dir + "/t.yaml", atomically: true, encoding: .utf8)
        let report = try PreparedReport.prepare(templatePath: dir + "/t.yaml")
        let renderer = ReportRenderer(library: TestFonts.library)
        let document = try #require(try renderer.briefingDocument(report, RenderRequest(locale: locale, baseName: "t")))
        return document.pages.flatMap(\.allTextRuns)
    }

    @Test("table cells, tiles and the figure", arguments: ReportLocale.allCases)
    func everyNumberReadsTrue(locale: ReportLocale) throws {
        for unitText in Self.units {
            let unit = try #require(HeaderParser.parse("값(\(unitText))").unit)
            for written in Self.values {
                let cells = written.map { ExactDecimal($0.filter { $0 != "," })!.shifted(by: unit.powerOfTen) }
                let truths = cells + [cells.reduce(.zero, +)]
                let runs = try Self.render(unit: unitText, values: written, locale: locale)
                func check(_ what: String, _ isFigure: (SceneRole) -> Bool, unitLineRole: SceneRole?,
                           sourceLocation: SourceLocation = #_sourceLocation) {
                    let line = unitLineRole.flatMap { r in runs.first { $0.role == r }?.text }
                    if unitLineRole != nil { #expect(line != nil, "no \(unitLineRole!.kind) for \(unitText)", sourceLocation: sourceLocation) }
                    let power = LabelReader.power(ofUnitLine: line)
                    var read = 0
                    for run in runs where run.role.map(isFigure) == true {
                        for figure in LabelReader.figures(in: run.text, unitPower: power) {
                            read += 1
                            #expect(truths.contains { figure.reads($0) },
                                    "\(locale) \(unitText) \(written): '\(run.text)' under \(line ?? "no unit line") reads \(figure)",
                                    sourceLocation: sourceLocation)
                        }
                    }
                    #expect(read >= 2, "\(what) of \(unitText): only \(read) figures", sourceLocation: sourceLocation)
                }
                check("table cells", { $0 == .table(.cell) }, unitLineRole: .unitNote)
                check("KPI tiles", { $0 == .kpiValue || $0 == .kpiComparison }, unitLineRole: nil)
                check("value labels", { if case .valueLabel = $0 { true } else { false } }, unitLineRole: .unitLine)
            }
        }
    }
}
