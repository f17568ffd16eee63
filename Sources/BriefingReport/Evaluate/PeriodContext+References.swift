import BriefingCore

extension PeriodContext {
    /// The days a template's period reference covers:
    /// `@period` the report month, `@previous_month`, `@same_month_last_year`,
    /// `@ytd` January to the report month, `@last_ytd` the same span a year
    /// earlier, `@year` and `@last_year` the whole calendar years,
    /// `@last_13_months` the same month last year through the report month
    /// (a trend that ends on both months the report compares).
    public func days(for reference: PeriodReference) -> DayRange {
        switch reference {
        case .period: return Period.month(current).days
        case .previous_month: return Period.month(previous).days
        case .same_month_last_year: return Period.month(sameMonthLastYear).days
        case .ytd: return yearToDate.days
        case .last_ytd: return lastYearToDate.days
        case .year: return Period.year(current.year).days
        case .last_year: return Period.year(current.year - 1).days
        case .last_13_months: return DayRange(sameMonthLastYear.firstDay, current.lastDay)!
        }
    }
}
