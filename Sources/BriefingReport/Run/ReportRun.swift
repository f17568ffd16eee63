import BriefingCore
import Foundation

/// What a run needs to know before it starts. The CLI fills it from the
/// command line and the world (clock, process id); tests fill it by hand.
public struct RunOptions: Sendable {
    /// The template, as it should appear in the manifest (the CLI passes an absolute path).
    public var templatePath: String
    public var period: Month
    /// The output root (`output`); the run writes into `<root>/<period>/`.
    public var outputRoot: String
    public var toolVersion: String
    /// This process (`getpid()`), written into the lock file.
    public var processID: Int32
    public var clock: RunClock

    public init(templatePath: String, period: Month, outputRoot: String, toolVersion: String, processID: Int32, clock: RunClock) {
        self.templatePath = templatePath
        self.period = period
        self.outputRoot = outputRoot
        self.toolVersion = toolVersion
        self.processID = processID
        self.clock = clock
    }

    /// The template's file name without its extension, made safe for file
    /// names: `templates/월간 동향.yaml` → `월간_동향`.
    public var templateName: String { TemplateName.of(templatePath) }

    /// `output/2024-03`.
    public var periodFolder: String { LocalPath(outputRoot).appending(period.description).text }
    /// `output/.locks/monthly-2024-03.lock`.
    public var lockPath: String { LocalPath(outputRoot).appending(".locks/\(templateName)-\(period).lock").text }
    /// `monthly.manifest.json`, inside the period folder: one a template, so
    /// several templates can share a period folder.
    public var manifestName: String { "\(templateName).manifest.json" }
    public var manifestPath: String { LocalPath(periodFolder).appending(manifestName).text }
}

/// What the template renderer sees while a run works: the months to report,
/// the log, and the two things it may do — read inputs (each recorded with
/// its size and sha256) and add outputs (kept in memory until the run commits).
public struct RunSession: Sendable {
    public let period: PeriodContext
    public let log: RunLog
    public let periodFolder: String
    public private(set) var transaction: OutputTransaction
    public private(set) var inputs: [ManifestFile] = []
    /// `run --each`: the sheets added and the values that failed, for the manifest.
    public var sheets: [ManifestSheet]?
    public var failures: [ManifestFailure]?

    init(period: PeriodContext, log: RunLog, folder: String) {
        self.period = period
        self.log = log
        self.periodFolder = folder
        self.transaction = OutputTransaction(folder: folder)
    }

    /// Reads an input file and records it in the manifest. Reading through
    /// here means the hash describes exactly the bytes the report used.
    /// - Parameter path: as the template names it; recorded that way.
    /// - Parameter resolvedPath: where to read it, if `path` is relative to something other than the working directory.
    public mutating func readInput(_ path: String, at resolvedPath: String? = nil) throws(RunError) -> [UInt8] {
        let file = resolvedPath ?? path
        let start = log.clock.monotonicNanoseconds()
        let bytes = try Self.readFile(file)
        recordInput(path, bytes: bytes)
        log.step("read \(path)", detail: "\(RunLog.grouped(bytes.count)) bytes", since: start)
        return bytes
    }

    /// The whole file, or the real reason it cannot be read (ENOENT, EACCES, EISDIR…).
    static func readFile(_ path: String) throws(RunError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotReadInput(path, errno: errno) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .cannotReadInput(path, errno: errno)
            }
            if n == 0 { return bytes }
            bytes += chunk[0..<n]
        }
    }

    /// Records an input read elsewhere (e.g. by the importer itself).
    public mutating func recordInput(_ path: String, bytes: [UInt8]) {
        inputs.removeAll { $0.path == path }
        inputs.append(ManifestFile(path: path, size: bytes.count, sha256: SHA256.hex(bytes)))
    }

    /// Adds an output, relative to the period folder (`briefing.pdf`). Nothing
    /// is written until every step of the run has succeeded.
    public mutating func add(_ name: String, _ bytes: [UInt8]) throws(RunError) {
        do { try transaction.add(name, bytes) } catch { throw .internalError(error.description) }
    }
}

/// What a finished run did.
public struct RunResult: Sendable {
    public var manifest: Manifest
    /// Outputs the previous manifest listed that this run did not produce (left on disk).
    public var noLongerProduced: [String]
    /// A killed run's process id whose lock this run took over.
    public var tookOverLockFrom: Int32?
    /// Temporary files of killed runs that this run removed.
    public var removedTemporaries: [String]

    /// True when every output is byte-equal (or equal but for PDF timestamps)
    /// to the previous run's.
    public var reproducedPreviousRun: Bool {
        !manifest.outputs.isEmpty && manifest.outputs.allSatisfy { $0.change == .unchanged || $0.change == .unchangedExceptTimestamps }
    }
}

