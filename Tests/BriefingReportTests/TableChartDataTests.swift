import BriefingCore
import BriefingLayout
import Testing
@testable import BriefingReport

@Suite("Charts straight from a table")
struct TableChartDataTests {
    static let csv = "연도,수출액(만달러),증감률(%)\n2022,901,-3.5%\n2023,934,3.7%\n2024,\"1,000\",7.1%\n"
    let table = try! CSVImporter.read(bytes: Array(TableChartDataTests.csv.utf8), name: "exports.csv").table
    let ko = FigureFormatter(locale: .ko)

    @Test("a combo chart's right axis is written in percent, not in the bars' 만 달러")
    func secondaryAxisInPercent() throws {
        let r = try TableChartData.make(table: table, x: "연도", y: ["수출액"], y2: ["증감률"], rows: [0, 1, 2], formatter: ko)
        #expect(r.unit?.powerOfTen == 4)
        #expect(r.secondaryUnit?.quantity == .percent)
        let numbers = try ChartNumbers(data: r.data, unit: r.unit, secondaryUnit: r.secondaryUnit, scale: .column, formatter: ko)
        let spec = ChartSpec(kind: .combo, title: "수출액과 증감률", unitLine: numbers.unitLine, data: numbers.data)
        let scene = try ChartLayout(measurer: ApproximateTextMeasurer(), formatter: numbers.valueFormatter,
                                    secondaryFormatter: numbers.secondaryFormatter).layout(spec)
        let right = scene.allTextRuns.filter { $0.role == .tick(.y2) }.map(\.text)
        #expect(!right.isEmpty)
        #expect(right.allSatisfy { $0.hasSuffix("%") }, "\(right)")
        let left = scene.allTextRuns.filter { $0.role == .tick(.y) }.map(\.text)
        #expect(left.contains("1,000"), "\(left)")
        #expect(numbers.unitLine == "(단위: 만 달러, %)")
    }

    @Test("categories can be named as the data writes them: 2024 is the 2024년 bar")
    func rawLabels() {
        let labels = TableChartData.labels(table: table, x: "연도", rows: [0, 1, 2], formatter: ko)
        #expect(labels["2024"] == "2024년")
    }

    @Test("--x 지역별 finds KOSIS's 지역별(1); an alias two columns share is an error naming both")
    func classificationAlias() throws {
        let csv = "지역별(1),산업별(1),산업별(2),수출액(천달러)\n서울,a,b,10\n부산,a,c,20\n"
        let kosis = try CSVImporter.read(bytes: Array(csv.utf8), name: "kosis.csv").table
        let (data, _) = try TableChartData.make(table: kosis, x: "지역별", y: ["수출액"], rows: [0, 1], formatter: ko)
        #expect(data.categories == ["서울", "부산"])
        #expect(throws: TableChartData.Problem.ambiguousColumn("산업별", file: "kosis.csv", candidates: ["산업별(1)", "산업별(2)"])) {
            _ = try TableChartData.make(table: kosis, x: "산업별", y: ["수출액"], rows: [0, 1], formatter: ko)
        }
    }

    @Test("a text column cannot be charted, with the reason")
    func textColumn() {
        #expect(throws: TableChartData.Problem.notNumbers("연도", type: .year)) {
            _ = try TableChartData.make(table: table, x: "수출액", y: ["연도"], rows: [0], formatter: ko)
        }
    }

    @Test("the unit line writes a scale and its unit apart",
          arguments: [("만달러", "(단위: 만 달러)"), ("천원", "(단위: 천 원)"), ("명", "(단위: 명)"), ("천명", "(단위: 천명)")])
    func unitLine(written: String, expected: String) throws {
        let unit = try #require(HeaderParser.parse("x(\(written))").unit)
        #expect(try UnitDisplay(source: unit, locale: .ko).unitLine == expected)
    }
}
