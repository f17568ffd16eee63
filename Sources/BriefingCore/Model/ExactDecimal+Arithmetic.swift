extension ExactDecimal: AdditiveArithmetic {
    @inlinable
    static func aligned(_ a: ExactDecimal, _ b: ExactDecimal) -> (Int128, Int128, Int) {
        if a.exponent == b.exponent { return (a.significand, b.significand, a.exponent) }
        let e = Swift.min(a.exponent, b.exponent)
        return (a.withExponent(e).significand, b.withExponent(e).significand, e)
    }

    @inlinable
    public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let (x, y, e) = aligned(a, b)
        return ExactDecimal(significand: x + y, exponent: e)
    }

    @inlinable
    public static func - (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let (x, y, e) = aligned(a, b)
        return ExactDecimal(significand: x - y, exponent: e)
    }

    @inlinable
    public static prefix func - (a: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: -a.significand, exponent: a.exponent)
    }

    @inlinable
    public static func * (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: a.significand * b.significand, exponent: a.exponent + b.exponent)
    }
}

extension ExactDecimal: Equatable, Hashable, Comparable {
    public static func == (a: ExactDecimal, b: ExactDecimal) -> Bool {
        let (x, y, _) = aligned(a, b)
        return x == y
    }

    public func hash(into hasher: inout Hasher) {
        let n = normalized
        hasher.combine(n.significand)
        hasher.combine(n.exponent)
    }

    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        let (x, y, _) = aligned(a, b)
        return x < y
    }
}

/// How a half is rounded. Korean 반올림 and Excel's ROUND round halves away
/// from zero: 0.05 → 0.1 and −0.05 → −0.1.
public enum RoundingRule: Sendable {
    case halfAwayFromZero
    case towardZero
}

extension ExactDecimal {
    /// Rounds to `scale` fraction digits (negative scale rounds to tens, hundreds…).
    ///
    /// `ExactDecimal("666.666")!.rounded(toScale: 1)` → `666.7`;
    /// `ExactDecimal("934")!.rounded(toScale: -2)` → `900`.
    public func rounded(toScale scale: Int, rule: RoundingRule = .halfAwayFromZero) -> ExactDecimal {
        let target = -scale
        if exponent >= target { return withExponent(target) }
        let drop = target - exponent
        if drop > 38 { return ExactDecimal(significand: 0, exponent: target) }
        let divisor = Int128.powerOfTen(drop)
        var q = significand / divisor
        let r = significand % divisor
        if rule == .halfAwayFromZero, r != 0 {
            let twice = (r < 0 ? -r : r) * 2
            if twice >= divisor { q += significand < 0 ? -1 : 1 }
        }
        return ExactDecimal(significand: q, exponent: target)
    }

    /// `self ÷ other`, rounded once to `scale` digits. `nil` when `other` is zero:
    /// a ratio against nothing has no value (it is not ∞, and not 0).
    public func divided(by other: ExactDecimal, scale: Int, rule: RoundingRule = .halfAwayFromZero) -> ExactDecimal? {
        Ratio(self, other)?.rounded(toScale: scale, rule: rule)
    }
}

extension ExactDecimal: CustomStringConvertible {
    /// Plain, exact, locale-free: `-1234.50`, `0.07`, `1000` (for `1e3`).
    public var description: String {
        let negative = significand < 0
        var digits = String(negative ? -significand : significand)
        if exponent >= 0 {
            if significand != 0 { digits += String(repeating: "0", count: exponent) }
        } else {
            let frac = -exponent
            if digits.count <= frac { digits = String(repeating: "0", count: frac - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -frac))
        }
        return negative ? "-" + digits : digits
    }
}

extension ExactDecimal: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}
