import BriefingCore
import Testing
@testable import BriefingReport

/// Template errors are values: a test names the problem and its place and
/// compares with `==`, never by matching words in a message.
@Suite("Template errors compare as values")
struct TemplateErrorTests {
    func error(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> TemplateError? {
        do {
            _ = try TemplateReader.parse(yaml, path: "t.yaml")
            Issue.record("no error", sourceLocation: sourceLocation)
            return nil
        } catch let e as TemplateError {
            return e
        } catch {
            Issue.record("not a TemplateError: \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    @Test func unknownKey() {
        let e = error("charts:\n  a:\n    type: bar\n    tilte: t\n    bars: [{label: a, measure: m}]\n")
        #expect(e == TemplateError(.unknownKey("tilte", in: "chart 'a'", allowed: [
            "type", "title", "subtitle", "unit", "scale", "source", "notes", "bars", "data", "highlight",
            "annotations", "reference", "colors", "height", "press", "table",
        ]), at: InputLocation(file: "t.yaml", line: 4, column: 5), sourceLine: "    tilte: t"))
    }

    @Test func missingKey() {
        let e = error("charts:\n  a:\n    title: t\n")
        #expect(e == TemplateError(.missingKey("type", in: "chart 'a'"), at: InputLocation(file: "t.yaml", line: 3, column: 5),
                                   sourceLine: "    title: t"))
    }

    @Test func badValue() {
        let e = error("locale: kr\n")
        #expect(e == TemplateError(.badValue(what: "locale", found: "kr", expected: ["ko", "en"]),
                                   at: InputLocation(file: "t.yaml", line: 1, column: 9), sourceLine: "locale: kr"))
        #expect(e?.diagnostic.message == "locale must be ko or en, found 'kr'")
    }

    @Test func wrongShape() {
        let e = error("charts: [a, b]\n")
        #expect(e?.problem == .wrongShape(what: "charts", expected: "a mapping (key: value lines)", found: "a list"))
    }

    /// YAML itself refuses a key written twice in one mapping, before the reader sees it.
    @Test func duplicateKey() {
        let e = error("document:\n  title: a\n  title: b\n")
        guard case .syntax(let message)? = e?.problem else { Issue.record("\(String(describing: e))"); return }
        #expect(message.hasPrefix("not valid YAML: Parser: expected all keys to be unique"))
    }

    @Test func syntax() {
        let e = error("measures:\n  total: sum(c.값 where)\n")
        guard case .syntax? = e?.problem else { Issue.record("\(String(describing: e))"); return }
        #expect(e?.location?.line == 2)
    }
}
