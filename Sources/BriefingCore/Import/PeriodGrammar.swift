/// Dates, months, quarters, halves, years and day ranges as Korean tables
/// write them, read through a tiny token grammar.
///
/// Tokens: numbers (with their digit count), `.` `-` `/` `~` `'` `Q` `H`
/// `(` `)`, and the Korean words 년 (year), 월 (month), 일 (day), 분기
/// (quarter), 상반기 / 하반기 (first / second half) and weekday names.
/// Spaces separate tokens and are otherwise ignored, so `2024. 3. 24.` and
/// `2024.03.24` are the same day.
///
/// | written | read as |
/// |---|---|
/// | `2024-03-24`, `2024.03.24`, `2024/03/24`, `2024. 3. 24.(일)`, `2024년 3월 24일` | day |
/// | `2024-03`, `2024. 3.`, `2024년 3월`, `'24.3월`, `’24. 3월` | month |
/// | `2024 1/4분기`, `2024년 1분기`, `2024 Q1`, `2024.Q1` | quarter |
/// | `2024 상반기`, `2024년 하반기`, `2024 H1` | half |
/// | `2024년` | year |
/// | `2024-03-24~2024-03-30`, `2024. 3. 24. ~ 2024. 3. 30.`, `2024. 3. 24.~3. 30.` | range |
///
/// A bare `2024` is a number; the column makes it a year (see `ColumnBuilder`).
enum PeriodGrammar {
    struct Token {
        /// ASCII code of the symbol, or `n` for a number, or one of the word codes below.
        var kind: UInt8
        var value: Int = 0
        var digits: Int = 0
    }
    static let number = UInt8(ascii: "n")
    static let yearWord = UInt8(ascii: "Y"), monthWord = UInt8(ascii: "M"), dayWord = UInt8(ascii: "D")
    static let quarterWord = UInt8(ascii: "B"), firstHalf = UInt8(ascii: "S"), secondHalf = UInt8(ascii: "T")
    static let weekday = UInt8(ascii: "w")

