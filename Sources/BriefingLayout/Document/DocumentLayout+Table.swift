extension DocumentLayout {
    /// A table as flow units: the unit note, the header row (kept with the
    /// first row, repeated after a page break), then one unit per row. All of
    /// them share a group id, so each page's part is one `.table` group.
    func tableUnits(_ table: TableBlock, block: String, width: Double, style: PageStyle, groupID: Int) throws -> [FlowUnit] {
        guard !table.columns.isEmpty else { throw DocumentLayoutError.noColumns(block: block) }
        for (i, row) in table.rows.enumerated() where row.cells.count != table.columns.count {
            throw DocumentLayoutError.rowCellCount(block: block, row: i + 1, expected: table.columns.count, found: row.cells.count)
        }
        let grid = TableGrid(table: table, width: width, style: style, measurer: measurer,
                             leading: lineHeight(style.tableFont, style.compactLineSpacing))
        let header = tableHeaderUnit(table, grid: grid, style: style, groupID: groupID)
        var headerRepeat = header
        headerRepeat.keepWithNext = false

        var units: [FlowUnit] = []
        if let note = table.unitNote {
            units.append(unitNoteUnit(note, width: width, style: style))
            units.append(withSpace(header, 0))
        } else {
            units.append(withSpace(header, style.blockGap))
        }
        var normalIndex = 0
        for (r, row) in table.rows.enumerated() {
            // Zebra stripes count normal rows only, so a subtotal does not shift them.
            let striped = row.style == .normal && table.zebra && normalIndex % 2 == 1
            if row.style == .normal { normalIndex += 1 }
            var unit = tableRowUnit(row, table: table, grid: grid, style: style, striped: striped)
            unit.label = "table row \(r + 1)"
            unit.groupID = groupID
            unit.continuation = [headerRepeat]
            units.append(unit)
        }
        return units
    }

    /// `(단위: 만 달러)` above the table, right-aligned, kept with the header.
    func unitNoteUnit(_ note: String, width: Double, style: PageStyle) -> FlowUnit {
        let font = style.unitNoteFont
        let noteLines = lines(note, font: font, width: width)
        let leading = lineHeight(font, 1.3)
        let items = runs(noteLines, font: font, color: style.palette.muted, x: 0, top: 0, leading: leading,
                         alignment: .trailing, width: width, role: .unitNote)
        return FlowUnit(label: "unit note", height: Double(noteLines.count) * leading + 2, spaceBefore: style.blockGap,
                        items: items, tag: .paragraph, keepWithNext: true)
    }

    /// The header row: titles centred in bold on a fill, between the table's
    /// top rule and a thinner rule under it.
    func tableHeaderUnit(_ table: TableBlock, grid: TableGrid<M>, style: PageStyle, groupID: Int) -> FlowUnit {
        let p = style.palette, width = grid.width
        let headerLines = table.columns.enumerated().map { c, col in lines(col.title, font: grid.bold, width: grid.inner(c)) }
        let headerHeight = Double(headerLines.map(\.count).max() ?? 1) * grid.leading + 2 * grid.paddingY
        var items: [SceneItem] = [
            .rect(RectMark(Rect(x: 0, y: 0, width: width, height: headerHeight), fill: p.headerFill, role: .table(.headerFill))),
        ]
        items += grid.verticalRules(headerHeight, color: p.hairline)
        items.append(.path(.line(from: Point(0, 0.6), to: Point(width, 0.6), stroke: Stroke(p.rule, width: 1.2), role: .table(.topRule))))
        items.append(.path(.line(from: Point(0, headerHeight), to: Point(width, headerHeight), stroke: Stroke(p.rule, width: 0.6),
                                 role: .table(.headerRule))))
        for (c, ls) in headerLines.enumerated() {
            let blockTop = (headerHeight - Double(ls.count) * grid.leading) / 2
            items += runs(ls, font: grid.bold, color: p.text, x: grid.xs[c] + grid.paddingX, top: blockTop, leading: grid.leading,
                          alignment: .center, width: grid.inner(c), role: .table(.header))
        }
        // The trailer closes a table with no rows; otherwise the last row's wins.
        return FlowUnit(label: "table header", height: headerHeight, spaceBefore: 0, items: items,
                        tag: .table, keepWithNext: true, groupID: groupID,
                        trailer: [closingRule(at: headerHeight, width: width, style: style)])
    }

    /// One body row: its fill (zebra, subtotal, total), rules, and cells
    /// centred vertically in a row some other cell made taller.
    func tableRowUnit(_ row: TableRow, table: TableBlock, grid: TableGrid<M>, style: PageStyle, striped: Bool) -> FlowUnit {
        let p = style.palette, width = grid.width
        let font = row.style == .normal ? grid.regular : grid.bold
        let cellLines: [[String]] = row.cells.enumerated().map { c, text in
            grid.decimalFits[c] ? [text] : lines(text, font: font, width: grid.inner(c))
        }
        let height = Double(cellLines.map(\.count).max() ?? 1) * grid.leading + 2 * grid.paddingY
        var items: [SceneItem] = []
        let fill: (color: Color, role: SceneRole)? = switch row.style {
        case .normal: striped ? (p.zebraFill, .table(.zebra)) : nil
        case .subtotal: (p.subtotalFill, .table(.subtotalFill))
        case .total: (p.totalFill, .table(.totalFill))
        }
        if let fill {
            items.append(.rect(RectMark(Rect(x: 0, y: 0, width: width, height: height), fill: fill.color, role: fill.role)))
        }
        items += grid.verticalRules(height, color: p.hairline)
        if row.style != .normal {
            let total = row.style == .total
            items.append(.path(.line(from: Point(0, 0), to: Point(width, 0), stroke: Stroke(p.rule, width: total ? 0.9 : 0.6),
                                     role: .table(total ? .totalRule : .subtotalRule))))
        }
        items.append(.path(.line(from: Point(0, height), to: Point(width, height), stroke: Stroke(p.hairline, width: 0.5),
                                 role: .table(.rowRule))))
        for (c, ls) in cellLines.enumerated() {
            let top = (height - Double(ls.count) * grid.leading) / 2
            items += cellRuns(ls, text: row.cells[c], column: c, table: table, grid: grid, font: font, top: top, color: p.text)
        }
        return FlowUnit(label: "table row", height: height, spaceBefore: 0, items: items, tag: .table,
                        trailer: [closingRule(at: height, width: width, style: style)])
    }

    /// A cell's lines, aligned as its column says. Decimal columns line their
    /// figures up on the decimal point, the aligned block centred in the
    /// column so a stretched column does not push figures far from their labels.
    func cellRuns(_ ls: [String], text: String, column c: Int, table: TableBlock, grid: TableGrid<M>, font: FontSpec,
                  top: Double, color: Color) -> [SceneItem] {
        let left = grid.xs[c] + grid.paddingX, inner = grid.inner(c)
        switch table.columns[c].alignment {
        case .decimal where !grid.decimalFits[c]:
            return runs(ls, font: font, color: color, x: left, top: top, leading: grid.leading, alignment: .trailing, width: inner,
                        role: .table(.cell))
        case .leading:
            return runs(ls, font: font, color: color, x: left, top: top, leading: grid.leading, role: .table(.cell))
        case .center:
            return runs(ls, font: font, color: color, x: left, top: top, leading: grid.leading, alignment: .center, width: inner,
                        role: .table(.cell))
        case .trailing:
            return runs(ls, font: font, color: color, x: left, top: top, leading: grid.leading, alignment: .trailing, width: inner,
                        role: .table(.cell))
        case .decimal:
            let block = grid.metrics.integerWidth[c] + grid.metrics.fractionWidth[c]
            let anchor = grid.xs[c] + (grid.widths[c] - block) / 2 + grid.metrics.integerWidth[c]
            let intWidth = measurer.measure(decimalSplit(text).integer, font: font).width
            return runs(ls, font: font, color: color, x: anchor - intWidth, top: top, leading: grid.leading, role: .table(.cell))
        }
    }

    /// The table's bottom rule, drawn under whichever unit ends the table on a page.
    func closingRule(at height: Double, width: Double, style: PageStyle) -> SceneItem {
        .path(.line(from: Point(0, height - 0.6), to: Point(width, height - 0.6), stroke: Stroke(style.palette.rule, width: 1.2),
                    role: .table(.bottomRule)))
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

/// A table's columns on the page: widths and left edges, fonts, padding, and
/// which decimal columns have room to align their figures.
struct TableGrid<M: TextMeasurer> {
    /// Space between a cell's text and its column's edges, in points.
    let paddingX = 6.0
    let paddingY = 3.5
    let width: Double
    let leading: Double
    let regular: FontSpec
    let bold: FontSpec
    let metrics: TableMetrics<M>
    let widths: [Double]
    /// Each column's left edge, and the table's right edge last.
    let xs: [Double]
    /// A decimal column squeezed below its numbers' width (far too many
    /// columns for the page) falls back to right-aligned, wrapped cells
    /// rather than letting figures run out of their cells.
    let decimalFits: [Bool]

    init(table: TableBlock, width: Double, style: PageStyle, measurer: M, leading: Double) {
        self.width = width
        self.leading = leading
        regular = style.tableFont.weighted(.regular)
        bold = style.tableFont.weighted(.bold)
        let metrics = TableMetrics(table: table, measurer: measurer, regular: regular, bold: bold, padding: paddingX)
        self.metrics = metrics
        let widths = metrics.columnWidths(available: width)
        self.widths = widths
        var xs: [Double] = [0]
        for w in widths { xs.append(xs.last! + w) }
        self.xs = xs
        let padding = paddingX
        decimalFits = table.columns.indices.map { c in
            table.columns[c].alignment == .decimal
                && metrics.integerWidth[c] + metrics.fractionWidth[c] <= widths[c] - 2 * padding + 0.01
        }
    }

    /// The width text may take in column `c`.
    func inner(_ c: Int) -> Double { widths[c] - 2 * paddingX }

    /// Hairlines between the columns, `height` tall.
    func verticalRules(_ height: Double, color: Color) -> [SceneItem] {
        (1..<max(1, widths.count)).map { c in
            .path(.line(from: Point(xs[c], 0), to: Point(xs[c], height), stroke: Stroke(color, width: 0.5), role: .table(.verticalRule)))
        }
    }
}
