import Testing
@testable import BriefingCore

/// Each problem is reported at its exact line and column, all at once.
@Suite("Import errors name their place")
struct ImportErrorTests {
    static func read(_ text: String, _ options: ImportOptions = .init()) throws {
        _ = try CSVImporter.read(bytes: Array(text.utf8), name: "t.csv", options: options)
    }

    @Test func unterminatedQuote() {
        expectProblems([(2, 3, "never closed")]) { try Self.read("a,b\n1,\"abc\n2,3\n") }
    }

    @Test func quoteInsideUnquotedField() {
        expectProblems([(2, 5, "inside an unquoted field")]) { try Self.read("a,b\n1,ab\"c\n") }
    }

    @Test func textAfterClosingQuote() {
        expectProblems([(2, 7, "found \"c\" after a closing quote")]) { try Self.read("a,b\n1,\"ab\"c\n") }
    }

    @Test func tooManyFields() {
        expectProblems([(2, 5, "found \"3\" as field 3, expected 2 fields")]) { try Self.read("a,b\n1,2,3\n") }
    }

    @Test func tooFewFields() {
        expectProblems([(3, 2, "after 1 field, expected 2 fields")]) { try Self.read("a,b\n1,2\n1\n") }
    }

    @Test func columnsCountCharactersNotBytes() {
        expectProblems([(2, 8, "found \"초과\" as field 3")]) { try Self.read("지역,금액\n미국,325,초과\n") }
    }

    @Test func lineNumbersAfterAQuotedLineBreak() {
        expectProblems([(4, 5, "as field 3")]) { try Self.read("a,b\n\"x\ny\",1\n2,3,4\n") }
    }

    @Test func everyProblemUpToTheLimit() {
        let text = "a,b\n" + (1...30).map { "\($0),2,3" }.joined(separator: "\n")
        do {
            try Self.read(text, ImportOptions(maxProblems: 5))
            Issue.record("no error")
        } catch let list as DiagnosticList {
            #expect(list.diagnostics.map { $0.location!.line } == [2, 3, 4, 5, 6])
            #expect(list.omitted == 25)
            #expect(list.description.contains("… and 25 more problems"))
        } catch { Issue.record("\(error)") }
    }

    @Test func caretUnderTheColumn() {
        do {
            try Self.read("지역,금액\n미국,\"32\"5\n")
            Issue.record("no error")
        } catch let list as DiagnosticList {
            #expect(list.description == """
            t.csv:2:8: found "5" after a closing quote, expected a delimiter or the end of the line
             2 | 미국,"32"5
               |        ^
            """)
        } catch { Issue.record("\(error)") }
    }

    @Test func raggedPadsShortRowsAndCountsThem() throws {
        let r = try CSVImporter.read(bytes: Array("a,b,c\n1,2\n3,4,5\n6\n".utf8), name: "t.csv", options: ImportOptions(allowRagged: true))
        #expect(r.paddedRows == 2)
        #expect(Array(r.table.columns[2]) == [.missing(""), .number(5), .missing("")])
    }

    @Test func undecodableByteInTheMiddle() {
        // 0xFF is neither UTF-8 nor CP949.
        expectProblems([(2, 4, "found \"\\xFF")]) {
            _ = try CSVImporter.read(bytes: Array("지역,금액\n".utf8) + [0x41, 0x42, 0x2C, 0xFF, 0x0A], name: "t.csv")
        }
    }

    @Test func cp949ErrorColumnCountsDecodedCharacters() {
        // 미국 in CP949, then a truncated lead byte at the end.
        let bytes = ImportFixtures.cp949("지역\r\n미국") + [0xB0]
        expectProblems([(2, 3, "expected text in UTF-8 or CP949")]) { _ = try CSVImporter.read(bytes: bytes, name: "t.csv") }
    }

    @Test func emptyFile() {
        expectProblems([(1, 1, "found an empty file")]) { try Self.read("\n\n") }
    }
}
