import BriefingCairo
import BriefingCore

/// Renders every sheet of a batch on `jobs` threads, each with a
/// `ReportRenderer` of its own (a renderer's Pango font map is not
/// thread-safe; the `FontLibrary` is shared, as fontconfig allows). A sheet
/// that fails is recorded with its problems and the others go on.
///
/// `deliver` takes a rendered sheet on its worker thread (`render` writes its
/// files there, atomically; `run` keeps them for the run's transaction);
/// `finished` hears of each sheet as it ends, one call at a time, for a
/// progress bar or a log line.
public enum SheetRunner {
    public static func render<Delivered: Sendable>(
        _ batch: SheetBatch, jobs: Int, library: FontLibrary,
        request: @escaping @Sendable (SheetBatch.Sheet) -> RenderRequest,
        deliver: @escaping @Sendable (SheetBatch.Sheet, RenderResult) throws -> Delivered,
        finished: @escaping @Sendable (SheetOutcome<Delivered>, _ done: Int) -> Void
    ) -> [SheetOutcome<Delivered>] {
        WorkerPool.map(count: batch.sheets.count, jobs: jobs, state: { ReportRenderer(library: library) },
                       work: { renderer, i in
                           let sheet = batch.sheets[i]
                           do {
                               let rendered = try renderer.render(try batch.report(for: sheet), request(sheet))
                               return SheetOutcome(sheet: sheet, result: .success(try deliver(sheet, rendered)),
                                                   warnings: rendered.warnings)
                           } catch {
                               return SheetOutcome(sheet: sheet, result: .failure(SheetFailure(error)), warnings: [])
                           }
                       },
                       finished: { _, outcome, done in finished(outcome, done) })
    }
}

/// What became of one sheet.
public struct SheetOutcome<Delivered: Sendable>: Sendable {
    public var sheet: SheetBatch.Sheet
    public var result: Result<Delivered, SheetFailure>
    public var warnings: [ReportWarning]

    public var failure: SheetFailure? {
        if case .failure(let f) = result { return f }
        return nil
    }
}

/// Why one sheet was not made: every problem, each as the compiler-style
/// text the command prints (`companies.yaml:12:9: value(…) needs exactly one row …`).
public struct SheetFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var problems: [String]
    /// An output could not be written (exit status 4 rather than 1).
    public var isOutputError: Bool

    public init(problems: [String], isOutputError: Bool = false) {
        self.problems = problems
        self.isOutputError = isOutputError
    }

    public init(_ error: any Error) {
        switch error {
        case let e as DiagnosticList: self.init(problems: e.diagnostics.map(\.description))
        case let e as TemplateError: self.init(problems: [e.description])
        case let e as AtomicFileError: self.init(problems: [e.description], isOutputError: true)
        default: self.init(problems: ["\(error)"])
        }
    }

    public var description: String { problems.joined(separator: "\n") }
}
