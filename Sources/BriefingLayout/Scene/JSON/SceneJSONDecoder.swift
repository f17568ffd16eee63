import BriefingCore

/// Reads the `--scene` format (docs/scene-format.md) back into a `Scene`.
/// What was rounded stays rounded: decoding a file and writing it again gives
/// the same bytes, which is how tests use a scene file as a golden dump.
///
/// ```swift
/// let scene = try SceneJSONDecoder().decode(text)
/// try SceneJSONDecoder().decode(#"{"version": 2}"#)   // throws .unsupportedVersion(2)
/// ```
public struct SceneJSONDecoder: Sendable {
    public init() {}

    public func decode(_ text: String) throws(SceneJSONError) -> Scene {
        let root = JSONNode(value: try JSONParser.parse(text), path: "")
        let version = try root.key("version").integer()
        guard version == Scene.jsonVersion else { throw .unsupportedVersion(version) }
        let size = try root.key("size").numbers(2, "[width, height]")
        let background = try root.optionalKey("background")?.color()
        let items = try root.key("items").array().map { node throws(SceneJSONError) in try item(node) }
        return Scene(size: Size(size[0], size[1]), background: background, items: items)
    }

    private func item(_ node: JSONNode) throws(SceneJSONError) -> SceneItem {
        let kind = try node.key("kind")
        switch try kind.string() {
        case "text":
            let box = try node.key("box").rect()
            let baseline = try node.key("baseline").number()
            let metrics = TextMetrics(width: box.width, ascent: baseline - box.minY, descent: box.maxY - baseline)
            return .text(TextRun(try node.key("text").string(), font: try node.key("font").font(),
                                 color: try node.key("color").color(), origin: Point(box.minX, baseline),
                                 metrics: metrics, role: try node.optionalKey("role")?.role()))
        case "rect":
            return .rect(RectMark(try node.key("box").rect(), fill: try node.optionalKey("fill")?.color(),
                                  stroke: try node.optionalKey("stroke")?.stroke(),
                                  cornerRadius: try node.optionalKey("radius")?.number() ?? 0,
                                  role: try node.optionalKey("role")?.role()))
        case "path":
            let elements = try node.key("elements").array().map { e throws(SceneJSONError) in try e.pathElement() }
            return .path(PathMark(elements, fill: try node.optionalKey("fill")?.color(),
                                  stroke: try node.optionalKey("stroke")?.stroke(),
                                  role: try node.optionalKey("role")?.role()))
        case "group":
            let offset = try node.key("offset").numbers(2, "[x, y]")
            let items = try node.key("items").array().map { n throws(SceneJSONError) in try item(n) }
            return .group(Group(offset: Point(offset[0], offset[1]), clip: try node.optionalKey("clip")?.rect(),
                                tag: try node.optionalKey("tag")?.structureTag(), items: items))
        default:
            throw kind.bad("\"text\", \"rect\", \"path\" or \"group\"")
        }
    }
}

/// A value and its JSON path, so every error says where it is.
struct JSONNode {
    let value: JSONValue
    let path: String

    func key(_ name: String) throws(SceneJSONError) -> JSONNode {
        guard let node = try optionalKey(name) else { throw .missingKey(path: join(name)) }
        return node
    }

    /// `nil` when absent (or `null`): how the writer leaves out what a scene does not have.
    func optionalKey(_ name: String) throws(SceneJSONError) -> JSONNode? {
        guard case .object(let fields) = value else { throw bad("an object") }
        guard let v = fields[name], v != .null else { return nil }
        return JSONNode(value: v, path: join(name))
    }

    private func join(_ name: String) -> String { path.isEmpty ? name : path + "." + name }

    func bad(_ expected: String) -> SceneJSONError {
        .badValue(path: path.isEmpty ? "(top)" : path, found: value.summary, expected: expected)
    }

    func array() throws(SceneJSONError) -> [JSONNode] {
        guard case .array(let elements) = value else { throw bad("an array") }
        return elements.enumerated().map { JSONNode(value: $1, path: "\(path)[\($0)]") }
    }

    func string() throws(SceneJSONError) -> String {
        guard case .string(let s) = value else { throw bad("a string") }
        return s
    }

    func number() throws(SceneJSONError) -> Double {
        guard case .number(let n) = value else { throw bad("a number") }
        return n
    }

    func integer() throws(SceneJSONError) -> Int {
        guard case .number(let n) = value, n.rounded() == n, abs(n) < 1e9 else { throw bad("an integer") }
        return Int(n)
    }

    /// Exactly `count` numbers, e.g. `[x, y, width, height]`.
    func numbers(_ count: Int, _ shape: String) throws(SceneJSONError) -> [Double] {
        guard case .array(let elements) = value, elements.count == count else { throw bad(shape) }
        return try elements.map { e throws(SceneJSONError) in
            guard case .number(let n) = e else { throw bad(shape) }
            return n
        }
    }

    func rect() throws(SceneJSONError) -> Rect {
        let v = try numbers(4, "[x, y, width, height]")
        return Rect(x: v[0], y: v[1], width: v[2], height: v[3])
    }

    func color() throws(SceneJSONError) -> Color {
        let expected = "a colour \"#rrggbb\" or \"#rrggbbaa\""
        guard case .string(let s) = value, s.hasPrefix("#"), s.count == 7 || s.count == 9, let c = Color(hex: s) else {
            throw bad(expected)
        }
        return c
    }

    func font() throws(SceneJSONError) -> FontSpec {
        let weightNode = try key("weight")
        guard let weight = FontWeight(rawValue: try weightNode.integer()) else { throw weightNode.bad("300, 400, 700, 800 or 900") }
        return FontSpec(family: try key("family").string(), weight: weight, size: try key("size").number())
    }

    func stroke() throws(SceneJSONError) -> Stroke {
        let dash = try optionalKey("dash")?.array().map { n throws(SceneJSONError) in try n.number() } ?? []
        return Stroke(try key("color").color(), width: try key("width").number(), dash: dash)
    }

    func pathElement() throws(SceneJSONError) -> PathElement {
        let parts = try array()
        guard let name = try parts.first?.string() else { throw bad("[\"move\", x, y] or another path element") }
        let n = try parts.dropFirst().map { p throws(SceneJSONError) in try p.number() }
        let radians = Double.pi / 180
        switch (name, n.count) {
        case ("move", 2): return .move(Point(n[0], n[1]))
        case ("line", 2): return .line(Point(n[0], n[1]))
        case ("curve", 6): return .curve(Point(n[0], n[1]), Point(n[2], n[3]), Point(n[4], n[5]))
        case ("arc", 5): return .arc(center: Point(n[0], n[1]), radius: n[2], start: n[3] * radians, end: n[4] * radians)
        case ("arc-negative", 5):
            return .arcNegative(center: Point(n[0], n[1]), radius: n[2], start: n[3] * radians, end: n[4] * radians)
        case ("close", 0): return .close
        default:
            throw bad("[\"move\", x, y], [\"line\", x, y], [\"curve\", x1, y1, x2, y2, x, y], "
                      + "[\"arc\", cx, cy, r, from°, to°], [\"arc-negative\", …] or [\"close\"]")
        }
    }

    func structureTag() throws(SceneJSONError) -> StructureTag {
        let kind = try key("kind")
        switch try kind.string() {
        case "heading": return .heading(level: try key("level").integer())
        case "paragraph": return .paragraph
        case "figure": return .figure(alt: try key("alt").string())
        case "table": return .table
        case "list": return .list
        default: throw kind.bad("\"heading\", \"paragraph\", \"figure\", \"table\" or \"list\"")
        }
    }
}
