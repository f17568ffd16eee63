import BriefingCore
import Yams

/// A YAML node with its place in the template file. Templates are read from
/// Yams' node tree (not decoded with Codable) so that every error can say
/// `file:line:column`, and so that unknown keys are caught instead of ignored.
struct YAMLValue {
    let node: Node
    let file: String
    let lines: [Substring]

    var location: InputLocation {
        InputLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func error(_ message: String) -> TemplateError { error(.other(message)) }

    func error(_ problem: TemplateProblem) -> TemplateError {
        let loc = location
        let line = loc.line - 1 < lines.count && loc.line >= 1 ? String(lines[loc.line - 1]) : nil
        return TemplateError(problem, at: loc, sourceLine: line)
    }

    /// An error at a character offset inside this scalar (for expressions).
    /// Only exact for plain scalars on one line, which expressions are.
    func error(_ message: String, atOffset offset: Int) -> TemplateError {
        var loc = location
        if case .scalar(let s) = node, s.style == .plain || s.style == .any {
            loc.column += offset
        } else if case .scalar = node {
            loc.column += offset + 1  // past the opening quote
        }
        let line = loc.line - 1 < lines.count && loc.line >= 1 ? String(lines[loc.line - 1]) : nil
        return TemplateError(.syntax(message), at: loc, sourceLine: line)
    }

    var scalar: String? {
        if case .scalar(let s) = node { return s.string }
        return nil
    }

    func string(_ what: String) throws -> String {
        guard let s = scalar else { throw error(.wrongShape(what: what, expected: "text", found: "a \(kindName)")) }
        return s
    }

    func int(_ what: String) throws -> Int {
        guard let s = scalar, let v = Int(s) else { throw error(.wrongShape(what: what, expected: "a whole number", found: describe)) }
        return v
    }

    func bool(_ what: String) throws -> Bool {
        switch scalar?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(.wrongShape(what: what, expected: "true or false", found: describe))
        }
    }

    var isMapping: Bool { if case .mapping = node { return true }; return false }
    var isSequence: Bool { if case .sequence = node { return true }; return false }

    /// Key–value pairs in file order; keys must be text.
    func mapping(_ what: String) throws -> [(key: String, keyNode: YAMLValue, value: YAMLValue)] {
        guard case .mapping(let m) = node else {
            throw error(.wrongShape(what: what, expected: "a mapping (key: value lines)", found: "a \(kindName)"))
        }
        return try m.map { k, v in
            let key = YAMLValue(node: k, file: file, lines: lines)
            return (try key.string("a key"), key, YAMLValue(node: v, file: file, lines: lines))
        }
    }

    func sequence(_ what: String) throws -> [YAMLValue] {
        guard case .sequence(let s) = node else {
            throw error(.wrongShape(what: what, expected: "a list (lines starting with '- ')", found: "a \(kindName)"))
        }
        return s.map { YAMLValue(node: $0, file: file, lines: lines) }
    }

    /// A list, or a single value taken as a list of one.
    func list(_ what: String) throws -> [YAMLValue] {
        isSequence ? try sequence(what) : [self]
    }

    var kindName: String {
        switch node {
        case .scalar: return "text value"
        case .mapping: return "mapping"
        case .sequence: return "list"
        case .alias: return "alias"
        }
    }

    var describe: String {
        if let s = scalar { return "'\(s)'" }
        return "a \(kindName)"
    }
}

/// Reads a mapping's keys once each, and reports any key nobody asked for —
/// a misspelt `mesures:` is an error, not silently ignored.
struct KeyReader {
    let owner: YAMLValue
    let what: String
    private(set) var entries: [(key: String, keyNode: YAMLValue, value: YAMLValue)]
    private var used: Set<String> = []

    init(_ value: YAMLValue, _ what: String) throws {
        owner = value
        self.what = what
        entries = try value.mapping(what)
        var seen: Set<String> = []
        for e in entries where !seen.insert(e.key).inserted {
            throw e.keyNode.error(.duplicateKey(e.key, in: what))
        }
    }

    mutating func optional(_ key: String) -> YAMLValue? {
        used.insert(key)
        return entries.first { $0.key == key }?.value
    }

    /// The key itself (`monthly:`), to point an error at the section rather than inside it.
    func keyNode(_ key: String) -> YAMLValue? {
        entries.first { $0.key == key }?.keyNode
    }

    mutating func required(_ key: String) throws -> YAMLValue {
        guard let v = optional(key) else { throw owner.error(.missingKey(key, in: what)) }
        return v
    }

    /// Call after reading: the keys that were there but never asked for.
    func finish(allowed: [String]) throws {
        for e in entries where !used.contains(e.key) {
            throw e.keyNode.error(.unknownKey(e.key, in: what, allowed: allowed))
        }
    }
}

extension YAMLValue {
    /// A value from a closed set, parsed once, here: an unknown one is an error
    /// at this node naming what is allowed (`sort must be none, ascending,
    /// descending, found 'desk'`), never a silent default later.
    func choice<T>(_ what: String, _ options: KeyValuePairs<String, T>, shown: [String]? = nil) throws -> T {
        let text = try string(what)
        guard let value = options.first(where: { $0.key == text })?.value else {
            throw error(.badValue(what: what, found: text, expected: shown ?? options.map(\.key)))
        }
        return value
    }
}
