import ArgumentParser
import BriefingCore

/// Where the table is in its file, for `inspect` and `chart`: a workbook's
/// sheet, a header row, a range, and what an error cell means. Parsed here,
/// once, into `ImportOptions`.
struct TableOptions: ParsableArguments {
    @Option(help: "For a workbook: the sheet, by name or number from 1. The first visible sheet when not given.")
    var sheet: String?

    @Option(name: .customLong("header-row"), help: "The header's line (a sheet's row); what is above it is not read.")
    var headerRow: Int?

    @Option(help: "For a workbook: the table as a range of its sheet, e.g. A3:H40.")
    var range: String?

    @Option(name: .customLong("error-cells"), help: "For a workbook: error (default) or missing: read #N/A, #DIV/0!… as missing cells.")
    var errorCells: String?

    func validate() throws {
        if let headerRow, headerRow < 1 {
            throw ValidationError("--header-row: found \(headerRow), expected a line number from 1")
        }
        if let range, CellRange(range) == nil {
            throw ValidationError("--range: found \"\(range)\", expected a range of cells such as A3:H40")
        }
        if let errorCells, errorCells != "error" && errorCells != "missing" {
            throw ValidationError("--error-cells: found \"\(errorCells)\", expected error or missing")
        }
    }

    /// `options` with this table's place in it; a range for a CSV file is an error naming it.
    func apply(to options: ImportOptions, file: String) throws(DiagnosticList) -> ImportOptions {
        var o = options
        o.headerRow = headerRow
        o.range = range.flatMap(CellRange.init)
        o.errorCellsMissing = errorCells == "missing"
        if o.range != nil && !Workbook.looksLikeWorkbook(path: file) {
            throw DiagnosticList([Diagnostic("found --range for a CSV file, expected a workbook (.xlsx); use --header-row for CSV",
                                             at: InputLocation(file: file, line: 1, column: 1))])
        }
        return o
    }
}
