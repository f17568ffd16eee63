import BriefingCore
import Foundation
import Testing

/// The ZIP writer read back by Python's `zipfile`, which checks every
/// entry's CRC-32 (`testzip`), and by its own rules: `mimetype` first and
/// stored, so an HWPX reader finds `application/hwp+zip` at offset 38.
@Suite struct ZipWriterTests {
    static func sample() throws -> [UInt8] {
        var zip = ZipWriter()
        try zip.add("mimetype", Array("application/hwp+zip".utf8), method: .stored)
        try zip.add("Contents/section0.xml", Array(String(repeating: "<hp:t>가나다 1,000만 달러</hp:t>", count: 200).utf8))
        try zip.add("BinData/image1.png", [0x89, 0x50, 0x4E, 0x47], method: .stored)
        return zip.finish()
    }

    @Test func mimetypeIsFirstAndStoredAtOffset38() throws {
        let bytes = try Self.sample()
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0, "method 0: stored")
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<57], as: UTF8.self) == "application/hwp+zip")
    }

    @Test func pythonZipfileReadsEveryEntryBack() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zipwriter-\(UUID().uuidString).zip").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(try Self.sample()).write(to: URL(fileURLWithPath: path))
        let script = """
        import sys, zipfile
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        for i in z.infolist(): print(i.filename, i.compress_type, i.file_size, i.date_time[:3])
        print(z.read('Contents/section0.xml').decode().count('가나다'))
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(text == """
        mimetype 0 19 (1980, 1, 1)
        Contents/section0.xml 8 \(Array(String(repeating: "<hp:t>가나다 1,000만 달러</hp:t>", count: 200).utf8).count) (1980, 1, 1)
        BinData/image1.png 0 4 (1980, 1, 1)
        200

        """)
    }

    @Test func sameEntriesSameBytes() throws {
        #expect(try Self.sample() == Self.sample())
    }

    @Test func crc32IsZlibs() {
        #expect(RawDeflate.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func anEntryAddedTwiceIsRefusedByName() throws {
        var zip = ZipWriter()
        try zip.add("mimetype", [], method: .stored)
        #expect(throws: ZipWriter.Failure.duplicate("mimetype")) { try zip.add("mimetype", []) }
    }
}
