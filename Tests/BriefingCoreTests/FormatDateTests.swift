import Testing
@testable import BriefingCore

@Suite struct FormatDateTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    static let dateCases: [(day: Day, ko: String, en: String)] = [
        (day(2024, 3, 24), "2024. 3. 24.(일)", "Mar 24, 2024"),
        (day(2024, 3, 30), "2024. 3. 30.(토)", "Mar 30, 2024"),
        (day(2024, 4, 7), "2024. 4. 7.(일)", "Apr 7, 2024"),
        (day(2024, 2, 29), "2024. 2. 29.(목)", "Feb 29, 2024"),
        (day(2023, 12, 31), "2023. 12. 31.(일)", "Dec 31, 2023"),
    ]

    @Test(arguments: dateCases)
    func dates(_ c: (day: Day, ko: String, en: String)) {
        #expect(FigureFormatter(locale: .ko).date(c.day) == c.ko)
        #expect(FigureFormatter(locale: .en).date(c.day) == c.en)
    }

    @Test func months() {
        #expect(FigureFormatter(locale: .ko).month(Month(year: 2024, month: 3)!) == "2024년 3월")
        #expect(FigureFormatter(locale: .en).month(Month(year: 2024, month: 3)!) == "March 2024")
        #expect(FigureFormatter(locale: .en).month(Month(year: 2024, month: 12)!) == "December 2024")
    }

    static let rangeCases: [(start: Day, end: Day, ko: String, en: String)] = [
        (day(2024, 3, 24), day(2024, 3, 30), "2024. 3. 24.(일) ~ 3. 30.(토)", "Mar 24–30, 2024"),
        (day(2024, 3, 26), day(2024, 3, 28), "2024. 3. 26.(화) ~ 3. 28.(목)", "Mar 26–28, 2024"),
        (day(2024, 3, 30), day(2024, 4, 2), "2024. 3. 30.(토) ~ 4. 2.(화)", "Mar 30–Apr 2, 2024"),
        (day(2024, 12, 30), day(2025, 1, 2), "2024. 12. 30.(월) ~ 2025. 1. 2.(목)", "Dec 30, 2024–Jan 2, 2025"),
        (day(2024, 3, 24), day(2024, 3, 24), "2024. 3. 24.(일)", "Mar 24, 2024"),
    ]

    @Test(arguments: rangeCases)
    func ranges(_ c: (start: Day, end: Day, ko: String, en: String)) {
        let r = DayRange(c.start, c.end)!
        #expect(FigureFormatter(locale: .ko).range(r) == c.ko)
        #expect(FigureFormatter(locale: .en).range(r) == c.en)
    }

    @Test func periods() {
        let ko = FigureFormatter(locale: .ko), en = FigureFormatter(locale: .en)
        #expect(ko.period(.year(2024)) == "2024년")
        #expect(ko.period(.half(year: 2024, half: 2)) == "2024년 하반기")
        #expect(ko.period(.quarter(year: 2024, quarter: 1)) == "2024년 1분기")
        #expect(en.period(.quarter(year: 2024, quarter: 1)) == "Q1 2024")
        #expect(en.period(.half(year: 2024, half: 1)) == "H1 2024")
        #expect(en.period(.day(Self.day(2024, 3, 24))) == "Mar 24, 2024")
    }
}

@Suite struct FormatAxisTests {
    static let tickCases: [(value: String, unit: MeasureUnit?, step: String, ko: String, en: String)] = [
        ("0", Fixture.manUSD, "500", "0", "0"),
        ("500", Fixture.manUSD, "500", "500만", "$5M"),
        ("1000", Fixture.manUSD, "500", "1,000만", "$10M"),
        ("250", Fixture.manUSD, "250", "250만", "$2.5M"),
        ("50", Fixture.manUSD, "50", "50만", "$500K"),
        ("5000", Fixture.manUSD, "5000", "5,000만", "$50M"),
        ("10000", Fixture.manUSD, "5000", "1억", "$100M"),
        ("15000", Fixture.manUSD, "5000", "1.5억", "$150M"),
        ("-500", Fixture.manUSD, "500", "−500만", "−$5M"),
        ("5", Fixture.eokWon, "5", "5억", "₩500M"),
        ("20", Fixture.people, "5", "20", "20"),
        ("15000", Fixture.people, "5000", "15,000", "15,000"),
        ("2.5", nil, "0.5", "2.5", "2.5"),
    ]

    @Test(arguments: tickCases)
    func ticks(_ c: (value: String, unit: MeasureUnit?, step: String, ko: String, en: String)) {
        let v = ExactDecimal(c.value)!, s = ExactDecimal(c.step)!
        #expect(FigureFormatter(locale: .ko).axisTick(value: v, unit: c.unit, step: s) == c.ko)
        #expect(FigureFormatter(locale: .en).axisTick(value: v, unit: c.unit, step: s) == c.en)
    }

    @Test func percentTicks() {
        let u = MeasureUnit(.percent, written: "%")
        #expect(FigureFormatter(locale: .ko).axisTick(value: 10, unit: u, step: 10) == "10%")
        #expect(FigureFormatter(locale: .en).axisTick(value: ExactDecimal("12.5")!, unit: u, step: ExactDecimal("2.5")!) == "12.5%")
    }
}
