/// One column of a table: its header, unit, inferred type and typed cells.
///
/// A collection of `CellValue`, indexed by row (0-based). How the cells are
/// stored is the column's business (the importer may pack them); read them
/// through the collection interface.
public struct Column: Sendable {
    /// The name without its unit: `목표(만달러)` → `목표`.
    public var name: String
    /// The header cell exactly as the file wrote it.
    public var header: String
    public var unit: MeasureUnit?
    public var type: ColumnType
    /// 0-based position in the file's records.
    public var position: Int
    @usableFromInline var cells: [CellValue]
    /// Provisional/revised marks by row; most cells have none.
    public var marks: [Int: CellMarks]

    public init(name: String, header: String? = nil, unit: MeasureUnit? = nil, type: ColumnType,
                position: Int = 0, cells: [CellValue], marks: [Int: CellMarks] = [:]) {
        self.name = name
        self.header = header ?? name
        self.unit = unit
        self.type = type
        self.position = position
        self.cells = cells
        self.marks = marks
    }

    /// The cell at `row` as an amount in the column's unit, or `nil` if the cell
    /// is missing or not a number.
    public func amount(at row: Int) -> Amount? {
        guard let d = cells[row].decimal else { return nil }
        return Amount(d, unit ?? MeasureUnit(.other(""), written: ""))
    }
}

extension Column: RandomAccessCollection {
    public var startIndex: Int { 0 }
    public var endIndex: Int { cells.count }
    @inlinable public subscript(row: Int) -> CellValue { cells[row] }
}
