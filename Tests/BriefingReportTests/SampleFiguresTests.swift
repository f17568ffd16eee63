import BriefingCore
import Testing
@testable import BriefingReport

/// The seed article's figures, computed from the bundled sample's CP949 files
/// through the importer and the template's measures — none typed in.
@Suite("The bundled sample's figures")
struct SampleFiguresTests {
    static let root = "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/")

    func figures() throws -> [String: Figure] {
        let template = try TemplateReader.read(path: Self.root + "/templates/usa-2024/briefing.yaml")
        let results = try InputLoader(template: template).load()
        let evaluator = TemplateEvaluator(template: template, tables: results.mapValues(\.table))
        let problems = evaluator.check()
        #expect(problems.isEmpty, "\(problems)")
        return try evaluator.evaluate()
    }

    func amount(_ f: Figure?) -> Amount? {
        if case .amount(let a)? = f?.value { return a }
        return nil
    }

    @Test("total 325 + 675 = 1,000 만 달러, exactly US$10,000,000")
    func total() throws {
        let f = try figures()
        let total = try #require(amount(f["total"]))
        #expect(total.value == 1000)
        #expect(total.unit.powerOfTen == 4)
        #expect(total.unit.currency == .usd)
        #expect(total.baseValue == 10_000_000)
        // Traceable: the two cells of the 2024 row, at line 3 of missions.csv.
        #expect(f["total"]!.sources.map(\.line) == [3, 3])
    }

    @Test("achievement 1,000 ÷ 150 and excess 850")
    func achievement() throws {
        let f = try figures()
        guard case .ratio(let r)? = f["achievement"]?.value else { Issue.record("not a ratio"); return }
        #expect(r == Ratio(1000, 150)!)
        #expect(r.percent.rounded(toScale: 1) == ExactDecimal("666.7")!)
        #expect(amount(f["excess"])?.value == 850)
    }

    @Test("against 2023 (934, its other cells '-'): +66, +7.1%, and the skipped cell is recorded")
    func growth() throws {
        let f = try figures()
        #expect(amount(f["total_2023"])?.value == 934)
        #expect(f["total_2023"]!.skipped.map(\.column) == ["약정계약"])
        guard case .change(let c)? = f["growth"]?.value else { Issue.record("not a change"); return }
        #expect(c.difference.value == 66)
        #expect(try #require(c.ratio).percent.rounded(toScale: 1) == ExactDecimal("7.1")!)
    }

    @Test("OFC 2024 counts keep their counter units")
    func ofc() throws {
        let f = try figures()
        #expect(amount(f["ofc_visitors"])?.value == 14_500)
        if case .count(let noun)? = amount(f["ofc_countries"])?.unit.quantity { #expect(noun == "개국") } else { Issue.record("no counter unit") }
        guard case .cell(.range(let r))? = f["trip"]?.value else { Issue.record("trip is not a range"); return }
        #expect(r.dayCount == 7)
        guard case .count(let n)? = f["company_count"]?.value else { Issue.record("no count"); return }
        #expect(n == 4)
    }
}

@Suite("Checking a template against its data")
struct TemplateCheckTests {
    func check(_ measures: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [TemplateError] {
        let csv = "연도,지역,목표(만달러),실계약(만달러),참가인원(명)\n2024,미국,150,325,23\n"
        let table = try CSVImporter.read(bytes: Array(csv.utf8), name: "missions.csv").table
        let template = try TemplateReader.parse("data:\n  missions: missions.csv\nmeasures:\n" + measures, path: "report.yaml")
        return TemplateEvaluator(template: template, tables: ["missions": table]).check()
    }

    @Test("an unknown column names the file and its columns, at the column's place")
    func unknownColumn() throws {
        let e = try #require(try check("  a: sum(missions.약정계약 where 연도 = 2024)\n").first)
        #expect(e.diagnostic.location == InputLocation(file: "report.yaml", line: 4, column: 19))
        #expect(e.diagnostic.message == "column '약정계약' not in missions.csv (columns: 연도, 지역, 목표, 실계약, 참가인원)")
    }

    @Test("summing a text column is a type error")
    func textColumn() throws {
        let e = try #require(try check("  a: sum(missions.지역)\n").first)
        #expect(e.diagnostic.message.contains("cannot sum column '지역'"))
        #expect(e.diagnostic.location?.column == 19)
    }

    @Test("money and people do not add up")
    func units() throws {
        let e = try #require(try check("  a: sum(missions.실계약 + missions.참가인원)\n").first)
        #expect(e.diagnostic.message.contains("different units"))
    }

    @Test("an unknown measure and a cycle are both reported")
    func references() throws {
        let errors = try check("  a: b + 1\n  c: d\n  d: c\n")
        #expect(errors.contains { $0.diagnostic.message.hasPrefix("no measure 'b'") })
        #expect(errors.contains { $0.diagnostic.message.contains("uses itself") })
    }

    @Test("@ytd without a period asks for one")
    func periodNeeded() throws {
        let e = try #require(try check("  a: sum(missions.실계약 where 연도 in @ytd)\n").first)
        #expect(e.diagnostic.message.contains("needs a report period"))
    }
}

/// A template names a KOSIS column `지역별(1)` by its alias, without backticks.
@Suite("Templates: KOSIS classification aliases")
struct TemplateClassificationAliasTests {
    func evaluate(_ csv: String, _ measures: String) throws -> (problems: [TemplateError], evaluator: TemplateEvaluator) {
        let table = try CSVImporter.read(bytes: Array(csv.utf8), name: "kosis.csv").table
        let template = try TemplateReader.parse("data:\n  kosis: kosis.csv\nmeasures:\n" + measures, path: "report.yaml")
        let evaluator = TemplateEvaluator(template: template, tables: ["kosis": table])
        return (evaluator.check(), evaluator)
    }

    @Test func aMeasureFiltersOnTheAlias() throws {
        let (problems, evaluator) = try evaluate("지역별(1),수출액(천달러)\n서울,10\n부산,20\n",
                                                 "  busan: sum(kosis.수출액 where 지역별 = 부산)\n")
        #expect(problems.isEmpty, "\(problems)")
        guard case .amount(let a)? = try evaluator.evaluate()["busan"]?.value else { Issue.record("not an amount"); return }
        #expect(a.value == 20)
    }

    @Test func aSharedAliasIsAnErrorNamingBothColumns() throws {
        let (problems, _) = try evaluate("산업별(1),산업별(2),값(명)\n제조업,반도체,1\n",
                                         "  n: sum(kosis.값 where 산업별 = 제조업)\n")
        let e = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(e.diagnostic.location == InputLocation(file: "report.yaml", line: 4, column: 24))
        #expect(e.diagnostic.message
            == "column '산업별' in kosis.csv could be 산업별(1) or 산업별(2); write one of them in full, in backticks")
    }
}
