/// Well-formed UTF-8 (Unicode §3.9, table 3-7) as a nine-state automaton run
/// with one table load and one shift a byte and no branch that depends on the
/// text: a "shift-based DFA", where each byte's table row holds every state's
/// successor as a 6-bit shift amount.
///
/// Why: the byte-by-byte validator branched on every change between ASCII and
/// Hangul, and mispredicted branches made it a seventh of an import's CPU
/// cycles on a 100 MB Korean file (perf), for a ninth of its instructions.
/// The automaton only says yes or no; `TextDecoder.firstInvalidUTF8Exactly`
/// finds the place when it says no.
enum UTF8Automaton {
    /// States, as shift amounts: 0 accept, 6 error (sticky), then what must follow.
    static let accept: UInt64 = 0, error: UInt64 = 6
    static let one: UInt64 = 12          // one continuation byte (80–BF)
    static let two: UInt64 = 18          // two continuation bytes
    static let afterE0: UInt64 = 24      // A0–BF, then one more
    static let afterED: UInt64 = 30      // 80–9F, then one more (no surrogates)
    static let three: UInt64 = 36        // three continuation bytes
    static let afterF0: UInt64 = 42      // 90–BF, then two more
    static let afterF4: UInt64 = 48      // 80–8F, then two more (nothing past U+10FFFF)

    static let rows: [UInt64] = (0..<256).map { row(UInt8($0)) }

    static func row(_ b: UInt8) -> UInt64 {
        func next(_ state: UInt64) -> UInt64 {
            switch state {
            case accept:
                switch b {
                case 0x00...0x7F: return accept
                case 0xC2...0xDF: return one
                case 0xE0: return afterE0
                case 0xE1...0xEC, 0xEE...0xEF: return two
                case 0xED: return afterED
                case 0xF0: return afterF0
                case 0xF1...0xF3: return three
                case 0xF4: return afterF4
                default: return error
                }
            case one: return (0x80...0xBF).contains(b) ? accept : error
            case two: return (0x80...0xBF).contains(b) ? one : error
            case afterE0: return (0xA0...0xBF).contains(b) ? one : error
            case afterED: return (0x80...0x9F).contains(b) ? one : error
            case three: return (0x80...0xBF).contains(b) ? two : error
            case afterF0: return (0x90...0xBF).contains(b) ? two : error
            case afterF4: return (0x80...0x8F).contains(b) ? two : error
            default: return error
            }
        }
        var row: UInt64 = 0
        for state in stride(from: UInt64(0), through: 48, by: 6) { row |= next(state) << state }
        return row
    }

    /// Whether `buffer[start..<end]` is well-formed UTF-8, ending on a whole character.
    static func isValid(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard end > start, let base = buffer.baseAddress else { return true }
        return rows.withUnsafeBufferPointer { rows in
            let table = rows.baseAddress!
            var state: UInt64 = accept
            var i = start
            while i + 8 <= end {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if state == accept && word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                for k in 0..<8 { state = (table[Int(base[i + k])] >> state) & 63 }
                // Stop at the first error: a CP949 file is asked first whether it is UTF-8.
                if state == error { return false }
                i += 8
            }
            while i < end { state = (table[Int(base[i])] >> state) & 63; i += 1 }
            return state == accept
        }
    }
}
