import BriefingCore
import BriefingLayout

/// A report template as a team member writes it once (YAML, see README
/// "Template reference"), parsed and checked for shape. Figures are not
/// computed here: `TemplateEvaluator` does that against the data.
public struct Template: Sendable {
    /// The template file, as given.
    public var path: String
    /// Folder that relative input paths are resolved against.
    public var directory: String
    /// Locale used when the command line does not say (`ko` by default).
    public var locale: ReportLocale
    public var inputs: [InputSpec]
    public var measures: [MeasureDefinition]
    public var document: DocumentSpec?
    public var charts: [ChartDefinition]
    public var monthly: MonthlySettings?
    /// `each: 기업명`: render one sheet per value of this column (see `EachColumn`).
    public var each: EachColumn? = nil
    /// The file's lines, to point at a placeholder inside a multi-line text.
    public var sourceLines: [String]
}

/// Where a piece of a template stands in its file, for errors found later
/// (an unknown column is only known once the data is read).
public struct TemplateSource: Sendable, Hashable {
    public var location: InputLocation
    public var line: String?

    public func error(_ message: String, offset: Int = 0) -> TemplateError { error(.other(message), offset: offset) }

    public func error(_ problem: TemplateProblem, offset: Int = 0) -> TemplateError {
        var loc = location
        loc.column += offset
        return TemplateError(problem, at: loc, sourceLine: line)
    }
}

/// Text that may differ by locale: a plain string serves every locale;
/// `{ko: …, en: …}` gives each its own.
public struct LocalizedText: Sendable, Hashable {
    public var variants: [String: TextTemplate]
    public var source: TemplateSource
    /// Offset of the text's first character from `source.location` (1 for a quoted scalar).
    public var textOffset: Int
    /// Where each locale's text starts (for `{ko: …, en: …}` each has its own place).
    public var variantSources: [String: TemplateSource] = [:]
    /// Whether a variant is a block scalar (`|`), whose text starts on the next line.
    public var blockVariants: Set<String> = []

    public func text(for locale: String) -> TextTemplate? {
        variants[locale] ?? variants["*"] ?? variants["ko"] ?? variants.values.first
    }
}

public struct InputSpec: Sendable, Hashable {
    public var name: String
    /// As written in the template (relative to the template's folder).
    public var file: String
    /// Header names to rename: `권역: 지역` reads a column called 권역 as 지역,
    /// so one template reads every year's export.
    public var renames: [String: String]
    /// Columns the template needs; checked before anything is rendered.
    public var expect: [String]
    public var encoding: String?
    /// A workbook's sheet, by name or number from 1; the first visible one when nil.
    public var sheet: String?
    public var headerRows: Int?
    /// `header-row: 3`: the header's line (a sheet's row); what is above it is not read.
    public var headerRow: Int? = nil
    /// `range: A3:H40`: a workbook's table as a rectangle of its sheet.
    public var range: CellRange? = nil
    /// `error-cells: missing`: a workbook's `#N/A`, `#DIV/0!`… read as missing cells, not errors.
    public var errorCellsMissing = false
    public var source: TemplateSource
}

public enum MissingChoice: String, Sendable, Hashable {
    /// Skip missing cells; the result records which cells were skipped.
    case skip
    /// A missing cell in the measure's rows is an error.
    case fail
}

public struct MeasureDefinition: Sendable, Hashable {
    public var name: String
    public var expression: MeasureExpression
    public var text: String
    public var missing: MissingChoice
    public var source: TemplateSource
    /// Offset of the expression's first character from `source.location`.
    public var expressionOffset: Int
}

public struct MonthlySettings: Sendable, Hashable {
    /// Whether a month with no data rows is allowed (otherwise an error naming the period and file).
    public var allowEmptyMonth: Bool
    /// The input and column whose months define "the data for a period".
    public var periodInput: String
    public var periodColumn: String
    public var source: TemplateSource
    /// Where the `monthly:` key stands: what makes the template monthly, so
    /// "needs --period" points there.
    public var keySource: TemplateSource
}

public struct DocumentSpec: Sendable, Hashable {
    public var title: LocalizedText
    public var date: LocalizedText?
    public var department: LocalizedText?
    /// 담당: who wrote it.
    public var officer: LocalizedText?
    public var contact: LocalizedText?
    public var orientation: PageStyle.Orientation
    public var style: DocumentStyleSpec
    public var blocks: [BlockSpec]
    public var attachments: [[BlockSpec]]
    public var source: TemplateSource
    /// The files the briefing is written as when the command does not say
    /// (`formats: [pdf, hwpx]`); `briefing render --format` overrides it.
    public var formats: [DocumentFormat] = DocumentFormat.standard
}

/// A file the briefing itself is written as: the PDF, its pages as PNG, or
/// the HWPX a 한글 user edits.
public enum DocumentFormat: String, Sendable, Hashable, CaseIterable {
    case pdf, png, hwpx

    /// Without `formats:`, as before HWPX existed: the PDF and its page PNGs.
    public static let standard: [DocumentFormat] = [.pdf, .png]
}

/// What a template may change of the page's look; everything else keeps the
/// Korean-report defaults (Gothic title ~21 pt, Myeongjo body 15 pt, notes
/// 13 pt, line spacing 160%, 20 mm side margins).
public struct DocumentStyleSpec: Sendable, Hashable {
    public var gothic: String?
    public var myeongjo: String?
    public var display: String?
    public var titleSize: Double?
    public var bodySize: Double?
    public var noteSize: Double?
    public var lineSpacing: Double?
    /// Millimetres.
    public var marginTop: Double?, marginLeft: Double?, marginBottom: Double?, marginRight: Double?

