import Testing
@testable import BriefingCore

/// The formatting table, both locales, plus negatives, zero, missing,
/// the very large and the very small.
@Suite struct FormatAmountTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var value: String
        var unit: MeasureUnit
        var ko: String
        var en: String
        var testDescription: String { "\(value) \(unit.written) → \(ko) | \(en)" }
    }

    static let usd = Fixture.usd, won = Fixture.won, manUSD = Fixture.manUSD, eokWon = Fixture.eokWon

    static let formattingTable: [Case] = [
        Case(value: "10000000", unit: usd, ko: "1,000만 달러", en: "$10.0M"),
        Case(value: "1000", unit: manUSD, ko: "1,000만 달러", en: "$10.0M"),
        Case(value: "9340000", unit: usd, ko: "934만 달러", en: "$9.34M"),
        Case(value: "934", unit: manUSD, ko: "934만 달러", en: "$9.34M"),
        Case(value: "3250000000", unit: won, ko: "32.5억 원", en: "₩3.25B"),
        Case(value: "32.5", unit: eokWon, ko: "32.5억 원", en: "₩3.25B"),
        Case(value: "1234000000000", unit: won, ko: "1.2조 원", en: "₩1.23T"),
        Case(value: "850", unit: manUSD, ko: "850만 달러", en: "$8.50M"),
        Case(value: "66", unit: manUSD, ko: "66만 달러", en: "$660,000"),
        Case(value: "150", unit: manUSD, ko: "150만 달러", en: "$1.50M"),
        Case(value: "0.5", unit: usd, ko: "0.5달러", en: "$0.50"),
        Case(value: "5000", unit: usd, ko: "5,000달러", en: "$5,000"),
        Case(value: "930000000", unit: won, ko: "9.3억 원", en: "₩930M"),
        Case(value: "1000000000", unit: won, ko: "10억 원", en: "₩1.00B"),
        Case(value: "0", unit: usd, ko: "0달러", en: "$0"),
        Case(value: "0", unit: manUSD, ko: "0만 달러", en: "$0"),
        Case(value: "-934", unit: manUSD, ko: "−934만 달러", en: "−$9.34M"),
        Case(value: "-0.001", unit: usd, ko: "0달러", en: "$0.00"),
        // 9,999.6만 rounds to 10,000만: shown as 1억, never 10,000만.
        Case(value: "99996000", unit: usd, ko: "1억 달러", en: "$100M"),
        Case(value: "999999999", unit: usd, ko: "10억 달러", en: "$1.00B"),
        // Very large: 12,345조 원 (the significand stays exact in 128 bits).
        Case(value: "12345000000000000", unit: won, ko: "12,345조 원", en: "₩12,345T"),
        Case(value: "0.01", unit: won, ko: "0.01원", en: "₩0.01"),
        Case(value: "35000", unit: won, ko: "3.5만 원", en: "₩35,000"),
        Case(value: "50000", unit: won, ko: "5만 원", en: "₩50,000"),
        Case(value: "664000", unit: usd, ko: "66만 달러", en: "$664,000"),
        Case(value: "99996000000", unit: won, ko: "1,000억 원", en: "₩100B"),
        Case(value: "999996000000", unit: won, ko: "1조 원", en: "₩1.00T"),
    ]

    @Test(arguments: formattingTable)
    func formattingTableRow(_ c: Case) {
        let a = Amount(ExactDecimal(c.value)!, c.unit)
        #expect(FigureFormatter(locale: .ko).amount(a) == c.ko)
        #expect(FigureFormatter(locale: .en).amount(a) == c.en)
    }

    @Test func splitStyleSpellsEveryMyriad() {
        let f = FigureFormatter(locale: .ko, options: FormatOptions(koreanAmountStyle: .split))
        #expect(f.amount(Amount(3_250_000_000, Fixture.won)) == "32억 5,000만 원")
        #expect(f.amount(Amount(1_234_000_000_000, Fixture.won)) == "1조 2,340억 원")
        #expect(f.amount(Amount(3_200_000_000, Fixture.won)) == "32억 원")
        #expect(f.amount(Amount(ExactDecimal(-325_000_000), Fixture.won)) == "−3억 2,500만 원")
        // Below 억 the split style has nothing to split.
        #expect(f.amount(Amount(934, Fixture.manUSD)) == "934만 달러")
    }

    @Test func explicitDigits() {
        let ko = FigureFormatter(locale: .ko), en = FigureFormatter(locale: .en)
        #expect(ko.amount(Amount(3_250_000_000, Fixture.won), precision: .digits(2)) == "32.50억 원")
        #expect(ko.amount(Amount(Fixture.d("932.6"), Fixture.manUSD), precision: .digits(1)) == "932.6만 달러")
        #expect(en.amount(Amount(9_340_000, Fixture.usd), precision: .digits(1)) == "$9.3M")
        #expect(en.amount(Amount(10_000_000, Fixture.usd), precision: .digits(0)) == "$10M")
    }

    @Test func scaleChoices() {
        let follow = FigureFormatter(locale: .ko)
        // A (만달러) column keeps 만 for less than one 만.
        #expect(follow.amount(Amount(Fixture.d("0.5"), Fixture.manUSD)) == "0.5만 달러")
        // …but moves to 억 once the figure reaches it.
        #expect(follow.amount(Amount(12_000, Fixture.manUSD)) == "1.2억 달러")
        let auto = FigureFormatter(locale: .ko, options: FormatOptions(scale: .auto))
        #expect(auto.amount(Amount(Fixture.d("0.5"), Fixture.manUSD)) == "5,000달러")
        let eok = FigureFormatter(locale: .ko, options: FormatOptions(scale: .fixed(8)))
        #expect(eok.amount(Amount(1_234_000_000_000, Fixture.won)) == "12,340억 원")
    }

    @Test func signedAmounts() {
        let ko = FigureFormatter(locale: .ko), en = FigureFormatter(locale: .en)
        let up = Amount(66, Fixture.manUSD), down = Amount(-66, Fixture.manUSD)
        #expect(ko.signedAmount(up) == "+66만 달러")
        #expect(ko.signedAmount(down) == "−66만 달러")
        #expect(ko.signedAmount(down, style: .triangle) == "△66만 달러")
        #expect(ko.signedAmount(Amount(0, Fixture.manUSD)) == "0만 달러")
        #expect(ko.signedAmount(nil) == "-")
        #expect(en.signedAmount(down, style: .triangle) == "−$660,000")
        #expect(en.signedAmount(nil) == "n/a")
    }

    @Test func tableStyleNegatives() {
        let table = FigureFormatter(locale: .ko, options: FormatOptions(changeStyle: .triangle))
        #expect(table.amount(Amount(-934, Fixture.manUSD)) == "△934만 달러")
        #expect(table.shortAmount(Amount(-934, Fixture.manUSD)) == "△934만")
        #expect(table.amount(Amount(ExactDecimal("-0.001")!, Fixture.usd)) == "0달러")
        let en = FigureFormatter(locale: .en, options: FormatOptions(changeStyle: .triangle))
        #expect(en.amount(Amount(-934, Fixture.manUSD)) == "−$9.34M")
    }

    @Test func shortAmountsForBarLabels() {
        let ko = FigureFormatter(locale: .ko), en = FigureFormatter(locale: .en)
        #expect(ko.shortAmount(Amount(1000, Fixture.manUSD)) == "1,000만")
        #expect(ko.shortAmount(Amount(3_250_000_000, Fixture.won)) == "32.5억")
        #expect(en.shortAmount(Amount(1000, Fixture.manUSD)) == "10.0M")
        #expect(ko.shortAmount(Amount(14_500, Fixture.people)) == "14,500")
    }

    @Test func nearFiguresStayDistinct() {
        let ko = FigureFormatter(locale: .ko)
        let near = [Amount(Fixture.d("932.6"), Fixture.manUSD), Amount(Fixture.d("933.4"), Fixture.manUSD)]
        #expect(ko.amount(near[0]) == ko.amount(near[1]))
        let p = ko.precision(distinguishing: near)
        #expect(p == .digits(1))
        #expect(near.map { ko.amount($0, precision: p) } == ["932.6만 달러", "933.4만 달러"])
        #expect(ko.precision(distinguishing: [Amount(934, Fixture.manUSD), Amount(1000, Fixture.manUSD)]) == .auto)
    }

    @Test func missingAmountIsNotComputable() {
        #expect(FigureFormatter(locale: .ko).amount(Amount?.none) == "-")
        #expect(FigureFormatter(locale: .en).amount(Amount?.none) == "n/a")
    }
}

