/// Rounds the parts of a whole for display, and says when the shown parts no
/// longer add to the shown total.
///
/// Shares 1/3, 1/3, 1/3 rounded on their own show 33.3 + 33.3 + 33.3 = 99.9
/// against a total of 100.0: the table gets the footnote
/// `※ 반올림으로 합계가 일치하지 않을 수 있음`. With `.largestRemainder`
/// (Hamilton's method) the parts are floored and the leftover units go to the
/// largest remainders: 33.4 + 33.3 + 33.3 = 100.0, no footnote needed.
public enum ShareRounding {
    public enum Method: Sendable, Hashable {
        /// Each figure rounded half away from zero on its own (the default,
        /// what a reader can check against the source).
        case independent
        /// Largest-remainder: parts add up to the rounded total exactly.
        case largestRemainder
    }

    /// The displayed parts and total.
    public struct Result: Sendable, Hashable {
        public var parts: [ExactDecimal]
        public var total: ExactDecimal
        /// Whether the displayed parts add to the displayed total.
        public var addsUp: Bool { parts.reduce(ExactDecimal.zero, +) == total }
        /// The footnote to print under the figures, or `nil` when they add up.
        public func footnote(_ locale: ReportLocale) -> String? { addsUp ? nil : locale.roundingFootnote }
    }

    /// Shares as percentages (×100) with `scale` fraction digits. The total is
    /// the rounded percentage of the sum of the ratios (100.0 for a full set).
    public static func percents(_ shares: [Ratio], scale: Int = 1, method: Method = .independent) -> Result {
        round(shares.map(\.percent), scale: scale, method: method)
    }

    /// Any exact parts (amounts in one unit, percentages) rounded to `scale`;
    /// the total is the rounded exact sum.
    public static func round(_ parts: [Ratio], scale: Int, method: Method = .independent) -> Result {
        let exactTotal = parts.reduce(Ratio(.zero)) { $0.adding($1) }
        let total = exactTotal.rounded(toScale: scale)
        switch method {
        case .independent:
            return Result(parts: parts.map { $0.rounded(toScale: scale) }, total: total)
        case .largestRemainder:
            let unit = ExactDecimal(significand: 1, exponent: -scale)
            let floors = parts.map { floor($0, scale: scale) }
            let remainders = zip(parts, floors).map { $0.subtracting(Ratio($1)) }
            var shown = floors
            var missingUnits = Int((total - floors.reduce(.zero, +)).rounded(toScale: scale).significand)
            let order = remainders.indices.sorted { i, j in
                remainders[i] != remainders[j] ? remainders[i] > remainders[j] : i < j
            }
            var k = 0
            while missingUnits > 0, !order.isEmpty {
                shown[order[k % order.count]] = shown[order[k % order.count]] + unit
                missingUnits -= 1
                k += 1
            }
            return Result(parts: shown, total: total)
        }
    }

    public static func round(_ parts: [ExactDecimal], scale: Int, method: Method = .independent) -> Result {
        round(parts.map { Ratio($0) }, scale: scale, method: method)
    }

    /// ⌊r⌋ to `scale` fraction digits (toward −∞).
    static func floor(_ r: Ratio, scale: Int) -> ExactDecimal {
        let t = r.rounded(toScale: scale, rule: .towardZero)
        return (r.signum < 0 && Ratio(t) != r) ? t - ExactDecimal(significand: 1, exponent: -scale) : t
    }
}
