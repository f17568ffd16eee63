import BriefingCore
import Testing

/// KOSIS numbers a classification's levels in the header (`지역별(1)`): not a
/// unit, so the number stays in the name, and the column also answers to
/// `지역별` — unless two columns would share that short name.
@Suite("Import: KOSIS classification aliases")
struct ImportClassificationAliasTests {
    @Test(arguments: [
        ("지역별(1)", "지역별"), ("행정구역별(2)", "행정구역별"), ("시도별 (1)", "시도별"), ("산업별（12）", "산업별"),
    ])
    func levelNumberGivesAnAlias(name: String, alias: String) {
        #expect(HeaderParser.classificationAlias(of: name) == alias)
    }

    @Test(arguments: ["지역별", "생산지수(2020=100)", "(1)", "코드(123)", "지역별(a)", "지역별(1", "2023 수출액"])
    func otherNamesHaveNone(name: String) {
        #expect(HeaderParser.classificationAlias(of: name) == nil)
    }

    static func read(_ csv: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ImportResult {
        try CSVImporter.read(bytes: Array(csv.utf8), name: "kosis.csv")
    }

    @Test func theColumnAnswersToItsAlias() throws {
        let r = try Self.read("지역별(1),수출액(천달러)\n서울,10\n부산,20\n")
        #expect(r.table.columnNames == ["지역별(1)", "수출액"])
        let c = try #require(r.table.column(named: "지역별"))
        #expect(c.name == "지역별(1)")
        #expect(r.table.column(named: "지역별(1)")?.position == 0)
        #expect(r.table.alias(of: c) == "지역별")
        #expect(InspectionReport.text(r).contains("지역별(1): also answers to 지역별 (a KOSIS classification level, not a unit)\n"))
        var json = ""
        InspectionReport.writeJSON(r) { json += $0 }
        #expect(json.contains(#""name": "지역별(1)", "header": "지역별(1)", "alias": "지역별", "unit": null"#))
    }

    /// Two levels of one classification: `산업별` would pick one silently, so it picks none.
    @Test func aSharedAliasFindsNeitherColumn() throws {
        let r = try Self.read("산업별(1),산업별(2),값(명)\n제조업,반도체,1\n")
        #expect(r.table.column(named: "산업별") == nil)
        #expect(r.table.columns(sharingAlias: "산업별") == ["산업별(1)", "산업별(2)"])
        #expect(r.table.columns.allSatisfy { r.table.alias(of: $0) == nil })
        #expect(InspectionReport.text(r).contains("산업별(1), 산업별(2): no alias 산업별, as they would share it; write them in full\n"))
        #expect(throws: AnalyticsError.ambiguousColumn("산업별", file: "kosis.csv", candidates: ["산업별(1)", "산업별(2)"])) {
            try Measures(r.table).column("산업별")
        }
        #expect(AnalyticsError.ambiguousColumn("산업별", file: "kosis.csv", candidates: ["산업별(1)", "산업별(2)"]).description
            == "column '산업별' in kosis.csv could be 산업별(1) or 산업별(2); write one of them in full, in backticks")
    }

    /// A column really called `지역별` keeps that name; the alias gives way.
    @Test func aRealNameWinsOverAnAlias() throws {
        let r = try Self.read("지역별,지역별(1),값(명)\n서울,강남구,1\n")
        #expect(r.table.column(named: "지역별")?.position == 0)
        #expect(r.table.alias(of: r.table.columns[1]) == nil)
        #expect(r.table.columns(sharingAlias: "지역별") == [])
    }
}
