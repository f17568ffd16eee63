import Foundation
import Testing

/// The built `briefing` executable, run as a user would run it: arguments,
/// environment and working folder in; exit status, stdout and stderr out.
///
/// Found, in order: `$BRIEFING_BIN`; next to the test bundle (`swift test`
/// builds the executable into the same folder as `briefingPackageTests.xctest`);
/// `.build/debug/briefing` relative to this source file (a fresh clone after
/// `swift build`).
struct CLI: Sendable {
    /// What one run of the binary did.
    struct Result: Sendable, CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    let executable: URL

    /// The repository's root folder (this file is Tests/EndToEndTests/Support/E2ESupport.swift).
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled sample template folder.
    static let sampleFolder = repoRoot.appendingPathComponent("templates/usa-2024")
    static let sampleTemplate = sampleFolder.appendingPathComponent("briefing.yaml").path

    static func locate() throws -> CLI {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["BRIEFING_BIN"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        // Next to the test bundle: argv[0] is the xctest runner or the bundle itself.
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = argv0.deletingLastPathComponent()
        for _ in 0..<3 {
            candidates.append(folder.appendingPathComponent("briefing"))
            folder = folder.deletingLastPathComponent()
        }
        for b in Bundle.allBundles {
            candidates.append(b.bundleURL.deletingLastPathComponent().appendingPathComponent("briefing"))
        }
        candidates.append(repoRoot.appendingPathComponent(".build/debug/briefing"))
        for c in candidates {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: c.path, isDirectory: &isDir), !isDir.boolValue, fm.isExecutableFile(atPath: c.path) {
                return CLI(executable: c)
            }
        }
        throw CLIError.notBuilt(candidates.map(\.path))
    }

    /// Runs the binary and waits for it. `environment` adds to (or overrides) this process's.
    func run(_ arguments: [String], environment: [String: String] = [:], in folder: URL? = nil) throws -> Result {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let folder { p.currentDirectoryURL = folder }
        let (status, out, err) = try drive(p, stdin: nil)
        return Result(status: status, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }
}

/// Starts `p` with piped output (and input, if given), feeds `stdin`, and
/// reads both pipes to the end before waiting — so a chatty child never
/// blocks on a full pipe — then returns its exit status and output.
func drive(_ p: Process, stdin: Data?) throws -> (status: Int32, stdout: Data, stderr: Data) {
    let out = Pipe(), err = Pipe(), inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = stdin == nil ? FileHandle.nullDevice : inp
    try p.run()
    let errData = ReadBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        errData.data = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    if let stdin {
        DispatchQueue.global().async {
            inp.fileHandleForWriting.write(stdin)
            try? inp.fileHandleForWriting.close()
        }
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    p.waitUntilExit()
    return (p.terminationStatus, outData, errData.data)
}

private final class ReadBox: @unchecked Sendable { var data = Data() }

enum CLIError: Error, CustomStringConvertible {
    case notBuilt([String])
    case toolFailed(String, Int32, String)
    var description: String {
        switch self {
        case .notBuilt(let paths): "briefing binary not found; run `swift build` (looked at \(paths.joined(separator: ", ")))"
        case .toolFailed(let tool, let status, let err): "\(tool) exited \(status): \(err)"
        }
    }
}

/// Runs a system tool (pdftotext, qpdf, iconv …) found on PATH.
enum Tool {
    static func run(_ name: String, _ arguments: [String], stdin: Data? = nil) throws -> CLI.Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [name] + arguments
        let (status, out, err) = try drive(p, stdin: stdin)
        return CLI.Result(status: status, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    /// Text of a PDF in reading order (`pdftotext -layout` off, so lines follow the content stream).
    static func pdfText(_ path: String) throws -> String {
        let r = try run("pdftotext", ["-enc", "UTF-8", path, "-"])
        guard r.status == 0 else { throw CLIError.toolFailed("pdftotext", r.status, r.stderr) }
        return r.stdout
    }

    /// UTF-8 text → CP949 bytes, through iconv as Excel on Korean Windows would save it.
    static func cp949(_ text: String) throws -> Data {
        let r = try runBytes("iconv", ["-f", "UTF-8", "-t", "CP949"], stdin: Data(text.utf8))
        return r
    }

    static func runBytes(_ name: String, _ arguments: [String], stdin: Data) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [name] + arguments
        let (status, out, err) = try drive(p, stdin: stdin)
        guard status == 0 else { throw CLIError.toolFailed(name, status, String(decoding: err, as: UTF8.self)) }
        return out
    }
}

/// Whitespace-insensitive text: layout may split `1,000만 달러` over lines or
/// set it with different spacing, so compare with every run of whitespace removed.
func squeezed(_ s: String) -> String {
    String(s.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
}

/// A fresh temporary folder, removed when `body` returns.
func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}

/// A copy of the sample template folder (template + CP949 data) in `folder`.
func copySample(into folder: URL) throws -> URL {
    let dest = folder.appendingPathComponent("usa-2024")
    try FileManager.default.copyItem(at: CLI.sampleFolder, to: dest)
    return dest
}

/// Files in `folder` (names), empty when it does not exist.
func filesIn(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
}

/// Paths `briefing render` printed, one a line: `PATH  N bytes`.
func writtenPaths(_ stdout: String) -> [String] {
    stdout.split(separator: "\n").compactMap { line in
        guard let r = line.range(of: "  ") else { return nil }
        return String(line[..<r.lowerBound])
    }
}
