import Testing
@testable import BriefingCore

@Suite("Days, months and periods")
struct CalendarTests {
    @Test("2024-03-24 was a Sunday (일), 2024-03-30 a Saturday (토)")
    func weekdays() {
        #expect(Day(year: 2024, month: 3, day: 24)!.weekday == 0)
        #expect(Day(year: 2024, month: 3, day: 30)!.weekday == 6)
        #expect(Day(year: 1970, month: 1, day: 1)!.weekday == 4)
    }

    @Test("days that do not exist are nil", arguments: [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31), (2024, 0, 1)])
    func invalidDays(y: Int, m: Int, d: Int) {
        #expect(Day(year: y, month: m, day: d) == nil)
    }

    @Test("ordinal round trip across leap years")
    func ordinalRoundTrip() {
        for ordinal in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(ordinal: ordinal).ordinal == ordinal)
        }
        #expect(Day(year: 2024, month: 2, day: 29)!.adding(days: 1) == Day(year: 2024, month: 3, day: 1)!)
    }

    @Test("January's previous month is December of the year before")
    func monthArithmetic() {
        let jan = Month(year: 2024, month: 1)!
        #expect(jan.previous == Month(year: 2023, month: 12)!)
        #expect(jan.sameMonthLastYear == Month(year: 2023, month: 1)!)
        #expect(Month(year: 2024, month: 2)!.lastDay == Day(year: 2024, month: 2, day: 29)!)
        #expect(Month(year: 2024, month: 3)!.adding(months: 12 * 3 + 10) == Month(year: 2028, month: 1)!)
    }

    @Test("periods cover their days and order by start")
    func periods() {
        #expect(Period.quarter(year: 2024, quarter: 1).days.end == Day(year: 2024, month: 3, day: 31)!)
        #expect(Period.half(year: 2024, half: 2).days.start == Day(year: 2024, month: 7, day: 1)!)
        #expect(Period.year(2023) < Period.month(Month(year: 2024, month: 1)!))
        #expect(Period.month(Month(year: 2024, month: 3)!).description == "2024-03")
    }
}
