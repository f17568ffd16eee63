import ArgumentParser
import BriefingCore
import BriefingReport

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show where a figure comes from: its measure, input cells, exact value and printed text.",
        discussion: """
        Example:
          briefing explain templates/usa-2024/briefing.yaml achievement
          briefing explain templates/usa-2024/briefing.yaml          (every measure)
        """
    )

    @OptionGroup var options: TemplateOptions

    @OptionGroup var periodOptions: PeriodOptions

    @Argument(help: "Measures to explain (default: all, in template order).")
    var measures: [String] = []

    @Option(help: "Locale of the printed text: ko or en.")
    var locale: ReportLocale?

    func run() throws {
        do {
            let report = try PreparedReport.prepare(templatePath: options.template, overrides: try options.overrides(),
                                                    period: try periodOptions.context())
            let text = FigureText(formatter: FigureFormatter(locale: locale ?? report.template.locale))
            let names = measures.isEmpty ? report.template.measures.map(\.name) : measures
            var blocks: [String] = []
            for name in names {
                guard let e = report.explanation(of: name, text: text) else {
                    let known = report.template.measures.map(\.name).joined(separator: ", ")
                    throw ValidationError("no measure '\(name)' in \(options.template) (measures: \(known))")
                }
                blocks.append(e.text)
            }
            print(blocks.joined(separator: "\n\n"))
        } catch let e as ValidationError {
            throw e
        } catch {
            throw Failure.report(error)
        }
    }
}
