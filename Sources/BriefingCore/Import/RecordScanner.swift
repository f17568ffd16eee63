/// One field of a record: byte offsets into the decoded UTF-8 buffer.
/// For a quoted field the span is inside the quotes, and `escaped` says a
/// doubled quote `""` inside must be read as one `"`.
struct FieldSpan {
    var start: Int
    var end: Int
    var quoted: Bool
    var escaped: Bool

    var isEmptyUnquoted: Bool { !quoted && start == end }
}

/// A problem the scanner found, kept as offsets until someone wants a message.
struct ScanProblem {
    enum Kind {
        /// A quote opened here never closed.
        case unterminatedQuote
        /// A quote in the middle of a field that did not start with one.
        case strayQuote
        /// Something other than a delimiter or line break after a closing quote.
        case textAfterQuote
    }
    var kind: Kind
    var offset: Int
    var line: Int
    var lineStart: Int
}

/// RFC 4180 records, and what Excel writes, read straight from bytes.
///
/// Works on UTF-8 (and would on CP949: its trail bytes never equal `"`, `,`,
/// `;`, tab, CR or LF). Quoted fields may hold delimiters, doubled quotes and
/// line breaks; lines end in CRLF, LF or a lone CR; the last may have none.
/// Physical lines are counted as they pass so each record knows where it
/// starts, and each problem where it is.
struct RecordScanner {
    let buffer: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    private(set) var position = 0
    /// 1-based physical line of `position`.
    private(set) var line = 1
    private(set) var lineStart = 0
    private(set) var crlfCount = 0
    private(set) var lfCount = 0
    private(set) var crCount = 0
    var problems: [ScanProblem] = []
    /// Set after an unterminated quote swallowed the rest of the file.
    private(set) var hitUnterminatedQuote = false

    init(buffer: UnsafeBufferPointer<UInt8>, delimiter: UInt8, start: Int = 0, line: Int = 1) {
        self.buffer = buffer
        self.delimiter = delimiter
        self.position = start
        self.lineStart = start
        self.line = line
    }

    var isAtEnd: Bool { position >= buffer.count }

    var lineEnding: LineEnding { RecordScanner.lineEnding(crlf: crlfCount, lf: lfCount, cr: crCount) }

