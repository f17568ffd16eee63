@testable import BriefingCore
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
        // An unknown format is found as the template is read, at its place.
        do {
            _ = try TemplateReader.parse(yaml, path: "r.yaml")
            Issue.record("an unknown format was read")
        } catch let e as TemplateError {
            #expect(e.diagnostic.location?.description == "r.yaml:8:16")
            #expect(e.diagnostic.message == "placeholder {total | pct}: unknown format 'pct' "
                        + "(known: amount, short, percent, change, triangle, diff, base, points, count, number)")
        }
        // A format that does not fit its figure, and a name that names nothing, once the measures are known.
        let t = try TemplateReader.parse(yaml.replacingOccurrences(of: "pct", with: "points"), path: "r.yaml")
        let kinds = try TemplateEvaluator(template: t, tables: [:]).kinds()
        let errors = TextFiller.check(t, kinds: kinds)
        #expect(errors.map { $0.diagnostic.location?.description } == ["r.yaml:4:13", "r.yaml:8:16"])
        #expect(errors[0].diagnostic.message.hasPrefix("placeholder {totl} names no measure"))
        #expect(errors[1].diagnostic.message == "placeholder {total | points}: format 'points' does not fit a number")
    }

    /// `fits` and the text agree: every format that fits a figure shows it,
    /// never the not-computable dash, for every kind of figure.
    @Test(arguments: ReportLocale.allCases)
    func everyFittingPairIsWritten(locale: ReportLocale) throws {
        let text = FigureText(formatter: FigureFormatter(locale: locale))
        let usd = MeasureUnit(.money(.usd), powerOfTen: 4, written: "만달러")
        let amount = Amount(1000, usd), base = Amount(934, usd)
        let values: [FigureValue] = [
            .amount(amount), .amount(Amount(ExactDecimal("7.1")!, MeasureUnit(.percent, written: "%"))),
            .mean(Mean(total: amount, count: 3)), .ratio(Ratio(1000, 150)!),
            .change(Change(current: amount, base: base, difference: Amount(66, usd), ratio: Ratio(66, 934))),
            .points(ExactDecimal("3.2")!), .count(14500), .cell(.text("미국")),
        ]
        let formats: [FigureFormat] = [.amount(.auto), .short(.auto), .percent(.digits(1)), .change(.auto), .triangle(.auto),
                                       .diff(.auto), .base(.auto), .points(.auto), .count(myriad: true), .count(myriad: false),
                                       .number(.auto), .number(.digits(2))]
        var written = 0
        for v in values {
            for f in formats where f.fits(v.kind) {
                let s = text.text(Figure(name: "x", value: v, sources: [], skipped: [], working: ""), format: f)
                #expect(s != locale.notComputable && !s.isEmpty, "\(f) of \(v)")
                written += 1
            }
        }
        #expect(written >= 25)
    }
}
