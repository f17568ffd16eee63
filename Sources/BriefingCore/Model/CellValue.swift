/// One typed cell, as the importer understood it.
///
/// Missing is its own case and never zero: a `-` cell in a contracts column
/// means "no figure", and a sum over it must say so (see Analytics).
public enum CellValue: Sendable, Hashable {
    /// No value. Holds the mark as written: `""`, `-`, `–`, `…`, `x` (비공개).
    case missing(String)
    /// A number as written (`"14,500"` → 14500). Its unit is the column's.
    case number(ExactDecimal)
    /// A percentage as written: `7.1%` → 7.1.
    case percent(ExactDecimal)
    case date(Day)
    /// A year, half, quarter or month.
    case period(Period)
    case range(DayRange)
    case text(String)

    public var isMissing: Bool {
        if case .missing = self { return true }
        return false
    }

    /// The number of a `.number` or `.percent` cell.
    public var decimal: ExactDecimal? {
        switch self {
        case .number(let d), .percent(let d): return d
        default: return nil
        }
    }
}

/// Marks statistics sites put after a figure: `123 p)` provisional (잠정),
/// `r)` revised (수정). Kept on the cell, never lost and never an error.
public struct CellMarks: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let provisional = CellMarks(rawValue: 1)
    public static let revised = CellMarks(rawValue: 2)
    public static let estimated = CellMarks(rawValue: 4)
}
