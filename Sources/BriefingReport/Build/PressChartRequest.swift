import BriefingCairo
import BriefingCore
import BriefingLayout

/// One press chart from a table, as `briefing chart` and `POST /api/chart`
/// ask for it: the options typed, and the one path from table to laid-out
/// Scene both front ends take, so a chart made in the browser is the chart
/// the copied command makes.
public struct PressChartRequest: Sendable {
    public var kind: ChartKind = .bar
    public var x: String
    public var y: [String]
    public var y2: [String] = []
    /// Row conditions, as in a template's measures (`연도 = 2024`), parsed by `make`.
    public var condition: String?
    public var shape = ChartShape()
    public var title = ""
    public var subtitle: String?
    public var unit: String?
    public var scale: LabelScale?
    public var source: String?
    public var notes: [String] = []
    public var width = 1200
    public var height = 675
    public var highlight: String?
    public var references: [ReferenceLine] = []
    public var colors: [Color] = []
    /// Notes at categories: (category as written in the x column or as labelled, text).
    public var annotations: [(category: String, text: String)] = []
    public var sort: ChartSort = .none
    public var locale: ReportLocale = .ko
    public var font: String?

    public init(x: String, y: [String]) {
        self.x = x
        self.y = y
    }

    /// A problem with one option: `option` is its CLI name (`where`, `scale`, `unit`), the message says what was found.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var option: String
        public var message: String
        public var description: String { "--\(option): \(message)" }
    }

    /// The chart laid out: its Scene, what was left out to stay legible, and the PDF metadata.
    public struct Made {
        public var scene: Scene
        public var warnings: [ChartWarning]
        public var metadata: DocumentMetadata
    }

    /// Lays the chart out with `renderer`'s fonts. Throws `Problem` for an
    /// option, `TableChartData.Problem` for the table, and the import and
    /// measure errors as they are.
    public func make(table: Table, renderer: SceneRenderer) throws -> Made {
        let formatter = FigureFormatter(locale: locale)
        var filters: [RowFilter] = []
        if let condition {
            do {
                filters = try Condition.rowFilters(try Condition.parseList(condition), period: nil)
            } catch let e as ExpressionSyntaxError {
                throw Problem(option: "where", message: "\(e.message) (at character \(e.offset + 1) of \"\(condition)\")")
            }
        }
        let rows = try Measures(table).rows(where: filters)
        let made = try TableChartData.make(table: table, x: x, y: y, y2: y2, rows: rows, formatter: formatter,
                                           shape: shape, foldOther: kind.addsUpSeries)
        let numbers: ChartNumbers
        do {
            numbers = try ChartNumbers(data: made.data, unit: made.unit, secondaryUnit: made.secondaryUnit,
                                       scale: scale ?? .column, formatter: formatter)
        } catch { throw Problem(option: "scale", message: "\(error)") }
        if let unit, let problem = numbers.contradiction(withUnitLine: unit) {
            throw Problem(option: "unit",
                          message: "\(problem); leave --unit out to have it written, or choose the labels' scale with --scale")
        }
        let labels = made.labels ?? TableChartData.labels(table: table, x: x, rows: rows, formatter: formatter)
        var palette = ChartPalette.default
        if let first = colors.first { palette = palette.withPrimary(first) }
        if colors.count > 1 { palette.series = colors }
        var fonts = FontFamilies.nanum
        if let font { fonts = FontFamilies(gothic: font, myeongjo: font, display: font) }
        var spec = ChartSpec(kind: kind, title: title, subtitle: subtitle,
                             unitLine: unit.map { $0.hasPrefix("(") ? $0 : "(\($0))" } ?? numbers.unitLine,
                             source: source, notes: notes + made.notes, size: Size(Double(width), Double(height)),
                             data: numbers.data, palette: palette,
                             highlight: highlight.map { labels[$0] ?? $0 }, referenceLines: references,
                             annotations: annotations.map { Annotation(category: labels[$0.category] ?? $0.category, text: $0.text) },
                             sort: sort, fonts: fonts)
        spec.labels = numbers.labels
        let laidOut = try ChartLayout(measurer: PangoTextMeasurer(sharingFontsOf: renderer),
                                      formatter: numbers.valueFormatter,
                                      secondaryFormatter: numbers.secondaryFormatter).layoutReport(spec)
        return Made(scene: laidOut.scene, warnings: laidOut.warnings,
                    metadata: DocumentMetadata.pressChart(title: title, subject: subtitle, locale: locale))
    }
}

extension ReferenceLine {
    /// `150=목표 150만 달러`: the value as the axis shows it (in the scale chosen), then the label.
    public init?(parsing text: String) {
        let parts = text.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, let v = ExactDecimal(parts[0].replacingOccurrences(of: ",", with: "")) else { return nil }
        self.init(value: v, label: String(parts[1]))
    }
}
