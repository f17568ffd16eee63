import BriefingCore

/// A problem in a template, at its place in the YAML file:
/// `report.yaml:14:9: column '실계약' not in missions.csv (columns: 연도, 지역, …)`.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var diagnostic: Diagnostic

    public init(_ message: String, at location: InputLocation?, sourceLine: String? = nil) {
        diagnostic = Diagnostic(message, at: location, sourceLine: sourceLine)
    }

    public var description: String { diagnostic.description }
}

/// Every problem found while checking a template (`briefing check` lists them all).
public struct TemplateErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [TemplateError]
    public init(_ errors: [TemplateError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
