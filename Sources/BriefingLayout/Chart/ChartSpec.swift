import BriefingCore

/// Everything a press chart needs, as plain values: what to draw (`kind`,
/// `data`), what to say around it (title, subtitle, unit line, source,
/// notes) and how to emphasise (highlight, reference lines, annotations).
///
/// ```swift
/// let spec = ChartSpec(kind: .bar, title: "2024 무역촉진단 수출 계약",
///                      unitLine: "(단위: 만 달러)", source: "자료: 광주 북구",
///                      data: ChartData(categories: ["실계약", "약정계약"],
///                                      series: [Series(name: "금액", values: [325, 675])]))
/// ```
public struct ChartSpec: Sendable, Hashable {
    public var kind: ChartKind
    public var title: String
    public var subtitle: String?
    /// `(단위: 만 달러)`: written top-right, above the plot.
    public var unitLine: String?
    /// `자료: 광주 북구`: written bottom-left.
    public var source: String?
    /// Footnotes, each its own paragraph above the source line.
    public var notes: [String]
    public var size: Size
    public var data: ChartData
    public var palette: ChartPalette
    /// One category (or, for line charts, one series) drawn in colour; the rest muted grey.
    public var highlight: String?
    public var referenceLines: [ReferenceLine]
    public var annotations: [Annotation]
    public var sort: ChartSort
    public var fonts: FontFamilies
    public var showValueLabels: Bool
    /// Line charts: write end labels inside the plot, above each line's last
    /// point, instead of in a gutter on the right.
    public var lineLabelsInner: Bool
    /// The chart's own words (`합계`, `자료 없음`, `대비`), in the report's language.
    public var labels: ChartLabels = .korean

    public init(kind: ChartKind, title: String, subtitle: String? = nil, unitLine: String? = nil,
                source: String? = nil, notes: [String] = [], size: Size = .landscape16x9,
                data: ChartData, palette: ChartPalette = .default, highlight: String? = nil,
                referenceLines: [ReferenceLine] = [], annotations: [Annotation] = [],
                sort: ChartSort = .none, fonts: FontFamilies = .nanum,
                showValueLabels: Bool = true, lineLabelsInner: Bool = false) {
        self.kind = kind; self.title = title; self.subtitle = subtitle; self.unitLine = unitLine
        self.source = source; self.notes = notes; self.size = size; self.data = data
        self.palette = palette; self.highlight = highlight; self.referenceLines = referenceLines
        self.annotations = annotations; self.sort = sort; self.fonts = fonts
        self.showValueLabels = showValueLabels; self.lineLabelsInner = lineLabelsInner
    }
}

/// The chart types a press release uses.
public enum ChartKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Vertical bars (columns). Turns horizontal by itself when labels do not fit.
    case bar
    case horizontalBar
    /// Several series side by side in each category.
    case groupedBar
    /// Series stacked in each category, the total written on top.
    case stackedBar
    /// One or several series over ordered categories (months, years).
    case line
    /// `data.series` as bars on the left axis, `data.secondary` as lines on a right axis
    /// (an amount and its year-on-year change).
    case combo
    /// Shares of a whole, listed beside the ring with value and percentage.
    case donut
    /// Actual against target: `series[0]` actual, `series[1]` target.
    case bullet
    /// Running total: 목표 → 실계약 → 약정계약 → 합계 (see `WaterfallStep`).
    case waterfall
    /// One big figure with its label and comparison lines.
    case kpi
}

public enum ChartSort: String, Sendable, Hashable, Codable {
    case none, ascending, descending
}

/// The numbers: categories along one axis, one or more series of values.
public struct ChartData: Sendable, Hashable {
    public var categories: [String]
    public var series: [Series]
    /// Combo charts: lines on the secondary (right) axis.
    public var secondary: [Series]
    /// Waterfall charts: what each category is. `nil` means every category is a
    /// step except the last, which is the total.
    public var waterfallSteps: [WaterfallStep]?
    /// The month each category stands for, when they all are months (a time
    /// axis): a line chart then ticks by the calendar (`TimeTicks`) instead of
    /// every k-th label. Passed as values, so the layout never re-reads
    /// `2024. 3.` or `March 2024` from the label text. One a category, or nil.
    public var months: [Month]?

    public init(categories: [String], series: [Series], secondary: [Series] = [],
                waterfallSteps: [WaterfallStep]? = nil, months: [Month]? = nil) {
        self.categories = categories; self.series = series; self.secondary = secondary
        self.waterfallSteps = waterfallSteps; self.months = months
    }
}

public struct Series: Sendable, Hashable {
    public var name: String
    /// One value per category; `nil` is missing (a gap, never zero).
    public var values: [ExactDecimal?]
    /// Overrides the palette colour for this series.
    public var color: Color?
    /// Categories where a `nil` means "no such row" in a long table (no snow
    /// days in 2014), not an unknown figure: a stack without that segment is
    /// still whole, and gets its total. Every other `nil` is unknown.
    public var absent: Set<Int> = []

    public init(name: String, values: [ExactDecimal?], color: Color? = nil, absent: Set<Int> = []) {
        self.name = name; self.values = values; self.color = color; self.absent = absent
    }
}

/// What a waterfall category is.
public enum WaterfallStep: String, Sendable, Hashable, Codable {
    /// Adds its value to the running total; the bar floats from the old total to the new.
    case delta
    /// A bar from zero to the running total. A stated value must equal it.
    case total
    /// A bar from zero to its value that does not enter the running total (a target, 목표).
    case standalone
}

/// A horizontal (or, in horizontal bar charts, vertical) line at a value, with a label.
public struct ReferenceLine: Sendable, Hashable {
    public var value: ExactDecimal
    /// `목표 150만 달러`.
    public var label: String
    public init(value: ExactDecimal, label: String) { self.value = value; self.label = label }
}

/// A short text pointing at one data point.
public struct Annotation: Sendable, Hashable {
    public var category: String
    /// The point's value; `nil` takes the first series' value at `category`.
    public var value: ExactDecimal?
    public var text: String
    public init(category: String, value: ExactDecimal? = nil, text: String) {
        self.category = category; self.value = value; self.text = text
    }
}

extension Size {
    /// 1200 × 675, a press release or news site image.
    public static let landscape16x9 = Size(1200, 675)
    /// 1080 × 1080, a social post.
    public static let square = Size(1080, 1080)
    /// 1080 × 1350, a portrait social post.
    public static let portrait = Size(1080, 1350)
    /// A4 content width (210 mm less two 20 mm margins) by about half the
    /// content height: a chart that shares a briefing page with text.
    public static let a4Half = Size(mm(170), mm(120))
}
