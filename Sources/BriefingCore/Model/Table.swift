/// A typed table read from one file: columns of cells, and for every row the
/// line it came from, so any figure can be traced back to `file:line`.
public struct Table: Sendable {
    /// Where the table came from (a path as the user gave it, or a label).
    public var source: String
    public var columns: [Column]
    /// 1-based physical line in the source where each row starts.
    public var rowLines: [Int]

    public init(source: String, columns: [Column], rowLines: [Int]) {
        precondition(columns.allSatisfy { $0.count == rowLines.count }, "every column holds one cell a row")
        self.source = source
        self.columns = columns
        self.rowLines = rowLines
    }

    public var rowCount: Int { rowLines.count }

    /// The column called `name` (unit stripped), if any.
    public func column(named name: String) -> Column? {
        columns.first { $0.name == name }
    }

    public var columnNames: [String] { columns.map(\.name) }
}
