import BriefingLayout
import Foundation
import Testing

/// `briefing chart … --scene c.json` writes version 1 of docs/scene-format.md,
/// and it reads back: the file a person or script gets is the format we document.
@Suite("briefing chart --scene")
struct ChartSceneTests {
    static let missions = CLI.sampleFolder.appendingPathComponent("data/missions.csv").path

    @Test func sceneFileIsVersionOneAndDecodes() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let r = try cli.run(["chart", Self.missions, "--x", "지역", "--y", "실계약", "--y", "약정계약",
                                 "--type", "grouped-bar", "--title", "계약", "-o", "c.svg", "--scene", "c.json"], in: tmp)
            #expect(r.status == 0, "\(r)")
            let text = try String(contentsOf: tmp.appendingPathComponent("c.json"), encoding: .utf8)
            #expect(text.hasPrefix("{\n  \"version\": 1,\n  \"size\": [1200, 675],\n  \"background\": \"#ffffff\",\n  \"items\": [\n"))
            let scene = try SceneJSONDecoder().decode(text)
            #expect(scene.json == text, "written again, the same bytes")
            let bars = scene.items.compactMap { item -> SceneRole? in
                if case .rect(let m) = item, m.role?.isBar == true { m.role } else { nil }
            }
            #expect(bars.contains(.bar(series: "실계약", category: "미국", value: 325)))
            #expect(bars.contains(.bar(series: "약정계약", category: "미국", value: 675)))
            #expect(scene.allTextRuns.contains { $0.role == .title && $0.text == "계약" })
            // The SVG beside it names the same bar the old way, for scripts that read data-role.
            let svg = try String(contentsOf: tmp.appendingPathComponent("c.svg"), encoding: .utf8)
            #expect(svg.contains("data-role=\"bar 미국 실계약 325\""))
        }
    }
}
