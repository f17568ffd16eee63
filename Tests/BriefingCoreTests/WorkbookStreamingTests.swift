import Testing
@testable import BriefingCore

/// A sheet is scanned while it is inflated: the scanner's window stays near
/// a chunk (1 MiB) however long the part is, and no event is cut at a chunk's edge.
@Suite struct WorkbookStreamingTests {
    /// Raw DEFLATE, as a ZIP stores a part (the HWPX writer's, at zlib's usual level).
    static func deflateRaw(_ input: [UInt8]) -> [UInt8] { try! RawDeflate.compress(input, level: 6) }

    @Test func longSheetInWindows() throws {
        let rows = 60_000
        var xml = "<worksheet><sheetData>"
        for r in 1...rows {
            xml += "<row r=\"\(r)\"><c r=\"A\(r)\"><v>\(r)</v></c>"
                + "<c r=\"B\(r)\" t=\"inlineStr\"><is><t>서울 &amp; 부산</t></is></c></row>"
        }
        xml += "</sheetData></worksheet>"
        let plain = Array(xml.utf8)
        #expect(plain.count > 5_000_000)
        let packed = Self.deflateRaw(plain)
        var x = XMLScanner(try Inflater(compressed: packed[...], limit: 1 << 30, part: "s.xml"), part: "s.xml")
        var values = 0, texts = 0, lastValue = "", widest = 0
        while let e = try x.next() {
            widest = max(widest, x.bytes.count)
            guard case .start(let tag) = e else { continue }
            if tag.name == "v" { values += 1; lastValue = try x.text(of: tag) }
            if tag.name == "t" { #expect(try x.text(of: tag) == "서울 & 부산"); texts += 1 }
        }
        #expect(values == rows && texts == rows)
        #expect(lastValue == String(rows))
        #expect(widest < 3 << 20, "window \(widest) bytes for a \(plain.count)-byte part")
    }

    @Test func truncatedStreamIsAnError() throws {
        let packed = Self.deflateRaw(Array(String(repeating: "<row r=\"1\"/>", count: 50_000).utf8))
        var x = XMLScanner(try Inflater(compressed: packed[..<(packed.count / 2)], limit: 1 << 30, part: "s.xml"), part: "s.xml")
        #expect(throws: WorkbookError.truncated(part: "s.xml")) { while try x.next() != nil {} }
    }
}
