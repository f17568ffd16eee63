import Testing
@testable import BriefingLayout

/// The seed briefing's first page as a golden scene (ApproximateTextMeasurer),
/// in the `--scene` format: any change to spacing, indents, alignment, fonts or
/// colours shows up in Tests/Golden/seed-briefing-page1.scene.json line by line.
/// Reviewed by rendering with Pango and looking at the page; update
/// (`BRIEFING_UPDATE_GOLDEN=1`) only after looking again.
@Suite("Document layout: golden scene")
struct DocumentGoldenTests {
    @Test("seed briefing, page 1")
    func seedPageOne() throws {
        let doc = try layouter.layout(seedSpec(chartWidth: 300), metadata: DocumentMetadata())
        try expectMatchesGolden(doc.pages[0], "seed-briefing-page1")
    }

    /// The golden file is a scene the decoder reads back, and writing it again gives the same bytes.
    @Test("the golden file round-trips")
    func goldenRoundTrips() throws {
        let text = try SceneGolden.read("seed-briefing-page1")
        let scene = try SceneJSONDecoder().decode(text)
        #expect(scene.json == text)
        #expect(scene.allTextRuns.first?.text == "2024 미국 광융합무역촉진단 성과 보고")
        #expect(scene.allTextRuns.last?.role == .pageNumber)
    }
}
