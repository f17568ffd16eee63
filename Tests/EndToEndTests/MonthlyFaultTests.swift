import BriefingTestSupport
import Foundation
import Testing

/// `briefing run` SIGKILLed at random moments: every file of the period
/// folder stays either last run's or this run's complete version, and the
/// next successful run leaves no temporary file behind.
@Suite("Monthly sample: killed runs", .serialized)
struct MonthlyFaultTests {
    static let manifest = "2024-03/monthly.manifest.json"

    @Test func everyFileIsThePreviousOrTheNewVersion() throws {
        let scratch = try ScratchFolder("kill")
        defer { scratch.remove() }
        let out = scratch.sub("output")
        let binary = try BriefingBinary.path()
        let template = MonthlyRunTests.template

        // The previous good run: March's contracts as first reported (870 instead of 862).
        let original = try Data(contentsOf: URL(fileURLWithPath: BriefingBinary.packageRoot + "/templates/monthly-exports/data/monthly.csv"))
        let earlier = try #require(replacing(Array("2024.03,113,3035,862,900".utf8), with: Array("2024.03,113,3035,870,900".utf8), in: [UInt8](original)))
        let earlierPath = scratch.sub("monthly-first-report.csv")
        try Data(earlier).write(to: URL(fileURLWithPath: earlierPath))
        let first = try BriefingBinary.run(["run", template, "--period", "2024-03", "--out", out, "--quiet", "--data", "monthly=\(earlierPath)"],
                                           environment: MonthlyRunTests.fixedClock)
        try #require(first.status == 0, "\(first)")

        var test = KillTest(command: [binary, "run", template, "--period", "2024-03", "--out", out, "--quiet"],
                            environment: MonthlyRunTests.fixedClock, folder: out, iterations: 24, seed: 20240401)
        // From 30 % of a run (still rendering) to 110 % (sometimes after it
        // finished), so many kills land while files are renamed into place; the
        // temporaries they leave are the next real run's to clean.
        test.window = 0.3...1.1
        test.recovery = .byNextRun
        test.consistency = { now, _, new in
            // The manifest is written last: a new manifest means every output is new.
            guard let m = now[Self.manifest], m == new[Self.manifest] else { return [] }
            return new.keys.filter { $0 != Self.manifest && now[$0] != new[$0] }.sorted().map { "new manifest but old or partial \($0)" }
        }
        let report = try test.run()
        #expect(report.violations.isEmpty, "\(report)")
        #expect(report.killedMidRun > 0, "\(report)")
        print("kill test: \(report)")
    }

    /// The harness itself can fail: a writer that truncates and rewrites in
    /// place leaves partial files, and the kills must catch it.
    @Test func theHarnessCatchesAWriterThatIsNotAtomic() throws {
        let scratch = try ScratchFolder("kill-naive")
        defer { scratch.remove() }
        let file = scratch.sub("table.csv")
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: file))
        let script = ": > '\(file)'; for i in $(seq 1 60); do echo \"new row $i\" >> '\(file)'; sleep 0.005; done"
        var test = KillTest(command: ["/bin/sh", "-c", script], folder: scratch.path, iterations: 6, seed: 1)
        test.window = 0.3...1.1
        test.recovery = .byNextRun
        let report = try test.run()
        #expect(!report.violations.isEmpty, "\(report)")
        #expect(report.violations.allSatisfy { $0.contains("table.csv is") }, "\(report)")
    }

    func replacing(_ old: [UInt8], with new: [UInt8], in bytes: [UInt8]) -> [UInt8]? {
        guard old.count <= bytes.count else { return nil }
        for i in 0...(bytes.count - old.count) where Array(bytes[i..<(i + old.count)]) == old {
            return Array(bytes[..<i]) + new + Array(bytes[(i + old.count)...])
        }
        return nil
    }
}
