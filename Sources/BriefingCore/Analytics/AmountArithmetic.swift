/// Exact arithmetic on amounts of possibly different scales.
///
/// `325 만달러 + 5,000 달러` is `3,255,000 달러`: the result is counted in the
/// finer of the two scales, so nothing is rounded. Amounts of different
/// quantities (dollars and won, money and people) have no sum: `nil`.
extension Amount {
    /// The unit a column without a header unit gets: plain numbers.
    public static let plainUnit = MeasureUnit(.other(""), written: "")

    /// `self + other` in the finer scale, or `nil` if the quantities differ.
    public func adding(_ other: Amount) -> Amount? {
        guard isCompatible(with: other) else { return nil }
        let finer = unit.powerOfTen <= other.unit.powerOfTen ? unit : other.unit
        let a = converted(toPowerOfTen: finer.powerOfTen).value
        let b = other.converted(toPowerOfTen: finer.powerOfTen).value
        return Amount(a + b, finer)
    }

    /// `self − other` in the finer scale, or `nil` if the quantities differ.
    public func subtracting(_ other: Amount) -> Amount? {
        adding(Amount(-other.value, other.unit))
    }

    /// `self ÷ other` as an exact ratio, both counted in the finer scale (so
    /// `1,000 만달러 ÷ 150 만달러` reads `1000/150` in an explanation); `nil` if
    /// the quantities differ or `other` is zero.
    public func ratio(to other: Amount) -> Ratio? {
        guard isCompatible(with: other) else { return nil }
        let finer = Swift.min(unit.powerOfTen, other.unit.powerOfTen)
        return Ratio(converted(toPowerOfTen: finer).value, other.converted(toPowerOfTen: finer).value)
    }

    /// Same quantity and same base value (`1,000 만달러 == 10,000,000 달러`).
    public func isSameAmount(as other: Amount) -> Bool {
        isCompatible(with: other) && baseValue == other.baseValue
    }
}

extension Ratio {
    /// `a − b`, exact.
    public func subtracting(_ other: Ratio) -> Ratio {
        adding(Ratio(-other.numerator, other.denominator)!)
    }

    /// `a + b`, exact. Fractions over the same denominator (shares of one
    /// total) add without growing it; others are reduced by their gcd so long
    /// sums stay within 128 bits.
    public func adding(_ other: Ratio) -> Ratio {
        if denominator == other.denominator {
            return Ratio(numerator + other.numerator, denominator)!
        }
        return Ratio(numerator * other.denominator + other.numerator * denominator, denominator * other.denominator)!.reduced
    }

    /// `a × k`, exact.
    public func multiplied(by k: ExactDecimal) -> Ratio { Ratio(numerator * k, denominator)! }

    /// A ratio that is a whole decimal: `Ratio(d, 1)`.
    public init(_ value: ExactDecimal) { self.init(value, .one)! }

    /// The same value as a fraction of coprime integers (`750/3` → `250/1`).
    public var reduced: Ratio {
        let n = numerator.normalized, d = denominator.normalized
        var a = n.significand, b = d.significand
        let shift = n.exponent - d.exponent
        if shift >= 0 { a *= Int128.powerOfTen(shift) } else { b *= Int128.powerOfTen(-shift) }
        if b < 0 { a = -a; b = -b }
        var x = a < 0 ? -a : a, y = b
        while y != 0 { (x, y) = (y, x % y) }
        if x > 1 { a /= x; b /= x }
        return Ratio(ExactDecimal(significand: a), ExactDecimal(significand: b))!
    }
}
