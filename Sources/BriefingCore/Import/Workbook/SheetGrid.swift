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
    /// The smallest range holding every kept cell. Taken from the cells
    /// themselves, not from their order or the sheet's `<dimension>`: a
    /// writer may list a row's cells (or the rows) out of order.
    var usedRange: (top: Int, left: Int, bottom: Int, right: Int)? {
        guard !rows.isEmpty else { return nil }
        let columns = rows.flatMap { $0.cells.map(\.column) }
        let numbers = rows.map(\.number)
        return (numbers.min() ?? 1, columns.min() ?? 1, numbers.max() ?? 1, columns.max() ?? 1)
    }

    var usedRangeText: String {
        guard let r = usedRange else { return "empty" }
        return "\(CellReference.columnName(r.left))\(r.top):\(CellReference.columnName(r.right))\(r.bottom)"
    }
}
