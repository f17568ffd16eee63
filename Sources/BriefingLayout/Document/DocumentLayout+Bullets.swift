extension DocumentLayout {
    /// 개조식 lines. Each level sits two character widths further in than the
    /// one above; one space separates the symbol from the text; wrapped lines
    /// hang at the text, not the symbol. A □ line is a heading: tagged, in the
    /// outline, and kept with the line after it.
    func bulletUnits(_ bullets: [Bullet], width: Double, style: PageStyle, context: inout LayoutContext) -> [FlowUnit] {
        var units: [FlowUnit] = []
        for (i, bullet) in bullets.enumerated() {
            let font = style.font(for: bullet.level)
            let leading = lineHeight(font, style.lineSpacing)
            let symbolX = indent(for: bullet.level, style: style)
            let symbol = bullet.level.symbol
            let sm = measurer.measure(symbol, font: font)
            let textX = symbolX + sm.width + measurer.measure(" ", font: font).width
            let broken = lines(bullet.text, font: font, width: width - textX)
            let first = measurer.measure(broken.first ?? "", font: font)
            let base = (leading - first.height) / 2 + first.ascent
            let isHeadline = bullet.level == .headline
            let color = isHeadline ? style.palette.accent : style.palette.text
            var items: [SceneItem] = [
                .text(TextRun(symbol, font: font, color: color, origin: Point(symbolX, base), metrics: sm,
                              role: .bulletSymbol))
            ]
            items += runs(broken, font: font, color: style.palette.text, x: textX, top: 0, leading: leading,
                          role: isHeadline ? .bulletHeadline : .bulletText)
            let space = i == 0 ? max(style.blockGap, style.spaceBefore[bullet.level]) : style.spaceBefore[bullet.level]
            var unit = FlowUnit(label: "\(symbol) \(bullet.text)", height: Double(broken.count) * leading,
                                spaceBefore: space, items: items, tag: .paragraph)
            if isHeadline {
                let level = context.headingLevel + 1
                unit.tag = .heading(level: level)
                unit.keepWithNext = true
                unit.outline = [PendingOutline(title: bullet.text, level: level, dy: 0)]
            }
            context.lastBulletTextX = textX
            if broken.count >= 4 && !isHeadline {
                context.nextGroupID += 1
                units += splitByLine(unit, lines: broken, symbolItem: items[0], font: font, x: textX,
                                     leading: leading, groupID: context.nextGroupID, style: style)
            } else {
                units.append(unit)
            }
        }
        return units
    }

    /// A bullet of four lines or more may break across pages, but between
    /// lines only, and never leaving a single line behind or alone at the top
    /// (the first two and the last two lines stay together). Its lines share a
    /// group id, so each page's part is still one tagged paragraph.
    private func splitByLine(_ unit: FlowUnit, lines broken: [String], symbolItem: SceneItem, font: FontSpec, x: Double,
                             leading: Double, groupID: Int, style: PageStyle) -> [FlowUnit] {
        broken.enumerated().map { k, line in
            var items = runs([line], font: font, color: style.palette.text, x: x, top: 0, leading: leading, role: .bulletText)
            if k == 0 { items.insert(symbolItem, at: 0) }
            return FlowUnit(label: unit.label + " (line \(k + 1))", height: leading, spaceBefore: k == 0 ? unit.spaceBefore : 0,
                            items: items, tag: .paragraph, keepWithNext: k == 0 || k == broken.count - 2, groupID: groupID)
        }
    }

    /// `* …` or `※ …` in the note font, hanging at the text, starting at `x`
    /// (under the text of the bullet it follows, or at the margin).
    func markedNoteUnit(_ mark: String, _ text: String, x: Double, width: Double, style: PageStyle,
                        role: SceneRole, markRole: SceneRole) -> FlowUnit {
        let font = style.noteFont
        let leading = lineHeight(font, 1.45)
        let mm = measurer.measure(mark, font: font)
        let textX = x + mm.width + measurer.measure(" ", font: font).width
        let broken = lines(text, font: font, width: width - textX)
        let first = measurer.measure(broken.first ?? "", font: font)
        var items: [SceneItem] = [
            .text(TextRun(mark, font: font, color: style.palette.muted,
                          origin: Point(x, (leading - first.height) / 2 + first.ascent), metrics: mm, role: markRole))
        ]
        items += runs(broken, font: font, color: style.palette.muted, x: textX, top: 0, leading: leading, role: role)
        return FlowUnit(label: "\(mark) \(text)", height: Double(broken.count) * leading, spaceBefore: 4,
                        items: items, tag: .paragraph)
    }

    /// A source line, as given, small and grey at the margin.
    func sourceUnit(_ text: String, width: Double, style: PageStyle) -> FlowUnit {
        let font = style.noteFont.sized(style.noteFont.size - 1)
        let leading = lineHeight(font, 1.45)
        let broken = lines(text, font: font, width: width)
        let items = runs(broken, font: font, color: style.palette.muted, x: 0, top: 0, leading: leading, role: .source)
        return FlowUnit(label: text, height: Double(broken.count) * leading, spaceBefore: 4, items: items, tag: .paragraph)
    }
}
