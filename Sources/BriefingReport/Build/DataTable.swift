import BriefingCore
import BriefingLayout

/// A table block filled from an input: the chosen columns of the rows that
/// pass the filter, sorted, cut to the top N (the rest summed as 기타 when
/// asked), with an exact total row. Numbers are written in their column's own
/// unit — the unit note says which — so parts and total add up as shown.
struct DataTable {
    let report: PreparedReport
    let formatter: FigureFormatter

    struct Built {
        var titles: [String]
        var rows: [TableRow]
        var unitNote: String?
    }

    /// Problems a data table can have, found before anything renders.
    static func check(_ d: TableDataSpec, in report: PreparedReport) -> [TemplateError] {
        guard let table = report.tables[d.input] else {
            let inputs = report.template.inputs.map(\.name).joined(separator: ", ")
            return [d.source.error("table data: no input '\(d.input)' (inputs: \(inputs))")]
        }
        var errors: [TemplateError] = []
        for name in d.columns + (d.sortColumn.map { [$0] } ?? []) + d.conditions.map(\.column) where table.column(named: name) == nil {
            errors.append(d.source.error(.unknownColumn(name, file: table.source, columns: table.columnNames)))
        }
        if errors.isEmpty,
           d.conditions.contains(where: { $0.values.contains { if case .period = $0 { return true } else { return false } } }),
           report.period == nil {
            errors.append(d.source.error(
                "table data: a period (@…) in where: needs a report period: briefing run TEMPLATE --period YYYY-MM"))
        }
        if d.conditions.contains(where: { $0.values.contains(.each) }), report.each == nil {
            errors.append(d.source.error("table data: \(EachValue.missingMessage)"))
        }
        return errors
    }

    func build(_ d: TableDataSpec) throws -> Built {
        let table = report.tables[d.input]!
        let columns = d.columns.map { table.column(named: $0)! }
        var rows = try Measures(table).rows(where: try Condition.rowFilters(d.conditions, period: report.period,
                                                                            each: report.each?.cell))
        if let s = d.sortColumn.flatMap(table.column(named:)) {
            rows.sort { a, b in
                // Missing values go last whichever the order; ties keep file order.
                switch (s[a].decimal, s[b].decimal) {
                case let (x?, y?): return x == y ? a < b : (d.descending ? x > y : x < y)
                case (nil, _?): return false
                case (_?, nil): return true
                case (nil, nil): return a < b
                }
            }
        }
        var rest: [Int] = []
        if let limit = d.limit, rows.count > limit {
            rest = Array(rows[limit...])
            rows = Array(rows[..<limit])
        }
        let scale = d.scale.scale(for: formatter.locale)
        let displays = columns.map { display($0, scale, rows: rows + rest) }
        var out = rows.map { r in TableRow(cells: zip(columns, displays).map { text($0[r], $1) }) }
        let label = formatter.locale == .ko ? "기타" : "Others"
        let totalLabel = formatter.locale == .ko ? "합계" : "Total"
        if d.others, !rest.isEmpty { out.append(TableRow(cells: summed(columns, displays, rest, label: label))) }
        if d.total {
            out.append(TableRow(cells: summed(columns, displays, rows + (d.others ? rest : []), label: totalLabel), style: .total))
        }
        return Built(titles: columns.map(\.name), rows: out, unitNote: unitNote(columns, displays))
    }

    /// How a column's numbers are shown: in the table's `scale:` where the
    /// column has a scale to change (money, counts), else in its header's.
    /// The digits are the column's, chosen for all its shown values together.
    func display(_ c: Column, _ scale: LabelScale, rows: [Int]) -> ColumnDisplay {
        let unit = c.unit ?? (c.type == .percent ? MeasureUnit(.percent, written: "%") : nil)
        // `%`, `%p` and named units keep their own scale; that never fails.
        let d = (try? UnitDisplay(source: unit, scale: scale, locale: formatter.locale))
            ?? (try? UnitDisplay(source: unit, locale: formatter.locale))!
        let values = rows.compactMap { c[$0].decimal }
        let shown = (values + [values.reduce(.zero, +)]).map(d.shownValue)
        return ColumnDisplay(unit: d, digits: FigureFormatter.labelDigits(for: shown))
    }

    struct ColumnDisplay {
        var unit: UnitDisplay
        var digits: Int
    }

    /// A row of exact sums of the numeric columns; `label` in the first text
    /// column; percentages are not added up (a sum of shares means nothing).
    func summed(_ columns: [Column], _ displays: [ColumnDisplay], _ rows: [Int], label: String) -> [String] {
        var labelled = false
        return zip(columns, displays).map { c, display in
            if c.type.isNumeric && c.type != .percent {
                let values = rows.compactMap { c[$0].decimal }
                return values.isEmpty ? formatter.notComputable : number(values.reduce(.zero, +), display)
            }
            if !labelled && !c.type.isNumeric { labelled = true; return label }
            return ""
        }
    }

    func text(_ cell: CellValue, _ display: ColumnDisplay) -> String {
        switch cell {
        case .number(let n): return number(n, display)
        case .percent(let p): return formatter.percent(value: p)
        case .missing: return formatter.notComputable
        default: return TableChartData.label(cell, formatter)
        }
    }

    /// `14,500` in the column's shown scale; a negative as `△12` in Korean
    /// tables, `−12` in English.
    func number(_ n: ExactDecimal, _ display: ColumnDisplay) -> String {
        let shown = display.unit.shownValue(n)
        let plain = formatter.label(shown.magnitude, display: display.unit, digits: display.digits)
        guard shown.rounded(toScale: display.digits).isNegative else { return plain }
        return (formatter.locale == .ko ? "△" : "\u{2212}") + plain
    }

    /// `(단위: 건, 만 달러)` from the shown units of the numeric columns
    /// (percent cells carry their own `%`).
    func unitNote(_ columns: [Column], _ displays: [ColumnDisplay]) -> String? {
        let numeric = zip(columns, displays).filter { $0.0.type.isNumeric && $0.0.type != .percent }.map(\.1.unit)
        return UnitDisplay.unitLine(numeric, locale: formatter.locale)
    }
}
