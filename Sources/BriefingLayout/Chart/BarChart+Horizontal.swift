import BriefingCore

extension ChartContext {
    /// Horizontal bars: categories down the left (wrapped, right-aligned),
    /// value labels right of positive and left of negative bar ends, the value
    /// axis along the bottom.
    mutating func placeHorizontal(_ plan: BarPlan, plot: Rect, data: ChartData) {
        let n = plan.categories.count
        let gap = style.gap
        let tickFont = style.tick
        let tickH = measure("0", tickFont).height
        let bandsBottom = plot.maxY - tickH - gap * 0.75
        let band = (bandsBottom - plot.minY) / Double(n)
        let multi = plan.slots > 1
        // Bars no thicker than a press graphic would draw them; extra room becomes air.
        let maxBar = max(24, 64 * style.scale)
        let pitch = min((multi ? band * 0.8 : band * 0.66) / Double(plan.slots), multi ? maxBar / 0.9 : maxBar)
        let groupH = pitch * Double(plan.slots)
        let barH = multi ? pitch * 0.9 : groupH

        // Category gutter: as wide as the longest label, up to 30 % of the plot,
        // then 42 %, then smaller type — but every label is written in full.
        var cf = style.category
        var gutter = 0.0
        search: for f in shrinking(style.category) {
            let natural = plan.categories.map { measure($0, f).width }.max() ?? 0
            for share in [0.3, 0.42] {
                let w = min(natural, plot.width * share)
                if plan.categories.allSatisfy({ Double(lines($0, f, width: w).count) * f.size * 1.2 <= band }) {
                    cf = f; gutter = w
                    break search
                }
            }
            cf = f; gutter = min(natural, plot.width * 0.42)
        }
        // Value labels as large as the bar pitch allows; below 6.5 pt they would not be read.
        let fitting = min(style.value.size, (multi ? pitch : band * 0.95) / 1.2)
        let vf = style.value.sized(max(fitting, 6.5))
        var labels = plan.labels
        if fitting < 6.5 {
            labels.removeAll { !$0.isMissing || multi }
            warnings.append(.valueLabelsOmitted(kind: spec.kind, categories: n, reason: "bars thinner than a legible label"))
        }

        let posW = (labels.filter { $0.positive }.map { measure($0.text, vf).width }.max()).map { $0 + gap * 0.8 } ?? 0
        let negW = (labels.filter { !$0.positive }.map { measure($0.text, vf).width }.max()).map { $0 + gap * 0.8 } ?? 0
        let x0 = plot.minX + gutter + gap + negW, x1 = plot.maxX - posW

        // As many ticks as fit side by side.
        var domain = niceDomain(plan.extent, includeZero: true, count: 2)
        for count in stride(from: min(8, max(2, Int((x1 - x0) / (tickFont.size * 5)))), through: 2, by: -1) {
            let d = niceDomain(plan.extent, includeZero: true, count: count)
            let widest = tickLabels(d).map { measure($0, tickFont).width }.max() ?? 0
            let spacing = (x1 - x0) / Double(max(1, d.ticks.count - 1))
            domain = d
            if widest + gap <= spacing { break }
        }
        let x = ValueScale(domain: domain, start: x0, end: x1)
        for (t, label) in zip(domain.ticks, tickLabels(domain)) {
            if !t.isZero { line(Point(x(t), plot.minY), Point(x(t), bandsBottom), Stroke(palette.gridline, width: 1), role: .gridline(.x)) }
            let w = measure(label, tickFont).width
            let cx = min(max(x(t), plot.minX + w / 2), plot.maxX - w / 2)
            text(label, tickFont, palette.secondaryText, at: Point(cx, bandsBottom + gap * 0.5), .center, role: .tick(.x))
        }
        func slotY(_ i: Int, _ slot: Int?) -> Double {
            guard let slot, multi else { return plot.minY + band * (Double(i) + 0.5) }
            return plot.minY + band * Double(i) + (band - groupH) / 2 + pitch * (Double(slot) + 0.5)
        }
        var insideRuns: [TextRun] = []
        var segmentsUnlabelled = 0
        for b in plan.bars {
            let cy = slotY(b.category, b.slot)
            let xa = x(b.from), xb = x(b.to)
            let r = Rect(x: min(xa, xb), y: cy - barH / 2, width: abs(xa - xb), height: barH)
            rect(r, fill: b.fill, role: b.role)
            if let inside = b.inside {
                let m = measure(inside, vf)
                if m.width <= r.width - 4, m.height <= barH - 1 {
                    insideRuns.append(typesetter.run(inside, font: vf, color: palette.textColor(on: b.fill),
                                                     at: Point(r.midX, cy - m.height / 2), alignment: .center, role: .segmentLabel))
                } else {
                    segmentsUnlabelled += 1
                }
            }
        }
        if segmentsUnlabelled > 0 { warnings.append(.segmentLabelsOmitted(count: segmentsUnlabelled)) }
        texts += insideRuns
        let axisStroke = Stroke(palette.axis, width: max(1, 1.5 * style.scale))
        line(Point(x(.zero), plot.minY), Point(x(.zero), bandsBottom), axisStroke, role: .baseline)
        for l in labels {
            let cy = slotY(l.category, l.slot)
            if l.positive {
                text(l.text, vf, l.color, x: x(l.at) + gap * 0.6, centerY: cy, role: l.role)
            } else {
                text(l.text, vf, l.color, x: x(l.at) - gap * 0.6, centerY: cy, .trailing, role: l.role)
            }
        }
        for (i, c) in plan.categories.enumerated() {
            let h = Double(lines(c, cf, width: gutter).count) * cf.size * 1.2
            block(c, cf, palette.text, left: plot.minX, top: slotY(i, nil) - h / 2, width: gutter,
                  lineHeight: 1.2, .trailing, role: .tick(.y))
        }
        placeReferencesAndAnnotations(data: data, plot: plot, frame: AnnotationFrame(
            valueIsVertical: false, scale: x, spanStart: plot.minY, spanEnd: bandsBottom,
            anchor: { i, v in Point(x(v), slotY(i, 0)) }))
    }
}
