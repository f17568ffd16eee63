import BriefingCore

extension ChartContext {
    /// Line charts: one or several series over ordered categories (months,
    /// years). Lines are labelled directly at their ends — no legend to look
    /// up — and the end labels are nudged apart so they never collide.
    ///
    /// The value axis includes zero when every value is positive and zero
    /// would not squash the lines (the smallest value is at most half the
    /// largest); otherwise it hugs the data, as line charts may.
    mutating func layoutLines(_ data: ChartData) throws {
        let plot = try layoutFrame(legend: [])
        let gap = style.gap
        let domain = lineDomain(data, plot: plot)
        let tickTexts = tickLabels(domain)
        let axisW = (tickTexts.map { measure($0, style.tick).width }.max() ?? 0) + gap
        let ends = endLabels(data)
        let endW = ends.map { measure($0.text, style.value).width }.max() ?? 0
        let gutter = spec.lineLabelsInner ? gap : endW + gap * 1.5
        var axis = lineCategoryAxis(data, x0: plot.minX + axisW + gap, x1: plot.maxX - gutter, plot: plot)
        let shown = Set(shownCategories(data, axis: &axis))

        let catH = Double(shown.map { axis.wrapped[$0].count }.max() ?? 1) * style.category.size * 1.2
        let tickH = measure("0", style.tick).height
        let top = plot.minY + tickH / 2 + (spec.lineLabelsInner ? measure("0", style.value).height + gap : 0)
        let bottom = plot.maxY - catH - gap - tickH / 2
        let y = ValueScale(domain: domain, start: bottom, end: top)

        drawLineValueAxis(domain, tickTexts: tickTexts, axis: axis, scale: y)
        for i in shown.sorted() {
            block(axis.texts[i], style.category, palette.secondaryText, left: axis.center(i) - axis.wrapWidth / 2,
                  top: plot.maxY - catH, width: axis.wrapWidth, lineHeight: 1.2, .center, role: .tick(.x))
        }
        let width = max(1.5, 3 * style.scale)
        drawLines(data, axis: axis, scale: y, width: width)
        let spread = LineSpread(plot: plot, axis: axis, scale: y, bottom: bottom, lineWidth: width)
        placeEndLabels(ends, data: data, in: spread)
        // One series with few points: every point gets its value.
        if data.series.count == 1, spec.showValueLabels, axis.count <= 12 {
            placePointLabels(data.series[0], skipping: ends.first?.last, in: spread)
        }
        placeReferencesAndAnnotations(data: data, plot: plot, frame: AnnotationFrame(
            valueIsVertical: true, scale: y, spanStart: axis.x0, spanEnd: axis.x1,
            anchor: { i, v in Point(axis.x(i), y(v)) }))
    }

    /// The value axis: zero included when every value is positive and zero
    /// would not squash the lines (the smallest is at most half the largest).
    func lineDomain(_ data: ChartData, plot: Rect) -> NiceDomain {
        let values = data.series.flatMap { $0.values.compactMap { $0 } }
        let lo = values.min() ?? .zero, hi = values.max() ?? .zero
        let includeZero = lo == hi || (!lo.isNegative && lo.doubleValue <= hi.doubleValue / 2)
        let count = min(8, max(2, Int(plot.height / (style.tick.size * 4))))
        return niceDomain(values, includeZero: includeZero, count: count)
    }

    /// End labels: "name value", or just the value for a single series.
    func endLabels(_ data: ChartData) -> [EndLabel] {
        let multi = data.series.count > 1
        return data.series.enumerated().compactMap { j, s in
            guard let last = s.values.lastIndex(where: { $0 != nil }) else { return nil }
            let v = valueLabel(s.values[last]!)
            return EndLabel(series: j, last: last, text: multi ? "\(s.name) \(v)" : v, color: seriesColor(j, data))
        }
    }

    /// Gridlines across the plot (the zero line darker, as the baseline) and tick labels on the left.
    mutating func drawLineValueAxis(_ domain: NiceDomain, tickTexts: [String], axis: LineCategoryAxis, scale y: ValueScale) {
        let gap = style.gap
        for (t, label) in zip(domain.ticks, tickTexts) {
            let isZero = t.isZero
            let stroke = Stroke(isZero ? palette.axis : palette.gridline, width: isZero ? max(1, 1.5 * style.scale) : 1)
            line(Point(axis.x0 - gap, y(t)), Point(axis.x1, y(t)), stroke, role: isZero ? .baseline : .gridline(.y))
            text(label, style.tick, palette.secondaryText, x: axis.x0 - gap * 1.5, centerY: y(t), .trailing, role: .tick(.y))
        }
    }

    /// Each series' line, the highlighted series last so it is drawn on top; markers when there are few points.
    mutating func drawLines(_ data: ChartData, axis: LineCategoryAxis, scale y: ValueScale, width: Double) {
        let order = data.series.indices.sorted { a, b in
            (data.series[a].name == spec.highlight ? 1 : 0) < (data.series[b].name == spec.highlight ? 1 : 0)
        }
        for j in order {
            let s = data.series[j]
            let points: [Point?] = s.values.enumerated().map { i, v in v.map { Point(axis.x(i), y($0)) } }
            drawSeriesLine(points, color: seriesColor(j, data), width: width, markers: axis.count <= 12, role: .line(series: s.name))
        }
    }

