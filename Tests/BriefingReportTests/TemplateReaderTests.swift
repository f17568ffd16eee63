import BriefingCore
import BriefingLayout
import Testing
@testable import BriefingReport

@Suite("Reading templates: shape errors at their line and column")
struct TemplateReaderTests {
    func expectError(_ yaml: String, line: Int, column: Int, contains text: String,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        do {
            _ = try TemplateReader.parse(yaml, path: "report.yaml")
            Issue.record("expected an error containing '\(text)'", sourceLocation: sourceLocation)
        } catch let e as TemplateError {
            #expect(e.diagnostic.location == InputLocation(file: "report.yaml", line: line, column: column), sourceLocation: sourceLocation)
            #expect(e.diagnostic.message.contains(text), "\(e.diagnostic.message)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
    }

    @Test("the bundled sample reads")
    func bundledSample() throws {
        let root = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        let t = try TemplateReader.read(path: "/" + root + "/templates/usa-2024/briefing.yaml")
        #expect(t.inputs.map(\.name) == ["missions", "ofc", "companies"])
        #expect(t.measures.first { $0.name == "total" }?.text == "sum(missions.실계약 + missions.약정계약 where 연도 = 2024)")
        #expect(t.charts.map(\.id) == ["contracts", "years"])
        #expect(t.inputs[0].renames == ["권역": "지역", "region": "지역"])
    }

    @Test("a misspelt top-level key is an error, not ignored")
    func unknownTopKey() {
        expectError("locale: ko\nmesures:\n  a: 1\n", line: 2, column: 1, contains: "unknown key 'mesures'")
    }

    @Test("a measure's syntax error points into the expression")
    func measureSyntax() {
        // `sum(missions.실계약 whre …)`: column of 'whre' = 6 (value start) + 17.
        expectError("measures:\n  total: sum(missions.실계약 whre 연도 = 2024)\n", line: 2, column: 27, contains: "found 'whre'")
    }

    @Test("an unknown function names the known ones")
    func unknownFunction() {
        expectError("measures:\n  x: total(missions.a)\n", line: 2, column: 6, contains: "unknown function 'total'")
    }

    @Test("an unclosed placeholder is an error at its brace")
    func placeholderSyntax() {
        expectError("document:\n  title: \"성과 {total\"\n", line: 2, column: 14, contains: "'{' is never closed")
    }

    @Test("an unknown block kind is an error at its key")
    func unknownBlock() {
        expectError("document:\n  title: t\n  blocks:\n    - pie: x\n", line: 4, column: 7, contains: "unknown block 'pie'")
    }

    @Test("a table row with the wrong number of cells")
    func tableRowWidth() {
        expectError("document:\n  title: t\n  blocks:\n    - table:\n        columns: [a, b]\n        rows:\n          - [1]\n",
                    line: 7, column: 13, contains: "has 1 cells, the table has 2 columns")
    }

    @Test("invalid YAML is reported at the scanner's position")
    func invalidYAML() {
        expectError("measures:\n  a: [1, 2\n", line: 3, column: 1, contains: "not valid YAML")
    }

    @Test("measure expressions parse into a tree", arguments: [
        ("sum(m.a + m.b where y = 2024 and r in [미국, \"동남아\"])", 1),
        ("achievement(total, target)", 0),
        ("-(a - b) / 2", 0),
        ("sum(e.계약액 where 월 in @ytd)", 1),
    ])
    func expressions(source: String, aggregates: Int) throws {
        let e = try MeasureExpressionParser.parse(source)
        func count(_ e: MeasureExpression) -> Int {
            switch e {
            case .aggregate: return 1
            case .call(_, let a, _): return a.map(count).reduce(0, +)
            case .binary(_, let a, let b, _): return count(a) + count(b)
            case .negate(let x, _): return count(x)
            default: return 0
            }
        }
        #expect(count(e) == aggregates)
    }

    @Test("text templates split literals and placeholders")
    func textTemplate() throws {
        let t = try TextTemplate.parse("목표 대비 {achievement | percent:1} 달성 {{x}}")
        #expect(t.placeholders == [Placeholder(measure: "achievement", format: .percent(.digits(1)), offset: 6)])
        #expect(t.parts.first == .literal("목표 대비 "))
        #expect(t.parts.last == .literal(" 달성 {x}"))
    }
}

@Suite("A template's document style")
struct DocumentStyleTests {
    @Test("style: changes fonts, sizes, spacing and margins; the rest keeps the report defaults")
    func styleApplies() throws {
        let yaml = """
        document:
          title: t
          style:
            fonts: {myeongjo: Noto Serif CJK KR}
            body-size: 13
            line-spacing: 1.5
            margins: {left: 25}
        """
        let t = try TemplateReader.parse(yaml, path: "r.yaml")
        let page = PageStyle.briefing(t.document!, locale: .ko)
        #expect(page.bodyFont.family == "Noto Serif CJK KR")
        #expect(page.bodyFont.size == 13)
        #expect(page.headlineFont.size == 14)
        #expect(page.lineSpacing == 1.5)
        #expect(abs(page.margins.left - 25 * 72 / 25.4) < 0.001)
        #expect(page.titleFont.family == "NanumSquare")
    }

    @Test("a size out of range is an error at its value")
    func badSize() {
        #expect {
            _ = try TemplateReader.parse("document:\n  title: t\n  style:\n    body-size: 90\n", path: "r.yaml")
        } throws: { e in
            (e as? TemplateError)?.diagnostic.location == InputLocation(file: "r.yaml", line: 4, column: 16)
        }
    }

    @Test("a chart's data reads a long table's series, order, top and time grain")
    func longTableKeys() throws {
        let yaml = """
        data: {air: air.csv}
        charts:
          passengers:
            type: stacked-bar
            title: 여객
            data: {input: air, x: 시점, y: [여객], series: 지역별, series-order: [광주], top: 5, by: year}
        """
        let t = try TemplateReader.parse(yaml, path: "r.yaml")
        let shape = try #require(t.charts.first?.data?.shape)
        #expect(shape == ChartShape(series: "지역별", seriesOrder: ["광주"], top: 5, by: .year))
    }

    @Test("a time grain that is none is an error at its value, naming the grains")
    func badGrain() {
        let yaml = """
        data: {air: air.csv}
        charts:
          passengers:
            type: line
            title: 여객
            data: {input: air, x: 시점, y: [여객], by: week}
        """
        TemplateReaderTests().expectError(yaml, line: 6, column: 44, contains: "by must be year, quarter or month, found 'week'")
        TemplateReaderTests().expectError(yaml.replacingOccurrences(of: "by: week", with: "top: 0"), line: 6, column: 45, contains: "top")
    }
}
