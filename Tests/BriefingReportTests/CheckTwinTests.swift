import BriefingCore
import Foundation
import Testing
@testable import BriefingReport

/// Every template error rendering can raise has a `check` twin: the same
/// problem is reported by `check` (which renders nothing), at the same place,
/// so an unattended monthly run never meets a template error for the first time.
@Suite("Every render-time template error is found by check")
struct CheckTwinTests {
    static let base = """
    data:
      c: c.csv
    measures:
      total: sum(c.금액)
      people: sum(c.인원)
      rows: count(c)
      share: achievement(total, total)

    """

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var charts: String
        var document: String = ""
        var message: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "reference in another unit", charts: """
              a:
                type: bar
                bars: [{label: 합계, measure: total}]
                reference: {measure: people, label: 인원}
            """, message: "chart 'a': reference 'people' is not an amount in the chart's unit"),
        Case(name: "a scale a percentage cannot take", charts: """
              a:
                type: bar
                scale: 억
                data: {input: c, x: 지역, y: [비율]}
            """, message: "chart 'a': scale: a column in % cannot be shown in another scale"),
        Case(name: "bars of two kinds", charts: """
              a:
                type: bar
                bars: [{label: 금액, measure: total}, {label: 인원, measure: people}]
            """, message: "chart 'a': bar 'people' is 명, the others 만달러; a chart shows one kind of figure"),
        Case(name: "a bar that is not an amount", charts: """
              a:
                type: bar
                bars: [{label: 달성률, measure: share}]
            """, message: "chart 'a': bar 'share' is not an amount or a count; a bar shows an amount"),
        Case(name: "a text column charted", charts: """
              a:
                type: bar
                data: {input: c, x: 금액, y: [지역]}
            """, message: "chart 'a': column '지역' holds text, not numbers"),
        Case(name: "a unit that contradicts the labels", charts: """
              a:
                type: bar
                unit: "단위: 억 달러"
                bars: [{label: 합계, measure: total}]
            """, message: "chart 'a': unit says 억 달러 but the labels are in 만 달러; leave unit: out to have it written, or set scale:"),
        Case(name: "a text line without a 개조식 symbol", charts: "", document: """
            document:
              title: t
              blocks:
                - text: "추진 개요"
            """, message: "a text block's lines start with □, ○, -, ·, * or ※; found '추진 개요'"),
    ]

    @Test(arguments: cases)
    func foundByCheck(_ c: Case) throws {
        let dir = NSTemporaryDirectory() + "twin-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "지역,금액(만달러),인원(명),비율(%)\n미국,1000,23,5.5\n".write(toFile: dir + "/c.csv", atomically: true, encoding: .utf8)
        let charts = c.charts.isEmpty ? "" : "charts:\n" + c.charts.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        try (Self.base + charts + "\n" + c.document + "\n").write(toFile: dir + "/t.yaml", atomically: true, encoding: .utf8)
        do {
            _ = try PreparedReport.prepare(templatePath: dir + "/t.yaml")
            Issue.record("check found nothing")
        } catch let e as DiagnosticList {
            #expect(e.diagnostics.map(\.message) == [c.message])
            #expect(e.diagnostics.first?.location?.file == dir + "/t.yaml")
        }
    }
}
