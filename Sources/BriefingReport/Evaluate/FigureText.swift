import BriefingCore

/// Turns a figure into the words a briefing prints, by the placeholder's
/// format: `{achievement | percent:1}` → `666.7%`.
///
/// | format | applies to | ko | en |
/// |---|---|---|---|
/// | (none) | any | by kind: amount `1,000만 달러`, ratio `666.7%`, change `+7.1%`, points `+3.2%p`, date `2024. 3. 24.(일)` | `$10.0M`, `666.7%`, `+7.1%`, `+3.2 pp`, `Mar 24, 2024` |
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
    public static let formats = ["amount", "short", "percent", "change", "triangle", "diff", "base", "points", "count", "number"]

    public let formatter: FigureFormatter

    public init(formatter: FigureFormatter) { self.formatter = formatter }

    public var locale: ReportLocale { formatter.locale }

    /// Whether `format` can show a figure of `kind`; the reason when not.
    public static func problem(format: String?, argument: String?, kind: FigureKind) -> String? {
        guard let format else { return nil }
        guard formats.contains(format) else {
            return "unknown format '\(format)' (known: \(formats.joined(separator: ", ")))"
        }
        if let argument, format != "count", Int(argument) == nil || !(0...6).contains(Int(argument)!) {
            return "'\(format):\(argument)': the argument is a number of digits from 0 to 6"
        }
        if format == "count", let argument, argument != "myriad", argument != "plain" {
            return "'count:\(argument)': the argument is myriad or plain"
        }
        let ok: Bool
        switch (format, kind) {
        case ("amount", .amount), ("amount", .change), ("short", .amount), ("short", .change),
             ("percent", .ratio), ("percent", .change), ("percent", .amount(.percent)),
             ("change", .change), ("change", .ratio), ("triangle", .change), ("triangle", .ratio),
             ("diff", .change), ("diff", .amount), ("base", .change),
             ("points", .points), ("points", .amount(.percent)), ("points", .amount(.percentPoint)),
             ("count", .count), ("count", .amount), ("number", .amount), ("number", .count):
            ok = true
        default:
            ok = false
        }
        return ok ? nil : "format '\(format)' does not fit a \(kind)"
    }

    func precision(_ argument: String?) -> Precision {
        argument.flatMap(Int.init).map { .digits($0) } ?? .auto
    }

    /// The text for `figure` under `format`. A figure that cannot be computed
    /// shows `-` (ko) or `n/a` (en), never 0.
    public func text(_ figure: Figure, format: String?, argument: String?) -> String {
        guard let value = figure.value else { return formatter.notComputable }
        let p = precision(argument)
        switch (format, value) {
        case (nil, .amount(let a)), ("amount", .amount(let a)):
            return formatter.amount(a, precision: p)
        case (nil, .mean(let m)), ("amount", .mean(let m)):
            return formatter.amount(Amount(m.exact.rounded(toScale: 12).normalized, m.total.unit), precision: p)
        case ("amount", .change(let c)):
            return formatter.amount(c.current, precision: p)
        case ("base", .change(let c)):
            return formatter.amount(c.base, precision: p)
        case ("short", .amount(let a)):
            return formatter.shortAmount(a, precision: p)
        case ("short", .change(let c)):
            return formatter.shortAmount(c.current, precision: p)
        case (nil, .ratio(let r)), ("percent", .ratio(let r)):
            return formatter.percent(r, precision: p)
        case ("percent", .change(let c)):
            return formatter.percent(c.ratio, precision: p)
        case ("percent", .amount(let a)):
            return formatter.percent(value: a.value, precision: p)
        case (nil, .change(let c)), ("change", .change(let c)):
            return formatter.change(c.ratio, precision: p)
        case ("change", .ratio(let r)):
            return formatter.change(r, precision: p)
        case ("triangle", .change(let c)):
            return formatter.change(c.ratio, precision: p, style: .triangle)
        case ("triangle", .ratio(let r)):
            return formatter.change(r, precision: p, style: .triangle)
        case ("diff", .change(let c)):
            return formatter.signedAmount(c.difference, precision: p)
        case ("diff", .amount(let a)):
            return formatter.signedAmount(a, precision: p)
        case (nil, .points(let d)), ("points", .points(let d)):
            return formatter.points(d, precision: p)
        case ("points", .amount(let a)):
            return formatter.points(a.value, precision: p)
        case (nil, .count(let n)), ("number", .count(let n)):
            return formatter.count(n, noun: "", myriad: false)
        case ("count", .count(let n)):
            return formatter.count(n, noun: "", myriad: argument == "myriad")
        case ("count", .amount(let a)):
            let noun: String
            if case .count(let n) = a.unit.quantity { noun = n } else { noun = "" }
            return formatter.count(a.baseValue, noun: noun, myriad: argument == "myriad")
        case ("number", .amount(let a)):
            return formatter.count(a.value, noun: "", myriad: false)
        case (_, .cell(let cell)):
            return text(cell)
        default:
            return formatter.notComputable
        }
    }

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
