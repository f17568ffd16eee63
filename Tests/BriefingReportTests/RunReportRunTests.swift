import BriefingCore
import BriefingReport
import BriefingTestSupport
import Foundation
import Testing

/// Collects log lines in memory.
final class RunLogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []
    var lines: [String] { lock.withLock { storage } }
    func append(_ line: String) { lock.withLock { storage.append(line) } }
}

/// A scratch output root with a template and an input file.
struct RunScratch {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "briefing-run-tests-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: root + "/data", withIntermediateDirectories: true)
        try Data("name: monthly\n".utf8).write(to: URL(fileURLWithPath: root + "/monthly.yaml"))
        try Data("연도,국가,금액\n2024,미국,675\n".utf8).write(to: URL(fileURLWithPath: root + "/data/missions.csv"))
    }

    var output: String { root + "/output" }

    func options(period: Month = Month(year: 2024, month: 3)!, pid: Int32 = getpid()) -> RunOptions {
        RunOptions(templatePath: root + "/monthly.yaml", period: period, outputRoot: output, toolVersion: "0.1.0-test",
                   processID: pid, clock: .fixed(epochSeconds: 1_711_922_401))
    }

    func run(quiet: Bool = false, _ body: (inout RunSession) throws -> Void) -> (Result<RunResult, RunError>, [String]) {
        let lines = RunLogLines()
        let log = RunLog(quiet: quiet, clock: .fixed(epochSeconds: 1_711_922_401)) { lines.append($0) }
        let result = Result { () throws(RunError) -> RunResult in try ReportRun(options(), log: log).execute(body) }
        return (result, lines.lines)
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: output + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    func listing() -> [String] {
        let e = FileManager.default.enumerator(atPath: output)
        var out: [String] = []
        while let next = e?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: output + "/" + next, isDirectory: &isFolder)
            if !isFolder.boolValue { out.append(next) }
        }
        return out.sorted()
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: root) }
}

func samplePDF(_ date: String, _ text: String = "3월") -> [UInt8] {
    Array("%PDF-1.5\n1 0 obj << /CreationDate (D:\(date)+09'00) >> endobj\n2 0 obj (\(text)) endobj\n%%EOF\n".utf8)
}

