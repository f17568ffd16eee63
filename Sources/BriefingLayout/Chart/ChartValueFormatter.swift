import BriefingCore

/// Writes the numbers a chart shows. Layout decides where; the formatter
/// decides how (`1,000`, `1,000만 달러`, `$10.0M`). The Korean formatter of
/// BriefingCore's Format stage plugs in here.
public protocol ChartValueFormatter: Sendable {
    /// A data value on a bar, a slice or a line end.
    func valueLabel(_ v: ExactDecimal) -> String
    /// An axis tick; `step` is the distance between ticks, so `0.5` steps show one decimal.
    func tickLabel(_ v: ExactDecimal, step: ExactDecimal) -> String
}

/// The plain default: thousands grouped with commas, decimals as written.
///
/// ```swift
/// GroupedNumberFormatter().valueLabel(1000)                 // "1,000"
/// GroupedNumberFormatter().valueLabel(ExactDecimal("12.5")!) // "12.5"
/// GroupedNumberFormatter().tickLabel(2.5, step: 0.5)          // "2.5"
/// GroupedNumberFormatter().tickLabel(200, step: 200)          // "200"
/// ```
public struct GroupedNumberFormatter: ChartValueFormatter, Hashable {
    public var groupSeparator: String
    public var decimalSeparator: String

    public init(groupSeparator: String = ",", decimalSeparator: String = ".") {
        self.groupSeparator = groupSeparator; self.decimalSeparator = decimalSeparator
    }

    public func valueLabel(_ v: ExactDecimal) -> String { format(v) }

    public func tickLabel(_ v: ExactDecimal, step: ExactDecimal) -> String {
        let digits = max(0, -step.normalized.exponent)
        return format(v.rounded(toScale: digits))
    }

    func format(_ v: ExactDecimal) -> String {
        var text = v.description
        var negative = false
        if text.hasPrefix("-") { negative = true; text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = Array(parts[0])
        var grouped = ""
        for (i, ch) in integer.enumerated() {
            if i > 0 && (integer.count - i) % 3 == 0 { grouped += groupSeparator }
            grouped.append(ch)
        }
        if parts.count > 1 { grouped += decimalSeparator + parts[1] }
        // A value that rounds to zero loses its minus (d3-format does the same).
        if negative && grouped.contains(where: { $0 != "0" && $0.isNumber }) { grouped = "-" + grouped }
        return grouped
    }
}
