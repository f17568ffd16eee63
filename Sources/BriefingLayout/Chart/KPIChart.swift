import BriefingCore

extension ChartContext {
    /// One big figure: the label (`categories[0]`) above it, the value
    /// (`series[0].values[0]`) as large as the plot allows, and comparison
    /// lines under it — against the second category, if any (`2023 934 대비 ▲ 66 (+7.1%)`)
    /// and against each reference line (`목표 150만 달러 대비 666.7%`).
    mutating func layoutKPI(_ data: ChartData) throws {
        let plot = try layoutFrame(legend: [])
        let s = data.series[0]
        let gap = style.gap
        let labelFont = style.subtitle.sized(style.subtitle.size * 1.1).weighted(.bold)
        let cmpFont = style.subtitle.sized(style.subtitle.size * 1.2)
        var comparisons: [String] = []
        let value = s.values[0]
        if let v = value {
            // One comparison base: the second category (last year, last month).
            if data.categories.count > 1, let base = s.values[1] {
                let i = 1
                let diff = v - base
                let arrow = diff.isZero ? "–" : (diff.isNegative ? "▼" : "▲")
                let percent = Ratio(diff, base).map { r -> String in
                    let p = r.percent.rounded(toScale: 1)
                    return "\(p.isNegative ? "" : "+")\(p)%"
                }
                comparisons.append(spec.labels.comparison(category: data.categories[i], base: valueLabel(base), arrow: arrow,
                                                          difference: valueLabel(diff.magnitude), percent: percent))
            }
            for ref in spec.referenceLines {
                if let r = Ratio(v, ref.value) {
                    comparisons.append(spec.labels.share(of: ref.label, percent: "\(r.percent.rounded(toScale: 1))%"))
                }
            }
        }
        let valueText = value.map(valueLabel) ?? spec.labels.noData
        let labelH = blockHeight(data.categories[0], labelFont, width: plot.width)
        let cmpH = comparisons.reduce(0.0) { $0 + blockHeight($1, cmpFont, width: plot.width, lineHeight: 1.4) }
        let room = plot.height - labelH - cmpH - gap * 2
        let big = shrinking(FontSpec(family: spec.fonts.display, weight: .bold, size: max(12, min(room, plot.height * 0.42) / 1.2)))
            .first { measure(valueText, $0).width <= plot.width && measure(valueText, $0).height <= room } ?? style.value
        let bigH = measure(valueText, big).height
        var y = plot.minY + max(0, (plot.height - labelH - bigH - cmpH - gap * 2) / 2)
        let runs = block(data.categories[0], labelFont, palette.secondaryText, left: plot.minX, top: y, width: plot.width, role: .kpiLabel)
        y += Double(runs.count) * labelFont.size * 1.2 + gap
        text(valueText, big, value == nil ? palette.secondaryText : (s.color ?? palette.primary), at: Point(plot.minX, y), role: .kpiValue)
        y += bigH + gap
        for c in comparisons {
            let r = block(c, cmpFont, palette.text, left: plot.minX, top: y, width: plot.width, lineHeight: 1.4, role: .kpiComparison)
            y += Double(r.count) * cmpFont.size * 1.4
        }
    }
}