/// One unattended run of a template for one month: lock, clean up after
/// killed runs, let the renderer read inputs and add outputs, commit them all
/// at once, write the manifest last, say what changed, unlock.
///
/// ```swift
/// let run = ReportRun(options, log: log)
/// let result = try run.execute { session in
///     let csv = try session.readInput("data/missions.csv", at: templateFolder + "/data/missions.csv")
///     let pdf = try render(template, csv, session.period)      // the renderer, plugged in here
///     try session.add("briefing.pdf", pdf)
/// }
/// ```
///
/// A run that fails anywhere (body throws, a write fails) leaves every file
/// of the previous run as it was, removes its temporaries and throws a
/// `RunError` whose `exitCode` the CLI exits with. `execute` logs the error
/// itself.
public struct ReportRun: Sendable {
    public let options: RunOptions
    public let log: RunLog

    public init(_ options: RunOptions, log: RunLog) {
        self.options = options
        self.log = log
    }

    public func execute(_ body: (inout RunSession) throws -> Void) throws(RunError) -> RunResult {
        do {
            return try executeUnlogged(body)
        } catch {
            log.error(error.description)
            throw error
        }
    }

    private func executeUnlogged(_ body: (inout RunSession) throws -> Void) throws(RunError) -> RunResult {
        let started = options.clock.timestamp()
        let startTick = options.clock.monotonicNanoseconds()
        log.step("start \(options.templateName) \(options.period) pid \(options.processID)")

        let lock: OutputLock
        do {
            lock = try OutputLock.acquire(path: options.lockPath, pid: options.processID, startedAt: started)
        } catch {
            throw RunError.classify(error)
        }
        defer { lock.release() }
        if let old = lock.tookOverFrom, old != options.processID {
            if kill(old, 0) == 0 || errno == EPERM {
                log.warning("took over lock from pid \(old), which no longer holds it")
            } else {
                log.warning("took over stale lock from pid \(old)")
            }
        }

        let folder = options.periodFolder
        do { try AtomicFile.makeFolder(folder) } catch { throw RunError.classify(error) }
        let removed = OutputTransaction.removeStaleTemporaries(under: folder)
        if !removed.isEmpty {
            let names = removed.map { LocalPath($0).name }.joined(separator: ", ")
            log.warning("removed \(removed.count) temporary file(s) of an interrupted run: \(names)")
        }
        let previous = readPreviousManifest()

        var session = RunSession(period: PeriodContext(options.period), log: log, folder: folder)
        do { try body(&session) } catch { throw RunError.classify(error) }

        var outputs: [ManifestFile]
        do {
            let commitStart = options.clock.monotonicNanoseconds()
            outputs = try session.transaction.commit()
            log.step("write \(outputs.count) output(s) to \(folder)", since: commitStart)
        } catch {
            throw RunError.classify(error)
        }
        let before = Dictionary((previous?.outputs ?? []).map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for i in outputs.indices {
            let change = OutputChange.comparing(outputs[i], with: before[outputs[i].path])
            outputs[i].change = change
            log.step("\(change) \(outputs[i].path) \(RunLog.grouped(outputs[i].size)) bytes")
        }
        let produced = Set(outputs.map(\.path))
        let gone = (previous?.outputs ?? []).map(\.path).filter { !produced.contains($0) }
        for path in gone { log.warning("\(path) was written by the previous run but not by this one; left as it was") }

        let manifest = Manifest(
            template: options.templatePath, period: options.period.description, toolVersion: options.toolVersion,
            started: started, finished: options.clock.timestamp(),
            inputs: session.inputs, outputs: outputs, sheets: session.sheets, failures: session.failures)
        do {
            try AtomicFile.write(try manifest.encoded(), to: options.manifestPath)
        } catch {
            throw RunError.classify(error)
        }
        let result = RunResult(manifest: manifest, noLongerProduced: gone, tookOverLockFrom: lock.tookOverFrom,
                               removedTemporaries: removed)
        let summary: String
        if previous == nil {
            summary = "first run for \(options.period)"
        } else if result.reproducedPreviousRun {
            summary = "same outputs as the previous run (\(previous!.finished))"
        } else {
            let changed = outputs.filter { $0.change == .changed || $0.change == .new }.count
            summary = "\(changed) of \(outputs.count) output(s) changed since the previous run (\(previous!.finished))"
        }
        log.step("done \(options.manifestName): \(summary)", since: startTick)
        return result
    }

    /// The manifest the previous successful run left, if readable; a broken
    /// one is reported and treated as absent (every output counts as new).
    private func readPreviousManifest() -> Manifest? {
        guard let data = FileManager.default.contents(atPath: options.manifestPath) else { return nil }
        do {
            return try Manifest.decode([UInt8](data))
        } catch {
            log.warning("cannot read the previous manifest \(options.manifestPath): \(error); every output counts as new")
            return nil
        }
    }
}
