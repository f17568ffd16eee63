/// An exact decimal number: `significand × 10^exponent`.
///
/// Money in a briefing never passes through binary floating point: `0.1 + 0.2`
/// is exactly `0.3` here, and `325` in a `(만달러)` column is exactly
/// US$3,250,000. The significand is a 128-bit integer (38 decimal digits), so
/// sums of millions of won-denominated cells cannot overflow in practice; an
/// overflow traps rather than wrapping silently.
///
/// ```swift
/// let a = ExactDecimal("325")!, b = ExactDecimal("675")!
/// a + b                      // 1000
/// ExactDecimal("7.10")!.description   // "7.10" (the written scale is kept)
/// ExactDecimal("7.10")! == ExactDecimal("7.1")!   // true (equality is numeric)
/// ```
///
/// Equality, hashing and ordering are by numeric value, not by representation.
public struct ExactDecimal: Sendable {
    public var significand: Int128
    /// Power of ten. Usually ≤ 0 (the number of fraction digits, negated).
    public var exponent: Int

    @inlinable
    public init(significand: Int128, exponent: Int = 0) {
        self.significand = significand
        self.exponent = exponent
    }

    @inlinable
    public init(_ value: Int) {
        self.init(significand: Int128(value), exponent: 0)
    }

    public static let zero = ExactDecimal(significand: 0)
    public static let one = ExactDecimal(significand: 1)
    public static let hundred = ExactDecimal(significand: 100)

    /// Parses a plain decimal literal: optional sign, digits, optional point
    /// and fraction, optional `e±N`. No separators, no spaces: the importer
    /// handles what people write; this is for literals in code and templates.
    public init?(_ text: some StringProtocol) {
        var sig: Int128 = 0
        var exp = 0
        var negative = false
        var sawDigit = false
        var sawPoint = false
        var iterator = text.utf8.makeIterator()
        var pending = iterator.next()
        if pending == UInt8(ascii: "-") || pending == UInt8(ascii: "+") {
            negative = pending == UInt8(ascii: "-")
            pending = iterator.next()
        }
        while let byte = pending {
            if byte >= 48 && byte <= 57 {
                let (m, o1) = sig.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int128(byte - 48))
                if o1 || o2 { return nil }
                sig = s
                if sawPoint { exp -= 1 }
                sawDigit = true
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                var rest = ""
                while let b = iterator.next() { rest.unicodeScalars.append(UnicodeScalar(b)) }
                guard sawDigit, let e = Int(rest), abs(e) < 1000 else { return nil }
                exp += e
                break
            } else {
                return nil
            }
            pending = iterator.next()
        }
        guard sawDigit else { return nil }
        self.init(significand: negative ? -sig : sig, exponent: exp)
    }

    public var isZero: Bool { significand == 0 }
    public var isNegative: Bool { significand < 0 }
    public var signum: Int { significand == 0 ? 0 : (significand < 0 ? -1 : 1) }
    public var magnitude: ExactDecimal { ExactDecimal(significand: significand < 0 ? -significand : significand, exponent: exponent) }

    /// Number of digits after the decimal point as written (never negative).
    public var scale: Int { max(0, -exponent) }

    /// The same value with trailing zeros of the significand removed
    /// (`7.100` → `7.1`, `1000` → `1e3`).
    public var normalized: ExactDecimal {
        if significand == 0 { return .zero }
        var s = significand, e = exponent
        while s % 10 == 0 { s /= 10; e += 1 }
        return ExactDecimal(significand: s, exponent: e)
    }

    /// The same value written with `exponent` (only lowering the exponent is exact).
    @inlinable
    public func withExponent(_ newExponent: Int) -> ExactDecimal {
        precondition(newExponent <= exponent, "raising the exponent would drop digits; use rounded(toScale:)")
        return ExactDecimal(significand: significand * Int128.powerOfTen(exponent - newExponent), exponent: newExponent)
    }

    /// Multiplies by 10^k exactly (a unit conversion: 만 → 1 is `shifted(by: 4)`).
    @inlinable
    public func shifted(by powerOfTen: Int) -> ExactDecimal {
        ExactDecimal(significand: significand, exponent: exponent + powerOfTen)
    }

    /// An approximation for scales and geometry only — never for money that is printed.
    public var doubleValue: Double {
        Double(significand) * pow10(exponent)
    }
}

@usableFromInline
func pow10(_ e: Int) -> Double {
    var r = 1.0
    for _ in 0..<abs(e) { r *= 10 }
    return e < 0 ? 1 / r : r
}

extension Int128 {
    /// 10^k for 0 ≤ k ≤ 38; traps above, where Int128 cannot hold it.
    @inlinable
    public static func powerOfTen(_ k: Int) -> Int128 {
        precondition(k >= 0 && k <= 38, "10^\(k) does not fit in 128 bits")
        var r: Int128 = 1
        for _ in 0..<k { r *= 10 }
        return r
    }
}
