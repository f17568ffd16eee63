import Testing
@testable import BriefingCore

/// CSV text → importer → measures → formatted text, end to end, against
/// golden text written by hand from the press article's figures.
@Suite struct AnalyticsGoldenTests {
    static func read(_ text: String, name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Table {
        let bytes = [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        return try CSVImporter.read(bytes: bytes, name: name).table
    }

    static let missions = """
    연도,지역,목표(만달러),실계약(만달러),약정계약(만달러),합계(만달러),MOU(건)
    2023,동남아,-,-,-,934,-
    2024,미국,150,325,675,"1,000",2

    """

    /// The briefing's key lines, as a template would write them.
    static func keyFigures(_ table: Table, _ f: FigureFormatter) throws -> String {
        let m = Measures(table)
        let y2024: [RowFilter] = [.equals("연도", 2024)]
        let actual = try m.sum(of: ["실계약", "약정계약"], where: y2024)
        let target = try m.sum("목표", where: y2024)
        let base = try m.sum("합계", where: [.equals("연도", 2023)])
        let achievement = try Measures.achievement(actual: actual, target: target)
        let excess = try Measures.excess(actual: actual, target: target)
        let change = try Measures.change(from: base, to: actual)
        let split2023 = try Measures.change(from: try m.sum("실계약", where: [.equals("연도", 2023)]),
                                            to: try m.sum("실계약", where: y2024))
        return [
            "\(f.amount(actual.value)) | \(f.percent(achievement.value)) | \(f.amount(excess.value))",
            "\(f.signedAmount(change.value?.difference)) | \(f.change(change.value?.ratio)) | \(f.change(split2023.value?.ratio))",
            "\(f.count(try m.sum("MOU").value?.value ?? 0, noun: "건"))",
        ].joined(separator: "\n")
    }

    @Test func seedFiguresInKorean() throws {
        let t = try Self.read(Self.missions, name: "missions.csv")
        #expect(try Self.keyFigures(t, FigureFormatter(locale: .ko)) == """
        1,000만 달러 | 666.7% | 850만 달러
        +66만 달러 | +7.1% | -
        2건
        """)
    }

    @Test func seedFiguresInEnglish() throws {
        let t = try Self.read(Self.missions, name: "missions.csv")
        #expect(try Self.keyFigures(t, FigureFormatter(locale: .en)) == """
        $10.0M | 666.7% | $8.50M
        +$660,000 | +7.1% | n/a
        2
        """)
    }

    @Test func seedFromCP949() throws {
        let bytes = ImportFixtures.cp949(Self.missions.replacingOccurrences(of: "\n", with: "\r\n"))
        let t = try CSVImporter.read(bytes: bytes, name: "missions.csv").table
        #expect(try Self.keyFigures(t, FigureFormatter(locale: .ko)).hasPrefix("1,000만 달러 | 666.7% | 850만 달러"))
    }

    @Test func explainTheTotal() throws {
        let t = try Self.read(Self.missions, name: "missions.csv")
        let total = try Measures(t).sum(of: ["실계약", "약정계약"])
        let f = FigureFormatter(locale: .ko)
        let e = Explanation(title: "총 수출계약", measured: total, tables: [t],
                            exact: Explanation.exactText(total.value!), shown: f.amount(total.value!))
        #expect(e.text == """
        총 수출계약: 1,000만 달러
          measure: sum(실계약 + 약정계약)
          inputs:
            missions.csv:3 [실계약] 325
            missions.csv:3 [약정계약] 675
          skipped (missing, not counted as zero):
            missions.csv:2 [실계약] -
            missions.csv:2 [약정계약] -
          exact: 1000 만달러
          shown: 1,000만 달러 (rounded half away from zero)
        """)
    }

    @Test func failingOnMissingNamesTheFileLine() throws {
        // A blank line and a quoted multi-line note move the rows down: lines
        // are the file's, not row numbers.
        let text = """
        권역,비고,금액(만달러)

        미주,"LA
        샌디에이고",325
        유럽,-,-

        """
        let t = try Self.read(text, name: "regions.csv")
        #expect(t.rowLines == [3, 5])
        #expect(throws: AnalyticsError.missingValue(CellRef(file: "regions.csv", line: 5, column: "금액"), mark: "-")) {
            try Measures(t, missing: .fail).sum("금액")
        }
        let skipped = try Measures(t).sum("금액")
        #expect(FigureFormatter(locale: .ko).amount(skipped.value) == "325만 달러")
        #expect(skipped.skippedMissing.map(\.description) == ["regions.csv:5 [금액]"])
    }

    @Test func monthlyReport() throws {
        let text = """
        월,수출액(만달러)
        2023년 1월,120
        2023년 2월,-
        2023년 3월,200
        2024년 1월,150
        2024년 2월,180
        2024년 3월,190

        """
        let t = try Self.read(text, name: "monthly.csv")
        let m = Measures(t)
        let ko = FigureFormatter(locale: .ko, options: FormatOptions(changeStyle: .triangle))
        let march = Month(year: 2024, month: 3)!
        let thisMonth = try m.sum("수출액", where: [.periodIn("월", .month(march))])
        let lastMonth = try m.sum("수출액", where: [.periodIn("월", .month(march.previous))])
        let lastYear = try m.sum("수출액", where: [.periodIn("월", .month(march.sameMonthLastYear))])
        let mom = try Measures.change(from: lastMonth, to: thisMonth)
        let yoy = try Measures.change(from: lastYear, to: thisMonth)
        let ytd = try m.yearToDateChange("수출액", period: "월", through: march)
        let feb = try Measures.change(from: try m.sum("수출액", where: [.periodIn("월", .month(Month(year: 2023, month: 2)!))]),
                                      to: try m.sum("수출액", where: [.periodIn("월", .month(Month(year: 2024, month: 2)!))]))
        let lines = [
            "\(ko.month(march)) \(ko.amount(thisMonth.value))",
            "전월 대비 \(ko.signedAmount(mom.value?.difference)) (\(ko.change(mom.value?.ratio)))",
            "전년 동월 대비 \(ko.signedAmount(yoy.value?.difference)) (\(ko.change(yoy.value?.ratio)))",
            "누계 \(ko.amount(ytd.value?.current)) 전년 동기 대비 \(ko.change(ytd.value?.ratio))",
            "2월 전년 대비 \(ko.change(feb.value?.ratio))",
        ]
        #expect(lines.joined(separator: "\n") == """
        2024년 3월 190만 달러
        전월 대비 +10만 달러 (+5.6%)
        전년 동월 대비 △10만 달러 (△5.0%)
        누계 520만 달러 전년 동기 대비 +62.5%
        2월 전년 대비 -
        """)
        // The 2023 YTD skipped February rather than counting it as zero.
        #expect(try m.yearToDate("수출액", period: "월", through: Month(year: 2023, month: 3)!).skippedMissing.map(\.line) == [3])
    }

    @Test func regionalSharesWithFootnote() throws {
        let text = """
        권역,상담액(만달러)
        미주,100
        유럽,100
        아시아,100

        """
        let t = try Self.read(text, name: "shares.csv")
        let shares = try #require(try Measures(t).shares("상담액", by: "권역").value)
        let ko = FigureFormatter(locale: .ko)
        let plain = ko.shares(shares.map(\.ratio))
        #expect(zip(shares.map(\.label), plain.parts).map { "\($0) \($1)" } == ["미주 33.3%", "유럽 33.3%", "아시아 33.3%"])
        #expect(plain.footnote == "※ 반올림으로 합계가 일치하지 않을 수 있음")
        #expect(ko.shares(shares.map(\.ratio), method: .largestRemainder).parts == ["33.4%", "33.3%", "33.3%"])
    }

    @Test func mixedScalesFromHeaders() throws {
        let text = """
        구분,계약(만달러),현장판매(달러)
        A사,325,"5,000"
        B사,0.5,12.34

        """
        let t = try Self.read(text, name: "mixed.csv")
        let total = try #require(try Measures(t).sum(of: ["계약", "현장판매"]).value)
        #expect(total.baseValue == ExactDecimal("3260012.34")!)
        #expect(FigureFormatter(locale: .ko).amount(total) == "326만 달러")
        #expect(FigureFormatter(locale: .ko).amount(total, precision: .digits(4)) == "326.0012만 달러")
        #expect(FigureFormatter(locale: .en).amount(total) == "$3.26M")
    }

    @Test func topThreeAndRanking() throws {
        let text = """
        기업,상담액(만달러)
        피피아이,420
        엠피닉스,310
        피라포토닉스,310
        오토마린,95
        AI기업A,-
        AI기업B,40

        """
        let t = try Self.read(text, name: "companies.csv")
        let m = Measures(t)
        let ranked = try m.rank("상담액", label: "기업")
        let ko = FigureFormatter(locale: .ko)
        #expect(ranked.value!.map { "\($0.rank)위 \($0.label) \(ko.shortAmount($0.amount))" } ==
                ["1위 피피아이 420만", "2위 엠피닉스 310만", "2위 피라포토닉스 310만", "4위 오토마린 95만", "5위 AI기업B 40만"])
        let groups = try #require(try m.groupBy("기업", sum: "상담액").value)
        let top = try Measures.top(3, of: groups.groups)
        #expect(top.map { "\($0.label) \(ko.shortAmount($0.amount))" } == ["피피아이 420만", "엠피닉스 310만", "피라포토닉스 310만", "기타 135만"])
        #expect(ko.amount(groups.total) == "1,175만 달러")
    }
}
