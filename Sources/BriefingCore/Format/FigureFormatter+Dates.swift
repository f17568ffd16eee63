/// Dates, months, ranges and periods as each locale writes them.
///
/// ko (행정 문서 style): `2024. 3. 24.(일)`, `2024년 3월`,
/// `2024. 3. 24.(일) ~ 3. 30.(토)`. en: `Mar 24, 2024`, `March 2024`,
/// `Mar 24–30, 2024` (en dash, no spaces).
extension FigureFormatter {
    static let koreanWeekdays = ["일", "월", "화", "수", "목", "금", "토"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"]

    public static func shortMonth(_ m: Int) -> String { String(englishMonths[m - 1].prefix(3)) }

    /// `2024. 3. 24.(일)` / `Mar 24, 2024`.
    public func date(_ d: Day) -> String {
        switch locale {
        case .ko: return "\(d.year). \(d.month). \(d.day).(\(FigureFormatter.koreanWeekdays[d.weekday]))"
        case .en: return "\(FigureFormatter.shortMonth(d.month)) \(d.day), \(d.year)"
        }
    }

    /// `2024년 3월` / `March 2024`.
    public func month(_ m: Month) -> String {
        switch locale {
        case .ko: return "\(m.year)년 \(m.month)월"
        case .en: return "\(FigureFormatter.englishMonths[m.month - 1]) \(m.year)"
        }
    }

    /// `2024. 3. 24.(일) ~ 3. 30.(토)` / `Mar 24–30, 2024`. The end leaves out
    /// what it shares with the start; a one-day range is a date.
    public func range(_ r: DayRange) -> String {
        let (s, e) = (r.start, r.end)
        if s == e { return date(s) }
        switch locale {
        case .ko:
            let wd = FigureFormatter.koreanWeekdays[e.weekday]
            let end = s.year == e.year ? "\(e.month). \(e.day).(\(wd))" : date(e)
            return "\(date(s)) ~ \(end)"
        case .en:
            if s.year == e.year && s.month == e.month {
                return "\(FigureFormatter.shortMonth(s.month)) \(s.day)–\(e.day), \(s.year)"
            }
            if s.year == e.year {
                return "\(FigureFormatter.shortMonth(s.month)) \(s.day)–\(FigureFormatter.shortMonth(e.month)) \(e.day), \(s.year)"
            }
            return "\(date(s))–\(date(e))"
        }
    }

    /// `2024년`, `2024년 상반기`, `2024년 1분기`, `2024년 3월` / `2024`, `H1 2024`, `Q1 2024`, `March 2024`.
    public func period(_ p: Period) -> String {
        switch (p, locale) {
        case (.year(let y), .ko): return "\(y)년"
        case (.year(let y), .en): return "\(y)"
        case (.half(let y, let h), .ko): return "\(y)년 \(h == 1 ? "상반기" : "하반기")"
        case (.half(let y, let h), .en): return "H\(h) \(y)"
        case (.quarter(let y, let q), .ko): return "\(y)년 \(q)분기"
        case (.quarter(let y, let q), .en): return "Q\(q) \(y)"
        case (.month(let m), _): return month(m)
        case (.day(let d), _): return date(d)
        }
    }
}
