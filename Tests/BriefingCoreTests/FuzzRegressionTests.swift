import Testing
@testable import BriefingCore

/// Inputs `scripts/fuzz` found that once crashed the importer or read outside
/// its buffer, each kept with the answer it gives now. The first case of each
/// test is the input as the fuzzer wrote it.
@Suite("Fuzz regressions: the CSV importer and the cell grammar")
struct ImportFuzzRegressionTests {
    /// FuzzCSV crash-5ac46a13 (heap-buffer-overflow): a short row whose last
    /// field opens a quote that never closes. The ragged-row error pointed one
    /// byte past "the closing quote", which was past the end of the file.
    @Test("a short row ending in an unclosed quote is reported at the end of the file")
    func shortRowWithUnclosedQuote() {
        let bytes = Array("a,b,\r\n1\n1,\"\"\"".utf8)
        expectProblems([
            (2, 2, "found the end of the row after 1 field, expected 3 fields like the header on line 1"),
            (3, 3, "found \"\\\"\" that is never closed"),
            (3, 6, "found the end of the row after 2 fields, expected 3 fields like the header on line 1"),
        ]) { _ = try CSVImporter.read(bytes: bytes, name: "fuzz.csv") }
        // crash-3cc7dae8: the same bug, the quote opening a row of its own and running over two lines.
        let other = Array("a,b ,ha1\n\"\n\"\"\u{1F}ha2023년 7월".utf8)
        expectProblems([
            (2, 1, "found \"\\\"\" that is never closed"),
            (3, 14, "found the end of the row after 1 field, expected 3 fields like the header on line 1"),
        ]) { _ = try CSVImporter.read(bytes: other, name: "fuzz.csv") }
    }

    @Test("a closed quote still puts the ragged-row error after it")
    func shortRowWithClosedQuote() {
        expectProblems([(2, 8, "found the end of the row after 2 fields, expected 3")]) {
            _ = try CSVImporter.read(bytes: Array("a,b,c\n1,\"x,y\"\n".utf8), name: "fuzz.csv")
        }
    }
}
