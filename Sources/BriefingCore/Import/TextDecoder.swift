import Glibc

/// Bytes to UTF-8: a BOM means UTF-8; valid UTF-8 is UTF-8; otherwise CP949
/// if the whole file decodes; otherwise an error at the first byte that fits
/// neither. Latin-1 and other 8-bit text is never guessed and garbled.
///
/// CP949 goes through glibc iconv as `CP949`, not `EUC-KR`: glibc's EUC-KR
/// is KS X 1001 only and turns the 8,822 extra syllables Excel writes
/// (똠 `8C 63`, 햏 …) into errors or, worse, other characters.
enum TextDecoder {
    struct Decoded {
        /// UTF-8 bytes; the text starts at `start` (3 after a BOM).
        var bytes: [UInt8]
        var start = 0
        var encoding: TextEncoding
        var hadBOM: Bool
    }

    static func decode(_ raw: [UInt8], forced: TextEncoding?, file: String) throws(DiagnosticList) -> Decoded {
        let utf16BOM = raw.count >= 2 && ((raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF))
        if forced == .utf16 || (forced == nil && utf16BOM) {
            return try utf16ToUTF8(raw, file: file)
        }
        let hasBOM = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
        if forced == .utf8 || (forced == nil && hasBOM) {
            let start = hasBOM ? 3 : 0
            if let bad = firstInvalidUTF8(raw, from: start) {
                throw DiagnosticList([undecodable(raw, at: bad, from: start, as: .utf8, file: file)])
            }
            return Decoded(bytes: raw, start: hasBOM ? 3 : 0, encoding: .utf8, hadBOM: hasBOM)
        }
        var utf8Bad: Int? = nil
        if forced == nil {
            utf8Bad = firstInvalidUTF8(raw, from: 0)
            if utf8Bad == nil { return Decoded(bytes: raw, encoding: .utf8, hadBOM: false) }
        }
        switch cp949ToUTF8(raw) {
        case .success(let bytes): return Decoded(bytes: bytes, encoding: .cp949, hadBOM: false)
        case .failure(let bad):
            // The byte that fits neither: where the reading that got further stopped.
            if let utf8Bad, utf8Bad > bad.offset {
                throw DiagnosticList([undecodable(raw, at: utf8Bad, from: 0, as: nil, decodeAsUTF8: true, file: file)])
            }
            throw DiagnosticList([undecodable(raw, at: bad.offset, from: 0, as: forced == nil ? nil : .cp949, file: file)])
        }
    }

