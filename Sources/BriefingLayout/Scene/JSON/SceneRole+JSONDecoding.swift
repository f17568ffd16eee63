import BriefingCore

extension JSONNode {
    /// A role object (`{"kind": "bar", "series": …, "category": …, "value": "325"}`) back into a `SceneRole`.
    func role() throws(SceneJSONError) -> SceneRole {
        let kindNode = try key("kind")
        let kind = try kindNode.string()
        if let plain = SceneRole.plain[kind] { return plain }
        switch kind {
        case "tick": return .tick(try axis())
        case "gridline": return .gridline(try axis())
        case "bar":
            return .bar(series: try optionalKey("series")?.string(), category: try key("category").string(),
                        value: try key("value").decimal())
        case "line": return .line(series: try key("series").string())
        case "slice": return .slice(category: try key("category").string(), value: try key("value").decimal())
        case "value-label":
            return .valueLabel(series: try optionalKey("series")?.string(), category: try key("category").string())
        case "missing-label":
            return .missingLabel(series: try optionalKey("series")?.string(), category: try key("category").string())
        case "kpi-tile": return .kpiTile(label: try key("label").string())
        case "table":
            let part = try key("part")
            guard let p = SceneRole.TablePart(rawValue: try part.string()) else {
                throw part.bad(SceneRole.TablePart.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
            }
            return .table(p)
        default:
            throw kindNode.bad("a role kind listed in docs/scene-format.md")
        }
    }

    private func axis() throws(SceneJSONError) -> SceneRole.Axis {
        let node = try key("axis")
        guard let a = SceneRole.Axis(rawValue: try node.string()) else { throw node.bad("\"x\", \"y\" or \"y2\"") }
        return a
    }

    /// An amount written as an exact decimal string (`"325"`, `"-120.5"`).
    func decimal() throws(SceneJSONError) -> ExactDecimal {
        guard case .string(let s) = value, let d = ExactDecimal(s) else { throw bad("an exact decimal in a string, e.g. \"325\"") }
        return d
    }
}
