import Foundation
import Testing
@testable import BriefingCore

/// Workbooks written by openpyxl and xlsxwriter (Tests/Fixtures/xlsx/make-workbooks.py), read into the
/// same Table as CSV, with problems located at their cells.
@Suite struct WorkbookImportTests {
    static let dir = ImportFixtures.repoRoot.appendingPathComponent("Tests/Fixtures/xlsx")

    static func bytes(_ name: String) throws -> [UInt8] { try ImportFixtures.bytes(dir.appendingPathComponent(name)) }

    static func read(_ name: String, sheet: String? = nil) throws -> ImportResult {
        try WorkbookImporter.read(bytes: bytes(name), name: name, sheet: sheet)
    }

    /// The one error reading `name` gives, as `summary` reads.
    static func error(_ name: String, sheet: String? = nil) throws -> String? {
        do {
            _ = try read(name, sheet: sheet)
            return nil
        } catch let e as DiagnosticList {
            return e.diagnostics.map(\.summary).joined(separator: "\n")
        }
    }

    @Test func missionsMatchTheirCSVTwin() throws {
        let book = try Self.read("missions.xlsx")
        let csv = try CSVImporter.read(bytes: Self.bytes("missions.csv"), name: "missions.csv")
        #expect(book.table.columnNames == csv.table.columnNames)
        #expect(book.table.columns.map(\.unit) == csv.table.columns.map(\.unit))
        #expect(book.table.columns.map(\.type) == csv.table.columns.map(\.type))
        for (a, b) in zip(book.table.columns, csv.table.columns) { #expect(Array(a) == Array(b), "\(a.name)") }
        #expect(book.unitNote == csv.unitNote)
        #expect(book.sheet == "실적")
        // The merged title (row 2) and the note (row 3) are above the header (row 4).
        #expect(book.table.rowLines == [5, 6])
    }

    @Test func kindsAreReadAsExcelShowsThem() throws {
        let r = try Self.read("kinds.xlsx")
        let t = r.table
        #expect(t.columnNames == ["날짜", "한국식", "로캘", "비율", "금액", "글자금액", "합계", "이름", "확정"])
        let days = ["2024-03-15", "1900-03-01", "2024-02-29"].map { CellValue.date(Day(iso: $0)) }
        for j in 0..<3 {
            #expect(t.columns[j].type == .date)
            #expect(Array(t.columns[j]) == days)
        }
        #expect(t.columns[3].type == .percent)
        #expect(Array(t.columns[3]) == [.percent(ExactDecimal("12.5")!), .percent(ExactDecimal("-6.25")!), .percent(ExactDecimal(100))])
        #expect(t.columns[4].type == .amount)  // 원 in the header
        #expect(Array(t.columns[4]) == [.number(ExactDecimal(14500)), .number(ExactDecimal("0.1")!), .number(ExactDecimal(1234567))])
        // Text cells go through the Korean cell grammar: "14,500", △ (minus), "-" (missing).
        #expect(Array(t.columns[5]) == [.number(ExactDecimal(14500)), .number(ExactDecimal(-7)), .missing("-")])
        #expect(Array(t.columns[6]) == [.number(ExactDecimal("14500.1")!), .number(ExactDecimal("0.2")!), .number(ExactDecimal(1234567))])
        #expect(Array(t.columns[7]) == [.text("서울특별시"), .text("A & B <주>"), .text("부산")])
        #expect(Array(t.columns[8]) == [.text("TRUE"), .text("FALSE"), .text("TRUE")])
    }

    @Test func hiddenSheetsAreListedAndChosenByNameOrNumber() throws {
        let book = try Workbook(bytes: Self.bytes("kinds.xlsx"), file: "kinds.xlsx")
        #expect(try book.overview() == [
            SheetOverview(name: "2024년", visible: true, usedRange: "A1:I4", rows: 4),
            SheetOverview(name: "메모", visible: false, usedRange: "A1:A1", rows: 1),
        ])
        #expect(try book.sheet(nil).name == "2024년")
        #expect(try book.sheet("2").name == "메모")
        #expect(try Self.error("kinds.xlsx", sheet: "3")
            == "kinds.xlsx:1:1: found no sheet \"3\", expected a sheet name or a number from 1")
    }

    /// A KOSIS-style header in a workbook: `2023` merged over 수출액 and 수입액, 시도 merged down two rows.
    @Test func mergedTwoRowHeaderMatchesItsCSVTwin() throws {
        let book = try Self.read("kosis.xlsx")
        let csv = try CSVImporter.read(bytes: Self.bytes("kosis.csv"), name: "kosis.csv")
        #expect(book.headerRows == 2)
        #expect(book.table.columnNames == ["시도", "2023 수출액", "2023 수입액", "2024 수출액", "2024 수입액"])
        #expect(book.table.columnNames == csv.table.columnNames)
        #expect(book.table.columns.map(\.unit) == csv.table.columns.map(\.unit))
        for (a, b) in zip(book.table.columns, csv.table.columns) { #expect(Array(a) == Array(b), "\(a.name)") }
    }

    @Test func dates1904() throws {
        let t = try Self.read("dates1904.xlsx").table
        #expect(Array(t.columns[0]) == [.date(Day(iso: "2024-03-15")), .date(Day(iso: "1904-01-01"))])
    }

    @Test func inlineStrings() throws {
        let t = try Self.read("inline.xlsx").table
        #expect(t.columnNames == ["지역", "금액"])
        #expect(Array(t.columns[1]) == [.number(ExactDecimal(325)), .number(ExactDecimal(-12))])
    }

    @Test(arguments: [
        ("error-cell.xlsx", "error-cell.xlsx:계산!C3: found the error #DIV/0!, expected a value: fix the formula in Excel, "
            + "or read error cells as missing (error-cells: missing, --error-cells missing)"),
        ("no-cache.xlsx",
         "no-cache.xlsx:계산!B3: found a formula with no cached value, expected its result: open and save it in Excel"),
        ("doctype.xlsx", "doctype.xlsx:xl/worksheets/sheet1.xml: found a <!DOCTYPE> or <!ENTITY> declaration, expected "
            + "workbook XML without one (entities are not expanded, nothing is read from outside the workbook)"),
        ("bomb.xlsx", "bomb.xlsx:xl/worksheets/sheet1.xml: found a part that inflates past 4992600 bytes, "
            + "expected a workbook part of sane size (a zip bomb?)"),
        ("truncated.xlsx",
         "truncated.xlsx:1:1: found a truncated ZIP container, expected a complete workbook (was the download cut short?)"),
        ("legacy.xls", "legacy.xls:1:1: found a legacy Excel 97–2003 workbook (or an encrypted/DRM-protected one), "
            + "expected .xlsx: save it as .xlsx in Excel"),
        ("encrypted.xlsx", "encrypted.xlsx:1:1: found an encrypted (password- or DRM-protected) workbook, expected an "
            + "unprotected .xlsx: open it in Excel and save a copy without protection"),
        ("binary.xlsb", "binary.xlsb:1:1: found a binary workbook (.xlsb), which is unsupported, expected .xlsx: "
            + "save it as .xlsx in Excel"),
        ("not-a-zip.xlsx", "not-a-zip.xlsx:1:1: found no ZIP container, expected an Excel workbook (.xlsx or .xlsm)"),
    ])
    func brokenWorkbooks(name: String, message: String) throws {
        #expect(try Self.error(name) == message)
    }
}

extension Day {
    init(iso: String) {
        let p = iso.split(separator: "-").map { Int($0)! }
        self = Day(year: p[0], month: p[1], day: p[2])!
    }
}
