/// A currency a briefing counts money in.
public enum Currency: String, Sendable, Hashable, CaseIterable {
    case usd = "USD"
    case krw = "KRW"
}

/// What a column's numbers count.
public enum Quantity: Sendable, Hashable {
    /// Money in a currency.
    case money(Currency)
    /// Things counted with a Korean counter noun: 명 (people), 건 (cases),
    /// 개 (items), 개국 (countries), 개사 (companies), 편, 회 ….
    case count(noun: String)
    /// A percentage: the column's numbers are already ×100 (`7.1` means 7.1%).
    case percent
    /// A percentage-point difference (%p).
    case percentPoint
    /// Anything else with a name (톤, kg, ㎡, 2020=100 indices …).
    case other(String)
}

/// A column's unit as written in its header: `목표(만달러)` → money in USD,
/// scaled by 만 (10⁴).
///
/// Korean tables count in myriads: 만 (10⁴), 억 (10⁸), 조 (10¹²), and also in
/// 천 (10³) and 백만 (10⁶). `powerOfTen` is that scale, so a cell's value in
/// base units (달러, 원, 명) is `value.shifted(by: powerOfTen)`, exactly.
public struct MeasureUnit: Sendable, Hashable {
    public var quantity: Quantity
    /// 만 달러 → 4; 천원 → 3; 억원 → 8; 명 → 0.
    public var powerOfTen: Int
    /// The unit as the header wrote it, e.g. `만달러`.
    public var written: String

    public init(_ quantity: Quantity, powerOfTen: Int = 0, written: String) {
        self.quantity = quantity
        self.powerOfTen = powerOfTen
        self.written = written
    }

    public var currency: Currency? {
        if case .money(let c) = quantity { return c }
        return nil
    }

    public var isMoney: Bool { currency != nil }
}
