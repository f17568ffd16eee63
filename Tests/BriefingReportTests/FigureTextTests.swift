import BriefingCore
import Testing
@testable import BriefingReport

@Suite("Placeholders filled with the sample's figures")
struct FigureTextTests {
    static let figures: [String: Figure] = {
        let t = try! TemplateReader.read(path: SampleFiguresTests.root + "/templates/usa-2024/briefing.yaml")
        let r = try! InputLoader(template: t).load()
        return try! TemplateEvaluator(template: t, tables: r.mapValues(\.table)).evaluate()
    }()

    func fill(_ text: String, _ locale: ReportLocale) throws -> String {
        let t = try TemplateReader.read(path: SampleFiguresTests.root + "/templates/usa-2024/briefing.yaml")
        let filler = TextFiller(template: t, figures: Self.figures, text: FigureText(formatter: FigureFormatter(locale: locale)))
        return filler.fill(try TextTemplate.parse(text))
    }

    @Test("Korean", arguments: [
        ("{total}", "1,000만 달러"),
        ("{achievement | percent:1}", "666.7%"),
        ("{excess}", "850만 달러"),
        ("{total_2023}", "934만 달러"),
        ("{growth | change}", "+7.1%"),
        ("{growth | diff}", "+66만 달러"),
        ("{ofc_visitors | count:myriad}", "1만 4,500명"),
        ("{ofc_countries}", "65개국"),
        ("{mou}", "2건"),
        ("{trip}", "2024. 3. 24.(일) ~ 3. 30.(토)"),
    ])
    func korean(text: String, expected: String) throws {
        #expect(try fill(text, .ko) == expected)
    }

    @Test("English", arguments: [
        ("{total}", "$10.0M"),
        ("{achievement | percent:1}", "666.7%"),
        ("{total_2023}", "$9.34M"),
        ("{growth | change}", "+7.1%"),
        ("{trip}", "Mar 24–30, 2024"),
    ])
    func english(text: String, expected: String) throws {
        #expect(try fill(text, .en) == expected)
    }

    @Test("placeholder problems are found at their line and column, inside | blocks too")
    func checks() throws {
        let yaml = """
        measures:
          total: 1000
        document:
          title: "총 {totl}"
          blocks:
            - text: |
                □ 성과
                  ○ 계약 {total | pct}
        """
        let t = try TemplateReader.parse(yaml, path: "r.yaml")
        let kinds = try TemplateEvaluator(template: t, tables: [:]).kinds()
        let errors = TextFiller.check(t, kinds: kinds)
        #expect(errors.map { $0.diagnostic.location?.description } == ["r.yaml:4:13", "r.yaml:8:16"])
        #expect(errors[0].diagnostic.message.hasPrefix("placeholder {totl} names no measure"))
        #expect(errors[1].diagnostic.message.contains("unknown format 'pct'"))
    }
}
