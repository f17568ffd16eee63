/// The parts of a ZIP container, found through its central directory
/// (APPNOTE.TXT §4.3.16): the end record at the tail points at a list of
/// entries, each giving a part's name, method, sizes and local header.
/// Only what `.xlsx` uses: stored or deflated parts, no ZIP64, no encryption.
struct ZipArchive {
    struct Entry: Equatable {
        var name: String
        var method: Int
        var compressedSize: Int
        var size: Int
        var localHeader: Int
    }

    let bytes: [UInt8]
    private(set) var entries: [String: Entry] = [:]

    /// A part may inflate to at most this many bytes…
    static let maxPartSize = 1 << 30
    /// …and to at most this many times its compressed size (XML compresses
    /// about 10–30×; a zip bomb, 1000× and more).
    static let maxRatio = 200

    init(bytes: [UInt8]) throws(WorkbookError) {
        self.bytes = bytes
        guard bytes.count >= 4, u32(0) == 0x0403_4B50 || u32(0) == 0x0605_4B50 else { throw .notZip }
        // The end record: 22 bytes plus a comment of up to 65,535.
        var end = -1
        var i = bytes.count - 22
        while i >= max(0, bytes.count - 22 - 65_535) {
            if u32(i) == 0x0605_4B50 { end = i; break }
            i -= 1
        }
        guard end >= 0 else { throw .truncated(part: nil) }
        let count = u16(end + 10)
        var at = Int(u32(end + 16))
        for _ in 0..<count {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4B50 else { throw .truncated(part: nil) }
            let nameLength = u16(at + 28), extra = u16(at + 30), comment = u16(at + 32)
            guard at + 46 + nameLength <= bytes.count else { throw .truncated(part: nil) }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(name: name, method: u16(at + 10), compressedSize: Int(u32(at + 20)), size: Int(u32(at + 24)),
                                  localHeader: Int(u32(at + 42)))
            at += 46 + nameLength + extra + comment
        }
    }

    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// The part's bytes, inflated whole (small parts: workbook, styles, shared strings).
    func read(_ name: String) throws(WorkbookError) -> [UInt8] {
        var x = try scanner(name)
        return try x.readAll()
    }

    /// An XML scanner over the part, inflating it as the scanner reads.
    func scanner(_ name: String) throws(WorkbookError) -> XMLScanner {
        guard let e = entries[name] else { throw .missingPart(name) }
        let h = e.localHeader
        guard h + 30 <= bytes.count, u32(h) == 0x0403_4B50 else { throw .truncated(part: name) }
        let start = h + 30 + u16(h + 26) + u16(h + 28)
        guard start + e.compressedSize <= bytes.count else { throw .truncated(part: name) }
        let data = bytes[start..<(start + e.compressedSize)]
        switch e.method {
        case 0:
            return XMLScanner(Array(data), part: name)
        case 8:
            let limit = min(Self.maxPartSize, max(1 << 20, e.compressedSize * Self.maxRatio))
            return XMLScanner(try Inflater(compressed: data, limit: limit, part: name), part: name)
        default:
            throw .unsupportedCompression(part: name, method: e.method)
        }
    }

    private func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
    private func u32(_ i: Int) -> UInt32 {
        UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
    }
}
