import BriefingCore
import BriefingReport
import Testing

private func month(_ y: Int, _ m: Int) -> Month { Month(year: y, month: m)! }
private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

@Suite("Run periods")
struct RunPeriodTests {
    @Test(arguments: [
        ("2024-03", ReportPeriod.month(month(2024, 3))),
        ("2024-3", .month(month(2024, 3))),
        ("2024.03", .month(month(2024, 3))),
        ("2024. 3.", .month(month(2024, 3))),
        ("2024/12", .month(month(2024, 12))),
        ("2024년 3월", .month(month(2024, 3))),
        ("2024년3월", .month(month(2024, 3))),
        (" 2024-03 ", .month(month(2024, 3))),
        ("last-month", .lastMonth),
        ("LAST-MONTH", .lastMonth),
        ("지난달", .lastMonth),
        ("this-month", .thisMonth),
    ])
    func parsesPeriodValues(text: String, expected: ReportPeriod) throws {
        #expect(try ReportPeriod.parse(text) == expected)
    }

    @Test(arguments: [
        ("2024-13", "--period \"2024-13\": month 13 is not between 1 and 12"),
        ("2024-00", "--period \"2024-00\": month 0 is not between 1 and 12"),
        ("0999-01", "--period \"0999-01\": year 999 is not between 1900 and 9999"),
        ("24-03", "--period \"24-03\": expected \(ReportPeriod.acceptedForms)"),
        ("2024-03-01", "--period \"2024-03-01\": expected \(ReportPeriod.acceptedForms)"),
        ("2024년 3", "--period \"2024년 3\": expected \(ReportPeriod.acceptedForms)"),
        ("march", "--period \"march\": expected \(ReportPeriod.acceptedForms)"),
        ("", "--period \"\": expected \(ReportPeriod.acceptedForms)"),
    ])
    func rejectsBadPeriodsClearly(text: String, message: String) {
        #expect {
            _ = try ReportPeriod.parse(text)
        } throws: { error in
            guard let e = error as? RunError, case .invalidPeriod = e else { return false }
            return e.description == message && e.exitCode == .usage
        }
    }

    @Test(arguments: [
        (day(2024, 1, 1), month(2023, 12)),    // January → December of the year before
        (day(2024, 3, 1), month(2024, 2)),
        (day(2024, 3, 31), month(2024, 2)),
        (day(2024, 12, 31), month(2024, 11)),
    ])
    func lastMonthFromToday(today: Day, expected: Month) throws {
        #expect(try ReportPeriod.parse("last-month").resolve(today: today) == expected)
    }

    /// 2024-03-31T15:30:00Z is already 00:30 on April 1 in Seoul.
    @Test(arguments: [
        (Int64(1_711_899_000), day(2024, 4, 1), month(2024, 3)),
        (Int64(1_711_897_199), day(2024, 3, 31), month(2024, 2)),   // 23:59:59 in Seoul
        (Int64(1_704_034_800), day(2024, 1, 1), month(2023, 12)),   // 2023-12-31T15:00Z = new year in Seoul
        (Int64(-32_401), day(1969, 12, 31), month(1969, 11)),       // before the epoch: floor, not truncation
    ])
    func seoulDayFromEpochSeconds(seconds: Int64, today: Day, lastMonth: Month) {
        #expect(SeoulTime.day(epochSeconds: seconds) == today)
        #expect(ReportPeriod.lastMonth.resolve(today: SeoulTime.day(epochSeconds: seconds)) == lastMonth)
    }

    @Test func seoulTimestamps() {
        #expect(SeoulTime.timestamp(epochSeconds: 1_711_899_000) == "2024-04-01T00:30:00+09:00")
        #expect(SeoulTime.timeOfDay(epochSeconds: 1_711_922_401) == "07:00:01")
        #expect(SeoulTime.timeOfDay(epochSeconds: -32_401) == "23:59:59")
    }

    @Test(arguments: [
        ("2024-02-29", day(2024, 2, 29)),
        ("2023-12-31", day(2023, 12, 31)),
    ])
    func parsesToday(text: String, expected: Day) throws {
        #expect(try parseToday(text) == expected)
    }

    @Test(arguments: [
        ("2023-02-29", "--today \"2023-02-29\": no such day"),
        ("2024-3-1", "--today \"2024-3-1\": expected YYYY-MM-DD, e.g. 2024-04-01"),
    ])
    func rejectsBadToday(text: String, message: String) {
        #expect {
            _ = try parseToday(text)
        } throws: { error in
            (error as? RunError)?.description == message
        }
    }

    struct ContextCase: Sendable, CustomTestStringConvertible {
        var current: Month, previous: Month, lastYear: Month, ytd: String, lastYTD: String, ytdMonths: Int
        var testDescription: String { current.description }
    }

    @Test(arguments: [
        ContextCase(current: month(2024, 3), previous: month(2024, 2), lastYear: month(2023, 3),
                    ytd: "2024-01…2024-03", lastYTD: "2023-01…2023-03", ytdMonths: 3),
        ContextCase(current: month(2024, 1), previous: month(2023, 12), lastYear: month(2023, 1),
                    ytd: "2024-01", lastYTD: "2023-01", ytdMonths: 1),
        ContextCase(current: month(2024, 12), previous: month(2024, 11), lastYear: month(2023, 12),
                    ytd: "2024-01…2024-12", lastYTD: "2023-01…2023-12", ytdMonths: 12),
    ])
    func periodContext(c: ContextCase) {
        let p = PeriodContext(c.current)
        #expect(p.previous == c.previous)
        #expect(p.sameMonthLastYear == c.lastYear)
        #expect(p.yearToDate.description == c.ytd)
        #expect(p.lastYearToDate.description == c.lastYTD)
        #expect(p.yearToDate.count == c.ytdMonths)
        #expect(p.yearToDate.months.first == Month(year: c.current.year, month: 1))
        #expect(p.yearToDate.months.last == c.current)
    }

    /// Month ends, leap years: February 2024 ends on the 29th, 2023 and 1900 on the 28th, 2000 on the 29th.
    @Test(arguments: [
        (month(2024, 2), day(2024, 2, 29), 29),
        (month(2023, 2), day(2023, 2, 28), 28),
        (month(1900, 2), day(1900, 2, 28), 28),
        (month(2000, 2), day(2000, 2, 29), 29),
        (month(2024, 4), day(2024, 4, 30), 30),
        (month(2024, 12), day(2024, 12, 31), 31),
    ])
    func monthEnds(m: Month, last: Day, days: Int) {
        #expect(m.lastDay == last)
        #expect(PeriodContext(m).yearToDate.days.end == last)
        #expect(MonthRange(first: m, last: m)!.days.dayCount == days)
    }

    /// Year to date of leap February: 31 + 29 days; last year's: 31 + 28.
    @Test func yearToDateDaysAcrossLeapYear() {
        let p = PeriodContext(month(2024, 2))
        #expect(p.yearToDate.days.dayCount == 60)
        #expect(p.lastYearToDate.days.dayCount == 59)
        #expect(p.yearToDate.contains(day(2024, 2, 29)))
        #expect(!p.yearToDate.contains(day(2024, 3, 1)))
    }
}

@Suite("Run periods from the command line")
struct RunPeriodCommandLineTests {
    @Test(arguments: [
        ("last-month", nil, Int64(1_711_899_000), "2024-03"),        // 2024-03-31T15:30Z is April 1 in Seoul
        ("last-month", "2024-01-01", Int64(1_711_899_000), "2023-12"), // --today wins over the clock
        ("2024년 2월", nil, Int64(0), "2024-02"),
    ] as [(String, String?, Int64, String)])
    func resolves(period: String, today: String?, seconds: Int64, expected: String) throws {
        #expect(try ReportPeriod.resolve(period: period, today: today, epochSeconds: seconds).description == expected)
    }
}
