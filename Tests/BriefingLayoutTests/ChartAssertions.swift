import BriefingCore
@testable import BriefingLayout
import Testing

/// Geometry checks on chart Scenes, shared by the chart suites.

/// No two text runs' boxes overlap (touching is fine).
func assertNoOverlaps(_ scene: Scene, _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    let runs = scene.allTextRuns
    for i in runs.indices {
        for j in runs.indices where j > i {
            let a = runs[i].box.insetBy(dx: 0.01, dy: 0.01), b = runs[j].box.insetBy(dx: 0.01, dy: 0.01)
            if a.intersects(b) {
                Issue.record("\(context): '\(runs[i].text)' (\(runs[i].role ?? "-")) overlaps '\(runs[j].text)' (\(runs[j].role ?? "-"))",
                             sourceLocation: sourceLocation)
            }
        }
    }
}

/// Every text box and mark lies on the canvas.
func assertInsideCanvas(_ scene: Scene, _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    let canvas = Rect(x: 0, y: 0, width: scene.size.width, height: scene.size.height)
    for run in scene.allTextRuns where !canvas.contains(run.box) {
        Issue.record("\(context): text '\(run.text)' (\(run.role ?? "-")) leaves the canvas: \(run.box)", sourceLocation: sourceLocation)
    }
    for item in scene.items {
        for (r, role) in markBounds(item) where !canvas.contains(r, tolerance: 0.5) {
            Issue.record("\(context): mark \(role) leaves the canvas: \(r)", sourceLocation: sourceLocation)
        }
    }
}

/// Outside value labels never sit on a bar.
func assertLabelsClearOfBars(_ scene: Scene, _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    let bars = barRects(scene)
    for run in scene.allTextRuns where ["value-label", "missing-label", "tick-x", "tick-y", "reference-label", "annotation"].contains(run.role ?? "") {
        for bar in bars where bar.rect.insetBy(dx: 0.05, dy: 0.05).intersects(run.box) && bar.rect.width > 0.1 && bar.rect.height > 0.1 {
            Issue.record("\(context): '\(run.text)' (\(run.role!)) covers \(bar.role ?? "bar")", sourceLocation: sourceLocation)
        }
    }
}

func barRects(_ scene: Scene) -> [RectMark] {
    scene.items.compactMap { if case .rect(let r) = $0, r.role?.hasPrefix("bar ") == true { return r } else { return nil } }
}

func paths(_ scene: Scene, rolePrefix: String) -> [PathMark] {
    scene.items.compactMap { if case .path(let p) = $0, p.role?.hasPrefix(rolePrefix) == true { return p } else { return nil } }
}

func runs(_ scene: Scene, role: String) -> [TextRun] {
    scene.allTextRuns.filter { $0.role == role }
}

/// Bounding boxes of a mark (arcs as their full circle).
func markBounds(_ item: SceneItem) -> [(Rect, String)] {
    switch item {
    case .rect(let r): return [(r.rect, r.role ?? "rect")]
    case .path(let p):
        var pts: [Point] = []
        for e in p.elements {
            switch e {
            case .move(let a), .line(let a): pts.append(a)
            case .curve(let a, let b, let c): pts += [a, b, c]
            case .arc(let c, let r, _, _), .arcNegative(let c, let r, _, _):
                pts += [Point(c.x - r, c.y - r), Point(c.x + r, c.y + r)]
            case .close: break
            }
        }
        guard let first = pts.first else { return [] }
        let r = pts.reduce(Rect(x: first.x, y: first.y, width: 0, height: 0)) { $0.union(Rect(x: $1.x, y: $1.y, width: 0, height: 0)) }
        return [(r, p.role ?? "path")]
    case .text: return []
    case .group(let g): return g.items.flatMap(markBounds)
    }
}

func layout(_ spec: ChartSpec) throws -> Scene {
    try ChartLayout(measurer: ApproximateTextMeasurer(), formatter: GroupedNumberFormatter()).layout(spec)
}

func d(_ s: String) -> ExactDecimal { ExactDecimal(s)! }
