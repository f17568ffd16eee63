import Foundation
import Testing

/// The built `briefing` executable, run the way a user or cron runs it.
///
/// ```swift
/// let r = try BriefingBinary.run(["run", template, "--period", "2024-03", "--out", out])
/// #expect(r.status == 0, "\(r)")
/// #expect(r.stdout.contains("2024-03"))
/// ```
///
/// Where the binary is: `$BRIEFING_BINARY` if set; else next to this test
/// bundle (`swift test` builds both into `.build/<triple>/debug/`); else
/// `.build/debug/briefing` under the package root (found from `#filePath`),
/// which is where `swift build` leaves it in a fresh clone.
enum BriefingBinary {
    /// What one run did.
    struct Result: CustomStringConvertible, Sendable {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The run was killed by a signal (then `status` is the signal number).
        var signaled: Bool

        var description: String {
            "exit \(signaled ? "signal " : "")\(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
        }
    }

    /// The package root: three folders up from this file (Tests/EndToEndTests/Support).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path() throws -> String {
        try located.get()
    }

    private static let located: Swift.Result<String, BriefingBinaryError> = {
        var candidates: [String] = []
        if let p = ProcessInfo.processInfo.environment["BRIEFING_BINARY"] { candidates.append(p) }
        if let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            // …/debug/briefingPackageTests.xctest (an executable on Linux) or a folder inside it.
            var folder = URL(fileURLWithPath: me).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("briefing").path)
                folder.deleteLastPathComponent()
            }
        }
        candidates.append(packageRoot + "/.build/debug/briefing")
        for c in candidates {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: c, isDirectory: &isFolder), !isFolder.boolValue,
               FileManager.default.isExecutableFile(atPath: c) {
                return .success(c)
            }
        }
        return .failure(BriefingBinaryError.notFound(candidates))
    }()

    /// Runs `briefing` with `arguments`, waits, and returns its exit status and output.
    /// - Parameters:
    ///   - environment: added to (and overriding) this process's environment.
    ///   - directory: the working directory; this process's when nil.
    static func run(_ arguments: [String], environment: [String: String] = [:], in directory: String? = nil) throws -> Result {
        try runProgram(try path(), arguments, environment: environment, in: directory)
    }

    /// Runs any program the same way (e.g. `pdftotext`).
    static func runProgram(_ program: String, _ arguments: [String], environment: [String: String] = [:],
                           in directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        // Output goes to files, not pipes: a chatty child can never block on a full pipe.
        let scratch = NSTemporaryDirectory() + "briefing-e2e-out-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        _ = FileManager.default.createFile(atPath: scratch + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: scratch + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: scratch + ".out")
            try? FileManager.default.removeItem(atPath: scratch + ".err")
        }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch + ".out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch + ".err"))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        func text(_ p: String) -> String { String(decoding: FileManager.default.contents(atPath: p) ?? Data(), as: UTF8.self) }
        return Result(status: process.terminationStatus, stdout: text(scratch + ".out"), stderr: text(scratch + ".err"),
                      signaled: process.terminationReason == .uncaughtSignal)
    }

    /// `pdftotext -layout file -`: the words a PDF shows, for checking figures.
    static func pdfText(_ pdf: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let r = try runProgram("/usr/bin/pdftotext", ["-layout", pdf, "-"])
        #expect(r.status == 0, "pdftotext \(pdf): \(r)", sourceLocation: sourceLocation)
        return r.stdout
    }
}

enum BriefingBinaryError: Error, CustomStringConvertible {
    case notFound([String])

    var description: String {
        "the briefing binary is not built (run `swift build` first); looked at:\n" + {
            if case .notFound(let c) = self { return c.map { "  \($0)" }.joined(separator: "\n") }
            return ""
        }()
    }
}

/// A scratch folder for one test: `let s = try ScratchFolder("x"); defer { s.remove() }`.
/// (Removal is explicit: a deinit could run as soon as the last use of the
/// value, before the test is done with the files.)
struct ScratchFolder: Sendable {
    let path: String

    init(_ label: String) throws {
        path = NSTemporaryDirectory() + "briefing-e2e-\(label)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    func sub(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }

    /// Copies a folder of the repository (e.g. `templates/monthly-exports`) in here; returns the copy's path.
    func copy(repositoryFolder relative: String) throws -> String {
        let target = sub((relative as NSString).lastPathComponent)
        try FileManager.default.copyItem(atPath: (BriefingBinary.packageRoot as NSString).appendingPathComponent(relative), toPath: target)
        return target
    }
}
