import Glibc

/// CP949 → UTF-8 by table lookup: every two-byte sequence decoded once, by
/// glibc iconv itself, so the table accepts and rejects exactly what iconv
/// does (똠 `8C 63` included, user-defined leads such as `C9` rejected).
/// One exception, in the table's favour: glibc fails on `A2 E8` (㉾) only
/// after consuming it, so iconv reported it at the following byte (or, at the
/// end of a buffer, not at all); the table rejects it at its first byte.
///
/// Why not iconv on the whole file: glibc's converter costs about 34
/// instructions a byte (measured with callgrind on a 10 MB export), more than
/// splitting and typing the records; the table costs about 5, and ASCII runs
/// are copied eight bytes at a time. Building the table takes 32,768 small
/// iconv calls (a few milliseconds), once a process, and only for CP949 files.
struct CP949Table: Sendable {
    /// Index `(lead − 0x80) << 8 | trail`: the UTF-8 bytes in the low three
    /// bytes (first byte lowest) and their count in the top byte; 0 where
    /// iconv rejects the pair.
    let pairs: [UInt32]

    /// `nil` if iconv has no CP949, or if it decodes a single byte in a way this
    /// table does not model (anything but ASCII as itself): then iconv is used.
    static let shared: CP949Table? = build()

    static func build() -> CP949Table? {
        let cd = iconv_open("UTF-32LE", "CP949")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        /// One scalar, or nil when iconv does not turn `bytes` into exactly one.
        func decode(_ bytes: [UInt8]) -> UInt32? {
            var input = bytes
            var output: (UInt32, UInt32) = (0, 0)
            return input.withUnsafeMutableBytes { inRaw -> UInt32? in
                withUnsafeMutableBytes(of: &output) { outRaw -> UInt32? in
                    _ = iconv(cd, nil, nil, nil, nil)
                    var inPtr: UnsafeMutablePointer<CChar>? = inRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var inLeft = inRaw.count
                    var outPtr: UnsafeMutablePointer<CChar>? = outRaw.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var outLeft = outRaw.count
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    guard r != -1, inLeft == 0, outLeft == outRaw.count - 4 else { return nil }
                    return outRaw.load(as: UInt32.self)
                }
            }.map { UInt32(littleEndian: $0) }
        }
        for b in 0..<256 {
            let d = decode([UInt8(b)])
            if b < 0x80 { guard d == UInt32(b) else { return nil } } else { guard d == nil else { return nil } }
        }
        var pairs = [UInt32](repeating: 0, count: 128 * 256)
        for lead in 0x80..<0x100 {
            for trail in 0..<256 {
                guard let c = decode([UInt8(lead), UInt8(trail)]) else { continue }
                let entry: UInt32
                switch c {
                case 0..<0x80: entry = 1 << 24 | c
                case 0x80..<0x800: entry = 2 << 24 | (0x80 | c & 0x3F) << 8 | (0xC0 | c >> 6)
                case 0x800..<0x10000:
                    entry = 3 << 24 | (0x80 | c & 0x3F) << 16 | (0x80 | c >> 6 & 0x3F) << 8 | (0xE0 | c >> 12)
                default: return nil  // not in CP949; a table entry holds three bytes at most
                }
                pairs[(lead - 0x80) << 8 | trail] = entry
            }
        }
        return CP949Table(pairs: pairs)
    }

    /// Decodes `inBuf[start..<end]` into `out`, which holds at least
    /// `(end − start) / 2 × 3 + (end − start) % 2 + 1` bytes (an entry is
    /// written as four bytes, the last one overwritten by what follows).
    func convert(_ inBuf: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                 into out: UnsafeMutableBufferPointer<UInt8>) -> Result<Int, TextDecoder.DecodeFailure> {
        guard end > start, let src = inBuf.baseAddress, let dst = out.baseAddress else { return .success(0) }
        return pairs.withUnsafeBufferPointer { table in
            let raw = UnsafeMutableRawPointer(dst)
            var i = start, o = 0
            while i < end {
                if i + 8 <= end {
                    let word = UnsafeRawPointer(src + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        raw.storeBytes(of: word, toByteOffset: o, as: UInt64.self)
                        i += 8; o += 8
                        continue
                    }
                }
                let b = src[i]
                if b < 0x80 { dst[o] = b; i += 1; o += 1; continue }
                guard i + 1 < end else { return .failure(TextDecoder.DecodeFailure(offset: i)) }
                let e = table[Int(b &- 0x80) << 8 | Int(src[i + 1])]
                guard e != 0 else { return .failure(TextDecoder.DecodeFailure(offset: i)) }
                raw.storeBytes(of: e.littleEndian, toByteOffset: o, as: UInt32.self)
                o += Int(e >> 24)
                i += 2
            }
            return .success(o)
        }
    }
}
