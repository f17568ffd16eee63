extension DocumentLayout {
    /// A table as flow units: the unit note, the header row (kept with the
    /// first row, repeated after a page break), then one unit per row. All of
    /// them share a group id, so each page's part is one `.table` group.
    func tableUnits(_ table: TableBlock, block: String, width: Double, style: PageStyle, groupID: Int) throws -> [FlowUnit] {
        guard !table.columns.isEmpty else { throw DocumentLayoutError.noColumns(block: block) }
        for (i, row) in table.rows.enumerated() where row.cells.count != table.columns.count {
            throw DocumentLayoutError.rowCellCount(block: block, row: i + 1, expected: table.columns.count, found: row.cells.count)
        }
        let p = style.palette
        let regular = style.tableFont.weighted(.regular)
        let bold = style.tableFont.weighted(.bold)
        let leading = lineHeight(style.tableFont, style.compactLineSpacing)
        let padH = 6.0, padV = 3.5
        let metrics = TableMetrics(table: table, measurer: measurer, regular: regular, bold: bold, padding: padH)
        let widths = metrics.columnWidths(available: width)
        var xs: [Double] = [0]
        for w in widths { xs.append(xs.last! + w) }

        func verticalRules(_ height: Double) -> [SceneItem] {
            (1..<max(1, widths.count)).map { c in
                .path(.line(from: Point(xs[c], 0), to: Point(xs[c], height), stroke: Stroke(p.hairline, width: 0.5), role: .table(.verticalRule)))
            }
        }

        // Header
        let headerLines = table.columns.enumerated().map { c, col in lines(col.title, font: bold, width: widths[c] - 2 * padH) }
        let headerHeight = Double(headerLines.map(\.count).max() ?? 1) * leading + 2 * padV
        var headerItems: [SceneItem] = [
            .rect(RectMark(Rect(x: 0, y: 0, width: width, height: headerHeight), fill: p.headerFill, role: .table(.headerFill))),
        ]
        headerItems += verticalRules(headerHeight)
        headerItems.append(.path(.line(from: Point(0, 0.6), to: Point(width, 0.6), stroke: Stroke(p.rule, width: 1.2), role: .table(.topRule))))
        headerItems.append(.path(.line(from: Point(0, headerHeight), to: Point(width, headerHeight), stroke: Stroke(p.rule, width: 0.6), role: .table(.headerRule))))
        for (c, ls) in headerLines.enumerated() {
            let blockTop = (headerHeight - Double(ls.count) * leading) / 2
            headerItems += runs(ls, font: bold, color: p.text, x: xs[c] + padH, top: blockTop, leading: leading,
                                alignment: .center, width: widths[c] - 2 * padH, role: .table(.header))
        }
        // The trailer closes a table with no rows; otherwise the last row's wins.
        let header = FlowUnit(label: "table header", height: headerHeight, spaceBefore: 0, items: headerItems,
                              tag: .table, keepWithNext: true, groupID: groupID,
                              trailer: [.path(.line(from: Point(0, headerHeight - 0.6), to: Point(width, headerHeight - 0.6),
                                                    stroke: Stroke(p.rule, width: 1.2), role: .table(.bottomRule)))])
        var headerRepeat = header
        headerRepeat.keepWithNext = false

        var units: [FlowUnit] = []
        if let note = table.unitNote {
            let font = style.unitNoteFont
            let nl = lines(note, font: font, width: width)
            let nLeading = lineHeight(font, 1.3)
            let items = runs(nl, font: font, color: p.muted, x: 0, top: 0, leading: nLeading, alignment: .trailing, width: width, role: .unitNote)
            units.append(FlowUnit(label: "unit note", height: Double(nl.count) * nLeading + 2, spaceBefore: style.blockGap,
                                  items: items, tag: .paragraph, keepWithNext: true))
            units.append(withSpace(header, 0))
        } else {
            units.append(withSpace(header, style.blockGap))
        }

        // A decimal column squeezed below its numbers' width (far too many
        // columns for the page) falls back to right-aligned, wrapped cells
        // rather than letting figures run out of their cells.
        let decimalFits = table.columns.indices.map { c in
            table.columns[c].alignment == .decimal
                && metrics.integerWidth[c] + metrics.fractionWidth[c] <= widths[c] - 2 * padH + 0.01
        }
        var normalIndex = 0
        for (r, row) in table.rows.enumerated() {
            let font = row.style == .normal ? regular : bold
            let cellLines: [[String]] = row.cells.enumerated().map { c, text in
                decimalFits[c] ? [text] : lines(text, font: font, width: widths[c] - 2 * padH)
            }
            let height = Double(cellLines.map(\.count).max() ?? 1) * leading + 2 * padV
            var items: [SceneItem] = []
            switch row.style {
            case .normal:
                if table.zebra && normalIndex % 2 == 1 {
                    items.append(.rect(RectMark(Rect(x: 0, y: 0, width: width, height: height), fill: p.zebraFill, role: .table(.zebra))))
                }
                normalIndex += 1
            case .subtotal:
                items.append(.rect(RectMark(Rect(x: 0, y: 0, width: width, height: height), fill: p.subtotalFill, role: .table(.subtotalFill))))
            case .total:
                items.append(.rect(RectMark(Rect(x: 0, y: 0, width: width, height: height), fill: p.totalFill, role: .table(.totalFill))))
            }
            items += verticalRules(height)
            if row.style != .normal {
                items.append(.path(.line(from: Point(0, 0), to: Point(width, 0), stroke: Stroke(p.rule, width: row.style == .total ? 0.9 : 0.6), role: .table(row.style == .total ? .totalRule : .subtotalRule))))
            }
            items.append(.path(.line(from: Point(0, height), to: Point(width, height), stroke: Stroke(p.hairline, width: 0.5), role: .table(.rowRule))))
            for (c, ls) in cellLines.enumerated() {
                let left = xs[c] + padH, inner = widths[c] - 2 * padH
                // Cells are centred vertically in a row some other cell made taller.
                let top = (height - Double(ls.count) * leading) / 2
                switch table.columns[c].alignment {
                case .decimal where !decimalFits[c]:
                    items += runs(ls, font: font, color: p.text, x: left, top: top, leading: leading, alignment: .trailing, width: inner, role: .table(.cell))
                case .leading:
                    items += runs(ls, font: font, color: p.text, x: left, top: top, leading: leading, role: .table(.cell))
                case .center:
                    items += runs(ls, font: font, color: p.text, x: left, top: top, leading: leading, alignment: .center, width: inner, role: .table(.cell))
                case .trailing:
                    items += runs(ls, font: font, color: p.text, x: left, top: top, leading: leading, alignment: .trailing, width: inner, role: .table(.cell))
                case .decimal:
                    // The aligned block of numbers is centred in the column, so a
                    // stretched column does not push its figures far from their labels.
                    let block = metrics.integerWidth[c] + metrics.fractionWidth[c]
                    let anchor = xs[c] + (widths[c] - block) / 2 + metrics.integerWidth[c]
                    let intWidth = measurer.measure(decimalSplit(row.cells[c]).integer, font: font).width
                    items += runs(ls, font: font, color: p.text, x: anchor - intWidth, top: top, leading: leading, role: .table(.cell))
                }
            }
            let closing: [SceneItem] = [.path(.line(from: Point(0, height - 0.6), to: Point(width, height - 0.6),
                                                    stroke: Stroke(p.rule, width: 1.2), role: .table(.bottomRule)))]
            units.append(FlowUnit(label: "table row \(r + 1)", height: height, spaceBefore: 0, items: items, tag: .table,
                                  groupID: groupID, continuation: [headerRepeat], trailer: closing))
        }
        return units
    }

    private func withSpace(_ u: FlowUnit, _ space: Double) -> FlowUnit {
        var u = u
        u.spaceBefore = space
        return u
    }
}

