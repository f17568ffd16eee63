import BriefingTestSupport
import Foundation
import Testing

/// `render`, `run` and `chart` write into any output path a user can type:
/// relative, one letter (`o`, which crashed Foundation's
/// `deletingLastPathComponent` with SIGILL), `.`, nested and not yet there,
/// absolute, with spaces and Hangul, through a symlink. A path that cannot be
/// made is an I/O error naming it, exit 4 (RunExitCode.outputIO).
@Suite("Output paths of every shape")
struct OutputPathPropertyTests {
    static let monthly = BriefingBinary.packageRoot + "/templates/monthly-exports/monthly.yaml"
    static let sample = BriefingBinary.packageRoot + "/templates/usa-2024/briefing.yaml"
    static let missions = BriefingBinary.packageRoot + "/templates/usa-2024/data/missions.csv"

    /// The shapes named in issue 10, then paths drawn at random from the same
    /// pieces (seeded: a failure names its path and replays). `@abs/` stands
    /// for the scratch folder, so the path is absolute; `link` is a symlink to
    /// a folder `real` in it.
    static let paths: [String] = [
        "o", ".", "./", "x/y/z", "@abs/not/yet/there", "a b/월간 보고", "한", "link", "link/m", "@abs/link/한글 폴더/",
    ] + generated(count: 6, seed: 2024)

    static func generated(count: Int, seed: UInt64) -> [String] {
        let pieces = ["o", "m", "x", "한", "월간 보고", "a b", "2024 결과", "out.d", ".", "link"]
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let depth = Int.random(in: 1...3, using: &rng)
            // A symlink only as the first piece: past it, `link` is a new folder like any other.
            var parts = (0..<depth).map { _ in pieces.randomElement(using: &rng)! }
            if Bool.random(using: &rng) { parts.insert("@abs", at: 0) }
            return parts.joined(separator: "/") + (Bool.random(using: &rng) ? "/" : "")
        }
    }

    /// A scratch working folder with `real/` and the symlink `link` → `real`.
    struct Workspace {
        let scratch: ScratchFolder
        init(_ label: String) throws {
            scratch = try ScratchFolder(label)
            try FileManager.default.createDirectory(atPath: scratch.sub("real"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: scratch.sub("link"), withDestinationPath: "real")
        }
        /// The argument as typed (`@abs` replaced by the scratch folder).
        func argument(_ path: String) -> String { path.replacingOccurrences(of: "@abs", with: scratch.path) }
        /// Where the files land, as an absolute path.
        func folder(_ path: String) -> String {
            let typed = argument(path)
            return typed.hasPrefix("/") ? typed : scratch.path + "/" + typed
        }
    }

    @Test(arguments: paths)
    func renderWritesIntoIt(path: String) throws {
        let w = try Workspace("render-path")
        defer { w.scratch.remove() }
        let r = try BriefingBinary.run(["render", Self.sample, "--out", w.argument(path), "--format", "pdf", "--no-press"],
                                       in: w.scratch.path)
        expectWritten(r, ["usa-2024.pdf"], in: w.folder(path))
    }

    @Test(arguments: paths)
    func runWritesAPeriodFolderInIt(path: String) throws {
        let w = try Workspace("run-path")
        defer { w.scratch.remove() }
        let r = try BriefingBinary.run(["run", Self.monthly, "--period", "2024-03", "--out", w.argument(path), "--quiet"],
                                       in: w.scratch.path)
        expectWritten(r, ["monthly-p1.png", "monthly-p2.png", "monthly-press.png", "monthly.hwpx", "monthly.manifest.json", "monthly.pdf"],
                      in: w.folder(path) + "/2024-03")
    }

    @Test(arguments: paths)
    func chartWritesEveryFormatInIt(path: String) throws {
        let w = try Workspace("chart-path")
        defer { w.scratch.remove() }
        let outputs = ["c.png", "c.pdf", "c.svg"].flatMap { ["-o", w.argument(path) + "/" + $0] }
        let r = try BriefingBinary.run(["chart", Self.missions, "--x", "지역", "--y", "실계약"] + outputs, in: w.scratch.path)
        expectWritten(r, ["c.pdf", "c.png", "c.svg"], in: w.folder(path))
    }

    /// Root may write into a chmod 555 folder, so the tests (run as root)
    /// provoke the I/O error with a regular file where a folder must be
    /// (`file/sub`): mkdir fails for every user. Nothing is written.
    @Test(arguments: ["file/sub", "file"])
    func aFileInTheWayIsAnIOErrorNamingIt(path: String) throws {
        let w = try Workspace("blocked-path")
        defer { w.scratch.remove() }
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: w.scratch.sub("file")))
        let blocked = "cannot create a folder at file: a file is in the way"

        let render = try BriefingBinary.run(["render", Self.sample, "--out", path, "--format", "pdf", "--no-press"], in: w.scratch.path)
        #expect(render.status == 4 && !render.signaled, "\(render)")
        #expect(render.stderr.hasSuffix("briefing: \(blocked)\n"), "\(render)")

        let run = try BriefingBinary.run(["run", Self.monthly, "--period", "2024-03", "--out", path, "--quiet"], in: w.scratch.path)
        #expect(run.status == 4 && !run.signaled, "\(run)")
        #expect(run.stderr.contains("error: cannot lock \(path)/.locks/monthly-2024-03.lock: \(blocked)\n"), "\(run)")

        // The first output could be written; it is not, since the second cannot.
        let chartArguments = ["chart", Self.missions, "--x", "지역", "--y", "실계약", "-o", "ok.png", "-o", path + "/c.png"]
        let chart = try BriefingBinary.run(chartArguments, in: w.scratch.path)
        #expect(chart.status == 4 && !chart.signaled, "\(chart)")
        #expect(chart.stderr.hasSuffix("briefing: \(blocked)\n"), "\(chart)")

        #expect(try FileManager.default.contentsOfDirectory(atPath: w.scratch.path).sorted() == ["file", "link", "real"])
    }

    private func expectWritten(_ r: BriefingBinary.Result, _ names: [String], in folder: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 0 && !r.signaled, "\(r)", sourceLocation: sourceLocation)
        // Hidden names (`.locks`) and the workspace's own `link` and `real` (when the path is `.`) aside.
        let found = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { !$0.hasPrefix(".") && $0 != "link" && $0 != "real" }.sorted()
        #expect(found == names, "in \(folder)", sourceLocation: sourceLocation)
        for name in names {
            let size = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.size] as? Int) ?? 0
            #expect(size > 0, "\(folder)/\(name) is empty", sourceLocation: sourceLocation)
        }
    }
}