@Suite("Report run")
struct RunReportRunTests {
    /// The renderer stand-in: reads the input, adds a PDF and a PNG.
    static func render(date: String, text: String = "3월") -> (inout RunSession) throws -> Void {
        { session in
            let root = ((session.periodFolder as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
            let csv = try session.readInput("data/missions.csv", at: root + "/data/missions.csv")
            #expect(csv.count == 37)
            #expect(session.period.previous == Month(year: 2024, month: 2))
            try session.add("briefing.pdf", samplePDF(date, text))
            try session.add("charts/exports.png", Array("png".utf8))
        }
    }

    @Test func firstRunThenSameRunSaysUnchanged() throws {
        let s = try RunScratch()
        defer { s.cleanUp() }
        let (first, firstLog) = s.run(Self.render(date: "20240401070001"))
        let r1 = try first.get()
        #expect(r1.manifest.outputs.map(\.change) == [.new, .new])
        #expect(r1.manifest.inputs == [ManifestFile(path: "data/missions.csv", size: 37,
                                                    sha256: SHA256.hex(Array("연도,국가,금액\n2024,미국,675\n".utf8)))])
        #expect(s.listing() == [".locks/monthly-2024-03.lock", "2024-03/briefing.pdf", "2024-03/charts/exports.png",
                                "2024-03/monthly.manifest.json"])
        #expect(firstLog.first == "07:00:01 start monthly 2024-03 pid \(getpid())\n")
        #expect(firstLog.contains("07:00:01 new briefing.pdf 97 bytes\n"))
        #expect(firstLog.last == "07:00:01 done monthly.manifest.json: first run for 2024-03 0 ms\n")
        let manifest = try Manifest.decode(Array(s.read("2024-03/monthly.manifest.json")!.utf8))
        #expect(manifest == r1.manifest)
        #expect(manifest.started == "2024-04-01T07:00:01+09:00")
        #expect(manifest.toolVersion == "0.1.0-test")

        // Same inputs, a PDF made a month later: unchanged but for its timestamp.
        let (second, secondLog) = s.run(Self.render(date: "20240501070001"))
        let r2 = try second.get()
        #expect(r2.manifest.outputs.map(\.change) == [.unchangedExceptTimestamps, .unchanged])
        #expect(r2.reproducedPreviousRun)
        #expect(secondLog.contains("07:00:01 unchanged-except-timestamps briefing.pdf 97 bytes\n"))
        #expect(secondLog.last == "07:00:01 done monthly.manifest.json: same outputs as the previous run (2024-04-01T07:00:01+09:00) 0 ms\n")

        // A changed figure.
        let (third, thirdLog) = s.run(Self.render(date: "20240501070001", text: "4월"))
        #expect(try third.get().manifest.outputs.map(\.change) == [.changed, .unchanged])
        #expect(thirdLog.last == "07:00:01 done monthly.manifest.json: 1 of 2 output(s) changed since the previous run (2024-04-01T07:00:01+09:00) 0 ms\n")
    }

    /// The renderer fails after adding one output: nothing of the previous
    /// run changes, no temporary stays, exit code 1, the error is logged even when quiet.
    @Test func failingRunLeavesPreviousRunUntouched() throws {
        let s = try RunScratch()
        defer { s.cleanUp() }
        _ = try s.run(Self.render(date: "20240401070001")).0.get()
        let before = s.listing().filter { !$0.hasSuffix(".lock") }.map { ($0, s.read($0)) }
        let (result, log) = s.run(quiet: true) { session in
            try session.add("briefing.pdf", samplePDF("20240501070001", "broken"))
            throw Diagnostic("found \"12a\", expected a number", at: InputLocation(file: "missions.csv", line: 3, column: 14))
        }
        guard case .failure(let error) = result else { Issue.record("the run should fail"); return }
        #expect(error.exitCode == .dataOrTemplate)
        #expect(log == ["07:00:01 error: missions.csv:3:14: found \"12a\", expected a number\n"])
        let after = s.listing().filter { !$0.hasSuffix(".lock") }.map { ($0, s.read($0)) }
        #expect(after.map(\.0) == before.map(\.0))
        #expect(after.map(\.1) == before.map(\.1))
    }

    @Test func secondRunWhileLockedExitsWithThree() throws {
        let s = try RunScratch()
        defer { s.cleanUp() }
        let holder = try OutputLock.acquire(path: s.options().lockPath, pid: 31337, startedAt: "2024-04-01T07:00:00+09:00")
        defer { holder.release() }
        let (result, log) = s.run(quiet: true, Self.render(date: "20240401070001"))
        guard case .failure(let error) = result else { Issue.record("the run should fail"); return }
        #expect(error.exitCode == .locked)
        #expect(log == ["07:00:01 error: another run is still going: pid 31337 since 2024-04-01T07:00:00+09:00 holds \(s.output)/.locks/monthly-2024-03.lock\n"])
        #expect(!FileManager.default.fileExists(atPath: s.output + "/2024-03"))
    }

    @Test func staleLockAndTemporariesOfAKilledRunAreCleared() throws {
        let s = try RunScratch()
        defer { s.cleanUp() }
        let dead = try deadProcessID()
        try FileManager.default.createDirectory(atPath: s.output + "/.locks", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: s.output + "/2024-03", withIntermediateDirectories: true)
        try Data("\(dead) 2024-03-01T07:00:00+09:00\n".utf8).write(to: URL(fileURLWithPath: s.output + "/.locks/monthly-2024-03.lock"))
        try Data("half".utf8).write(to: URL(fileURLWithPath: s.output + "/2024-03/.briefing.pdf.\(dead).77.tmp"))
        let (result, log) = s.run(Self.render(date: "20240401070001"))
        let r = try result.get()
        #expect(r.tookOverLockFrom == dead)
        #expect(r.removedTemporaries == [s.output + "/2024-03/.briefing.pdf.\(dead).77.tmp"])
        #expect(log.contains("07:00:01 warning: took over stale lock from pid \(dead)\n"))
        #expect(log.contains("07:00:01 warning: removed 1 temporary file(s) of an interrupted run: .briefing.pdf.\(dead).77.tmp\n"))
        #expect(!s.listing().contains { $0.hasSuffix(".tmp") })
    }

    @Test func runRenderingNothingStillWritesManifest() throws {
        let s = try RunScratch()
        defer { s.cleanUp() }
        let r = try s.run { _ in }.0.get()
        #expect(r.manifest.outputs.isEmpty)
        #expect(!r.reproducedPreviousRun)
        #expect(s.read("2024-03/monthly.manifest.json") != nil)
    }

    @Test func outputThatIsNoLongerProducedIsReportedAndKept() throws {
        let s = try RunScratch()
        defer { s.cleanUp() }
        _ = try s.run(Self.render(date: "20240401070001")).0.get()
        let (result, log) = s.run { session in try session.add("briefing.pdf", samplePDF("20240401070001")) }
        #expect(try result.get().noLongerProduced == ["charts/exports.png"])
        #expect(log.contains("07:00:01 warning: charts/exports.png was written by the previous run but not by this one; left as it was\n"))
        #expect(s.read("2024-03/charts/exports.png") == "png")
    }

    @Test func missingInputIsADataError() throws {
        let s = try RunScratch()
        defer { s.cleanUp() }
        let (result, _) = s.run(quiet: true) { session in _ = try session.readInput("/nonexistent/missions.csv") }
        guard case .failure(let error) = result else { Issue.record("the run should fail"); return }
        #expect(error.exitCode == .dataOrTemplate)
        #expect(error.description == "cannot read /nonexistent/missions.csv: No such file or directory")
    }

    @Test(arguments: [
        ("templates/monthly.yaml", "monthly", "out/.locks/monthly-2024-03.lock"),
        ("월간 동향.yml", "월간_동향", "out/.locks/월간_동향-2024-03.lock"),
        (".yaml", "template.yaml", "out/.locks/template.yaml-2024-03.lock"),
    ])
    func namesDerivedFromTheTemplate(template: String, name: String, lock: String) {
        let o = RunOptions(templatePath: template, period: Month(year: 2024, month: 3)!, outputRoot: "out",
                           toolVersion: "x", processID: 1, clock: .fixed(epochSeconds: 0))
        #expect(o.templateName == name)
        #expect(o.lockPath == lock)
        #expect(o.manifestPath == "out/2024-03/\(name).manifest.json")
    }
}

