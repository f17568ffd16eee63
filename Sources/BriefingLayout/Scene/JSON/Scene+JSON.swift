/// The `--scene` format, version 1 (docs/scene-format.md): JSON written by
/// hand, so it is a format we publish rather than whatever a compiler
/// synthesises. Keys come in a fixed order, coordinates are rounded to
/// 0.01 pt and colours are `#rrggbb` or `#rrggbbaa`: the same scene always
/// gives the same bytes, which is what a golden file in a test needs.
///
/// One item a line, a group's items indented under it, so a diff of two dumps
/// reads item by item:
///
/// ```
/// {
///   "version": 1,
///   "size": [640, 360],
///   "background": "#ffffff",
///   "items": [
///     {"kind": "rect", "box": [64.5, 80, 40, 200], "fill": "#1d4e89", "role": {"kind": "bar", …}},
///     {"kind": "text", "text": "325", "box": […], "baseline": 76.2, "font": {…}, "color": "#222222", …}
///   ]
/// }
/// ```
extension Scene {
    /// The version this writer writes and `SceneJSONDecoder` reads.
    public static let jsonVersion = 1

    /// The scene as version 1 of the scene format, ending in a newline.
    public var json: String {
        var out = "{\n  \"version\": \(Scene.jsonVersion),\n"
        out += "  \"size\": \(JSONText.numbers([size.width, size.height])),\n"
        if let background { out += "  \"background\": \(background.json),\n" }
        out += "  \"items\": \(SceneItem.json(items, depth: 1))\n}\n"
        return out
    }
}

extension SceneItem {
    /// `items` as a JSON array, one item a line, indented two spaces a level.
    static func json(_ items: [SceneItem], depth: Int) -> String {
        guard !items.isEmpty else { return "[]" }
        let pad = String(repeating: "  ", count: depth + 1)
        let lines = items.map { pad + $0.json(depth: depth + 1) }
        return "[\n" + lines.joined(separator: ",\n") + "\n" + String(repeating: "  ", count: depth) + "]"
    }

    func json(depth: Int) -> String {
        switch self {
        case .text(let t):
            return JSONText.object([
                ("kind", JSONText.string("text")), ("text", JSONText.string(t.text)), ("box", t.box.json),
                ("baseline", JSONText.number(t.origin.y)), ("font", t.font.json), ("color", t.color.json),
                ("role", t.role?.json),
            ])
        case .rect(let r):
            return JSONText.object([
                ("kind", JSONText.string("rect")), ("box", r.rect.json), ("fill", r.fill?.json), ("stroke", r.stroke?.json),
                ("radius", r.cornerRadius == 0 ? nil : JSONText.number(r.cornerRadius)), ("role", r.role?.json),
            ])
        case .path(let p):
            return JSONText.object([
                ("kind", JSONText.string("path")), ("elements", "[" + p.elements.map(\.json).joined(separator: ", ") + "]"),
                ("fill", p.fill?.json), ("stroke", p.stroke?.json), ("role", p.role?.json),
            ])
        case .group(let g):
            return JSONText.object([
                ("kind", JSONText.string("group")), ("offset", JSONText.numbers([g.offset.x, g.offset.y])),
                ("clip", g.clip?.json), ("tag", g.tag?.json), ("items", SceneItem.json(g.items, depth: depth)),
            ])
        }
    }
}

extension Rect {
    /// `[x, y, width, height]`.
    var json: String { JSONText.numbers([x, y, width, height]) }
}

extension Color {
    /// `#rrggbb`, or `#rrggbbaa` when not opaque.
    var json: String {
        let alphaByte = Int((min(max(alpha, 0), 1) * 255).rounded())
        guard alphaByte != 255 else { return JSONText.string(hex) }
        let a = String(alphaByte, radix: 16)
        return JSONText.string(hex + (a.count == 1 ? "0" : "") + a)
    }
}

extension FontSpec {
    /// `{"family": "NanumGothic", "size": 12, "weight": 700}` (CSS weights).
    var json: String {
        JSONText.object([("family", JSONText.string(family)), ("size", JSONText.number(size)),
                         ("weight", String(weight.rawValue))])
    }
}

extension Stroke {
    /// `{"color": …, "width": 1, "dash": [3, 3]}`; no `dash` for a solid line.
    var json: String {
        JSONText.object([("color", color.json), ("width", JSONText.number(width)),
                         ("dash", dash.isEmpty ? nil : JSONText.numbers(dash))])
    }
}

extension PathElement {
    /// `["move", x, y]`, `["line", x, y]`, `["curve", x1, y1, x2, y2, x, y]`,
    /// `["arc", cx, cy, r, startDegrees, endDegrees]`, `["arc-negative", …]`, `["close"]`.
    /// Angles are in degrees, so 0.01 of rounding is a hundredth of a degree, not of a radian.
    var json: String {
        func list(_ name: String, _ numbers: [Double]) -> String {
            "[" + ([JSONText.string(name)] + numbers.map(JSONText.number)).joined(separator: ", ") + "]"
        }
        let degrees = 180 / Double.pi
        switch self {
        case .move(let p): return list("move", [p.x, p.y])
        case .line(let p): return list("line", [p.x, p.y])
        case let .curve(a, b, p): return list("curve", [a.x, a.y, b.x, b.y, p.x, p.y])
        case let .arc(c, r, start, end): return list("arc", [c.x, c.y, r, start * degrees, end * degrees])
        case let .arcNegative(c, r, start, end): return list("arc-negative", [c.x, c.y, r, start * degrees, end * degrees])
        case .close: return list("close", [])
        }
    }
}

extension StructureTag {
    /// `{"kind": "heading", "level": 1}`, `{"kind": "figure", "alt": "…"}`, `{"kind": "paragraph"}` ….
    var json: String {
        switch self {
        case .heading(let level): JSONText.object([("kind", JSONText.string("heading")), ("level", String(level))])
        case .paragraph: JSONText.object([("kind", JSONText.string("paragraph"))])
        case .figure(let alt): JSONText.object([("kind", JSONText.string("figure")), ("alt", JSONText.string(alt))])
        case .table: JSONText.object([("kind", JSONText.string("table"))])
        case .list: JSONText.object([("kind", JSONText.string("list"))])
        }
    }
}

extension SceneRole {
    /// `{"kind": "tick", "axis": "y"}`, `{"kind": "bar", "series": "실계약", "category": "1월", "value": "325"}`.
    /// Amounts are exact decimal strings, never floating point.
    var json: String {
        JSONText.object([("kind", JSONText.string(kind))] + payload.map { ($0.key, JSONText.string($0.value)) })
    }

    /// The payload as ordered string fields; optional ones left out when `nil`.
    var payload: [(key: String, value: String)] {
        func fields(_ pairs: (String, String?)...) -> [(key: String, value: String)] {
            pairs.compactMap { k, v in v.map { (k, $0) } }
        }
        switch self {
        case .tick(let axis), .gridline(let axis): return fields(("axis", axis.rawValue))
        case let .bar(series, category, value):
            return fields(("series", series), ("category", category), ("value", value.description))
        case .line(let series): return fields(("series", series))
        case let .slice(category, value): return fields(("category", category), ("value", value.description))
        case let .valueLabel(series, category), let .missingLabel(series, category):
            return fields(("series", series), ("category", category))
        case .kpiTile(let label): return fields(("label", label))
        case .table(let part): return fields(("part", part.rawValue))
        default: return []
        }
    }
}
