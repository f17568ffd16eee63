import Foundation
import Testing

/// `briefing inspect BOOK.xlsx`: the sheet list, then the chosen sheet as for CSV; broken workbooks exit 1.
@Suite("inspect: workbooks")
struct InspectWorkbookTests {
    static func fixture(_ name: String) -> String {
        CLI.repoRoot.appendingPathComponent("Tests/Fixtures/xlsx/\(name)").path
    }

    @Test func listsSheetsThenInspectsTheFirstVisible() throws {
        let r = try CLI.locate().run(["inspect", Self.fixture("kinds.xlsx")])
        #expect(r.status == 0, "\(r)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(3)) == [
            "#  sheet   state    used range  rows",
            "1  2024년  visible  A1:I4       4",
            "2  메모    hidden   A1:A1       1",
        ], "\(r)")
        #expect(lines.contains("sheet        2024년"), "\(r)")
        #expect(lines.contains { $0.hasPrefix("4  비율      -     percent        0  -6.25%      100%") }, "\(r)")
    }

    @Test func sheetChosenByName() throws {
        let r = try CLI.locate().run(["inspect", Self.fixture("kinds.xlsx"), "--sheet", "메모", "--json"])
        #expect(r.status == 0, "\(r)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["sheet"] as? String == "메모")
    }

    @Test(arguments: [
        ("error-cell.xlsx", "계산!C3: found the error #DIV/0!, expected a value: fix the formula in Excel, "
            + "or read error cells as missing (error-cells: missing, --error-cells missing)"),
        ("legacy.xls", "1:1: found a legacy Excel 97–2003 workbook (or an encrypted/DRM-protected one), "
            + "expected .xlsx: save it as .xlsx in Excel"),
        ("not-a-zip.xlsx", "1:1: found no ZIP container, expected an Excel workbook (.xlsx or .xlsm)"),
    ])
    func brokenWorkbookExitsOne(name: String, message: String) throws {
        let path = Self.fixture(name)
        let r = try CLI.locate().run(["inspect", path])
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr == "\(path):\(message)\n", "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
    }
}
