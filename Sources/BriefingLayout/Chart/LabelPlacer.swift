/// Places optional text (reference line labels, annotations) where it
/// overlaps nothing already placed: the first free candidate wins.
struct LabelPlacer {
    /// Boxes that text must not cover: other text (kept `padding` away), and
    /// marks such as bars and lines (which text may approach to a point).
    var occupied: [Rect] = []
    var occupiedMarks: [Rect] = []
    /// Where text may go at all.
    var bounds: Rect

    /// Clear space kept around placed text, so a label does not read as part of its neighbour.
    var padding: Double = 0

    init(bounds: Rect, padding: Double = 0) { self.bounds = bounds; self.padding = padding }

    mutating func occupy(_ r: Rect) { occupied.append(r) }
    mutating func occupyMark(_ r: Rect) { occupiedMarks.append(r) }
    mutating func occupy(_ runs: [TextRun]) { occupied.append(contentsOf: runs.map(\.box)) }

    /// A drawn line: small squares every few points along it, so text keeps off the line itself.
    mutating func occupy(polyline path: PathMark) {
        let half = max(1, (path.stroke?.width ?? 2) / 2)
        var last: Point?
        for e in path.elements {
            switch e {
            case .move(let p): last = p
            case .line(let p):
                if let a = last {
                    let length = ((p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y)).squareRoot()
                    let steps = max(1, Int(length / 3))
                    for i in 0...steps {
                        let t = Double(i) / Double(steps)
                        occupiedMarks.append(Rect(x: a.x + (p.x - a.x) * t - half, y: a.y + (p.y - a.y) * t - half,
                                                  width: 2 * half, height: 2 * half))
                    }
                }
                last = p
            case .arc(let c, let r, _, _), .arcNegative(let c, let r, _, _):
                occupiedMarks.append(Rect(x: c.x - r, y: c.y - r, width: 2 * r, height: 2 * r))
            default: break
            }
        }
    }

    func isFree(_ r: Rect) -> Bool {
        let grown = r.insetBy(dx: -padding, dy: -padding), near = r.insetBy(dx: -max(1, padding * 0.4), dy: -max(1, padding * 0.4))
        return bounds.contains(r) && !occupied.contains { $0.intersects(grown) } && !occupiedMarks.contains { $0.intersects(near) }
    }

    /// The first candidate box that is free, else the one overlapping least.
    func choose(_ candidates: [Rect]) -> Rect? {
        if let free = candidates.first(where: isFree) { return free }
        let inside = candidates.filter { bounds.contains($0) }
        return inside.min { overlapArea($0) < overlapArea($1) } ?? candidates.first
    }

    func overlapArea(_ r: Rect) -> Double {
        (occupied + occupiedMarks).reduce(0) { acc, o in
            let w = min(r.maxX, o.maxX) - max(r.minX, o.minX), h = min(r.maxY, o.maxY) - max(r.minY, o.minY)
            return acc + (w > 0 && h > 0 ? w * h : 0)
        }
    }
}

/// Spreads label boxes along one axis so they do not overlap, keeping each as
/// close to its wish as it can, inside `lower…upper` (the classic two-pass
/// nudge for line end labels).
///
/// `wishes` are desired top coordinates, `heights` the boxes' heights; returns tops
/// in the same order.
func spreadLabels(wishes: [Double], heights: [Double], lower: Double, upper: Double, gap: Double) -> [Double] {
    let order = wishes.indices.sorted { wishes[$0] < wishes[$1] }
    var tops = wishes
    var previousEnd = lower
    for i in order {
        tops[i] = max(wishes[i], previousEnd)
        previousEnd = tops[i] + heights[i] + gap
    }
    var nextTop = upper + gap
    for i in order.reversed() {
        tops[i] = min(tops[i], nextTop - gap - heights[i])
        nextTop = tops[i]
    }
    return tops
}
