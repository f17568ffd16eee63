/// Reads a sheet into the same `Table` as CSV: the sheet's rows, trimmed to
/// the data, are handed to the CSV reader as records (one line a row, each
/// value quoted), so header rows, unit notes, KOSIS marks and column typing
/// are the CSV code's, and every location is translated back to `Sheet!C12`.
///
/// Trimmed away first: blank rows and columns around the data, and title
/// rows (`2024년 월별 수출 실적`, merged across the table or alone in its
/// first column) above the header — or, when the options say so, all but a
/// range (`A3:H40`) or the rows above a header row.
public enum WorkbookImporter {
    public static func read(bytes: [UInt8], name: String, sheet choice: String? = nil,
                            options: ImportOptions = .init()) throws(DiagnosticList) -> ImportResult {
        let book = try Workbook(bytes: bytes, file: name)
        let sheet = try book.sheet(choice)
        return try read(book: book, sheet: sheet, options: options)
    }

    public static func read(book: Workbook, sheet: SheetInfo, options: ImportOptions = .init()) throws(DiagnosticList) -> ImportResult {
        let window = SheetWindow(range: options.range, headerRow: options.headerRow)
        let records = try book.records(of: sheet, window: window, errorCellsMissing: options.errorCellsMissing)
        if !records.problems.isEmpty {
            let all = records.problems.map { p in
                var d = p.error.diagnostic(file: book.file)
                d.location?.line = p.row
                d.location?.column = p.column
                return d
            }
            var list = CSVImporter.diagnostics(all, limit: options.maxProblems)
            list.omitted += records.problemCount - records.problems.count
            throw list
        }
        guard !records.rows.isEmpty else {
            let place = options.range.map { " in \($0)" } ?? options.headerRow.map { " from row \($0)" } ?? ""
            throw DiagnosticList([Diagnostic("found an empty sheet\(place), expected a header row and rows of figures",
                                             at: InputLocation(file: book.file, reference: sheet.name))])
        }
        var csvOptions = options
        csvOptions.encoding = .utf8
        csvOptions.delimiter = 0x2C
        csvOptions.allowRagged = true
        csvOptions.headerRow = nil
        csvOptions.range = nil
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
        result.titleRows = records.titleRows
        result.headerLine = records.sheetRow(line: result.headerLine)
        result.headerEndLine = records.sheetRow(line: result.headerEndLine)
        result.sheetColumn = records.left
        result.table.sheet = sheet.name
        result.table.sheetColumn = records.left
        if window.isDefault {
            result.sheetOverview = SheetOverview(name: sheet.name, visible: sheet.visible, usedRange: records.usedRangeText,
                                                 rows: records.rowsWithValues)
        }
        return result
    }
}
