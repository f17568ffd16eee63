import BriefingCore

/// A problem in a template, at its place in the YAML file:
/// `report.yaml:14:9: column '실계약' not in missions.csv (columns: 연도, 지역, …)`.
///
/// The problem is a value (`TemplateProblem`), so tests and callers compare
/// errors with `==` and never match message text; the message is written from
/// it once, here.
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    public var problem: TemplateProblem
    public var location: InputLocation?
    /// The offending source line, for the caret display.
    public var sourceLine: String?

    public init(_ problem: TemplateProblem, at location: InputLocation?, sourceLine: String? = nil) {
        self.problem = problem
        self.location = location
        self.sourceLine = sourceLine
    }

    /// A problem with no case of its own (a check's sentence), worded by the caller.
    public init(_ message: String, at location: InputLocation?, sourceLine: String? = nil) {
        self.init(.other(message), at: location, sourceLine: sourceLine)
    }

    public var diagnostic: Diagnostic { Diagnostic(problem.message, at: location, sourceLine: sourceLine) }

    public var description: String { diagnostic.description }
}

/// What is wrong, as data.
public enum TemplateProblem: Sendable, Hashable {
    /// A key the section does not take: `unknown key 'tpye' in chart 'a' (expected one of: type, …)`.
    case unknownKey(String, in: String, allowed: [String])
    /// A key written twice in one mapping.
    case duplicateKey(String, in: String)
    /// A key the section needs.
    case missingKey(String, in: String)
    /// A value of the wrong shape: text where a list was expected, and so on.
    case wrongShape(what: String, expected: String, found: String)
    /// A value outside a closed set: `sort must be none, ascending or descending, found 'desk'`.
    case badValue(what: String, found: String, expected: [String])
    /// A column the data does not have.
    case unknownColumn(String, file: String, columns: [String])
    /// YAML, measure, filter or placeholder syntax.
    case syntax(String)
    /// Anything else, worded where it is found.
    case other(String)

    public var message: String {
        switch self {
        case .unknownKey(let key, let section, let allowed):
            return "unknown key '\(key)' in \(section) (expected one of: \(allowed.joined(separator: ", ")))"
        case .duplicateKey(let key, let section): return "key '\(key)' appears twice in \(section)"
        case .missingKey(let key, let section): return "\(section) needs '\(key)'"
        case .wrongShape(let what, let expected, let found): return "expected \(what) as \(expected), found \(found)"
        case .badValue(let what, let found, let expected):
            return "\(what) must be \(expected.dropLast().joined(separator: ", ")) or \(expected.last ?? ""), found '\(found)'"
        case .unknownColumn(let name, let file, let columns):
            return "column '\(name)' not in \(file) (columns: \(columns.joined(separator: ", ")))"
        case .syntax(let message), .other(let message): return message
        }
    }
}

/// Every problem found while checking a template (`briefing check` lists them all).
public struct TemplateErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [TemplateError]
    public init(_ errors: [TemplateError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