@Suite struct FormatRatioTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var numerator: String, denominator: String
        var ko: String, en: String
        var testDescription: String { "\(numerator)/\(denominator) → \(ko) | \(en)" }
    }

    static let percentCases: [Case] = [
        Case(numerator: "1000", denominator: "150", ko: "666.7%", en: "666.7%"),
        Case(numerator: "66", denominator: "934", ko: "7.1%", en: "7.1%"),
        Case(numerator: "1", denominator: "3", ko: "33.3%", en: "33.3%"),
        Case(numerator: "0", denominator: "5", ko: "0.0%", en: "0.0%"),
        Case(numerator: "-1", denominator: "3", ko: "−33.3%", en: "−33.3%"),
        Case(numerator: "-1", denominator: "10000", ko: "0.0%", en: "0.0%"),
        Case(numerator: "123456", denominator: "1", ko: "12,345,600.0%", en: "12,345,600.0%"),
        // 반올림: a half goes away from zero.
        Case(numerator: "1", denominator: "2000", ko: "0.1%", en: "0.1%"),
    ]

    @Test(arguments: percentCases)
    func percentOfRatio(_ c: Case) {
        let r = Ratio(ExactDecimal(c.numerator)!, ExactDecimal(c.denominator)!)
        #expect(FigureFormatter(locale: .ko).percent(r) == c.ko)
        #expect(FigureFormatter(locale: .en).percent(r) == c.en)
    }

    static let changeCases: [(ratio: String, signed: String, triangle: String, en: String)] = [
        ("0.0707", "+7.1%", "+7.1%", "+7.1%"),
        ("-0.0523", "−5.2%", "△5.2%", "−5.2%"),
        ("0", "0.0%", "0.0%", "0.0%"),
        ("-0.0004", "0.0%", "0.0%", "0.0%"),   // no "-0.0%"
        ("0.0004", "0.0%", "0.0%", "0.0%"),
        ("-0.0005", "−0.1%", "△0.1%", "−0.1%"),
        ("5.6667", "+566.7%", "+566.7%", "+566.7%"),
    ]

    @Test(arguments: changeCases)
    func relativeChange(_ c: (ratio: String, signed: String, triangle: String, en: String)) {
        let r = Ratio(ExactDecimal(c.ratio)!)
        #expect(FigureFormatter(locale: .ko).change(r) == c.signed)
        #expect(FigureFormatter(locale: .ko).change(r, style: .triangle) == c.triangle)
        let tableStyle = FigureFormatter(locale: .ko, options: FormatOptions(changeStyle: .triangle))
        #expect(tableStyle.change(r) == c.triangle)
        #expect(FigureFormatter(locale: .en, options: FormatOptions(changeStyle: .triangle)).change(r) == c.en)
    }

    @Test func changeAgainstNothingIsNotComputable() {
        #expect(FigureFormatter(locale: .ko).change(nil) == "-")
        #expect(FigureFormatter(locale: .en).change(nil) == "n/a")
        #expect(FigureFormatter(locale: .ko).points(Ratio?.none) == "-")
    }

    static let pointCases: [(points: String, ko: String, triangle: String, en: String)] = [
        ("3.2", "+3.2%p", "+3.2%p", "+3.2 pp"),
        ("-3.2", "−3.2%p", "△3.2%p", "−3.2 pp"),
        ("0", "0.0%p", "0.0%p", "0.0 pp"),
        ("-0.04", "0.0%p", "0.0%p", "0.0 pp"),
        ("3.25", "+3.3%p", "+3.3%p", "+3.3 pp"),
    ]

    @Test(arguments: pointCases)
    func pointChange(_ c: (points: String, ko: String, triangle: String, en: String)) {
        let p = ExactDecimal(c.points)!
        #expect(FigureFormatter(locale: .ko).points(p) == c.ko)
        #expect(FigureFormatter(locale: .ko).points(p, style: .triangle) == c.triangle)
        #expect(FigureFormatter(locale: .en).points(p) == c.en)
    }

    @Test func explicitPercentDigits() {
        let ko = FigureFormatter(locale: .ko)
        #expect(ko.percent(Ratio(1000, 150), precision: .digits(0)) == "667%")
        #expect(ko.percent(Ratio(1000, 150), precision: .digits(3)) == "666.667%")
        #expect(ko.change(Ratio(66, 934), precision: .digits(2)) == "+7.07%")
        #expect(ko.percent(value: Fixture.d("7.1")) == "7.1%")
    }
}

