import BriefingCore
import BriefingLayout
import Testing
@testable import BriefingReport

/// Long (tidy) tables as statistics portals export them: series from a
/// column, months summed into years, the largest series kept.
@Suite("Charts of long tables")
struct LongTableChartTests {
    /// Passengers by region and month, as KOSIS writes them: 2022-11 to 2023-02,
    /// 광주 has no 2023-02 row, and 대구's 2022-12 cell is missing (`-`).
    static let csv = """
        지역별(1),시점,구분,여객(명)
        서울,2022.11,도착,100
        서울,2022.12,도착,110
        서울,2023.01,도착,120
        서울,2023.02,도착,130
        광주,2022.11,도착,10
        광주,2022.12,도착,11
        광주,2023.01,도착,12
        대구,2022.11,도착,20
        대구,2022.12,도착,-
        대구,2023.01,도착,22
        대구,2023.02,도착,23
        부산,2022.11,도착,5
        부산,2022.12,도착,5
        부산,2023.01,도착,5
        부산,2023.02,도착,5

        """
    let table = try! CSVImporter.read(bytes: Array(LongTableChartTests.csv.utf8), name: "air.csv").table
    let ko = FigureFormatter(locale: .ko)
    var all: [Int] { Array(0..<table.rowCount) }

    func make(_ shape: ChartShape, fold: Bool = false, locale: ReportLocale = .ko) throws -> TableChartData.Made {
        try TableChartData.make(table: table, x: "시점", y: ["여객"], y2: [], rows: all, formatter: FigureFormatter(locale: locale),
                                shape: shape, foldOther: fold)
    }

    func values(_ m: TableChartData.Made, _ series: String) -> [String?] {
        m.data.series.first { $0.name == series }!.values.map { $0?.description }
    }

    @Test("series come from a column's values, first seen first; a combination with no row is no value")
    func seriesFromColumn() throws {
        let m = try make(ChartShape(series: "지역별"))
        #expect(m.data.series.map(\.name) == ["서울", "광주", "대구", "부산"])
        #expect(m.data.categories == ["2022. 11.", "2022. 12.", "2023. 1.", "2023. 2."])
        #expect(values(m, "광주") == ["10", "11", "12", nil])
        #expect(values(m, "대구") == ["20", nil, "22", "23"])
        #expect(m.data.months?.count == 4)
        #expect(m.unit?.written == "명")
    }

    @Test("months summed by year; a year with only some months is marked and its months named")
    func byYearMarksPartialYears() throws {
        let m = try make(ChartShape(series: "지역별", by: .year))
        #expect(m.data.categories == ["2022년*", "2023년*"])
        #expect(values(m, "서울") == ["210", "250"])
        #expect(values(m, "광주") == ["21", "12"])
        #expect(m.notes.contains("* 2022년: 11–12월"))
        #expect(m.notes.contains("* 2023년: 1–2월"))
        let en = try make(ChartShape(series: "지역별", by: .year), locale: .en)
        #expect(en.notes.contains("* 2023: Jan–Feb only"))
        #expect(en.labels?["2023"] == "2023*")
    }

    @Test("a missing cell makes its period's sum missing, never a smaller sum, and is said")
    func missingCellIsNoSum() throws {
        let m = try make(ChartShape(series: "지역별", by: .year))
        #expect(values(m, "대구") == [nil, "45"])
        #expect(m.notes.contains { $0.contains("2022년* 대구") && $0.contains("결측") })
    }

    @Test("the largest series kept; on stacked bars the rest is summed into a grey 기타")
    func topFoldsTheRest() throws {
        let stacked = try make(ChartShape(series: "지역별", top: 2), fold: true)
        #expect(stacked.data.series.map(\.name) == ["서울", "대구", "기타"])
        #expect(values(stacked, "기타") == ["15", "16", "17", "5"])
        #expect(stacked.data.series.last?.color != nil)
        let line = try make(ChartShape(series: "지역별", top: 2))
        #expect(line.data.series.map(\.name) == ["서울", "대구"])
        #expect(line.notes.first == "상위 2개만 표시(나머지 2개 제외)")
    }

