import Foundation
import Testing

/// Two runs of one template and period never interleave: the second one
/// finds the lock held, says who holds it, exits 3 and writes nothing.
@Suite("Monthly sample: lock")
struct MonthlyLockTests {
    @Test func aRunFindingTheLockHeldExitsThreeNamingTheHolder() throws {
        let scratch = try ScratchFolder("lock")
        defer { scratch.remove() }
        let out = scratch.sub("output")
        // Hold the lock the way a running `briefing run` does (OutputLock):
        // flock on output/.locks/<template>-<period>.lock, pid and start time inside.
        let lockPath = out + "/.locks/monthly-2024-03.lock"
        let fd = try Self.holdLock(lockPath)
        defer { close(fd) }
        let record = Array("\(getpid()) 2024-04-01T07:00:01+09:00\n".utf8)
        try #require(record.withUnsafeBytes { pwrite(fd, $0.baseAddress, record.count, 0) } == record.count)

        let r = try MonthlyRunTests.run("2024-03", out: out)
        #expect(r.status == 3, "\(r)")
        #expect(r.stderr.contains("another run is still going: pid \(getpid()) since 2024-04-01T07:00:01+09:00 holds \(lockPath)"), "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        #expect(!FileManager.default.fileExists(atPath: out + "/2024-03"), "a locked-out run writes nothing")

        // Released, the same command goes through.
        flock(fd, LOCK_UN)
        let again = try MonthlyRunTests.run("2024-03", out: out, ["--quiet"])
        #expect(again.status == 0, "\(again)")
        #expect(FileManager.default.fileExists(atPath: out + "/2024-03/monthly.manifest.json"))
    }

    /// Two real runs started at once: one runs, the other exits 3. Run A reads
    /// its data from a FIFO, so it holds the lock, blocked, until the test
    /// feeds it — a deterministic "at once" with no sleeps to tune.
    @Test func twoRunsAtOnceOneRunsTheOtherExitsThree() throws {
        let scratch = try ScratchFolder("lock-two-runs")
        defer { scratch.remove() }
        let out = scratch.sub("output")
        let fifo = scratch.sub("monthly.csv")
        try #require(mkfifo(fifo, 0o600) == 0)

        let a = Process()
        a.executableURL = URL(fileURLWithPath: try BriefingBinary.path())
        a.arguments = ["run", MonthlyRunTests.template, "--period", "2024-03", "--out", out, "--quiet", "--data", "monthly=\(fifo)"]
        a.environment = ProcessInfo.processInfo.environment.merging(MonthlyRunTests.fixedClock) { _, new in new }
        a.standardInput = FileHandle.nullDevice
        a.standardOutput = FileHandle.nullDevice
        a.standardError = FileHandle.nullDevice
        try a.run()
        defer { if a.isRunning { a.terminate() } }

        // A has the lock once its pid is in the lock file.
        let lockPath = out + "/.locks/monthly-2024-03.lock"
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline,
              (try? String(contentsOfFile: lockPath, encoding: .utf8))?.hasPrefix("\(a.processIdentifier) ") != true {
            usleep(20_000)
        }
        try #require((try? String(contentsOfFile: lockPath, encoding: .utf8))?.hasPrefix("\(a.processIdentifier) ") == true,
                     "run A never took the lock")

        let b = try MonthlyRunTests.run("2024-03", out: out, ["--quiet"])
        #expect(b.status == 3, "\(b)")
        #expect(b.stderr.contains("pid \(a.processIdentifier)"), "\(b)")

        // Feed A its data: it finishes, alone, with 0.
        let data = try Data(contentsOf: URL(fileURLWithPath: BriefingBinary.packageRoot + "/templates/monthly-exports/data/monthly.csv"))
        let writer = try FileHandle(forWritingTo: URL(fileURLWithPath: fifo))
        try writer.write(contentsOf: data)
        try writer.close()
        a.waitUntilExit()
        #expect(a.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: out + "/2024-03/monthly.manifest.json"))
    }

    /// Takes `path`'s flock as a running `briefing run` would; close the fd to release it.
    static func holdLock(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32 {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(fd >= 0, sourceLocation: sourceLocation)
        try #require(flock(fd, LOCK_EX | LOCK_NB) == 0, sourceLocation: sourceLocation)
        return fd
    }

    @Test func anotherPeriodIsNotBlocked() throws {
        let scratch = try ScratchFolder("lock-other")
        defer { scratch.remove() }
        let out = scratch.sub("output")
        let lockPath = out + "/.locks/monthly-2024-03.lock"
        let fd = try Self.holdLock(lockPath)
        defer { close(fd) }
        let r = try MonthlyRunTests.run("2024-02", out: out, ["--quiet"])
        #expect(r.status == 0, "\(r)")
    }
}
