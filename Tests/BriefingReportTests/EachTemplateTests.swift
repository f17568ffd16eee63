import BriefingCore
import BriefingReport
import Testing

@Suite("each: and @each in templates")
struct EachTemplateTests {
    @Test(arguments: [
        ("기업명", "companies", "기업명"),
        ("monthly.월", "monthly", "월"),
        ("2024.03", "companies", "2024.03"),     // a dot not after an input name is part of the column
        ("companies.", "companies", "companies."),
    ])
    func columnsAreReadWithOrWithoutTheirInput(text: String, input: String, column: String) throws {
        let c = try #require(EachColumn.parse(text, inputs: ["companies", "monthly"]))
        #expect(c.input == input && c.column == column)
    }

    @Test func eachNeedsAnInput() {
        #expect(EachColumn.parse("기업명", inputs: []) == nil)
        #expect(throws: TemplateError(.other("each: needs an input under data: to take its values from"),
                                      at: InputLocation(file: "t.yaml", line: 1, column: 7), sourceLine: "each: 기업명")) {
            try TemplateReader.parse("each: 기업명\n", path: "t.yaml")
        }
    }

    @Test func theTemplateKeyIsRead() throws {
        let t = try TemplateReader.parse("data:\n  companies: c.csv\neach: 기업명\n", path: "t.yaml")
        #expect(t.each?.input == "companies" && t.each?.column == "기업명")
        #expect(t.each?.source?.location == InputLocation(file: "t.yaml", line: 3, column: 7))
    }

    @Test func atEachIsALiteralOfTheWhereGrammar() throws {
        let cs = try MeasureExpressionParser.parseConditions("기업명 = @each and 국가 in [@each, 미국]")
        #expect(cs.map(\.values) == [[.each], [.each, .text("미국")]])
        let filters = try Condition.rowFilters(cs, period: nil, each: .text("가나광학"))
        let expected = [RowFilter.equals("기업명", .text("가나광학")),
                        RowFilter.in("국가", [.text("가나광학"), .text("미국")])]
        #expect(filters == expected)
        #expect(throws: ExpressionSyntaxError.self) { try Condition.rowFilters(cs, period: nil) }
    }

    @Test func progressLineSaysCountRateAndTimeLeft() {
        let p = SheetProgress(total: 1000)
        let (full, empty) = ("█", "░")
        #expect(p.line(done: 0, seconds: 0) == "[\(String(repeating: empty, count: 24))]     0/1000")
        #expect(p.line(done: 250, seconds: 50)
                == "[\(String(repeating: full, count: 6) + String(repeating: empty, count: 18))]   250/1000  5.0 sheets/s  2:30 left")
        #expect(p.line(done: 1000, failed: 2, seconds: 40)
                == "[\(String(repeating: full, count: 24))]  1000/1000  25 sheets/s  2 failed")
    }
}
