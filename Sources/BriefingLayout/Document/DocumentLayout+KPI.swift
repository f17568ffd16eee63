extension DocumentLayout {
    /// 1–4 tiles in a row, equal widths. Each: label, big figure, comparison.
    /// Labels, figures and comparisons line up across tiles. The figure size
    /// is shrunk for all tiles alike when one does not fit (never below 12 pt;
    /// past that it wraps). The comparison is coloured by trend and carries
    /// ▲/▼ and bold weight too, so greyscale print keeps its meaning.
    func kpiUnit(_ tiles: [KPITile], block: String, width: Double, style: PageStyle) throws -> FlowUnit {
        guard (1...4).contains(tiles.count) else { throw DocumentLayoutError.tileCount(block: block, count: tiles.count) }
        let p = style.palette
        let gap = style.gutter
        let tileWidth = (width - gap * Double(tiles.count - 1)) / Double(tiles.count)
        let padH = 8.0, padTop = 10.0, padBottom = 9.0, accentBar = 3.0
        let inner = tileWidth - 2 * padH

        func comparisonText(_ t: KPITile) -> String? {
            guard let c = t.comparison else { return nil }
            let marked = c.hasPrefix("▲") || c.hasPrefix("▼")
            switch t.trend {
            case .up: return marked ? c : "▲ " + c
            case .down: return marked ? c : "▼ " + c
            case .neutral: return c
            }
        }
        var valueFont = style.kpiValueFont
        for t in tiles {
            let w = measurer.measure(t.value, font: valueFont).width
            if w > inner { valueFont = valueFont.sized(max(12, (valueFont.size * inner / w * 100).rounded(.down) / 100)) }
        }
        let labelFont = style.kpiLabelFont
        // Comparisons shrink alike too (never below 9 pt) rather than break
        // `목표 대비 666.7%` over two lines.
        var cmpFont = style.kpiComparisonFont
        for t in tiles {
            guard let text = comparisonText(t) else { continue }
            let w = measurer.measure(text, font: cmpFont.weighted(t.trend == .neutral ? .regular : .bold)).width
            if w > inner { cmpFont = cmpFont.sized(max(9, (cmpFont.size * inner / w * 100).rounded(.down) / 100)) }
        }
        let labelLeading = lineHeight(labelFont, style.compactLineSpacing)
        let valueLeading = lineHeight(valueFont, 1.25)
        let cmpLeading = lineHeight(cmpFont, style.compactLineSpacing)

        let labelLines = tiles.map { lines($0.label, font: labelFont, width: inner) }
        let valueLines = tiles.map { lines($0.value, font: valueFont, width: inner) }
        let cmpLines = tiles.map { t in
            comparisonText(t).map { lines($0, font: cmpFont.weighted(t.trend == .neutral ? .regular : .bold), width: inner) } ?? []
        }
        let labelH = Double(labelLines.map(\.count).max() ?? 1) * labelLeading
        let valueH = Double(valueLines.map(\.count).max() ?? 1) * valueLeading
        let cmpH = Double(cmpLines.map(\.count).max() ?? 0) * cmpLeading
        let height = accentBar + padTop + labelH + 2 + valueH + (cmpH > 0 ? 2 + cmpH : 0) + padBottom

        var items: [SceneItem] = []
        for (i, t) in tiles.enumerated() {
            let x = Double(i) * (tileWidth + gap)
            let trendColor: Color = switch t.trend { case .up: p.up; case .down: p.down; case .neutral: p.neutral }
            items.append(.rect(RectMark(Rect(x: x + 0.5, y: 0.5, width: tileWidth - 1, height: height - 1), fill: p.titleFill,
                                        stroke: Stroke(p.hairline, width: 0.75), role: .kpiTile(label: t.label))))
            items.append(.rect(RectMark(Rect(x: x, y: 0, width: tileWidth, height: accentBar), fill: p.accent, role: .kpiAccent)))
            var y = accentBar + padTop
            items += runs(labelLines[i], font: labelFont, color: p.muted, x: x + padH, top: y, leading: labelLeading,
                          alignment: .center, width: inner, role: .kpiLabel)
            y += labelH + 2
            items += runs(valueLines[i], font: valueFont, color: p.accent, x: x + padH, top: y, leading: valueLeading,
                          alignment: .center, width: inner, role: .kpiValue)
            y += valueH + 2
            let cf = cmpFont.weighted(t.trend == .neutral ? .regular : .bold)
            items += runs(cmpLines[i], font: cf, color: trendColor, x: x + padH, top: y, leading: cmpLeading,
                          alignment: .center, width: inner, role: .kpiComparison)
        }
        return FlowUnit(label: "KPI tiles", height: height, spaceBefore: style.blockGap, items: items, tag: .paragraph)
    }

    /// A chart Scene placed at its own size, centred, with its background,
    /// tagged as a figure with its alt text; the caption centred below it.
    func figureUnit(_ scene: Scene, caption: String?, alt: String, block: String, width: Double, style: PageStyle,
                    version: FigureVersion) throws -> FlowUnit {
        guard scene.size.width <= width + 0.5 else {
            throw DocumentLayoutError.figureTooWide(block: block, alt: alt, width: scene.size.width, available: width)
        }
        let x = max(0, (width - scene.size.width) / 2)
        var picture: [SceneItem] = []
        if let bg = scene.background {
            picture.append(.rect(RectMark(Rect(x: 0, y: 0, width: scene.size.width, height: scene.size.height), fill: bg,
                                          role: .figureBackground)))
        }
        picture += scene.items
        // Clipped to its own bounds: a mark that strays outside the chart must
        // not draw over the text beside or below it.
        let bounds = Rect(x: 0, y: 0, width: scene.size.width, height: scene.size.height)
        var items: [SceneItem] = [.group(Group(offset: Point(x, 0), clip: bounds, tag: .figure(alt: alt), items: picture))]
        var height = scene.size.height
        if let caption {
            let font = style.captionFont
            let leading = lineHeight(font, 1.4)
            let broken = lines(caption, font: font, width: width)
            items += runs(broken, font: font, color: style.palette.muted, x: 0, top: height + 4, leading: leading,
                          alignment: .center, width: width, role: .caption)
            height += 4 + Double(broken.count) * leading
        }
        return FlowUnit(label: "figure \"\(alt)\"", height: height, spaceBefore: style.blockGap, items: items, figures: [version])
    }
}
