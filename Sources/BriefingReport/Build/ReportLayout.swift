import BriefingCore
import BriefingLayout

/// The pure half of rendering a report: the briefing and the press charts
/// laid out as Scenes, with what their charts left out — no font file, no
/// Cairo. Generic over the `TextMeasurer`, so the tool lays out with Pango
/// (`ReportRenderer`) and tests with `ApproximateTextMeasurer`.
///
/// Each chart is laid out once a size (`ChartScenes`). A document chart
/// offers the page its full height and shorter ones; the warnings reported
/// are those of the version the page layout placed, not of every try.
///
/// ```swift
/// let laidOut = try ReportLayout(measurer: ApproximateTextMeasurer()).layout(report, request)
/// laidOut.document?.pages.count   // 2
/// laidOut.warnings                // [] — or chart 'months' at 482×241: …
/// ```
public struct ReportLayout<M: TextMeasurer> {
    public let measurer: M

    public init(measurer: M) { self.measurer = measurer }

    /// The briefing (when `document` is true and the template has one) and,
    /// when `request.pressCharts`, every chart the template exports for the press.
    public func layout(_ report: PreparedReport, _ request: RenderRequest, document: Bool = true) throws -> LaidOutReport {
        let filler = Self.filler(report, request)
        var charts = ChartScenes(measurer: measurer, builder: ChartBuilder(report: report, filler: filler))
        var laidOut = LaidOutReport()
        var printed: [ChartKey] = []
        if document, let d = report.template.document {
            let (spec, figures) = try briefingSpec(report, request, filler: filler, charts: &charts)
            let metadata = DocumentMetadata(title: filler.fill(d.title), author: filler.fill(d.department),
                                            subject: filler.fill(d.title), creator: "briefing",
                                            creationDate: request.creationDate, language: request.locale.languageTag)
            let result = try DocumentLayout(measurer: measurer).layoutReport(spec, metadata: metadata)
            laidOut.document = result.document
            laidOut.spec = spec
            printed += result.figures.map { figures[$0.figure][$0.version] }
        }
        for c in report.template.charts where request.pressCharts {
            guard let press = c.press else { continue }
            let size = Size(Double(press.width), Double(press.height))
            let metadata = DocumentMetadata.pressChart(
                title: filler.fill(c.title) ?? "", subject: report.template.document.flatMap { filler.fill($0.title) },
                locale: request.locale, creationDate: request.creationDate)
            laidOut.pressCharts.append(PressChartScene(chart: c, scene: try charts.scene(c, size: size), metadata: metadata))
            printed.append(ChartKey(chart: c.id, size: size))
        }
        var seen = Set<ChartKey>()
        for key in printed where seen.insert(key).inserted {
            laidOut.warnings += charts.warnings(key).map { ReportWarning(chart: key.chart, size: key.size, warning: $0) }
        }
        return laidOut
    }

    /// The template's document as blocks of text and laid-out charts, ready
    /// for `DocumentLayout`; nil when the template has no document.
    public func briefingSpec(_ report: PreparedReport, _ request: RenderRequest) throws -> BriefingSpec? {
        guard report.template.document != nil else { return nil }
        let filler = Self.filler(report, request)
        var charts = ChartScenes(measurer: measurer, builder: ChartBuilder(report: report, filler: filler))
        return try briefingSpec(report, request, filler: filler, charts: &charts).spec
    }

    /// The spec, and for each figure block (in reading order) the chart and
    /// size of each of its versions, full first, to name what was placed.
    func briefingSpec(_ report: PreparedReport, _ request: RenderRequest, filler: TextFiller,
                      charts: inout ChartScenes<M>) throws -> (spec: BriefingSpec, figures: [[ChartKey]]) {
        let page = PageStyle.briefing(report.template.document!, locale: request.locale)
        var figures: [[ChartKey]] = []
        let spec = try DocumentBuilder(report: report, filler: filler).spec(page: page) { id, width in
            let c = report.template.charts.first { $0.id == id }!
            let sizes = Self.figureSizes(c, width: width)
            figures.append(sizes.map { ChartKey(chart: c.id, size: $0) })
            let scenes = try sizes.map { try charts.scene(c, size: $0) }
            var placement = ChartPlacement(full: scenes[0], shorter: Array(scenes.dropFirst()), alt: filler.fill(c.title) ?? c.id)
            if c.table { placement.table = try ChartTable.make(c, builder: ChartBuilder(report: report, filler: filler)) }
            return placement
        }
        return (spec, figures)
    }

    /// The heights a document chart is offered at, tallest first: the
    /// template's `height` alone, or an A4-half figure half as tall as it is
    /// wide and shorter ones, down to about a third, that the page layout
    /// takes rather than leave a gap (never under 150 pt). A narrow chart (a
    /// half-width column, 236 pt) starts taller than half its width — up to
    /// 0.8 of it, 190 pt at most — since 118 pt holds no chart.
    static func figureSizes(_ c: ChartDefinition, width: Double) -> [Size] {
        if let h = c.height { return [Size(width, h)] }
        let full = max((width * 0.5).rounded(), min((width * 0.8).rounded(), 190))
        var heights = [full]
        for ratio in [0.46, 0.42, 0.38, 0.34] {
            let h = max(150, (width * ratio).rounded())
            if h < heights[heights.count - 1] { heights.append(h) }
        }
        return heights.map { Size(width, $0) }
    }

    static func filler(_ report: PreparedReport, _ request: RenderRequest) -> TextFiller {
        TextFiller(template: report.template, figures: report.figures,
                   text: FigureText(formatter: FigureFormatter(locale: request.locale)))
    }
}

/// A report laid out, nothing drawn yet.
public struct LaidOutReport: Sendable {
    /// The briefing's pages; nil when not asked for or the template has none.
    public var document: Document?
    /// What the briefing says, block by block, before pages: the HWPX is written from it.
    public var spec: BriefingSpec?
    /// The template's press exports, in the template's order.
    public var pressCharts: [PressChartScene] = []
    /// What the printed charts left out, in reading order, each chart and size once.
    public var warnings: [ReportWarning] = []
}

/// A chart the template exports alone, laid out at its `press:` size.
public struct PressChartScene: Sendable {
    public var chart: ChartDefinition
    public var scene: Scene
    /// For its PDF: the chart's title, and the briefing it belongs to as subject.
    public var metadata: DocumentMetadata
}
