import BriefingCore

/// Where a vertical bar layout put its bands and value axis, for what is drawn
/// on top of it (the combo chart's line, annotations).
struct BandGeometry {
    var x0: Double
    var x1: Double
    var bandWidth: Double
    var top: Double
    var bottom: Double
    var scale: ValueScale
    /// Width of a category's group of bars, and how many bars it holds.
    var groupWidth: Double
    var slots: Int

    func center(_ i: Int) -> Double { x0 + bandWidth * (Double(i) + 0.5) }

    /// Centre of bar `slot` in category `i` (grouped bars).
    func slotCenter(_ i: Int, _ slot: Int) -> Double {
        guard slots > 1 else { return center(i) }
        let pitch = groupWidth / Double(slots)
        return x0 + bandWidth * Double(i) + (bandWidth - groupWidth) / 2 + pitch * (Double(slot) + 0.5)
    }
}

extension ChartContext {
    /// Bars of every kind (simple, grouped, stacked, waterfall, combo): plan in
    /// value space, then place vertically — or horizontally when asked, or when
    /// category or value labels do not fit under or over vertical bars.
    mutating func layoutBars(_ data: ChartData) throws {
        let plan = try planBars(data)
        var legend = plan.legend
        if spec.kind == .combo {
            legend += data.secondary.enumerated().map { j, s in
                LegendEntry(name: s.name, color: s.color ?? palette.seriesColor(data.series.count + j), swatch: .line)
            }
        }
        let saved = self
        let plot = try layoutFrame(legend: legend)
        if plan.horizontal {
            placeHorizontal(plan, plot: plot, data: data)
            return
        }
        let rightAxis = spec.kind == .combo ? secondaryAxisWidth(data, plot: plot) : 0
        if let geometry = placeVertical(plan, plot: plot, rightAxis: rightAxis, data: data) {
            if spec.kind == .combo { placeComboLines(data, geometry: geometry, plot: plot) }
            placeReferencesAndAnnotations(data: data, plot: plot, frame: AnnotationFrame(
                valueIsVertical: true, scale: geometry.scale, spanStart: geometry.x0, spanEnd: geometry.x1,
                // Grouped bars: point at the first series' bar.
                anchor: { i, v in Point(geometry.slotCenter(i, 0), geometry.scale(v)) }))
        } else {
            // Labels do not fit side by side: start again, horizontally.
            self = saved
            var turned = plan
            turned.horizontal = true
            let plot = try layoutFrame(legend: legend)
            placeHorizontal(turned, plot: plot, data: data)
        }
    }

