import BriefingCore

extension ChartContext {
    /// Shares of a whole as a ring, with a list beside it: swatch, name,
    /// value and share. The list, not labels around the ring, carries the
    /// numbers, so twenty thin slices stay readable and never collide. The
    /// total is written in the hole.
    ///
    /// Shares are rounded once to one decimal and adjusted by largest
    /// remainder so the printed percentages add up to exactly 100.
    mutating func layoutDonut(_ data: ChartData) throws {
        let plot = try layoutFrame(legend: [])
        let s = data.series[0]
        let n = data.categories.count
        let gap = style.gap
        let present = s.values.compactMap { $0 }
        let total = present.reduce(.zero, +)
        let shares = Self.sharesAddingTo100(s.values)

        // The list: one or two columns, shrinking type until the rows fit. Names
        // wrap between words inside their column; values keep a column of their own.
        // Wide canvases put the list beside the ring; square and tall ones under it.
        let stacked = plot.height >= plot.width * 0.8
        let diameter = stacked ? min(plot.width * 0.6, plot.height * 0.5) : min(plot.height, plot.width * 0.45)
        let listArea = stacked
            ? Rect(x: plot.minX, y: plot.minY + diameter + gap * 3, width: plot.width, height: plot.height - diameter - gap * 3)
            : Rect(x: plot.minX + diameter + gap * 4, y: plot.minY, width: plot.width - diameter - gap * 4, height: plot.height)
        let listW = listArea.width
        let valueTexts = (0..<n).map { rowValue(s.values[$0], shares[$0]) }
        func attempt(_ f: FontSpec, _ c: Int) -> DonutListFit {
            // A column no wider than its widest row needs, so values sit near their names.
            let natural = f.size * 0.85 + gap * 4 + (data.categories.map { measure($0, f).width }.max() ?? 0)
                + (valueTexts.map { measure($0, style.value.sized(f.size)).width }.max() ?? 0)
            let colW = min(natural, (listW - gap * 4 * Double(c - 1)) / Double(c))
            let valueW = valueTexts.map { measure($0, style.value.sized(f.size)).width }.max() ?? 0
            let nameW = max(f.size * 2, colW - f.size * 0.85 - gap * 2 - valueW)
            let heights = data.categories.map { Double(lines($0, f, width: nameW).count) * f.size * 1.25 + f.size * 0.45 }
            return DonutListFit(font: f, columns: c, nameW: nameW, valueW: valueW, heights: heights)
        }
        func columnHeights(_ fit: DonutListFit) -> [Double] {
            let rows = (n + fit.columns - 1) / fit.columns
            return stride(from: 0, to: n, by: rows).map { fit.heights[$0..<min(n, $0 + rows)].reduce(0, +) }
        }
        var chosen: DonutListFit?
        fit: for f in shrinking(style.legend) {
            for c in [1, 2] {
                let a = attempt(f, c)
                if a.nameW >= f.size * 3, (columnHeights(a).max() ?? 0) <= listArea.height { chosen = a; break fit }
            }
        }
        let fit = chosen ?? attempt(style.legend.sized(style.minLabelSize), 2)
        let lf = fit.font, vf = style.value.sized(lf.size)
        let columns = fit.columns
        let rows = (n + columns - 1) / columns
        let colW = fit.nameW + lf.size * 0.85 + gap * 2 + fit.valueW
        let listHeight = columnHeights(fit).max() ?? 0
        // Stacked, ring and list together are centred top to bottom.
        let drop = stacked ? max(0, (listArea.height - listHeight) / 2) : 0
        let listTop = stacked ? listArea.minY + drop : listArea.minY + max(0, (listArea.height - listHeight) / 2)
        let listWidth = Double(columns) * colW + Double(columns - 1) * gap * 4
        let listX = stacked ? listArea.minX + max(0, (listArea.width - listWidth) / 2) : listArea.minX

        // The ring, clockwise from twelve o'clock.
        let center = stacked ? Point(plot.midX, plot.minY + drop + diameter / 2) : Point(plot.minX + diameter / 2, plot.midY)
        let r = diameter / 2, inner = r * 0.58
        var angle = -Double.pi / 2
        for i in 0..<n {
            guard let v = s.values[i], !total.isZero else { continue }
            let sweep = 2 * Double.pi * v.doubleValue / total.doubleValue
            let end = angle + sweep
            let color = sliceColor(i, data)
            marks.append(.path(PathMark([
                .arc(center: center, radius: r, start: angle, end: end),
                .arcNegative(center: center, radius: inner, start: end, end: angle),
                .close,
            ], fill: color, stroke: n > 1 ? Stroke(.white, width: max(1, 2 * style.scale)) : nil,
               role: .slice(category: data.categories[i], value: v))))
            angle = end
        }
        // The total in the hole, shrunk until it fits.
        let totalText = valueLabel(total)
        let kf = shrinking(FontSpec(family: spec.fonts.display, weight: .bold, size: max(10, inner * 0.42)))
            .first { measure(totalText, $0).width <= inner * 1.6 } ?? style.value
        let cap = style.small
        let kh = measure(totalText, kf).height, ch = measure(spec.labels.total, cap).height
        text(spec.labels.total, cap, palette.secondaryText, at: Point(center.x, center.y - (kh + ch) / 2), .center, role: .totalCaption)
        text(totalText, kf, palette.text, at: Point(center.x, center.y - (kh + ch) / 2 + ch), .center, role: .totalLabel)

        var rowTop = listTop
        for i in 0..<n {
            let col = i / rows
            if i % rows == 0 { rowTop = listTop }
            let x = listX + Double(col) * (colW + gap * 4)
            let sw = lf.size * 0.85
            let firstCenter = rowTop + lf.size * 0.225 + lf.size * 1.25 / 2
            rect(Rect(x: x, y: firstCenter - sw / 2, width: sw, height: sw), fill: sliceColor(i, data), role: .legendSwatch)
            block(data.categories[i], lf, palette.text, left: x + sw + gap, top: rowTop + lf.size * 0.225, width: fit.nameW,
                  lineHeight: 1.25, role: .legend)
            text(valueTexts[i], vf, s.values[i] == nil ? palette.secondaryText : palette.text, x: x + colW, centerY: firstCenter, .trailing,
                 role: s.values[i] == nil ? .missingLabel(series: s.name, category: data.categories[i])
                     : .valueLabel(series: s.name, category: data.categories[i]))
            rowTop += fit.heights[i]
        }
    }

