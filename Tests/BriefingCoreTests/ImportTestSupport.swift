import Foundation
import Glibc
import Testing
@testable import BriefingCore

/// Paths and encoders the import tests share.
enum ImportFixtures {
    /// The repository root: three levels above this file.
    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared/conformance` next to the clone.
    static let conformance = repoRoot.deletingLastPathComponent().appendingPathComponent("shared/conformance")

    /// Whether the public corpus is there. A clone from elsewhere has no
    /// `../shared`: the suites that read it are skipped, with the notice
    /// below in the test output, rather than failing on a missing file.
    static let conformancePresent = FileManager.default.fileExists(atPath: conformance.path)
    static let conformanceAbsentNotice: Comment = "skipped: ../shared/conformance is not next to this clone"

    /// CI (`CI=true`, as GitHub Actions, GitLab and most runners set it) must
    /// have the corpus: there its absence is a failure, not a skip.
    static let runningInCI = ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true"

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// UTF-8 text to CP949 through glibc iconv, the way Excel on Korean Windows saves.
    static func cp949(_ text: String) -> [UInt8] {
        let cd = iconv_open("CP949", "UTF-8")
        precondition(cd != iconv_t(bitPattern: -1))
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let produced = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                precondition(r != -1, "not representable in CP949")
                return outBuf.count - outLeft
            }
        }
        return Array(output.prefix(produced))
    }
}

/// Expects `body` to throw diagnostics at exactly these places.
func expectProblems(_ expected: [(line: Int, column: Int, message: String)],
                    sourceLocation: Testing.SourceLocation = #_sourceLocation,
                    _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected \(expected.count) problem(s), got none", sourceLocation: sourceLocation)
    } catch let list as DiagnosticList {
        let got = list.diagnostics.map { ($0.location?.line ?? 0, $0.location?.column ?? 0) }
        #expect(got.map { "\($0.0):\($0.1)" } == expected.map { "\($0.line):\($0.column)" }, sourceLocation: sourceLocation)
        for (diagnostic, want) in zip(list.diagnostics, expected) where !diagnostic.message.contains(want.message) {
            Issue.record("message \"\(diagnostic.message)\" lacks \"\(want.message)\"", sourceLocation: sourceLocation)
        }
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
}
