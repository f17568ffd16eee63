/// Writes exact figures as text for one locale, rounding once, half away from
/// zero (반올림), at the last step.
///
/// | figure | ko | en |
/// |---|---|---|
/// | US$10,000,000 | `1,000만 달러` | `$10.0M` |
/// | US$9,340,000 | `934만 달러` | `$9.34M` |
/// | ₩3,250,000,000 | `32.5억 원` (`32억 5,000만 원` split) | `₩3.25B` |
/// | ₩1,234,000,000,000 | `1.2조 원` | `₩1.23T` |
/// | ratio 6.6667 | `666.7%` | `666.7%` |
/// | change −0.0523 | `−5.2%` / `△5.2%` | `−5.2%` |
/// | +3.2 points | `+3.2%p` | `+3.2 pp` |
/// | 14,500 people | `1만 4,500명` / `14,500명` | `14,500` |
///
/// Automatic precision (`Precision.auto`):
/// - Korean money in 만 shows the whole count of 만 with separators (`934만`,
///   not `930만`; `1,000만`, never `1,000.0만`), one decimal under 10만
///   (`3.5만 원`); in 억 and 조 one decimal,
///   trailing zero dropped (`32.5억`, `10억`); below 만 up to two decimals
///   (`0.5달러`).
/// - English money from a million up: three significant digits with M, B, T
///   (`$10.0M`, `$9.34M`); below, the whole figure (`$950,000`, `$0.50`).
/// - Percentages, changes and points: `FormatOptions.percentDigits` (1).
/// A negative that rounds to zero is shown without its sign (`0.0%`, not `-0.0%`).
public struct FigureFormatter: Sendable {
    public var locale: ReportLocale
    public var options: FormatOptions

    public init(locale: ReportLocale, options: FormatOptions = FormatOptions()) {
        self.locale = locale
        self.options = options
    }

    /// `-` (ko) or `n/a` (en): what a figure that cannot be computed shows.
    public var notComputable: String { locale.notComputable }

    // MARK: Amounts

    /// An amount with its unit: `1,000만 달러`, `$10.0M`, `14,500명`, `7.1%`.
    /// A negative shows `−` (U+2212), or `△` in Korean with the table style
    /// (`FormatOptions.changeStyle = .triangle`), as Korean tables write any
    /// negative figure.
    public func amount(_ a: Amount, precision: Precision = .auto) -> String {
        let r = render(a, precision: precision, withUnit: true)
        return r.negative ? negativeSign + r.body : r.body
    }

    /// `amount`, or `notComputable` for `nil`.
    public func amount(_ a: Amount?, precision: Precision = .auto) -> String {
        a.map { amount($0, precision: precision) } ?? notComputable
    }

    /// A signed amount for changes: `+66만 달러`, `−66만 달러` or `△66만 달러`
    /// (ko table style); zero has no sign.
    public func signedAmount(_ a: Amount?, precision: Precision = .auto, style: ChangeStyle? = nil) -> String {
        guard let a else { return notComputable }
        let r = render(a, precision: precision, withUnit: true)
        return sign(negative: r.negative, zero: r.isZero, style: style) + r.body
    }

    /// A value label for a bar, without the unit the chart's unit line already
    /// gives: `1,000만`, `32.5억`, `10.0M`, `14,500`.
    public func shortAmount(_ a: Amount, precision: Precision = .auto) -> String {
        let r = render(a, precision: precision, withUnit: false)
        return r.negative ? negativeSign + r.body : r.body
    }

    /// The precision that keeps every distinct figure of `amounts` distinct
    /// when shown together (932.6만 and 933.4만 both round to `933만`): `.auto`
    /// if that suffices, else the fewest extra digits (up to 4) that do.
    public func precision(distinguishing amounts: [Amount]) -> Precision {
        func collides(_ p: Precision) -> Bool {
            var seen: [String: ExactDecimal] = [:]
            for a in amounts {
                let t = amount(a, precision: p)
                if let v = seen[t], v != a.baseValue { return true }
                seen[t] = a.baseValue
            }
            return false
        }
        if !collides(.auto) { return .auto }
        for k in 0...4 where !collides(.digits(k)) { return .digits(k) }
        return .digits(4)
    }

