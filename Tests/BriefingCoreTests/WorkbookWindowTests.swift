import Foundation
import Testing
@testable import BriefingCore

/// Where the table is in a sheet: title rows set aside, a header row or a
/// range chosen, error cells read as missing when asked; and cells Excel
/// shows as times or writes with `_xHHHH_` escapes.
@Suite struct WorkbookWindowTests {
    typealias F = WorkbookImportTests

    static func read(_ name: String, _ options: ImportOptions = .init()) throws -> ImportResult {
        try WorkbookImporter.read(bytes: F.bytes(name), name: name, options: options)
    }

    @Test func officeSheetReadsAsItsCSVTwin() throws {
        // Column A empty, a title and a 기준 line (not merged), the unit note at the right, a formula total, two sheets.
        let book = try Self.read("office.xlsx")
        let csv = try CSVImporter.read(bytes: F.bytes("office.csv"), name: "office.csv")
        #expect(book.table.columnNames == csv.table.columnNames)
        #expect(book.table.columns.map(\.unit) == csv.table.columns.map(\.unit))
        #expect(book.table.columns.map(\.type) == csv.table.columns.map(\.type))
        for (a, b) in zip(book.table.columns, csv.table.columns) { #expect(Array(a) == Array(b), "\(a.name)") }
        #expect(book.titleRows == [1, 2])
        #expect(book.headerLine == 4)
        #expect(book.sheetColumn == 2)
        #expect(book.table.rowLines == [5, 6, 7, 8])
        #expect(book.sheetOverview?.usedRange == "B1:E8")
    }

    @Test func headerRowKeepsTheUnitNoteAboveIt() throws {
        let r = try Self.read("office.xlsx", ImportOptions(headerRow: 4))
        #expect(r.table.columnNames == ["월", "수출액", "수입액", "증감률"])
        #expect(r.unitNote?.written == "천달러")
        #expect(r.titleRows == [])
        #expect(r.sheetOverview == nil)
    }

    @Test func rangeTakesARectangleAsItIs() throws {
        let r = try Self.read("office.xlsx", ImportOptions(range: CellRange("C4:D7")))
        #expect(r.table.columnNames == ["수출액", "수입액"])
        #expect(r.table.rowLines == [5, 6, 7])
        #expect(r.sheetColumn == 3)
        #expect(CellRange("D7:C4") == CellRange("C4:D7"))
        #expect(CellRange("C4:") == nil && CellRange("4:7") == nil && CellRange("C0:D7") == nil)
    }

    @Test func emptyRangeSaysWhere() throws {
        #expect(throws: DiagnosticList.self) { try Self.read("office.xlsx", ImportOptions(range: CellRange("Z90:Z99"))) }
        do { _ = try Self.read("office.xlsx", ImportOptions(range: CellRange("Z90:Z99"))) } catch let e as DiagnosticList {
            #expect(e.diagnostics[0].summary.contains("empty sheet in Z90:Z99"))
        }
    }

    @Test func csvHeaderLine() throws {
        let text = "2024년 월별 실적,,\n(단위: 천달러),,\n\n월,수출액,수입액\n2024-01,1,2\n"
        let r = try CSVImporter.read(bytes: Array(text.utf8), name: "t.csv", options: ImportOptions(headerRow: 4))
        #expect(r.table.columnNames == ["월", "수출액", "수입액"])
        #expect(r.unitNote?.written == "천달러")
        #expect(r.headerLine == 4)
        #expect(throws: DiagnosticList.self) {
            try CSVImporter.read(bytes: Array(text.utf8), name: "t.csv", options: ImportOptions(headerRow: 9))
        }
    }

    @Test func errorCellsAreMissingOnlyWhenAsked() throws {
        #expect(try F.error("error-cell.xlsx")?.contains("계산!C3: found the error #DIV/0!") == true)
        var options = ImportOptions()
        options.errorCellsMissing = true
        let r = try Self.read("error-cell.xlsx", options)
        #expect(Array(r.table.columns[2]).map(\.isMissing) == [false, true])
        #expect(Array(r.table.columns[2])[0].decimal?.description == "1")
        // A formula with no cached value is no error cell: it stays an error.
        #expect(throws: DiagnosticList.self) { try Self.read("no-cache.xlsx", options) }
    }

    @Test func timesAreShownAsExcelShowsThem() throws {
        let r = try Self.read("times.xlsx")
        let texts = r.table.columns.map { c in Array(c).map { v -> String in
            if case .text(let s) = v { return s }
            if case .date(let d) = v { return d.description }
            return "\(v)"
        } }
        #expect(texts[0] == ["2024-03-15 14:30", "2024-03-16 00:00"])  // a day and time: kept whole, as text
        #expect(texts[1] == ["09:05", "18:00"])                         // a time of day is never a day
        #expect(texts[2] == ["36:00", "6:00"])                          // [h]:mm counts hours past 24
        #expect(texts[3] == ["2024-03-15", "2024-03-16"])               // a day format drops the time, as Excel shows it
        #expect(texts[4] == ["1행\r2행", "A_x0041_"])                    // _x000D_ is a CR; _x005F_ escapes the underscore
        // The CR inside a value does not shift the rows after it.
        #expect(r.table.rowLines == [2, 3])
    }

    @Test func jsonNamesCellsWhereCSVNamesLines() throws {
        var json = ""
        InspectionReport.writeJSON(try Self.read("office.xlsx")) { json += $0 }
        #expect(json.contains("\"headerRow\": 4"))
        #expect(json.contains("\"titleRows\": [1, 2]"))
        #expect(json.contains("{\"cell\": \"2024년!B5\", \"values\": [\"2024-01\""))
        #expect(json.contains("{\"cell\": \"2024년!B8\"") && !json.contains("\"line\":"))
        #expect(json.contains("\"patternBreaks\": [{\"cell\": \"2024년!B8\", \"text\": \"합계\""))
    }

    /// LibreOffice Calc saved office.xlsx and kosis.xlsx again (make-workbooks.py libreoffice):
    /// its own styles, shared strings and recalculated formula values read to the same tables.
    @Test(arguments: [("office-libreoffice.xlsx", "office.csv"), ("kosis-libreoffice.xlsx", "kosis.csv")])
    func libreOfficeCopiesReadAsTheirCSVTwins(book name: String, csv twin: String) throws {
        let book = try Self.read(name)
        let csv = try CSVImporter.read(bytes: F.bytes(twin), name: twin)
        #expect(book.table.columnNames == csv.table.columnNames)
        #expect(book.table.columns.map(\.unit) == csv.table.columns.map(\.unit))
        #expect(book.table.columns.map(\.type) == csv.table.columns.map(\.type))
        for (a, b) in zip(book.table.columns, csv.table.columns) { #expect(Array(a) == Array(b), "\(a.name)") }
    }
}
