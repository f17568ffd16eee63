import Testing
@testable import BriefingCore

/// The team's delegation figures (context README), saved every way Excel and
/// people save them, must read to one and the same typed table.
@Suite("Seed figures in every encoding and export style")
struct ImportSeedTests {
    /// 2023: only the total of 934만 달러 is known, so its split is missing, never zero.
    static let rows: [[String]] = [
        ["연도", "지역", "목표(만달러)", "실계약(만달러)", "약정계약(만달러)", "합계(만달러)", "MOU(건)"],
        ["2023", "동남아", "-", "-", "-", "934", "-"],
        ["2024", "미국", "150", "325", "675", "1,000", "2"],
    ]

    static func csv(delimiter: String = ",", newline: String = "\n", quoteAll: Bool = false, finalNewline: Bool = true, blankLines: Bool = false) -> String {
        let lines = rows.map { row in
            row.map { cell in (quoteAll || cell.contains(",")) && delimiter == "," ? "\"\(cell)\"" : cell }.joined(separator: delimiter)
        }
        var text = lines.joined(separator: blankLines ? newline + newline : newline)
        if finalNewline { text += newline }
        return text
    }

    static let styles: [(String, [UInt8])] = [
        ("UTF-8 LF", Array(csv().utf8)),
        ("UTF-8 BOM CRLF", [0xEF, 0xBB, 0xBF] + Array(csv(newline: "\r\n").utf8)),
        ("CP949 CRLF", ImportFixtures.cp949(csv(newline: "\r\n"))),
        ("CP949 CR only", ImportFixtures.cp949(csv(newline: "\r"))),
        ("UTF-8 every cell quoted", Array(csv(quoteAll: true).utf8)),
        ("UTF-8 no final newline", Array(csv(finalNewline: false).utf8)),
        ("UTF-8 blank lines", Array(csv(blankLines: true).utf8)),
        ("tabs", Array(csv(delimiter: "\t").utf8)),
        ("CP949 tabs CRLF", ImportFixtures.cp949(csv(delimiter: "\t", newline: "\r\n"))),
        ("semicolons", Array(csv(delimiter: ";").utf8)),
    ]

    static func money(_ written: String, _ power: Int) -> MeasureUnit { MeasureUnit(.money(.usd), powerOfTen: power, written: written) }

    @Test("one typed table", arguments: styles)
    func sameTable(_ style: String, _ bytes: [UInt8]) throws {
        let result = try CSVImporter.read(bytes: bytes, name: "missions.csv")
        let t = result.table
        #expect(t.columnNames == ["연도", "지역", "목표", "실계약", "약정계약", "합계", "MOU"])
        #expect(t.columns.map(\.type) == [.year, .text, .amount, .amount, .amount, .amount, .count])
        #expect(t.columns[2].unit == Self.money("만달러", 4))
        #expect(t.columns[6].unit == MeasureUnit(.count(noun: "건"), written: "건"))
        #expect(Array(t.columns[0]) == [.period(.year(2023)), .period(.year(2024))])
        #expect(Array(t.columns[1]) == [.text("동남아"), .text("미국")])
        #expect(Array(t.columns[2]) == [.missing("-"), .number(150)])
        #expect(Array(t.columns[3]) == [.missing("-"), .number(325)])
        #expect(Array(t.columns[4]) == [.missing("-"), .number(675)])
        #expect(Array(t.columns[5]) == [.number(934), .number(1000)])
        #expect(Array(t.columns[6]) == [.missing("-"), .number(2)])
        #expect(t.columns[3].amount(at: 1)?.baseValue == ExactDecimal(3_250_000))
        #expect(result.columnReports[2].missingCount == 1)
    }

    @Test func detectedFacts() throws {
        let bom = try CSVImporter.read(bytes: Self.styles[1].1, name: "m.csv")
        #expect((bom.encoding, bom.hadBOM, bom.lineEnding, bom.delimiter) == (.utf8, true, .crlf, UInt8(ascii: ",")))
        let cp = try CSVImporter.read(bytes: Self.styles[3].1, name: "m.csv")
        #expect((cp.encoding, cp.hadBOM, cp.lineEnding) == (.cp949, false, .cr))
        let tabs = try CSVImporter.read(bytes: Self.styles[7].1, name: "m.csv")
        #expect(tabs.delimiter == 0x09)
        let blank = try CSVImporter.read(bytes: Self.styles[6].1, name: "m.csv")
        #expect(blank.table.rowLines == [3, 5])
    }

    /// 똠 (8C 63) and 햏 exist only in CP949's extension; glibc's EUC-KR would lose them.
    @Test func cp949ExtensionSyllablesSurvive() throws {
        let bytes = ImportFixtures.cp949("기업,금액(천원)\r\n똠양상사,\"1,200\"\r\n햏햏전자,△30\r\n")
        #expect(bytes.contains(0x8C))
        let t = try CSVImporter.read(bytes: bytes, name: "cp.csv").table
        #expect(Array(t.columns[0]) == [.text("똠양상사"), .text("햏햏전자")])
        #expect(Array(t.columns[1]) == [.number(1200), .number(-30)])
        #expect(t.columns[1].unit?.currency == .krw)
    }

    @Test func forcedEncodingOverridesDetection() throws {
        let bytes = ImportFixtures.cp949("지역\r\n미국\r\n")
        let t = try CSVImporter.read(bytes: bytes, name: "cp.csv", options: ImportOptions(encoding: .cp949)).table
        #expect(t.columnNames == ["지역"])
    }
}
