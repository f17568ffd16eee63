/// Chart tick labels: short, no unit word (the chart's unit line says it),
/// digits from the tick step so every tick of an axis reads alike.
extension FigureFormatter {
    /// A tick label for `value` on an axis stepping by `step`, both counted
    /// in `unit` (a `(만달러)` axis: value 500 → `500만`; en `$5M`).
    ///
    /// ko money: the myriad the value reaches, decimals as the step needs,
    /// trailing zeros dropped (`5,000만`, `1억`, `1.5억`). en money: `$500K`,
    /// `$5M`, `$2.5M`. Percent: `10%`. Anything else: the number with separators.
    /// Zero is `0`.
    public func axisTick(value: ExactDecimal, unit: MeasureUnit?, step: ExactDecimal) -> String {
        if value.isZero { return "0" }
        let power = unit?.powerOfTen ?? 0
        let base = value.shifted(by: power)
        let stepBase = step.magnitude.shifted(by: power)
        let sign = value.isNegative ? DecimalText.minus : ""

        func decimals(_ step: ExactDecimal, in scalePower: Int) -> Int {
            let s = step.shifted(by: -scalePower).normalized
            return s.isZero ? 0 : Swift.max(0, -s.exponent)
        }

        switch unit?.quantity {
        case .money(let currency)?:
            if locale == .ko {
                let p = KoreanMyriad.power(of: base)
                let d = decimals(stepBase, in: p)
                return sign + DecimalText.groupedTrimmed(base.magnitude.shifted(by: -p), maxScale: d) + KoreanMyriad.name(p)
            }
            let suffixes: [(Int, String)] = [(12, "T"), (9, "B"), (6, "M"), (3, "K")]
            let (p, name) = suffixes.first { base.magnitude >= ExactDecimal(significand: 1, exponent: $0.0) } ?? (0, "")
            let d = decimals(stepBase, in: p)
            return sign + (currency == .usd ? "$" : "₩") + DecimalText.groupedTrimmed(base.magnitude.shifted(by: -p), maxScale: d) + name
        case .percent?:
            return sign + DecimalText.groupedTrimmed(base.magnitude, maxScale: decimals(stepBase, in: 0)) + "%"
        case .percentPoint?:
            return sign + DecimalText.groupedTrimmed(base.magnitude, maxScale: decimals(stepBase, in: 0)) + (locale == .ko ? "%p" : " pp")
        default:
            return sign + DecimalText.groupedTrimmed(base.magnitude, maxScale: decimals(stepBase, in: 0))
        }
    }
}
