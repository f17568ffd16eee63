import Testing
@testable import BriefingCore

private func read(_ text: String, _ options: ImportOptions = .init()) throws -> ImportResult {
    try CSVImporter.read(bytes: Array(text.utf8), name: "t.csv", options: options)
}

@Suite("Column types from all their cells")
struct ImportTypeTests {
    @Test func monthColumnKeepsOctober() throws {
        let c = try read("월,수출\n2024.09,1\n2024.10,2\n2024.11,3\n").table.columns[0]
        #expect(c.type == .month)
        #expect(c[1] == .period(.month(Month(year: 2024, month: 10)!)))
    }

    @Test func yyyymmAmongDecimalsIsADecimal() throws {
        let c = try read("지수\n1.5\n2024.10\n").table.columns[0]
        #expect(c.type == .decimal)
        #expect(Array(c) == [.number(ExactDecimal("1.5")!), .number(ExactDecimal("2024.10")!)])
    }

    @Test("year-like headers make years", arguments: [("연도", ColumnType.year), ("기준년도", .year), ("year", .year), ("건수", .integer)])
    func years(_ header: String, _ type: ColumnType) throws {
        #expect(try read("\(header)\n2023\n2024\n").table.columns[0].type == type)
    }

    @Test func yearsWrittenWithTheWordMixWithBareYears() throws {
        let c = try read("기간\n2023년\n2024\n").table.columns[0]
        #expect(c.type == .year)
        #expect(Array(c) == [.period(.year(2023)), .period(.year(2024))])
    }

    @Test func percentHeaderMakesPercentCells() throws {
        let c = try read("증감률(%)\n7.1\n△3.2%\n").table.columns[0]
        #expect(c.type == .percent)
        #expect(Array(c) == [.percent(ExactDecimal("7.1")!), .percent(ExactDecimal("-3.2")!)])
    }

    @Test func disagreeingCellsMakeTextAndAreReported() throws {
        let r = try read("금액(천원)\n1\n\"2,000\"\nn/a\n4\n-\n")
        let c = r.table.columns[0]
        #expect(c.type == .text)
        #expect(Array(c) == [.text("1"), .text("2,000"), .text("n/a"), .text("4"), .missing("-")])
        #expect(r.columnReports[0].dominantType == .integer)
        #expect(r.columnReports[0].patternBreaks == [PatternBreak(line: 4, text: "n/a", looksLike: .text)])
    }

    @Test func datesRangesQuartersAndHalves() throws {
        let r = try read("""
        일자,기간,분기,반기
        2024. 3. 24.(일),2024. 3. 24. ~ 2024. 3. 30.,2024 1/4분기,2024 상반기
        2024. 3. 26.(화),2024. 3. 26.~3. 28.,2024.Q2,2024 하반기

        """)
        #expect(r.table.columns.map(\.type) == [.date, .range, .quarter, .half])
        #expect(r.columnReports[1].maximum == .range(DayRange(Day(year: 2024, month: 3, day: 26)!, Day(year: 2024, month: 3, day: 28)!)!))
    }

    @Test func marksAreKeptOnTheColumn() throws {
        let c = try read("실적\n100\n123 p)\n").table.columns[0]
        #expect(c.type == .integer)
        #expect(c.marks == [1: .provisional])
        #expect(c[1] == .number(123))
    }

    @Test func emptyColumn() throws {
        #expect(try read("a,b\n1,\n2,-\n").table.columns[1].type == .empty)
    }

    @Test func reportShowsMissingMinMaxAndDistinct() throws {
        let r = try read("지역,실계약(만달러)\n미국,325\n동남아,-\n미국,934\n")
        #expect(r.columnReports[0].distinctValues == ["미국", "동남아"])
        #expect(r.columnReports[0].distinctCount == 2)
        #expect(r.columnReports[1].missingCount == 1)
        #expect(r.columnReports[1].minimum == .number(325))
        #expect(r.columnReports[1].maximum == .number(934))
    }
}

@Suite("Header rows")
struct ImportHeaderRowTests {
    @Test func unitNoteAboveTheHeaderAppliesToNumbersWithoutAUnit() throws {
        let r = try read("(단위: 만달러),,,\n지역,실계약,MOU(건),번호\n미국,325,2,1\n")
        #expect(r.unitNote?.powerOfTen == 4)
        #expect(r.table.columns[1].type == .amount)
        #expect(r.table.columns[1].unit?.currency == .usd)
        #expect(r.table.columns[2].type == .count)
        #expect(r.table.columns[0].unit == nil)
        #expect(r.table.columns[3].type == .integer)
    }

