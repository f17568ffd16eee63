import Testing
@testable import BriefingLayout

/// `DocumentLayout.layoutReport` says which version of each figure block it
/// placed, so the report stage can name the chart size that was printed.
@Suite("Which figure version the page layout placed")
struct DocumentFigureVersionTests {
    let layout = DocumentLayout(measurer: ApproximateTextMeasurer())
    let header = HeaderBlock(title: "그림 보고", date: "2024. 4. 7.(일)", department: "경제정책과")

    /// 200 pt wide: narrower than a column of a `.columns` row.
    func scene(height: Double) -> Scene { Scene(size: Size(200, height)) }

    @Test("a figure too tall for what is left gives way to its first shorter version that fits; others are full")
    func versions() throws {
        let page = PageStyle.a4Portrait
        let tall = page.contentRect.height - 10
        let spec = BriefingSpec(page: page, header: header, blocks: [
            .flexibleFigure(scene(height: tall), shorter: [scene(height: tall - 5), scene(height: 200), scene(height: 100)],
                            caption: nil, alt: "줄어드는 그림"),
            .figure(scene(height: 100), caption: nil, alt: "고정 그림"),
            .columns([.flexibleFigure(scene(height: 120), shorter: [scene(height: 80)], caption: nil, alt: "왼쪽")],
                     [.figure(scene(height: 90), caption: nil, alt: "오른쪽")]),
        ])
        let result = try layout.layoutReport(spec, metadata: DocumentMetadata())
        #expect(result.figures == [FigureVersion(figure: 0, version: 2), FigureVersion(figure: 1, version: 0),
                                   FigureVersion(figure: 2, version: 0), FigureVersion(figure: 3, version: 0)])
        #expect(result.document == (try layout.layout(spec, metadata: DocumentMetadata())))
    }

    @Test("attachments' figures are numbered after the body's")
    func attachments() throws {
        let spec = BriefingSpec(header: header, blocks: [.figure(scene(height: 100), caption: nil, alt: "본문")],
                                attachments: [[.figure(scene(height: 100), caption: nil, alt: "붙임")]])
        let result = try layout.layoutReport(spec, metadata: DocumentMetadata())
        #expect(result.figures == [FigureVersion(figure: 0, version: 0), FigureVersion(figure: 1, version: 0)])
        #expect(result.document.pages.count == 2)
    }
}
