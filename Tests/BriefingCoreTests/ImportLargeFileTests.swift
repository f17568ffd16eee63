import Testing
@testable import BriefingCore

/// Files above `Parallel.threshold` are read in two halves at once; they must
/// read exactly as one pass would, line numbers and problems included.
@Suite("Large files read in two halves")
struct ImportLargeFileTests {
    /// Every record spans two lines (a line break inside quotes), CRLF.
    static func text(rows: Int, lastRow: String? = nil) -> String {
        var s = "번호,이름,금액(천원)\r\n"
        s.reserveCapacity(rows * 40)
        for i in 1...rows { s += "\(i),\"기업\r\n\(i)호\",\"\(i * 1000 / 7 % 100_000 + 1000 / 1)\"\r\n" }
        if let lastRow { s += lastRow + "\r\n" }
        return s
    }

    @Test func sameAsOnePass() throws {
        let rows = 200_000
        let bytes = Array(Self.text(rows: rows).utf8)
        #expect(bytes.count > Parallel.threshold)
        let r = try CSVImporter.read(bytes: bytes, name: "big.csv")
        #expect(r.table.rowCount == rows)
        #expect(r.table.rowLines == Array(stride(from: 2, through: 2 * rows, by: 2)))
        #expect(r.lineEnding == .crlf)
        #expect(r.table.columns[0].type == .integer)
        #expect(r.table.columns[0][rows - 1] == .number(ExactDecimal(rows)))
        #expect(r.table.columns[1][rows / 2] == .text("기업\r\n\(rows / 2 + 1)호"))
        #expect(r.table.columns[2].type == .amount)
    }

    @Test func problemsInTheSecondHalfKeepTheirLines() {
        let rows = 200_000
        let bytes = Array(Self.text(rows: rows, lastRow: "1,\"x\"y,2").utf8)
        expectProblems([(2 * rows + 2, 6, "after a closing quote")]) {
            _ = try CSVImporter.read(bytes: bytes, name: "big.csv")
        }
        let ragged = Array(Self.text(rows: rows, lastRow: "1,2").utf8)
        expectProblems([(2 * rows + 2, 4, "after 2 fields")]) {
            _ = try CSVImporter.read(bytes: ragged, name: "big.csv")
        }
    }

    @Test func textCellsAndMixedColumnsAcrossHalves() throws {
        var s = "a,b\n"
        for i in 0..<400_000 { s += i == 399_990 ? "\(i),n/a\n" : "\(i),\(i % 7)\n" }
        let r = try CSVImporter.read(bytes: Array(s.utf8), name: "mixed.csv")
        #expect(r.table.columns[1].type == .text)
        #expect(r.columnReports[1].patternBreaks == [PatternBreak(line: 399_992, text: "n/a", looksLike: .text)])
        #expect(r.table.columns[1][399_989] == .text("2"))
    }

    @Test func cp949HalvesDecodeToOneText() throws {
        var s = "기업,금액(천원)\r\n"
        for i in 0..<300_000 { s += "똠양\(i)상사,\"\(i % 1000),000\"\r\n" }
        let bytes = ImportFixtures.cp949(s)
        #expect(bytes.count > Parallel.threshold)
        let r = try CSVImporter.read(bytes: bytes, name: "big949.csv")
        #expect(r.encoding == .cp949)
        #expect(r.table.rowCount == 300_000)
        #expect(r.table.columns[0][299_999] == .text("똠양299999상사"))
        #expect(r.table.columns[1][150_001] == .number(ExactDecimal(1_000)))
    }

    @Test func cp949ErrorInTheSecondHalf() {
        var s = "기업\r\n"
        for i in 0..<300_000 { s += "햏\(i)\r\n" }
        let bytes = ImportFixtures.cp949(s) + [0x41, 0xFF, 0x0D, 0x0A]
        expectProblems([(300_002, 2, "expected text in UTF-8 or CP949")]) {
            _ = try CSVImporter.read(bytes: bytes, name: "big949.csv")
        }
    }
}
