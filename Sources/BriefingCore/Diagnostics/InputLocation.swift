/// A place in an input file: `missions.csv:3:14`. Lines and columns are
/// 1-based; columns count characters (not bytes) of the decoded line.
///
/// Inside a workbook a place is a cell or a part, not a line:
/// `실적.xlsx:2024년!C12` (line 12, column 3 kept for ordering).
public struct InputLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// A cell (`2024년!C12`) or a part (`xl/worksheets/sheet1.xml`) of a
    /// workbook; when set, it is shown instead of `line:column`.
    public var reference: String?

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A cell of a workbook: row and column (1-based) order diagnostics, the reference names it.
    public init(file: String, reference: String, row: Int = 1, column: Int = 1) {
        self.init(file: file, line: row, column: column)
        self.reference = reference
    }

    public var description: String {
        if let reference { return "\(file):\(reference)" }
        return "\(file):\(line):\(column)"
    }
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
