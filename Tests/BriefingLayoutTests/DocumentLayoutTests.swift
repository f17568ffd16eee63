import Testing
@testable import BriefingLayout

@Suite("Document layout: pages")
struct DocumentPageTests {
    static let docs: [(String, BriefingSpec)] = [("seed", seedSpec()), ("long", longSpec()),
                                                   ("landscape", seedSpec(page: .a4Landscape))]

    @Test("no two text boxes overlap", arguments: docs.indices)
    func noOverlap(_ i: Int) throws {
        let doc = try layouter.layout(Self.docs[i].1, metadata: DocumentMetadata())
        for (p, page) in doc.pages.enumerated() {
            let boxes = page.allTextRuns
            for a in boxes.indices {
                for b in boxes.indices where b > a {
                    let ra = boxes[a].box.insetBy(dx: 0.01, dy: 0.01), rb = boxes[b].box.insetBy(dx: 0.01, dy: 0.01)
                    #expect(!ra.intersects(rb), "\(Self.docs[i].0) page \(p + 1): \"\(boxes[a].text)\" overlaps \"\(boxes[b].text)\"")
                }
            }
        }
    }

    @Test("everything inside the margins; page numbers in the bottom margin", arguments: docs.indices)
    func insideMargins(_ i: Int) throws {
        let spec = Self.docs[i].1
        let doc = try layouter.layout(spec, metadata: DocumentMetadata())
        let content = spec.page.contentRect
        let bottomMargin = Rect(x: 0, y: content.maxY, width: spec.page.size.width, height: spec.page.margins.bottom)
        for (p, page) in doc.pages.enumerated() {
            #expect(page.size == spec.page.size)
            for placed in flatten(page) {
                if let run = placed.text {
                    let area = run.role == .pageNumber ? bottomMargin : content
                    #expect(area.contains(run.box), "page \(p + 1): \"\(run.text)\" \(run.box) outside \(area)")
                }
                if let r = placed.rect {
                    #expect(content.contains(r), "page \(p + 1): rect \(r) outside the content area")
                }
            }
        }
    }

    @Test("page numbers read - n -, centred in the bottom margin")
    func pageNumbers() throws {
        let spec = longSpec()
        let doc = try layouter.layout(spec, metadata: DocumentMetadata())
        #expect(doc.pages.count >= 4)
        for (p, page) in doc.pages.enumerated() {
            let numbers = runs(page, role: .pageNumber)
            try #require(numbers.count == 1)
            #expect(numbers[0].text == "- \(p + 1) -")
            #expect(abs(numbers[0].box.midX - spec.page.size.width / 2) < 0.01)
        }
    }

    @Test("a heading is never the last thing on a page", arguments: 10...40)
    func keepWithNext(_ filler: Int) throws {
        var bullets = (1...filler).map { Bullet(.point, "채우기 문장 \($0)번: 광융합 기업 해외 판로 개척 지원") }
        bullets += [Bullet(.headline, "다음 단원 제목"), Bullet(.point, "제목 다음 첫 줄")]
        let spec = BriefingSpec(header: HeaderBlock(title: "제목", date: "2024. 4. 7.(일)", department: "경제정책과"),
                                blocks: [.bullets(bullets), .heading("맺음", level: 1), .bullets([Bullet(.point, "끝")])])
        let doc = try layouter.layout(spec, metadata: DocumentMetadata())
        for (p, page) in doc.pages.enumerated().dropLast() {
            let last = try #require(topLevelTags(page).last)
            if case .heading = last { Issue.record("page \(p + 1) ends with a heading (filler \(filler))") }
        }
        // The □ line and the line after it share a page.
        let headingPage = doc.pages.firstIndex { runs($0, role: .bulletHeadline).contains { $0.text == "다음 단원 제목" } }
        let nextPage = doc.pages.firstIndex { runs($0, role: .bulletText).contains { $0.text == "제목 다음 첫 줄" } }
        #expect(headingPage != nil && headingPage == nextPage)
    }

