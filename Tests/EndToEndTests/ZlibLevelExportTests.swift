import Foundation
import Testing

/// The built `briefing` exports its deflateInit_ (Sources/CZlibDefaultLevel) in
/// its dynamic symbol table, so libcairo's calls bind to it, not to libz's:
/// cairo's PDF streams are deflated at level 3.
@Suite("zlib's default level reaches cairo")
struct ZlibLevelExportTests {
    @Test func briefingExportsDeflateInit() throws {
        let cli = try CLI.locate()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/nm")
        p.arguments = ["-D", "--defined-only", cli.executable.path]
        let (status, out, _) = try drive(p, stdin: nil)
        #expect(status == 0)
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n")
        #expect(lines.contains { $0.hasSuffix(" T deflateInit_") }, "deflateInit_ is not exported by \(cli.executable.path)")
    }
}
