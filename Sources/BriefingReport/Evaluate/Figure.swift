import BriefingCore

/// The value of a computed measure, exact, before any rounding.
public enum FigureValue: Sendable, Hashable {
    /// A sum, difference or single number, with the unit of its column.
    case amount(Amount)
    /// An exact mean (rounded only when shown).
    case mean(Mean)
    /// Achievement, share, or any amount ÷ amount.
    case ratio(Ratio)
    /// A change between two amounts: difference and percentage.
    case change(Change)
    /// A percentage-point difference, already in points (`3.2` is +3.2%p).
    case points(ExactDecimal)
    /// A number of rows or cells.
    case count(Int)
    /// A single non-numeric cell from `value(…)`: a date, a range, a month, text.
    case cell(CellValue)
}

/// A measure's result with where it came from: every input cell it used and
/// every missing cell it skipped, so `briefing explain` can show its working.
public struct Figure: Sendable {
    public var name: String
    /// `nil` when not computable (a change against a missing or zero base).
    public var value: FigureValue?
    public var sources: [CellRef]
    public var skipped: [CellRef]
    public var working: String

    public init(name: String, value: FigureValue?, sources: [CellRef], skipped: [CellRef], working: String) {
        self.name = name
        self.value = value
        self.sources = sources
        self.skipped = skipped
        self.working = working
    }
}

/// What a measure will produce, known before computing it: used to check a
/// template against its data ("summing a text column") before rendering.
public enum FigureKind: Sendable, Hashable, CustomStringConvertible {
    case amount(Quantity?)
    case ratio
    case change(Quantity?)
    case points
    case count
    case cell(ColumnType)

    public var description: String {
        switch self {
        case .amount(let q): return q.map { "amount (\($0))" } ?? "number"
        case .ratio: return "ratio"
        case .change: return "change"
        case .points: return "percentage points"
        case .count: return "count"
        case .cell(let t): return t.rawValue
        }
    }
}
