import BriefingCore
import Foundation
import Testing

/// Kill testing for anything that writes outputs: runs a command again and
/// again, SIGKILLs it after a random (seeded, so repeatable) delay, and after
/// every kill checks the promise of `OutputTransaction` / `AtomicFile`:
///
/// 1. every file in the folder is byte-equal to its previous good version or
///    to the complete new one (a file may also be absent exactly when it is
///    absent in one of those two versions);
/// 2. once `recover` has run (by default: what the next run does first,
///    removing stale temporaries), no `.tmp` file remains.
///
/// ```swift
/// let report = try KillTest(command: [briefing, "run", template, "--period", "2024-03", "--out", out],
///                           folder: out, iterations: 50, seed: 7, maxDelayMicroseconds: 300_000).run()
/// #expect(report.violations.isEmpty)
/// #expect(report.killedMidRun > 0)          // the test did interrupt something
/// ```
///
/// How it works: the folder as it is when `run()` starts is the previous good
/// version. The command is run once to completion to learn the new version.
/// Then, each iteration, the folder is put back to the previous version, the
/// command is started in its own process group (so a shell script's children
/// die with it), killed after a delay in `0...maxDelayMicroseconds`, and checked.
struct KillTest {
    var command: [String]
    var environment: [String: String] = ProcessInfo.processInfo.environment
    /// The folder whose files are checked (recursively).
    var folder: String
    var iterations: Int
    var seed: UInt64
    /// Kills come after 0…this many µs; `nil`: 1.25 × how long one
    /// uninterrupted run took, so kills spread over the whole run.
    var maxDelayMicroseconds: UInt32?
    /// Relative paths the check ignores, e.g. lock files (they hold a pid).
    var ignore: @Sendable (String) -> Bool = { $0.hasPrefix(".locks/") || $0.hasSuffix(".log") }
    /// What happens after a kill before the "no temporaries" check: by default
    /// what a new run does first.
    var recover: @Sendable (String) throws -> Void = { _ = OutputTransaction.removeStaleTemporaries(under: $0) }
    /// A check across files after each kill, given (now, previous, new);
    /// returns problems. E.g. "a new manifest implies new outputs".
    var consistency: @Sendable (Snapshot, Snapshot, Snapshot) -> [String] = { _, _, _ in [] }

    /// A folder's files: relative path → bytes.
    typealias Snapshot = [String: [UInt8]]

    struct Report: CustomStringConvertible {
        var iterations = 0
        /// How long the uninterrupted run took.
        var completionMicroseconds = 0
        /// Kills that hit a running command.
        var killedMidRun = 0
        /// Runs that had finished before the kill came.
        var finishedBeforeKill = 0
        /// Kills after which some files were new and some old.
        var mixedFolders = 0
        /// Kills that left temporary files for `recover` to clean.
        var killsLeavingTemporaries = 0
        var violations: [String] = []

        var description: String {
            "\(iterations) runs (a full run takes \(completionMicroseconds) µs): \(killedMidRun) killed mid-run, \(finishedBeforeKill) finished first, "
                + "\(mixedFolders) left old and new files side by side, \(killsLeavingTemporaries) left temporaries; "
                + "\(violations.count) violation(s)" + violations.prefix(5).map { "\n  \($0)" }.joined()
        }
    }

    func run() throws -> Report {
        let old = try snapshot()
        let clock = ContinuousClock()
        let began = clock.now
        let finished = try spawn()
        var status: Int32 = 0
        waitpid(finished, &status, 0)
        let took = clock.now - began
        guard status == 0 else { throw KillTestError.commandFailed(command, status: status) }
        let new = try snapshot()
        guard old != new else { throw KillTestError.commandChangesNothing(command) }

        var rng = SplitMix64(seed: seed)
        var report = Report()
        report.completionMicroseconds = Int(took.components.seconds) * 1_000_000 + Int(took.components.attoseconds / 1_000_000_000_000)
        let maxDelay = maxDelayMicroseconds ?? UInt32(clamping: report.completionMicroseconds * 5 / 4)
        for i in 0..<iterations {
            try restore(old)
            let delay = UInt32(truncatingIfNeeded: rng.next() % (UInt64(maxDelay) + 1))
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
            try recover(folder)
            let (_, left) = try scan()
            for t in left { report.violations.append("run \(i): temporary \(t) remains after recovery") }
        }
        return report
    }

    // MARK: - Folder state

    /// Non-temporary files (ignored ones left out) and temporary file paths.
    private func scan() throws -> (Snapshot, [String]) {
        var files: Snapshot = [:]
        var temporaries: [String] = []
        guard let e = FileManager.default.enumerator(atPath: folder) else { return ([:], []) }
        while let rel = e.nextObject() as? String {
            let full = (folder as NSString).appendingPathComponent(rel)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            if rel.hasSuffix(AtomicFile.temporarySuffix) { temporaries.append(rel); continue }
            if ignore(rel) { continue }
            guard let data = FileManager.default.contents(atPath: full) else { continue }
            files[rel] = [UInt8](data)
        }
        return (files, temporaries.sorted())
    }

    private func snapshot() throws -> Snapshot { try scan().0 }

    /// Puts the folder back to `s`: removes other files (temporaries too), rewrites changed ones.
    private func restore(_ s: Snapshot) throws {
        let (now, temporaries) = try scan()
        for rel in temporaries + now.keys.filter({ s[$0] == nil }) {
            try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(rel))
        }
        for (rel, bytes) in s where now[rel] != bytes {
            let full = (folder as NSString).appendingPathComponent(rel)
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: full))
        }
    }

    // MARK: - Processes

    /// Starts the command in a new process group, output to /dev/null.
    private func spawn() throws -> pid_t {
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attr, 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, command[0], &actions, &attr, argv, envp)
        guard rc == 0 else { throw KillTestError.cannotStart(command, errno: rc) }
        return pid
    }
}

enum KillTestError: Error, CustomStringConvertible {
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

/// Steele, Lea & Flood's SplitMix64: a tiny seeded generator, so a failing
/// kill test can be replayed with the same delays.
struct SplitMix64: RandomNumberGenerator {
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
