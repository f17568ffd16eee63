import BriefingLayout

/// Something a chart of the report left out to stay legible, at the size it
/// was printed: which chart, how big, and the layout's own `ChartWarning`.
/// Rendering returns these with its files; the CLI prints them (never dropped).
///
/// ```swift
/// ReportWarning(chart: "months", size: Size(482, 241), warning: .segmentLabelsOmitted(count: 2)).description
/// // chart 'months' at 482×241: 2 stack segment labels left out where …
/// ```
public struct ReportWarning: Sendable, Hashable, CustomStringConvertible {
    /// The chart's `id` in the template.
    public var chart: String
    /// The size it was laid out at, in points: a document figure's placed
    /// version, or a press export's canvas.
    public var size: Size
    public var warning: ChartWarning

    public init(chart: String, size: Size, warning: ChartWarning) {
        self.chart = chart
        self.size = size
        self.warning = warning
    }

    public var description: String {
        "chart '\(chart)' at \(Int(size.width))×\(Int(size.height)): \(warning)"
    }
}

/// What rendering a report made: its files, complete in memory, and what
/// its charts left out, in reading order (the briefing's figures, then the
/// press charts), each chart and size once.
public struct RenderResult: Sendable {
    public var files: [RenderedFile]
    public var warnings: [ReportWarning]
}
