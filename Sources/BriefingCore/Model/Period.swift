/// A calendar month: `2024-03`.
public struct Month: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Months since January of year 0, for arithmetic.
    public var index: Int { year * 12 + (month - 1) }

    public init(index: Int) {
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        self.year = y
        self.month = index - y * 12 + 1
    }

    /// `Month(2024, 1).adding(months: -1)` → `2023-12`.
    public func adding(months: Int) -> Month { Month(index: index + months) }
    public var previous: Month { adding(months: -1) }
    public var sameMonthLastYear: Month { adding(months: -12) }
    public var firstDay: Day { Day(year: year, month: month, day: 1)! }
    public var lastDay: Day { Day(year: year, month: month, day: Day.daysIn(year: year, month: month))! }
    public var quarter: Int { (month - 1) / 3 + 1 }
    public var half: Int { month <= 6 ? 1 : 2 }

    public static func < (a: Month, b: Month) -> Bool { a.index < b.index }

    /// ISO 8601: `2024-03`.
    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(m)"
    }
}

/// A reporting period as statistics tables write them: a year, a half (상반기,
/// 하반기), a quarter (1/4분기), a month or a single day.
public enum Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    case year(Int)
    case half(year: Int, half: Int)
    case quarter(year: Int, quarter: Int)
    case month(Month)
    case day(Day)

    public var year: Int {
        switch self {
        case .year(let y), .half(let y, _), .quarter(let y, _): return y
        case .month(let m): return m.year
        case .day(let d): return d.year
        }
    }

    /// First and last day covered.
    public var days: DayRange {
        switch self {
        case .year(let y):
            return DayRange(Day(year: y, month: 1, day: 1)!, Day(year: y, month: 12, day: 31)!)!
        case .half(let y, let h):
            return DayRange(Month(year: y, month: h == 1 ? 1 : 7)!.firstDay, Month(year: y, month: h == 1 ? 6 : 12)!.lastDay)!
        case .quarter(let y, let q):
            return DayRange(Month(year: y, month: (q - 1) * 3 + 1)!.firstDay, Month(year: y, month: q * 3)!.lastDay)!
        case .month(let m):
            return DayRange(m.firstDay, m.lastDay)!
        case .day(let d):
            return DayRange(d, d)!
        }
    }

    public static func < (a: Period, b: Period) -> Bool {
        let (x, y) = (a.days, b.days)
        return (x.start, x.end) < (y.start, y.end)
    }

    /// ISO-like: `2024`, `2024-H1`, `2024-Q1`, `2024-03`, `2024-03-24`.
    public var description: String {
        switch self {
        case .year(let y): return "\(y)"
        case .half(let y, let h): return "\(y)-H\(h)"
        case .quarter(let y, let q): return "\(y)-Q\(q)"
        case .month(let m): return m.description
        case .day(let d): return d.description
        }
    }
}
