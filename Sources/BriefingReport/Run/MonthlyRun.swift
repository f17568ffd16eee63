import BriefingCairo
import BriefingCore

/// One unattended run of a template for one month, as `briefing run` and
/// `serve`'s re-run button do it: check, render (one report or a sheet a
/// value with `each`), and commit the period folder with its manifest, all
/// inside `ReportRun` (lock, staging, rename, manifest).
public struct MonthlyRun: Sendable {
    public var options: RunOptions
    /// `--data NAME=FILE`: inputs read from another file.
    public var overrides: [String: String] = [:]
    /// The template's locale when nil.
    public var locale: ReportLocale?
    /// `--each COLUMN` (nil: the template's `each:`, if any).
    public var each: String?
    /// Threads for the sheets of an `each` run.
    public var jobs = 1

    public init(_ options: RunOptions) { self.options = options }

    /// Runs it; what happened is in `log`, and the thrown error (after `ReportRun` logged it) says which exit status.
    public func execute(log: RunLog, fonts: FontLibrary) throws -> RunResult {
        let (templatePath, overrides, locale, each, jobs) = (options.templatePath, overrides, locale, each, jobs)
        let (month, creationDate) = (options.period, options.clock.timestamp())
        return try ReportRun(options, log: log).execute { session in
            let loaded = try log.timed("check \(templatePath) for \(month)") {
                try LoadedReport.load(templatePath: templatePath, overrides: overrides, period: session.period) { path in
                    try session.readInput(path)
                }
            }
            let request = RenderRequest(locale: locale ?? loaded.template.locale,
                                        formats: RenderRequest.defaultFormats(for: loaded.template),
                                        creationDate: creationDate, baseName: RenderRequest.baseName(forTemplate: templatePath))
            if let column = loaded.eachColumn(each) {
                let batch = try SheetBatch(loaded, column: column)
                try SheetsInRun(batch: batch, request: request, jobs: jobs, log: log).render(into: &session, fonts: fonts)
                return
            }
            let report = try loaded.compute(kinds: try loaded.check(each: nil), each: nil, rehearse: false)
            let renderer = ReportRenderer(library: fonts)
            let rendered = try log.timed("render", detail: { (r: RenderResult) in "\(r.files.count) files" }) {
                try renderer.render(report, request)
            }
            for w in rendered.warnings { log.warning(w.description) }
            for f in rendered.files { try session.add(f.name, f.bytes) }
        }
    }
}