    /// The offset of the first byte that is not part of well-formed UTF-8.
    /// A large buffer is checked in two halves at once, split before a byte
    /// that starts a character.
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buf -> Int? in
            guard buf.count - start > Parallel.threshold else { return firstInvalidUTF8(buf, from: start, to: buf.count) }
            var mid = start + (buf.count - start) / 2
            while mid < buf.count && buf[mid] & 0xC0 == 0x80 { mid += 1 }
            let (a, b) = Parallel.both({ firstInvalidUTF8(buf, from: start, to: mid) }, { firstInvalidUTF8(buf, from: mid, to: buf.count) })
            return a ?? b
        }
    }

    /// `nil` when `whole[start..<end]` is well-formed UTF-8, else where it
    /// stops being so: a quick yes/no (`UTF8Automaton`), and only on "no" the
    /// byte-exact search below.
    static func firstInvalidUTF8(_ whole: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        if UTF8Automaton.isValid(whole, from: start, to: end) { return nil }
        return firstInvalidUTF8Exactly(whole, from: start, to: end)
    }

    static func firstInvalidUTF8Exactly(_ whole: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        do {
            guard end > start else { return nil }
            let buf = UnsafeBufferPointer(rebasing: whole[..<end])
            let n = buf.count
            var i = start
            let base = buf.baseAddress!
            while i < n {
                // Eight ASCII bytes at a time.
                while i + 8 <= n {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                if i >= n { break }
                let b0 = buf[i]
                if b0 < 0x80 { i += 1; continue }
                // Hangul and most of Korean text: three-byte sequences, checked in one go.
                if b0 >= 0xE1 && b0 <= 0xEC || b0 >= 0xEE && b0 <= 0xEF {
                    if i + 2 >= n { return i }
                    if buf[i + 1] & 0xC0 != 0x80 || buf[i + 2] & 0xC0 != 0x80 { return i }
                    i += 3
                    continue
                }
                var need = 0
                var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch b0 {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lo = 0xA0
                case 0xED: need = 2; hi = 0x9F
                case 0xF0: need = 3; lo = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; hi = 0x8F
                default: return i
                }
                if i + need >= n { return i }
                let b1 = buf[i + 1]
                if b1 < lo || b1 > hi { return i }
                var k = 2
                while k <= need {
                    let b = buf[i + k]
                    if b < 0x80 || b > 0xBF { return i }
                    k += 1
                }
                i += need + 1
            }
            return nil
        }
    }

    struct DecodeFailure: Error { var offset: Int }

    /// The whole buffer through iconv CP949 → UTF-8, or the offset of the first
    /// byte iconv could not take (an invalid or truncated sequence).
    ///
    /// A large file is converted in two halves at once, split after a line
    /// feed: CP949 trail bytes are never 0x0A, so a half never starts inside
    /// a character.
    static func cp949ToUTF8(_ raw: [UInt8]) -> Result<[UInt8], DecodeFailure> {
        raw.withUnsafeBufferPointer { inBuf in
            let n = inBuf.count
            var mid = n / 2
            while mid < n && inBuf[mid] != 0x0A { mid += 1 }
            mid = min(n, mid + 1)
            // UTF-8 takes at most 3 bytes for CP949's 2, and 1 for its 1.
            func bound(_ count: Int) -> Int { count / 2 * 3 + count % 2 + 16 }
            var failure: DecodeFailure?
            let out = [UInt8](unsafeUninitializedCapacity: bound(n) + 16) { outBuf, initialized in
                HugePages.advise(outBuf.baseAddress, outBuf.count)
                guard n > Parallel.threshold, mid < n else {
                    switch convert(inBuf, from: 0, to: n, into: outBuf) {
                    case .success(let count): initialized = count
                    case .failure(let f): failure = f; initialized = 0
                    }
                    return
                }
                // Each half into its own part of the one buffer, then the second
                // moved down behind the first and the pages it left handed back.
                let second = bound(mid)
                let (a, b) = Parallel.both(
                    { convert(inBuf, from: 0, to: mid, into: UnsafeMutableBufferPointer(rebasing: outBuf[..<second])) },
                    { convert(inBuf, from: mid, to: n, into: UnsafeMutableBufferPointer(rebasing: outBuf[second...])) })
                switch (a, b) {
                case (.failure(let f), _), (_, .failure(let f)):
                    failure = f
                    initialized = 0
                case (.success(let countA), .success(let countB)):
                    let base = outBuf.baseAddress!
                    memmove(base + countA, base + second, countB)
                    let page = Int(sysconf(Int32(_SC_PAGESIZE)))
                    let freeStart = (Int(bitPattern: base + countA + countB) + page - 1) / page * page
                    let freeEnd = Int(bitPattern: base + second + countB) / page * page
                    if freeEnd > freeStart {
                        madvise(UnsafeMutableRawPointer(bitPattern: freeStart), freeEnd - freeStart, Int32(MADV_DONTNEED))
                    }
                    initialized = countA + countB
                }
            }
            if let failure { return .failure(failure) }
            return .success(out)
        }
    }

    /// `inBuf[start..<end]` from CP949 into `out`: the bytes written, or where
    /// it stopped. Through `CP949Table` when it could be built, else iconv.
    static func convert(_ inBuf: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                        into out: UnsafeMutableBufferPointer<UInt8>) -> Result<Int, DecodeFailure> {
        guard let table = CP949Table.shared else { return convertWithIconv(inBuf, from: start, to: end, into: out) }
        return table.convert(inBuf, from: start, to: end, into: out)
    }

    /// iconv over `inBuf[start..<end]` into `out`: the bytes written, or where it stopped.
    static func convertWithIconv(_ inBuf: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                        into out: UnsafeMutableBufferPointer<UInt8>) -> Result<Int, DecodeFailure> {
        let cd = iconv_open("UTF-8", "CP949")
        guard cd != iconv_t(bitPattern: -1) else { return .failure(DecodeFailure(offset: start)) }
        defer { iconv_close(cd) }
        guard end > start, let base = inBuf.baseAddress, let outBase = out.baseAddress else { return .success(0) }
        let first = UnsafeMutablePointer<CChar>(mutating: UnsafeRawPointer(base + start).assumingMemoryBound(to: CChar.self))
        var inPtr: UnsafeMutablePointer<CChar>? = first
        var inLeft = end - start
        var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
        var outLeft = out.count
        let result = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
        if result == -1 && inLeft > 0 { return .failure(DecodeFailure(offset: start + first.distance(to: inPtr!))) }
        return .success(out.count - outLeft)
    }

    /// UTF-16 (its BOM says which byte order; big-endian without one) to
    /// UTF-8 through glibc iconv, the whole file at once; an unpaired
    /// surrogate or an odd byte at the end is an error at its line.
    static func utf16ToUTF8(_ raw: [UInt8], file: String) throws(DiagnosticList) -> Decoded {
        let cd = iconv_open("UTF-8", "UTF-16")
        guard cd != iconv_t(bitPattern: -1) else {
            throw DiagnosticList([Diagnostic("\(file): this system's iconv cannot read UTF-16")])
        }
        defer { iconv_close(cd) }
        var out = [UInt8](repeating: 0, count: raw.count * 3 / 2 + 16)
        var stopped: Int?
        let written = raw.withUnsafeBufferPointer { inBuf -> Int in
            out.withUnsafeMutableBufferPointer { outBuf -> Int in
                guard let base = inBuf.baseAddress, !raw.isEmpty else { return 0 }
                let first = UnsafeMutablePointer<CChar>(mutating: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self))
                var inPtr: UnsafeMutablePointer<CChar>? = first
                var inLeft = raw.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 || inLeft > 0 {
                    stopped = first.distance(to: inPtr!)
                }
                return outBuf.count - outLeft
            }
        }
        if let stopped {
            // Count the lines decoded so far to say where.
            let before = out[..<written]
            let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw DiagnosticList([Diagnostic("found bytes that are not UTF-16 at byte \(stopped) of the file, "
                                                 + "expected UTF-16 text (the file starts with a UTF-16 byte-order mark)",
                                             at: InputLocation(file: file, line: line, column: 1))])
        }
        out.removeSubrange(written...)
        return Decoded(bytes: out, encoding: .utf16, hadBOM: true)
    }

    /// `latin1.csv:3:5: found "\xA9", expected text in UTF-8 or CP949`.
    static func undecodable(_ raw: [UInt8], at offset: Int, from start: Int, as encoding: TextEncoding?,
                            decodeAsUTF8: Bool = false, file: String) -> Diagnostic {
        var line = 1
        var lineStart = start
        var i = start
        while i < offset {
            let b = raw[i]
            if b == 0x0A || (b == 0x0D && (i + 1 >= raw.count || raw[i + 1] != 0x0A)) { line += 1; lineStart = i + 1 }
            i += 1
        }
        var lineEnd = offset
        while lineEnd < raw.count && raw[lineEnd] != 0x0A && raw[lineEnd] != 0x0D { lineEnd += 1 }
        let prefix = Array(raw[lineStart..<offset])
        let decodedPrefix: String
        if encoding != .utf8, !decodeAsUTF8, case .success(let u) = cp949ToUTF8(prefix) {
            decodedPrefix = String(decoding: u, as: UTF8.self)
        } else {
            decodedPrefix = String(decoding: prefix, as: UTF8.self)
        }
        var shown = ""
        for b in raw[offset..<min(offset + 2, lineEnd)] { shown += "\\x" + String(b, radix: 16, uppercase: true) }
        let expected: String
        switch encoding {
        case .utf8: expected = "UTF-8 text"
        case .cp949: expected = "CP949 (EUC-KR) text"
        case .utf16: expected = "UTF-16 text"
        case nil: expected = "text in UTF-8 or CP949 (EUC-KR); say --encoding if it is another"
        }
        let sourceLine = decodedPrefix + String(decoding: raw[offset..<lineEnd], as: UTF8.self)
        return Diagnostic("found \"\(shown.isEmpty ? "end of file" : shown)\", expected \(expected)",
                          at: InputLocation(file: file, line: line, column: decodedPrefix.count + 1),
                          sourceLine: sourceLine)
    }
}
