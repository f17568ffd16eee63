import BriefingCairo
import BriefingCore
import BriefingLayout
import Foundation
import Testing

@Suite struct QuickLookTests {
    @Test func writesSamples() throws {
        let measurer = PangoTextMeasurer()
        let scene = SampleScenes.barChart(measurer: measurer)
        let r = SceneRenderer()
        try r.write(scene, to: "/tmp/render-look/chart.png")
        try r.write(scene, to: "/tmp/render-look/chart@2x.png")
        try r.write(scene, to: "/tmp/render-look/chart.svg")
        try r.write(scene, to: "/tmp/render-look/chart.pdf")
    }
}
