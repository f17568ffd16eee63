import Testing
@testable import BriefingCore

@Suite struct AnalyticsGroupingTests {
    /// ```
    /// 1 연도,권역,실계약(만달러),약정계약(만달러)
    /// 2 2023,동남아,400,534
    /// 3 2024,미주,325,675
    /// 4 2024,유럽,100,-
    /// 5 2023,미주,50,50
    /// 6 2024,미주,10,20
    /// ```
    let table = Table(source: "g.csv", columns: [
        Column(name: "연도", type: .integer, cells: [2023, 2024, 2024, 2023, 2024].map { .number(ExactDecimal($0)) }),
        Fixture.text("권역", ["동남아", "미주", "유럽", "미주", "미주"], position: 1),
        Fixture.numbers("실계약", Fixture.manUSD, ["400", "325", "100", "50", "10"], position: 2),
        Fixture.numbers("약정계약", Fixture.manUSD, ["534", "675", "-", "50", "20"], position: 3),
    ], rowLines: [2, 3, 4, 5, 6])

    @Test func twoLevelSubtotalsAddUp() throws {
        let g = try #require(try Measures(table).groupBy(["연도", "권역"], sum: ["실계약", "약정계약"]).value)
        #expect(g.groups.map(\.label) == ["2023", "2024"])
        #expect(g.groups.map { $0.total?.value } == [1034, 1130])
        #expect(g.groups[0].subgroups.map(\.label) == ["동남아", "미주"])
        #expect(g.groups[1].subgroups.map { $0.total?.value } == [1030, 100])
        #expect(g.groups[1].skippedMissing == [CellRef(file: "g.csv", line: 4, column: "약정계약")])
        #expect(g.total?.value == 2164)
        for group in g.groups {
            let sub = group.subgroups.compactMap(\.total).reduce(ExactDecimal.zero) { $0 + $1.baseValue }
            #expect(sub == group.total?.baseValue)
        }
    }

    @Test func rankingTiesShareRanks() {
        #expect(Ranking.ranks([5, 9, 9, 1]) == [3, 1, 1, 4])
        #expect(Ranking.ranks([5, 9, 9, 1], order: .ascending) == [2, 3, 3, 1])
        #expect(Ranking.ranks([7, 7, 7]) == [1, 1, 1])
        let amounts = ["300", "150", "300", "100", "150"].map { Amount(ExactDecimal($0)!, Fixture.manUSD) }
        let ranked = Ranking.rank(zip(["a", "b", "c", "d", "e"], amounts).enumerated().map { ($0.element.0, $0.element.1, $0.offset) })
        #expect(ranked.map(\.rank) == [1, 1, 3, 3, 5])
        #expect(ranked.map(\.label) == ["a", "c", "b", "e", "d"])
    }

    @Test func rankRowsSkipsMissing() throws {
        let t = Fixture.table(key: ["미주", "유럽", "아시아", "중동"], values: ["300", "-", "150", "300"])
        let r = try Measures(t).rank("금액", label: "권역")
        #expect(r.value?.map(\.rank) == [1, 1, 3])
        #expect(r.value?.map(\.label) == ["미주", "중동", "아시아"])
        #expect(r.skippedMissing.map(\.line) == [3])
    }

    @Test func topNSumsTheRestAsOther() throws {
        let t = Fixture.table(key: ["A", "B", "C", "D", "E"], values: ["10", "50", "30", "30", "5"])
        let g = try #require(try Measures(t).groupBy("권역", sum: "금액").value)
        let top = try Measures.top(2, of: g.groups)
        #expect(top.map(\.label) == ["B", "C", "기타"])
        #expect(top.map(\.amount.value) == [50, 30, 45])
        #expect(top.last?.members == ["D", "A", "E"])
        #expect(top.map(\.amount.value).reduce(0, +) == g.total?.value)
        #expect(try Measures.top(9, of: g.groups).count == 5)
        #expect(throws: AnalyticsError.invalidArgument("top needs n ≥ 1, got 0")) { try Measures.top(0, of: g.groups) }
    }

    @Test func sharesPerCategory() throws {
        let s = try Measures(table).shares("실계약", by: "권역")
        let shares = try #require(s.value)
        #expect(shares.map(\.label) == ["동남아", "미주", "유럽"])
        #expect(shares.map(\.ratio) == [Ratio(400, 885), Ratio(385, 885), Ratio(100, 885)])
        let shown = ShareRounding.percents(shares.map(\.ratio))
        #expect(shown.parts == [ExactDecimal("45.2")!, ExactDecimal("43.5")!, ExactDecimal("11.3")!])
        #expect(shown.total == ExactDecimal("100.0")!)
        #expect(shown.footnote(.ko) == nil)
    }

    @Test func sharesOfNothingAreNotComputable() throws {
        let t = Fixture.table(key: ["a", "b"], values: ["0", "0"])
        #expect(try Measures(t).shares("금액", by: "권역").value == nil)
    }