    @Test("a table's unit note and header never end a page without a row", arguments: 15...60)
    func tableHeaderKeptWithRow(_ filler: Int) throws {
        let bullets = (1...filler).map { Bullet(.point, "채우기 문장 \($0)번: 광융합 기업 해외 판로 개척 지원") }
        let spec = BriefingSpec(header: HeaderBlock(title: "제목", date: "2024. 4. 7.(일)", department: "경제정책과"),
                                blocks: [.bullets(bullets), .table(longTable(3))])
        let doc = try layouter.layout(spec, metadata: DocumentMetadata())
        for (p, page) in doc.pages.enumerated() {
            let hasHeader = !runs(page, role: .table(.header)).isEmpty || !runs(page, role: .unitNote).isEmpty
            let hasRow = !runs(page, role: .table(.cell)).isEmpty
            #expect(hasHeader == hasRow, "page \(p + 1): header \(hasHeader), rows \(hasRow) (filler \(filler))")
            if hasRow { #expect(runs(page, role: .unitNote).count == (runs(page, role: .table(.cell)).contains { $0.text == "행 1" } ? 1 : 0)) }
        }
    }

    @Test("a block that does not fit moves whole to the next page; a spacer is dropped there")
    func blockMoves() throws {
        let chart = sampleChart(width: 300, height: 400)
        let spec = BriefingSpec(header: HeaderBlock(title: "제목", date: "2024. 4. 7.(일)", department: "경제정책과"),
                                blocks: [.spacer(300), .spacer(40), .figure(chart, caption: "그림", alt: "큰 그림"), .spacer(50),
                                         .bullets([Bullet(.point, "그림 다음")])])
        let doc = try layouter.layout(spec, metadata: DocumentMetadata())
        #expect(doc.pages.count == 2)
        let labels = valueLabels(doc.pages[1])
        #expect(labels.count == 2 && valueLabels(doc.pages[0]).isEmpty)
        // The figure starts at the top margin of page 2.
        let content = spec.page.contentRect
        let figureTop = flatten(doc.pages[1]).compactMap(\.rect).map(\.minY).min()
        #expect(figureTop == content.minY)
        // The 50 pt spacer after it is kept (not at a page top): the bullet sits below figure + caption + spacer.
        let bullet = try #require(runs(doc.pages[1], role: .bulletText).first)
        let caption = try #require(runs(doc.pages[1], role: .caption).first)
        #expect(bullet.box.minY - caption.box.maxY > 50)
    }

    @Test("a long bullet breaks between lines, at least two lines on each page", arguments: 18...30)
    func longBulletSplits(_ filler: Int) throws {
        let long = (1...12).map { "광융합 기업 \($0)번 해외 판로 개척 지원 사업" }.joined(separator: " ")
        var bullets = (1...filler).map { Bullet(.point, "채우기 \($0)") }
        bullets.append(Bullet(.detail, long))
        let spec = BriefingSpec(header: HeaderBlock(title: "제목", date: "2024. 4. 7.(일)", department: "경제정책과"),
                                blocks: [.bullets(bullets)])
        let doc = try layouter.layout(spec, metadata: DocumentMetadata())
        let perPage = doc.pages.map { page in page.allTextRuns.filter { $0.role == .bulletText && !$0.text.hasPrefix("채우기") } }
        let total = perPage.map(\.count).reduce(0, +)
        #expect(total >= 5)
        for (p, lines) in perPage.enumerated() where !lines.isEmpty {
            #expect(lines.count >= 2, "page \(p + 1) holds \(lines.count) line(s) of the long bullet (filler \(filler))")
            // Each page's part is one tagged paragraph group.
            let paragraphs = doc.pages[p].items.filter { item in
                guard case .group(let g) = item, g.tag == .paragraph else { return false }
                return Scene(size: Size(1, 1), items: [item]).allTextRuns.contains { $0.role == .bulletText && !$0.text.hasPrefix("채우기") }
            }
            #expect(paragraphs.count == 1)
        }
        #expect(perPage.flatMap { $0 }.map(\.text).joined(separator: " ") == long)
    }

    @Test("outline entries point at their headings' pages and heights")
    func outline() throws {
        let doc = try layouter.layout(longSpec(), metadata: DocumentMetadata())
        let titles = doc.outline.map(\.title)
        #expect(titles == ["수출 상담 실적 전체 목록", "상담 실적", "향후 계획", "붙임", "참가 기업 현황"])
        #expect(doc.outline.map(\.level) == [1, 2, 2, 2, 3])
        for entry in doc.outline {
            let page = doc.pages[entry.page]
            let match = page.allTextRuns.first { $0.text == entry.title }
            let run = try #require(match, "\(entry.title) not on page \(entry.page + 1)")
            #expect(run.box.minY >= entry.y - 0.01 && run.box.minY - entry.y < 30, "\(entry.title): y \(entry.y), run top \(run.box.minY)")
        }
        // The closing □ comes after the 200-row table, so not on the first page.
        #expect(doc.outline[2].page >= 2)
        #expect(doc.outline[3].page == doc.pages.count - 1)
    }

    @Test("an attachment starts a new page under a 붙임 label")
    func attachment() throws {
        let doc = try layouter.layout(longSpec(), metadata: DocumentMetadata())
        let last = try #require(doc.pages.last)
        let label = try #require(runs(last, role: .attachmentLabel).first)
        #expect(label.text == "붙임")
        #expect(runs(doc.pages[doc.pages.count - 2], role: .attachmentLabel).isEmpty)
        // It is the first thing on its page.
        let top = last.allTextRuns.filter { $0.role != .pageNumber }.map(\.box.minY).min()
        #expect(top == label.box.minY)
    }

    @Test("metadata passes through; title and language filled in when missing")
    func metadata() throws {
        let doc = try layouter.layout(seedSpec(), metadata: DocumentMetadata(author: "광주 북구", creationDate: "2024-04-07T09:00:00+09:00"))
        #expect(doc.metadata == DocumentMetadata(title: "2024 미국 광융합무역촉진단 성과 보고", author: "광주 북구",
                                                 creationDate: "2024-04-07T09:00:00+09:00", language: "ko-KR"))
    }

    @Test("the seed briefing without its chart fits on one page")
    func seedOnePage() throws {
        var spec = seedSpec()
        spec.blocks.removeAll { if case .figure = $0 { true } else { false } }
        let doc = try layouter.layout(spec, metadata: DocumentMetadata())
        #expect(doc.pages.count == 1)
        #expect(runs(doc.pages[0], role: .source).map(\.text) == ["자료: 광주 북구 경제정책과"])
    }

    @Test("the seed briefing: figure tagged with its alt text and clipped, comparisons on one line")
    func seedFigure() throws {
        let doc = try layouter.layout(seedSpec(chartWidth: 300), metadata: DocumentMetadata())
        #expect(doc.pages.count == 2)
        let figures = doc.pages.flatMap(flatten).compactMap { p -> String? in
            if case .figure(let alt)? = p.tag { alt } else { nil }
        }
        #expect(Set(figures) == ["실계약 325만 달러, 약정계약 675만 달러 막대그래프"])
        // Four tiles: comparisons shrink to stay on one line each.
        #expect(runs(doc.pages[0], role: .kpiComparison).map(\.text) == ["▲ 목표 대비 666.7%", "▲ +66만 달러"])
        // The chart is clipped to its own bounds.
        let figureGroup = doc.pages[0].items.lazy.compactMap { item -> Group? in
            guard case .group(let outer) = item else { return nil }
            return outer.items.lazy.compactMap { inner -> Group? in
                if case .group(let g) = inner, case .figure? = g.tag { g } else { nil }
            }.first
        }.first
        #expect(figureGroup?.clip == Rect(x: 0, y: 0, width: 300, height: 180))
    }
}