/// Widths a table's columns want: natural (every cell on one line), and the
/// least a text column can take (its widest word, as cells wrap keep-all).
struct TableMetrics<M: TextMeasurer> {
    var natural: [Double]
    var minimum: [Double]
    var shrinkable: [Bool]
    /// Per decimal column, the widest part before and after the alignment point.
    var integerWidth: [Double]
    var fractionWidth: [Double]

    init(table: TableBlock, measurer: M, regular: FontSpec, bold: FontSpec, padding: Double) {
        let n = table.columns.count
        natural = Array(repeating: 0, count: n)
        minimum = Array(repeating: 0, count: n)
        fractionWidth = Array(repeating: 0, count: n)
        integerWidth = Array(repeating: 0, count: n)
        shrinkable = table.columns.map { $0.alignment == .leading || $0.alignment == .center }
        func w(_ s: String, _ f: FontSpec) -> Double { measurer.measure(s, font: f).width }
        func widestWord(_ s: String, _ f: FontSpec) -> Double {
            s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { w(String($0), f) }.max() ?? 0
        }
        for (c, col) in table.columns.enumerated() {
            natural[c] = col.title.split(separator: "\n").map { w(String($0), bold) }.max() ?? 0
            minimum[c] = widestWord(col.title, bold)
            var intMax = 0.0, fracMax = 0.0
            for row in table.rows {
                let f = row.style == .normal ? regular : bold
                let text = row.cells[c]
                if col.alignment == .decimal {
                    let (i, fr) = decimalSplit(text)
                    intMax = max(intMax, w(i, f)); fracMax = max(fracMax, w(fr, f))
                } else {
                    natural[c] = max(natural[c], text.split(separator: "\n").map { w(String($0), f) }.max() ?? 0)
                    minimum[c] = max(minimum[c], widestWord(text, f))
                }
            }
            if col.alignment == .decimal {
                natural[c] = max(natural[c], intMax + fracMax)
                fractionWidth[c] = fracMax
                integerWidth[c] = intMax
            }
            if !shrinkable[c] { minimum[c] = natural[c] }
            natural[c] += 2 * padding
            minimum[c] += 2 * padding
        }
    }