    public init() {}
}

public struct TileSpec: Sendable, Hashable {
    public var label: LocalizedText
    public var value: LocalizedText
    public var compare: LocalizedText?
    /// `up`, `down`, `neutral`, or a measure whose sign decides.
    public var trend: TileTrend?
    public var source: TemplateSource
}

/// A table straight from an input: one row per data row (filtered, sorted,
/// cut to the top N), the chosen columns, and optionally an exact total row.
public struct TableDataSpec: Sendable, Hashable {
    public var input: String
    public var columns: [String]
    public var conditions: [Condition]
    public var sortColumn: String?
    public var descending: Bool
    /// Keep the first N rows; with `others`, the rest are summed into one 기타 row.
    public var limit: Int?
    public var others: Bool
    public var total: Bool
    /// The scale of its numbers (`scale: 억`); each column's header's by default.
    public var scale: ScaleSetting
    public var source: TemplateSource
}

public struct TableSpec: Sendable, Hashable {
    public var title: LocalizedText?
    public var unit: LocalizedText?
    /// Rows from data instead of `rows`.
    public var data: TableDataSpec?
    public var columns: [LocalizedText]
    /// Each row's cells and its style (`normal`, `subtotal`, `total`).
    public var rows: [(cells: [LocalizedText], style: TableRow.Style)]
    public var source: TemplateSource

    public static func == (a: TableSpec, b: TableSpec) -> Bool {
        a.title == b.title && a.unit == b.unit && a.data == b.data && a.columns == b.columns && a.source == b.source
            && a.rows.count == b.rows.count && zip(a.rows, b.rows).allSatisfy { $0.cells == $1.cells && $0.style == $1.style }
    }

    public func hash(into h: inout Hasher) { h.combine(columns); h.combine(source) }
}

public indirect enum BlockSpec: Sendable, Hashable {
    case summary([LocalizedText])
    case tiles([TileSpec])
    /// 개조식 lines; the symbol at each line's start (□ ○ - · * ※) gives its level.
    case text(LocalizedText)
    case heading(LocalizedText)
    case chart(id: String, width: ChartWidth, source: TemplateSource)
    case table(TableSpec)
    case note(LocalizedText)
    case columns([BlockSpec], [BlockSpec])
    case pageBreak
}

/// A chart: laid out in the briefing and, if `press` says so, exported alone.
public struct ChartDefinition: Sendable, Hashable {
    public var id: String
    public var kind: ChartKind
    public var title: LocalizedText?
    public var subtitle: LocalizedText?
    public var unit: LocalizedText?
    /// The scale of its numbers (`scale: 억`); the header's by default.
    public var scale: ScaleSetting
    public var sourceLine: LocalizedText?
    public var notes: [LocalizedText]
    /// Bars from measures: `{label: 목표, measure: target_2024}`; in a
    /// waterfall each bar also says its `step`: standalone, delta or total.
    public var bars: [BarSpec]
    /// Or from data: an input, its category column, value columns, a filter.
    public var data: ChartDataSpec?
    public var highlight: LocalizedText?
    /// Notes at a category: `{category: 미국, text: "MOU 2건"}`.
    public var annotations: [(category: LocalizedText, text: LocalizedText)]
    public var reference: (measure: String, label: LocalizedText)?
    public var colors: [Color]
    public var height: Double?
    public var press: PressExport?
    /// `table: true`: the chart's numbers written under it as a table, so
    /// the editable copy (HWPX) holds them as cells, not only as a picture.
    public var table = false
    public var source: TemplateSource

    public static func == (a: ChartDefinition, b: ChartDefinition) -> Bool { a.id == b.id && a.source == b.source }
    public func hash(into h: inout Hasher) { h.combine(id) }
}

public struct BarSpec: Sendable, Hashable {
    public var label: LocalizedText
    public var measure: String
    /// Waterfalls only: what the bar is.
    public var step: WaterfallStep?
    public var source: TemplateSource
}

public struct ChartDataSpec: Sendable, Hashable {
    public var input: String
    public var x: String
    public var y: [String]
    /// Series on a combo chart's right axis.
    public var y2: [String]
    /// A filter in the measure language's `where` form: `연도 = 2024`.
    public var conditions: [Condition]
    public var sort: ChartSort
    /// A long table's `series:`, `series-order:`, `top:` and `by:`.
    public var shape = ChartShape()
    public var source: TemplateSource
}

public struct PressExport: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public var formats: [PressFormat]
}

/// A chart's or data table's `scale:`, typed when read: one for every locale
/// (`scale: 억`) or one a locale (`scale: {en: million}`); a locale it does not
/// name keeps the header's scale.
public struct ScaleSetting: Sendable, Hashable {
    public var all: LabelScale?
    public var byLocale: [ReportLocale: LabelScale]

    public init(all: LabelScale? = nil, byLocale: [ReportLocale: LabelScale] = [:]) {
        self.all = all
        self.byLocale = byLocale
    }

    /// The header's scale in every locale: what a template without `scale:` gets.
    public static let column = ScaleSetting()

    public func scale(for locale: ReportLocale) -> LabelScale { byLocale[locale] ?? all ?? .column }
}