    /// Vertical bars; `nil` when labels would not fit and the plan may turn.
    mutating func placeVertical(_ plan: BarPlan, plot: Rect, rightAxis: Double, data: ChartData) -> BandGeometry? {
        let n = plan.categories.count
        let gap = style.gap
        let tickFont = style.tick
        let tickH = measure("0", tickFont).height
        let count = min(8, max(2, Int(plot.height / (tickFont.size * 4))))
        var domain = niceDomain(plan.extent, includeZero: true, count: count)
        if spec.kind == .combo, !domain.upper.isNegative {
            // The range above the bars belongs to the line; its left ticks stay with the bars.
            domain.upper = domain.upper * comboHeadroom
        }
        let tickValues = domain.ticks
        let tickTexts = tickValues.map { formatter.tickLabel($0, step: domain.step.value) }
        let axisW = (tickTexts.map { measure($0, tickFont).width }.max() ?? 0) + gap
        let x0 = plot.minX + axisW, x1 = plot.maxX - rightAxis
        let band = (x1 - x0) / Double(n)
        let multi = plan.slots > 1
        let groupW = multi ? min(band * 0.8, Double(plan.slots) * max(40, 120 * style.scale)) : min(band * 0.62, max(60, 170 * style.scale))
        let pitch = groupW / Double(plan.slots)
        let barW = multi ? pitch * 0.92 : groupW

        func labelRoom(_ l: PlannedLabel) -> Double { l.slot == nil || !multi ? band - gap * 0.5 : pitch - 1 }
        // The largest fonts at which every label fits its band. A chart that may
        // turn horizontal does so before its labels get small or stack three deep:
        // a graphics desk would rather turn the chart than squint.
        let categorySizes = plan.canTurn ? Array(shrinking(style.category).prefix(2)) : shrinking(style.category)
        let categoryFont = categorySizes.first { f in
            // Many columns with wrapped names read better as rows; a dozen months on one line stay columns.
            plan.categories.allSatisfy { wrapsCleanly($0, f, width: band - gap, maxLines: plan.canTurn ? (n > 8 ? 1 : 2) : 3) }
        }
        let valueSizes = plan.canTurn ? Array(shrinking(style.value).prefix(2)) : shrinking(style.value)
        let valueFont = valueSizes.first { f in
            plan.labels.allSatisfy { l in l.isMissing || measure(l.text, f).width <= labelRoom(l) }
        }
        if (categoryFont == nil || valueFont == nil) && plan.canTurn { return nil }
        let cf = categoryFont ?? style.category.sized(style.minLabelSize)
        let vf = valueFont ?? style.value.sized(style.minLabelSize)
        var labels = plan.labels
        for k in labels.indices where labels[k].isMissing && measure(labels[k].text, vf).width > labelRoom(labels[k]) {
            labels[k].text = missingText
        }
        if valueFont == nil {
            labels.removeAll { !$0.isMissing }
            warnings.append(.valueLabelsOmitted(kind: spec.kind, categories: n, reason: "bars narrower than their values"))
        }

        let lh = cf.size * 1.2
        let maxLines = plan.categories.map { lines($0, cf, width: band - gap).count }.max() ?? 1
        let catH = Double(maxLines) * lh
        let valH = measure("0", vf).height
        let hasPositive = labels.contains { $0.positive }, hasNegative = labels.contains { !$0.positive }
        let top = plot.minY + max(hasPositive ? valH + gap * 0.6 : 0, tickH / 2)
        let bottom = plot.maxY - catH - gap - max(hasNegative ? valH + gap * 0.6 : 0, tickH / 2)
        let y = ValueScale(domain: domain, start: bottom, end: top)

        // Gridlines and ticks.
        for (t, label) in zip(tickValues, tickTexts) {
            if !t.isZero { line(Point(x0, y(t)), Point(x1, y(t)), Stroke(palette.gridline, width: 1), role: .gridline(.y)) }
            text(label, tickFont, palette.secondaryText, x: x0 - gap, centerY: y(t), .trailing, role: .tick(.y))
        }
        func slotX(_ i: Int, _ slot: Int?) -> Double {
            guard let slot, multi else { return x0 + band * (Double(i) + 0.5) }
            return x0 + band * Double(i) + (band - groupW) / 2 + pitch * (Double(slot) + 0.5)
        }
        // Bars, and labels inside them where they fit.
        var insideRuns: [TextRun] = []
        var segmentsUnlabelled = 0
        for b in plan.bars {
            let cx = slotX(b.category, b.slot)
            let ya = y(b.from), yb = y(b.to)
            let r = Rect(x: cx - barW / 2, y: min(ya, yb), width: barW, height: abs(ya - yb))
            rect(r, fill: b.fill, role: b.role)
            if let inside = b.inside {
                let m = measure(inside, vf)
                if m.width <= barW - 4, m.height <= r.height - 2 {
                    insideRuns.append(typesetter.run(inside, font: vf, color: palette.textColor(on: b.fill),
                                                     at: Point(cx, r.midY - m.height / 2), alignment: .center, role: .segmentLabel))
                } else {
                    segmentsUnlabelled += 1
                }
            }
        }
        if segmentsUnlabelled > 0 { warnings.append(.segmentLabelsOmitted(count: segmentsUnlabelled)) }
        texts += insideRuns
        line(Point(x0, y(.zero)), Point(x1, y(.zero)), Stroke(palette.axis, width: max(1, 1.5 * style.scale)), role: .baseline)
        for (i, v) in plan.connectors {
            let a = slotX(i, 0) + barW / 2, b = slotX(i + 1, 0) - barW / 2
            line(Point(a, y(v)), Point(b, y(v)), Stroke(palette.secondaryText, width: 1, dash: [3, 3]), role: .connector)
        }
        // Value labels outside the bar ends.
        for l in labels {
            let cx = slotX(l.category, l.slot)
            let m = measure(l.text, vf)
            let yTop = l.positive ? y(l.at) - gap * 0.5 - m.height : y(l.at) + gap * 0.5
            text(l.text, vf, l.color, at: Point(cx, yTop), .center, role: l.role)
        }
        // Category labels, wrapped between words, centred under their band.
        let catTop = plot.maxY - catH
        for (i, c) in plan.categories.enumerated() {
            block(c, cf, palette.text, left: x0 + band * Double(i) + gap / 2, top: catTop, width: band - gap,
                  lineHeight: 1.2, .center, role: .tick(.x))
        }
        return BandGeometry(x0: x0, x1: x1, bandWidth: band, top: top, bottom: bottom, scale: y,
                            groupWidth: groupW, slots: plan.slots)
    }
}
