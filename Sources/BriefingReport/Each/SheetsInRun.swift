import BriefingCairo
import BriefingCore

/// `run --each`: every sheet rendered on `jobs` threads, then added to the
/// run's transaction in the data's order (so the period folder changes all
/// at once, as for one report); a log line a sheet; the manifest lists the
/// sheets and the values that failed.
public struct SheetsInRun {
    public var batch: SheetBatch
    public var request: RenderRequest
    public var jobs: Int
    public var log: RunLog

    public init(batch: SheetBatch, request: RenderRequest, jobs: Int, log: RunLog) {
        (self.batch, self.request, self.jobs, self.log) = (batch, request, jobs, log)
    }

    public func render(into session: inout RunSession, fonts: FontLibrary) throws {
        let (batch, request, log) = (self.batch, self.request, self.log)
        if batch.each.skippedRows > 0 {
            log.warning("\(batch.each.skippedRows) row(s) of \(LocalPath(batch.each.file).name) have no "
                        + "\(batch.each.column.column): no sheet for them")
        }
        let start = log.clock.monotonicNanoseconds()
        let outcomes = SheetRunner.render(batch, jobs: jobs, library: fonts, request: { sheet in
            var r = request
            r.baseName = batch.baseName(sheet, template: request.baseName)
            return r
        }, deliver: { _, rendered in rendered }, finished: { outcome, _ in
            switch outcome.result {
            case .success(let r):
                log.step("sheet \(outcome.sheet.value.text)", detail: "\(r.files.count) files, "
                         + "\(RunLog.grouped(r.files.reduce(0) { $0 + $1.bytes.count })) bytes")
            case .failure(let f):
                log.error("sheet \(outcome.sheet.value.text) failed:\n" + f.description)
            }
        })
        var sheets: [ManifestSheet] = []
        var failures: [ManifestFailure] = []
        for o in outcomes {
            switch o.result {
            case .success(let rendered):
                for f in rendered.files { try session.add(f.name, f.bytes) }
                for w in o.warnings { log.warning("\(o.sheet.value.text): \(w)") }
                sheets.append(ManifestSheet(value: o.sheet.value.text, files: rendered.files.map(\.name)))
            case .failure(let f):
                failures.append(ManifestFailure(value: o.sheet.value.text, problems: f.problems))
            }
        }
        session.sheets = sheets
        session.failures = failures
        log.step("render \(outcomes.count) sheets on \(jobs) thread(s)", detail: "\(failures.count) failed", since: start)
    }
}
