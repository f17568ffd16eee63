/// Reads a sheet into the same `Table` as CSV: the sheet's rows, trimmed to
/// the data, are handed to the CSV reader as records (one line a row, each
/// value quoted), so header rows, unit notes, KOSIS marks and column typing
/// are the CSV code's, and every location is translated back to `Sheet!C12`.
///
/// Trimmed away first: blank rows and columns around the data, and a merged
/// title row (`2024년 월별 수출 실적` across the table) above the header.
public enum WorkbookImporter {
    public static func read(bytes: [UInt8], name: String, sheet choice: String? = nil,
                            options: ImportOptions = .init()) throws(DiagnosticList) -> ImportResult {
        let book = try Workbook(bytes: bytes, file: name)
        let sheet = try book.sheet(choice)
        return try read(book: book, sheet: sheet, options: options)
    }

    public static func read(book: Workbook, sheet: SheetInfo, options: ImportOptions = .init()) throws(DiagnosticList) -> ImportResult {
        let grid = try book.grid(of: sheet)
        if !grid.problems.isEmpty {
            let all = grid.problems.map { p in
                var d = p.error.diagnostic(file: book.file)
                d.location?.line = p.row
                d.location?.column = p.column
                return d
            }
            throw CSVImporter.diagnostics(all, limit: options.maxProblems)
        }
        let records = SheetRecords(grid)
        guard !records.rows.isEmpty else {
            throw DiagnosticList([Diagnostic("found an empty sheet, expected a header row and rows of figures",
                                             at: InputLocation(file: book.file, reference: sheet.name))])
        }
        var csvOptions = options
        csvOptions.encoding = .utf8
        csvOptions.delimiter = 0x2C
        csvOptions.allowRagged = true
        var result: ImportResult
        do {
            result = try CSVImporter.read(bytes: records.csv, name: book.file, options: csvOptions)
        } catch {
            throw DiagnosticList(error.diagnostics.map { records.relocate($0, sheet: sheet.name) }, omitted: error.omitted)
        }
        result.table.rowLines = result.table.rowLines.map { records.sheetRow(line: $0) }
        for j in result.columnReports.indices {
            for k in result.columnReports[j].patternBreaks.indices {
                result.columnReports[j].patternBreaks[k].line = records.sheetRow(line: result.columnReports[j].patternBreaks[k].line)
            }
        }
        result.paddedRows = 0
        result.sheet = sheet.name
        return result
    }
}
