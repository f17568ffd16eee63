import ArgumentParser
import BriefingCore

/// Where the table is in its file, for `inspect` and `chart`: a workbook's
/// sheet, a header row, a range, and what an error cell means, checked by
/// `TablePlacement` (which `serve` uses too) into `ImportOptions`.
struct TableOptions: ParsableArguments {
    @Option(help: "For a workbook: the sheet, by name or number from 1. The first visible sheet when not given.")
    var sheet: String?

    @Option(name: .customLong("header-row"), help: "The header's line (a sheet's row); what is above it is not read.")
    var headerRow: Int?

    @Option(help: "For a workbook: the table as a range of its sheet, e.g. A3:H40.")
    var range: String?

    @Option(name: .customLong("error-cells"), help: "For a workbook: error (default) or missing: read #N/A, #DIV/0!… as missing cells.")
    var errorCells: String?

    var placement: TablePlacement { TablePlacement(sheet: sheet, headerRow: headerRow, range: range, errorCells: errorCells) }

    func validate() throws {
        do { try placement.check() } catch { throw ValidationError("--\(error)") }
    }

    /// `options` with this table's place in it; a range for a CSV file is an error naming it.
    func apply(to options: ImportOptions, file: String) throws(DiagnosticList) -> ImportOptions {
        do {
            return try placement.apply(to: options, isWorkbook: Workbook.looksLikeWorkbook(path: file))
        } catch {
            throw DiagnosticList([Diagnostic("--\(error)", at: InputLocation(file: file, line: 1, column: 1))])
        }
    }
}
