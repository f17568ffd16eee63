import BriefingLayout

extension SectionWriter {
    /// The title box (a one-cell table on the title fill, a heavy rule above
    /// and a light one below), then the date and department line on the
    /// right and, when given, the officer's. The first paragraph also holds
    /// the section's page setup and its page number.
    mutating func headerParagraphs(_ header: HeaderBlock) -> String {
        let cellID = paragraph(.title, Self.run(.title, header.title))
        var cell = TableCell(paragraphs: cellID, width: contentWidth, fill: .titleBox)
        cell.padding = (HWPUnit(points: 8), HWPUnit(points: 9))
        var out = table([[cell]], placement: TablePlacement(inline: true))
        // The section properties go at the start of the first paragraph's first run.
        if let runStart = out.range(of: "<hp:run charPrIDRef=\"0\">") {
            out.insert(contentsOf: SectionProperties(page: page).xml(), at: runStart.upperBound)
        }
        let meta = [header.date, header.department].filter { !$0.isEmpty }.joined(separator: "  ")
        out += paragraph(.meta, Self.run(.meta, meta))
        var officer: [String] = []
        if let o = header.officer { officer.append(page.labels.officer + " " + o) }
        if let c = header.contact { officer.append("☎ " + c) }
        if !officer.isEmpty { out += paragraph(.meta, Self.run(.officer, officer.joined(separator: "  "))) }
        return out
    }

    /// 요약: the navy "요 약" tab cell and the box of ▶ lines beside it.
    mutating func summaryBox(_ lines: [String], width: HWPUnit) -> String {
        let tabWidth = HWPUnit(points: 3.2 * page.summaryFont.size)
        var tab = TableCell(paragraphs: paragraph(.tileCenter, Self.run(.summaryTab, page.labels.summary)), width: tabWidth,
                            fill: .summaryTab)
        tab.padding = (HWPUnit(points: 3), HWPUnit(points: 6))
        var text = ""
        for line in lines {
            text += paragraph(.summary, Self.run(.summaryMark, "▶ ") + Self.run(.summary, line))
        }
        var body = TableCell(paragraphs: text, width: width - tabWidth, fill: .summaryBody)
        body.padding = (HWPUnit(points: 8), HWPUnit(points: 7))
        return table([[tab, body]], placement: TablePlacement(inline: true), paragraph: .figure)
    }

    /// KPI tiles: a one-row table, one cell a tile — label, big figure,
    /// comparison — with the PDF's gutter between them. The comparison is
    /// red and ▲ when up, blue and ▼ when down, as the PDF draws it.
    mutating func kpiTiles(_ tiles: [KPITile], width: HWPUnit) -> String {
        guard !tiles.isEmpty else { return "" }
        let gap = HWPUnit(points: page.gutter)
        let each = HWPUnit((width - HWPUnit(gap.value * (tiles.count + 1))).value / tiles.count)
        var cells: [TableCell] = []
        for t in tiles {
            var paragraphs = paragraph(.tileCenter, Self.run(.kpiLabel, t.label))
                + paragraph(.tileCenter, Self.run(.kpiValue, t.value))
            if let c = Self.comparison(t) {
                paragraphs += paragraph(.tileCenter, Self.run(.comparison(t.trend), c))
            }
            var cell = TableCell(paragraphs: paragraphs, width: each, fill: .tile)
            cell.padding = (HWPUnit(points: 4), HWPUnit(points: 6))
            cells.append(cell)
        }
        return table([cells], placement: TablePlacement(inline: true, cellSpacing: gap), paragraph: .figure)
    }

    /// A tile's comparison with the trend's mark, unless it has one already.
    static func comparison(_ t: KPITile) -> String? {
        guard let c = t.comparison else { return nil }
        if c.hasPrefix("▲") || c.hasPrefix("▼") { return c }
        switch t.trend {
        case .up: return "▲ " + c
        case .down: return "▼ " + c
        case .neutral: return c
        }
    }

    /// Two columns side by side: a two-cell table without rules, each cell
    /// holding its blocks at half the width less the gutter.
    mutating func columns(_ left: [Block], _ right: [Block], width: HWPUnit) throws -> String {
        let gap = HWPUnit(points: page.gutter)
        let half = HWPUnit((width - gap).value / 2)
        let inner = half - HWPUnit(2 * 141)
        var cells: [TableCell] = []
        for side in [left, right] {
            var cell = TableCell(paragraphs: try blocks(side, width: inner), width: half, fill: .none)
            if cell.paragraphs.isEmpty { cell.paragraphs = paragraph(.body, Self.run(.body, "")) }
            cell.vertical = .top
            cell.padding = (HWPUnit(141), HWPUnit(0))
            cells.append(cell)
        }
        cells[1].width = width - half
        return table([cells], placement: TablePlacement(inline: true), paragraph: .figure)
    }

    /// "붙임" in a small ruled box; the caller has set the page break before it.
    mutating func attachmentLabel(_ label: String) -> String {
        var cell = TableCell(paragraphs: paragraph(.tileCenter, Self.run(.attachment, label)),
                             width: HWPUnit(points: Double(label.count + 2) * page.metaFont.size), fill: .attachmentBox)
        cell.padding = (HWPUnit(points: 5), HWPUnit(points: 2))
        return table([[cell]], placement: TablePlacement(inline: true), paragraph: .attachment)
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return replacingCharacters(in: r, with: replacement)
    }
}
