import BriefingCore

/// A template with its data read, checked and computed: everything a
/// briefing states, before any layout. `check`, `explain`, `render` and `run`
/// all start here, so they agree on every figure.
public struct PreparedReport: Sendable {
    public var template: Template
    public var inputs: [String: ImportResult]
    public var figures: [String: Figure]
    public var kinds: [String: FigureKind]
    public var period: PeriodContext?
    /// The sheet's value under `render --each` (`@each`), or nil.
    public var each: EachValue? = nil

    public var tables: [String: Table] { inputs.mapValues(\.table) }

    /// Reads, checks and computes. Throws `DiagnosticList` with every problem
    /// found (template shape, data files, measures, placeholders).
    ///
    /// `rehearse` builds every chart and the document for each locale the
    /// template writes (`DryRun`), as `check` must; `render` and `run`, which
    /// build the locale they draw straight after, skip that second pass.
    ///
    /// A template with `each:` is checked and computed for its column's first
    /// value (`check` and `explain` see one real sheet); `SheetBatch` renders them all.
    public static func prepare(templatePath: String, overrides: [String: String] = [:], period: PeriodContext? = nil,
                               rehearse: Bool = true, read: InputLoader.Reader = LocalFile.read) throws -> PreparedReport {
        let loaded = try LoadedReport.load(templatePath: templatePath, overrides: overrides, period: period, read: read)
        let each = try loaded.template.each.flatMap { try loaded.eachValues($0).values.first }
        let kinds = try loaded.check(each: each)
        return try loaded.compute(kinds: kinds, each: each, rehearse: rehearse)
    }

    static let missingPeriodMessage = "this is a monthly template (monthly:), so it needs the report month: "
        + "add --period YYYY-MM (e.g. --period 2024-03 or --period last-month)"

    /// The months a monthly run compares, for texts: `{@period}` → 2024년 3월,
    /// `{@previous_month}` → 2024년 2월, `{@same_month_last_year}` → 2023년 3월,
    /// `{@year}` → 2024년, `{@last_year}` → 2023년. Named from the period
    /// itself, not from a data row, so a month before the data begins still
    /// has a name. Empty without a period.
    static func periodFigures(_ period: PeriodContext?) -> [String: Figure] {
        guard let period else { return [:] }
        let periods: [(PeriodReference, Period)] = [
            (.period, .month(period.current)), (.previous_month, .month(period.previous)),
            (.same_month_last_year, .month(period.sameMonthLastYear)),
            (.year, .year(period.current.year)), (.last_year, .year(period.current.year - 1)),
        ]
        var out: [String: Figure] = [:]
        for (reference, p) in periods {
            let name = "@" + reference.rawValue
            out[name] = Figure(name: name, value: .cell(.period(p)), sources: [], skipped: [], working: "\(name) = \(p)")
        }
        return out
    }

    /// Problems as a reader meets them: by file, then line, then column; those
    /// without a place last, in the order found.
    static func inFileOrder(_ ds: [Diagnostic]) -> [Diagnostic] {
        ds.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (x?, y?):
                if x.file != y.file { return x.file < y.file }
                if x.line != y.line { return x.line < y.line }
                if x.column != y.column { return x.column < y.column }
                return a.offset < b.offset
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// Chart blocks must name a chart; bars must name measures.
    static func checkCharts(_ t: Template) -> [TemplateError] {
        var errors: [TemplateError] = []
        let ids = Set(t.charts.map(\.id))
        func blocks(_ bs: [BlockSpec]) {
            for b in bs {
                if case .chart(let id, _, let source) = b, !ids.contains(id) {
                    errors.append(source.error("no chart '\(id)' under charts: (charts: \(t.charts.map(\.id).joined(separator: ", ")))"))
                }
                if case .tiles(let tiles) = b {
                    for tile in tiles {
                        guard case .measure(let name, let place)? = tile.trend, !measures.contains(name) else { continue }
                        errors.append(place.error("tile trend must be up, down, neutral or a measure name; found '\(name)'"))
                    }
                }
                if case .columns(let a, let b) = b { blocks(a); blocks(b) }
            }
        }
        let measures = Set(t.measures.map(\.name))
        if let d = t.document { blocks(d.blocks); d.attachments.forEach(blocks) }
        for c in t.charts {
            for bar in c.bars where !measures.contains(bar.measure) {
                errors.append(bar.source.error("bar measure '\(bar.measure)' is not defined under measures:"))
            }
            if let r = c.reference, !measures.contains(r.measure) {
                errors.append(c.source.error("reference measure '\(r.measure)' is not defined under measures:"))
            }
        }
        return errors
    }

    /// A month with no data rows is an error naming the period and the file,
    /// unless the template allows it.
    static func checkMonth(_ m: MonthlySettings, period: PeriodContext, inputs: [String: ImportResult]) -> [TemplateError] {
        guard let table = inputs[m.periodInput]?.table else {
            return [m.source.error("monthly: no input '\(m.periodInput)'")]
        }
        guard let column = table.column(named: m.periodColumn) else {
            return [m.source.error(.unknownColumn(m.periodColumn, file: table.source, columns: table.columnNames))]
        }
        if m.allowEmptyMonth { return [] }
        let filter = RowFilter.periodIn(column.name, Period.month(period.current).days)
        let rows = column.indices.filter { filter.matches(column[$0]) }
        if rows.isEmpty {
            return [TemplateError("no data for \(period.current) in \(table.source) (column '\(column.name)'); "
                                  + "the month's figures are not there yet — add them, or set monthly: allow-empty-month: true",
                                  at: InputLocation(file: table.source, line: (table.rowLines.last ?? 1), column: 1))]
        }
        return []
    }
}
