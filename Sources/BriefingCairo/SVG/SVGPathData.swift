import Foundation
import BriefingLayout

/// A Scene path as SVG path data, following cairo's path semantics so the
/// SVG draws what the PNG does:
///
/// - `arc` (cairo_arc) sweeps with increasing angle — clockwise on a y-down
///   page, SVG's sweep-flag 1; `arcNegative` the other way, sweep-flag 0.
///   cairo first adds 2π to the end angle until it is not below the start
///   (subtracts, for negative arcs); so do we.
/// - an arc starts with a line from the current point to its first point,
///   or a move when there is no current point;
/// - a radius ≤ 0 degenerates to a line to the centre;
/// - an SVG arc command cannot draw a full circle and is ambiguous at a half
///   turn, so sweeps are split into pieces of at most a quarter turn.
///
/// ```
/// [.arc(center: (50,50), radius: 10, start: 0, end: .pi)]
/// // "M60 50A10 10 0 0 1 50 60A10 10 0 0 1 40 50"
/// ```
enum SVGPathData {
    static func make(_ elements: [PathElement]) -> String {
        var d = ""
        var current: Point? = nil
        var subpathStart: Point? = nil
        func n(_ v: Double) -> String { SVGNumber.format(v) }
        func pt(_ p: Point) -> String { n(p.x) + " " + n(p.y) }
        func moveOrLine(_ p: Point) {
            if current == nil { d += "M" + pt(p); subpathStart = p } else { d += "L" + pt(p) }
            current = p
        }
        for element in elements {
            switch element {
            case .move(let p):
                d += "M" + pt(p); current = p; subpathStart = p
            case .line(let p):
                moveOrLine(p)
            case .curve(let a, let b, let c):
                if current == nil { d += "M" + pt(a); current = a; subpathStart = a }
                d += "C" + pt(a) + " " + pt(b) + " " + pt(c); current = c
            case let .arc(center, radius, start, end):
                arc(center, radius, start, end, positive: true)
            case let .arcNegative(center, radius, start, end):
                arc(center, radius, start, end, positive: false)
            case .close:
                if current != nil { d += "Z"; current = subpathStart }
            }
        }

        func arc(_ c: Point, _ r: Double, _ a1: Double, _ a2In: Double, positive: Bool) {
            guard r > 0, a1.isFinite, a2In.isFinite else { moveOrLine(c); return }
            var a2 = a2In
            if positive { while a2 < a1 { a2 += 2 * .pi } } else { while a2 > a1 { a2 -= 2 * .pi } }
            func at(_ a: Double) -> Point { Point(c.x + r * cos(a), c.y + r * sin(a)) }
            moveOrLine(at(a1))
            let sweep = a2 - a1
            guard sweep != 0 else { return }
            let pieces = max(1, Int((abs(sweep) / (.pi / 2) - 1e-9).rounded(.up)))
            for i in 1...pieces {
                let p = at(a1 + sweep * Double(i) / Double(pieces))
                d += "A" + n(r) + " " + n(r) + " 0 0 " + (positive ? "1" : "0") + " " + pt(p)
                current = p
            }
        }
        return d
    }
}
