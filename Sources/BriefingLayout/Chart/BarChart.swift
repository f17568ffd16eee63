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
        if !plan.stacksWithoutTotal.isEmpty { warnings.append(.stackTotalsOmitted(categories: plan.stacksWithoutTotal)) }
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
    /// Four steps: bands across (`verticalBands`), label fonts that fit them
    /// (`verticalLabelFonts`), the value scale between the labels above and
    /// below, then the drawing.
    mutating func placeVertical(_ plan: BarPlan, plot: Rect, rightAxis: Double, data: ChartData) -> BandGeometry? {
        let bands = verticalBands(plan, plot: plot, rightAxis: rightAxis)
        guard let fonts = verticalLabelFonts(plan, bands: bands) else { return nil }
        let labels = fittedValueLabels(plan, bands: bands, fonts: fonts)
        let scale = verticalScale(plan, plot: plot, bands: bands, fonts: fonts, labels: labels)
        drawValueAxis(bands, scale: scale)
        drawVerticalBars(plan, bands: bands, scale: scale, valueFont: fonts.value)
        drawBaselineAndConnectors(plan, bands: bands, scale: scale)
        for l in labels {
            let m = measure(l.text, fonts.value)
            let yTop = l.positive ? scale(l.at) - style.gap * 0.5 - m.height : scale(l.at) + style.gap * 0.5
            text(l.text, fonts.value, l.color, at: Point(bands.slotX(l.category, l.slot), yTop), .center, role: l.role)
        }
        drawCategoryLabels(plan, plot: plot, bands: bands, fonts: fonts)
        return BandGeometry(x0: bands.x0, x1: bands.x1, bandWidth: bands.band, top: scale.end, bottom: scale.start, scale: scale,
                            groupWidth: bands.groupWidth, slots: plan.slots)
    }

    /// The value axis's nice domain and tick texts (their width sets the left
    /// edge), then the bands and bar widths across what is left.
    func verticalBands(_ plan: BarPlan, plot: Rect, rightAxis: Double) -> VerticalBands {
        let tickFont = style.tick
        let count = min(8, max(2, Int(plot.height / (tickFont.size * 4))))
        var domain = niceDomain(plan.extent, includeZero: true, count: count)
        if spec.kind == .combo, !domain.upper.isNegative {
            // The range above the bars belongs to the line; its left ticks stay with the bars.
            domain.upper = domain.upper * comboHeadroom
        }
        let tickTexts = domain.ticks.map { formatter.tickLabel($0, step: domain.step.value) }
        let axisW = (tickTexts.map { measure($0, tickFont).width }.max() ?? 0) + style.gap
        let x0 = plot.minX + axisW, x1 = plot.maxX - rightAxis
        let band = (x1 - x0) / Double(plan.categories.count)
        let multi = plan.slots > 1
        let w = BarWidths.self
        let groupW = multi ? min(band * w.groupShare, Double(plan.slots) * max(w.minSlot, w.slotAtScale * style.scale))
                           : min(band * w.singleShare, max(w.minSingle, w.singleAtScale * style.scale))
        let pitch = groupW / Double(plan.slots)
        return VerticalBands(domain: domain, tickTexts: tickTexts, x0: x0, x1: x1, band: band, groupWidth: groupW,
                             pitch: pitch, barWidth: multi ? pitch * w.barShareOfSlot : groupW, multi: multi, gap: style.gap)
    }

    /// The largest fonts at which every label fits its band; `nil` when the
    /// chart may turn horizontal instead. A chart that may turn does so before
    /// its labels get small or stack three deep: a graphics desk would rather
    /// turn the chart than squint.
    func verticalLabelFonts(_ plan: BarPlan, bands: VerticalBands) -> BarLabelFonts? {
        let n = plan.categories.count
        let categorySizes = plan.canTurn ? Array(shrinking(style.category).prefix(2)) : shrinking(style.category)
        let categoryFont = categorySizes.first { f in
            // Many columns with wrapped names read better as rows; a dozen months on one line stay columns.
            plan.categories.allSatisfy {
                wrapsCleanly($0, f, width: bands.band - style.gap, maxLines: plan.canTurn ? (n > 8 ? 1 : 2) : 3)
            }
        }
        let valueSizes = plan.canTurn ? Array(shrinking(style.value).prefix(2)) : shrinking(style.value)
        let valueFont = valueSizes.first { f in
            plan.labels.allSatisfy { l in l.isMissing || measure(l.text, f).width <= bands.labelRoom(l) }
        }
        if (categoryFont == nil || valueFont == nil) && plan.canTurn { return nil }
        return BarLabelFonts(category: categoryFont ?? style.category.sized(style.minLabelSize),
                             value: valueFont ?? style.value.sized(style.minLabelSize), valuesFit: valueFont != nil)
    }

    /// The plan's labels at the value font: "자료 없음" shortened to "-" where
    /// it does not fit, value labels dropped (and said) when they do not.
    mutating func fittedValueLabels(_ plan: BarPlan, bands: VerticalBands, fonts: BarLabelFonts) -> [PlannedLabel] {
        var labels = plan.labels
        for k in labels.indices where labels[k].isMissing && measure(labels[k].text, fonts.value).width > bands.labelRoom(labels[k]) {
            labels[k].text = missingText
        }
        if !fonts.valuesFit {
            labels.removeAll { !$0.isMissing }
            warnings.append(.valueLabelsOmitted(kind: spec.kind, categories: plan.categories.count,
                                                reason: "bars narrower than their values"))
        }
        return labels
    }

    /// The value scale from the bottom (above the category labels and any
    /// labels under negative bars) to the top (below labels over positive bars).
    func verticalScale(_ plan: BarPlan, plot: Rect, bands: VerticalBands, fonts: BarLabelFonts,
                       labels: [PlannedLabel]) -> ValueScale {
        let gap = style.gap
        let tickH = measure("0", style.tick).height
        let catH = categoryLabelsHeight(plan, bands: bands, font: fonts.category)
        let valH = measure("0", fonts.value).height
        let hasPositive = labels.contains { $0.positive }, hasNegative = labels.contains { !$0.positive }
        let top = plot.minY + max(hasPositive ? valH + gap * 0.6 : 0, tickH / 2)
        let bottom = plot.maxY - catH - gap - max(hasNegative ? valH + gap * 0.6 : 0, tickH / 2)
        return ValueScale(domain: bands.domain, start: bottom, end: top)
    }

    func categoryLabelsHeight(_ plan: BarPlan, bands: VerticalBands, font: FontSpec) -> Double {
        let maxLines = plan.categories.map { lines($0, font, width: bands.band - style.gap).count }.max() ?? 1
        let lineHeight = font.size * 1.2
        return Double(maxLines) * lineHeight
    }

    /// Gridlines (none at zero: the baseline is drawn there) and tick labels on the left.
    mutating func drawValueAxis(_ bands: VerticalBands, scale y: ValueScale) {
        for (t, label) in zip(bands.domain.ticks, bands.tickTexts) {
            if !t.isZero { line(Point(bands.x0, y(t)), Point(bands.x1, y(t)), Stroke(palette.gridline, width: 1), role: .gridline(.y)) }
            text(label, style.tick, palette.secondaryText, x: bands.x0 - style.gap, centerY: y(t), .trailing, role: .tick(.y))
        }
    }

    /// Bars, and stack segments' labels inside them where they fit (the rest said in a warning).
    mutating func drawVerticalBars(_ plan: BarPlan, bands: VerticalBands, scale y: ValueScale, valueFont vf: FontSpec) {
        var insideRuns: [TextRun] = []
        var segmentsUnlabelled = 0
        for b in plan.bars {
            let cx = bands.slotX(b.category, b.slot)
            let ya = y(b.from), yb = y(b.to)
            let r = Rect(x: cx - bands.barWidth / 2, y: min(ya, yb), width: bands.barWidth, height: abs(ya - yb))
            rect(r, fill: b.fill, role: b.role)
            guard let inside = b.inside else { continue }
            let m = measure(inside, vf)
            if m.width <= bands.barWidth - 4, m.height <= r.height - 2 {
                insideRuns.append(typesetter.run(inside, font: vf, color: palette.textColor(on: b.fill),
                                                 at: Point(cx, r.midY - m.height / 2), alignment: .center, role: .segmentLabel))
            } else {
                segmentsUnlabelled += 1
            }
        }
        if segmentsUnlabelled > 0 { warnings.append(.segmentLabelsOmitted(count: segmentsUnlabelled)) }
        texts += insideRuns
    }

    /// The zero line, and a waterfall's dashed steps from one bar's end to the next.
    mutating func drawBaselineAndConnectors(_ plan: BarPlan, bands: VerticalBands, scale y: ValueScale) {
        let axisStroke = Stroke(palette.axis, width: max(1, 1.5 * style.scale))
        line(Point(bands.x0, y(.zero)), Point(bands.x1, y(.zero)), axisStroke, role: .baseline)
        for (i, v) in plan.connectors {
            let a = bands.slotX(i, 0) + bands.barWidth / 2, b = bands.slotX(i + 1, 0) - bands.barWidth / 2
            line(Point(a, y(v)), Point(b, y(v)), Stroke(palette.secondaryText, width: 1, dash: [3, 3]), role: .connector)
        }
    }

    /// Category labels, wrapped between words, centred under their band.
    mutating func drawCategoryLabels(_ plan: BarPlan, plot: Rect, bands: VerticalBands, fonts: BarLabelFonts) {
        let catTop = plot.maxY - categoryLabelsHeight(plan, bands: bands, font: fonts.category)
        for (i, c) in plan.categories.enumerated() {
            block(c, fonts.category, palette.text, left: bands.x0 + bands.band * Double(i) + style.gap / 2, top: catTop,
                  width: bands.band - style.gap, lineHeight: 1.2, .center, role: .tick(.x))
        }
    }
}

