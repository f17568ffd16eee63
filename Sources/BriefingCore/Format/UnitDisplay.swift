/// The one scale decision for a set of numbers shown together under one unit
/// line — a chart's axis and labels, a table's column: a reader who reads a
/// label and the unit line together gets the cell's true value.
///
/// | column | scale | unit line | labels |
/// |---|---|---|---|
/// | `목표(만달러)` 150, 1,000 | `.column` | `(단위: 만 달러)` | `150`, `1,000` |
/// | `수출액(천달러)` 1,250,000 | `.power(8)` | `(단위: 억 달러)` | `12.5` |
/// | `수출액(천달러)` 1,250,000 | `.words` | `(단위: 달러)` | `12.5억` |
/// | `취업자(천명)` 211 | `.column` | `(단위: 천명)` | `211` |
/// | `목표(만달러)` 150 (en) | `.column` | `(US$ thousands)` | `1,500` |
///
/// The scale is never said twice: myriad words (`1,000만`) go on labels only
/// under a unit line that names the base unit. Values are converted exactly
/// (`ExactDecimal.shifted`), before the layout picks nice ticks, so the ticks
/// are nice in the scale the reader sees.
public struct UnitDisplay: Sendable, Hashable {
    /// The unit the data is counted in (the column's, or the measures').
    public let source: MeasureUnit?
    /// The unit the labels are counted in: the source's quantity at the shown power.
    public let shown: MeasureUnit?
    /// Labels carry scale words (`1,000만`, `10.0M`); the unit line names the base unit.
    public let words: Bool
    public let locale: ReportLocale

    /// Why a scale cannot apply to a column.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// `%`, `%p` and named units (톤) have no scale to change.
        case notScalable(unit: String)

        public var description: String {
            switch self {
            case .notScalable(let unit): return "a column in \(unit) cannot be shown in another scale"
            }
        }
    }

    public init(source: MeasureUnit?, scale: LabelScale = .column, locale: ReportLocale) throws(Problem) {
        self.source = source
        self.locale = locale
        let power: Int
        switch scale {
        case .words:
            words = true
            shown = source.map { u in var s = u; s.powerOfTen = 0; return s }
            return
        case .column:
            let p = source?.powerOfTen ?? 0
            // English names thousands, millions, billions: 만 and 억 are counted
            // in the next smaller one, exactly (325 만 달러 = 3,250 thousand).
            power = locale == .en ? p - ((p % 3) + 3) % 3 : p
        case .power(let p):
            if let q = source?.quantity, !Self.isScalable(q) { throw .notScalable(unit: source?.written ?? "") }
            power = p
        }
        words = false
        shown = Self.unit(source, atPower: power)
    }

    /// A column without a unit is a plain number: it scales like a count.
    static func isScalable(_ q: Quantity) -> Bool {
        switch q {
        case .money, .count: return true
        case .percent, .percentPoint, .other: return false
        }
    }

    static func unit(_ source: MeasureUnit?, atPower power: Int) -> MeasureUnit? {
        if var u = source {
            u.powerOfTen = power
            return u
        }
        return power == 0 ? nil : MeasureUnit(.other(""), powerOfTen: power, written: "")
    }

    /// A value counted in `source` as a number counted in `shown`, exactly:
    /// 1,250,000 (천 달러) → 12.5 (억 달러). Under `words` nothing changes:
    /// the labels say the scale themselves.
    public func shownValue(_ v: ExactDecimal) -> ExactDecimal {
        guard !words else { return v }
        return v.shifted(by: (source?.powerOfTen ?? 0) - (shown?.powerOfTen ?? 0))
    }

    /// A value counted in `unit` (a measure's, a reference line's) as shown, or
    /// `nil` when it counts something else.
    public func shownValue(_ v: ExactDecimal, countedIn unit: MeasureUnit) -> ExactDecimal? {
        if let s = source, s.quantity != unit.quantity { return nil }
        return shownValue(v.shifted(by: unit.powerOfTen - (source?.powerOfTen ?? 0)))
    }
}
