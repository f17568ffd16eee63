/// Numbers as SVG (and PDF link) text: at most three decimals, no trailing
/// zeros, no `-0`, never an exponent — so the same Scene gives the same
/// bytes and a designer reads `12.5`, not `12.500000000001`.
///
/// ```
/// SVGNumber.format(12.5)        // "12.5"
/// SVGNumber.format(1/3)         // "0.333"
/// SVGNumber.format(-0.0001)     // "0"
/// ```
enum SVGNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let thousandths = (value * 1000).rounded()
        guard abs(thousandths) < 9e15 else { return String(Int64(value.rounded())) }
        var n = Int64(thousandths)
        if n == 0 { return "0" }
        let negative = n < 0
        n = abs(n)
        var s = String(n / 1000)
        var frac = n % 1000
        if frac != 0 {
            var digits = 3
            while frac % 10 == 0 { frac /= 10; digits -= 1 }
            s += "." + String(frac).leftPadded(to: digits)
        }
        return negative ? "-" + s : s
    }
}