/// How wide vertical bars are: a share of their band, and no wider than a
/// size in points that grows with the chart's scale, so two bars on a wide
/// canvas do not become slabs.
enum BarWidths {
    /// A group of bars (grouped bars) fills at most this share of its band…
    static let groupShare = 0.8
    /// …and each slot at most `slotAtScale` points × the chart's scale, never less than `minSlot`.
    static let slotAtScale = 120.0, minSlot = 40.0
    /// A lone bar fills at most this share of its band…
    static let singleShare = 0.62
    /// …and at most `singleAtScale` points × the chart's scale, never less than `minSingle`.
    static let singleAtScale = 170.0, minSingle = 60.0
    /// A grouped bar fills this share of its slot: a hairline of white between neighbours.
    static let barShareOfSlot = 0.92
}

/// Bands and bar widths across a vertical bar chart, and the value axis's ticks.
struct VerticalBands {
    var domain: NiceDomain
    var tickTexts: [String]
    var x0: Double
    var x1: Double
    var band: Double
    var groupWidth: Double
    var pitch: Double
    var barWidth: Double
    var multi: Bool
    var gap: Double

    /// Centre of bar `slot` of category `i`; a label with no slot is centred on the band.
    func slotX(_ i: Int, _ slot: Int?) -> Double {
        guard let slot, multi else { return x0 + band * (Double(i) + 0.5) }
        return x0 + band * Double(i) + (band - groupWidth) / 2 + pitch * (Double(slot) + 0.5)
    }

    /// The width a value label may take: its band, or its bar's slot among grouped bars.
    func labelRoom(_ l: PlannedLabel) -> Double { l.slot == nil || !multi ? band - gap * 0.5 : pitch - 1 }
}

/// The fonts of a bar chart's category and value labels; `valuesFit` is false
/// when even the smallest value font was too wide and value labels are dropped.
struct BarLabelFonts {
    var category: FontSpec
    var value: FontSpec
    var valuesFit: Bool
}
