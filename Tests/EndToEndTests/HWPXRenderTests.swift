import Foundation
import Testing

/// `briefing render --format hwpx` as a user runs it: the .hwpx is written
/// beside nothing else asked for, and python-hwpx's package validator
/// (installed by scripts/install-system-packages) accepts it.
@Suite struct HWPXRenderTests {
    static var checkerInstalled: Bool {
        (try? Tool.run("hwpx-validate-package", ["--help"]).status == 0) ?? false
    }

    @Test(.enabled(if: checkerInstalled, "python-hwpx is not installed: run scripts/install-system-packages"))
    func writesAValidPackage() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { folder in
            let r = try cli.run(["render", CLI.sampleTemplate, "--format", "hwpx", "--out", folder.path])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(filesIn(folder) == ["usa-2024.hwpx"])
            let check = try Tool.run("hwpx-validate-package", [folder.appendingPathComponent("usa-2024.hwpx").path])
            #expect(check.status == 0 && check.stdout.contains("Package validation passed"), "\(check.stdout)")
        }
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { folder in
            let r = try cli.run(["render", CLI.sampleTemplate, "--format", "pdf,docx", "--out", folder.path])
            #expect(r.status == 64, "\(r.status)")
            #expect(r.stderr.contains("unknown format 'docx' in --format (pdf, png, svg, hwpx)"), "\(r.stderr)")
            #expect(filesIn(folder).isEmpty)
        }
    }
}
