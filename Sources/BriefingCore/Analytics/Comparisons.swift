/// A change between two figures: the difference and, when the base allows
/// it, the relative change.
///
/// `934 → 1,000 (만 달러)`: `difference` 66 만 달러, `ratio` 66/934 (+7.1%).
public struct Change: Sendable, Hashable {
    public var current: Amount
    public var base: Amount
    /// `current − base`, exact.
    public var difference: Amount
    /// `(current − base) ÷ base`; `nil` when the base is zero or negative
    /// (a percentage against nothing, or across a sign change, misleads).
    public var ratio: Ratio?
}

/// Comparisons of measured figures: target achievement, excess and shortfall,
/// period-over-period change, percentage-point change. Each merges the
/// provenance of its inputs, and is `nil` (not computable) when an input is.
extension Measures {
    /// `actual ÷ target` (달성률): 1,000 ÷ 150 → 6.667 (666.7%). `nil` against a
    /// missing or zero target.
    public static func achievement(actual: Measured<Amount>, target: Measured<Amount>) throws(AnalyticsError) -> Measured<Ratio> {
        var value: Ratio?
        if let a = actual.value, let t = target.value {
            try checkCompatible(a, t, target)
            value = a.ratio(to: t)
        }
        return merge(actual, target, value: value, working: "(\(actual.working)) ÷ (\(target.working))")
    }

    /// `actual − target` (초과액): 1,000 − 150 = 850 만 달러. Negative when short.
    public static func excess(actual: Measured<Amount>, target: Measured<Amount>) throws(AnalyticsError) -> Measured<Amount> {
        try difference(actual, target, working: "(\(actual.working)) − (\(target.working))")
    }

    /// `target − actual` (미달액): how far below target; negative when beaten.
    public static func shortfall(actual: Measured<Amount>, target: Measured<Amount>) throws(AnalyticsError) -> Measured<Amount> {
        try difference(target, actual, working: "(\(target.working)) − (\(actual.working))")
    }

    /// Change from `base` to `current` (증감, 증감률): difference and ratio.
    /// Not computable (`nil`) when either figure is missing; the ratio alone is
    /// `nil` when the base is zero or negative.
    public static func change(from base: Measured<Amount>, to current: Measured<Amount>) throws(AnalyticsError) -> Measured<Change> {
        var value: Change?
        if let c = current.value, let b = base.value {
            try checkCompatible(c, b, base)
            let d = c.subtracting(b)!
            value = Change(current: c, base: b, difference: d,
                           ratio: b.value.signum > 0 ? d.ratio(to: b) : nil)
        }
        return merge(current, base, value: value, working: "(\(current.working)) vs (\(base.working))")
    }

    /// Percentage-point change (%p) between two ratios: 0.352 → 0.384 is +3.2 %p.
    /// The result is in points (already ×100), exact.
    public static func pointChange(from base: Measured<Ratio>, to current: Measured<Ratio>) -> Measured<Ratio> {
        var value: Ratio?
        if let c = current.value, let b = base.value { value = c.subtracting(b).multiplied(by: .hundred) }
        return merge(current, base, value: value, working: "(\(current.working)) − (\(base.working)) in %p")
    }

    /// Percentage-point change between two percent figures (a `%` column:
    /// `35.2` → `38.4` is `+3.2` %p).
    public static func pointChange(from base: Measured<Amount>,
                                   to current: Measured<Amount>) throws(AnalyticsError) -> Measured<ExactDecimal> {
        var value: ExactDecimal?
        if let c = current.value, let b = base.value {
            try checkCompatible(c, b, base)
            value = c.subtracting(b)!.baseValue
        }
        return merge(current, base, value: value, working: "(\(current.working)) − (\(base.working)) in %p")
    }

    static func difference(_ a: Measured<Amount>, _ b: Measured<Amount>, working: String) throws(AnalyticsError) -> Measured<Amount> {
        var value: Amount?
        if let x = a.value, let y = b.value {
            try checkCompatible(x, y, b)
            value = x.subtracting(y)
        }
        return merge(a, b, value: value, working: working)
    }

    static func checkCompatible<T>(_ a: Amount, _ b: Amount, _ second: Measured<T>) throws(AnalyticsError) {
        guard a.isCompatible(with: b) else {
            let where_ = second.sources.first ?? CellRef(file: "", line: 0, column: second.working)
            throw .incompatibleUnits(where_, first: unitName(a.unit), second: unitName(b.unit))
        }
    }

    static func merge<A, B, T>(_ a: Measured<A>, _ b: Measured<B>, value: T?, working: String) -> Measured<T> {
        Measured(value: value, sources: a.sources + b.sources,
                 skippedMissing: a.skippedMissing + b.skippedMissing, working: working)
    }
}