    static func lineEnding(crlf: Int, lf: Int, cr: Int) -> LineEnding {
        let kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0)
        if kinds == 0 { return .none }
        if kinds > 1 { return .mixed }
        return crlf > 0 ? .crlf : lf > 0 ? .lf : .cr
    }

    static let quotes: UInt64 = 0x2222_2222_2222_2222
    static let lfs: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    static let crs: UInt64 = 0x0D0D_0D0D_0D0D_0D0D

    /// The high bit of each zero byte of `x`, eight bytes at once. Bytes above
    /// a zero byte may be flagged too (a borrow), never bytes below it: the
    /// lowest flag is exact, and that is all the scanner reads before looking
    /// at the byte itself (Hacker's Delight §6-1).
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// Consumes a line break at `i` (CR, LF or CRLF) and returns the offset after it.
    @inline(__always)
    private mutating func consumeBreak(at i: Int) -> Int {
        var j = i + 1
        if buffer[i] == 0x0D {
            if j < buffer.count && buffer[j] == 0x0A { j += 1; crlfCount += 1 } else { crCount += 1 }
        } else {
            lfCount += 1
        }
        line += 1
        lineStart = j
        return j
    }

    /// Reads the next record into `fields` (cleared first). Returns the record's
    /// first line, or `nil` at the end of the input. A blank line is a record of
    /// one empty unquoted field; the caller decides to skip it.
    mutating func next(into fields: inout [FieldSpan]) -> (line: Int, offset: Int)? {
        fields.removeAll(keepingCapacity: true)
        let n = buffer.count
        guard position < n else { return nil }
        let recordLine = line
        let recordOffset = position
        let base = buffer.baseAddress!
        let delim = delimiter
        let delims = UInt64(delim) &* 0x0101_0101_0101_0101
        var i = position
        while true {
            // One field starts at i.
            if i < n && base[i] == 0x22 {
                let quoteOffset = i, quoteLine = line, quoteLineStart = lineStart
                i += 1
                let start = i
                var escaped = false
                var closed = false
                while i < n {
                    if i + 8 <= n {
                        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        let m = RecordScanner.zeroBytes(w ^ RecordScanner.quotes) | RecordScanner.zeroBytes(w ^ RecordScanner.lfs)
                            | RecordScanner.zeroBytes(w ^ RecordScanner.crs)
                        if m == 0 { i += 8; continue }
                        i += m.trailingZeroBitCount >> 3
                    }
                    let b = base[i]
                    if b == 0x22 {
                        if i + 1 < n && base[i + 1] == 0x22 { escaped = true; i += 2; continue }
                        closed = true
                        break
                    }
                    if b == 0x0A || b == 0x0D { i = consumeBreak(at: i); continue }
                    i += 1
                }
                if !closed {
                    problems.append(ScanProblem(kind: .unterminatedQuote, offset: quoteOffset, line: quoteLine, lineStart: quoteLineStart))
                    hitUnterminatedQuote = true
                    fields.append(FieldSpan(start: start, end: n, quoted: true, escaped: escaped))
                    position = n
                    return (recordLine, recordOffset)
                }
                let end = i
                i += 1  // closing quote
                if i < n, base[i] != delim, base[i] != 0x0A, base[i] != 0x0D {
                    problems.append(ScanProblem(kind: .textAfterQuote, offset: i, line: line, lineStart: lineStart))
                    while i < n, base[i] != delim, base[i] != 0x0A, base[i] != 0x0D { i += 1 }
                }
                fields.append(FieldSpan(start: start, end: end, quoted: true, escaped: escaped))
            } else {
                let start = i
                while i < n {
                    if i + 8 <= n {
                        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        let m = RecordScanner.zeroBytes(w ^ delims) | RecordScanner.zeroBytes(w ^ RecordScanner.quotes)
                            | RecordScanner.zeroBytes(w ^ RecordScanner.lfs) | RecordScanner.zeroBytes(w ^ RecordScanner.crs)
                        if m == 0 { i += 8; continue }
                        i += m.trailingZeroBitCount >> 3
                    }
                    let b = base[i]
                    if b == delim || b == 0x0A || b == 0x0D { break }
                    if b == 0x22 { problems.append(ScanProblem(kind: .strayQuote, offset: i, line: line, lineStart: lineStart)) }
                    i += 1
                }
                fields.append(FieldSpan(start: start, end: i, quoted: false, escaped: false))
            }
            if i >= n { position = n; return (recordLine, recordOffset) }
            if base[i] == delim { i += 1; continue }
            position = consumeBreak(at: i)
            return (recordLine, recordOffset)
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The text of a field, with `""` read as `"`.
    func string(of field: FieldSpan) -> String {
        let slice = UnsafeBufferPointer(rebasing: self[field.start..<field.end])
        guard field.escaped else { return String(decoding: slice, as: UTF8.self) }
        return String(decoding: unescaped(field), as: UTF8.self)
    }

    func unescaped(_ field: FieldSpan) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(field.end - field.start)
        var i = field.start
        while i < field.end {
            out.append(self[i])
            i += (self[i] == 0x22 && i + 1 < field.end && self[i + 1] == 0x22) ? 2 : 1
        }
        return out
    }

    /// The physical line starting at `start`, without its line break.
    func lineText(from start: Int) -> String {
        var end = start
        while end < count && self[end] != 0x0A && self[end] != 0x0D { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: self[start..<end]), as: UTF8.self)
    }

    /// 1-based character column of `offset` in the line starting at `lineStart`.
    func column(of offset: Int, lineStart: Int) -> Int {
        String(decoding: UnsafeBufferPointer(rebasing: self[lineStart..<offset]), as: UTF8.self).count + 1
    }
}
