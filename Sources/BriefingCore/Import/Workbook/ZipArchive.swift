import CZlib

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

    /// The part's bytes, inflated and checked against the bounds above.
    func read(_ name: String) throws(WorkbookError) -> [UInt8] {
        guard let e = entries[name] else { throw .missingPart(name) }
        let h = e.localHeader
        guard h + 30 <= bytes.count, u32(h) == 0x0403_4B50 else { throw .truncated(part: name) }
        let start = h + 30 + u16(h + 26) + u16(h + 28)
        guard start + e.compressedSize <= bytes.count else { throw .truncated(part: name) }
        let limit = min(Self.maxPartSize, max(1 << 20, e.compressedSize * Self.maxRatio))
        switch e.method {
        case 0:
            return Array(bytes[start..<(start + e.compressedSize)])
        case 8:
            return try bytes.withUnsafeBufferPointer { buf throws(WorkbookError) in
                try Self.inflate(UnsafeBufferPointer(rebasing: buf[start..<(start + e.compressedSize)]), expected: e.size,
                                 limit: limit, part: name)
            }
        default:
            throw .unsupportedCompression(part: name, method: e.method)
        }
    }

    /// Raw DEFLATE (RFC 1951) through zlib, growing the output up to `limit`.
    static func inflate(_ input: UnsafeBufferPointer<UInt8>, expected: Int, limit: Int,
                        part: String) throws(WorkbookError) -> [UInt8] {
        var stream = z_stream()
        guard briefing_inflate_init_raw(&stream) == Z_OK else { throw .corrupt(part: part, detail: "zlib would not start") }
        defer { inflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: max(4096, min(expected, limit)))
        var produced = 0
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.avail_in = UInt32(input.count)
        while true {
            if produced == out.count {
                guard out.count < limit else { throw .tooLarge(part: part, limit: limit) }
                out.append(contentsOf: repeatElement(0, count: min(out.count, limit - out.count)))
            }
            let status = out.withUnsafeMutableBufferPointer { o -> Int32 in
                stream.next_out = o.baseAddress! + produced
                stream.avail_out = UInt32(o.count - produced)
                let r = CZlib.inflate(&stream, Z_NO_FLUSH)
                produced = o.count - Int(stream.avail_out)
                return r
            }
            if status == Z_STREAM_END { break }
            if status == Z_BUF_ERROR && stream.avail_in == 0 { throw .truncated(part: part) }
            guard status == Z_OK || status == Z_BUF_ERROR else {
                throw .corrupt(part: part, detail: stream.msg.map { String(cString: $0) } ?? "zlib error \(status)")
            }
        }
        out.removeSubrange(produced...)
        return out
    }

    private func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
    private func u32(_ i: Int) -> UInt32 {
        UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
    }
}
