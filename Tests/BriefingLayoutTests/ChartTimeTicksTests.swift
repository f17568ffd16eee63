import BriefingCore
@testable import BriefingLayout
import Testing

/// Calendar ticks for monthly line charts: span → interval → ticked months,
/// as d3-time chooses them (1 month, a quarter, 1, 2, 5, 10 years).
@Suite("Chart time ticks")
struct ChartTimeTicksTests {
    /// `count` consecutive months from `start` (`"2005-01"`).
    static func months(from year: Int, _ month: Int, count: Int) -> [Month] {
        let first = Month(year: year, month: month)!
        return (0..<count).map { first.adding(months: $0) }
    }

    /// Korean category labels as TableChartData writes them: `2024. 3.`.
    static func labels(_ months: [Month]) -> [String] { months.map { "\($0.year). \($0.month)." } }

    struct Case: Sendable, CustomStringConvertible {
        var start: (year: Int, month: Int), count: Int, wanted: Int
        var interval: Int, ticks: [String]
        var description: String { "\(count) months from \(start.year)-\(start.month), ~\(wanted) ticks" }
    }

    static let cases: [Case] = [
        // Twenty years: every two years on even years, never `2006. 7.`.
        Case(start: (2005, 1), count: 240, wanted: 10, interval: 24,
             ticks: ["2006", "2008", "2010", "2012", "2014", "2016", "2018", "2020", "2022", "2024"]),
        Case(start: (2005, 1), count: 240, wanted: 5, interval: 60, ticks: ["2005", "2010", "2015", "2020"]),
        Case(start: (2005, 1), count: 240, wanted: 2, interval: 120, ticks: ["2010", "2020"]),
        // Data starting mid-year ticks on the Januaries it holds.
        Case(start: (2016, 7), count: 96, wanted: 8, interval: 12,
             ticks: ["2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"]),
        // Three years: quarters, on January, April, July, October.
        Case(start: (2022, 1), count: 36, wanted: 10, interval: 3,
             ticks: ["2022. 1.", "2022. 4.", "2022. 7.", "2022. 10.", "2023. 1.", "2023. 4.", "2023. 7.", "2023. 10.",
                     "2024. 1.", "2024. 4.", "2024. 7.", "2024. 10."]),
        // A monthly report's 13 months: every month when it fits, quarters when it does not.
        Case(start: (2023, 3), count: 13, wanted: 13, interval: 1,
             ticks: ["2023. 3.", "2023. 4.", "2023. 5.", "2023. 6.", "2023. 7.", "2023. 8.", "2023. 9.", "2023. 10.", "2023. 11.",
                     "2023. 12.", "2024. 1.", "2024. 2.", "2024. 3."]),
        Case(start: (2023, 3), count: 13, wanted: 5, interval: 3, ticks: ["2023. 4.", "2023. 7.", "2023. 10.", "2024. 1."]),
    ]

    @Test(arguments: cases)
    func spanChoosesIntervalAndTicks(_ c: Case) {
        let months = Self.months(from: c.start.year, c.start.month, count: c.count)
        let interval = TimeTicks.interval(spanMonths: c.count - 1, count: c.wanted)
        #expect(interval == c.interval)
        #expect(TimeTicks(months, interval: interval).labels(Self.labels(months)) == c.ticks)
    }

    /// The nearest interval by ratio: 18.4 months is nearer 24 (×1.30) than 12 (×1.53).
    @Test(arguments: [(239, 13, 24), (239, 20, 12), (12, 12, 1), (12, 4, 3), (1, 10, 1), (5000, 3, 120), (36, 1, 24)])
    func intervalIsNearestByRatio(span: Int, count: Int, interval: Int) {
        #expect(TimeTicks.interval(spanMonths: span, count: count) == interval)
    }

    @Test func yearStepsAlignToTheCalendarBeforeYearZero() {
        let months = Self.months(from: -3, 1, count: 48)
        #expect(TimeTicks(months, interval: 24).years == [-2, 0])
    }

    /// The 20-year monthly line chart, laid out: x labels are years two
    /// apart, none of them crowd another, and none is a mid-year month.
    @Test func twentyYearsOfMonthsTickByYear() throws {
        let months = Self.months(from: 2005, 1, count: 240)
        let values = (0..<240).map { ExactDecimal(1000 + $0 * 8) }
        let spec = ChartSpec(kind: .line, title: "20년 월별 수출액", size: Size(1200, 675), data: ChartData(
            categories: Self.labels(months), series: [Series(name: "수출액", values: values)], months: months))
        let ticks = runs(try layout(spec), role: .tick(.x))
        #expect(ticks.map(\.text) == ["2006", "2008", "2010", "2012", "2014", "2016", "2018", "2020", "2022", "2024"])
        for (a, b) in zip(ticks, ticks.dropFirst()) { #expect(a.box.maxX < b.box.minX, "\(a.text) crowds \(b.text)") }
    }

    /// Without months (text categories) the old rule stays: every k-th label, first and last shown.
    @Test func textCategoriesKeepEveryKthLabel() throws {
        let months = Self.months(from: 2005, 1, count: 240)
        let spec = ChartSpec(kind: .line, title: "t", size: Size(1200, 675), data: ChartData(
            categories: Self.labels(months), series: [Series(name: "v", values: (0..<240).map { ExactDecimal($0) })]))
        let ticks = runs(try layout(spec), role: .tick(.x)).map(\.text)
        #expect(ticks.first == "2005. 1." && ticks.last == "2024. 12.", "\(ticks)")
    }
}

/// A monthly report's 13-month trend in a narrow chart: quarters, and the
/// first and last month named too (the report month is what the page is about).
@Suite("Chart time ticks: a report's trend")
struct ChartTimeTicksTrendTests {
    @Test func quartersKeepTheFirstAndLastMonth() throws {
        let months = ChartTimeTicksTests.months(from: 2023, 3, count: 13)
        let spec = ChartSpec(kind: .line, title: "월별 수출 계약액", size: Size(480, 240), data: ChartData(
            categories: ChartTimeTicksTests.labels(months), series: [Series(name: "v", values: (0..<13).map { ExactDecimal($0) })],
            months: months))
        let ticks = runs(try layout(spec), role: .tick(.x))
        #expect(ticks.map(\.text) == ["2023. 3.", "2023. 7.", "2023. 10.", "2024. 1.", "2024. 3."])
        for (a, b) in zip(ticks, ticks.dropFirst()) { #expect(a.box.maxX < b.box.minX, "\(a.text) crowds \(b.text)") }
    }
}
