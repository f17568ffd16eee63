import BriefingCore

/// Lays out a `ChartSpec` as a `Scene`: measure the frame (title, legend,
/// footer), then place the plot of the chart's kind inside what is left.
///
/// ```swift
/// let layout = ChartLayout(measurer: ApproximateTextMeasurer(), formatter: GroupedNumberFormatter())
/// let scene = try layout.layout(spec)
/// scene.allTextRuns.filter { $0.role == .valueLabel(series: "실계약", category: "1월") }.map(\.text)   // ["325"]
/// ```
///
/// Every text run and mark carries a `SceneRole` (`.title`, `.tick(.y)`,
/// `.valueLabel(series:category:)`, `.bar(series:category:value:)` …) so tests
/// and `--scene` dumps can check geometry.
public struct ChartLayout<M: TextMeasurer> {
    public let measurer: M
    public let formatter: any ChartValueFormatter
    public let secondaryFormatter: any ChartValueFormatter

    /// `secondaryFormatter` writes a combo chart's right axis (by default the same as the left).
    public init(measurer: M, formatter: some ChartValueFormatter = GroupedNumberFormatter(),
                secondaryFormatter: (any ChartValueFormatter)? = nil) {
        self.measurer = measurer
        self.formatter = formatter
        self.secondaryFormatter = secondaryFormatter ?? formatter
    }

    public func layout(_ spec: ChartSpec) throws -> Scene {
        try layoutReport(spec).scene
    }

    /// The scene and the warnings about anything left out (see `ChartWarning`).
    public func layoutReport(_ spec: ChartSpec) throws -> ChartLayoutResult {
        try spec.validate()
        var ctx = ChartContext(spec: spec, style: ChartStyle(spec: spec), typesetter: Typesetter(measurer: measurer),
                               formatter: formatter, secondaryFormatter: secondaryFormatter)
        let data = spec.orderedData()
        switch spec.kind {
        case .bar, .horizontalBar, .groupedBar, .stackedBar, .waterfall, .combo:
            try ctx.layoutBars(data)
        case .line:
            try ctx.layoutLines(data)
        case .donut:
            try ctx.layoutDonut(data)
        case .bullet:
            try ctx.layoutBullet(data)
        case .kpi:
            try ctx.layoutKPI(data)
        }
        let scene = Scene(size: spec.size, background: .white, items: ctx.marks + ctx.texts.map { .text($0) })
        return ChartLayoutResult(scene: scene, warnings: ctx.warnings)
    }
}
