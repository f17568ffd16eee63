@testable import BriefingCore
import BriefingTestSupport
import Testing

/// FuzzWorkbook crash-9a1a5349: a row listing its cells out of order (`J5`
/// before `C5`) made the used range from the row's first and last cell, and a
/// cell outside it was written past the end of its record (a trap). The range
/// now comes from every cell; the sheet reads as written.
@Suite("A sheet whose cells are listed out of order")
struct WorkbookOrderTests {
    static func book(sheet: String) -> [UInt8] {
        StoredZip.archive([
            ("xl/workbook.xml", Array("<workbook><sheets><sheet name=\"실적\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".utf8)),
            ("xl/_rels/workbook.xml.rels", Array("""
            <Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
            Target="worksheets/sheet1.xml"/></Relationships>
            """.utf8)),
            ("xl/worksheets/sheet1.xml", Array(sheet.utf8)),
        ])
    }

    @Test("cells out of order, and one past the sheet's stated dimension, land in their columns")
    func outOfOrder() throws {
        // Every row lists its D cell first: its last cell is never the rightmost.
        let sheet = """
        <worksheet><dimension ref="A1:B3"/><sheetData>\
        <row r="1"><c r="D1" t="inlineStr"><is><t>비고</t></is></c><c r="A1" t="inlineStr"><is><t>지역</t></is></c>\
        <c r="B1" t="inlineStr"><is><t>금액(만달러)</t></is></c><c r="C1" t="inlineStr"><is><t>건수(건)</t></is></c></row>\
        <row r="2"><c r="D2" t="inlineStr"><is><t>LA</t></is></c><c r="C2"><v>3</v></c><c r="A2" t="inlineStr"><is><t>미국</t></is></c>\
        <c r="B2"><v>325</v></c></row>\
        <row r="3"><c r="D3" t="inlineStr"><is><t>-</t></is></c><c r="B3"><v>934</v></c><c r="A3" t="inlineStr"><is><t>동남아</t></is></c>\
        <c r="C3"><v>5</v></c></row>\
        </sheetData></worksheet>
        """
        let result = try WorkbookImporter.read(bytes: Self.book(sheet: sheet), name: "order.xlsx")
        let table = result.table
        #expect(table.columnNames == ["지역", "금액", "건수", "비고"])
        #expect(table.column(named: "금액").map { $0.map(\.decimal) } == [325, 934])
        #expect(table.column(named: "건수").map { $0.map(\.decimal) } == [3, 5])
        #expect(table.column(named: "지역").map { Array($0) } == [.text("미국"), .text("동남아")])
    }

    /// FuzzWorkbook: `r="AAAAAAAAAAAAAAAAA1"` overflowed the column arithmetic (a trap).
    @Test("a cell reference past Excel's largest sheet is no reference", arguments: [
        ("C12", 12, 3), ("XFD1048576", 1_048_576, 16_384), ("XFE1", nil, nil), ("A1048577", nil, nil),
        ("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1", nil, nil), ("A99999999999999999999999", nil, nil),
    ] as [(String, Int?, Int?)])
    func referenceBounds(text: String, row: Int?, column: Int?) {
        let parsed = CellReference.parse(text)
        #expect(parsed?.row == row && parsed?.column == column)
    }
}