    static func parse(_ base: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Classified? {
        // Quick reject: a period starts with a digit or an apostrophe.
        let b0 = base[s]
        guard (b0 >= 0x30 && b0 <= 0x39) || b0 == 0x27 || b0 == 0xE2 else { return nil }
        if e - s == 10, let d = isoLikeDay(base, s) { return Classified(kind: .date, payload: Int64(d.ordinal)) }
        if let d = dottedDay(base, s, e) { return Classified(kind: .date, payload: Int64(d.ordinal)) }
        guard let tokens = tokenize(base, s, e) else { return nil }
        if let tilde = tokens.firstIndex(where: { $0.kind == UInt8(ascii: "~") }) {
            guard let start = day(tokens[..<tilde]), let end = rangeEnd(tokens[(tilde + 1)...], after: start),
                  let range = DayRange(start, end) else { return nil }
            return Classified(kind: .range, payload: Int64(range.start.ordinal) << 32 | Int64(range.dayCount))
        }
        if let d = day(tokens[...]) { return Classified(kind: .date, payload: Int64(d.ordinal)) }
        if let p = period(tokens[...]) {
            switch p {
            case .year(let y): return Classified(kind: .year, payload: Int64(y))
            case .half(let y, let h): return Classified(kind: .half, aux: Int8(h), payload: Int64(y))
            case .quarter(let y, let q): return Classified(kind: .quarter, aux: Int8(q), payload: Int64(y))
            case .month(let m): return Classified(kind: .month, payload: Int64(m.index))
            case .day(let d): return Classified(kind: .date, payload: Int64(d.ordinal))
            }
        }
        return nil
    }

    /// `2024-03-24`, `2024.03.24`, `2024/03/24` without tokens: the common case, read fast.
    @inline(__always)
    static func isoLikeDay(_ base: UnsafePointer<UInt8>, _ s: Int) -> Day? {
        let sep = base[s + 4]
        guard sep == 0x2D || sep == 0x2E || sep == 0x2F, base[s + 7] == sep else { return nil }
        @inline(__always) func digits(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for i in from..<from + count {
                let b = base[s + i]
                guard b >= 0x30 && b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            return v
        }
        guard let y = digits(0, 4), y >= 1000, let m = digits(5, 2), let d = digits(8, 2) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// `2024. 3. 24.` and `2024.3.24`, as Excel displays a date, without tokens:
    /// what the grammar reads as `n . n . n` after dropping the last `.`.
    @inline(__always)
    static func dottedDay(_ base: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Day? {
        guard e - s >= 8, base[s + 4] == UInt8(ascii: ".") else { return nil }
        var year = 0
        for i in s..<s + 4 {
            let d = base[i] &- 0x30
            guard d <= 9 else { return nil }
            year = year * 10 + Int(d)
        }
        guard year >= 1000 else { return nil }
        var i = s + 5
        /// Spaces, then one or two digits, then `.`; the last `.` may be missing.
        func part(last: Bool) -> Int? {
            while i < e && CellClassifier.isSpace(base[i]) { i += 1 }
            var v = 0, digits = 0
            while i < e, digits < 3, base[i] &- 0x30 <= 9 { v = v * 10 + Int(base[i] &- 0x30); digits += 1; i += 1 }
            guard digits >= 1 && digits <= 2 else { return nil }
            if i < e && base[i] == UInt8(ascii: ".") { i += 1 } else if !last { return nil }
            return v
        }
        guard let month = part(last: false), let day = part(last: true), i == e else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// Reads one UTF-8 scalar at `i`; returns it and its length.
    @inline(__always)
    static func scalar(_ base: UnsafePointer<UInt8>, _ i: Int, _ e: Int) -> (UInt32, Int)? {
        let b0 = base[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 >= 0xE0 && b0 < 0xF0 && i + 2 < e {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(base[i + 1] & 0x3F) << 6) | UInt32(base[i + 2] & 0x3F), 3)
        }
        return nil
    }

    static func tokenize(_ base: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> [Token]? {
        var tokens: [Token] = []
        tokens.reserveCapacity(12)
        var i = s
        while i < e {
            let b = base[i]
            if b >= 0x30 && b <= 0x39 {
                var v = 0, d = 0
                while i < e && base[i] >= 0x30 && base[i] <= 0x39 && d < 9 { v = v * 10 + Int(base[i] - 0x30); d += 1; i += 1 }
                if i < e && base[i] >= 0x30 && base[i] <= 0x39 { return nil }
                tokens.append(Token(kind: number, value: v, digits: d))
                continue
            }
            guard let (c, len) = scalar(base, i, e) else { return nil }
            i += len
            let kind: UInt8
            switch c {
            case 0x20, 0x09: continue
            case 0x2E, 0x2D, 0x2F, 0x28, 0x29, 0x7E, 0x27: kind = UInt8(c)      // . - / ( ) ~ '
            case 0x51, 0x71: kind = UInt8(ascii: "Q")
            case 0x48, 0x68: kind = UInt8(ascii: "H")
            case 0x2019, 0x2018: kind = 0x27                                      // ’ ‘
            case 0xFF5E, 0x301C: kind = UInt8(ascii: "~")                          // ～ 〜
            case 0xB144: kind = yearWord                                          // 년
            case 0xC6D4: kind = monthWord                                         // 월
            case 0xC77C: kind = dayWord                                           // 일
            case 0xD654, 0xC218, 0xBAA9, 0xAE08, 0xD1A0: kind = weekday          // 화 수 목 금 토
            case 0xBD84:                                                          // 분기
                guard i + 3 <= e, let (c2, l2) = scalar(base, i, e), c2 == 0xAE30 else { return nil }
                i += l2; kind = quarterWord
            case 0xC0C1, 0xD558:                                                  // 상반기 하반기
                guard let (c2, l2) = scalar(base, i, e), c2 == 0xBC18,
                      let (c3, l3) = scalar(base, i + l2, e), c3 == 0xAE30 else { return nil }
                i += l2 + l3; kind = c == 0xC0C1 ? firstHalf : secondHalf
            default: return nil
            }
            tokens.append(Token(kind: kind))
        }
        return tokens
    }

    typealias Tokens = ArraySlice<Token>

    /// Drops a trailing weekday `(일)` and trailing `.`.
    static func trimmed(_ t: Tokens) -> Tokens {
        var t = t
        if t.count >= 3, t.last!.kind == UInt8(ascii: ")") {
            let w = t[t.endIndex - 2].kind
            if (w == weekday || w == dayWord || w == monthWord) && t[t.endIndex - 3].kind == UInt8(ascii: "(") { t = t.dropLast(3) }
        }
        while let last = t.last, last.kind == UInt8(ascii: ".") { t = t.dropLast() }
        return t
    }

    static func kinds(_ t: Tokens) -> [UInt8] { t.map(\.kind) }

    static func year(_ tok: Token) -> Int? {
        tok.kind == number && tok.digits == 4 && tok.value >= 1000 ? tok.value : nil
    }

    static func day(_ t0: Tokens) -> Day? {
        let t = trimmed(t0)
        let k = kinds(t)
        let v = Array(t)
        let n = UInt8(ascii: "n")
        if k.count == 5, k[0] == n, k[2] == n, k[4] == n, k[1] == k[3],
           k[1] == UInt8(ascii: ".") || k[1] == UInt8(ascii: "-") || k[1] == UInt8(ascii: "/"),
           let y = year(v[0]), v[2].digits <= 2, v[4].digits <= 2 {
            return Day(year: y, month: v[2].value, day: v[4].value)
        }
        if k == [n, yearWord, n, monthWord, n, dayWord], let y = year(v[0]) {
            return Day(year: y, month: v[2].value, day: v[4].value)
        }
        return nil
    }

    /// The end of a range: a full day, or `3. 30.` / `3월 30일` / `30일` / `30`
    /// taking the year (and month) from the start.
    static func rangeEnd(_ t0: Tokens, after start: Day) -> Day? {
        if let d = day(t0) { return d }
        let t = trimmed(t0)
        let k = kinds(t)
        let v = Array(t)
        let n = UInt8(ascii: "n")
        if k.count == 3, k[0] == n, k[2] == n, k[1] == UInt8(ascii: ".") || k[1] == UInt8(ascii: "/") || k[1] == UInt8(ascii: "-") {
            return Day(year: start.year, month: v[0].value, day: v[2].value)
        }
        if k == [n, monthWord, n, dayWord] { return Day(year: start.year, month: v[0].value, day: v[2].value) }
        if k == [n, dayWord] || k == [n] { return Day(year: start.year, month: start.month, day: v[0].value) }
        return nil
    }

    static func period(_ t0: Tokens) -> Period? {
        let t = trimmed(t0)
        var k = kinds(t)
        var v = Array(t)
        let n = UInt8(ascii: "n")
        guard !k.isEmpty else { return nil }
        // 'YY → 20YY
        if k[0] == 0x27 {
            guard k.count >= 2, v[1].kind == n, v[1].digits == 2 else { return nil }
            v[1] = Token(kind: n, value: 2000 + v[1].value, digits: 4)
            v.removeFirst(); k.removeFirst()
            // '24.3월, ’24. 3월, '24.3
            if k.count >= 3, k[1] == UInt8(ascii: "."), k[2] == n, k.count == 3 || (k.count == 4 && k[3] == monthWord) {
                return Month(year: v[0].value, month: v[2].value).map(Period.month)
            }
            if k == [n, n, monthWord] { return Month(year: v[0].value, month: v[1].value).map(Period.month) }
            return nil
        }
        guard let y = year(v[0]) else { return nil }
        // Drop the 년 after the year, and one separator.
        var rest = Array(k.dropFirst())
        var vals = Array(v.dropFirst())
        if rest.first == yearWord { rest.removeFirst(); vals.removeFirst() }
        if rest.isEmpty { return k.count == 2 && k[1] == yearWord ? .year(y) : nil }
        let sep = rest.first!
        let hadSeparator = sep == UInt8(ascii: ".") || sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/")
        if hadSeparator { rest.removeFirst(); vals.removeFirst() }
        if rest == [n] && hadSeparator && vals[0].digits <= 2 {
            return Month(year: y, month: vals[0].value).map(Period.month)
        }
        if rest == [n, monthWord], vals[0].digits <= 2 { return Month(year: y, month: vals[0].value).map(Period.month) }
        if rest == [n, UInt8(ascii: "/"), n, quarterWord], vals[2].value == 4, (1...4).contains(vals[0].value) {
            return .quarter(year: y, quarter: vals[0].value)
        }
        if rest == [n, quarterWord], (1...4).contains(vals[0].value) { return .quarter(year: y, quarter: vals[0].value) }
        if rest == [UInt8(ascii: "Q"), n], (1...4).contains(vals[1].value) { return .quarter(year: y, quarter: vals[1].value) }
        if rest == [n, UInt8(ascii: "Q")], (1...4).contains(vals[0].value) { return .quarter(year: y, quarter: vals[0].value) }
        if rest == [firstHalf] { return .half(year: y, half: 1) }
        if rest == [secondHalf] { return .half(year: y, half: 2) }
        if rest == [UInt8(ascii: "H"), n], (1...2).contains(vals[1].value) { return .half(year: y, half: vals[1].value) }
        return nil
    }
}
