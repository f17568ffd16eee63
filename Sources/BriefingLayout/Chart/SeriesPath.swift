import BriefingCore

extension ChartContext {
    /// A series drawn as a line broken at missing values: missing is a gap,
    /// never a dip to zero. A point alone between gaps is drawn as a dot so it
    /// does not vanish.
    mutating func drawSeriesLine(_ points: [Point?], color: Color, width: Double, markers: Bool, role: SceneRole) {
        var run: [Point] = []
        func flush() {
            if run.count == 1 {
                marks.append(.path(PathMark([.arc(center: run[0], radius: width * 1.4, start: 0, end: 2 * Double.pi), .close],
                                            fill: color, role: role)))
            } else if run.count > 1 {
                marks.append(.path(PathMark([.move(run[0])] + run.dropFirst().map { .line($0) },
                                            stroke: Stroke(color, width: width), role: role)))
            }
            run = []
        }
        for p in points {
            if let p { run.append(p) } else { flush() }
        }
        flush()
        if markers {
            for case let p? in points {
                marks.append(.path(PathMark([.arc(center: p, radius: width * 1.3, start: 0, end: 2 * Double.pi), .close],
                                            fill: .white, stroke: Stroke(color, width: width * 0.8), role: .marker)))
            }
        }
    }
}
