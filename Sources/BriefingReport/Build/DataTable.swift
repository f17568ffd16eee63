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
            return [d.source.error("table data: no input '\(d.input)' (inputs: \(report.template.inputs.map(\.name).joined(separator: ", ")))")]
        }
        var errors: [TemplateError] = []
        for name in d.columns + (d.sortColumn.map { [$0] } ?? []) + d.conditions.map(\.column) where table.column(named: name) == nil {
            errors.append(d.source.error("table data: column '\(name)' not in \(table.source) (columns: \(table.columnNames.joined(separator: ", ")))"))
        }
        if errors.isEmpty, d.conditions.contains(where: { $0.values.contains { if case .period = $0 { return true } else { return false } } }), report.period == nil {
            errors.append(d.source.error("table data: a period (@…) in where: needs a report period: briefing run TEMPLATE --period YYYY-MM"))
        }
        return errors
    }

    func build(_ d: TableDataSpec) throws -> Built {
        let table = report.tables[d.input]!
        let columns = d.columns.map { table.column(named: $0)! }
        var rows = try Measures(table).rows(where: try Condition.rowFilters(d.conditions, period: report.period))
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
        var out = rows.map { r in TableRow(cells: columns.map { text($0[r]) }) }
        let label = formatter.locale == .ko ? "기타" : "Others"
        let totalLabel = formatter.locale == .ko ? "합계" : "Total"
        if d.others, !rest.isEmpty { out.append(TableRow(cells: summed(columns, rest, label: label))) }
        if d.total { out.append(TableRow(cells: summed(columns, rows + (d.others ? rest : []), label: totalLabel), style: .total)) }
        return Built(titles: columns.map(\.name), rows: out, unitNote: unitNote(columns))
    }

    /// A row of exact sums of the numeric columns; `label` in the first text
    /// column; percentages are not added up (a sum of shares means nothing).
    func summed(_ columns: [Column], _ rows: [Int], label: String) -> [String] {
        var labelled = false
        return columns.map { c in
            if c.type.isNumeric && c.type != .percent {
                let values = rows.compactMap { c[$0].decimal }
                return values.isEmpty ? formatter.notComputable : number(values.reduce(.zero, +))
            }
            if !labelled && !c.type.isNumeric { labelled = true; return label }
            return ""
        }
    }

    func text(_ cell: CellValue) -> String {
        switch cell {
        case .number(let n): return number(n)
        case .percent(let p): return formatter.percent(value: p)
        case .missing: return formatter.notComputable
        default: return TableChartData.label(cell, formatter)
        }
    }

    /// `14,500`; a negative as `△12` in Korean tables, `−12` in English.
    func number(_ n: ExactDecimal) -> String {
        let plain = formatter.count(n.magnitude, noun: "", myriad: false)
        guard n.isNegative else { return plain }
        return (formatter.locale == .ko ? "△" : "\u{2212}") + plain
    }

    /// `(단위: 건, 만 달러)` from the units of the numeric columns.
    func unitNote(_ columns: [Column]) -> String? {
        var units: [String] = []
        for c in columns where c.type.isNumeric && c.type != .percent {
            guard let u = c.unit, !u.written.isEmpty else { continue }
            let w = TableChartData.spaced(u.written)
            if !units.contains(w) { units.append(w) }
        }
        guard !units.isEmpty else { return nil }
        return formatter.locale == .ko ? "(단위: \(units.joined(separator: ", ")))" : "(\(units.joined(separator: ", ")))"
    }
}
