import BriefingCore

/// A linear map from a nice value domain to points along one axis.
struct ValueScale {
    var domain: NiceDomain
    /// Points where `domain.lower` and `domain.upper` land (either order: y runs down).
    var start: Double
    var end: Double

    func callAsFunction(_ v: ExactDecimal) -> Double {
        let lo = domain.lower.doubleValue, hi = domain.upper.doubleValue
        guard hi > lo else { return start }
        return start + (v.doubleValue - lo) / (hi - lo) * (end - start)
    }
}

extension ChartContext {
    /// The nice domain that holds every value (and zero when `includeZero`), with
    /// about `count` ticks. Reference lines are values too: they are never clipped.
    func niceDomain(_ values: [ExactDecimal], includeZero: Bool, count: Int) -> NiceDomain {
        var all = values + spec.referenceLines.map(\.value)
        if includeZero || all.isEmpty { all.append(.zero) }
        let lo = all.min()!, hi = all.max()!
        return NiceTicks.domain(lo, hi, count: max(2, count))
    }

    func tickLabels(_ d: NiceDomain) -> [String] {
        d.ticks.map { formatter.tickLabel($0, step: d.step.value) }
    }

    func secondaryTickLabels(_ d: NiceDomain) -> [String] {
        d.ticks.map { secondaryFormatter.tickLabel($0, step: d.step.value) }
    }

    /// Font sizes from `font.size` down to the style's minimum, largest first.
    func shrinking(_ font: FontSpec) -> [FontSpec] {
        var out: [FontSpec] = [font]
        var s = font.size
        while s * 0.9 >= style.minLabelSize - 0.01 { s *= 0.9; out.append(font.sized(s)) }
        if out.last!.size > style.minLabelSize { out.append(font.sized(style.minLabelSize)) }
        return out
    }
}
