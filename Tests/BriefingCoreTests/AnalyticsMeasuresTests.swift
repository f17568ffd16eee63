import Testing
@testable import BriefingCore

@Suite struct AnalyticsMeasuresTests {
    /// ```
    /// 1 권역,금액(만달러)
    /// 2 미주,300
    /// 3 유럽,-
    /// 4 아시아,150
    /// 5 중동,300
    /// 6 아프리카,
    /// ```
    let table = Fixture.table(key: ["미주", "유럽", "아시아", "중동", "아프리카"], values: ["300", "-", "150", "300", ""])

    @Test func sumSkipsMissingAndSaysSo() throws {
        let s = try Measures(table).sum("금액")
        #expect(s.value == Amount(750, Fixture.manUSD))
        #expect(s.sources.map(\.line) == [2, 4, 5])
        #expect(s.skippedMissing == [CellRef(file: "t.csv", line: 3, column: "금액"),
                                     CellRef(file: "t.csv", line: 6, column: "금액")])
    }

    @Test func failPolicyThrowsAtTheFirstMissingCell() {
        #expect(throws: AnalyticsError.missingValue(CellRef(file: "t.csv", line: 3, column: "금액"), mark: "-")) {
            try Measures(table, missing: .fail).sum("금액")
        }
        #expect(throws: AnalyticsError.missingValue(CellRef(file: "t.csv", line: 3, column: "금액"), mark: "-")) {
            try Measures(table, missing: .fail).count("금액")
        }
    }

    @Test func allMissingIsNotComputableNotZero() throws {
        let t = Fixture.table(key: ["a", "b"], values: ["-", ""])
        let s = try Measures(t).sum("금액")
        #expect(s.value == nil)
        #expect(s.skippedMissing.count == 2)
        let none = try Measures(table).sum("금액", where: [.equals("권역", "남극")])
        #expect(none.value == nil)
        #expect(none.sources.isEmpty)
    }

    @Test func counts() throws {
        let m = Measures(table)
        #expect(try m.count().value == 5)
        let c = try m.count("금액")
        #expect(c.value == 3)
        #expect(c.skippedMissing.count == 2)
        #expect(try m.count(where: [.in("권역", [.text("미주"), .text("유럽")])]).value == 2)
    }

    @Test func meanIsExact() throws {
        let mean = try #require(try Measures(table).mean("금액").value)
        #expect(mean.count == 3)
        #expect(mean.exact == Ratio(750, 3))
        #expect(mean.rounded(toScale: 0) == Amount(250, Fixture.manUSD))
        let third = try #require(try Measures(Fixture.table(key: ["a", "b", "c"], values: ["1", "1", "2"])).mean("금액").value)
        #expect(third.exact == Ratio(4, 3))
        #expect(third.rounded(toScale: 2).value == ExactDecimal("1.33")!)
    }

    @Test func extremesAndTheirRows() throws {
        let m = Measures(table)
        let max = try #require(try m.max("금액").value)
        #expect(max.amount.value == 300)
        #expect(max.row == 0)
        #expect(max.line == 2)
        #expect(max.tiedRows == [0, 3])
        let min = try #require(try m.min("금액").value)
        #expect(min.amount.value == 150)
        #expect(min.line == 4)
    }

    @Test func unknownColumnListsTheColumns() {
        #expect(throws: AnalyticsError.unknownColumn("목표", file: "t.csv", available: ["권역", "금액"])) {
            try Measures(table).sum("목표")
        }
    }

    @Test func textInANumberColumnIsAnError() {
        let t = Table(source: "x.csv", columns: [
            Column(name: "금액", type: .decimal, cells: [.number(1), .text("약 5")]),
        ], rowLines: [2, 3])
        #expect(throws: AnalyticsError.notNumeric(CellRef(file: "x.csv", line: 3, column: "금액"), found: "약 5")) {
            try Measures(t).sum("금액")
        }
    }

    @Test func scalesAddExactly() throws {
        // 만달러 + 달러: 325만 + 5,000 = 3,255,000 달러, nothing rounded.
        let t = Table(source: "mix.csv", columns: [
            Fixture.numbers("실계약", Fixture.manUSD, ["325", "0.0001"], position: 0),
            Fixture.numbers("추가", Fixture.usd, ["5000", "0.01"], position: 1),
        ], rowLines: [2, 3])
        let s = try #require(try Measures(t).sum(of: ["실계약", "추가"]).value)
        #expect(s.unit == Fixture.usd)
        #expect(s.value == ExactDecimal("3255001.01")!)
        #expect(s.baseValue == ExactDecimal("3255001.01")!)
        let rows = try Measures(t).rowSums(of: ["실계약", "추가"])
        #expect(rows.map { $0.value?.baseValue } == [3_255_000, ExactDecimal("1.01")!])
    }

    @Test func currenciesDoNotAdd() {
        let t = Table(source: "fx.csv", columns: [
            Fixture.numbers("달러", Fixture.usd, ["10"], position: 0),
            Fixture.numbers("원화", Fixture.won, ["13000"], position: 1),
        ], rowLines: [2])
        #expect(throws: AnalyticsError.incompatibleUnits(CellRef(file: "fx.csv", line: 2, column: "원화"), first: "달러", second: "원")) {
            try Measures(t).sum(of: ["달러", "원화"])
        }
    }

    @Test func filtersComposeWithAnd() throws {
        let t = Table(source: "f.csv", columns: [
            Column(name: "연도", type: .integer, cells: [.number(2023), .number(2024), .number(2024)]),
            Fixture.text("권역", ["미주", "미주", "유럽"], position: 1),
            Fixture.numbers("금액", Fixture.manUSD, ["1", "2", "4"], position: 2),
        ], rowLines: [2, 3, 4])
        let m = Measures(t)
        #expect(try m.sum("금액", where: [.equals("연도", 2024), .equals("권역", "미주")]).value?.value == 2)
        #expect(try m.sum("금액", where: [.periodIn("연도", Period.year(2024))]).value?.value == 6)
        let w = try m.sum("금액", where: [.equals("연도", 2024), .in("권역", [.text("미주"), .text("유럽")])])
        #expect(w.working == "sum(금액) where 연도 = 2024 and 권역 in (미주, 유럽)")
    }
}

