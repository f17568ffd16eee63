/// A number with its unit: `325` in a `(만달러)` column is `Amount(325, 만 달러)`,
/// which is US$3,250,000 exactly.
public struct Amount: Sendable, Hashable {
    public var value: ExactDecimal
    public var unit: MeasureUnit

    public init(_ value: ExactDecimal, _ unit: MeasureUnit) {
        self.value = value
        self.unit = unit
    }

    /// The value in base units (달러, 원, 명): `325 만달러` → `3250000`.
    public var baseValue: ExactDecimal { value.shifted(by: unit.powerOfTen) }

    /// The same amount counted in another scale of the same quantity, exactly:
    /// `Amount(325, 만달러).converted(toPowerOfTen: 3)` → `3250 천달러`.
    public func converted(toPowerOfTen power: Int) -> Amount {
        var u = unit
        u.powerOfTen = power
        return Amount(value.shifted(by: unit.powerOfTen - power), u)
    }

    /// Whether two amounts can be added: same quantity (and currency).
    public func isCompatible(with other: Amount) -> Bool {
        unit.quantity == other.unit.quantity
    }
}