@Suite("Run log")
struct RunLogTests {
    @Test func stepLineWithDetailAndDuration() {
        let lines = RunLogLines()
        let ticks = TickClock()
        let log = RunLog(clock: RunClock(epochSeconds: { 1_711_922_401 }, monotonicNanoseconds: { ticks.next() })) { lines.append($0) }
        let rows = log.timed("import missions.csv", detail: { "\(RunLog.grouped($0)) rows" }) { 1234 }
        #expect(rows == 1234)
        log.warning("w")
        #expect(lines.lines == ["07:00:01 import missions.csv 1,234 rows 12 ms\n", "07:00:01 warning: w\n"])
    }

    @Test func quietKeepsOnlyErrors() {
        let lines = RunLogLines()
        let log = RunLog(quiet: true, clock: .fixed(epochSeconds: 0)) { lines.append($0) }
        log.step("import x")
        log.warning("w")
        log.error("bad")
        #expect(lines.lines == ["09:00:00 error: bad\n"])
    }

    @Test func appendsToAFile() throws {
        let path = NSTemporaryDirectory() + "briefing-log-\(getpid())-\(UInt32.random(in: 0...UInt32.max))/run.log"
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        for n in 1...2 {
            let log = try RunLog.appending(to: path, clock: .fixed(epochSeconds: 0), errorsToStandardError: false)
            log.step("run \(n)")
        }
        #expect(FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } == "09:00:00 run 1\n09:00:00 run 2\n")
    }

    @Test func errorsAlsoGoToTheErrorSink() {
        let lines = RunLogLines(), errors = RunLogLines()
        let log = RunLog(quiet: true, clock: .fixed(epochSeconds: 0), sink: { lines.append($0) }, errorSink: { errors.append($0) })
        log.step("hidden")
        log.error("bad")
        #expect(lines.lines == ["09:00:00 error: bad\n"])
        #expect(errors.lines == ["09:00:00 error: bad\n"])
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1000, "1,000"), (1_234_567, "1,234,567"), (-4321, "-4,321")])
    func grouping(n: Int, text: String) {
        #expect(RunLog.grouped(n) == text)
    }
}

/// A monotonic clock that advances 12 ms a reading.
final class TickClock: @unchecked Sendable {
    private let lock = NSLock()
    private var now: UInt64 = 0
    func next() -> UInt64 { lock.withLock { now += 12_000_000; return now } }
}

@Suite("Exit codes")
struct RunExitCodeTests {
    @Test func codesAreStable() {
        #expect(RunExitCode.allCases.map(\.rawValue) == [0, 1, 2, 3, 4, 5])
    }

    @Test(arguments: [
        (RunError.invalidPeriod("x", reason: "r"), RunExitCode.usage),
        (.locked(lockPath: "l", holder: nil), .locked),
        (.output("disk full"), .outputIO),
        (.data("bad"), .dataOrTemplate),
        (.classify(AtomicFileError.cannotWrite("/o/x", errno: ENOSPC)), .outputIO),
        (.classify(DiagnosticList([Diagnostic("x")])), .dataOrTemplate),
        (.classify(OutputLockError.held("l", holder: nil)), .locked),
    ])
    func errorsMapToCodes(error: RunError, code: RunExitCode) {
        #expect(error.exitCode == code)
    }
}

@Suite("Run inputs")
struct RunInputTests {
    @Test func aFolderIsNotAnInput() throws {
        let s = try RunScratch()
        defer { s.cleanUp() }
        let (result, _) = s.run(quiet: true) { session in _ = try session.readInput("data", at: s.root + "/data") }
        guard case .failure(let error) = result else { Issue.record("the run should fail"); return }
        #expect(error.description == "cannot read \(s.root)/data: Is a directory")
    }
}
