import BriefingCairo
import BriefingCore
import BriefingLayout
import Foundation
import Testing

@Suite struct OutputFormatTests {
    @Test(arguments: [("out/chart.png", OutputFormat.png(scale: 1)), ("chart@2x.png", .png(scale: 2)), ("CHART@3X.PNG", .png(scale: 3)),
                      ("a/b/briefing.pdf", .pdf), ("chart.svg", .svg), ("x@2x.svg", .svg), ("my@chart.png", .png(scale: 1))])
    func fromFileName(path: String, format: OutputFormat) throws {
        #expect(try OutputFormat(path: path) == format)
    }

    @Test(arguments: ["chart.jpg", "chart", "out.d/chart", ".png", "chart.png.bak"])
    func unknownExtensionIsAnError(path: String) {
        #expect(throws: RenderError.unknownOutputFormat(path: path)) { try OutputFormat(path: path) }
        #expect(RenderError.unknownOutputFormat(path: path).description
                == "\(path): unknown output format; use a file name ending in .png, @2x.png, .pdf or .svg")
    }

    /// `write` picks the format from the name and leaves no temporary files.
    @Test func writesEveryFormatAtomically() throws {
        let folder = try temporaryFolder()
        let renderer = SceneRenderer(library: TestFonts.library)
        for name in ["chart.png", "chart@2x.png", "chart.pdf", "chart.svg"] {
            let bytes = try renderer.write(Fixtures.chart(), to: folder + "/" + name)
            #expect(FileManager.default.contents(atPath: folder + "/" + name) == Data(bytes))
        }
        try renderer.write(Fixtures.document(), to: folder + "/briefing.pdf")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["briefing.pdf", "chart.pdf", "chart.png", "chart.svg", "chart@2x.png"])
        #expect(throws: RenderError.unknownOutputFormat(path: folder + "/briefing.svg")) {
            try renderer.write(Fixtures.document(), to: folder + "/briefing.svg")
        }
    }
}
