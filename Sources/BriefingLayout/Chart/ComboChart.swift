import BriefingCore

/// Combo charts: bars of `data.series` on the left axis and lines of
/// `data.secondary` on their own right axis (an amount and its YoY change).
/// The right axis has tick labels but no gridlines of its own, so the plot
/// does not carry two competing grids.
/// Combo charts keep bars and line apart rather than tangled: the bars'
/// axis is stretched so the tallest bar reaches about 60 % of the plot
/// (`comboHeadroom`), and the line is drawn in the top 35 % (`comboLineBand`).
let comboHeadroom = ExactDecimal(significand: 166, exponent: -2)
let comboLineBand = 0.35

extension ChartContext {
    func secondaryDomain(_ data: ChartData, plot: Rect) -> NiceDomain? {
        let values = data.secondary.flatMap { $0.values.compactMap { $0 } }
        guard let lo = values.min(), let hi = values.max() else { return nil }
        let count = min(4, max(2, Int(plot.height * comboLineBand / (style.tick.size * 3))))
        return NiceTicks.domain(lo, hi, count: count)
    }

    func secondaryAxisWidth(_ data: ChartData, plot: Rect) -> Double {
        guard let d = secondaryDomain(data, plot: plot) else { return 0 }
        return (secondaryTickLabels(d).map { measure($0, style.tick).width }.max() ?? 0) + style.gap
    }

    mutating func placeComboLines(_ data: ChartData, geometry g: BandGeometry, plot: Rect) {
        guard let d = secondaryDomain(data, plot: plot) else { return }
        // The line lives in the top band the bars leave free (see `comboHeadroom`).
        let y2 = ValueScale(domain: d, start: g.top + (g.bottom - g.top) * comboLineBand, end: g.top)
        for (t, label) in zip(d.ticks, secondaryTickLabels(d)) {
            text(label, style.tick, palette.secondaryText, x: g.x1 + style.gap, centerY: y2(t), role: .tick(.y2))
        }
        var placer = LabelPlacer(bounds: Rect(x: g.x0, y: plot.minY, width: g.x1 - g.x0, height: g.bottom - plot.minY))
        placer.occupy(texts)
        let width = max(2, 3 * style.scale)
        let vf = style.value.sized(style.value.size * 0.9)
        for (j, s) in data.secondary.enumerated() {
            let color = s.color ?? palette.seriesColor(data.series.count + j)
            let points: [Point?] = s.values.enumerated().map { i, v in v.map { Point(g.center(i), y2($0)) } }
            drawSeriesLine(points, color: color, width: width, markers: true, role: .line(series: s.name))
            guard spec.showValueLabels else { continue }
            var skipped = 0
            defer { if skipped > 0 { warnings.append(.pointLabelsSkipped(series: s.name, count: skipped)) } }
            for case let (i, v?) in s.values.enumerated() {
                let p = points[i]!
                let label = secondaryValueLabel(v)
                let m = measure(label, vf)
                let r = width * 1.3 + 2
                let candidates = [
                    Rect(x: p.x - m.width / 2, y: p.y - r - m.height, width: m.width, height: m.height),
                    Rect(x: p.x - m.width / 2, y: p.y + r, width: m.width, height: m.height),
                    Rect(x: p.x + r + 2, y: p.y - m.height / 2, width: m.width, height: m.height),
                    Rect(x: p.x - r - 2 - m.width, y: p.y - m.height / 2, width: m.width, height: m.height),
                ]
                // A point label is a convenience (the right axis carries the values): skip it rather than overlap.
                guard let free = candidates.first(where: placer.isFree) else { skipped += 1; continue }
                // Over a bar the label needs a ground of its own: a white halo, as print graphics do.
                marks.append(.rect(RectMark(free.insetBy(dx: -2, dy: -1), fill: Color(red: 1, green: 1, blue: 1, alpha: 0.9),
                                            cornerRadius: 2, role: .labelHalo)))
                let run = text(label, vf, palette.readable(color), at: Point(free.minX, free.minY), role: .pointLabel)
                placer.occupy(run.box.insetBy(dx: -2, dy: -1))
            }
        }
    }
}
