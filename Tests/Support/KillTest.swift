import BriefingCore
import Foundation

/// Kill testing for anything that writes outputs: runs a command again and
/// again, SIGKILLs it (its whole process group) after a seeded random delay,
/// and after every kill checks the promise of `OutputTransaction` /
/// `AtomicFile`: every file under `folder` is byte-equal to its previous good
/// version or to the complete new one (absent only where one of those lacks it).
///
/// ```swift
/// var t = KillTest(command: [briefing, "run", template, "--period", "2024-03", "--out", out],
///                  environment: ["SOURCE_DATE_EPOCH": "1711922401"], folder: out, iterations: 24, seed: 7)
/// t.recovery = .byNextRun
/// let report = try t.run()
/// #expect(report.violations.isEmpty, "\(report)")
/// #expect(report.killedMidRun > 0)   // the test did interrupt something
/// ```
///
/// How it works: the folder as it is when `run()` starts is the previous good
/// version. The command runs twice to completion (the first run of a binary
/// is slow, with cold caches) to learn the new version and how long a run
/// takes. Then, each iteration, the folder is put back to the previous
/// version, the command is started and killed inside `window` of that time,
/// and checked. Outputs must be reproducible for the comparison to mean
/// anything (e.g. a fixed `SOURCE_DATE_EPOCH`).
public struct KillTest {
    public var command: [String]
    /// Variables set over the test process's own environment.
    public var environment: [String: String]
    /// The folder whose files are checked (recursively).
    public var folder: String
    public var iterations: Int
    public var seed: UInt64
    /// Kills land in this share of one uninterrupted run's time.
    public var window: ClosedRange<Double> = 0.0...1.25
    /// Relative paths left out of the comparison: the lock (it holds a pid) and logs.
    public var ignore: @Sendable (String) -> Bool = { $0.hasPrefix(".locks/") || $0.hasSuffix(".log") }
    /// A check across files after each kill, given (now, previous, new); returns
    /// problems, e.g. "a new manifest implies new outputs".
    public var consistency: @Sendable (Snapshot, Snapshot, Snapshot) -> [String] = { _, _, _ in [] }
    public var recovery: Recovery = .afterEachKill { _ = OutputTransaction.removeStaleTemporaries(under: $0) }

    /// What clears the temporaries a kill leaves.
    public enum Recovery: Sendable {
        /// After every kill, this runs (what the next run does first), and no
        /// temporary may remain.
        case afterEachKill(@Sendable (String) throws -> Void)
        /// Temporaries stay in place across kills; at the end one uninterrupted
        /// run must clean every one and leave the new version.
        case byNextRun
    }

    /// A folder's files: relative path → bytes.
    public typealias Snapshot = [String: [UInt8]]

    public init(command: [String], environment: [String: String] = [:], folder: String, iterations: Int, seed: UInt64) {
        self.command = command
        self.environment = environment
        self.folder = folder
        self.iterations = iterations
        self.seed = seed
    }

    public struct Report: CustomStringConvertible, Sendable {
        public var iterations = 0
        /// How long an uninterrupted run took.
        public var completionMicroseconds = 0
        /// Kills that hit a running command.
        public var killedMidRun = 0
        /// Runs that had finished before the kill came.
        public var finishedBeforeKill = 0
        /// Kills after which some files were new and some old.
        public var mixedFolders = 0
        /// Kills that left temporary files behind.
        public var killsLeavingTemporaries = 0
        /// With `.byNextRun`: temporaries the final run found (and must remove).
        public var temporariesBeforeFinalRun = 0
        public var violations: [String] = []

        public var description: String {
            "\(iterations) runs (a full run takes \(completionMicroseconds) µs): \(killedMidRun) killed mid-run, "
                + "\(finishedBeforeKill) finished first, \(mixedFolders) left old and new files side by side, "
                + "\(killsLeavingTemporaries) left temporaries (\(temporariesBeforeFinalRun) before the final run); "
                + "\(violations.count) violation(s)" + violations.prefix(5).map { "\n  \($0)" }.joined()
        }
    }

