import BriefingCore
import BriefingReport
import BriefingTestSupport
import Foundation
import Testing

/// `ReportRun` itself under SIGKILL: this test binary runs one of its own
/// tests (`RunKillChild`) as the child, which performs a real run writing a
/// few megabytes, and kills it at random moments.
@Suite("Report run under SIGKILL", .serialized)
struct RunKillTests {
    static let outputs = ["2024-03/briefing.pdf", "2024-03/charts/exports.png", "2024-03/table.csv"]
    static let manifest = "2024-03/monthly.manifest.json"

    @Test(.enabled(if: ProcessInfo.processInfo.environment["BRIEFING_KILL_CHILD_OUT"] == nil))
    func previousOrNewNeverPartial() throws {
        let out = NSTemporaryDirectory() + "briefing-runkill-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let me = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let command = [me, "--testing-library", "swift-testing", "--filter", "RunKillChild"]
        var env = ProcessInfo.processInfo.environment
        env["BRIEFING_KILL_CHILD_OUT"] = out

        // The previous good run.
        env["BRIEFING_KILL_VERSION"] = "old"
        var old = KillTest(command: command, environment: env, folder: out, iterations: 0, seed: 0)
        old.ignore = { _ in true }  // nothing to compare yet; this only runs it once
        #expect {
            _ = try old.run()
        } throws: { error in
            if case .commandChangesNothing? = error as? KillTestError { return true }
            return false
        }  // "changes nothing" as everything is ignored
        #expect(FileManager.default.fileExists(atPath: out + "/" + Self.manifest))

        env["BRIEFING_KILL_VERSION"] = "new"
        var test = KillTest(command: command, environment: env, folder: out, iterations: 25, seed: 20240401)
        test.consistency = { now, _, new in
            // The manifest is written last: a new manifest means every output is new.
            guard let m = now[Self.manifest], m == new[Self.manifest] else { return [] }
            return Self.outputs.filter { now[$0] != new[$0] }.map { "new manifest but old or partial \($0)" }
        }
        let report = try test.run()
        #expect(report.violations.isEmpty, "\(report)")
        #expect(report.killedMidRun > 0, "\(report)")
    }
}

/// The child side: one real run. Skipped unless the parent above starts it.
@Suite("RunKillChild")
struct RunKillChild {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["BRIEFING_KILL_CHILD_OUT"] != nil))
    func writeOneRun() throws {
        let env = ProcessInfo.processInfo.environment
        let version = env["BRIEFING_KILL_VERSION"] ?? "new"
        let options = RunOptions(templatePath: "/srv/briefing/templates/monthly.yaml", period: Month(year: 2024, month: 3)!,
                                 outputRoot: env["BRIEFING_KILL_CHILD_OUT"]!, toolVersion: "kill-test", processID: getpid(),
                                 clock: .fixed(epochSeconds: 1_711_922_401))
        let log = RunLog(quiet: true, clock: options.clock) { _ in }
        func bytes(_ count: Int, _ seed: String) -> [UInt8] {
            let pattern = Array("\(version) \(seed) ".utf8)
            return (0..<count).map { pattern[$0 % pattern.count] }
        }
        _ = try ReportRun(options, log: log).execute { session in
            try session.add("briefing.pdf", bytes(300_000, "pdf"))
            try session.add("charts/exports.png", bytes(100_000, "png"))
            try session.add("table.csv", bytes(2_000, "csv"))
        }
    }
}
