import BriefingCore

/// Calendar ticks for a line chart whose categories are months: every month,
/// every quarter, or every 1, 2, 5 or 10 years — never "every 18th month",
/// which labels `2006. 7.` between `2005. 1.` and `2008. 1.`.
///
/// The rule is d3-time's (`scale.ticks`, Bostock's d3-scale `time.js`): take
/// span ÷ wanted count, and choose the interval nearest to it by ratio; ticks
/// fall on months aligned to the interval (quarters on January, April, July,
/// October; two-year steps on even years), so two charts of the same span
/// tick alike whatever month their data starts in.
///
/// ```swift
/// // 240 months, 2005-01 … 2024-12, about ten ticks wanted:
/// TimeTicks.interval(spanMonths: 239, count: 10)   // 24: every two years
/// TimeTicks(months, interval: 24).labels(categories)  // ["2006", "2008", …, "2024"]
/// ```
public struct TimeTicks: Sendable, Hashable {
    /// Tick intervals in months, smallest first: 1 month, a quarter, 1, 2, 5 and 10 years.
    public static let intervals = [1, 3, 12, 24, 60, 120]

    /// Months between ticks (one of `intervals`).
    public let interval: Int
    /// Positions of the ticked categories, in order.
    public let indices: [Int]
    /// The year each tick stands for, when ticks are whole years (labelled `2005`, not `2005. 1.`).
    public let years: [Int]?

    /// Ticks at the months of `months` that are aligned to `interval`.
    public init(_ months: [Month], interval: Int) {
        self.interval = interval
        if interval >= 12 {
            let step = interval / 12
            indices = months.indices.filter { months[$0].month == 1 && Self.floorMod(months[$0].year, step) == 0 }
            years = indices.map { months[$0].year }
        } else {
            indices = months.indices.filter { (months[$0].month - 1) % interval == 0 }
            years = nil
        }
    }

    /// The text under each tick: the year for year ticks, else the category's own label (`2024. 4.`).
    public func labels(_ categories: [String]) -> [String] {
        if let years { return years.map(String.init) }
        return indices.map { categories[$0] }
    }

    /// The interval nearest to `spanMonths / count` by ratio (d3-time's
    /// choice); `count` is how many ticks fit, at least 1.
    public static func interval(spanMonths: Int, count: Int) -> Int {
        let target = Double(max(spanMonths, 1)) / Double(max(count, 1))
        guard let above = intervals.firstIndex(where: { Double($0) >= target }) else { return intervals[intervals.count - 1] }
        guard above > 0 else { return intervals[0] }
        let (lower, upper) = (Double(intervals[above - 1]), Double(intervals[above]))
        return target / lower < upper / target ? intervals[above - 1] : intervals[above]
    }

    /// The intervals from `start` up, for a layout that tries the next when labels collide.
    public static func intervals(from start: Int) -> [Int] {
        intervals.filter { $0 >= start }
    }

    private static func floorMod(_ a: Int, _ b: Int) -> Int { ((a % b) + b) % b }
}