    /// Fills `available`. Extra room is shared equally (narrow columns gain
    /// relatively more, so a two-column table does not become one wide label
    /// column and a sliver). When room is short, the widest text columns give
    /// way first ("water-filling": every text column is capped at one common
    /// width, never below its widest word), so a short date or name column
    /// keeps its line while a long description wraps; number columns never
    /// wrap unless even the widest words do not fit.
    func columnWidths(available: Double) -> [Double] {
        let total = natural.reduce(0, +)
        if total <= available {
            return natural.map { $0 + (available - total) / Double(natural.count) }
        }
        let fixed = natural.indices.filter { !shrinkable[$0] }.reduce(0.0) { $0 + natural[$1] }
        let floor = natural.indices.filter { shrinkable[$0] }.reduce(0.0) { $0 + minimum[$1] }
        guard fixed + floor <= available else {
            let minTotal = minimum.reduce(0, +)
            return minimum.map { $0 * available / minTotal }
        }
        func widths(cap: Double) -> [Double] {
            natural.indices.map { c in shrinkable[c] ? max(minimum[c], min(natural[c], cap)) : natural[c] }
        }
        var low = 0.0, high = natural.max() ?? 0
        for _ in 0..<60 {
            let mid = (low + high) / 2
            if widths(cap: mid).reduce(0, +) > available { high = mid } else { low = mid }
        }
        var result = widths(cap: low)
        // Hand the sub-point remainder of the search to the widest column.
        if let widest = result.indices.max(by: { result[$0] < result[$1] }) {
            result[widest] += available - result.reduce(0, +)
        }
        return result
    }
}
