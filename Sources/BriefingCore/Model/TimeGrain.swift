/// The period a chart sums rows into (`--by year|quarter|month`): monthly
/// rows become years, dates become months.
///
/// ```swift
/// TimeGrain.year.period(of: .period(.month(Month(year: 2019, month: 1)!)))  // .year(2019)
/// TimeGrain.month.period(of: .period(.year(2019)))                          // nil: a year has no month
/// ```
public enum TimeGrain: String, Sendable, Hashable, CaseIterable {
    case year, quarter, month

    /// The period at this grain holding the cell's time; nil when the cell is
    /// no time, or a coarser one (a year cannot be summed by month).
    public func period(of cell: CellValue) -> Period? {
        switch cell {
        case .period(.day(let d)), .date(let d): return period(of: Month(year: d.year, month: d.month)!)
        case .period(.month(let m)): return period(of: m)
        case .period(.quarter(let y, let q)):
            switch self {
            case .year: return .year(y)
            case .quarter: return .quarter(year: y, quarter: q)
            case .month: return nil
            }
        case .period(.half(let y, _)): return self == .year ? .year(y) : nil
        case .period(.year(let y)): return self == .year ? .year(y) : nil
        default: return nil
        }
    }

    private func period(of m: Month) -> Period {
        switch self {
        case .year: return .year(m.year)
        case .quarter: return .quarter(year: m.year, quarter: m.quarter)
        case .month: return .month(m)
        }
    }
}