    @Test func groupByRejectsThreeKeys() {
        #expect(throws: AnalyticsError.invalidArgument("group by one or two columns, not 3")) {
            try Measures(table).groupBy(["연도", "권역", "실계약"], sum: ["약정계약"])
        }
    }
}

@Suite struct AnalyticsPropertyTests {
    static func randomAmounts(_ rng: inout SeededGenerator, count: Int) -> [String] {
        (0..<count).map { _ in
            if Int.random(in: 0..<8, using: &rng) == 0 { return "-" }
            let whole = Int.random(in: -50_000...1_000_000, using: &rng)
            let frac = Int.random(in: 0...99, using: &rng)
            return "\(whole).\(frac < 10 ? "0" : "")\(frac)"
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func sumDoesNotDependOnRowOrder(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        let n = Int.random(in: 1...60, using: &rng)
        let values = Self.randomAmounts(&rng, count: n)
        let keys = (0..<n).map { "k\($0 % 7)" }
        let original = Fixture.table(key: keys, values: values)
        let order = Array(0..<n).shuffled(using: &rng)
        let shuffled = Fixture.table(key: order.map { keys[$0] }, values: order.map { values[$0] })
        let a = try Measures(original).sum("금액"), b = try Measures(shuffled).sum("금액")
        #expect(a.value?.baseValue == b.value?.baseValue)
        #expect(a.skippedMissing.count == b.skippedMissing.count)
        // Group totals add to the grand total, which is the plain sum.
        let g = try #require(try Measures(shuffled).groupBy("권역", sum: "금액").value)
        #expect(g.total?.baseValue == a.value?.baseValue)
        let byGroups = g.groups.compactMap(\.total).reduce(ExactDecimal.zero) { $0 + $1.baseValue }
        #expect(byGroups == a.value?.baseValue ?? .zero)
    }

    @Test(arguments: [11, 12, 13, 14, 15] as [UInt64])
    func unitConversionsRoundTripExactly(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let v = ExactDecimal(significand: Int128(Int64.random(in: -1_000_000_000_000...1_000_000_000_000, using: &rng)),
                                 exponent: Int.random(in: -4...2, using: &rng))
            let from = [0, 3, 4, 6, 8, 12].randomElement(using: &rng)!
            let to = [0, 3, 4, 6, 8, 12].randomElement(using: &rng)!
            let a = Amount(v, MeasureUnit(.money(.krw), powerOfTen: from, written: ""))
            let there = a.converted(toPowerOfTen: to)
            #expect(there.baseValue == a.baseValue)
            #expect(there.converted(toPowerOfTen: from).value == v)
            // Adding across scales is exact too.
            let sum = a.adding(there)!
            #expect(sum.baseValue == a.baseValue + a.baseValue)
        }
    }

    @Test(arguments: [21, 22, 23, 24, 25, 26, 27, 28, 29, 30] as [UInt64])
    func largestRemainderSharesAddUpAndFootnoteIsHonest(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<50 {
            let n = Int.random(in: 1...12, using: &rng)
            let parts = (0..<n).map { _ in ExactDecimal(Int.random(in: 1...100_000, using: &rng)) }
            let total = parts.reduce(ExactDecimal.zero, +)
            let shares = parts.map { Ratio($0, total)! }
            let lr = ShareRounding.percents(shares, method: .largestRemainder)
            #expect(lr.parts.reduce(ExactDecimal.zero, +) == ExactDecimal("100.0")!)
            #expect(lr.footnote(.ko) == nil)
            // No part moves by a whole unit or more from its exact value.
            for (shown, exact) in zip(lr.parts, shares) {
                let diff = Ratio(shown).subtracting(exact.percent)
                #expect(diff < Ratio(ExactDecimal("0.1")!) && diff > Ratio(ExactDecimal("-0.1")!))
            }
            let plain = ShareRounding.percents(shares)
            let addsUp = plain.parts.reduce(ExactDecimal.zero, +) == ExactDecimal(100)
            #expect(plain.addsUp == addsUp)
            #expect((plain.footnote(.ko) != nil) == !addsUp)
        }
    }
}

@Suite struct AnalyticsRankingPropertyTests {
    /// The sorted ranking agrees with the definition: 1 + how many are strictly better.
    @Test(arguments: [51, 52, 53, 54] as [UInt64])
    func ranksMatchTheDefinition(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<100 {
            let values = (0..<Int.random(in: 0...30, using: &rng)).map { _ in Int.random(in: 0...6, using: &rng) }
            #expect(Ranking.ranks(values) == values.map { v in 1 + values.filter { $0 > v }.count })
            #expect(Ranking.ranks(values, order: .ascending) == values.map { v in 1 + values.filter { $0 < v }.count })
        }
    }
}
