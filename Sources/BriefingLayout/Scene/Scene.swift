/// A finished picture — a chart or a page — as plain values: what to draw,
/// where, in which font and colour. Layout makes Scenes; renderers (PNG, PDF
/// and SVG) replay them and decide nothing. Tests read Scenes directly, so
/// "no two labels overlap" is checked without pixels.
public struct Scene: Sendable, Hashable {
    public var size: Size
    public var background: Color?
    public var items: [SceneItem]

    public init(size: Size, background: Color? = .white, items: [SceneItem] = []) {
        self.size = size
        self.background = background
        self.items = items
    }

    /// Every text run, with groups' offsets applied, in drawing order.
    public var allTextRuns: [TextRun] {
        var out: [TextRun] = []
        func walk(_ items: [SceneItem], dx: Double, dy: Double) {
            for item in items {
                switch item {
                case .text(var run):
                    run.origin.x += dx; run.origin.y += dy
                    out.append(run)
                case .group(let g): walk(g.items, dx: dx + g.offset.x, dy: dy + g.offset.y)
                default: break
                }
            }
        }
        walk(items, dx: 0, dy: 0)
        return out
    }
}

/// One drawable thing. A closed set, as typst's frame items are.
public enum SceneItem: Sendable, Hashable {
    case rect(RectMark)
    case path(PathMark)
    case text(TextRun)
    case group(Group)
}

public struct Stroke: Sendable, Hashable {
    public var color: Color
    public var width: Double
    /// Dash lengths in points; empty for a solid line.
    public var dash: [Double]

    public init(_ color: Color, width: Double = 1, dash: [Double] = []) {
        self.color = color; self.width = width; self.dash = dash
    }
}

public struct RectMark: Sendable, Hashable {
    public var rect: Rect
    public var fill: Color?
    public var stroke: Stroke?
    public var cornerRadius: Double
    /// What the mark shows (`SceneRole.bar(series: "실계약", category: "1월", value: 325)`).
    public var role: SceneRole?

    public init(_ rect: Rect, fill: Color? = nil, stroke: Stroke? = nil, cornerRadius: Double = 0, role: SceneRole? = nil) {
        self.rect = rect; self.fill = fill; self.stroke = stroke; self.cornerRadius = cornerRadius; self.role = role
    }
}

public enum PathElement: Sendable, Hashable {
    case move(Point)
    case line(Point)
    case curve(Point, Point, Point)
    /// An arc around `center` from `start` to `end` radians (clockwise in y-down space).
    case arc(center: Point, radius: Double, start: Double, end: Double)
    /// The same, counter-clockwise.
    case arcNegative(center: Point, radius: Double, start: Double, end: Double)
    case close
}

public struct PathMark: Sendable, Hashable {
    public var elements: [PathElement]
    public var fill: Color?
    public var stroke: Stroke?
    public var role: SceneRole?

    public init(_ elements: [PathElement], fill: Color? = nil, stroke: Stroke? = nil, role: SceneRole? = nil) {
        self.elements = elements; self.fill = fill; self.stroke = stroke; self.role = role
    }

    public static func line(from a: Point, to b: Point, stroke: Stroke, role: SceneRole? = nil) -> PathMark {
        PathMark([.move(a), .line(b)], stroke: stroke, role: role)
    }
}

/// Items drawn relative to `offset`, optionally clipped, optionally tagged for
/// the PDF structure tree (a heading, a paragraph, a figure with alt text).
public struct Group: Sendable, Hashable {
    public var offset: Point
    public var clip: Rect?
    public var tag: StructureTag?
    public var items: [SceneItem]

    public init(offset: Point = Point(0, 0), clip: Rect? = nil, tag: StructureTag? = nil, items: [SceneItem]) {
        self.offset = offset; self.clip = clip; self.tag = tag; self.items = items
    }
}

/// PDF structure roles (cairo 1.16 tags: H1…H6, P, Figure, Table …).
public enum StructureTag: Sendable, Hashable {
    case heading(level: Int)
    case paragraph
    case figure(alt: String)
    case table
    case list
}
