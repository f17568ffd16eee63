import BriefingCore
import Foundation

/// A tick step `mantissa × 10^power`, mantissa 1, 2, 5 or 10.
public struct TickStep: Sendable, Hashable {
    public var mantissa: Int
    public var power: Int

    public var value: ExactDecimal { ExactDecimal(significand: Int128(mantissa), exponent: power) }
    /// The `i`th multiple of the step, exactly: `i·m × 10^p`.
    public func multiple(_ i: Int128) -> ExactDecimal {
        ExactDecimal(significand: i * Int128(mantissa), exponent: power)
    }
}

/// "Nice" axis ticks: round numbers 1, 2 and 5 × 10ᵏ apart, as Heckbert
/// (Graphics Gems, 1990) and d3-array's `ticks` choose them.
///
/// Every tick is computed as `i × step` in exact decimals — never by repeated
/// addition — so `0.1` steps give `0.3`, not `0.30000000000000004`.
///
/// ```swift
/// NiceTicks.ticks(0, 1000, count: 5)   // 0 200 400 600 800 1000
/// NiceTicks.ticks(-3.7, 12, count: 5)  // -2 0 2 4 6 8 10 12
/// NiceTicks.domain(3, 997, count: 5)   // 0 … 1000 (step 200)
/// ```
public enum NiceTicks {
    /// The step for about `count` ticks over `start…stop` (d3's `tickIncrement`),
    /// or `nil` when the span is empty or not finite.
    public static func step(_ start: Double, _ stop: Double, count: Int) -> TickStep? {
        guard count > 0, start.isFinite, stop.isFinite, stop > start else { return nil }
        let raw = (stop - start) / Double(count)
        let power = Int(floor(log10(raw)))
        let error = raw / pow(10, Double(power))
        let mantissa = error >= sqrt(50) ? 10 : error >= sqrt(10) ? 5 : error >= sqrt(2) ? 2 : 1
        return mantissa == 10 ? TickStep(mantissa: 1, power: power + 1) : TickStep(mantissa: mantissa, power: power)
    }

    /// Ticks inside `start…stop`, about `count` of them. A single value gives itself.
    public static func ticks(_ start: Double, _ stop: Double, count: Int) -> [ExactDecimal] {
        if start == stop, let v = exact(start) { return [v] }
        let (lo, hi) = (min(start, stop), max(start, stop))
        guard let step = step(lo, hi, count: count) else { return [] }
        let s = step.value.doubleValue
        var i1 = Int128((lo / s).rounded()), i2 = Int128((hi / s).rounded())
        if Double(i1) * s < lo - s * 1e-9 { i1 += 1 }
        if Double(i2) * s > hi + s * 1e-9 { i2 -= 1 }
        guard i1 <= i2 else { return [] }
        return (i1...i2).map { step.multiple($0) }
    }

    /// The smallest nice domain around `lo…hi` and its ticks: the ends are
    /// multiples of the step, found exactly, so no value is ever clipped.
    /// Re-steps until stable, as d3-scale's `nice` does.
    public static func domain(_ lo: ExactDecimal, _ hi: ExactDecimal, count: Int) -> NiceDomain {
        var a = lo, b = hi
        if a == b {
            // One value: span from zero to it, or 0…1 for zero itself.
            if a.isZero { b = 1 } else if a.isNegative { b = .zero } else { a = .zero }
        }
        var step = NiceTicks.step(a.doubleValue, b.doubleValue, count: count) ?? TickStep(mantissa: 1, power: 0)
        for _ in 0..<10 {
            let na = step.multiple(floorDiv(a, step)), nb = step.multiple(ceilDiv(b, step))
            guard let next = NiceTicks.step(na.doubleValue, nb.doubleValue, count: count) else { break }
            a = na; b = nb
            if next == step { break }
            step = next
        }
        let i1 = floorDiv(a, step), i2 = ceilDiv(b, step)
        let lower = step.multiple(i1), upper = step.multiple(i2)
        return NiceDomain(lower: lower, upper: upper, step: step, ticks: (i1...i2).map { step.multiple($0) })
    }

    /// ⌊x / step⌋ in exact integers.
    static func floorDiv(_ x: ExactDecimal, _ step: TickStep) -> Int128 {
        let (num, den) = fraction(x, step)
        var q = num / den
        if num % den != 0 && (num < 0) != (den < 0) { q -= 1 }
        return q
    }

    /// ⌈x / step⌉ in exact integers.
    static func ceilDiv(_ x: ExactDecimal, _ step: TickStep) -> Int128 {
        let (num, den) = fraction(x, step)
        var q = num / den
        if num % den != 0 && (num < 0) == (den < 0) { q += 1 }
        return q
    }

    private static func fraction(_ x: ExactDecimal, _ step: TickStep) -> (Int128, Int128) {
        // x / (m·10^p) = s·10^(e−p) / m
        let shift = x.exponent - step.power
        if shift >= 0 { return (x.significand * Int128.powerOfTen(shift), Int128(step.mantissa)) }
        return (x.significand, Int128(step.mantissa) * Int128.powerOfTen(-shift))
    }

    /// A double as the shortest exact decimal that prints the same.
    static func exact(_ v: Double) -> ExactDecimal? {
        guard v.isFinite else { return nil }
        return ExactDecimal("\(v)")
    }
}

/// A nice value domain: ends on ticks, ticks `step` apart.
public struct NiceDomain: Sendable, Hashable {
    public var lower: ExactDecimal
    public var upper: ExactDecimal
    public var step: TickStep
    public var ticks: [ExactDecimal]
}