@Suite struct AnalyticsComparisonTests {
    func measured(_ v: String?, _ unit: MeasureUnit = Fixture.manUSD) -> Measured<Amount> {
        Measured(value: v.map { Amount(ExactDecimal($0)!, unit) }, working: v ?? "missing")
    }

    @Test func changeAgainstZeroBaseHasDifferenceButNoRatio() throws {
        let c = try #require(try Measures.change(from: measured("0"), to: measured("50")).value)
        #expect(c.difference.value == 50)
        #expect(c.ratio == nil)
        #expect(FigureFormatter(locale: .ko).change(c.ratio) == "-")
    }

    @Test func changeAgainstMissingIsNotComputable() throws {
        #expect(try Measures.change(from: measured(nil), to: measured("50")).value == nil)
        #expect(try Measures.change(from: measured("50"), to: measured(nil)).value == nil)
    }

    @Test func decrease() throws {
        let c = try #require(try Measures.change(from: measured("1000"), to: measured("948")).value)
        #expect(c.ratio == Ratio(-52, 1000))
        #expect(FigureFormatter(locale: .ko, options: FormatOptions(changeStyle: .triangle)).change(c.ratio) == "△5.2%")
        #expect(FigureFormatter(locale: .ko).signedAmount(c.difference, style: .triangle) == "△52만 달러")
    }

    @Test func achievementAgainstZeroTargetIsNotComputable() throws {
        #expect(try Measures.achievement(actual: measured("10"), target: measured("0")).value == nil)
    }

    @Test func achievementAcrossScales() throws {
        let a = try Measures.achievement(actual: measured("1000"), target: measured("1500000", Fixture.usd))
        #expect(a.value == Ratio(1000, 150))
    }

    @Test func pointChanges() throws {
        let p = Measures.pointChange(from: Measured(value: Ratio(352, 1000), working: "a"),
                                     to: Measured(value: Ratio(384, 1000), working: "b"))
        #expect(p.value == Ratio(ExactDecimal("3.2")!))
        #expect(FigureFormatter(locale: .ko).points(p.value) == "+3.2%p")
        let pct = MeasureUnit(.percent, written: "%")
        let q = try Measures.pointChange(from: measured("35.2", pct), to: measured("32.0", pct))
        #expect(q.value == ExactDecimal("-3.2")!)
        #expect(FigureFormatter(locale: .en).points(q.value) == "−3.2 pp")
    }

    @Test func differentCurrenciesCannotBeCompared() {
        #expect {
            try Measures.change(from: measured("1", Fixture.won), to: measured("1", Fixture.usd))
        } throws: { error in
            if case .incompatibleUnits? = error as? AnalyticsError { return true }
            return false
        }
    }
}

@Suite struct AnalyticsYearToDateTests {
    /// Monthly figures 2023-01 … 2024-03; 2023-02 is missing.
    let table: Table = {
        let months = (1...12).map { Month(year: 2023, month: $0)! } + (1...3).map { Month(year: 2024, month: $0)! }
        let values = ["10", "-", "30", "40", "50", "60", "70", "80", "90", "100", "110", "120", "15", "25", "35"]
        return Table(source: "monthly.csv", columns: [
            Column(name: "월", type: .month, cells: months.map { .period(.month($0)) }),
            Fixture.numbers("수출", Fixture.manUSD, values, position: 1),
        ], rowLines: Array(2..<17))
    }()

    @Test func ytdThroughMarch() throws {
        let m = Measures(table)
        let ytd = try m.yearToDate("수출", period: "월", through: Month(year: 2024, month: 3)!)
        #expect(ytd.value?.value == 75)
        let last = try m.yearToDate("수출", period: "월", through: Month(year: 2023, month: 3)!)
        #expect(last.value?.value == 40)
        #expect(last.skippedMissing.map(\.line) == [3])
        let change = try #require(try m.yearToDateChange("수출", period: "월", through: Month(year: 2024, month: 3)!).value)
        #expect(change.difference.value == 35)
        #expect(change.ratio == Ratio(35, 40))
    }

    @Test func cumulativeRunsMonthByMonth() throws {
        let c = try Measures(table).cumulativeByMonth("수출", period: "월", year: 2024, through: Month(year: 2024, month: 3)!)
        #expect(c.map { $0.value?.value } == [15, 40, 75])
        let leapDay = try Measures(table).yearToDateChange("수출", period: "월", through: Day(year: 2024, month: 2, day: 29)!)
        #expect(leapDay.value?.current.value == 40)
        #expect(leapDay.value?.base.value == 10)   // 2023-02 is missing: skipped, not zero
    }
}
