import BriefingCore

/// Finds the file position of a character inside a YAML text value, so that a
/// bad placeholder on the fifth line of a `|` block is reported on that line.
enum TextLocator {
    /// For a block scalar (`|` or `>`) whose indicator is at `indicator`: its
    /// text starts on the next line, each line indented by the block's indent.
    static func locate(offset: Int, in text: String, blockStartingAfter indicator: InputLocation,
                       lines: [String]) -> (location: InputLocation, line: String?) {
        let chars = Array(text)
        var lineIndex = 0
        var column = 0
        for c in chars.prefix(offset) {
            if c == "\n" { lineIndex += 1; column = 0 } else { column += 1 }
        }
        // Skip blank lines the way YAML keeps them (they are in `text` as "\n").
        let fileLine = indicator.line + 1 + lineIndex
        let source = fileLine - 1 < lines.count ? lines[fileLine - 1] : nil
        let textLine = text.split(separator: "\n", omittingEmptySubsequences: false)
        let relative = lineIndex < textLine.count ? textLine[lineIndex].prefix { $0 == " " }.count : 0
        let fileIndent = source.map { $0.prefix { $0 == " " }.count } ?? 0
        let blockIndent = fileIndent - relative
        return (InputLocation(file: indicator.file, line: fileLine, column: blockIndent + column + 1), source)
    }

    /// Where a placeholder at `offset` of a locale's text stands in the file.
    static func locate(_ text: LocalizedText, variant: String, offset: Int, lines: [String]) -> TemplateError.Place {
        let src = text.variantSources[variant] ?? text.source
        if text.blockVariants.contains(variant), let t = text.variants[variant] {
            let (loc, line) = locate(offset: offset, in: t.source, blockStartingAfter: src.location, lines: lines)
            return TemplateError.Place(location: loc, line: line)
        }
        var loc = src.location
        let quoted = (src.line.map { l in
            let chars = Array(l)
            let i = loc.column - 1
            return i >= 0 && i < chars.count && (chars[i] == "\"" || chars[i] == "'")
        }) ?? false
        loc.column += offset + (quoted ? 1 : 0)
        return TemplateError.Place(location: loc, line: src.line)
    }
}

extension TemplateError {
    struct Place {
        var location: InputLocation
        var line: String?
    }

    init(_ message: String, at place: Place) {
        self.init(message, at: place.location, sourceLine: place.line)
    }
}
