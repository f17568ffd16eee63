/// An exact quotient of two decimals, kept as a fraction until it is shown.
///
/// Achievement 1,000 ÷ 150 is `Ratio(1000, 150)`; it becomes `6.667` (or
/// `666.7%`) only when formatted, rounded once, half away from zero.
/// A ratio over zero does not exist: `Ratio(5, 0)` is `nil`.
public struct Ratio: Sendable, Hashable, Comparable {
    public let numerator: ExactDecimal
    public let denominator: ExactDecimal

    public init?(_ numerator: ExactDecimal, _ denominator: ExactDecimal) {
        guard !denominator.isZero else { return nil }
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The quotient rounded to `scale` fraction digits, computed with integers only.
    public func rounded(toScale scale: Int, rule: RoundingRule = .halfAwayFromZero) -> ExactDecimal {
        // value = (n·10^ne) / (d·10^de); result significand = round(value · 10^scale)
        var n = numerator.significand
        var d = denominator.significand
        let shift = numerator.exponent - denominator.exponent + scale
        if shift >= 0 { n *= Int128.powerOfTen(shift) } else { d *= Int128.powerOfTen(-shift) }
        if d < 0 { n = -n; d = -d }
        var q = n / d
        let r = n % d
        if rule == .halfAwayFromZero, r != 0 {
            let twice = (r < 0 ? -r : r) * 2
            if twice >= d { q += n < 0 ? -1 : 1 }
        }
        return ExactDecimal(significand: q, exponent: -scale)
    }

    /// The ratio as a percentage (×100), still exact.
    public var percent: Ratio { Ratio(numerator * .hundred, denominator)! }

    public var signum: Int { numerator.signum * denominator.signum }

    /// For geometry only.
    public var doubleValue: Double { numerator.doubleValue / denominator.doubleValue }

    public static func == (a: Ratio, b: Ratio) -> Bool {
        guard let (lhs, rhs) = crossProducts(a, b) else { return a.doubleValue == b.doubleValue }
        return lhs == rhs
    }

    /// `a.n·b.d` and `b.n·a.d`, or `nil` when either does not fit 128 bits
    /// (two amounts of 10²⁰ each); callers then compare the quotients as
    /// doubles, which order such ratios correctly to 15 digits, instead of trapping.
    static func crossProducts(_ a: Ratio, _ b: Ratio) -> (ExactDecimal, ExactDecimal)? {
        func product(_ x: ExactDecimal, _ y: ExactDecimal) -> ExactDecimal? {
            let (p, overflow) = x.significand.multipliedReportingOverflow(by: y.significand)
            return overflow ? nil : ExactDecimal(significand: p, exponent: x.exponent + y.exponent)
        }
        guard let lhs = product(a.numerator, b.denominator), let rhs = product(b.numerator, a.denominator) else { return nil }
        // Comparing aligns the exponents: the one with the larger exponent is scaled up, which must fit too.
        let (high, gap) = lhs.exponent >= rhs.exponent ? (lhs, lhs.exponent - rhs.exponent) : (rhs, rhs.exponent - lhs.exponent)
        guard gap <= 37, high.significand.magnitude <= Int128.max.magnitude / Int128.powerOfTen(gap).magnitude else { return nil }
        return (lhs, rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rounded(toScale: 12))
    }

    public static func < (a: Ratio, b: Ratio) -> Bool {
        // Compare n1/d1 < n2/d2 with signs of denominators accounted for.
        guard let (lhs, rhs) = crossProducts(a, b) else { return a.doubleValue < b.doubleValue }
        return (a.denominator.signum * b.denominator.signum > 0) ? lhs < rhs : lhs > rhs
    }
}
