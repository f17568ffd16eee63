import BriefingCore
@testable import BriefingLayout
import Testing

@Suite("Chart nice ticks")
struct ChartTicksTests {
    struct Case: Sendable, CustomStringConvertible {
        var start: Double, stop: Double, count: Int, expected: [String]
        var description: String { "ticks(\(start), \(stop), \(count))" }
    }

    /// Golden cases from d3-array's ticks tests.
    static let cases: [Case] = [
        Case(start: 0, stop: 1000, count: 5, expected: ["0", "200", "400", "600", "800", "1000"]),
        Case(start: -3.7, stop: 12, count: 5, expected: ["-2", "0", "2", "4", "6", "8", "10", "12"]),
        Case(start: 0, stop: 1, count: 10, expected: ["0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1"]),
        Case(start: 0, stop: 1, count: 7, expected: ["0", "0.2", "0.4", "0.6", "0.8", "1"]),
        Case(start: 0, stop: 1, count: 3, expected: ["0", "0.5", "1"]),
        Case(start: 0, stop: 1, count: 1, expected: ["0", "1"]),
        Case(start: 0, stop: 10, count: 5, expected: ["0", "2", "4", "6", "8", "10"]),
        Case(start: 0, stop: 10, count: 2, expected: ["0", "5", "10"]),
        Case(start: -10, stop: 10, count: 5, expected: ["-10", "-5", "0", "5", "10"]),
        Case(start: -10, stop: 10, count: 2, expected: ["-10", "0", "10"]),
        Case(start: -10, stop: 10, count: 1, expected: ["0"]),
        Case(start: 1, stop: 1e9, count: 5, expected: ["0", "200000000", "400000000", "600000000", "800000000", "1000000000"].filter { $0 != "0" }),
        Case(start: 0.00012, stop: 0.00097, count: 4, expected: ["0.0002", "0.0004", "0.0006", "0.0008"]),
        Case(start: 12, stop: 12, count: 5, expected: ["12"]),
    ]

    @Test(arguments: cases)
    func ticks(_ c: Case) {
        #expect(NiceTicks.ticks(c.start, c.stop, count: c.count) == c.expected.map(d))
    }

    /// No step accumulates binary error: the third tick of 0.1 steps is exactly 0.3.
    @Test func ticksAreExactDecimals() {
        let t = NiceTicks.ticks(0, 1, count: 10)
        #expect(t[3] == ExactDecimal("0.3")!)
        #expect(t[3].description == "0.3")
    }

    struct DomainCase: Sendable, CustomStringConvertible {
        var lo: String, hi: String, count: Int, lower: String, upper: String, step: String
        var description: String { "domain(\(lo), \(hi), \(count))" }
    }

    static let domains: [DomainCase] = [
        DomainCase(lo: "3", hi: "997", count: 5, lower: "0", upper: "1000", step: "200"),
        DomainCase(lo: "0", hi: "1000", count: 5, lower: "0", upper: "1000", step: "200"),
        // d3-scale's nice: −4…12 re-steps to 5, which widens to −5…15 (stable).
        DomainCase(lo: "-3.7", hi: "12", count: 5, lower: "-5", upper: "15", step: "5"),
        DomainCase(lo: "-3.7", hi: "12", count: 8, lower: "-4", upper: "12", step: "2"),
        DomainCase(lo: "-120", hi: "80", count: 5, lower: "-150", upper: "100", step: "50"),
        DomainCase(lo: "0", hi: "0", count: 5, lower: "0", upper: "1", step: "0.2"),
        DomainCase(lo: "5", hi: "5", count: 5, lower: "0", upper: "5", step: "1"),
        DomainCase(lo: "-5", hi: "-5", count: 5, lower: "-5", upper: "0", step: "1"),
        DomainCase(lo: "0", hi: "1000000000", count: 5, lower: "0", upper: "1000000000", step: "200000000"),
        DomainCase(lo: "0", hi: "0.00097", count: 5, lower: "0", upper: "0.001", step: "0.0002"),
        DomainCase(lo: "0", hi: "1001", count: 5, lower: "0", upper: "1200", step: "200"),
    ]

    /// The nice domain holds every value, ends on ticks, and its ticks are
    /// `lower + i·step`.
    @Test(arguments: domains)
    func niceDomain(_ c: DomainCase) {
        let dom = NiceTicks.domain(d(c.lo), d(c.hi), count: c.count)
        #expect(dom.lower == d(c.lower))
        #expect(dom.upper == d(c.upper))
        #expect(dom.step.value == d(c.step))
        #expect(dom.lower <= d(c.lo) && dom.upper >= d(c.hi))
        #expect(dom.ticks.first == dom.lower && dom.ticks.last == dom.upper)
        for (i, t) in dom.ticks.enumerated() {
            #expect(t == dom.lower + dom.step.value * ExactDecimal(i))
        }
    }

    @Test(arguments: [
        ("1000", "1,000"), ("12.5", "12.5"), ("-1234567.50", "-1,234,567.50"), ("999", "999"),
        ("1000000000", "1,000,000,000"), ("0.00012", "0.00012"), ("-0", "0"),
    ])
    func groupedValueLabels(_ input: String, _ expected: String) {
        #expect(GroupedNumberFormatter().valueLabel(d(input)) == expected)
    }

    @Test(arguments: [
        ("200", "200", "200"), ("1000", "200", "1,000"), ("2.5", "0.5", "2.5"), ("3", "0.5", "3.0"),
        ("0.0004", "0.0002", "0.0004"), ("-150", "50", "-150"),
    ])
    func groupedTickLabels(_ value: String, _ step: String, _ expected: String) {
        #expect(GroupedNumberFormatter().tickLabel(d(value), step: d(step)) == expected)
    }

    /// Shares printed to one decimal add up to exactly 100.0.
    @Test func donutSharesAddTo100() {
        let s = ChartContext<ApproximateTextMeasurer>.sharesAddingTo100([1, 1, 1, nil])
        #expect(s.compactMap { $0 }.map(\.description) == ["33.4", "33.3", "33.3"])
        #expect(s[3] == nil)
        let press = ChartContext<ApproximateTextMeasurer>.sharesAddingTo100([325, 675])
        #expect(press.map { $0!.description } == ["32.5", "67.5"])
    }
}

@Suite("Chart extended ticks (Talbot)")
struct ChartExtendedTicksTests {
    /// (8.1, 14.1, 4) is the golden case in the header of cran/labeling's R/labeling.R;
    /// (0, 100, 5) was scored by hand (q = 2.5 with five labels beats q = 2 with six);
    /// the other two pin the current behaviour.
    @Test(arguments: [
        (8.1, 14.1, 4, ["8", "10", "12", "14"]),
        (0.0, 100.0, 5, ["0", "25", "50", "75", "100"]),
        (0.0, 1000.0, 5, ["0", "250", "500", "750", "1000"]),
        (-3.7, 12.0, 5, ["-4", "0", "4", "8", "12"]),
    ])
    func extended(_ lo: Double, _ hi: Double, _ m: Int, _ expected: [String]) {
        #expect(ExtendedTicks.ticks(lo, hi, count: m) == expected.map(d))
    }

    @Test func onlyLooseCoversTheData() {
        let t = ExtendedTicks.ticks(8.1, 14.1, count: 4, onlyLoose: true)
        #expect(t.first! <= d("8.1") && t.last! >= d("14.1"))
    }
}