    @Test func kosisTwoRowHeaderIsPeriodTimesItem() throws {
        let r = try read("""
        시점,2023,2023,2024,2024
        행정구역별,수출액 (천달러),수입액 (천달러),수출액 (천달러),수입액 (천달러)
        광주 북구,"1,200","800","1,500","900"

        """)
        #expect(r.headerRows == 2)
        #expect(r.table.columnNames == ["행정구역별", "2023 수출액", "2023 수입액", "2024 수출액", "2024 수입액"])
        #expect(r.columnReports.map(\.period) == [nil, .year(2023), .year(2023), .year(2024), .year(2024)])
        #expect(r.table.columns[3].unit?.powerOfTen == 3)
        #expect(r.table.rowCount == 1)
        #expect(r.table.rowLines == [3])
    }

    /// KOSIS writes a provisional figure's period as `2024 p)`: the mark is
    /// the period's, not part of the item's name.
    @Test func kosisPeriodMarkLeavesTheNameForTheReport() throws {
        let text = [
            #""행정구역별(1)","2023","2023","2024 p)","2024 p)""#,
            #""행정구역별(1)","수출액 (천달러)","수입액 (천달러)","수출액 (천달러)","수입액 (천달러)""#,
            #""동구","234,567","-","245,678","x""#,
            #""북구","1,200","800","1,500","900""#,
        ].joined(separator: "\r\n") + "\r\n"
        let r = try CSVImporter.read(bytes: ImportFixtures.cp949(text), name: "kosis.csv")
        #expect(r.encoding == .cp949)
        #expect(r.headerRows == 2)
        #expect(r.table.columnNames == ["행정구역별(1)", "2023 수출액", "2023 수입액", "2024 수출액", "2024 수입액"])
        #expect(r.columnReports.map(\.period) == [nil, .year(2023), .year(2023), .year(2024), .year(2024)])
        #expect(r.columnReports.map(\.periodMarks) == [[], [], [], .provisional, .provisional])
        #expect(r.table.columns[3].header == "2024 p) 수출액 (천달러)")
        #expect(r.table.columns[3].unit?.powerOfTen == 3)
        #expect(r.table.columns[1][0] == .number(ExactDecimal(234_567)))
        #expect(r.table.columns[2][0] == .missing("-"))
        #expect(r.table.columns[3][0] == .number(ExactDecimal(245_678)))
        #expect(r.table.columns[4][0] == .missing("x"))
        #expect(r.table.rowLines == [3, 4])
        let shown = InspectionReport.text(r)
        #expect(shown.contains("2024 수출액: period 2024, provisional from the first header row"))
        #expect(shown.contains("2023 수출액: period 2023 from the first header row"))
        var json = ""
        InspectionReport.writeJSON(r) { json += $0 }
        #expect(json.contains(#""name": "2024 수입액", "header": "2024 p) 수입액 (천달러)", "alias": null, "unit": "#))
        #expect(json.contains(#""period": "2024", "periodMarks": ["provisional"], "missing": 1"#))
    }

    @Test("A mark after a period is cut from the name", arguments: [
        ("2024 p)", "2024"), ("2024p", "2024"), ("2024. 3 r)", "2024. 3"), ("2023", "2023"), ("2024 P)", "2024"),
    ])
    func markCut(_ written: String, _ name: String) {
        #expect(TableReader.withoutMark(written) == name)
    }

    @Test func forcedOneHeaderRow() throws {
        let r = try read("a,2024\nb,c\n", ImportOptions(headerRows: 1))
        #expect(r.headerRows == 1)
        #expect(r.table.rowCount == 1)
    }

    @Test func aDataRowIsNeverTakenForAHeader() throws {
        let r = try read("연도,금액\n2024,325\n")
        #expect(r.headerRows == 1)
        #expect(r.table.rowCount == 1)
    }

    @Test func emptyAndDuplicateNamesAreMadeUnique() throws {
        let r = try read("지역,,지역,금액(만달러),금액(천달러)\n미국,1,2,3,4\n")
        #expect(r.table.columnNames == ["지역", "열2", "지역_2", "금액", "금액_2"])
        #expect(r.renamedHeaders.map(\.reason) == [.empty, .duplicate, .duplicate])
    }
}
