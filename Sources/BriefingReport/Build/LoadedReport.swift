import BriefingCore

/// A template with its data read, before any figure is computed: the part of
/// preparing a report that `render --each` does once for all its sheets.
/// `check` finds every problem that does not depend on the sheet's value;
/// `compute` then gives one `PreparedReport` a value.
public struct LoadedReport: Sendable {
    public var template: Template
    public var inputs: [String: ImportResult]
    public var period: PeriodContext?

    public var tables: [String: Table] { inputs.mapValues(\.table) }

    /// A template and inputs read already (`serve` lists an `each:` template's values from the inputs it read once).
    public init(template: Template, inputs: [String: ImportResult], period: PeriodContext?) {
        (self.template, self.inputs, self.period) = (template, inputs, period)
    }

    /// Reads the template and its inputs. Throws `DiagnosticList`.
    public static func load(templatePath: String, overrides: [String: String] = [:], period: PeriodContext? = nil,
                            read: InputLoader.Reader = LocalFile.read) throws -> LoadedReport {
        let template: Template
        do { template = try TemplateReader.read(path: templatePath) } catch let e as TemplateError {
            throw DiagnosticList([e.diagnostic])
        }
        // A monthly template without its month: said once, where the template
        // says it is monthly, not once for every @period it then cannot resolve.
        if let monthly = template.monthly, period == nil {
            throw DiagnosticList([monthly.keySource.error(PreparedReport.missingPeriodMessage).diagnostic])
        }
        let inputs = try InputLoader(template: template, overrides: overrides).load(read: read)
        return LoadedReport(template: template, inputs: inputs, period: period)
    }

    /// Every problem of the template against its data (measures, placeholders,
    /// charts, tables, the month), all at once; the figures' kinds when there
    /// is none. `each` only says whether `@each` has a value: the problems
    /// are the same for every value.
    public func check(each: EachValue?) throws -> [String: FigureKind] {
        let evaluator = TemplateEvaluator(template: template, tables: tables, period: period, each: each?.cell)
        var problems = evaluator.check()
        let named = PreparedReport.periodFigures(period).merging(Self.eachFigure(each)) { a, _ in a }
        let namedKinds = named.mapValues { f -> FigureKind in
            if f.name == "@each", let column = each.flatMap({ tables[$0.column.input]?.column(named: $0.column.column) }) {
                return .cell(column.type)
            }
            return .cell(f.name.hasSuffix("year") ? .year : .month)
        }
        let kinds = ((try? evaluator.kinds()) ?? [:]).merging(namedKinds) { a, _ in a }
        problems += TextFiller.check(template, kinds: kinds)
        problems += PreparedReport.checkCharts(template)
        let partial = PreparedReport(template: template, inputs: inputs, figures: [:], kinds: kinds, period: period, each: each)
        problems += template.dataTables.flatMap { DataTable.check($0, in: partial) }
        if let monthly = template.monthly, let period {
            problems += PreparedReport.checkMonth(monthly, period: period, inputs: inputs)
        }
        if !problems.isEmpty { throw DiagnosticList(PreparedReport.inFileOrder(problems.map(\.diagnostic))) }
        return kinds
    }

    /// The figures for one sheet (`each`, or the one report), after a clean `check`.
    /// Throws `DiagnosticList` with what this value's data cannot give.
    public func compute(kinds: [String: FigureKind], each: EachValue?, rehearse: Bool) throws -> PreparedReport {
        let evaluator = TemplateEvaluator(template: template, tables: tables, period: period, each: each?.cell)
        var figures: [String: Figure]
        do { figures = try evaluator.evaluate() } catch let e as TemplateError {
            throw DiagnosticList([e.diagnostic])
        }
        figures.merge(PreparedReport.periodFigures(period)) { a, _ in a }
        figures.merge(Self.eachFigure(each)) { a, _ in a }
        let report = PreparedReport(template: template, inputs: inputs, figures: figures, kinds: kinds, period: period, each: each)
        // What rendering could still fail on in the template, found now, at its place.
        let renderProblems = DryRun.problems(report, rehearse: rehearse)
        if !renderProblems.isEmpty { throw DiagnosticList(PreparedReport.inFileOrder(renderProblems.map(\.diagnostic))) }
        return report
    }

    /// `{@each}` in texts: the sheet's value as the data wrote it.
    static func eachFigure(_ each: EachValue?) -> [String: Figure] {
        guard let each else { return [:] }
        return ["@each": Figure(name: "@each", value: .cell(each.cell), sources: [], skipped: [], working: "@each = \(each.text)")]
    }
}
