import BriefingCore
import Foundation
import Testing
@testable import BriefingReport

/// Every closed set of the template is typed where it is read: a planted
/// typo is an error at the value's own line and column in `check`, never a
/// silent default (`sort: desk` drawn unsorted) or a failure at render time.
@Suite("Template typos are errors at their place")
struct TemplateTypoTests {
    static let template = """
    locale: ko
    data:
      c: c.csv
    measures:
      total: sum(c.값)
    charts:
      a:
        type: bar
        colors: ["#1d4e89"]
        data: {input: c, x: 지역, y: [값], sort: descending}
      w:
        type: waterfall
        bars:
          - {label: 합계, measure: total, step: total}
        press: {size: 1200x675, formats: [png]}
    document:
      title: t
      orientation: portrait
      blocks:
        - tiles:
            - {label: 합계, value: "{total}", trend: up}
            - {label: 가, value: "{total}", trend: total}
        - chart: {id: a, width: full}
        - table:
            columns: [구분, 값]
            rows:
              - {cells: [합계, "{total}"], style: total}

    """

    /// Writes the template with `old` replaced by `new`, runs what `check` runs,
    /// and returns the first problem.
    static func problem(replacing old: String, with new: String) throws -> (Diagnostic, text: String) {
        let dir = NSTemporaryDirectory() + "typo-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "지역,값(만달러)\n가,1\n나,2\n".write(toFile: dir + "/c.csv", atomically: true, encoding: .utf8)
        let text = template.replacingOccurrences(of: old, with: new)
        try text.write(toFile: dir + "/t.yaml", atomically: true, encoding: .utf8)
        do {
            _ = try PreparedReport.prepare(templatePath: dir + "/t.yaml")
        } catch let e as DiagnosticList {
            return (try #require(e.diagnostics.first), text)
        }
        throw CancellationError()
    }

    @Test("the template without typos is read")
    func clean() throws {
        let dir = NSTemporaryDirectory() + "typo-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "지역,값(만달러)\n가,1\n나,2\n".write(toFile: dir + "/c.csv", atomically: true, encoding: .utf8)
        try Self.template.write(toFile: dir + "/t.yaml", atomically: true, encoding: .utf8)
        let report = try PreparedReport.prepare(templatePath: dir + "/t.yaml")
        #expect(report.template.charts.first?.data?.sort == .descending)
        #expect(report.template.locale == .ko)
    }

    @Test(arguments: [
        ("sort: descending", "sort: desk", "desk", "sort must be none, ascending or descending, found 'desk'"),
        ("trend: up", "trend: sideways", "sideways", "tile trend must be up, down, neutral or a measure name; found 'sideways'"),
        ("width: full", "width: wide", "wide", "chart width must be full or half, found 'wide'"),
        ("\"#1d4e89\"", "\"#1d4e8\"", "\"#1d4e8\"", "a colour is #rrggbb or #rrggbbaa, found '#1d4e8'"),
        ("locale: ko", "locale: kr", "kr", "locale must be ko or en, found 'kr'"),
        ("type: bar", "type: pie", "pie",
         "chart type must be bar, horizontal-bar, grouped-bar, stacked-bar, line, combo, donut, bullet, waterfall or kpi, found 'pie'"),
        ("style: total", "style: totals", "totals", "row style must be normal, subtotal or total, found 'totals'"),
        ("formats: [png]", "formats: [jpg]", "jpg", "a press format must be png, png@2x, pdf or svg, found 'jpg'"),
        ("step: total", "step: sum", "sum", "step must be standalone, delta or total, found 'sum'"),
        ("orientation: portrait", "orientation: tall", "tall", "orientation must be portrait or landscape, found 'tall'"),
    ])
    func typo(old: String, new: String, value: String, message: String) throws {
        let (d, text) = try Self.problem(replacing: old, with: new)
        let lines = text.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains(new) })
        let column = try #require(lines[line].range(of: value)).lowerBound.utf16Offset(in: lines[line]) + 1
        #expect(d.message == message)
        #expect(d.location?.line == line + 1)
        #expect(d.location?.column == column)
    }
}