    /// End labels, spread apart vertically so they never collide: beside the
    /// plot, with a dashed leader when a label moved off its line's end; or,
    /// with `lineLabelsInner`, inside the plot above or below the last point.
    mutating func placeEndLabels(_ ends: [EndLabel], data: ChartData, in p: LineSpread) {
        let vf = style.value, gap = style.gap
        let heights = ends.map { measure($0.text, vf).height }
        let wishes = ends.enumerated().map { e, l -> Double in
            let py = p.scale(data.series[l.series].values[l.last]!)
            return spec.lineLabelsInner ? py - gap - heights[e] : py - heights[e] / 2
        }
        let tops = spreadLabels(wishes: wishes, heights: heights, lower: p.plot.minY, upper: p.bottom, gap: 1)
        for (e, l) in ends.enumerated() {
            let color = palette.readable(l.color)
            let end = Point(p.axis.x(l.last), p.scale(data.series[l.series].values[l.last]!))
            if spec.lineLabelsInner {
                let r = innerEndLabelBox(l.text, height: heights[e], end: end, spreadTop: tops[e], in: p)
                text(l.text, vf, color, at: Point(r.minX, r.minY), role: .lineEndLabel)
            } else {
                let lx = p.axis.x(p.axis.count - 1) + gap
                if l.last < p.axis.count - 1 || abs(tops[e] + heights[e] / 2 - end.y) > heights[e] * 0.6 {
                    line(Point(end.x + p.lineWidth, end.y), Point(lx - 2, tops[e] + heights[e] / 2),
                         Stroke(l.color, width: 1, dash: [2, 2]), role: .endLabelLeader)
                }
                text(l.text, vf, color, at: Point(lx + 2, tops[e]), role: .lineEndLabel)
            }
        }
    }

    /// Inside the plot: above or below the last point, clear of every line,
    /// reference line and label; the spread position if nothing is clear.
    func innerEndLabelBox(_ label: String, height h: Double, end: Point, spreadTop: Double, in p: LineSpread) -> Rect {
        let gap = style.gap
        let w = measure(label, style.value).width
        let x0 = p.axis.x0, maxX = p.plot.maxX
        var placer = LabelPlacer(bounds: Rect(x: x0, y: p.plot.minY, width: maxX - x0, height: p.bottom - p.plot.minY), padding: 1)
        placer.occupy(texts)
        for case .path(let path) in marks where path.role?.isLine == true { placer.occupy(polyline: path) }
        for ref in spec.referenceLines {
            placer.occupyMark(Rect(x: x0, y: p.scale(ref.value) - 1.5, width: p.axis.x1 - x0, height: 3))
        }
        var candidates: [Rect] = []
        for d in stride(from: gap * 0.8, through: gap * 6, by: gap * 0.6) {
            for left in [end.x - w, end.x - w / 2, end.x - w - gap] {
                let lx = min(max(left, x0), maxX - w)
                candidates.append(Rect(x: lx, y: end.y - d - h, width: w, height: h))
                candidates.append(Rect(x: lx, y: end.y + d, width: w, height: h))
            }
        }
        let fallback = Rect(x: min(max(end.x - w / 2, x0), maxX - w), y: spreadTop, width: w, height: h)
        return candidates.first(where: placer.isFree) ?? fallback
    }

    /// A value over or under each point of `series` where it is clear of
    /// everything placed so far; the point with the end label is skipped.
    mutating func placePointLabels(_ series: Series, skipping endIndex: Int?, in p: LineSpread) {
        var placer = LabelPlacer(bounds: p.plot)
        placer.occupy(texts)
        let pf = style.value.sized(style.value.size * 0.85).weighted(.regular)
        for case let (i, v?) in series.values.enumerated() where i != endIndex {
            let label = valueLabel(v)
            let m = measure(label, pf)
            let pt = Point(p.axis.x(i), p.scale(v))
            let candidates = [Rect(x: pt.x - m.width / 2, y: pt.y - p.lineWidth * 2 - m.height, width: m.width, height: m.height),
                              Rect(x: pt.x - m.width / 2, y: pt.y + p.lineWidth * 2, width: m.width, height: m.height)]
            guard let r = candidates.first(where: placer.isFree) else { continue }
            let run = text(label, pf, palette.text, at: Point(r.minX, r.minY), role: .pointLabel)
            placer.occupy(run.box)
        }
    }

    func seriesColor(_ j: Int, _ data: ChartData) -> Color {
        let base = data.series[j].color ?? palette.seriesColor(j)
        if let h = spec.highlight, data.series.contains(where: { $0.name == h }), data.series[j].name != h { return palette.muted }
        return base
    }
}

/// Where a line chart's labels may go: the plot, the category axis, the
/// value scale, the plot's bottom (above the category labels) and the lines' width.
struct LineSpread {
    var plot: Rect
    var axis: LineCategoryAxis
    var scale: ValueScale
    var bottom: Double
    var lineWidth: Double
}

/// A line's end label: the series, its last present point, the text.
struct EndLabel {
    var series: Int
    var last: Int
    var text: String
    var color: Color
}
