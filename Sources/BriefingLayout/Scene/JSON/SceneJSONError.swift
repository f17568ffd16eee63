/// Why a `--scene` file could not be read back, and where: a line and column
/// for text that is not JSON, a JSON path (`items[3].box`) for JSON that is not
/// a scene. Compared with `==` in tests.
public enum SceneJSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not JSON: what the parser expected at a line and column (1-based).
    case syntax(line: Int, column: Int, expected: String)
    /// A version this reader does not know (it reads `Scene.jsonVersion`).
    case unsupportedVersion(Int)
    /// A required key is absent, e.g. `items[3].box`.
    case missingKey(path: String)
    /// A value of the wrong shape or outside its set, e.g. `items[0].color`:
    /// found `"#12"`, expected `a colour "#rrggbb" or "#rrggbbaa"`.
    case badValue(path: String, found: String, expected: String)

    public var description: String {
        switch self {
        case let .syntax(line, column, expected):
            "line \(line), column \(column): expected \(expected)"
        case .unsupportedVersion(let v):
            "version: scene format version \(v) is not supported; this briefing reads version \(Scene.jsonVersion)"
        case .missingKey(let path):
            "\(path): missing"
        case let .badValue(path, found, expected):
            "\(path): found \(found), expected \(expected)"
        }
    }
}
