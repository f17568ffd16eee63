import Foundation

/// SIGKILLs a command at seeded random moments and checks, after every kill,
/// that each file under `folder` is byte-equal to its previous good version or
/// to the complete new one (absent only where one of those lacks it).
///
/// The same idea as `KillTest` in BriefingReportTests (that target is not
/// importable from here), for the built binary. Differences: the command is
/// run with its output discarded; temporaries left by a kill stay in place
/// (the next run must clean them, which `run()` checks at the end by running
/// the command once more to completion).
///
/// ```swift
/// var t = BinaryKillTest(command: [binary, "run", template, "--period", "2024-03", "--out", out],
///                        environment: ["SOURCE_DATE_EPOCH": "1711922401"], folder: out, iterations: 24, seed: 7)
/// let report = try t.run()
/// #expect(report.violations.isEmpty, "\(report)")
/// ```
///
/// Outputs must be reproducible for the comparison to mean anything: the
/// runs get a fixed `SOURCE_DATE_EPOCH`, so the PDF's CreationDate and the
/// manifest's times do not change between runs.
struct BinaryKillTest {
    var command: [String]
    var environment: [String: String] = [:]
    var folder: String
    var iterations: Int
    var seed: UInt64
    /// Kills land in this share of one uninterrupted run's time: by default
    /// from 30 % (still rendering) to 110 % (sometimes after it finished), so
    /// many land while files are being renamed into place, late in the run.
    var window: ClosedRange<Double> = 0.3...1.1
    /// Relative paths left out of the comparison: the lock (it holds a pid) and logs.
    var ignore: @Sendable (String) -> Bool = { $0.hasPrefix(".locks/") || $0.hasSuffix(".log") }
    /// A check across files after each kill, given (now, previous, new).
    var consistency: @Sendable (Snapshot, Snapshot, Snapshot) -> [String] = { _, _, _ in [] }

    typealias Snapshot = [String: [UInt8]]

    struct Report: CustomStringConvertible {
        var iterations = 0
        var completionMicroseconds = 0
        var killedMidRun = 0
        var finishedBeforeKill = 0
        var mixedFolders = 0
        var killsLeavingTemporaries = 0
        /// Temporaries that the final, uninterrupted run found and removed.
        var temporariesBeforeFinalRun = 0
        var violations: [String] = []

        var description: String {
            "\(iterations) runs (a full run takes \(completionMicroseconds) µs): \(killedMidRun) killed mid-run, "
                + "\(finishedBeforeKill) finished first, \(mixedFolders) left old and new files side by side, "
                + "\(killsLeavingTemporaries) left temporaries (\(temporariesBeforeFinalRun) before the final run); "
                + "\(violations.count) violation(s)" + violations.prefix(5).map { "\n  \($0)" }.joined()
        }
    }

    func run() throws -> Report {
        let old = try scan().files
        // Twice from the old version: the first run of a binary is slow (cold
        // caches), the second one's time is what the kills spread over.
        var took = Duration.zero
        for _ in 0..<2 {
            try restore(old)
            let began = ContinuousClock.now
            let status = try wait(try spawn())
            took = ContinuousClock.now - began
            guard status == 0 else { throw BinaryKillTestError.commandFailed(command, status: status) }
        }
        let new = try scan().files
        guard old != new else { throw BinaryKillTestError.commandChangesNothing(command) }

        var rng = SplitMix64(seed: seed)
        var report = Report()
        report.completionMicroseconds = Int(took.components.seconds) * 1_000_000 + Int(took.components.attoseconds / 1_000_000_000_000)
        let low = UInt64(Double(report.completionMicroseconds) * window.lowerBound)
        let high = UInt64(Double(report.completionMicroseconds) * window.upperBound)
        for i in 0..<iterations {
            try restore(old)
            let delay = UInt32(clamping: low + rng.next() % (high - low + 1))
            let pid = try spawn()
            usleep(delay)
            var st: Int32 = 0
            if waitpid(pid, &st, WNOHANG) == pid {
                report.finishedBeforeKill += 1
            } else {
                kill(-pid, SIGKILL)
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
        }

        // A later successful run: cleans every temporary and leaves the new version.
        // From the previous version, so its manifest says the same as the reference run's.
        try restore(old)
        report.temporariesBeforeFinalRun = try scan().temporaries.count
        let final = try wait(try spawn())
        if final != 0 { report.violations.append("the run after the kills failed (wait status \(final))") }
        let (after, left) = try scan()
        for t in left { report.violations.append("temporary \(t) remains after a successful run") }
        if after != new {
            let differing = Set(after.keys).union(new.keys).filter { after[$0] != new[$0] }.sorted()
            report.violations.append("after a successful run the folder differs from the new version: \(differing.joined(separator: ", "))")
        }
        return report
    }

    // MARK: - Folder state

    /// Non-temporary files (ignored ones left out) and temporary file paths.
    private func scan() throws -> (files: Snapshot, temporaries: [String]) {
        var files: Snapshot = [:]
        var temporaries: [String] = []
        guard let e = FileManager.default.enumerator(atPath: folder) else { return ([:], []) }
        while let rel = e.nextObject() as? String {
            let full = (folder as NSString).appendingPathComponent(rel)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let name = (rel as NSString).lastPathComponent
            if name.hasPrefix(".") && name.hasSuffix(".tmp") { temporaries.append(rel); continue }
            if ignore(rel) { continue }
            guard let data = FileManager.default.contents(atPath: full) else { continue }
            files[rel] = [UInt8](data)
        }
        return (files, temporaries.sorted())
    }

    /// Puts the non-temporary files back to `s`; temporaries stay for the next run to clean.
    private func restore(_ s: Snapshot) throws {
        let now = try scan().files
        for rel in now.keys where s[rel] == nil {
            try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(rel))
        }
        for (rel, bytes) in s where now[rel] != bytes {
            let full = (folder as NSString).appendingPathComponent(rel)
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: full))
        }
    }

    // MARK: - Processes

    private func wait(_ pid: pid_t) throws -> Int32 {
        var st: Int32 = 0
        while waitpid(pid, &st, 0) < 0 && errno == EINTR {}
        return st
    }

    /// Starts the command in a new process group (so the kill reaches any child), output discarded.
    private func spawn() throws -> pid_t {
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
        guard rc == 0 else { throw BinaryKillTestError.cannotStart(command, errno: rc) }
        return pid
    }

    /// Steele, Lea & Flood's SplitMix64: seeded, so a failing run can be replayed.
    struct SplitMix64 {
        private var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}

enum BinaryKillTestError: Error, CustomStringConvertible {
    case cannotStart([String], errno: Int32)
    case commandFailed([String], status: Int32)
    case commandChangesNothing([String])

    var description: String {
        switch self {
        case .cannotStart(let c, let e): return "cannot start \(c.joined(separator: " ")): \(String(cString: strerror(e)))"
        case .commandFailed(let c, let s): return "\(c.joined(separator: " ")) failed on its own (wait status \(s))"
        case .commandChangesNothing(let c): return "\(c.joined(separator: " ")) leaves the folder as it was: nothing to test"
        }
    }
}
