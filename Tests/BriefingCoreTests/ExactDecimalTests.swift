import Testing
@testable import BriefingCore

@Suite("ExactDecimal: money without binary floating point")
struct ExactDecimalTests {
    @Test("0.1 + 0.2 is exactly 0.3")
    func tenthsAddExactly() {
        #expect(ExactDecimal("0.1")! + ExactDecimal("0.2")! == ExactDecimal("0.3")!)
    }

    @Test("the seed total: 325 + 675 = 1000 (만 달러)")
    func seedTotal() {
        #expect(ExactDecimal(325) + ExactDecimal(675) == ExactDecimal(1000))
    }

    @Test(arguments: [
        ("1234.50", "1234.50"), ("-0.07", "-0.07"), ("1e3", "1000"), ("+12", "12"), ("0", "0"), (".5", "0.5"),
    ])
    func parsesAndPrintsLiterals(input: String, printed: String) throws {
        #expect(try #require(ExactDecimal(input)).description == printed)
    }

    @Test(arguments: ["", "-", "1,000", "12a", "1.2.3", "e5", "99999999999999999999999999999999999999999"])
    func rejectsNonLiterals(input: String) {
        #expect(ExactDecimal(input) == nil)
    }

    @Test("equality and hashing are numeric: 7.10 == 7.1")
    func numericEquality() {
        let a = ExactDecimal("7.10")!, b = ExactDecimal("7.1")!
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        #expect(ExactDecimal("9.99")! < ExactDecimal("10")!)
    }

    @Test("rounding is half away from zero (반올림), once", arguments: [
        ("666.666", 1, "666.7"), ("0.05", 1, "0.1"), ("-0.05", 1, "-0.1"), ("0.04999", 1, "0.0"),
        ("934", -2, "900"), ("2.5", 0, "3"), ("-2.5", 0, "-3"), ("1.005", 2, "1.01"),
    ])
    func rounding(value: String, scale: Int, expected: String) {
        #expect(ExactDecimal(value)!.rounded(toScale: scale).description == expected)
    }

    @Test("units shift exactly: 325 만 달러 is 3,250,000 달러")
    func shifting() {
        #expect(ExactDecimal(325).shifted(by: 4) == ExactDecimal(3_250_000))
        #expect(ExactDecimal(3_250_000).shifted(by: -4) == ExactDecimal(325))
    }
}

@Suite("Ratio: exact until shown")
struct RatioTests {
    @Test("achievement 1,000 ÷ 150 is 666.7% when rounded once")
    func achievement() throws {
        let r = try #require(Ratio(1000, 150))
        #expect(r.percent.rounded(toScale: 1) == ExactDecimal("666.7")!)
    }

    @Test("growth 1,000 over 934 is +7.1%")
    func growth() throws {
        let r = try #require(Ratio(ExactDecimal(1000) - ExactDecimal(934), 934))
        #expect(r.percent.rounded(toScale: 1).description == "7.1")
    }

    @Test("a ratio over zero does not exist")
    func overZero() {
        #expect(Ratio(5, 0) == nil)
        #expect(ExactDecimal(5).divided(by: .zero, scale: 2) == nil)
    }

    @Test("negative denominators order correctly")
    func ordering() {
        #expect(Ratio(1, -2)! < Ratio(1, 3)!)
        #expect(Ratio(-1, -2)! == Ratio(1, 2)!)
    }
}
