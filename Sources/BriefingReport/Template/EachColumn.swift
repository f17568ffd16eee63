import BriefingCore

/// The column a template is rendered for one value at a time (`render
/// --each 기업명`, or `each: 기업명` in the template): one sheet per
/// distinct value, `@each` standing for it in measures and texts.
///
/// Written `COLUMN` (a column of the template's first input) or
/// `INPUT.COLUMN`; a dot is read as the input's only when the text before it
/// names an input, so a column called `2024.03` stays a column.
///
/// ```swift
/// EachColumn.parse("기업명", inputs: ["companies", "monthly"])            // companies.기업명
/// EachColumn.parse("monthly.월", inputs: ["companies", "monthly"])        // monthly.월
/// ```
public struct EachColumn: Sendable, Hashable, CustomStringConvertible {
    public var input: String
    public var column: String
    /// Where `each:` stands in the template; nil when it came from `--each`.
    public var source: TemplateSource?

    public init(input: String, column: String, source: TemplateSource? = nil) {
        self.input = input
        self.column = column
        self.source = source
    }

    public var description: String { "\(input).\(column)" }

    /// The column `text` names among `inputs` (in the template's order), or
    /// nil when the template has no input at all.
    public static func parse(_ text: String, inputs: [String], source: TemplateSource? = nil) -> EachColumn? {
        if let dot = text.firstIndex(of: "."), inputs.contains(String(text[..<dot])), text.index(after: dot) != text.endIndex {
            return EachColumn(input: String(text[..<dot]), column: String(text[text.index(after: dot)...]), source: source)
        }
        guard let first = inputs.first else { return nil }
        return EachColumn(input: first, column: text, source: source)
    }
}

/// One sheet's value under `--each`: the cell as the importer typed it (what
/// `where 기업명 = @each` compares with) and as written (for file names, logs
/// and failures).
public struct EachValue: Sendable, Hashable, CustomStringConvertible {
    public var column: EachColumn
    public var cell: CellValue
    public var text: String

    public init(column: EachColumn, cell: CellValue, text: String) {
        self.column = column
        self.cell = cell
        self.text = text
    }

    public var description: String { text }

    /// `@each` when the template is not rendered for a value: where it was
    /// met, a sentence for every place that says it.
    static let missingMessage = "@each needs a value to render for: run `briefing render TEMPLATE --each COLUMN`, "
        + "or name the column with each: in the template"
}
