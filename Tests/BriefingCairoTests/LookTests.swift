import BriefingBench
import BriefingCairo
import BriefingLayout
import Foundation
import Testing

/// Writes the fixtures and the sample chart to $BRIEFING_LOOK_DIR (when set)
/// for a person to look at; otherwise checks they render.
@Suite struct LookTests {
    @Test func renderSamplesForLooking() throws {
        let folder = try ProcessInfo.processInfo.environment["BRIEFING_LOOK_DIR"] ?? temporaryFolder()
        let r = SceneRenderer(library: TestFonts.library)
        let sample = SampleScenes.barChart(measurer: PangoTextMeasurer(library: TestFonts.library))
        for name in ["sample.png", "sample@2x.png", "sample.svg", "sample.pdf"] { try r.write(sample, to: folder + "/" + name) }
        for name in ["fixture.png", "fixture@2x.png", "fixture.svg"] { try r.write(Fixtures.chart(), to: folder + "/" + name) }
        try r.write(Fixtures.document(), to: folder + "/document.pdf")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count >= 8)
    }
}
