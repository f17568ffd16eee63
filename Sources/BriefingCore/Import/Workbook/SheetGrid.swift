/// A sheet's non-empty cells as the text the CSV cell grammar reads, row by
/// row, with the merged ranges and the problem cells found on the way.
struct SheetGrid {
    struct Row {
        var number: Int
        /// (column, text) in column order; empty cells are left out.
        var cells: [(column: Int, text: String)]
    }

    /// A merged range `A1:H1`, 1-based and inclusive.
    struct Merge: Equatable {
        var top: Int, left: Int, bottom: Int, right: Int
    }

    var rows: [Row] = []
    var merges: [Merge] = []
    /// Error cells and formulas without a cached value, each at its cell.
    var problems: [(row: Int, column: Int, error: WorkbookError)] = []

    /// The used range `A1:H12` of non-empty cells, nil for an empty sheet.
    var usedRange: (top: Int, left: Int, bottom: Int, right: Int)? {
        guard let first = rows.first, let last = rows.last else { return nil }
        let left = rows.compactMap { $0.cells.first?.column }.min() ?? 1
        let right = rows.compactMap { $0.cells.last?.column }.max() ?? 1
        return (first.number, left, last.number, right)
    }

    var usedRangeText: String {
        guard let r = usedRange else { return "empty" }
        return "\(CellReference.columnName(r.left))\(r.top):\(CellReference.columnName(r.right))\(r.bottom)"
    }
}
