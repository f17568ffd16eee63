/// A typed table and everything the importer noticed on the way, for
/// `briefing inspect` and for anyone who must explain a figure.
public struct ImportResult: Sendable {
    public var table: Table
    public var encoding: TextEncoding
    public var hadBOM: Bool
    public var delimiter: UInt8
    public var lineEnding: LineEnding
    /// 1, or 2 for a KOSIS-style period-over-item header.
    public var headerRows: Int
    /// A `단위: 만달러` note above the header, applied to numeric columns with no unit.
    public var unitNote: MeasureUnit?
    public var renamedHeaders: [RenamedHeader]
    /// Rows that were short of fields and padded with missing cells (`--ragged`).
    public var paddedRows: Int
    /// One a column, in column order.
    public var columnReports: [ColumnReport]
    /// The line (a sheet's row) of the first header row.
    public var headerLine = 1
    /// The line (row) of the last header row: `headerLine` but for a two-row header.
    public var headerEndLine = 1
    /// The sheet read, for a workbook; `rowLines` and pattern breaks then give sheet rows.
    public var sheet: String? = nil
    /// The sheet column of the table's first column (2 when column A is empty).
    public var sheetColumn = 1
    /// Title rows above the header that were set aside (sheet rows).
    public var titleRows: [Int] = []
    /// The sheet read, in `inspect`'s list of sheets (nil when a range or header row chose part of it).
    public var sheetOverview: SheetOverview? = nil
}

/// A header name the importer had to change so every column has its own name.
public struct RenamedHeader: Sendable, Hashable {
    public enum Reason: String, Sendable, Hashable {
        case empty, duplicate
    }
    /// 0-based column.
    public var position: Int
    public var original: String
    public var name: String
    public var reason: Reason
}

/// What one column looked like.
public struct ColumnReport: Sendable {
    public var name: String
    public var unit: MeasureUnit?
    public var type: ColumnType
    /// The period a two-row KOSIS header put over this column (`2024` over `수출액`).
    public var period: Period?
    /// A provisional / revised / estimated mark written with that period
    /// (`2024 p)` over `수출액`): kept here, and left out of the column's name.
    public var periodMarks: CellMarks = []
    public var missingCount: Int
    /// Smallest and largest value of a number, date, period or range column.
    public var minimum: CellValue?
    public var maximum: CellValue?
    /// For a text column: its first distinct values (at most `distinctLimit`),
    /// in order of appearance; `distinctCount` is `nil` when there were more.
    public var distinctValues: [String]
    public var distinctCount: Int?
    /// Cells that broke the column's pattern and made it text, first ones first.
    public var patternBreaks: [PatternBreak]
    /// The type most cells had, when a few others made the column text.
    public var dominantType: ColumnType?

    public static let distinctLimit = 10
}

/// A cell that did not fit its column: `line 7: "n/a" (text) in a column of integer`.
public struct PatternBreak: Sendable, Hashable {
    public var line: Int
    public var text: String
    /// What the cell looked like on its own.
    public var looksLike: ColumnType
}