@Suite struct FormatCountTests {
    static let countCases: [(value: Int, myriad: String, plain: String, en: String)] = [
        (14_500, "1만 4,500명", "14,500명", "14,500"),
        (23, "23명", "23명", "23"),
        (10_000, "1만명", "10,000명", "10,000"),
        (123_456_789, "1억 2,345만 6,789명", "123,456,789명", "123,456,789"),
        (0, "0명", "0명", "0"),
        (-14_500, "−1만 4,500명", "−14,500명", "−14,500"),
    ]

    @Test(arguments: countCases)
    func counts(_ c: (value: Int, myriad: String, plain: String, en: String)) {
        let ko = FigureFormatter(locale: .ko)
        #expect(ko.count(c.value, noun: "명", myriad: true) == c.myriad)
        #expect(ko.count(c.value, noun: "명", myriad: false) == c.plain)
        #expect(FigureFormatter(locale: .ko, options: FormatOptions(countMyriad: true)).count(c.value, noun: "명") == c.myriad)
        #expect(FigureFormatter(locale: .en).count(c.value, noun: "명") == c.en)
    }

    @Test func countColumnAmount() {
        #expect(FigureFormatter(locale: .ko).amount(Amount(14_500, Fixture.people)) == "14,500명")
        #expect(FigureFormatter(locale: .en).amount(Amount(14_500, Fixture.people)) == "14,500")
    }
}

@Suite struct FormatOtherUnitTests {
    @Test func plainAndNamedUnits() {
        let ko = FigureFormatter(locale: .ko)
        let tons = MeasureUnit(.other("톤"), powerOfTen: 3, written: "천톤")
        #expect(ko.amount(Amount(ExactDecimal("1234.567")!, tons)) == "1,234.57 천톤")
        #expect(ko.amount(Amount(ExactDecimal("1234.567")!, tons), precision: .digits(0)) == "1,235 천톤")
        #expect(ko.amount(Amount(ExactDecimal("-0.001")!, Amount.plainUnit)) == "0")
        #expect(ko.amount(Amount(ExactDecimal("7.1")!, MeasureUnit(.percent, written: "%"))) == "7.1%")
        #expect(FigureFormatter(locale: .en).amount(Amount(ExactDecimal("3.2")!, MeasureUnit(.percentPoint, written: "%p"))) == "3.2 pp")
    }
}
