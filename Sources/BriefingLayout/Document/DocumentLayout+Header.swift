extension DocumentLayout {
    /// The title box (a light band between a heavy navy rule above and a thin
    /// one below, as 보고서 title boxes are drawn), then the date and
    /// department right-aligned under it, then 담당 and contact if given.
    func headerUnits(_ header: HeaderBlock, style: PageStyle) -> [FlowUnit] {
        let width = contentWidth(for: style)
        let p = style.palette
        let font = style.titleFont
        let leading = lineHeight(font, 1.35)
        let padV = 11.0, padH = 14.0
        let titleLines = lines(header.title, font: font, width: width - 2 * padH)
        let boxHeight = Double(titleLines.count) * leading + 2 * padV
        var titleItems: [SceneItem] = [
            .rect(RectMark(Rect(x: 0, y: 0, width: width, height: boxHeight), fill: p.titleFill, role: .titleBox)),
            .path(.line(from: Point(0, 1.25), to: Point(width, 1.25), stroke: Stroke(p.rule, width: 2.5), role: .titleRule)),
            .path(.line(from: Point(0, boxHeight - 0.5), to: Point(width, boxHeight - 0.5),
                        stroke: Stroke(p.rule, width: 1), role: .titleRule)),
        ]
        titleItems += runs(titleLines, font: font, color: p.text, x: padH, top: padV, leading: leading,
                           alignment: .center, width: width - 2 * padH, role: .title)
        let title = FlowUnit(label: "title", height: boxHeight, spaceBefore: 0, items: titleItems,
                             tag: .heading(level: 1), keepWithNext: true,
                             outline: [PendingOutline(title: header.title, level: 1, dy: 0)])

        let meta = style.metaFont
        let metaLeading = lineHeight(meta, 1.45)
        var metaLines = [header.date + "  " + header.department]
        var officer: [String] = []
        if let o = header.officer { officer.append(style.labels.officer + " " + o) }
        if let c = header.contact { officer.append("☎ " + c) }
        if !officer.isEmpty { metaLines.append(officer.joined(separator: "  ")) }
        var metaItems: [SceneItem] = []
        var y = 0.0
        // Date and department on one line, clearly apart (two spaces read as one
        // narrow gap) yet close enough that copied text keeps them on one line;
        // the date is drawn first so text extraction reads it first.
        let dateWidth = measurer.measure(header.date, font: meta).width
        let deptWidth = measurer.measure(header.department, font: meta).width
        let gap = meta.size * 0.6
        if !header.date.isEmpty, !header.department.isEmpty, dateWidth + gap + deptWidth <= width {
            metaItems += runs([header.date], font: meta, color: p.text, x: 0, top: 0, leading: metaLeading,
                              alignment: .trailing, width: width - deptWidth - gap, role: .dateDepartment)
            metaItems += runs([header.department], font: meta, color: p.text, x: 0, top: 0, leading: metaLeading,
                              alignment: .trailing, width: width, role: .dateDepartment)
            metaLines.removeFirst()
            y = metaLeading
        }
        for (i, line) in metaLines.enumerated() {
            let broken = lines(line, font: meta, width: width)
            let isDateLine = i == 0 && y == 0
            metaItems += runs(broken, font: meta, color: isDateLine ? p.text : p.muted, x: 0, top: y, leading: metaLeading,
                              alignment: .trailing, width: width, role: isDateLine ? .dateDepartment : .officer)
            y += Double(broken.count) * metaLeading
        }
        let metaUnit = FlowUnit(label: "date and department", height: y, spaceBefore: 4, items: metaItems, tag: .paragraph)
        return [title, metaUnit].map { var u = $0; u.block = "header"; return u }
    }

    /// 요약: a ruled box with a navy "요 약" tab on its left and the
    /// conclusion-first lines, each after ▶ with a hanging indent.
    func summaryUnit(_ items: [String], width: Double, style: PageStyle) -> FlowUnit {
        let p = style.palette
        let font = style.summaryFont
        let leading = lineHeight(font, 1.5)
        let tabFont = FontSpec(family: style.fonts.gothic, weight: .bold, size: 12)
        let tabLabel = style.labels.summary
        let tabWidth = measurer.measure(tabLabel, font: tabFont).width + 16
        let padV = 8.0, padH = 10.0
        let textLeft = tabWidth + padH
        let mark = "▶ "
        let markWidth = measurer.measure(mark, font: font).width
        var body: [SceneItem] = []
        var y = padV
        for item in items {
            let broken = lines(item, font: font, width: width - textLeft - padH - markWidth)
            guard let first = broken.first else { continue }
            let m = measurer.measure(first, font: font)
            let base = y + (leading - m.height) / 2 + m.ascent
            let mm = measurer.measure("▶", font: font)
            body.append(.text(TextRun("▶", font: font, color: p.accent, origin: Point(textLeft, base), metrics: mm, role: .summaryMark)))
            body += runs(broken, font: font, color: p.text, x: textLeft + markWidth, top: y, leading: leading, role: .summary)
            y += Double(broken.count) * leading
        }
        let height = max(y + padV, measurer.measure(tabLabel, font: tabFont).height + 2 * padV)
        var out: [SceneItem] = [
            .rect(RectMark(Rect(x: 0.5, y: 0.5, width: width - 1, height: height - 1), fill: .white,
                           stroke: Stroke(p.rule, width: 1), role: .summaryBox)),
            .rect(RectMark(Rect(x: 0.5, y: 0.5, width: tabWidth, height: height - 1), fill: p.accent, role: .summaryTab)),
        ]
        let tm = measurer.measure(tabLabel, font: tabFont)
        out.append(.text(TextRun(tabLabel, font: tabFont, color: .white,
                                 origin: Point(0.5 + (tabWidth - tm.width) / 2, height / 2 - tm.height / 2 + tm.ascent),
                                 metrics: tm, role: .summaryLabel)))
        out += body
        return FlowUnit(label: "summary", height: height, spaceBefore: style.blockGap, items: out, tag: .paragraph)
    }

    /// A heading block: level 1 in the headline font over a thin navy rule,
    /// level 2 a little smaller. Kept with what follows; in the outline.
    func headingUnit(_ text: String, level requested: Int, width: Double, style: PageStyle, context: inout LayoutContext) -> FlowUnit {
        // Level 1 or 2 (anything else is clamped): the title is the only level-0 thing on a page.
        let level = min(max(requested, 1), 2)
        let base = style.headlineFont
        let font = level <= 1 ? base.sized(base.size + 1) : base.sized(max(base.size - 1, 10))
        let leading = lineHeight(font, 1.4)
        let broken = lines(text, font: font, width: width)
        var items = runs(broken, font: font, color: style.palette.accent, x: 0, top: 0, leading: leading, role: .heading)
        var height = Double(broken.count) * leading
        if level <= 1 {
            items.append(.path(.line(from: Point(0, height + 1), to: Point(width, height + 1),
                                     stroke: Stroke(style.palette.rule, width: 0.8), role: .headingRule)))
            height += 3
        }
        let outlineLevel = level + context.headingBase
        context.headingLevel = outlineLevel
        return FlowUnit(label: "heading \(text)", height: height, spaceBefore: style.blockGap + style.spaceBefore.headline,
                        items: items, tag: .heading(level: outlineLevel), keepWithNext: true,
                        outline: [PendingOutline(title: text, level: outlineLevel, dy: 0)])
    }

    /// "붙임" (or "붙임 n") in a small ruled box at the top of a new page.
    func attachmentLabelUnit(_ label: String, style: PageStyle) -> FlowUnit {
        let font = FontSpec(family: style.fonts.gothic, weight: .bold, size: 13)
        let m = measurer.measure(label, font: font)
        let padH = 8.0, padV = 4.0
        let box = Rect(x: 0.5, y: 0.5, width: m.width + 2 * padH, height: m.height + 2 * padV)
        let items: [SceneItem] = [
            .rect(RectMark(box, stroke: Stroke(style.palette.rule, width: 1), role: .attachmentBox)),
            .text(TextRun(label, font: font, color: style.palette.accent, origin: Point(box.x + padH, box.y + padV + m.ascent),
                          metrics: m, role: .attachmentLabel)),
        ]
        return FlowUnit(label: label, height: box.maxY + 0.5, spaceBefore: 0, items: items, tag: .heading(level: 2),
                        keepWithNext: true, outline: [PendingOutline(title: label, level: 2, dy: 0)], startsNewPage: true)
    }
}
