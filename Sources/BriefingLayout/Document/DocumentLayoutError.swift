/// Why a briefing cannot be laid out. Running out of room on a page is not an
/// error (the block moves on); only something that fits on no page is.
public enum DocumentLayoutError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A table row whose cell count differs from the column count (rows counted from 1).
    case rowCellCount(row: Int, expected: Int, found: Int)
    /// A figure wider than the width it was given (the report stage sizes charts to `contentWidth`).
    case figureTooWide(alt: String, width: Double, available: Double)
    /// One unbreakable piece taller than a page's content area.
    case blockTooTall(what: String, height: Double, available: Double)
    /// KPI tiles come 1 to 4 in a row.
    case tileCount(Int)
    /// A table with no columns.
    case emptyTable

    public var description: String {
        func pt(_ v: Double) -> String { String(Int((v * 10).rounded()) / 10) + "." + String(Int((v * 10).rounded()) % 10) }
        switch self {
        case let .rowCellCount(row, expected, found):
            return "table row \(row): \(found) cells, expected \(expected) (one per column)"
        case let .figureTooWide(alt, width, available):
            return "figure \"\(alt)\" is \(pt(width)) pt wide, only \(pt(available)) pt available: lay the chart out at contentWidth"
        case let .blockTooTall(what, height, available):
            return "\(what) is \(pt(height)) pt tall, a page holds \(pt(available)) pt"
        case let .tileCount(n):
            return "\(n) KPI tiles in a row: use 1 to 4"
        case .emptyTable:
            return "a table needs at least one column"
        }
    }
}
