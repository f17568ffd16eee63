/// Text with figures: `목표 대비 {achievement | percent:1} 달성`.
///
/// A placeholder names a measure and, optionally, a format with an argument.
/// `{{` and `}}` write literal braces. A placeholder that names nothing is an
/// error when the template is checked — never an empty string in a briefing.
public struct TextTemplate: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        case literal(String)
        case figure(Placeholder)
    }

    public var parts: [Part]
    public var source: String

    public var placeholders: [Placeholder] {
        parts.compactMap { if case .figure(let p) = $0 { return p } else { return nil } }
    }

    /// Parses `{name}`, `{name | format}` and `{name | format:argument}`.
    public static func parse(_ text: String) throws(ExpressionSyntaxError) -> TextTemplate {
        var parts: [Part] = []
        var literal = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" && i + 1 < chars.count && chars[i + 1] == "{" { literal.append("{"); i += 2; continue }
            if c == "}" && i + 1 < chars.count && chars[i + 1] == "}" { literal.append("}"); i += 2; continue }
            if c == "}" { throw ExpressionSyntaxError(message: "'}' without '{' (write '}}' for a brace)", offset: i) }
            guard c == "{" else { literal.append(c); i += 1; continue }
            let start = i
            i += 1
            var body = ""
            while i < chars.count, chars[i] != "}" { body.append(chars[i]); i += 1 }
            guard i < chars.count else { throw ExpressionSyntaxError(message: "'{' is never closed", offset: start) }
            i += 1
            if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
            // Empty pieces are kept, so `{|x}` (no measure) and `{x|:1}` (no format)
            // are errors rather than a measure read from the wrong side or a trap.
            let pieces = body.halves(at: "|")
            let name = pieces[0]
            guard !name.isEmpty else {
                if pieces.count == 1 { throw ExpressionSyntaxError(message: "empty placeholder '{}'", offset: start) }
                throw ExpressionSyntaxError(message: "no measure before '|' in '{\(body)}' (write {measure | format})",
                                            offset: start)
            }
            var format: FigureFormat?
            if pieces.count == 2 {
                let f = pieces[1].halves(at: ":")
                guard !f[0].isEmpty else {
                    throw ExpressionSyntaxError(message: "no format after '|' in '{\(body)}' (write {measure | format:argument})",
                                                offset: start)
                }
                switch FigureFormat.parse(name: f[0], argument: f.count == 2 ? f[1] : nil) {
                case .success(let parsed): format = parsed
                case .failure(let e):
                    throw ExpressionSyntaxError(message: "placeholder {\(name) | \(pieces[1])}: \(e.message)", offset: start)
                }
            }
            parts.append(.figure(Placeholder(measure: name, format: format, offset: start)))
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return TextTemplate(parts: parts, source: text)
    }
}

public struct Placeholder: Sendable, Hashable {
    public var measure: String
    /// Parsed with the placeholder; `nil` shows the figure by its kind.
    public var format: FigureFormat?
    /// Character offset of the `{` in the text.
    public var offset: Int
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    /// The text before and after the first `separator` (or the whole text), trimmed
    /// of spaces; empty halves are kept: `"|x"` → `["", "x"]`.
    func halves(at separator: Character) -> [String] {
        split(separator: separator, maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: " ") }
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String { String(self).trimmingCharacters(in: set) }
}
