import BriefingLayout

extension SectionWriter {
    /// A table in a paragraph of its own: rows of cells, each cell a list of
    /// paragraphs (`hp:subList`), with its address, span and size.
    mutating func table(_ rows: [[TableCell]], placement: TablePlacement = TablePlacement(), paragraph shape: ParaShape = .body) -> String {
        let columnCount = rows.map(\.count).max() ?? 0
        let spacing = placement.cellSpacing
        let width = (rows.first?.reduce(HWPUnit(0)) { $0 + $1.width } ?? HWPUnit(0))
            + HWPUnit(spacing.value * (columnCount + 1))
        var trs = ""
        var height = HWPUnit(0)
        for (r, row) in rows.enumerated() {
            let rowHeight = HWPUnit(points: page.tableFont.size * page.compactLineSpacing) + HWPUnit(282)
            height = height + rowHeight
            var tcs = ""
            for (c, cell) in row.enumerated() {
                let list = XML.element("hp:subList", ["id": "", "textDirection": "HORIZONTAL", "lineWrap": "BREAK",
                                                      "vertAlign": cell.vertical.rawValue, "linkListIDRef": "0",
                                                      "linkListNextIDRef": "0", "textWidth": "0", "textHeight": "0",
                                                      "hasTextRef": "0", "hasNumRef": "0"], content: cell.paragraphs)
                let pad = cell.padding
                tcs += XML.element("hp:tc", ["name": "", "header": cell.header ? "1" : "0", "hasMargin": "1", "protect": "0",
                                             "editable": "0", "dirty": "0", "borderFillIDRef": cell.fill.id],
                                   content: list
                                   + XML.element("hp:cellAddr", ["colAddr": String(c), "rowAddr": String(r)])
                                   + XML.element("hp:cellSpan", ["colSpan": "1", "rowSpan": "1"])
                                   + XML.element("hp:cellSz", ["width": cell.width.text, "height": rowHeight.text])
                                   + XML.element("hp:cellMargin", ["left": pad.horizontal.text, "right": pad.horizontal.text,
                                                                   "top": pad.vertical.text, "bottom": pad.vertical.text]))
            }
            trs += XML.element("hp:tr", content: tcs)
        }
        let tableID = id()
        let tbl = XML.element("hp:tbl", [
            "id": tableID, "zOrder": "0", "numberingType": "TABLE", "textWrap": "TOP_AND_BOTTOM", "textFlow": "BOTH_SIDES",
            "lock": "0", "dropcapstyle": "None", "pageBreak": placement.inline ? "NONE" : "CELL",
            "repeatHeader": placement.repeatHeader ? "1" : "0", "rowCnt": String(rows.count), "colCnt": String(columnCount),
            "cellSpacing": spacing.text, "borderFillIDRef": BorderFill.none.id, "noAdjust": "0",
        ], content: XML.element("hp:sz", ["width": width.text, "widthRelTo": "ABSOLUTE", "height": height.text,
                                          "heightRelTo": "ABSOLUTE", "protect": "0"])
            + Self.position(inline: placement.inline)
            + XML.element("hp:outMargin", ["left": "0", "right": "0", "top": "0", "bottom": "0"])
            + XML.element("hp:inMargin", ["left": "510", "right": "510", "top": "141", "bottom": "141"])
            + trs)
        return paragraph(shape, Self.objectRun(tbl))
    }

    /// Where an object sits: inline like a character, or flowing with the
    /// text from the paragraph's top at the column's left edge.
    static func position(inline: Bool) -> String {
        XML.element("hp:pos", ["treatAsChar": inline ? "1" : "0", "affectLSpacing": "0", "flowWithText": "1",
                               "allowOverlap": "0", "holdAnchorAndSO": "0", "vertRelTo": "PARA", "horzRelTo": "COLUMN",
                               "vertAlign": "TOP", "horzAlign": "LEFT", "vertOffset": "0", "horzOffset": "0"])
    }

    /// A data table: the unit note above on the right, a header row on a fill
    /// (repeated on every page the table runs onto), numbers right-aligned,
    /// subtotal and total rows set apart. Every cell holds its text as the
    /// spec gives it (`△5.2%`, `-`).
    mutating func dataTable(_ t: TableBlock, width: HWPUnit) -> String {
        var out = ""
        if let note = t.unitNote { out += paragraph(.unitNote, Self.run(.unitNote, note)) }
        let widths = [[TableCell]].widths(weights: Self.columnWeights(t), total: width)
        var rows: [[TableCell]] = []
        var header: [TableCell] = []
        for (c, column) in t.columns.enumerated() {
            header.append(TableCell(paragraphs: paragraph(.cellCenter, Self.run(.tableBold, column.title)), width: widths[c],
                                    fill: .headerCell, header: true))
        }
        rows.append(header)
        for (r, row) in t.rows.enumerated() {
            let fill: BorderFill = switch row.style {
            case .total: .totalCell
            case .subtotal: .subtotalCell
            case .normal: t.zebra && r % 2 == 1 ? .zebraCell : .cell
            }
            let font: CharShape = row.style == .normal ? .table : .tableBold
            var cells: [TableCell] = []
            for (c, column) in t.columns.enumerated() {
                let text = c < row.cells.count ? row.cells[c] : ""
                cells.append(TableCell(paragraphs: paragraph(Self.cellShape(column.alignment), Self.run(font, text)),
                                       width: widths[c], fill: fill))
            }
            rows.append(cells)
        }
        return out + table(rows, placement: TablePlacement(repeatHeader: true))
    }

    static func cellShape(_ a: TableColumn.Alignment) -> ParaShape {
        switch a {
        case .leading: .cellLeft
        case .center: .cellCenter
        case .trailing, .decimal: .cellRight
        }
    }

    /// Each column as wide as its longest text (a Hangul syllable counting
    /// as two Latin letters), within half and twice the average, so a long
    /// name does not squeeze the figures.
    static func columnWeights(_ t: TableBlock) -> [Double] {
        func length(_ s: String) -> Double {
            s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
        }
        let raw = t.columns.indices.map { c in
            ([t.columns[c].title] + t.rows.map { c < $0.cells.count ? $0.cells[c] : "" }).map(length).max() ?? 1
        }.map { max($0, 2) }
        let average = raw.reduce(0, +) / Double(max(raw.count, 1))
        return raw.map { min(max($0, average / 2), average * 2) }
    }
}
