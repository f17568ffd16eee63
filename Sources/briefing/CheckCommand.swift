import ArgumentParser
import BriefingCore
import BriefingReport

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a template and its data without rendering.",
        discussion: """
        Reads every input, checks every measure against the columns and every
        placeholder against the measures, and lists every problem with its line
        and column. Exit status 0 when all is well, 1 otherwise.

        Example:
          briefing check templates/usa-2024/briefing.yaml
        """
    )

    @OptionGroup var options: TemplateOptions

    @OptionGroup var periodOptions: PeriodOptions

    func run() throws {
        do {
            let report = try PreparedReport.prepare(templatePath: options.template, overrides: try options.overrides(),
                                                    period: try periodOptions.context())
            let rows = report.inputs.values.map(\.table.rowCount).reduce(0, +)
            print("\(options.template): ok — \(report.inputs.count) inputs (\(rows) rows), "
                  + "\(report.figures.count) measures, \(report.template.charts.count) charts")
        } catch let e as ValidationError {
            throw e
        } catch {
            throw Failure.report(error)
        }
    }
}
