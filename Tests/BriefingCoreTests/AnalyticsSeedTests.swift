import Testing
@testable import BriefingCore

/// The figures of the 2024-04-07 press article must come out exactly.
@Suite struct AnalyticsSeedTests {
    let m = Measures(Fixture.missions)
    let ko = FigureFormatter(locale: .ko)
    let en = FigureFormatter(locale: .en)

    @Test func total2024IsOneThousandManDollars() throws {
        let total = try m.sum(of: ["실계약", "약정계약"], where: [.equals("연도", 2024)])
        let value = try #require(total.value)
        #expect(value.baseValue == 10_000_000)
        #expect(total.sources == [CellRef(file: "missions.csv", line: 3, column: "실계약"),
                                  CellRef(file: "missions.csv", line: 3, column: "약정계약")])
        #expect(total.skippedMissing.isEmpty)
        #expect(total.working == "sum(실계약 + 약정계약) where 연도 = 2024")
        #expect(ko.amount(value) == "1,000만 달러")
        #expect(en.amount(value) == "$10.0M")
    }

    @Test func achievementAndExcess() throws {
        let actual = try m.sum(of: ["실계약", "약정계약"], where: [.equals("연도", 2024)])
        let target = try m.sum("목표", where: [.equals("연도", 2024)])
        let achievement = try Measures.achievement(actual: actual, target: target)
        #expect(achievement.value == Ratio(1000, 150))
        #expect(ko.percent(achievement.value) == "666.7%")
        #expect(en.percent(achievement.value) == "666.7%")
        let excess = try Measures.excess(actual: actual, target: target)
        #expect(ko.amount(excess.value) == "850만 달러")
        #expect(en.amount(excess.value) == "$8.50M")
        #expect(excess.sources.count == 3)
        let short = try Measures.shortfall(actual: actual, target: target)
        #expect(ko.signedAmount(short.value, style: .triangle) == "△850만 달러")
    }

    @Test func changeOn2023DespiteMissingColumns() throws {
        let current = try m.sum(of: ["실계약", "약정계약"], where: [.equals("연도", 2024)])
        let base = try m.sum("합계", where: [.equals("연도", 2023)])
        let change = try Measures.change(from: base, to: current)
        let c = try #require(change.value)
        #expect(c.difference.baseValue == 660_000)
        #expect(c.ratio == Ratio(66, 934))
        #expect(ko.signedAmount(c.difference) == "+66만 달러")
        #expect(ko.change(c.ratio) == "+7.1%")
        #expect(en.change(c.ratio) == "+7.1%")
        #expect(en.signedAmount(c.difference) == "+$660,000")
    }

    @Test func the2023SplitIsMissingNotZero() throws {
        let split2023 = try m.sum(of: ["실계약", "약정계약"], where: [.equals("연도", 2023)])
        #expect(split2023.value == nil)
        #expect(split2023.skippedMissing.map(\.line) == [2, 2])
        let current = try m.sum(of: ["실계약", "약정계약"], where: [.equals("연도", 2024)])
        let change = try Measures.change(from: split2023, to: current)
        #expect(change.value == nil)
        #expect(ko.change(change.value?.ratio) == "-")
        #expect(en.change(change.value?.ratio) == "n/a")
    }

    @Test func failPolicyNamesTheMissingCell() throws {
        let strict = Measures(Fixture.missions, missing: .fail)
        #expect(throws: AnalyticsError.missingValue(CellRef(file: "missions.csv", line: 2, column: "실계약"), mark: "-")) {
            try strict.sum(of: ["실계약", "약정계약"])
        }
        let error = AnalyticsError.missingValue(CellRef(file: "missions.csv", line: 2, column: "실계약"), mark: "-")
        #expect(error.description.hasPrefix("missions.csv:2 [실계약]: missing value (\"-\")"))
    }

    @Test func explanationListsCellsExactAndShown() throws {
        let total = try m.sum(of: ["실계약", "약정계약"], where: [.equals("연도", 2024)])
        let e = Explanation(title: "2024 총 수출계약", measured: total, tables: [Fixture.missions],
                            exact: Explanation.exactText(total.value!), shown: ko.amount(total.value!))
        #expect(e.text == """
        2024 총 수출계약: 1,000만 달러
          measure: sum(실계약 + 약정계약) where 연도 = 2024
          inputs:
            missions.csv:3 [실계약] 325
            missions.csv:3 [약정계약] 675
          exact: 1000 만달러
          shown: 1,000만 달러 (rounded half away from zero)
        """)
    }
}

@Suite struct AnalyticsExplanationTests {
    @Test func rowCountsListRows() throws {
        let count = try Measures(Fixture.missions).count(where: [.equals("연도", 2024)])
        let e = Explanation(title: "2024 방문 권역 수", measured: count, tables: [Fixture.missions],
                            exact: "\(count.value!)", shown: FigureFormatter(locale: .ko).count(count.value!, noun: "곳"))
        #expect(e.text == """
        2024 방문 권역 수: 1곳
          measure: count(rows) where 연도 = 2024
          inputs:
            missions.csv:3 (row)
          exact: 1
          shown: 1곳 (rounded half away from zero)
        """)
    }

    @Test func achievementCarriesBothSides() throws {
        let m = Measures(Fixture.missions)
        let a = try Measures.achievement(actual: try m.sum("합계", where: [.equals("연도", 2024)]),
                                         target: try m.sum("목표", where: [.equals("연도", 2024)]))
        let e = Explanation(title: "달성률", measured: a, tables: [Fixture.missions],
                            exact: Explanation.exactText(a.value!), shown: FigureFormatter(locale: .ko).percent(a.value))
        #expect(e.inputs.map { "\($0.ref) \($0.value)" } == ["missions.csv:3 [합계] 1000", "missions.csv:3 [목표] 150"])
        #expect(e.exact == "1000/150 ≈ 6.666667")
        #expect(e.measure == "(sum(합계) where 연도 = 2024) ÷ (sum(목표) where 연도 = 2024)")
    }
}
