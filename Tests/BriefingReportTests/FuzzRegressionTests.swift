import Testing
@testable import BriefingReport

/// Inputs `scripts/fuzz` found that once crashed a template parser, each kept
/// with the answer it gives now. The first case of each test is the input as
/// the fuzzer wrote it; the others are the same bug written by hand.
@Suite("Fuzz regressions: template, measure and placeholder parsers")
struct TemplateFuzzRegressionTests {
    func expectSyntaxError(_ text: String, _ message: String, offset: Int,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: ExpressionSyntaxError(message: message, offset: offset), sourceLocation: sourceLocation) {
            try TextTemplate.parse(text)
        }
    }

    /// FuzzPlaceholder crash-740ea219: `{x|:}` split its format on `:` dropping
    /// empty pieces, found none, and read `f[0]` of an empty array.
    @Test("a placeholder with ':' but no format name is an error, not a trap")
    func formatWithoutName() {
        expectSyntaxError("e2{|\u{0}g\u{0}\u{0}{\u{0}|:}\u{0}",
                          "no measure before '|' in '{|\u{0}g\u{0}\u{0}{\u{0}|:}' (write {measure | format})", offset: 2)
        expectSyntaxError("목표 대비 {achievement | :1} 달성",
                          "no format after '|' in '{achievement | :1}' (write {measure | format:argument})", offset: 6)
        expectSyntaxError("{x|:}", "no format after '|' in '{x|:}' (write {measure | format:argument})", offset: 0)
    }

    /// The same split read `{|x}` as the measure `x`: the `|` was dropped as an
    /// empty piece before it.
    @Test("a placeholder with a format but no measure is an error")
    func formatWithoutMeasure() {
        expectSyntaxError("합계 {| percent}", "no measure before '|' in '{| percent}' (write {measure | format})", offset: 3)
        expectSyntaxError("{ }", "empty placeholder '{}'", offset: 0)
    }

    @Test("a format with an empty argument is an error where it is written")
    func emptyArgument() throws {
        expectSyntaxError("{achievement | percent:}",
                          "placeholder {achievement | percent:}: 'percent:': the argument is a number of digits from 0 to 6", offset: 0)
    }
}