    public func run() throws -> Report {
        let old = try scan().files
        var took = Duration.zero
        for _ in 0..<2 {
            try restore(old, removingTemporaries: true)
            let began = ContinuousClock.now
            let status = try wait(try spawn())
            took = ContinuousClock.now - began
            guard status == 0 else { throw KillTestError.commandFailed(command, status: status) }
        }
        let new = try scan().files
        guard old != new else { throw KillTestError.commandChangesNothing(command) }

        var rng = SplitMix64(seed: seed)
        var report = Report()
        report.completionMicroseconds = Int(took.components.seconds) * 1_000_000 + Int(took.components.attoseconds / 1_000_000_000_000)
        let low = UInt64(Double(report.completionMicroseconds) * window.lowerBound)
        let high = UInt64(Double(report.completionMicroseconds) * window.upperBound)
        let cleanEachTime: Bool
        if case .afterEachKill = recovery { cleanEachTime = true } else { cleanEachTime = false }
        for i in 0..<iterations {
            try restore(old, removingTemporaries: cleanEachTime)
            let delay = UInt32(clamping: low + rng.next() % (high - low + 1))
            let pid = try spawn()
            usleep(delay)
            var st: Int32 = 0
            if waitpid(pid, &st, WNOHANG) == pid {
                report.finishedBeforeKill += 1
            } else {
                kill(-pid, SIGKILL)  // the whole process group
                waitpid(pid, &st, 0)
                report.killedMidRun += 1
            }
            report.iterations += 1

            let (now, temporaries) = try scan()
            var sawOld = false, sawNew = false
            for path in Set(old.keys).union(new.keys).union(now.keys).sorted() {
                let current = now[path]
                if current == old[path] && current == new[path] { continue }
                if current == old[path] { sawOld = true; continue }
                if current == new[path] { sawNew = true; continue }
                let what = current.map { "\($0.count) bytes matching neither version" } ?? "missing"
                report.violations.append("run \(i) (killed after \(delay) µs): \(path) is \(what)")
            }
            if sawOld && sawNew { report.mixedFolders += 1 }
            report.violations += consistency(now, old, new).map { "run \(i) (killed after \(delay) µs): \($0)" }
            if !temporaries.isEmpty { report.killsLeavingTemporaries += 1 }
            if case .afterEachKill(let recover) = recovery {
                try recover(folder)
                for t in try scan().temporaries { report.violations.append("run \(i): temporary \(t) remains after recovery") }
            }
        }

        if case .byNextRun = recovery {
            // A later successful run from the previous version cleans every
            // temporary and leaves the new version.
            try restore(old, removingTemporaries: false)
            report.temporariesBeforeFinalRun = try scan().temporaries.count
            let final = try wait(try spawn())
            if final != 0 { report.violations.append("the run after the kills failed (wait status \(final))") }
            let (after, left) = try scan()
            for t in left { report.violations.append("temporary \(t) remains after a successful run") }
            if after != new {
                let differing = Set(after.keys).union(new.keys).filter { after[$0] != new[$0] }.sorted()
                report.violations.append("after a successful run the folder differs from the new version: \(differing.joined(separator: ", "))")
            }
        }
        return report
    }

    // MARK: - Folder state

    /// Non-temporary files (ignored ones left out) and temporary file paths.
    func scan() throws -> (files: Snapshot, temporaries: [String]) {
        var files: Snapshot = [:]
        var temporaries: [String] = []
        guard let e = FileManager.default.enumerator(atPath: folder) else { return ([:], []) }
        while let rel = e.nextObject() as? String {
            let full = (folder as NSString).appendingPathComponent(rel)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let name = (rel as NSString).lastPathComponent
            if name.hasPrefix(".") && name.hasSuffix(AtomicFile.temporarySuffix) { temporaries.append(rel); continue }
            if ignore(rel) { continue }
            guard let data = FileManager.default.contents(atPath: full) else { continue }
            files[rel] = [UInt8](data)
        }
        return (files, temporaries.sorted())
    }

    /// Puts the non-temporary files back to `s`, and the temporaries away if asked.
    func restore(_ s: Snapshot, removingTemporaries: Bool) throws {
        let (now, temporaries) = try scan()
        for rel in (removingTemporaries ? temporaries : []) + now.keys.filter({ s[$0] == nil }) {
            try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(rel))
        }
        for (rel, bytes) in s where now[rel] != bytes {
            let full = (folder as NSString).appendingPathComponent(rel)
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: full))
        }
    }

    // MARK: - Processes

    func wait(_ pid: pid_t) throws -> Int32 {
        var st: Int32 = 0
        while waitpid(pid, &st, 0) < 0 && errno == EINTR {}
        return st
    }

    /// Starts the command in a new process group (so the kill reaches any
    /// child of a shell script), input and output on /dev/null.
    func spawn() throws -> pid_t {
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attr, 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let env = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let argv = command.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, command[0], &actions, &attr, argv, envp)
        guard rc == 0 else { throw KillTestError.cannotStart(command, errno: rc) }
        return pid
    }
}

public enum KillTestError: Error, CustomStringConvertible {
    case cannotStart([String], errno: Int32)
    case commandFailed([String], status: Int32)
    case commandChangesNothing([String])

    public var description: String {
        switch self {
        case .cannotStart(let c, let e): return "cannot start \(c.joined(separator: " ")): \(String(cString: strerror(e)))"
        case .commandFailed(let c, let s): return "\(c.joined(separator: " ")) failed on its own (wait status \(s))"
        case .commandChangesNothing(let c): return "\(c.joined(separator: " ")) leaves the folder as it was: nothing to test"
        }
    }
}

/// Steele, Lea & Flood's SplitMix64: a tiny seeded generator, so a failing
/// kill test can be replayed with the same delays.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
