import BriefingCore
import BriefingLayout

/// The closed sets a template chooses from, each typed where it is read
/// (`TemplateReader`), with the words a template writes for it.
enum TemplateChoices {
    static let locales: KeyValuePairs<String, ReportLocale> = ["ko": .ko, "en": .en]
    static let orientations: KeyValuePairs<String, PageStyle.Orientation> = ["portrait": .portrait, "landscape": .landscape]
    static let chartKinds: KeyValuePairs<String, ChartKind> = [
        "bar": .bar, "horizontal-bar": .horizontalBar, "grouped-bar": .groupedBar, "stacked-bar": .stackedBar,
        "line": .line, "combo": .combo, "donut": .donut, "bullet": .bullet, "waterfall": .waterfall, "kpi": .kpi,
    ]
    static let widths: KeyValuePairs<String, ChartWidth> = ["full": .full, "half": .half]
    static let steps: KeyValuePairs<String, WaterfallStep> = ["standalone": .standalone, "delta": .delta, "total": .total]
    static let rowStyles: KeyValuePairs<String, TableRow.Style> = ["normal": .normal, "subtotal": .subtotal, "total": .total]
    /// `asc`/`desc` as data tables' `sort: 계약액 desc` writes them, so one word works in both places.
    static let sorts: KeyValuePairs<String, ChartSort> = [
        "none": .none, "ascending": .ascending, "descending": .descending, "asc": .ascending, "desc": .descending,
    ]
    static let timeGrains: KeyValuePairs<String, TimeGrain> = ["year": .year, "quarter": .quarter, "month": .month]
    static let documentFormats: KeyValuePairs<String, DocumentFormat> = ["pdf": .pdf, "png": .png, "hwpx": .hwpx]
    static let pressFormats: KeyValuePairs<String, PressFormat> = ["png": .png, "png@2x": .png2x, "pdf": .pdf, "svg": .svg]
    static let trends: KeyValuePairs<String, KPITile.Trend> = ["up": .up, "down": .down, "neutral": .neutral]
}

/// A chart block's width on the page.
public enum ChartWidth: Sendable, Hashable {
    case full, half
}

/// A file a press chart is exported as.
public enum PressFormat: Sendable, Hashable {
    case png
    /// Twice the pixels (a retina screen, a printed page).
    case png2x
    case pdf
    case svg
}

/// A KPI tile's colour cue: fixed, or the sign of a measure (`trend: growth`).
public enum TileTrend: Sendable, Hashable {
    case fixed(KPITile.Trend)
    /// The measure, and where the template names it (for `check`).
    case measure(String, at: TemplateSource)
}

extension ChartSort {
    /// The one sort grammar of templates and `briefing chart --sort`: `none`,
    /// `ascending`/`asc`, `descending`/`desc`.
    public init?(word: String) {
        guard let s = TemplateChoices.sorts.first(where: { $0.key == word })?.value else { return nil }
        self = s
    }
}
