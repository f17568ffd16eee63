import BriefingCore
import BriefingLayout

/// Chart data straight from a table: one category per row (the `x` column),
/// one series per value column (`y`), values in one common unit. Used by
/// template charts with `data:` and by `briefing chart`.
public enum TableChartData {
    public enum Problem: Error, Sendable, Equatable {
        case noColumn(String, file: String, columns: [String])
        case ambiguousColumn(String, file: String, candidates: [String])
        case notNumbers(String, type: ColumnType)
        case differentUnits(String, String)

        public var message: String {
            switch self {
            case .noColumn(let name, let file, let columns):
                return "column '\(name)' not in \(file) (columns: \(columns.joined(separator: ", ")))"
            case .ambiguousColumn(let name, let file, let candidates):
                return Table.ambiguousAliasMessage(name, file: file, columns: candidates)
            case .notNumbers(let name, let type):
                return "column '\(name)' holds \(type.rawValue), not numbers"
            case .differentUnits(let a, let b):
                return "columns '\(a)' and '\(b)' count different things; a chart shows one kind of figure"
            }
        }
    }

    /// The data and the unit its values are counted in. Missing cells are
    /// gaps (`nil`), never zero.
    public static func make(table: Table, x: String, y: [String], rows: [Int],
                            formatter: FigureFormatter) throws(Problem) -> (ChartData, MeasureUnit?) {
        let r = try make(table: table, x: x, y: y, y2: [], rows: rows, formatter: formatter)
        return (r.data, r.unit)
    }

    /// With `y2`: series on a combo chart's right axis (e.g. a YoY % beside
    /// amounts), in their own unit.
    public static func make(table: Table, x: String, y: [String], y2: [String], rows: [Int],
                            formatter: FigureFormatter)
        throws(Problem) -> (data: ChartData, unit: MeasureUnit?, secondaryUnit: MeasureUnit?) {
        let (data, unit) = try series(table: table, x: x, y: y, rows: rows, formatter: formatter)
        guard !y2.isEmpty else { return (data, unit, nil) }
        let (second, unit2) = try series(table: table, x: x, y: y2, rows: rows, formatter: formatter)
        return (ChartData(categories: data.categories, series: data.series, secondary: second.series, months: data.months), unit, unit2)
    }

    static func series(table: Table, x: String, y: [String], rows: [Int],
                       formatter: FigureFormatter) throws(Problem) -> (ChartData, MeasureUnit?) {
        func column(_ name: String) throws(Problem) -> Column {
            guard let c = table.column(named: name) else {
                let sharing = table.columns(sharingAlias: name)
                if !sharing.isEmpty { throw .ambiguousColumn(name, file: table.source, candidates: sharing) }
                throw .noColumn(name, file: table.source, columns: table.columnNames)
            }
            return c
        }
        let xc = try column(x)
        var ys: [Column] = []
        for name in y { ys.append(try column(name)) }
        var unit: MeasureUnit?
        for c in ys {
            guard c.type.isNumeric || c.type == .empty else { throw .notNumbers(c.name, type: c.type) }
            let cu = c.unit ?? (c.type == .percent ? MeasureUnit(.percent, written: "%") : nil)
            if let u = unit, let cu, u.quantity != cu.quantity { throw .differentUnits(ys[0].name, c.name) }
            unit = unit ?? cu
        }
        let categories = rows.map { label(xc[$0], formatter) }
        let series = ys.map { c in
            Series(name: c.name, values: rows.map { r in
                c[r].decimal.map { $0.shifted(by: (c.unit?.powerOfTen ?? 0) - (unit?.powerOfTen ?? 0)) }
            })
        }
        // A month column is a time axis: the months go along as values, for calendar ticks.
        let months = rows.compactMap { r -> Month? in if case .period(.month(let m)) = xc[r] { m } else { nil } }
        let timeAxis = months.count == rows.count && !rows.isEmpty ? months : nil
        return (ChartData(categories: categories, series: series, months: timeAxis), unit)
    }

    /// Display label by the value as written in the data (`2024` → `2024년`),
    /// so `--highlight 2024` and annotations can name a category either way.
    public static func labels(table: Table, x: String, rows: [Int], formatter: FigureFormatter) -> [String: String] {
        guard let c = table.column(named: x) else { return [:] }
        var out: [String: String] = [:]
        for r in rows { out[RowFilter.label(c[r])] = label(c[r], formatter) }
        return out
    }

    /// A category label: months as `2024. 3.` (ko) or `March 2024` (en), dates
    /// and ranges in the locale's form, text as written.
    public static func label(_ cell: CellValue, _ f: FigureFormatter) -> String {
        switch cell {
        case .period(.month(let m)): return f.locale == .ko ? "\(m.year). \(m.month)." : f.month(m)
        case .period(let p): return f.period(p)
        case .date(let d): return f.date(d)
        case .range(let r): return f.range(r)
        case .text(let t): return t
        case .number(let n): return n.description
        case .percent(let p): return "\(p)%"
        case .missing: return f.notComputable
        }
    }
}
