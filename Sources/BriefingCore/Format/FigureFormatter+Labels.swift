/// Labels of numbers shown under a unit line (chart values and ticks, table
/// cells): the number in the display's scale, with no second scale word.
extension FigureFormatter {
    /// A value label, `value` already in `display.shown` (see `UnitDisplay.shownValue`):
    /// `1,000` under `(단위: 만 달러)`; `12.5` under `(단위: 억 달러)`; `7.1%`;
    /// with `display.words`, `1,000만` / `10.0M` under a base-unit line.
    /// Up to `digits` fraction digits, trailing zeros dropped (Datawrapper's `0,0.[00]`).
    public func label(_ value: ExactDecimal, display: UnitDisplay, digits: Int = 2) -> String {
        if let q = display.source?.quantity, q == .percent { return percent(value: value) }
        if display.words, let unit = display.source { return shortAmount(Amount(value, unit)) }
        let text = DecimalText.groupedTrimmed(value, maxScale: digits)
        return DecimalText.isNegative(afterRoundingTo: digits, value) ? negativeSign + text : text
    }

    /// A tick label, `value` and `step` in `display.shown`: decimals from the
    /// step so every tick of an axis reads alike (`0`, `2.5`, `5`).
    public func tick(_ value: ExactDecimal, display: UnitDisplay, step: ExactDecimal) -> String {
        if let q = display.source?.quantity, q == .percent {
            let digits = Swift.max(0, -step.normalized.exponent)
            return percent(value: value, precision: .digits(digits))
        }
        if display.words { return axisTick(value: value, unit: display.source, step: step) }
        return axisTick(value: value, unit: nil, step: step)
    }

    /// The fraction digits value labels need: two, or as many (up to four) as
    /// the smallest non-zero value needs for three significant digits
    /// (`0.0934` → 4), or as keep distinct values apart (`932.6`, `933.4`
    /// would both print `933` with none; with two they do not meet).
    public static func labelDigits(for values: [ExactDecimal]) -> Int {
        let nonZero = values.map(\.magnitude).filter { !$0.isZero }
        var digits = 2
        if let smallest = nonZero.min(), smallest < .one {
            // 0.0934: the first significant digit is the 2nd after the point.
            var d = 0
            var v = smallest
            while v < .one, d < 6 { v = v.shifted(by: 1); d += 1 }
            digits = Swift.min(4, Swift.max(digits, d + 2))
        }
        while digits < 4, collides(values, digits: digits) { digits += 1 }
        return digits
    }

    static func collides(_ values: [ExactDecimal], digits: Int) -> Bool {
        var seen: [ExactDecimal: ExactDecimal] = [:]
        for v in values {
            let r = v.rounded(toScale: digits)
            if let other = seen[r], other != v { return true }
            seen[r] = v
        }
        return false
    }
}
