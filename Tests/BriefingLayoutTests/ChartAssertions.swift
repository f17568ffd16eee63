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
                Issue.record("\(context): '\(runs[i].text)' (\(runs[i].role.map(String.init(describing:)) ?? "-")) overlaps '\(runs[j].text)' (\(runs[j].role.map(String.init(describing:)) ?? "-"))",
                             sourceLocation: sourceLocation)
            }
        }
    }
}

/// Every text box and mark lies on the canvas.
func assertInsideCanvas(_ scene: Scene, _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
    let canvas = Rect(x: 0, y: 0, width: scene.size.width, height: scene.size.height)
    for run in scene.allTextRuns where !canvas.contains(run.box) {
        Issue.record("\(context): text '\(run.text)' (\(run.role.map(String.init(describing:)) ?? "-")) leaves the canvas: \(run.box)", sourceLocation: sourceLocation)
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
    for run in scene.allTextRuns {
        guard let role = run.role, role.isOutsideLabel || [.tick(.x), .tick(.y), .referenceLabel, .annotation].contains(role) else { continue }
        for bar in bars where bar.rect.insetBy(dx: 0.05, dy: 0.05).intersects(run.box) && bar.rect.width > 0.1 && bar.rect.height > 0.1 {
            Issue.record("\(context): '\(run.text)' (\(role)) covers \(bar.role.map(String.init(describing:)) ?? "bar")",
                         sourceLocation: sourceLocation)
        }
    }
}

func barRects(_ scene: Scene) -> [RectMark] {
    scene.items.compactMap { if case .rect(let r) = $0, r.role?.isBar == true { return r } else { return nil } }
}

/// The paths whose role passes `test`.
func paths(_ scene: Scene, where test: (SceneRole) -> Bool) -> [PathMark] {
    scene.items.compactMap { if case .path(let p) = $0, let role = p.role, test(role) { return p } else { return nil } }
}

func paths(_ scene: Scene, role: SceneRole) -> [PathMark] { paths(scene) { $0 == role } }

/// Every series' line, or one series' pieces.
func linePaths(_ scene: Scene, series: String? = nil) -> [PathMark] {
    paths(scene) { if case .line(let s) = $0 { series == nil || s == series } else { false } }
}

func slicePaths(_ scene: Scene) -> [PathMark] {
    paths(scene) { if case .slice = $0 { true } else { false } }
}

/// Value labels of any series and category.
func valueLabels(_ scene: Scene) -> [TextRun] {
    scene.allTextRuns.filter { if case .valueLabel? = $0.role { true } else { false } }
}

/// "자료 없음" and "-" labels of any series and category.
func missingLabels(_ scene: Scene) -> [TextRun] {
    scene.allTextRuns.filter { if case .missingLabel? = $0.role { true } else { false } }
}

extension SceneRole {
    /// A value or missing label, written outside its bar.
    var isOutsideLabel: Bool {
        switch self {
        case .valueLabel, .missingLabel: true
        default: false
        }
    }
}

/// Bounding boxes of a mark (arcs as their full circle).
func markBounds(_ item: SceneItem) -> [(Rect, String)] {
    switch item {
    case .rect(let r): return [(r.rect, r.role.map(String.init(describing:)) ?? "rect")]
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
        return [(r, p.role.map(String.init(describing:)) ?? "path")]
    case .text: return []
    case .group(let g): return g.items.flatMap(markBounds)
    }
}

func layout(_ spec: ChartSpec) throws -> Scene {
    try ChartLayout(measurer: ApproximateTextMeasurer(), formatter: GroupedNumberFormatter()).layout(spec)
}

func d(_ s: String) -> ExactDecimal { ExactDecimal(s)! }
