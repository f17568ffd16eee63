import BriefingCore

/// The months a monthly report compares, all derived from the report month.
///
/// For March 2024: current 2024-03, previous 2024-02 (전월), same month last
/// year 2023-03 (전년 동월), year to date 2024-01…2024-03 (누계), last year's
/// year to date 2023-01…2023-03 (전년 동기 누계). January compares with
/// December of the year before, and its year to date is January alone.
public struct PeriodContext: Sendable, Hashable, CustomStringConvertible {
    public let current: Month

    public init(_ current: Month) {
        self.current = current
    }

    /// 전월: January → December of the year before.
    public var previous: Month { current.previous }
    /// 전년 동월.
    public var sameMonthLastYear: Month { current.sameMonthLastYear }
    /// 누계: January … current.
    public var yearToDate: MonthRange { MonthRange(first: Month(year: current.year, month: 1)!, last: current)! }
    /// 전년 동기 누계: January … the same month, a year earlier.
    public var lastYearToDate: MonthRange {
        MonthRange(first: Month(year: current.year - 1, month: 1)!, last: sameMonthLastYear)!
    }

    public var description: String {
        "current \(current), previous \(previous), last year \(sameMonthLastYear), YTD \(yearToDate), last YTD \(lastYearToDate)"
    }
}

/// An inclusive run of months: `2024-01…2024-03`.
public struct MonthRange: Sendable, Hashable, CustomStringConvertible {
    public let first: Month
    public let last: Month

    /// `nil` when `last` comes before `first`.
    public init?(first: Month, last: Month) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    public var months: [Month] { (first.index...last.index).map(Month.init(index:)) }
    public var count: Int { last.index - first.index + 1 }
    public var days: DayRange { DayRange(first.firstDay, last.lastDay)! }
    public func contains(_ m: Month) -> Bool { first <= m && m <= last }
    public func contains(_ d: Day) -> Bool { contains(d.monthPeriod) }

    public var description: String { first == last ? first.description : "\(first)…\(last)" }
}
