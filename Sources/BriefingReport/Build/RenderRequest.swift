import BriefingCore

/// A file a report produces, complete in memory before anything is written.
public struct RenderedFile: Sendable {
    public var name: String
    public var bytes: [UInt8]
}

/// What `briefing render` writes.
public struct RenderRequest: Sendable {
    public var locale: ReportLocale
    /// Any of `pdf`, `png` (page previews and press PNGs), `svg` (press charts), `hwpx` (the briefing for 한글).
    public var formats: Set<String>
    /// ISO 8601 with offset, for the PDF's CreationDate; passed in by the CLI.
    public var creationDate: String?
    /// The base of every file name: `usa-2024` → `usa-2024.pdf`, `usa-2024-p1.png`.
    public var baseName: String
    /// Whether the charts the template exports alone for the press are written too.
    public var pressCharts: Bool = true

    public init(locale: ReportLocale, formats: Set<String> = ["pdf", "png", "svg"], creationDate: String? = nil,
                baseName: String) {
        self.locale = locale
        self.formats = formats
        self.creationDate = creationDate
        self.baseName = baseName
    }

    /// What a command writes when it is not told: the press charts' formats
    /// (`pdf`, `png`, `svg`, each chart as its `press:` says) and the
    /// briefing's, which a template's `document: formats:` may widen to
    /// `hwpx`. `briefing run` writes exactly these, and its manifest lists them.
    public static func defaultFormats(for template: Template) -> Set<String> {
        Set(["pdf", "png", "svg"]).union((template.document?.formats ?? DocumentFormat.standard).map(\.rawValue))
    }

    /// The template's short name (see `TemplateName`).
    public static func baseName(forTemplate path: String) -> String { TemplateName.of(path) }
}
