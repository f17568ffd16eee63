/// A cell read from its bytes into the packed form a column stores
/// (see `PackedCells`), without making a `String` unless it is text.
///
/// Order of attempts, cheapest and most common first: missing marks, plain
/// numbers (`14,500`, `-12`, `△12`, `(12)`, `7.1%`), then dates, periods and
/// ranges through a small token grammar, and everything else is text.
/// `2024.03` is read as March 2024 but remembers it could be 2024.03: the
/// column decides (see `ColumnBuilder`).
struct Classified {
    var kind: PackedCells.Kind
    var aux: Int8 = 0
    var payload: Int64 = 0
    var marks: CellMarks = []
    /// A `yyyy.mm` month that is also a decimal (`significand` = yyyymm, exponent −2).
    var monthAlsoDecimal = false
    /// A number too wide for 64 bits.
    var wide: ExactDecimal?
    /// The trimmed text span, relative to the buffer, for text cells.
    var textStart = 0
    var textEnd = 0
}

enum CellClassifier {
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }

    /// The common cells decided here, inlined into the reading loop so the
    /// result never lands in memory: missing marks, plain numbers, and text
    /// that starts with a non-ASCII letter and ends without a mark. The rest
    /// goes to `classifyRest`.
    @inline(__always)
    static func classify(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Classified {
        var s = start, e = end
        while s < e && isSpace(base[s]) { s += 1 }
        while e > s && isSpace(base[e - 1]) { e -= 1 }
        let n = e - s
        if n == 0 { return Classified(kind: .missing, aux: 0) }
        let b0 = base[s]
        if n > 1 {
            if b0 &- 0x30 <= 9 || b0 == UInt8(ascii: "-") {
                if let number = plainNumber(base, s, e) { return number }
            } else if b0 >= 0x80 && b0 != 0xE2 {
                // Neither a number nor a period starts so (see parseNumber, PeriodGrammar): text, unless marked.
                let last = base[e - 1]
                if last != UInt8(ascii: ")") && last != UInt8(ascii: "p") && last != UInt8(ascii: "r") {
                    return Classified(kind: .text, textStart: s, textEnd: e)
                }
            }
        }
        return classifyRest(base, start, end)
    }

    @inline(never)
    static func classifyRest(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Classified {
        var s = start, e = end
        while s < e && isSpace(base[s]) { s += 1 }
        while e > s && isSpace(base[e - 1]) { e -= 1 }
        let n = e - s
        if n == 0 { return Classified(kind: .missing, aux: 0) }
        let b0 = base[s]
        if n == 1 {
            switch b0 {
            case UInt8(ascii: "-"): return Classified(kind: .missing, aux: 1)
            case UInt8(ascii: "x"): return Classified(kind: .missing, aux: 5)
            case UInt8(ascii: "X"): return Classified(kind: .missing, aux: 6)
            default: break
            }
        } else if n == 3 && b0 == 0xE2 && base[s + 1] == 0x80 {
            switch base[s + 2] {
            case 0x93: return Classified(kind: .missing, aux: 2)
            case 0x94: return Classified(kind: .missing, aux: 3)
            case 0xA6: return Classified(kind: .missing, aux: 4)
            default: break
            }
        }
        var result = classifyValue(base, s, e)
        if result.kind == .text {
            // Provisional / revised marks: `123 p)`, `2025.11 p)`, `r)`, `123p`.
            var me = e
            var mark: CellMarks = []
            if n >= 2 && base[e - 1] == UInt8(ascii: ")") {
                switch base[e - 2] {
                case UInt8(ascii: "p"), UInt8(ascii: "P"): mark = .provisional
                case UInt8(ascii: "r"), UInt8(ascii: "R"): mark = .revised
                case UInt8(ascii: "e"), UInt8(ascii: "E"): mark = .estimated
                default: break
                }
                if !mark.isEmpty { me = e - 2 }
            } else if n >= 2 && (base[e - 1] == UInt8(ascii: "p") || base[e - 1] == UInt8(ascii: "r"))
                        && base[e - 2] >= 0x30 && base[e - 2] <= 0x39 {
                mark = base[e - 1] == UInt8(ascii: "p") ? .provisional : .revised
                me = e - 1
            }
            if !mark.isEmpty {
                while me > s && isSpace(base[me - 1]) { me -= 1 }
                if me == s {
                    return Classified(kind: .missing, aux: 0, marks: mark)
                }
                var inner = classify(base, s, me)
                if inner.kind != .text && inner.kind != .missing {
                    inner.marks.formUnion(mark)
                    return inner
                }
            }
            result.textStart = s
            result.textEnd = e
        }
        return result
    }

    private static func classifyValue(_ base: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Classified {
        if let number = plainNumber(base, s, e) { return number }
        if mayBeNumber(base, s, e), let number = parseNumber(base, s, e) { return number }
        if let period = PeriodGrammar.parse(base, s, e) { return period }
        return Classified(kind: .text)
    }

    /// False when `parseNumber` would certainly say no: the first byte starts
    /// no number (`2024-03-24`'s `-` after digits, a Korean word), so the
    /// general parser is not run on every date and text cell.
    @inline(__always)
    static func mayBeNumber(_ base: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let b0 = base[s]
        if b0 == UInt8(ascii: "(") || b0 == UInt8(ascii: "-") || b0 == UInt8(ascii: "+")
            || b0 == UInt8(ascii: ".") || b0 == 0xE2 { return true }
        guard b0 &- 0x30 <= 9 else { return false }
        // Unsigned: every byte up to a trailing `%` must be a digit, `,` or `.`.
        var i = s + 1
        while i < e && base[i] &- 0x30 <= 9 { i += 1 }
        guard i < e else { return true }
        let b = base[i]
        return b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: "%") || isSpace(b)
    }

    /// The common case of `parseNumber`, read in one tight pass: an optional
    /// `-`, digits grouped by commas in threes or not at all, an optional
    /// fraction, at most 18 digits (so the significand fits in 64 bits without
    /// a check per digit). Anything else, and `yyyy.mm` (a month or a decimal,
    /// the column decides), is left to `parseNumber`: `nil` here means "ask it".
    @inline(__always)
    static func plainNumber(_ base: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Classified? {
        var i = s
        let negative = base[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        let digitsStart = i
        var sig: UInt64 = 0
        while i < e {
            let d = base[i] &- 0x30
            if d > 9 { break }
            sig = sig &* 10 &+ UInt64(d)
            i += 1
        }
        var intDigits = i - digitsStart
        guard intDigits > 0 else { return nil }
        var grouped = false
        if i < e && base[i] == UInt8(ascii: ",") {
            guard intDigits <= 3 else { return nil }
            grouped = true
            while i < e && base[i] == UInt8(ascii: ",") {
                guard i + 3 < e else { return nil }
                let d1 = base[i + 1] &- 0x30, d2 = base[i + 2] &- 0x30, d3 = base[i + 3] &- 0x30
                guard d1 <= 9 && d2 <= 9 && d3 <= 9 else { return nil }
                sig = sig &* 1000 &+ UInt64(d1) &* 100 &+ UInt64(d2) &* 10 &+ UInt64(d3)
                intDigits += 3
                i += 4
            }
            // A fourth digit in a group: not a number parseNumber accepts either, but let it say so.
            if i < e && base[i] &- 0x30 <= 9 { return nil }
        }
        var fraction = 0
        if i < e && base[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < e {
                let d = base[i] &- 0x30
                if d > 9 { break }
                sig = sig &* 10 &+ UInt64(d)
                i += 1
            }
            fraction = i - fractionStart
            guard fraction > 0 else { return nil }
        }
        guard i == e, intDigits + fraction <= 18 else { return nil }
        if !negative && !grouped && intDigits == 4 && fraction == 2 { return nil }
        return Classified(kind: .number, aux: Int8(truncatingIfNeeded: -fraction), payload: negative ? -Int64(sig) : Int64(sig))
    }

    /// `14,500`, `-12`, `−12`, `△12`, `▽12`, `(12)`, `+3`, `▲3`, `7.1%`, `0.5`.
    /// Separators must group by three (`1,2` is text, not 12).
    static func parseNumber(_ base: UnsafePointer<UInt8>, _ s0: Int, _ e0: Int) -> Classified? {
        var s = s0, e = e0
        var negative = false
        var signed = false
        var percent = false
        if base[s] == UInt8(ascii: "(") {
            guard e - s >= 3, base[e - 1] == UInt8(ascii: ")") else { return nil }
            negative = true; signed = true
            s += 1; e -= 1
        }
        // Sign.
        let b0 = base[s]
        if b0 == UInt8(ascii: "-") { negative = true; signed = true; s += 1 }
        else if b0 == UInt8(ascii: "+") { signed = true; s += 1 }
        else if b0 == 0xE2 && e - s > 3 {
            let b1 = base[s + 1], b2 = base[s + 2]
            if b1 == 0x88 && b2 == 0x92 { negative = true }        // − U+2212
            else if b1 == 0x96 && (b2 == 0xB3 || b2 == 0xBD || b2 == 0xBC) { negative = true }  // △ ▽ ▼
            else if b1 == 0x96 && b2 == 0xB2 { negative = false }   // ▲
            else { return nil }
            signed = true
            s += 3
        }
        if signed && negative && base[s0] == UInt8(ascii: "(") && s > s0 + 1 { return nil }  // "(-12)"
        while s < e && isSpace(base[s]) { s += 1 }
        if s < e && base[e - 1] == UInt8(ascii: "%") {
            percent = true
            e -= 1
            while e > s && isSpace(base[e - 1]) { e -= 1 }
        }
        guard s < e else { return nil }
        var sig: UInt64 = 0
        var digits = 0
        var fraction = 0
        var groupDigits = 0
        var sawComma = false
        var sawPoint = false
        var overflow = false
        var intDigits = 0
        var i = s
        while i < e {
            let b = base[i]
            if b >= 0x30 && b <= 0x39 {
                if sig > (UInt64.max - 9) / 10 { overflow = true } else { sig = sig * 10 + UInt64(b - 0x30) }
                digits += 1
                if sawPoint { fraction += 1 } else { groupDigits += 1; intDigits += 1 }
            } else if b == UInt8(ascii: ",") && !sawPoint {
                if sawComma {
                    guard groupDigits == 3 else { return nil }
                } else {
                    guard groupDigits >= 1 && groupDigits <= 3 else { return nil }
                }
                sawComma = true
                groupDigits = 0
            } else if b == UInt8(ascii: ".") && !sawPoint {
                if sawComma { guard groupDigits == 3 else { return nil } }
                sawPoint = true
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        if sawComma && !sawPoint && groupDigits != 3 { return nil }
        if sawPoint && fraction == 0 { return nil }
        // yyyy.mm: a month that is also a decimal; the column decides.
        if sawPoint && !signed && !percent && !sawComma && intDigits == 4 && fraction == 2 {
            let year = Int(sig / 100), month = Int(sig % 100)
            if (1900...2100).contains(year) && (1...12).contains(month) {
                var c = Classified(kind: .month, payload: Int64(Month(year: year, month: month)!.index))
                c.monthAlsoDecimal = true
                return c
            }
        }
        var c = Classified(kind: percent ? .percent : .number, aux: Int8(truncatingIfNeeded: -fraction))
        if overflow || sig > UInt64(Int64.max) || fraction > 100 {
            var text = ""
            for k in s..<e where base[k] != UInt8(ascii: ",") { text.unicodeScalars.append(UnicodeScalar(base[k])) }
            guard let d = ExactDecimal(text) else { return nil }
            c.kind = .overflow
            c.wide = negative ? -d : d
            c.aux = percent ? 1 : 0
            return c
        }
        c.payload = negative ? -Int64(sig) : Int64(sig)
        return c
    }
}
