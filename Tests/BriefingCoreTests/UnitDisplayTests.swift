import Testing
@testable import BriefingCore

@Suite("One scale decision: labels and the unit line say the scale once")
struct UnitDisplayTests {
    static func unit(_ header: String) -> MeasureUnit? { HeaderParser.parse(header).unit }

    /// (header, cell, scale, locale) → (unit line, label): the cases and their English twins.
    @Test(arguments: [
        ("실계약(만달러)", "934", LabelScale.column, ReportLocale.ko, "(단위: 만 달러)", "934"),
        ("목표(만달러)", "1000", .column, .ko, "(단위: 만 달러)", "1,000"),
        ("취업자(천명)", "211", .column, .ko, "(단위: 천명)", "211"),
        ("수출액(천달러)", "1250000", .column, .ko, "(단위: 천 달러)", "1,250,000"),
        ("수출액(천달러)", "1250000", .power(8), .ko, "(단위: 억 달러)", "12.5"),
        ("수출액(천달러)", "1250000", .words, .ko, "(단위: 달러)", "12.5억"),
        ("예산(억원)", "3250", .column, .ko, "(단위: 억 원)", "3,250"),
        ("예산(억원)", "3250", .power(12), .ko, "(단위: 조 원)", "0.33"),
        ("방문객(명)", "14500", .column, .ko, "(단위: 명)", "14,500"),
        ("수출액(천달러)", "1250000", .column, .en, "(US$ thousands)", "1,250,000"),
        ("수출액(천달러)", "1250000", .words, .en, "(US dollars)", "1.25B"),
        ("목표(만달러)", "150", .column, .en, "(US$ thousands)", "1,500"),
        ("목표(만달러)", "150", .power(6), .en, "(US$ millions)", "1.5"),
        ("예산(억원)", "3250", .column, .en, "(KRW millions)", "325,000"),
        ("취업자(천명)", "211", .column, .en, "(thousands of people)", "211"),
    ])
    func labelAndUnitLine(header: String, cell: String, scale: LabelScale, locale: ReportLocale,
                          unitLine: String, label: String) throws {
        let d = try UnitDisplay(source: Self.unit(header), scale: scale, locale: locale)
        let shown = d.shownValue(ExactDecimal(cell)!)
        #expect(d.unitLine == unitLine)
        #expect(FigureFormatter(locale: locale).label(shown, display: d, digits: 2) == label)
    }

    @Test("values are converted exactly, never through floating point")
    func exactConversion() throws {
        let d = try UnitDisplay(source: Self.unit("x(천달러)"), scale: .power(8), locale: .ko)
        #expect(d.shownValue(ExactDecimal("1234567.891")!) == ExactDecimal("12.34567891")!)
        let en = try UnitDisplay(source: Self.unit("x(만달러)"), locale: .en)
        #expect(en.shownValue(ExactDecimal("0.1")!) == ExactDecimal(1))
    }

    @Test("a percentage has no scale to change")
    func percentNotScalable() {
        #expect(throws: UnitDisplay.Problem.notScalable(unit: "%")) {
            _ = try UnitDisplay(source: Self.unit("x(%)"), scale: .power(3), locale: .ko)
        }
    }

    @Test(arguments: [("억", LabelScale.power(8)), ("천", .power(3)), ("백만", .power(6)), ("십억", .power(9)), ("조", .power(12)),
                      ("million", .power(6)), ("Thousands", .power(3)), ("1", .power(0)), ("auto", .words)])
    func scaleParsing(text: String, scale: LabelScale) {
        #expect(LabelScale(parsing: text) == scale)
    }

    @Test(arguments: ["sideways", "만만", "10", ""])
    func unknownScale(text: String) {
        #expect(LabelScale(parsing: text) == nil)
    }

    @Test("a unit line written by hand is held to the labels", arguments: [
        ("단위: 만 달러", "만달러", LabelScale.column, nil),
        ("단위: 만 달러", "달러", .column, "unit says 만 달러 but the labels are in 달러"),
        ("(단위: 억 원)", "억원", .column, nil),
        ("단위: 만 달러", "만달러", .words, "unit says 만 달러 but the labels are in 달러 (만/억 on the labels)"),
        ("단위: 달러", "만달러", .words, nil),
        ("단위: 명", "천명", .column, "unit says 명 but the labels are in 천명"),
        ("단위: 달러", "명", .column, "unit says 달러 but the labels are in 명"),
        ("계약 실적", "만달러", .column, nil),
    ] as [(String, String, LabelScale, String?)])
    func contradiction(text: String, written: String, scale: LabelScale, problem: String?) throws {
        let d = try UnitDisplay(source: Self.unit("x(\(written))"), scale: scale, locale: .ko)
        #expect(d.contradiction(withUnitLine: text) == problem)
    }

    @Test("English unit lines are read too", arguments: [
        ("US$ thousands", 3), ("(US$ millions)", 6), ("US dollars", 0), ("KRW billions", 9), ("people × 100,000,000", 8),
    ])
    func englishUnitLines(text: String, power: Int) {
        #expect(UnitLineReader.units(in: text).map(\.powerOfTen) == [power])
    }

    @Test("a column without a unit takes the unit line's word for what it counts, not for its scale")
    func unitlessColumn() throws {
        let d = try UnitDisplay(source: nil, locale: .en)
        #expect(d.contradiction(withUnitLine: "US dollars") == nil)
        #expect(d.contradiction(withUnitLine: "US$ thousands") == "unit says US$ thousands but the labels are in plain numbers")
    }

    @Test("label digits: two, more for small values, more to keep distinct values apart")
    func labelDigits() {
        #expect(FigureFormatter.labelDigits(for: [934, 325]) == 2)
        #expect(FigureFormatter.labelDigits(for: [ExactDecimal("0.0934")!, 1]) == 4)
        #expect(FigureFormatter.labelDigits(for: [ExactDecimal("932.601")!, ExactDecimal("932.604")!]) == 3)
    }
}

@Suite("Ratios of large amounts compare without trapping")
struct LargeRatioTests {
    @Test("two ratios of 10²⁰-sized amounts compare as their quotients")
    func hugeCrossProducts() throws {
        let big = ExactDecimal(significand: 66, exponent: 19)   // 6.6 × 10²⁰
        let a = try #require(Ratio(big, big + ExactDecimal(significand: 1, exponent: 20)))
        let b = try #require(Ratio(ExactDecimal(significand: 1, exponent: 20), big))
        #expect(b < a)
        #expect(a != b)
        #expect(a == a)
    }
}
