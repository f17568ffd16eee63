import ArgumentParser
import BriefingCairo
import BriefingCore
import BriefingReport
import Foundation

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a template's briefing PDF, page PNGs and press charts.",
        discussion: """
        Reads the template's data, checks everything, renders every file in
        memory, and only then writes them (each to a temporary name, renamed
        into place), so a failed run leaves the previous files as they were.

        Exit status: 0 done, 1 data or template error, 2 usage error,
        4 an output could not be written (the path is named on stderr).

        Examples:
          briefing render templates/usa-2024/briefing.yaml
          briefing render templates/usa-2024/briefing.yaml --locale en --format pdf
          briefing render templates/usa-2024/briefing.yaml --format pdf,hwpx
          briefing render report.yaml --data missions=exports/2025.csv --out /srv/briefings
          briefing render companies.yaml --each 기업명 --format pdf --jobs 2

        With --each (or each: in the template) it renders one sheet per
        distinct value of the column, @each standing for the value, named
        TEMPLATE-VALUE.pdf (the value made safe for any file system). Each
        sheet is written when it is done; a sheet that fails is listed at the
        end with its problems and the others are still written (exit status 1).
        """
    )

    @OptionGroup var options: TemplateOptions

    @OptionGroup var periodOptions: PeriodOptions

    @Option(help: "Folder to write into.")
    var out: String = "output"

    @Option(help: "Locale: ko or en (default: the template's).")
    var locale: ReportLocale?

    @Option(help: ArgumentHelp("Formats to write, comma-separated: pdf, png, svg, hwpx (the briefing for 한글). "
                               + "Default: pdf,png,svg and the template's document formats.", valueName: "list"))
    var format: String?

    @Flag(help: "Write the briefing only, not the charts the template exports for the press.")
    var noPress = false

    @OptionGroup var eachOptions: EachOptions

    @Flag(help: "With --each: one line a finished sheet on stderr (value, file, bytes or the error) instead of a progress bar.")
    var log = false

    func run() throws {
        let asked = format.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }) }
        for f in asked ?? [] where !["pdf", "png", "svg", "hwpx"].contains(f) {
            throw ValidationError("unknown format '\(f)' in --format (pdf, png, svg, hwpx)")
        }
        do {
            let loaded = try LoadedReport.load(templatePath: options.template, overrides: try options.overrides(),
                                               period: try periodOptions.context())
            let formats = asked ?? RenderRequest.defaultFormats(for: loaded.template)
            var request = RenderRequest(locale: locale ?? loaded.template.locale, formats: formats,
                                        creationDate: Clock.nowISO8601(), baseName: RenderRequest.baseName(forTemplate: options.template))
            request.pressCharts = !noPress
            if let column = loaded.eachColumn(eachOptions.each) {
                let rendering = SheetRendering(batch: try SheetBatch(loaded, column: column), request: request, out: out,
                                               jobs: eachOptions.threads, logEachSheet: log)
                let status = rendering.run()
                if status != 0 { throw ExitCode(status) }
                return
            }
            let report = try loaded.compute(kinds: try loaded.check(each: nil), each: nil, rehearse: false)
            let renderer = ReportRenderer(library: FontLibrary.makeStandard())
            let result = try renderer.render(report, request)
            for w in result.warnings { FileHandle.standardError.write(Data("briefing: warning: \(w)\n".utf8)) }
            // Staged under temporary names first, renamed only when every file is staged.
            OutputTransaction.removeStaleTemporaries(under: out)
            var transaction = OutputTransaction(folder: out)
            for f in result.files { try transaction.add(f.name, f.bytes) }
            for written in try transaction.commitFiles() {
                print("\(transaction.path(of: written.path))  \(written.size.formatted(.number.grouping(.automatic))) bytes")
            }
        } catch let e as ValidationError {
            throw e
        } catch {
            throw Failure.report(error)
        }
    }
}

/// The CLI is the one place that reads the clock.
enum Clock {
    /// Now, or the time SOURCE_DATE_EPOCH fixes (reproducible-builds.org), as
    /// `run` reads it: two renders of the same data then give byte-identical PDFs.
    static func nowISO8601() -> String {
        if let fixed = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap({ Int64($0) }) {
            return SeoulTime.timestamp(epochSeconds: fixed)
        }
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "Asia/Seoul")
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }
}
