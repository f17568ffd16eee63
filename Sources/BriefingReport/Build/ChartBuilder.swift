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
    public static let kindNames = TemplateChoices.chartKinds.map(\.key)
    public static let kinds: [String: ChartKind] = Dictionary(uniqueKeysWithValues: TemplateChoices.chartKinds.map { ($0.key, $0.value) })

    /// The spec, its numbers in the shown scale, and the formatters that write them.
    public func spec(_ c: ChartDefinition, size: Size) throws -> (spec: ChartSpec, numbers: ChartNumbers) {
        let kind = c.kind
        let made = try c.data.map { try fromTable($0, c) }
        let numbers = try self.numbers(c, made: made)
        var data = numbers.data
        if kind == .waterfall {
            data.waterfallSteps = c.bars.map { $0.step ?? .delta }
        }
        var palette = ChartPalette.default
        if let first = c.colors.first { palette = palette.withPrimary(first) }
        if c.colors.count > 1 { palette.series = c.colors }
        var references: [ReferenceLine] = []
        if let r = c.reference {
            guard case .amount(let a)? = report.figures[r.measure]?.value, let v = numbers.shownValue(a) else {
                throw c.source.error("chart '\(c.id)': reference '\(r.measure)' is not an amount in the chart's unit")
            }
            references.append(ReferenceLine(value: v, label: filler.fill(r.label)))
        }
        let labels = try made?.labels ?? categoryLabels(c)
        var spec = ChartSpec(kind: kind, title: filler.fill(c.title) ?? "", subtitle: filler.fill(c.subtitle),
                             unitLine: try unitLine(c, numbers), source: filler.fill(c.sourceLine),
                             notes: c.notes.map { filler.fill($0) } + (made?.notes ?? []), size: size, data: data, palette: palette,
                             highlight: filler.fill(c.highlight).map { labels[$0] ?? $0 }, referenceLines: references,
                             annotations: c.annotations.map { a in
                                 let category = filler.fill(a.category)
                                 return Annotation(category: labels[category] ?? category, text: filler.fill(a.text))
                             },
                             sort: c.data?.sort ?? .none)
        spec.labels = numbers.labels
        return (spec, numbers)
    }

    /// The chart's data and the one scale decision for its numbers.
    public func numbers(_ c: ChartDefinition) throws -> ChartNumbers {
        try numbers(c, made: c.data.map { try fromTable($0, c) })
    }

    func numbers(_ c: ChartDefinition, made: TableChartData.Made?) throws -> ChartNumbers {
        var data: ChartData
        var unit: MeasureUnit?
        var unit2: MeasureUnit?
        if let made {
            (data, unit, unit2) = (made.data, made.unit, made.secondaryUnit)
        } else {
            (data, unit) = try fromBars(c)
        }
        let locale = filler.text.formatter.locale
        do {
            return try ChartNumbers(data: data, unit: unit, secondaryUnit: unit2, scale: c.scale.scale(for: locale),
                                    formatter: filler.text.formatter)
        } catch {
            throw c.source.error("chart '\(c.id)': scale: \(error)")
        }
    }

    /// The template's `unit:` if it fits the labels, else the unit line the
    /// scale gives; a `unit:` that names another scale than the labels' is an
    /// error at its place (`unit says 만 달러 but the labels are in 달러`).
    func unitLine(_ c: ChartDefinition, _ numbers: ChartNumbers) throws -> String? {
        guard let written = filler.fill(c.unit) else { return numbers.unitLine }
        if let problem = numbers.contradiction(withUnitLine: written) {
            let locale = filler.text.formatter.locale.rawValue
            let source = c.unit?.variantSources[locale] ?? c.unit?.source ?? c.source
            throw source.error("chart '\(c.id)': \(problem); leave unit: out to have it written, or set scale:")
        }
        return written.hasPrefix("(") ? written : "(\(written))"
    }

    func fromBars(_ c: ChartDefinition) throws -> (ChartData, MeasureUnit?) {
        var unit: MeasureUnit?
        var values: [ExactDecimal?] = []
        for bar in c.bars {
            let f = report.figures[bar.measure]
            switch f?.value {
            case .amount(let a)?:
                if let u = unit, u.quantity != a.unit.quantity {
                    throw bar.source.error("chart '\(c.id)': bar '\(bar.measure)' is \(a.unit.written), "
                                           + "the others \(u.written); a chart shows one kind of figure")
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
        let rows = try Measures(table).rows(where: try rowFilters(d, c))
        return TableChartData.labels(table: table, x: d.x, rows: rows, formatter: filler.text.formatter)
    }

    func fromTable(_ d: ChartDataSpec, _ c: ChartDefinition) throws -> TableChartData.Made {
        guard let table = report.tables[d.input] else { throw d.source.error("chart '\(c.id)': no input '\(d.input)'") }
        let rows = try Measures(table).rows(where: try rowFilters(d, c))
        do throws(TableChartData.Problem) {
            return try TableChartData.make(table: table, x: d.x, y: d.y, y2: d.y2, rows: rows, formatter: filler.text.formatter,
                                           shape: d.shape, foldOther: c.kind.addsUpSeries)
        } catch {
            if case .noColumn(let name, let file, let columns) = error {
                throw d.source.error(.unknownColumn(name, file: file, columns: columns))
            }
            throw d.source.error("chart '\(c.id)': \(error.message)")
        }
    }

    /// The data's `where:` as row filters; a period it names (`@period`) needs
    /// the report's, an error at the chart's data otherwise.
    func rowFilters(_ d: ChartDataSpec, _ c: ChartDefinition) throws -> [RowFilter] {
        do {
            return try Condition.rowFilters(d.conditions, period: report.period, each: report.each?.cell)
        } catch let e as ExpressionSyntaxError {
            throw d.source.error("chart '\(c.id)': \(e.message)")
        }
    }
}
