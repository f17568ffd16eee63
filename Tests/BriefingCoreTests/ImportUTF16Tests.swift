import Foundation
import Testing
@testable import BriefingCore

/// Excel's "Unicode Text" (유니코드 텍스트) export: UTF-16 with a byte-order
/// mark, tab-separated. Read as the same table as the CSV.
@Suite("UTF-16 files")
struct ImportUTF16Tests {
    static let text = "연도\t실계약(만달러)\t지역\r\n2024\t325\t미국\r\n2023\t934\t동남아\r\n"

    static func utf16(bigEndian: Bool) -> [UInt8] {
        var out: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
            out += bigEndian ? [hi, lo] : [lo, hi]
        }
        return out
    }

    @Test("both byte orders, detected by the BOM", arguments: [false, true])
    func readsUTF16(bigEndian: Bool) throws {
        let r = try CSVImporter.read(bytes: Self.utf16(bigEndian: bigEndian), name: "export.txt")
        #expect(r.encoding == .utf16)
        #expect(r.delimiter == UInt8(ascii: "\t"))
        let t = r.table
        #expect(t.columnNames == ["연도", "실계약", "지역"])
        #expect(t.column(named: "실계약")?.unit?.powerOfTen == 4)
        #expect(t.column(named: "실계약")?[1] == .number(934))
        #expect(t.column(named: "지역")?[1] == .text("동남아"))
        #expect(t.rowLines == [2, 3])
    }

    @Test("a truncated file (an odd last byte) is an error, not a guess")
    func oddByte() {
        var bytes = Self.utf16(bigEndian: false)
        bytes.removeLast()
        #expect {
            _ = try CSVImporter.read(bytes: bytes, name: "export.txt")
        } throws: { error in
            let d = (error as? DiagnosticList)?.diagnostics.first
            return d?.message.contains("expected UTF-16 text") == true && d?.location?.file == "export.txt"
        }
    }
}
