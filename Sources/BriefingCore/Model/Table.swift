/// A typed table read from one file: columns of cells, and for every row the
/// line it came from, so any figure can be traced back to `file:line`.
public struct Table: Sendable {
    /// Where the table came from (a path as the user gave it, or a label).
    public var source: String
    public var columns: [Column] { didSet { textIndex = TextIndex() } }
    /// Rows by text, per column, for equality filters; rebuilt when the columns change.
    private(set) var textIndex = TextIndex()
    /// 1-based physical line in the source where each row starts.
    public var rowLines: [Int]
    /// For a table read from a workbook: its sheet, and the sheet column of
    /// its first column, so a cell is named as Excel names it (`실적!F6`).
    public var sheet: String? = nil
    public var sheetColumn = 1

    public init(source: String, columns: [Column], rowLines: [Int]) {
        precondition(columns.allSatisfy { $0.count == rowLines.count }, "every column holds one cell a row")
        self.source = source
        self.columns = columns
        self.rowLines = rowLines
    }

    public var rowCount: Int { rowLines.count }

    /// `실적!F6` for row `row` of the column called `name`, in a table read from a workbook; nil otherwise.
    public func cellReference(row: Int, column name: String) -> String? {
        guard let sheet, let j = columns.firstIndex(where: { $0.name == name }) else { return nil }
        return CellReference.qualified(sheet: sheet, row: rowLines[row], column: sheetColumn + j)
    }

    /// The column called `name` (unit stripped), or else the one column
    /// whose alias is `name` (`지역별` → `지역별(1)`). An alias two columns
    /// share finds neither: `columns(sharingAlias:)` names them for the error.
    public func column(named name: String) -> Column? {
        if let c = columns.first(where: { $0.name == name }) { return c }
        let aliased = columns.filter { $0.alias == name }
        return aliased.count == 1 ? aliased[0] : nil
    }

    /// The alias `column` answers to here: its own, unless a column is called
    /// that or another column has the same alias (`산업별(1)`, `산업별(2)`).
    public func alias(of column: Column) -> String? {
        guard let a = column.alias, !columns.contains(where: { $0.name == a }),
              columns.filter({ $0.alias == a }).count == 1 else { return nil }
        return a
    }

    /// The names of the columns that all have `alias`, when there are two or
    /// more (so it picks none of them); empty otherwise.
    public func columns(sharingAlias alias: String) -> [String] {
        guard !columns.contains(where: { $0.name == alias }) else { return [] }
        let names = columns.filter { $0.alias == alias }.map(\.name)
        return names.count > 1 ? names : []
    }

    public var columnNames: [String] { columns.map(\.name) }

    /// What an error says when `name` is an alias several columns share:
    /// `column '산업별' in k.csv could be 산업별(1) or 산업별(2); write one of them in full, in backticks`.
    public static func ambiguousAliasMessage(_ name: String, file: String, columns: [String]) -> String {
        let list = columns.dropLast().joined(separator: ", ") + " or " + (columns.last ?? "")
        return "column '\(name)' in \(file) could be \(list); write one of them in full, in backticks"
    }
}
