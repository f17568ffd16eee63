/// Why a briefing cannot be laid out. Running out of room on a page is not an
/// error (the block moves on); only something that fits on no page is.
///
/// Each case names the block by its path in the spec — `blocks[3]`,
/// `attachments[0][1]`, `blocks[5].columns.left[0]`, `header` — so the
/// report stage can point at the template line that made it.
public enum DocumentLayoutError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A table row whose cell count differs from the column count (rows counted from 1).
    case rowCellCount(block: String, row: Int, expected: Int, found: Int)
    /// A figure wider than the width it was given (the report stage sizes charts to `contentWidth`).
    case figureTooWide(block: String, alt: String, width: Double, available: Double)
    /// One unbreakable piece (a table row, a figure, a two-column row …) taller than a page's content area.
    case blockTooTall(block: String, what: String, height: Double, available: Double)
    /// KPI tiles come 1 to 4 in a row.
    case tileCount(block: String, count: Int)
    /// A table with no columns.
    case noColumns(block: String)

    public var description: String {
        func pt(_ v: Double) -> String {
            guard v.isFinite, abs(v) < 1e9 else { return v.isNaN ? "?" : "unbounded" }
            let tenths = Int((v * 10).rounded())
            return "\(tenths / 10).\(abs(tenths % 10))"
        }
        switch self {
        case let .rowCellCount(block, row, expected, found):
            return "\(block): table row \(row) has \(found) cells, expected \(expected) (one per column)"
        case let .figureTooWide(block, alt, width, available):
            return "\(block): figure \"\(alt)\" is \(pt(width)) pt wide, only \(pt(available)) pt available; "
                + "lay the chart out at contentWidth"
        case let .blockTooTall(block, what, height, available):
            return "\(block): \(what) is \(pt(height)) pt tall, a page holds \(pt(available)) pt"
        case let .tileCount(block, count):
            return "\(block): \(count) KPI tiles in a row; use 1 to 4"
        case let .noColumns(block):
            return "\(block): a table needs at least one column"
        }
    }
}
