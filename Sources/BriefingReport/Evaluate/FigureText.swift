import BriefingCore

/// Turns a figure into the words a briefing prints, by the placeholder's
/// format: `{achievement | percent:1}` → `666.7%`.
///
/// | format | applies to | ko | en |
/// |---|---|---|---|
/// | (none) | amount | `1,000만 달러` | `$10.0M` |
/// | (none) | ratio | `666.7%` | `666.7%` |
/// | (none) | change | `+7.1%` | `+7.1%` |
/// | (none) | points | `+3.2%p` | `+3.2 pp` |
/// | (none) | date | `2024. 3. 24.(일)` | `Mar 24, 2024` |
/// | `amount[:d]` | amount, change (its current value) | `1,000만 달러` | `$10.0M` |
/// | `short[:d]` | amount | `1,000만` | `10.0M` |
/// | `percent[:d]` | ratio, change (its ratio), percent amount | `666.7%` | |
/// | `change[:d]` | change, ratio | `+7.1%` | |
/// | `triangle[:d]` | change, ratio | `△5.2%` | `−5.2%` |
/// | `diff[:d]` | change, amount | `+66만 달러` | `+$0.66M` |
/// | `base[:d]` | change | the earlier value | |
/// | `points[:d]` | points | `+3.2%p` | `+3.2 pp` |
/// | `count[:myriad]` | count, amount of a counter | `1만 4,500명` | `14,500` |
/// | `number[:d]` | amount, count | `14,500` | |
///
/// `d` is the number of fraction digits; without it the house rule applies.
public struct FigureText: Sendable {
    public let formatter: FigureFormatter

    public init(formatter: FigureFormatter) { self.formatter = formatter }

    public var locale: ReportLocale { formatter.locale }

    /// Why `format` cannot show a figure of `kind`, or `nil`: `check` reports
    /// it at the placeholder, so rendering never meets a format that does not fit.
    public static func problem(format: FigureFormat?, kind: FigureKind) -> String? {
        guard let format, !format.fits(kind) else { return nil }
        return "format '\(format.name)' does not fit a \(kind)"
    }

    /// The text for `figure` under `format`. A figure that cannot be computed
    /// shows `-` (ko) or `n/a` (en), never 0. A format that does not fit the
    /// figure (which `check` rules out) shows the figure by its kind.
    public func text(_ figure: Figure, format: FigureFormat?) -> String {
        guard let value = figure.value else { return formatter.notComputable }
        guard let format, format.fits(value.kind) else { return byKind(value) }
        switch (format, value) {
        case (.amount(let p), .amount(let a)): return formatter.amount(a, precision: p)
        case (.amount(let p), .mean(let m)): return formatter.amount(mean(m), precision: p)
        case (.amount(let p), .change(let c)): return formatter.amount(c.current, precision: p)
        case (.base(let p), .change(let c)): return formatter.amount(c.base, precision: p)
        case (.short(let p), .amount(let a)): return formatter.shortAmount(a, precision: p)
        case (.short(let p), .mean(let m)): return formatter.shortAmount(mean(m), precision: p)
        case (.short(let p), .change(let c)): return formatter.shortAmount(c.current, precision: p)
        case (.percent(let p), .ratio(let r)): return formatter.percent(r, precision: p)
        case (.percent(let p), .change(let c)): return formatter.percent(c.ratio, precision: p)
        case (.percent(let p), .amount(let a)): return formatter.percent(value: a.value, precision: p)
        case (.change(let p), .change(let c)): return formatter.change(c.ratio, precision: p)
        case (.change(let p), .ratio(let r)): return formatter.change(r, precision: p)
        case (.triangle(let p), .change(let c)): return formatter.change(c.ratio, precision: p, style: .triangle)
        case (.triangle(let p), .ratio(let r)): return formatter.change(r, precision: p, style: .triangle)
        case (.diff(let p), .change(let c)): return formatter.signedAmount(c.difference, precision: p)
        case (.diff(let p), .amount(let a)): return formatter.signedAmount(a, precision: p)
        case (.points(let p), .points(let d)): return formatter.points(d, precision: p)
        case (.points(let p), .amount(let a)): return formatter.points(a.value, precision: p)
        case (.count(let myriad), .count(let n)): return formatter.count(n, noun: "", myriad: myriad)
        case (.count(let myriad), .amount(let a)):
            let noun: String
            if case .count(let n) = a.unit.quantity { noun = n } else { noun = "" }
            return formatter.count(a.baseValue, noun: noun, myriad: myriad)
        case (.number, .count(let n)): return formatter.count(n, noun: "", myriad: false)
        case (.number(let p), .amount(let a)):
            guard case .digits(let d) = p else { return formatter.count(a.value, noun: "", myriad: false) }
            return formatter.count(a.value.rounded(toScale: d), noun: "", myriad: false)
        case (.number(let p), .mean(let m)):
            guard case .digits(let d) = p else { return formatter.count(mean(m).value, noun: "", myriad: false) }
            return formatter.count(m.exact.rounded(toScale: d), noun: "", myriad: false)
        default:
            // `fits` said yes to a pair written nowhere above: a bug in this table,
            // shown by kind rather than as a dash (FigureTextTests walks every pair).
            return byKind(value)
        }
    }

    /// The figure as its kind writes it: amount `1,000만 달러`, ratio `666.7%`,
    /// change `+7.1%`, points `+3.2%p`, count `14,500`, a cell as the data writes it.
    func byKind(_ value: FigureValue) -> String {
        switch value {
        case .amount(let a): return formatter.amount(a)
        case .mean(let m): return formatter.amount(mean(m))
        case .ratio(let r): return formatter.percent(r)
        case .change(let c): return formatter.change(c.ratio)
        case .points(let d): return formatter.points(d)
        case .count(let n): return formatter.count(n, noun: "", myriad: false)
        case .cell(let cell): return text(cell)
        }
    }

    func mean(_ m: Mean) -> Amount { Amount(m.exact.rounded(toScale: 12).normalized, m.total.unit) }

    func text(_ cell: CellValue) -> String {
        switch cell {
        case .date(let d): return formatter.date(d)
        case .range(let r): return formatter.range(r)
        case .period(let p): return formatter.period(p)
        case .text(let t): return t
        case .missing: return formatter.notComputable
        case .number(let d): return formatter.count(d, noun: "", myriad: false)
        case .percent(let d): return formatter.percent(value: d)
        }
    }
}

extension FigureValue {
    /// What kind of figure this is, as `check` knows it before computing.
    public var kind: FigureKind {
        switch self {
        case .amount(let a): return .amount(a.unit.quantity)
        case .mean(let m): return .amount(m.total.unit.quantity)
        case .ratio: return .ratio
        case .change(let c): return .change(c.current.unit.quantity)
        case .points: return .points
        case .count: return .count
        case .cell(let c): return .cell(Self.type(of: c))
        }
    }

    /// The column type a single cell would give (no format fits a cell; `check` says so).
    static func type(of c: CellValue) -> ColumnType {
        switch c {
        case .missing: return .empty
        case .number: return .decimal
        case .percent: return .percent
        case .date: return .date
        case .period(.year): return .year
        case .period(.half): return .half
        case .period(.quarter): return .quarter
        case .period(.month), .period(.day): return .month
        case .range: return .range
        case .text: return .text
        }
    }
}
