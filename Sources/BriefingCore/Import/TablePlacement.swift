/// Where the table is in its file, as a person says it in words: a
/// workbook's sheet, the header's row, a range of cells, and what an error
/// cell means. `briefing inspect`/`chart` (`--sheet`, `--header-row`,
/// `--range`, `--error-cells`) and `serve` (the same keys in JSON) both check
/// it here and turn it into `ImportOptions`; a template's inputs say the same
/// in YAML and are checked where they are read, at their line.
public struct TablePlacement: Sendable, Hashable, Decodable {
    public var sheet: String?
    public var headerRow: Int?
    public var range: String?
    /// `error` (the default) or `missing`.
    public var errorCells: String?

    enum CodingKeys: String, CodingKey {
        case sheet, range
        case headerRow = "header-row"
        case errorCells = "error-cells"
    }

    public init(sheet: String? = nil, headerRow: Int? = nil, range: String? = nil, errorCells: String? = nil) {
        (self.sheet, self.headerRow, self.range, self.errorCells) = (sheet, headerRow, range, errorCells)
    }

    /// One choice that cannot be: `option` is its name (`header-row`), as the CLI (with `--`) and the JSON say it.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var option: String
        public var message: String
        public var description: String { "\(option): \(message)" }
    }

    /// Checks each choice on its own (a range for a CSV file is found by `apply`).
    public func check() throws(Problem) {
        if let headerRow, headerRow < 1 {
            throw Problem(option: "header-row", message: "found \(headerRow), expected a line number from 1")
        }
        if let range, CellRange(range) == nil {
            throw Problem(option: "range", message: "found \"\(range)\", expected a range of cells such as A3:H40")
        }
        if let errorCells, errorCells != "error" && errorCells != "missing" {
            throw Problem(option: "error-cells", message: "found \"\(errorCells)\", expected error or missing")
        }
    }

    /// `options` with the table's place in it. The sheet is not among them: it goes to the reader.
    public func apply(to options: ImportOptions, isWorkbook: Bool) throws(Problem) -> ImportOptions {
        try check()
        if range != nil && !isWorkbook {
            throw Problem(option: "range", message: "found a range for a CSV file, expected a workbook (.xlsx); use header-row for CSV")
        }
        var o = options
        o.headerRow = headerRow
        o.range = range.flatMap(CellRange.init)
        o.errorCellsMissing = errorCells == "missing"
        return o
    }
}
