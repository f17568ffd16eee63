import BriefingCore
import BriefingLayout

/// How a long (tidy) table becomes a chart: one row an observation, with
/// the series in a column (`지역별(1)`) instead of one column a series, and
/// time finer than the chart wants (months summed into years).
///
/// ```
/// chart stats.csv --x 시점 --y 여객 --series 지역별 --by year --top 5
/// ```
public struct ChartShape: Sendable, Hashable {
    /// The column whose values are the series (`--series`, `series:`).
    public var series: String?
    /// Series named first, in this order (`--series-order`); the rest follow as first seen.
    public var seriesOrder: [String]
    /// Keep the N largest series (by their total); the rest are folded into
    /// one `기타` series where the kind adds up, or left out (and said) where not.
    public var top: Int?
    /// Sum the rows of each year, quarter or month of the x column.
    public var by: TimeGrain?

    public init(series: String? = nil, seriesOrder: [String] = [], top: Int? = nil, by: TimeGrain? = nil) {
        self.series = series
        self.seriesOrder = seriesOrder
        self.top = top
        self.by = by
    }

    /// A plain wide table: one row a category, one column a series.
    public var isWide: Bool { series == nil && top == nil && by == nil }
}

extension ChartKind {
    /// Whether the kind's series add up (stacked bars, bars side by side), so
    /// the series beyond `top` can be summed into one `기타` series; a line of
    /// "the rest" would be a line nobody asked for.
    public var addsUpSeries: Bool { self == .stackedBar || self == .groupedBar }
}

/// Which parts of a period the rows hold, so a year of eight months is never
/// set beside full years unmarked: `2023*` with the note `* 2023년: 1–8월`.
struct PeriodCoverage {
    /// Months (or quarters, for quarterly rows summed by year) present in each period.
    private var parts: [Period: Set<Int>] = [:]
    private var unit: [Period: Part] = [:]

    enum Part { case month, quarter }

    mutating func add(_ cell: CellValue, to period: Period) {
        switch cell {
        case .period(.month(let m)): record(period, .month, m.month)
        case .date(let d), .period(.day(let d)): record(period, .month, d.month)
        case .period(.quarter(_, let q)): record(period, .quarter, q)
        default: break
        }
    }

    private mutating func record(_ p: Period, _ part: Part, _ index: Int) {
        unit[p] = part
        parts[p, default: []].insert(index)
    }

    /// The parts a period holds when it holds fewer than all, as `[1, 2, 3]`; nil when complete or unknown.
    func missingSome(_ p: Period) -> (part: Part, present: [Int])? {
        guard let part = unit[p], let present = parts[p] else { return nil }
        let whole: Set<Int>
        switch (p, part) {
        case (.year, .month): whole = Set(1...12)
        case (.year, .quarter): whole = Set(1...4)
        case (.quarter(_, let q), .month): whole = Set(((q - 1) * 3 + 1)...(q * 3))
        default: return nil
        }
        return present.isSuperset(of: whole) ? nil : (part, present.sorted())
    }

    /// `1–8월`, `1–3, 5월`, `1–3분기` / `Jan–Aug`, `Q1–Q3`.
    static func text(_ part: Part, _ present: [Int], locale: ReportLocale) -> String {
        var runs: [(Int, Int)] = []
        for i in present {
            if let last = runs.last, last.1 + 1 == i { runs[runs.count - 1].1 = i } else { runs.append((i, i)) }
        }
        func name(_ i: Int) -> String {
            switch (part, locale) {
            case (.month, .ko): return "\(i)"
            case (.month, .en): return FigureFormatter.shortMonth(i)
            case (.quarter, .ko): return "\(i)"
            case (.quarter, .en): return "Q\(i)"
            }
        }
        let list = runs.map { $0.0 == $0.1 ? name($0.0) : "\(name($0.0))–\(name($0.1))" }.joined(separator: ", ")
        guard locale == .ko else { return list + " only" }
        return list + (part == .month ? "월" : "분기")
    }
}
