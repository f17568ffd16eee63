import BriefingCore
import BriefingLayout

/// Turns a template's chart definition, with the report's figures and data,
/// into a `ChartSpec` the chart layout draws.
public struct ChartBuilder: Sendable {
    public let report: PreparedReport
    public let filler: TextFiller

    public init(report: PreparedReport, filler: TextFiller) {
        self.report = report
        self.filler = filler
    }

    /// Chart types by the name templates and `briefing chart --type` use.
    public static let kindNames = ["bar", "horizontal-bar", "grouped-bar", "stacked-bar", "line", "combo",
                                   "donut", "bullet", "waterfall", "kpi"]
    public static let kinds: [String: ChartKind] = Dictionary(uniqueKeysWithValues: zip(kindNames, [
        ChartKind.bar, .horizontalBar, .groupedBar, .stackedBar, .line, .combo, .donut, .bullet, .waterfall, .kpi,
    ]))

    /// The spec and the units its values (and its right axis's) are counted in.
    public func spec(_ c: ChartDefinition, size: Size) throws -> (spec: ChartSpec, unit: MeasureUnit?, secondaryUnit: MeasureUnit?) {
        let kind = Self.kinds[c.kind]!
        var data: ChartData
        var unit: MeasureUnit?
        var unit2: MeasureUnit?
        if let d = c.data {
            (data, unit, unit2) = try fromTable(d, c)
        } else {
            (data, unit) = try fromBars(c)
        }
        if kind == .waterfall {
            data.waterfallSteps = c.bars.map { WaterfallStep(rawValue: $0.step ?? "delta") ?? .delta }
        }
        var palette = ChartPalette.default
        var colors: [Color] = []
        for hex in c.colors {
            guard let col = Color(hex: hex) else { throw c.source.error("chart '\(c.id)': '\(hex)' is not a colour (#rrggbb)") }
            colors.append(col)
        }
        if let first = colors.first { palette = palette.withPrimary(first) }
        if colors.count > 1 { palette.series = colors }
        var references: [ReferenceLine] = []
        if let r = c.reference {
            guard let a = amount(report.figures[r.measure], unit: unit) else {
                throw c.source.error("chart '\(c.id)': reference '\(r.measure)' is not an amount in the chart's unit")
            }
            references.append(ReferenceLine(value: a, label: filler.fill(r.label)))
        }
        let labels = try categoryLabels(c)
        let unitLine = filler.fill(c.unit).map { $0.hasPrefix("(") ? $0 : "(\($0))" }
        let spec = ChartSpec(kind: kind, title: filler.fill(c.title) ?? "", subtitle: filler.fill(c.subtitle), unitLine: unitLine,
                             source: filler.fill(c.sourceLine), notes: c.notes.map { filler.fill($0) }, size: size, data: data,
                             palette: palette, highlight: filler.fill(c.highlight).map { labels[$0] ?? $0 }, referenceLines: references,
                             annotations: c.annotations.map { a in
                                 let category = filler.fill(a.category)
                                 return Annotation(category: labels[category] ?? category, text: filler.fill(a.text))
                             },
                             sort: ChartSort(rawValue: c.data?.sort ?? "none") ?? .none)
        return (spec, unit, unit2)
    }

    /// The formatter that writes ticks and value labels in the report's locale and the chart's unit.
    public func valueFormatter(unit: MeasureUnit?) -> LocaleChartFormatter {
        LocaleChartFormatter(formatter: filler.text.formatter, unit: unit)
    }

    func amount(_ f: Figure?, unit: MeasureUnit?) -> ExactDecimal? {
        guard case .amount(let a)? = f?.value else { return nil }
        guard let unit else { return a.value }
        guard a.unit.quantity == unit.quantity || a.unit.written.isEmpty else { return nil }
        return a.value.shifted(by: a.unit.powerOfTen - unit.powerOfTen)
    }

    func fromBars(_ c: ChartDefinition) throws -> (ChartData, MeasureUnit?) {
        var unit: MeasureUnit?
        var values: [ExactDecimal?] = []
        for bar in c.bars {
            let f = report.figures[bar.measure]
            switch f?.value {
            case .amount(let a)?:
                if let u = unit, u.quantity != a.unit.quantity {
                    throw bar.source.error("chart '\(c.id)': bar '\(bar.measure)' is \(a.unit.written), the others \(u.written); a chart shows one kind of figure")
                }
                unit = unit ?? a.unit
                values.append(a.value.shifted(by: a.unit.powerOfTen - unit!.powerOfTen))
            case nil:
                values.append(nil)  // not computable: a gap, never zero
            case .count(let n)?:
                values.append(ExactDecimal(n))
            default:
                throw bar.source.error("chart '\(c.id)': bar '\(bar.measure)' is not an amount or a count; a bar shows an amount")
            }
        }
        let series = Series(name: filler.fill(c.title) ?? c.id, values: values)
        return (ChartData(categories: c.bars.map { filler.fill($0.label) }, series: [series]), unit)
    }

    /// Display labels by written value, for highlights and annotations of data charts.
    func categoryLabels(_ c: ChartDefinition) throws -> [String: String] {
        guard let d = c.data, let table = report.tables[d.input] else { return [:] }
        let rows = try Measures(table).rows(where: try Condition.rowFilters(d.conditions, period: report.period))
        return TableChartData.labels(table: table, x: d.x, rows: rows, formatter: filler.text.formatter)
    }

    func fromTable(_ d: ChartDataSpec, _ c: ChartDefinition) throws -> (ChartData, MeasureUnit?, MeasureUnit?) {
        guard let table = report.tables[d.input] else { throw d.source.error("chart '\(c.id)': no input '\(d.input)'") }
        let evaluator = TemplateEvaluator(template: report.template, tables: report.tables, period: report.period)
        let filters = try evaluator.filters(Aggregate(function: .count, input: d.input, columns: [], conditions: d.conditions, offset: 0),
                                            MeasureDefinition(name: c.id, expression: .number(0, at: 0), text: "", missing: .skip, source: d.source, expressionOffset: 0))
        let rows = try Measures(table).rows(where: filters)
        do {
            return try TableChartData.make(table: table, x: d.x, y: d.y, y2: d.y2, rows: rows, formatter: filler.text.formatter)
        } catch {
            throw d.source.error("chart '\(c.id)': \(error.message)")
        }
    }
}

/// Chart ticks and value labels written by the report's formatter:
/// `500만`, `1,000만` (ko) or `$5M` (en), in the chart's unit.
public struct LocaleChartFormatter: ChartValueFormatter {
    public let formatter: FigureFormatter
    public let unit: MeasureUnit?

    public init(formatter: FigureFormatter, unit: MeasureUnit?) {
        self.formatter = formatter
        self.unit = unit
    }

    public func valueLabel(_ v: ExactDecimal) -> String {
        guard let unit else { return formatter.count(v, noun: "", myriad: false) }
        if unit.quantity == .percent { return formatter.percent(value: v) }
        return formatter.shortAmount(Amount(v, unit))
    }

    public func tickLabel(_ v: ExactDecimal, step: ExactDecimal) -> String {
        if unit?.quantity == .percent {
            let digits = max(0, -step.normalized.exponent)
            return formatter.percent(value: v, precision: .digits(digits))
        }
        return formatter.axisTick(value: v, unit: unit, step: step)
    }
}
