import BriefingCore
import Foundation

/// The run's log: one line a step, with the Seoul time it ended and how long
/// it took, written to stderr or appended to a file.
///
/// ```
/// 07:00:01 import missions.csv 1,234 rows 12 ms
/// 07:00:02 render briefing.pdf 2 pages 830 ms
/// 07:00:02 unchanged briefing.pdf 81,234 bytes
/// 07:00:02 error: missions.csv:3:14: found "12a", expected a number
/// ```
///
/// A value passed to whatever needs it (no global logger). `quiet` keeps
/// only errors, for cron, which mails whatever a job prints.
public struct RunLog: Sendable {
    public var quiet: Bool
    public var clock: RunClock
    private let sink: @Sendable (String) -> Void
    private let errorSink: (@Sendable (String) -> Void)?

    /// - Parameter sink: receives each finished line, newline included.
    /// - Parameter errorSink: also receives error lines (e.g. stderr when
    ///   `sink` is a file, so cron mails errors and journald keeps them).
    public init(quiet: Bool = false, clock: RunClock, sink: @escaping @Sendable (String) -> Void,
                errorSink: (@Sendable (String) -> Void)? = nil) {
        self.quiet = quiet
        self.clock = clock
        self.sink = sink
        self.errorSink = errorSink
    }

    /// Logs to standard error.
    public static func standardError(quiet: Bool = false, clock: RunClock) -> RunLog {
        RunLog(quiet: quiet, clock: clock) { line in FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// Appends to `path` (created if missing). Each line is one `write` on an
    /// `O_APPEND` descriptor, so lines of concurrent runs do not mix. Errors
    /// also go to stderr unless `errorsToStandardError` is false: with
    /// `--quiet --log FILE` under cron, stderr is what gets mailed.
    public static func appending(to path: String, quiet: Bool = false, clock: RunClock,
                                 errorsToStandardError: Bool = true) throws(RunError) -> RunLog {
        let folder = LocalPath(path).parent.text
        do { try AtomicFile.makeFolder(folder) } catch { throw .output("cannot create the log folder \(folder): \(error)") }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .output("cannot open the log \(path): \(String(cString: strerror(errno)))") }
        let file = LogFile(fd: fd)
        let toStandardError: @Sendable (String) -> Void = { line in FileHandle.standardError.write(Data(line.utf8)) }
        let sink: @Sendable (String) -> Void = { line in file.write(line) }
        return RunLog(quiet: quiet, clock: clock, sink: sink, errorSink: errorsToStandardError ? toStandardError : nil)
    }

    /// A step that is done: `07:00:01 import missions.csv 1,234 rows 12 ms`.
    /// - Parameter since: the monotonic time the step began, for its duration.
    public func step(_ what: String, detail: String? = nil, since: UInt64? = nil) {
        guard !quiet else { return }
        var line = "\(clock.timeOfDay()) \(what)"
        if let detail, !detail.isEmpty { line += " \(detail)" }
        if let since { line += " \(Self.milliseconds(from: since, to: clock.monotonicNanoseconds())) ms" }
        sink(line + "\n")
    }

    /// Runs `body` as one step and logs it with its duration; `detail`
    /// describes the result (`"1,234 rows"`). A step that throws is not logged
    /// here: the error is, by whoever handles it.
    public func timed<T>(_ what: String, detail: (T) -> String? = { _ in nil }, _ body: () throws -> T) rethrows -> T {
        let start = clock.monotonicNanoseconds()
        let result = try body()
        step(what, detail: detail(result), since: start)
        return result
    }

    /// Something worth noticing that does not stop the run; hidden by `quiet`.
    public func warning(_ message: String) {
        guard !quiet else { return }
        sink("\(clock.timeOfDay()) warning: \(message)\n")
    }

    /// Always written, even when quiet. Multi-line messages keep their lines.
    public func error(_ message: String) {
        let line = "\(clock.timeOfDay()) error: \(message)\n"
        sink(line)
        errorSink?(line)
    }

    static func milliseconds(from start: UInt64, to end: UInt64) -> String {
        grouped(Int((end &- start) / 1_000_000))
    }

    /// `1234567` → `1,234,567`, for counts in log lines.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}

/// Owns the log file's descriptor; closed when the last `RunLog` copy goes.
private final class LogFile: Sendable {
    let fd: Int32
    init(fd: Int32) { self.fd = fd }
    func write(_ line: String) {
        let bytes = Array(line.utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, bytes.count) }
    }
    deinit { close(fd) }
}
