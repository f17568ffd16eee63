import BriefingCore
import Testing
@testable import BriefingLayout

@Suite("Page breaks")
struct DocumentPageBreakTests {
    let layout = DocumentLayout(measurer: ApproximateTextMeasurer())

    @Test("a page break starts the next block on a new page, and is never a blank page")
    func breaks() throws {
        let spec = BriefingSpec(header: HeaderBlock(title: "제목", date: "2024. 4. 7.(일)", department: "경제정책과"),
                                blocks: [.bullets([Bullet(.headline, "첫 쪽")]), .pageBreak, .pageBreak,
                                         .bullets([Bullet(.headline, "둘째 쪽")])])
        let doc = try layout.layout(spec, metadata: DocumentMetadata())
        #expect(doc.pages.count == 2)
        #expect(doc.pages[1].allTextRuns.contains { $0.text.contains("둘째 쪽") })
        #expect(!doc.pages[0].allTextRuns.contains { $0.text.contains("둘째 쪽") })
    }

    @Test("an error about an unbounded height can always be printed")
    func unboundedDescription() {
        let e = DocumentLayoutError.blockTooTall(block: "blocks[1]", what: "spacer", height: .infinity, available: 700)
        #expect(e.description == "blocks[1]: spacer is unbounded pt tall, a page holds 700.0 pt")
    }
}
