/// Year-to-date (연간 누계) figures from a table with a period column.
extension Measures {
    /// Sum of `value` over rows whose `period` cell lies within 1 January of
    /// `through`'s year up to `through` (inclusive).
    ///
    /// Monthly rows `2024-01 … 2024-12`, through 2024-03 → Jan + Feb + Mar.
    public func yearToDate(_ value: String, period: String, through: Day,
                           where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<Amount> {
        let span = DayRange(Day(year: through.year, month: 1, day: 1)!, through)!
        var m = try sum(value, where: filters + [.periodIn(period, span)])
        m.working = Measures.working("ytd(\(value)) through \(through)", filters)
        return m
    }

    public func yearToDate(_ value: String, period: String, through: Month,
                           where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<Amount> {
        var m = try yearToDate(value, period: period, through: through.lastDay, where: filters)
        m.working = Measures.working("ytd(\(value)) through \(through)", filters)
        return m
    }

    /// This year's YTD against the same span of last year (전년 동기 대비).
    /// 29 February compares with 28 February.
    public func yearToDateChange(_ value: String, period: String, through: Day,
                                 where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<Change> {
        let current = try yearToDate(value, period: period, through: through, where: filters)
        let lastYear = Day(year: through.year - 1, month: through.month, day: through.day)
            ?? Day(year: through.year - 1, month: through.month, day: through.day - 1)!
        let base = try yearToDate(value, period: period, through: lastYear, where: filters)
        return try Measures.change(from: base, to: current)
    }

    public func yearToDateChange(_ value: String, period: String, through: Month,
                                 where filters: [RowFilter] = []) throws(AnalyticsError) -> Measured<Change> {
        let current = try yearToDate(value, period: period, through: through, where: filters)
        let base = try yearToDate(value, period: period, through: through.sameMonthLastYear, where: filters)
        return try Measures.change(from: base, to: current)
    }

    /// Running YTD total per period of `through`'s year, month by month:
    /// `[(2024-01, 120), (2024-02, 250), …]`. A month with no rows keeps the
    /// running total of the month before (it adds nothing, it is not zero).
    public func cumulativeByMonth(_ value: String, period: String, year: Int, through: Month? = nil,
                                  where filters: [RowFilter] = []) throws(AnalyticsError) -> [Measured<Amount>] {
        let last = through?.month ?? 12
        var out: [Measured<Amount>] = []
        for month in 1...last {
            out.append(try yearToDate(value, period: period, through: Month(year: year, month: month)!, where: filters))
        }
        return out
    }
}
