import Testing
@testable import BriefingLayout

@Suite("Document layout: blocks")
struct DocumentBlockTests {
    let style = PageStyle.a4Portrait

    func doc(_ blocks: [Block]) throws -> Document {
        try layouter.layout(BriefingSpec(header: HeaderBlock(title: "시험", date: "2024. 4. 7.(일)", department: "경제정책과"),
                                         blocks: blocks), metadata: DocumentMetadata())
    }

    @Test("wrapped lines hang at the text, not the symbol", arguments: Bullet.Level.allCases)
    func hangingIndent(_ level: Bullet.Level) throws {
        let long = "광주 북구 광융합 기업 23개사가 미국 로스앤젤레스와 샌디에이고에서 수출 상담회를 열어 실계약 325만 달러와 약정계약 675만 달러를 이끌어 냈으며 후속 상담을 이어 가고 있다"
        let d = try doc([.bullets([Bullet(level, long)])])
        let page = d.pages[0]
        let symbol = try #require(page.allTextRuns.first { $0.role == .bulletSymbol })
        let lines = page.allTextRuns.filter { $0.role == .bulletText || $0.role == .bulletHeadline }
        #expect(lines.count >= 2)
        let font = style.font(for: level)
        let textX = symbol.origin.x + approx.measure(level.symbol, font: font).width + approx.measure(" ", font: font).width
        for line in lines {
            #expect(abs(line.origin.x - textX) < 0.001, "\"\(line.text)\" at \(line.origin.x), text column at \(textX)")
        }
        #expect(lines[0].origin.y == symbol.origin.y)
        // Words are never cut (keep-all): rejoining the lines gives the text back.
        #expect(lines.map(\.text).joined(separator: " ") == long)
        for line in lines { #expect(line.box.maxX <= style.contentRect.maxX + 0.01) }
    }

    @Test("each level sits two character widths further in")
    func levelIndents() throws {
        let d = try doc([.bullets(Bullet.Level.allCases.map { Bullet($0, "항목") })])
        let xs = d.pages[0].allTextRuns.filter { $0.role == .bulletSymbol }.map(\.origin.x)
        try #require(xs.count == 4)
        let two = 2 * approx.measure("가", font: style.bodyFont).width
        for i in 1..<4 { #expect(abs(xs[i] - xs[i - 1] - two) < 0.001) }
        #expect(abs(xs[0] - style.contentRect.minX) < 0.001)
    }

    @Test("a footnote after bullets lines up under the bullet's text")
    func footnoteIndent() throws {
        let d = try doc([.bullets([Bullet(.point, "실계약 325만 달러")]), .footnote("실계약: 계약서 기준")])
        let runsOnPage = d.pages[0].allTextRuns
        let text = try #require(runsOnPage.first { $0.role == .bulletText })
        let mark = try #require(runsOnPage.first { $0.role == .footnoteMark })
        #expect(mark.text == "*")
        #expect(abs(mark.origin.x - text.origin.x) < 0.001)
    }

    @Test("numbers line up on the decimal point or the end of the integer part")
    func decimalAlignment() throws {
        let values = ["666.7%", "1,000", "-", "7.15", "+3.2%p", "598개사", "12,345.6"]
        let table = TableBlock(columns: [TableColumn("구분"), TableColumn("값", alignment: .decimal)],
                               rows: values.enumerated().map { TableRow(["항목 \($0.offset)", $0.element], style: $0.offset == 6 ? .total : .normal) })
        let d = try doc([.table(table)])
        let cells = d.pages[0].allTextRuns.filter { $0.role == .table(.cell) && values.contains($0.text) }
        try #require(cells.count == values.count)
        let points = cells.map { $0.origin.x + approx.measure(decimalSplit($0.text).integer, font: $0.font).width }
        for (cell, x) in zip(cells, points) {
            #expect(abs(x - points[0]) < 0.001, "\(cell.text) aligned at \(x), expected \(points[0])")
        }
        // The widest fraction ends at the cell's right padding, inside the table.
        #expect(cells.map(\.box.maxX).max()! <= style.contentRect.maxX)
    }

    @Test("decimalSplit", arguments: [("666.7%", "666", ".7%"), ("1,000", "1,000", ""), ("-", "-", ""),
                                      ("598개사", "598", "개사"), ("+3.2%p", "+3", ".2%p"), ("1만 4,500명", "1만 4,500", "명"),
                                      ("2024. 4. 7.", "2024. 4. 7", ".")])
    func split(_ c: (String, String, String)) {
        let (i, f) = decimalSplit(c.0)
        #expect(i == c.1 && f == c.2)
    }

    @Test("a 200-row table flows across pages: every row once, in order, header on every page")
    func longTableFlows() throws {
        let d = try doc([.table(longTable(200))])
        #expect(d.pages.count >= 3)
        var seen: [String] = []
        for (p, page) in d.pages.enumerated() {
            let cells = page.allTextRuns.filter { $0.role == .table(.cell) && $0.origin.x < style.contentRect.minX + 60 }
            guard !cells.isEmpty else { continue }
            seen += cells.map(\.text)
            let headers = page.allTextRuns.filter { $0.role == .table(.header) }
            #expect(headers.map(\.text) == ["번호", "내용", "금액", "건수"], "page \(p + 1) lacks the header row")
            #expect(headers.map(\.box.maxY).max()! < cells.map(\.box.minY).min()!, "header below a row on page \(p + 1)")
            // One .table group per page, closed by one heavy rule below its last row.
            #expect(topLevelTags(page).filter { $0 == .table }.count == 1)
            let closing = flatten(page).filter { if case .path(let m) = $0.item { m.role == .table(.bottomRule) } else { false } }
            try #require(closing.count == 1, "page \(p + 1)")
            if case .path(let m) = closing[0].item, case .move(let a) = m.elements[0] {
                #expect(abs(a.y + closing[0].dy - cells.map(\.box.maxY).max()!) < 12, "closing rule not under the last row on page \(p + 1)")
            }
        }
        #expect(seen == (1...200).map { "행 \($0)" } + ["소계", "합계"])
    }

    @Test("a table without rows still gets its header and closing rule")
    func emptyTable() throws {
        let d = try doc([.table(TableBlock(columns: [TableColumn("구분"), TableColumn("값", alignment: .decimal)], rows: []))])
        let page = d.pages[0]
        #expect(runs(page, role: .table(.header)).map(\.text) == ["구분", "값"])
        #expect(flatten(page).contains { if case .path(let m) = $0.item { m.role == .table(.bottomRule) } else { false } })
    }

    @Test("short columns keep their line; the long text column gives way")
    func waterFilling() throws {
        let table = TableBlock(columns: [TableColumn("사업명"), TableColumn("기간", alignment: .center),
                                         TableColumn("계약액", alignment: .decimal), TableColumn("비고")],
                               rows: [TableRow(["미국 광융합 무역촉진단 로스앤젤레스 샌디에이고 현지 상담회 및 기업 설명회", "3. 24.~3. 30.", "1,000", "방문객 1만 4,500명"])])
        let m = TableMetrics(table: table, measurer: approx, regular: style.tableFont, bold: style.tableFont.weighted(.bold), padding: 5)
        let available = style.contentRect.width
        #expect(m.natural.reduce(0, +) > available)
        let w = m.columnWidths(available: available)
        #expect(abs(w.reduce(0, +) - available) < 0.001)
        #expect(w[1] == m.natural[1] && w[2] == m.natural[2] && w[3] == m.natural[3])
        #expect(w[0] < m.natural[0] && w[0] >= m.minimum[0])
        // With room to spare, every column gets the same extra.
        let roomy = m.columnWidths(available: m.natural.reduce(0, +) + 40)
        for c in w.indices { #expect(abs(roomy[c] - m.natural[c] - 10) < 0.001) }
    }

    @Test("table columns fit their contents; long text wraps between words")
    func tableWrapping() throws {
        let long = "광융합 기업 해외 판로 개척을 위한 현지 바이어 상담회와 전시회 참가 지원 및 후속 계약 관리 사업"
        let table = TableBlock(columns: [TableColumn("사업"), TableColumn("예산", alignment: .decimal)],
                               rows: [TableRow([long, "1,200.5"]), TableRow(["합계", "1,200.5"], style: .total)])
        let d = try doc([.table(table)])
        let page = d.pages[0]
        let lines = page.allTextRuns.filter { $0.role == .table(.cell) && $0.text != "1,200.5" && $0.text != "합계" }
        #expect(lines.count >= 2)
        #expect(lines.map(\.text).joined(separator: " ") == long)
        let numbers = page.allTextRuns.filter { $0.text == "1,200.5" }
        #expect(numbers.count == 2 && numbers[1].font.weight == .bold)
        for r in page.allTextRuns { #expect(style.contentRect.contains(r.box) || r.role == .pageNumber) }
    }

    @Test("a table with too many columns stays inside the page, text and figures alike")
    func tooManyColumns() throws {
        let columns = [TableColumn("지역")] + (1...14).map { TableColumn("\($0)월 실적", alignment: .decimal) }
        let rows = (1...3).map { r in TableRow(["권역 \(r)"] + (1...14).map { "\($0 * 1234 * r).5" }) }
        let d = try doc([.table(TableBlock(columns: columns, rows: rows))])
        let all = d.pages[0].allTextRuns
        #expect(all.filter { $0.role == .table(.cell) }.count >= 45)
        for r in all where r.role != .pageNumber {
            #expect(style.contentRect.contains(r.box), "\(r.text) at \(r.box)")
        }
        for a in all.indices { for b in all.indices where b > a {
            #expect(!all[a].box.insetBy(dx: 0.01, dy: 0.01).intersects(all[b].box.insetBy(dx: 0.01, dy: 0.01)), "\(all[a].text) / \(all[b].text)")
        } }
    }

    @Test("KPI tiles: one row, trend marks, values shrunk alike to fit")
    func tiles() throws {
        let d = try doc([.kpiTiles([
            KPITile(label: "총 계약", value: "1,000만 달러", comparison: "목표 대비 666.7%", trend: .up),
            KPITile(label: "전년 대비", value: "△7.1%", comparison: "66만 달러 감소", trend: .down),
            KPITile(label: "MOU", value: "2건", comparison: "전년 동일", trend: .neutral),
        ])])
        let all = d.pages[0].allTextRuns
        let values = all.filter { $0.role == .kpiValue }
        #expect(values.map(\.text) == ["1,000만 달러", "△7.1%", "2건"])
        #expect(Set(values.map(\.font.size)).count == 1)
        #expect(Set(values.map(\.origin.y)).count == 1)
        let cmp = all.filter { $0.role == .kpiComparison }
        #expect(cmp.map(\.text) == ["▲ 목표 대비 666.7%", "▼ 66만 달러 감소", "전년 동일"])
        #expect(cmp[0].color != cmp[1].color)
        #expect(cmp[0].font.weight == .bold && cmp[2].font.weight == .regular)
        let tileWidth = (style.contentRect.width - 2 * style.gutter) / 3
        for v in values { #expect(v.width <= tileWidth - 16 + 0.01) }
    }

    @Test("two columns sit side by side within their halves")
    func columns() throws {
        let half = layouter.columnWidth(for: style)
        let d = try doc([.columns([.figure(sampleChart(width: half, height: 150), caption: "왼쪽", alt: "왼쪽 그림")],
                                  [.bullets([Bullet(.point, "오른쪽 단의 설명 문장이 길어서 여러 줄로 나뉘어야 합니다 광융합 기업 지원")])])])
        let all = d.pages[0].allTextRuns
        let caption = try #require(all.first { $0.role == .caption })
        let right = all.filter { $0.role == .bulletText }
        #expect(right.count >= 2)
        #expect(caption.box.maxX <= style.contentRect.minX + half + 0.01)
        for r in right {
            #expect(r.box.minX >= style.contentRect.minX + half + style.gutter - 0.01)
            #expect(r.box.maxX <= style.contentRect.maxX + 0.01)
        }
    }

    @Test("errors name the block and what does not fit")
    func errors() {
        #expect(throws: DocumentLayoutError.rowCellCount(block: "blocks[1]", row: 2, expected: 2, found: 1)) {
            try doc([.spacer(1), .table(TableBlock(columns: [TableColumn("a"), TableColumn("b")], rows: [TableRow(["1", "2"]), TableRow(["3"])]))])
        }
        #expect(throws: DocumentLayoutError.figureTooWide(block: "blocks[0]", alt: "넓은 그림", width: 600, available: style.contentRect.width)) {
            try doc([.figure(Scene(size: Size(600, 100)), caption: nil, alt: "넓은 그림")])
        }
        let half = layouter.columnWidth(for: style)
        #expect(throws: DocumentLayoutError.figureTooWide(block: "blocks[0].columns.right[1]", alt: "반쪽", width: 300, available: half)) {
            try doc([.columns([], [.spacer(1), .figure(Scene(size: Size(300, 100)), caption: nil, alt: "반쪽")])])
        }
        #expect(throws: DocumentLayoutError.tileCount(block: "blocks[0]", count: 5)) {
            try doc([.kpiTiles(Array(repeating: KPITile(label: "a", value: "1"), count: 5))])
        }
        #expect(throws: DocumentLayoutError.noColumns(block: "blocks[0]")) {
            try doc([.table(TableBlock(columns: [], rows: []))])
        }
        do {
            _ = try doc([.bullets([Bullet(.point, "앞")]), .figure(Scene(size: Size(100, 900)), caption: nil, alt: "긴 그림")])
            Issue.record("a 900 pt figure fitted on a page")
        } catch let DocumentLayoutError.blockTooTall(block, what, height, available) {
            #expect(block == "blocks[1]" && what == "figure \"긴 그림\"" && height == 900)
            #expect(abs(available - style.contentRect.height) < 0.001)
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(DocumentLayoutError.rowCellCount(block: "blocks[1]", row: 2, expected: 2, found: 1).description
                == "blocks[1]: table row 2 has 1 cells, expected 2 (one per column)")
        #expect(DocumentLayoutError.blockTooTall(block: "blocks[1]", what: "figure", height: 900, available: 747.25).description
                == "blocks[1]: figure is 900.0 pt tall, a page holds 747.3 pt")
    }
}
