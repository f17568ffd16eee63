import BriefingTestSupport
import Foundation
import Testing

/// The kill-test harness, tried on two shell scripts: one that writes like
/// `AtomicFile` (temporary + `mv`) must pass, one that writes in place must
/// be caught.
@Suite("Fault injection harness", .serialized)
struct RunFaultInjectionTests {
    /// Writes three files of ~200 kB, each to `.<name>.<pid>.<n>.tmp` then `mv`.
    static let atomicWriter = #"""
        set -e
        dir="$1/2024-03"
        for name in briefing.pdf charts/exports.png table.csv; do
          mkdir -p "$dir/$(dirname "$name")"
          tmp="$dir/$(dirname "$name")/.$(basename "$name").$$.$RANDOM.tmp"
          for i in 1 2 3 4; do head -c 50000 /dev/zero | tr '\0' 'n' >> "$tmp"; done
          echo "new $name" >> "$tmp"
          mv "$tmp" "$dir/$name"
        done
        """#

    /// Same content, written straight into the target, piece by piece.
    static let inPlaceWriter = #"""
        set -e
        dir="$1/2024-03"
        for name in briefing.pdf charts/exports.png table.csv; do
          mkdir -p "$dir/$(dirname "$name")"
          : > "$dir/$name"
          for i in 1 2 3 4; do head -c 50000 /dev/zero | tr '\0' 'n' >> "$dir/$name"; done
          echo "new $name" >> "$dir/$name"
        done
        """#

    static func prepare() throws -> (folder: String, script: (String) throws -> String) {
        let folder = NSTemporaryDirectory() + "briefing-kill-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        for name in ["briefing.pdf", "charts/exports.png", "table.csv"] {
            let p = folder + "/out/2024-03/" + name
            try FileManager.default.createDirectory(atPath: (p as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("old \(name)\n".utf8).write(to: URL(fileURLWithPath: p))
        }
        return (folder, { text in
            let path = folder + "/writer.sh"
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        })
    }

    @Test func atomicWriterSurvivesEveryKill() throws {
        let (folder, script) = try Self.prepare()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let test = KillTest(command: ["/bin/bash", try script(Self.atomicWriter), folder + "/out"],
                            folder: folder + "/out", iterations: 40, seed: 20240401)
        let report = try test.run()
        #expect(report.violations.isEmpty, "\(report)")
        #expect(report.killedMidRun > 0, "no kill landed while the script ran: \(report)")
        #expect(report.killsLeavingTemporaries > 0, "no kill landed mid-write, the test proves little: \(report)")
    }

    /// The harness must be able to fail: in-place writes leave partial files.
    @Test func inPlaceWriterIsCaught() throws {
        let (folder, script) = try Self.prepare()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let test = KillTest(command: ["/bin/bash", try script(Self.inPlaceWriter), folder + "/out"],
                            folder: folder + "/out", iterations: 40, seed: 20240401)
        let report = try test.run()
        #expect(!report.violations.isEmpty, "\(report)")
        #expect(report.violations.first?.contains("matching neither version") == true, "\(report)")
    }

    @Test func seededDelaysRepeat() {
        var a = SplitMix64(seed: 7), b = SplitMix64(seed: 7)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
    }
}
