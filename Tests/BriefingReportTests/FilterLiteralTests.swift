import BriefingCore
import Testing
@testable import BriefingReport

/// Filters are written the way the data is: `월 = 2024.03`, `월 in ["2024년 3월"]`.
@Suite("Filter literals mean what the importer reads")
struct FilterLiteralTests {
    static let csv = "월,값(건)\n2024.01,1\n2024.02,2\n2024.03,3\n2024.10,10\n"
    let table = try! CSVImporter.read(bytes: Array(FilterLiteralTests.csv.utf8), name: "m.csv").table

    func values(_ where_: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String] {
        let filters = try Condition.rowFilters(try Condition.parseList(where_), period: nil)
        let rows = try Measures(table).rows(where: filters)
        return rows.map { RowFilter.label(table.column(named: "값")![$0]) }
    }

    @Test("months as numbers, as text, in sets", arguments: [
        ("월 = 2024.03", ["3"]),
        ("월 = 2024.3", ["3"]),
        ("월 = 2024.10", ["10"]),
        ("월 in [2024.01, 2024.02]", ["1", "2"]),
        ("월 = \"2024-03\"", ["3"]),
        ("월 = \"2024년 10월\"", ["10"]),
    ])
    func months(where_: String, expected: [String]) throws {
        #expect(try values(where_) == expected)
    }

    @Test("numbers still match numbers exactly")
    func numbers() throws {
        #expect(try values("값 = 10") == ["10"])
        #expect(try values("값 in [1, 3]") == ["1", "3"])
    }
}
