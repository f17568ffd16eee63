import ArgumentParser
import BriefingCairo
import BriefingCore
import BriefingReport
import Foundation

/// `render --each`: every sheet of a batch rendered on `jobs` threads and
/// written as it is done (each sheet's files staged and renamed together),
/// with a progress bar on a terminal, a line a sheet with `--log`, and the
/// failures listed at the end.
struct SheetRendering {
    var batch: SheetBatch
    var request: RenderRequest
    var out: String
    var jobs: Int
    var logEachSheet: Bool

    /// Renders and writes every sheet; the exit status: 0 all written, 1 a sheet failed, 4 a sheet could not be written.
    func run() -> Int32 {
        let console = SheetConsole(total: batch.sheets.count, logEachSheet: logEachSheet)
        console.skipped(batch.each)
        OutputTransaction.removeStaleTemporaries(under: out)
        let (request, out) = (self.request, self.out)
        let batch = self.batch
        let started = Monotonic.seconds()
        let writer = SheetWriter(out: out, jobs: jobs)
        var outcomes = SheetRunner.render(batch, jobs: jobs, library: FontLibrary.makeStandard(), request: { sheet in
            var r = request
            r.baseName = batch.baseName(sheet, template: request.baseName)
            return r
        }, deliver: { sheet, rendered in
            try writer.write(sheet.value.text, rendered.files.map { ($0.name, $0.bytes) })
        }, finished: { outcome, done in
            console.finished(outcome, done: done, seconds: Monotonic.seconds() - started)
        })
        // A sheet rendered but not written is a failure too (exit status 4).
        let unwritten = writer.finish()
        for i in outcomes.indices {
            if let f = unwritten[outcomes[i].sheet.value.text] { outcomes[i].result = .failure(f) }
        }
        return console.summary(outcomes, folder: out, seconds: Monotonic.seconds() - started)
    }
}

/// What `--each` tells the person watching: stderr for progress, log lines,
/// warnings and failures; stdout for the one-line summary.
final class SheetConsole: @unchecked Sendable {
    let progress: SheetProgress
    let logEachSheet: Bool
    /// A progress bar only for a person at a terminal, and not under `--log`.
    let drawsBar: Bool
    private var failed = 0

    init(total: Int, logEachSheet: Bool) {
        progress = SheetProgress(total: total)
        self.logEachSheet = logEachSheet
        drawsBar = !logEachSheet && isatty(STDERR_FILENO) == 1
    }

    func skipped(_ each: EachValues) {
        guard each.skippedRows > 0 else { return }
        let rows = each.skippedRows == 1 ? "1 row" : "\(each.skippedRows) rows"
        Self.err("briefing: \(rows) of \(LocalPath(each.file).name) \(each.skippedRows == 1 ? "has" : "have") "
                 + "no \(each.column.column) (a missing cell): no sheet for \(each.skippedRows == 1 ? "it" : "them")\n")
    }

    /// Called one sheet at a time (under the pool's lock).
    func finished(_ outcome: SheetOutcome<[WrittenFile]>, done: Int, seconds: Double) {
        if outcome.failure != nil { failed += 1 }
        if logEachSheet {
            switch outcome.result {
            case .success(let files):
                for f in files { Self.err("\(outcome.sheet.value.text)\t\(f.path)\t\(RunLog.grouped(f.size)) bytes\n") }
            case .failure(let f):
                Self.err("\(outcome.sheet.value.text)\tfailed\t\(f.problems.first?.split(separator: "\n").first ?? "")\n")
            }
        } else if drawsBar {
            Self.err("\r" + progress.line(done: done, failed: failed, seconds: seconds) + "\u{1B}[K")
        }
    }

    /// Prints the summary (stdout), the sheets' warnings and the failures (stderr); returns the exit status.
    func summary(_ outcomes: [SheetOutcome<[WrittenFile]>], folder: String, seconds: Double) -> Int32 {
        if drawsBar { Self.err("\n") }
        for o in outcomes {
            for w in o.warnings { Self.err("briefing: warning: \(o.sheet.value.text): \(w)\n") }
        }
        let files = outcomes.compactMap { try? $0.result.get() }.flatMap { $0 }
        let failures = outcomes.compactMap { o in o.failure.map { (o.sheet.value.text, $0) } }
        let written = outcomes.count - failures.count
        let rate = seconds > 0 ? String(format: "%.1f", Double(outcomes.count) / seconds) : "-"
        print("\(written) of \(outcomes.count) sheets written to \(folder) (\(files.count) files, "
              + "\(RunLog.grouped(files.reduce(0) { $0 + $1.size })) bytes) in \(String(format: "%.1f", seconds)) s, \(rate) sheets/s")
        guard !failures.isEmpty else { return 0 }
        Self.err("briefing: \(failures.count) of \(outcomes.count) sheet\(outcomes.count == 1 ? "" : "s") failed:\n")
        for (value, failure) in failures {
            Self.err("\(value):\n")
            for p in failure.problems { Self.err(p.split(separator: "\n").map { "  \($0)\n" }.joined()) }
        }
        return failures.contains { $0.1.isOutputError } ? RunExitCode.outputIO.rawValue : 1
    }

    static func err(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}

/// A file a sheet wrote: its path and size.
struct WrittenFile: Sendable {
    var path: String
    var size: Int
}

/// Seconds on a clock that never jumps, for rates and time left.
enum Monotonic {
    static func seconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