    func rowValue(_ v: ExactDecimal?, _ share: ExactDecimal?) -> String {
        guard let v, let share else { return spec.labels.noData }
        return "\(valueLabel(v)) (\(share)%)"
    }

    func sliceColor(_ i: Int, _ data: ChartData) -> Color {
        if let h = spec.highlight {
            return data.categories[i] == h ? palette.primary : (i % 2 == 0 ? palette.muted : palette.muted.mixed(with: .white, 0.45))
        }
        // Past the palette, lighter tints of it, so neighbours still differ.
        let k = palette.series.count
        let base = palette.seriesColor(i)
        return i < k ? base : base.mixed(with: .white, min(0.75, 0.3 * Double(i / max(1, k))))
    }

    /// Percent shares to one decimal that add up to exactly 100.0, by largest
    /// remainder (Hare quota); `nil` for missing values.
    static func sharesAddingTo100(_ values: [ExactDecimal?]) -> [ExactDecimal?] {
        let total = values.compactMap { $0 }.reduce(.zero, +)
        guard !total.isZero else { return values.map { $0.map { _ in .zero } } }
        // Work in tenths of a percent: each share = v × 1000 / total.
        var floors: [Int128?] = []
        // Remainders over the same total: compared by their numerators alone,
        // so no cross product of two large amounts is ever formed.
        var remainders: [(Int, ExactDecimal)] = []
        for (i, v) in values.enumerated() {
            guard let v, let q = Ratio(v * ExactDecimal(1000), total) else { floors.append(nil); continue }
            let f = q.rounded(toScale: 0, rule: .towardZero)
            let fi = f.significand * Int128.powerOfTen(max(0, f.exponent))
            floors.append(fi)
            remainders.append((i, v * ExactDecimal(1000) - f * total))
        }
        var missing = 1000 - floors.compactMap { $0 }.reduce(0, +)
        for (i, _) in remainders.sorted(by: { $0.1 == $1.1 ? $0.0 < $1.0 : $0.1 > $1.1 }) where missing > 0 {
            floors[i]! += 1
            missing -= 1
        }
        return floors.map { $0.map { ExactDecimal(significand: $0, exponent: -1) } }
    }
}

/// How the donut's list fits beside the ring: type size, columns, and each row's height.
struct DonutListFit {
    var font: FontSpec
    var columns: Int
    var nameW: Double
    var valueW: Double
    var heights: [Double]
}
