/// Locale-free building blocks: digits with thousands separators, signs.
enum DecimalText {
    /// U+2212 MINUS SIGN: the typographic minus, same width as `+`.
    static let minus = "\u{2212}"

    /// `|v|` rounded to `scale` fraction digits (half away from zero), with
    /// `,` between thousands: `1234567.891`, 2 → `1,234,567.89`.
    static func grouped(_ v: ExactDecimal, scale: Int) -> String {
        let r = v.rounded(toScale: Swift.max(0, scale))
        let s = Swift.max(0, scale)
        var digits = String(r.significand < 0 ? -r.significand : r.significand)
        if digits.count <= s { digits = String(repeating: "0", count: s - digits.count + 1) + digits }
        let intPart = digits.prefix(digits.count - s)
        let fracPart = digits.suffix(s)
        var out = ""
        for (i, ch) in intPart.enumerated() {
            if i > 0, (intPart.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return s > 0 ? out + "." + fracPart : out
    }

    /// Like `grouped`, then drops trailing fraction zeros: `32.50` → `32.5`, `10.0` → `10`.
    static func groupedTrimmed(_ v: ExactDecimal, maxScale: Int) -> String {
        var s = grouped(v, scale: maxScale)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    /// Digits left of the point in `|v|` (at least 1): 934 → 3, 0.5 → 1.
    static func integerDigits(_ v: ExactDecimal) -> Int {
        var n = v.magnitude.rounded(toScale: 0, rule: .towardZero).significand
        var count = 1
        while n >= 10 { n /= 10; count += 1 }
        return count
    }

    /// The sign a value shows once rounded: none for zero (no `-0.0`).
    static func isNegative(afterRoundingTo scale: Int, _ v: ExactDecimal) -> Bool {
        v.rounded(toScale: scale).significand < 0
    }
}
