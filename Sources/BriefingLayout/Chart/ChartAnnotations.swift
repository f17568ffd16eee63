import BriefingCore

/// How reference lines and annotations find their place on a plot.
struct AnnotationFrame {
    /// Whether the value axis runs up the page (vertical bars, lines).
    var valueIsVertical: Bool
    var scale: ValueScale
    /// Where a reference line starts and ends across the plot.
    var spanStart: Double
    var spanEnd: Double
    /// The point a category's value sits at.
    var anchor: (Int, ExactDecimal) -> Point
}

extension ChartContext {
    /// Reference lines (dashed, labelled) and annotations (text with a leader
    /// to its point), each label put where it covers no other text or bar.
    mutating func placeReferencesAndAnnotations(data: ChartData, plot: Rect, frame: AnnotationFrame) {
        var placer = LabelPlacer(bounds: plot, padding: max(4, style.gap * 1.2))
        placer.occupy(texts)
        for case .rect(let r) in marks where r.role?.isBar == true { placer.occupyMark(r.rect) }
        for case .path(let p) in marks where p.role?.isLine == true { placer.occupy(polyline: p) }
        let font = style.annotation
        let gap = style.gap
        let dashScale = max(0.5, style.scale)
        let stroke = Stroke(palette.referenceLine, width: max(1, 1.5 * style.scale), dash: [6 * dashScale, 4 * dashScale])
        for ref in spec.referenceLines {
            let p = frame.scale(ref.value)
            let m = measure(ref.label, font)
            var candidates: [Rect] = []
            if frame.valueIsVertical {
                line(Point(frame.spanStart, p), Point(frame.spanEnd, p), stroke, role: .referenceLine)
                let xs = [frame.spanEnd - m.width, frame.spanStart + gap]
                    + stride(from: frame.spanEnd - m.width, through: frame.spanStart, by: -max(4, m.width / 8)).map { $0 }
                for dy in [2.0, 2 + m.height * 0.6] {
                    for x in xs {
                        candidates.append(Rect(x: x, y: p - dy - m.height, width: m.width, height: m.height))
                        candidates.append(Rect(x: x, y: p + dy, width: m.width, height: m.height))
                    }
                }
            } else {
                line(Point(p, frame.spanStart), Point(p, frame.spanEnd), stroke, role: .referenceLine)
                let ys = stride(from: frame.spanStart, through: frame.spanEnd - m.height, by: max(4, m.height / 2)).map { $0 }
                for y in ys {
                    candidates.append(Rect(x: p + gap * 0.5, y: y, width: m.width, height: m.height))
                    candidates.append(Rect(x: p - gap * 0.5 - m.width, y: y, width: m.width, height: m.height))
                }
            }
            // Crowded plots: anywhere on the plot, nearest the line first, joined to it by a leader.
            if !candidates.contains(where: placer.isFree) {
                var far: [Rect] = []
                for y in stride(from: plot.minY, through: plot.maxY - m.height, by: max(3, m.height / 2)) {
                    for x in stride(from: plot.minX, through: plot.maxX - m.width, by: max(4, m.width / 6)) {
                        far.append(Rect(x: x, y: y, width: m.width, height: m.height))
                    }
                }
                func distance(_ r: Rect) -> Double {
                    frame.valueIsVertical ? min(abs(r.minY - p), abs(r.maxY - p)) : min(abs(r.minX - p), abs(r.maxX - p))
                }
                candidates += far.sorted { distance($0) < distance($1) }
            }
            if let r = placer.choose(candidates) {
                let touches = frame.valueIsVertical ? (r.maxY >= p - 3 && r.minY <= p + 3) : (r.maxX >= p - gap && r.minX <= p + gap)
                if !touches {
                    let from = frame.valueIsVertical ? Point(r.midX, r.maxY < p ? r.maxY : r.minY)
                                                     : Point(r.maxX < p ? r.maxX : r.minX, r.midY)
                    let to = frame.valueIsVertical ? Point(r.midX, p) : Point(p, r.midY)
                    line(from, to, Stroke(palette.referenceLine, width: 1), role: .referenceLeader)
                }
                let run = text(ref.label, font, palette.referenceLine, at: Point(r.minX, r.minY), role: .referenceLabel)
                placer.occupy(run.box)
            }
        }
        for a in spec.annotations {
            guard let i = data.categories.firstIndex(of: a.category),
                  let v = a.value ?? data.series[0].values[i] ?? data.series.lazy.compactMap({ $0.values[i] }).first
            else { continue }
            let pt = frame.anchor(i, v)
            let width = min(plot.width * 0.35, font.size * 14)
            let wrapped = lines(a.text, font, width: width)
            let w = wrapped.map { measure($0, font).width }.max() ?? 0
            let h = Double(wrapped.count) * font.size * 1.25
            var candidates: [Rect] = []
            for d in [gap * 2, gap * 4, gap * 7, gap * 11, gap * 16] {
                candidates += [
                    Rect(x: pt.x + d * 0.5, y: pt.y - d - h, width: w, height: h),
                    Rect(x: pt.x - d * 0.5 - w, y: pt.y - d - h, width: w, height: h),
                    Rect(x: pt.x - w / 2, y: pt.y - d - h, width: w, height: h),
                    Rect(x: pt.x + d, y: pt.y - h / 2, width: w, height: h),
                    Rect(x: pt.x - d - w, y: pt.y - h / 2, width: w, height: h),
                    Rect(x: pt.x + d * 0.5, y: pt.y + d, width: w, height: h),
                    Rect(x: pt.x - d * 0.5 - w, y: pt.y + d, width: w, height: h),
                ]
            }
            // Then anywhere on the plot, nearest first: a longer leader beats covered text.
            let step = max(4, h / 2)
            var far: [Rect] = []
            for y in stride(from: plot.minY, through: plot.maxY - h, by: step) {
                for x in stride(from: plot.minX, through: plot.maxX - w, by: max(4, w / 6)) {
                    far.append(Rect(x: x, y: y, width: w, height: h))
                }
            }
            func distance(_ r: Rect) -> Double {
                let dx = max(r.minX - pt.x, 0, pt.x - r.maxX), dy = max(r.minY - pt.y, 0, pt.y - r.maxY)
                return dx * dx + dy * dy
            }
            candidates += far.sorted { distance($0) < distance($1) }
            guard let r = placer.choose(candidates) else { continue }
            // Leader from the point to the nearest edge of the text.
            let ex = min(max(pt.x, r.minX), r.maxX), ey = min(max(pt.y, r.minY), r.maxY)
            line(pt, Point(ex, ey), Stroke(palette.secondaryText, width: 1), role: .annotationLeader)
            let dot = 2.5 * max(0.6, style.scale)
            marks.append(.path(PathMark([.arc(center: pt, radius: dot, start: 0, end: 2 * Double.pi), .close],
                                        fill: palette.text, role: .annotationPoint)))
            let runs = block(a.text, font, palette.text, left: r.minX, top: r.minY, width: w + 0.5, lineHeight: 1.25, role: .annotation)
            placer.occupy(runs)
        }
    }
}
