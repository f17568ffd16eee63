/// A place in an input file: `missions.csv:3:14`. Lines and columns are
/// 1-based; columns count characters (not bytes) of the decoded line.
public struct InputLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// A problem found in an input, said the way compilers say it:
///
/// ```
/// missions.csv:3:14: found "12a", expected a number like 1,234 or -12.5
///     3 | 2024,미국,12a,675
///       |              ^
/// ```
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: InputLocation?
    public var message: String
    /// The offending source line, if known, for the caret display.
    public var sourceLine: String?

    public init(_ message: String, at location: InputLocation? = nil, sourceLine: String? = nil) {
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
    }

    /// One line: `file:line:column: message`.
    public var summary: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }

    /// The summary, then the source line with a caret under the column.
    public var description: String {
        guard let location, let sourceLine else { return summary }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        let caretPad = String(sourceLine.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " })
        return "\(summary)\n \(number) | \(sourceLine)\n \(gutter) | \(caretPad)^"
    }
}

/// Several diagnostics at once: an importer or a template check reports every
/// problem (up to a limit), not only the first.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// How many more were found past the reporting limit.
    public var omitted: Int

    public init(_ diagnostics: [Diagnostic], omitted: Int = 0) {
        self.diagnostics = diagnostics
        self.omitted = omitted
    }

    public var description: String {
        var lines = diagnostics.map(\.description)
        if omitted > 0 { lines.append("… and \(omitted) more problems") }
        return lines.joined(separator: "\n")
    }
}