    // MARK: Ratios, changes, points

    /// A ratio as a percentage: `Ratio(1000, 150)` → `666.7%`.
    public func percent(_ r: Ratio?, precision: Precision = .auto) -> String {
        guard let r else { return notComputable }
        let scale = digits(precision)
        let v = r.percent.rounded(toScale: scale)
        return (v.isNegative ? DecimalText.minus : "") + DecimalText.grouped(v, scale: scale) + "%"
    }

    /// A percentage already ×100 (a `%` column's `7.1`): `7.1%`.
    public func percent(value: ExactDecimal?, precision: Precision = .auto) -> String {
        percent(value.map { Ratio($0, .hundred)! }, precision: precision)
    }

    /// A relative change: `+7.1%`, `−5.2%`, `△5.2%` (ko, triangle style);
    /// `-`/`n/a` when not computable. Zero (after rounding) has no sign.
    public func change(_ r: Ratio?, precision: Precision = .auto, style: ChangeStyle? = nil) -> String {
        guard let r else { return notComputable }
        let scale = digits(precision)
        let v = r.percent.rounded(toScale: scale)
        return sign(negative: v.isNegative, zero: v.isZero, style: style) + DecimalText.grouped(v, scale: scale) + "%"
    }

    /// A percentage-point change given in points: `+3.2%p` / `+3.2 pp`.
    public func points(_ p: ExactDecimal?, precision: Precision = .auto, style: ChangeStyle? = nil) -> String {
        points(p.map { Ratio($0) }, precision: precision, style: style)
    }

    /// A percentage-point change given as an exact ratio of points (the result
    /// of `Measures.pointChange`).
    public func points(_ p: Ratio?, precision: Precision = .auto, style: ChangeStyle? = nil) -> String {
        guard let p else { return notComputable }
        let scale = digits(precision)
        let v = p.rounded(toScale: scale)
        let suffix = locale == .ko ? "%p" : " pp"
        return sign(negative: v.isNegative, zero: v.isZero, style: style) + DecimalText.grouped(v, scale: scale) + suffix
    }

    // MARK: Counts

    /// A count with its counter noun: `14,500명`, `1만 4,500명` (myriad), `14,500` (en).
    public func count(_ value: ExactDecimal, noun: String, myriad: Bool? = nil) -> String {
        let negative = DecimalText.isNegative(afterRoundingTo: 2, value)
        let body: String
        if locale == .ko, myriad ?? options.countMyriad, value.magnitude >= ExactDecimal(10_000),
           value.magnitude.normalized.exponent >= 0 {
            body = KoreanMyriad.spelled(value.magnitude) + noun
        } else {
            let digits = DecimalText.groupedTrimmed(value, maxScale: 2)
            body = locale == .ko ? digits + noun : digits
        }
        return (negative ? DecimalText.minus : "") + body
    }

    public func count(_ value: Int, noun: String, myriad: Bool? = nil) -> String {
        count(ExactDecimal(value), noun: noun, myriad: myriad)
    }

    // MARK: Shared pieces

    func digits(_ p: Precision) -> Int {
        switch p {
        case .auto: return options.percentDigits
        case .digits(let n): return Swift.max(0, n)
        }
    }

    /// The sign of a negative figure that is not a change.
    var negativeSign: String {
        (locale == .ko && options.changeStyle == .triangle) ? "△" : DecimalText.minus
    }

    /// The sign of a change: `+`, `−` or `△` (ko triangle style); none for zero.
    func sign(negative: Bool, zero: Bool, style: ChangeStyle?) -> String {
        if zero { return "" }
        if !negative { return "+" }
        let s = style ?? options.changeStyle
        return (locale == .ko && s == .triangle) ? "△" : DecimalText.minus
    }
}
