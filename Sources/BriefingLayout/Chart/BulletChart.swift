import BriefingCore

extension ChartContext {
    /// Actual against target, one row a category: a bar for the actual
    /// (`series[0]`), a dark tick for the target (`series[1]`), the actual and
    /// its achievement rate at the bar's end (`1,000 (666.7%)`).
    ///
    /// When every row has the same target, it is one line across all rows,
    /// labelled once at the top (`목표 150`); otherwise each row carries its
    /// own target label above its tick.
    mutating func layoutBullet(_ data: ChartData) throws {
        let plot = try layoutFrame(legend: [])
        let actual = data.series[0], target = data.series[1]
        let n = data.categories.count
        let gap = style.gap
        let tickFont = style.tick
        let tickH = measure("0", tickFont).height
        let targets = Set(target.values.compactMap { $0 })
        let shared = targets.count == 1 && !target.values.contains(nil) && n > 1
        let sfNominal = style.annotation
        let sharedH = shared ? measure("0", sfNominal).height + gap * 0.5 : 0
        // Rows no taller than a bullet needs; the block is centred in the plot.
        let available = plot.height - sharedH - tickH - gap * 0.75
        let band = min(available / Double(n), max(36, 100 * style.scale))
        let offset = (available - band * Double(n)) / 2
        let top = plot.minY + offset + sharedH
        let bandsBottom = top + band * Double(n)
        // Per-row targets take the top of each band for their label.
        let rowLabelH = shared ? 0 : min(measure("0", sfNominal).height, band * 0.4)
        let sf = shared ? sfNominal : sfNominal.sized(min(sfNominal.size, rowLabelH / 1.15))
        let rem = band - rowLabelH - (shared ? 0 : 1)
        let barH = max(2, rem * 0.42)
        let markerHalf = min(barH * 1.1, rem / 2)
        let vfitting = min(style.value.size, rem * 0.9 / 1.15)
        let vf = style.value.sized(max(vfitting, 6.5))
        let showValues = vfitting >= 6.5
        if !showValues {
            warnings.append(.valueLabelsOmitted(kind: .bullet, categories: n, reason: "rows thinner than a legible label"))
        }

        let labels: [String?] = (0..<n).map { i in
            guard let a = actual.values[i] else { return nil }
            var t = valueLabel(a)
            if let g = target.values[i], let r = Ratio(a, g) { t += " (\(r.percent.rounded(toScale: 1))%)" }
            return t
        }
        let natural = data.categories.map { measure($0, style.category).width }.max() ?? 0
        let gutter = min(natural, plot.width * 0.3)
        let cf = shrinking(style.category).first { f in
            data.categories.allSatisfy { Double(lines($0, f, width: gutter).count) * f.size * 1.2 <= band }
        } ?? style.category.sized(style.minLabelSize)
        let widestLabel = labels.compactMap { $0 }.map { measure($0, vf).width }.max() ?? measure(spec.labels.noData, vf).width
        let endW = showValues ? widestLabel + gap : gap
        let x0 = plot.minX + gutter + gap * 2, x1 = plot.maxX - endW
        let values = (actual.values + target.values).compactMap { $0 }
        var domain = niceDomain(values, includeZero: true, count: 2)
        for count in stride(from: min(8, max(2, Int((x1 - x0) / (tickFont.size * 5)))), through: 2, by: -1) {
            domain = niceDomain(values, includeZero: true, count: count)
            let widest = tickLabels(domain).map { measure($0, tickFont).width }.max() ?? 0
            if widest + gap <= (x1 - x0) / Double(max(1, domain.ticks.count - 1)) { break }
        }
        let x = ValueScale(domain: domain, start: x0, end: x1)
        for (t, label) in zip(domain.ticks, tickLabels(domain)) {
            if !t.isZero { line(Point(x(t), top), Point(x(t), bandsBottom), Stroke(palette.gridline, width: 1), role: .gridline(.x)) }
            let w = measure(label, tickFont).width
            let cx = min(max(x(t), plot.minX + w / 2), plot.maxX - w / 2)
            text(label, tickFont, palette.secondaryText, at: Point(cx, bandsBottom + gap * 0.5), .center, role: .tick(.x))
        }
        let targetStroke = Stroke(palette.referenceLine, width: max(2, 3.5 * style.scale))
        for i in 0..<n {
            let bandTop = top + band * Double(i)
            let cy = bandTop + rowLabelH + rem / 2 + (shared ? 0 : 1)
            let h = Double(lines(data.categories[i], cf, width: gutter).count) * cf.size * 1.2
            block(data.categories[i], cf, palette.text, left: plot.minX, top: cy - h / 2, width: gutter, lineHeight: 1.2, .trailing,
                  role: .tick(.y))
            // The whole scale, faintly, so the bar reads as a share of it.
            rect(Rect(x: x0, y: cy - barH * 0.8, width: x1 - x0, height: barH * 1.6), fill: palette.gridline.mixed(with: .white, 0.4),
                 role: .bulletRange)
            if let a = actual.values[i] {
                let fill = spec.highlight == nil || spec.highlight == data.categories[i] ? (actual.color ?? palette.primary) : palette.muted
                let r = Rect(x: min(x(.zero), x(a)), y: cy - barH / 2, width: abs(x(a) - x(.zero)), height: barH)
                rect(r, fill: fill, role: .bar(series: actual.name, category: data.categories[i], value: a))
                if showValues {
                    text(labels[i]!, vf, palette.text, x: max(x(a), x(.zero)) + gap * 0.5, centerY: cy,
                         role: .valueLabel(series: actual.name, category: data.categories[i]))
                }
            } else if showValues {
                text(spec.labels.noData, vf, palette.secondaryText, x: x(.zero) + gap * 0.5, centerY: cy,
                     role: .missingLabel(series: actual.name, category: data.categories[i]))
            }
            if !shared, let g = target.values[i] {
                let tx = x(g)
                line(Point(tx, cy - markerHalf), Point(tx, cy + markerHalf), targetStroke, role: .target)
                let label = "\(target.name) \(valueLabel(g))"
                let w = measure(label, sf).width
                let lx = min(max(tx - w / 2, x0), plot.maxX - w)
                text(label, sf, palette.referenceLine, at: Point(lx, cy - markerHalf - 1 - measure(label, sf).height), role: .targetLabel)
            }
        }
        if shared, let g = targets.first {
            let tx = x(g)
            line(Point(tx, top - gap * 0.3), Point(tx, bandsBottom), targetStroke, role: .target)
            let label = "\(target.name) \(valueLabel(g))"
            let w = measure(label, sf).width
            text(label, sf, palette.referenceLine, at: Point(min(max(tx - w / 2, x0), plot.maxX - w), top - sharedH), role: .targetLabel)
        }
        placeReferencesAndAnnotations(data: data, plot: plot, frame: AnnotationFrame(
            valueIsVertical: false, scale: x, spanStart: top, spanEnd: bandsBottom,
            anchor: { _, v in Point(x(v), top) }))
    }
}
