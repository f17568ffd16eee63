import Testing
@testable import BriefingCore

/// Equality filters on text go through the table's index: the same rows, in
/// table order, as reading every cell — and a table whose columns change is indexed afresh.
@Suite struct TextIndexTests {
    static let csv = "기업명,월,계약액(만달러)\n가나광학,2024.01,1\n\" 다라 \",2024.01,2\n가나광학,2024.02,-\n다라,2024.02,4\n2024,2024.03,5\n"
    let table = try! CSVImporter.read(bytes: Array(TextIndexTests.csv.utf8), name: "c.csv").table

    func scan(_ filters: [RowFilter], _ t: Table) -> [Int] {
        (0..<t.rowCount).filter { r in filters.allSatisfy { f in f.matches(t.column(named: f.column)![r]) } }
    }

    @Test(arguments: [
        [RowFilter.equals("기업명", "가나광학")],
        [RowFilter.equals("기업명", "다라")],
        [RowFilter.equals("기업명", " 다라")],
        [RowFilter.equals("기업명", "없음")],
        [RowFilter.equals("기업명", "다라"), RowFilter.periodIn("월", .month(Month(year: 2024, month: 2)!))],
        [RowFilter.periodIn("월", .month(Month(year: 2024, month: 1)!)), RowFilter.equals("기업명", "가나광학")],
    ])
    func sameRowsAsAScan(filters: [RowFilter]) throws {
        #expect(try Measures(table).rows(where: filters) == scan(filters, table))
    }

    @Test func changedColumnsAreIndexedAfresh() throws {
        var t = table
        #expect(try Measures(t).rows(where: [.equals("기업명", "가나광학")]) == [0, 2])
        t.columns[0] = Column(name: "기업명", type: .text, cells: [.text("x"), .text("가나광학"), .text("x"), .text("x"), .text("x")])
        #expect(try Measures(t).rows(where: [.equals("기업명", "가나광학")]) == [1])
    }
}