    @Test("series order names some first; a name that is no series is an error")
    func seriesOrder() throws {
        let m = try make(ChartShape(series: "지역별", seriesOrder: ["부산", "광주"]))
        #expect(m.data.series.map(\.name) == ["부산", "광주", "서울", "대구"])
        #expect(throws: TableChartData.Problem.unknownSeries("제주", known: ["서울", "광주", "대구", "부산"])) {
            try make(ChartShape(series: "지역별", seriesOrder: ["제주"]))
        }
    }

    @Test("two rows for one point are an error naming both lines and a column that tells them apart")
    func duplicatesAreErrors() throws {
        let text = "지역,시점,구분,여객(명)\n서울,2023.01,도착,1\n서울,2023.01,출발,2\n"
        let t = try CSVImporter.read(bytes: Array(text.utf8), name: "d.csv").table
        #expect(throws: TableChartData.Problem.duplicateRows(x: "2023-01", series: "서울", lines: [2, 3], apart: "구분 = 도착")) {
            try TableChartData.make(table: t, x: "시점", y: ["여객"], y2: [], rows: [0, 1], formatter: ko,
                                    shape: ChartShape(series: "지역"))
        }
    }

    @Test("by needs a time, and percents are not summed")
    func byNeedsTimeAndSummableValues() throws {
        #expect(throws: TableChartData.Problem.self) {
            try TableChartData.make(table: table, x: "지역별", y: ["여객"], y2: [], rows: all, formatter: ko, shape: ChartShape(by: .year))
        }
        let text = "시점,증감률(%)\n2023.01,1.5%\n2023.02,2%\n"
        let t = try CSVImporter.read(bytes: Array(text.utf8), name: "p.csv").table
        #expect(throws: TableChartData.Problem.cannotSum("증감률")) {
            try TableChartData.make(table: t, x: "시점", y: ["증감률"], y2: [], rows: [0, 1], formatter: ko, shape: ChartShape(by: .year))
        }
    }

    @Test("a stack with an unknown segment gets no total; one with no row for a series is whole")
    func stackWithoutTotal() throws {
        let m = try make(ChartShape(series: "지역별"), fold: true)
        let numbers = try ChartNumbers(data: m.data, unit: m.unit, secondaryUnit: nil, scale: .column, formatter: ko)
        let spec = ChartSpec(kind: .stackedBar, title: "여객", unitLine: numbers.unitLine, data: numbers.data)
        let r = try ChartLayout(measurer: ApproximateTextMeasurer(), formatter: numbers.valueFormatter).layoutReport(spec)
        // 대구's 2022-12 cell is missing: unknown. 광주 has no 2023-02 row: absent, the stack is whole.
        #expect(r.warnings.contains(.stackTotalsOmitted(categories: ["2022. 12."])))
        #expect(r.scene.allTextRuns.filter { $0.role == .valueLabel(series: nil, category: "2023. 2.") }.map(\.text) == ["158"])
        let totals = r.scene.allTextRuns.filter { $0.role == .valueLabel(series: nil, category: "2022. 11.") }.map(\.text)
        #expect(totals == ["135"])
        #expect(r.scene.allTextRuns.filter { $0.role == .valueLabel(series: nil, category: "2022. 12.") }.isEmpty)
    }

    @Test("a combo's right-axis line sums each category's rows, never split into series")
    func secondaryLineIsTheCategoryTotal() throws {
        let text = "시점,구분,여객(명),운항(편)\n2023.01,도착,10,1\n2023.01,출발,20,2\n2023.02,도착,30,3\n2023.02,출발,40,-\n"
        let t = try CSVImporter.read(bytes: Array(text.utf8), name: "c.csv").table
        let m = try TableChartData.make(table: t, x: "시점", y: ["여객"], y2: ["운항"], rows: [0, 1, 2, 3], formatter: ko,
                                        shape: ChartShape(series: "구분"))
        #expect(m.data.series.map(\.name) == ["도착", "출발"])
        #expect(m.data.secondary.map(\.name) == ["운항"])
        #expect(m.data.secondary[0].values.map { $0?.description } == ["3", nil])
        #expect(m.secondaryUnit?.written == "편")
    }
}
