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
        let n = data.categories.count
        let gap = style.gap
        let tickFont = style.tick, vf = style.value
        let values = data.series.flatMap { $0.values.compactMap { $0 } }
        let lo = values.min() ?? .zero, hi = values.max() ?? .zero
        let includeZero = lo == hi || (!lo.isNegative && lo.doubleValue <= hi.doubleValue / 2)
        let count = min(8, max(2, Int(plot.height / (tickFont.size * 4))))
        let domain = niceDomain(values, includeZero: includeZero, count: count)
        let tickTexts = tickLabels(domain)
        let tickH = measure("0", tickFont).height
        let axisW = (tickTexts.map { measure($0, tickFont).width }.max() ?? 0) + gap
        let multi = data.series.count > 1

        // End labels: "name value", or just the value for a single series.
        var ends: [EndLabel] = []
        for (j, s) in data.series.enumerated() {
            guard let last = s.values.lastIndex(where: { $0 != nil }) else { continue }
            let v = valueLabel(s.values[last]!)
            ends.append(EndLabel(series: j, last: last, text: multi ? "\(s.name) \(v)" : v, color: seriesColor(j, data)))
        }
        let endW = ends.map { measure($0.text, vf).width }.max() ?? 0
        let gutter = spec.lineLabelsInner ? gap : endW + gap * 1.5

        // Category labels: wrapped between words, thinned to every k-th when crowded
        // (the first and last always shown); on a time axis, at calendar ticks.
        let x0 = plot.minX + axisW + gap, x1 = plot.maxX - gutter
        let stepX = n > 1 ? (x1 - x0) / Double(n - 1) : 0
        let cf = style.category
        let wrapW = max(stepX - gap, cf.size * 5)
        var labelTexts = data.categories
        var wrapped = labelTexts.map { lines($0, cf, width: wrapW) }
        var widths = wrapped.map { $0.map { measure($0, cf).width }.max() ?? 0 }
        func labelCenter(_ i: Int) -> Double {
            let x = n > 1 ? x0 + stepX * Double(i) : (x0 + x1) / 2
            return min(max(x, plot.minX + widths[i] / 2), plot.maxX - widths[i] / 2)
        }
        func labelsToShow(every k: Int) -> [Int] {
            var shown = Array(stride(from: 0, to: n, by: k))
            if shown.last != n - 1 { shown.append(n - 1) }
            return shown
        }
        func clear(_ shown: [Int]) -> Bool {
            zip(shown, shown.dropFirst()).allSatisfy { a, b in
                labelCenter(a) + widths[a] / 2 + gap <= labelCenter(b) - widths[b] / 2
            }
        }
        var shownList = labelsToShow(every: 1)
        /// Month and quarter ticks also name the first and last month (a
        /// monthly report's trend ends on the month it reports), dropping an
        /// aligned tick closer to either than half an interval, or crowding
        /// it; year ticks stay on the calendar.
        func keepingEnds(_ ticks: [Int], interval: Int) -> [Int] {
            let near = { (a: Int, b: Int) in abs(a - b) * 2 < interval || !clear([min(a, b), max(a, b)]) }
            let inner = ticks.filter { $0 != 0 && $0 != n - 1 && !near($0, 0) && !near($0, n - 1) }
            return [0] + inner + [n - 1]
        }
        if let months = data.months, months.count == n, n > 1 {
            // Calendar ticks (d3-time's choice of interval), the next wider
            // interval while labels collide. Wide enough for a category label
            // and a gap on each side is how many ticks fit.
            let room = (widths.max() ?? cf.size) + gap * 2
            let span = (months.map(\.index).max() ?? 0) - (months.map(\.index).min() ?? 0)
            let first = TimeTicks.interval(spanMonths: span, count: Int((x1 - x0) / room))
            var found = false
            for interval in TimeTicks.intervals(from: first) {
                let ticks = TimeTicks(months, interval: interval)
                guard !ticks.indices.isEmpty else { continue }
                for (i, label) in zip(ticks.indices, ticks.labels(data.categories)) {
                    labelTexts[i] = label
                    wrapped[i] = lines(label, cf, width: wrapW)
                    widths[i] = wrapped[i].map { measure($0, cf).width }.max() ?? 0
                }
                shownList = ticks.years == nil ? keepingEnds(ticks.indices, interval: interval) : ticks.indices
                if clear(shownList) { found = true; break }
            }
            if !found {
                for i in [0, n - 1] {
                    labelTexts[i] = data.categories[i]
                    wrapped[i] = lines(labelTexts[i], cf, width: wrapW)
                    widths[i] = wrapped[i].map { measure($0, cf).width }.max() ?? 0
                }
                shownList = [0, n - 1]
            }
        } else if !clear(shownList) {
            for k in 2..<max(3, n) {
                shownList = labelsToShow(every: k)
                if clear(shownList) { break }
                // The last label crowds its neighbour: drop the neighbour, keep the ends.
                var trimmed = shownList
                if trimmed.count > 2 { trimmed.remove(at: trimmed.count - 2) }
                if clear(trimmed) { shownList = trimmed; break }
            }
            if !clear(shownList) { shownList = n > 1 ? [0, n - 1] : [0] }
        }
        let shown = Set(shownList)
        let catH = Double(shown.map { wrapped[$0].count }.max() ?? 1) * cf.size * 1.2
        let top = plot.minY + tickH / 2 + (spec.lineLabelsInner ? measure("0", vf).height + gap : 0)
        let bottom = plot.maxY - catH - gap - tickH / 2
        let y = ValueScale(domain: domain, start: bottom, end: top)
        func xAt(_ i: Int) -> Double { n > 1 ? x0 + stepX * Double(i) : (x0 + x1) / 2 }

        for (t, label) in zip(domain.ticks, tickTexts) {
            let axis = t.isZero
            line(Point(x0 - gap, y(t)), Point(x1, y(t)), Stroke(axis ? palette.axis : palette.gridline, width: axis ? max(1, 1.5 * style.scale) : 1),
                 role: axis ? .baseline : .gridline(.y))
            text(label, tickFont, palette.secondaryText, x: x0 - gap * 1.5, centerY: y(t), .trailing, role: .tick(.y))
        }
        for i in shown.sorted() {
            let cx = labelCenter(i)
            block(labelTexts[i], cf, palette.secondaryText, left: cx - wrapW / 2, top: plot.maxY - catH,
                  width: wrapW, lineHeight: 1.2, .center, role: .tick(.x))
        }

        let width = max(1.5, 3 * style.scale)
        let markers = n <= 12
        // Highlighted series last, so it is drawn on top.
        let order = data.series.indices.sorted { a, b in
            (data.series[a].name == spec.highlight ? 1 : 0) < (data.series[b].name == spec.highlight ? 1 : 0)
        }
        for j in order {
            let s = data.series[j]
            let points: [Point?] = s.values.enumerated().map { i, v in v.map { Point(xAt(i), y($0)) } }
            drawSeriesLine(points, color: seriesColor(j, data), width: width, markers: markers, role: .line(series: s.name))
        }

        // End labels, spread apart vertically.
        let heights = ends.map { measure($0.text, vf).height }
        let wishes = ends.enumerated().map { e, l -> Double in
            let py = y(data.series[l.series].values[l.last]!)
            return spec.lineLabelsInner ? py - gap - heights[e] : py - heights[e] / 2
        }
        let tops = spreadLabels(wishes: wishes, heights: heights, lower: plot.minY, upper: bottom, gap: 1)
        for (e, l) in ends.enumerated() {
            let color = palette.readable(l.color)
            if spec.lineLabelsInner {
                // Inside the plot: above or below the last point, clear of every line,
                // reference line and label; the spread position if nothing is clear.
                let w = measure(l.text, vf).width, h = heights[e]
                let px = xAt(l.last), py = y(data.series[l.series].values[l.last]!)
                var placer = LabelPlacer(bounds: Rect(x: x0, y: plot.minY, width: plot.maxX - x0, height: bottom - plot.minY), padding: 1)
                placer.occupy(texts)
                for case .path(let p) in marks where p.role?.isLine == true { placer.occupy(polyline: p) }
                for ref in spec.referenceLines { placer.occupyMark(Rect(x: x0, y: y(ref.value) - 1.5, width: x1 - x0, height: 3)) }
                var candidates: [Rect] = []
                for d in stride(from: gap * 0.8, through: gap * 6, by: gap * 0.6) {
                    for left in [px - w, px - w / 2, px - w - gap] {
                        let lx = min(max(left, x0), plot.maxX - w)
                        candidates.append(Rect(x: lx, y: py - d - h, width: w, height: h))
                        candidates.append(Rect(x: lx, y: py + d, width: w, height: h))
                    }
                }
                let fallback = Rect(x: min(max(px - w / 2, x0), plot.maxX - w), y: tops[e], width: w, height: h)
                let r = candidates.first(where: placer.isFree) ?? fallback
                text(l.text, vf, color, at: Point(r.minX, r.minY), role: .lineEndLabel)
            } else {
                let ax = xAt(l.last), ay = y(data.series[l.series].values[l.last]!)
                let lx = xAt(n - 1) + gap
                if l.last < n - 1 || abs(tops[e] + heights[e] / 2 - ay) > heights[e] * 0.6 {
                    line(Point(ax + width, ay), Point(lx - 2, tops[e] + heights[e] / 2),
                         Stroke(l.color, width: 1, dash: [2, 2]), role: .endLabelLeader)
                }
                text(l.text, vf, color, at: Point(lx + 2, tops[e]), role: .lineEndLabel)
            }
        }

        // One series with few points: every point gets its value.
        if !multi, spec.showValueLabels, n <= 12, let s = data.series.first {
            var placer = LabelPlacer(bounds: plot)
            placer.occupy(texts)
            let pf = vf.sized(vf.size * 0.85).weighted(.regular)
            for case let (i, v?) in s.values.enumerated() where i != ends.first?.last {
                let label = valueLabel(v)
                let m = measure(label, pf)
                let p = Point(xAt(i), y(v))
                let candidates = [Rect(x: p.x - m.width / 2, y: p.y - width * 2 - m.height, width: m.width, height: m.height),
                                  Rect(x: p.x - m.width / 2, y: p.y + width * 2, width: m.width, height: m.height)]
                guard let r = candidates.first(where: placer.isFree) else { continue }
                let run = text(label, pf, palette.text, at: Point(r.minX, r.minY), role: .pointLabel)
                placer.occupy(run.box)
            }
        }

        placeReferencesAndAnnotations(data: data, plot: plot, frame: AnnotationFrame(
            valueIsVertical: true, scale: y, spanStart: x0, spanEnd: x1,
            anchor: { i, v in Point(xAt(i), y(v)) }))
    }

    func seriesColor(_ j: Int, _ data: ChartData) -> Color {
        let base = data.series[j].color ?? palette.seriesColor(j)
        if let h = spec.highlight, data.series.contains(where: { $0.name == h }), data.series[j].name != h { return palette.muted }
        return base
    }
}

/// A line's end label: the series, its last present point, the text.
struct EndLabel {
    var series: Int
    var last: Int
    var text: String
    var color: Color
}
