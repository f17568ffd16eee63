/// The headline frame around a plot, Datawrapper-style: bold title top-left,
/// subtitle under it, legend and unit line above the plot, notes and source
/// bottom-left. Returns the rectangle left for the plot.
extension ChartContext {
    mutating func layoutFrame(legend: [LegendEntry]) throws -> Rect {
        let m = style.margin, w = spec.size.width - 2 * m
        let gap = style.gap
        var y = m
        let titleRuns = block(spec.title, style.title, palette.text, left: m, top: y, width: w, lineHeight: 1.2, role: .title)
        y += Double(titleRuns.count) * style.title.size * 1.2
        if let sub = spec.subtitle, !sub.isEmpty {
            y += gap * 0.25
            let runs = block(sub, style.subtitle, palette.secondaryText, left: m, top: y, width: w, lineHeight: 1.3, role: .subtitle)
            y += Double(runs.count) * style.subtitle.size * 1.3
        }
        y += gap * 1.5

        // Legend rows, left to right, wrapping; a name longer than a row wraps in place.
        let lf = style.legend
        let sw = lf.size * 0.85
        let rowH = lf.size * 1.5
        let maxText = w - sw - gap * 0.6
        var x = m
        var rowTop = y
        var rowHeight = rowH
        var usedRow = false
        for entry in legend {
            let names = self.lines(entry.name, lf, width: maxText)
            let tw = names.map { measure($0, lf).width }.max() ?? 0
            let ew = sw + gap * 0.6 + tw
            if usedRow && x + ew > m + w { rowTop += rowHeight; x = m; rowHeight = rowH }
            let cy = rowTop + rowH / 2
            switch entry.swatch {
            case .box: rect(Rect(x: x, y: cy - sw / 2, width: sw, height: sw), fill: entry.color, role: .legendSwatch)
            case .line: line(Point(x, cy), Point(x + sw, cy), Stroke(entry.color, width: max(2, 3 * style.scale)), role: .legendSwatch)
            }
            for (k, name) in names.enumerated() {
                text(name, lf, palette.text, x: x + sw + gap * 0.6, centerY: cy + Double(k) * rowH, role: .legend)
            }
            rowHeight = max(rowHeight, Double(names.count) * rowH)
            x += ew + gap * 2.5
            usedRow = true
        }
        // The unit line sits right-aligned on the legend's last row if it fits, else on its own.
        if let unit = spec.unitLine, !unit.isEmpty {
            let uw = measure(unit, style.small).width
            if !usedRow || x + uw > m + w {
                if usedRow { rowTop += rowHeight; rowHeight = rowH }
                usedRow = true
            }
            text(unit, style.small, palette.secondaryText, x: m + w, centerY: rowTop + rowH / 2, .trailing, role: .unitLine)
        }
        if usedRow { y = rowTop + rowHeight + gap }

        // Footer, from the bottom up: notes, then the source line last.
        let bottom = spec.size.height - m
        var footer: [(String, SceneRole)] = spec.notes.filter { !$0.isEmpty }.map { ($0, .note) }
        if let s = spec.source, !s.isEmpty { footer.append((s, .source)) }
        let lh = 1.35
        let footerHeight = footer.reduce(0.0) { $0 + blockHeight($1.0, style.small, width: w, lineHeight: lh) }
        var fy = bottom - footerHeight
        let plotBottom = footer.isEmpty ? bottom : fy - gap * 2
        for (t, role) in footer {
            let runs = block(t, style.small, palette.secondaryText, left: m, top: fy, width: w, lineHeight: lh, role: role)
            fy += Double(runs.count) * style.small.size * lh
        }
        let plot = Rect(x: m, y: y, width: w, height: plotBottom - y)
        guard plot.height >= 60, plot.width >= 100 else {
            throw ChartError.canvasTooSmall(width: spec.size.width, height: spec.size.height)
        }
        return plot
    }
}
