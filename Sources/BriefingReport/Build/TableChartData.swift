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
        case seriesNeedsOneY(String)
        case cannotSum(String)
        case notATime(column: String, value: String, line: Int, grain: TimeGrain)
        case noSeriesValue(column: String, line: Int)
        case duplicateRows(x: String, series: String, lines: [Int], apart: String?)
        case unknownSeries(String, known: [String])

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
            case .seriesNeedsOneY(let s):
                return "series from '\(s)' split one value column: give one y"
            case .cannotSum(let c):
                return "column '\(c)' holds percents, which do not add up: by and top sum values, chart it without them"
            case .notATime(let c, let v, let line, let grain):
                return "line \(line): '\(v)' in '\(c)' is no time that sums by \(grain.rawValue); "
                    + "by \(grain.rawValue) needs months, dates or quarters (years by year)"
            case .noSeriesValue(let c, let line):
                return "line \(line): '\(c)' is missing, expected the series' name"
            case .duplicateRows(let x, let series, let lines, let apart):
                return "lines \(lines.map(String.init).joined(separator: " and ")) are both \(x) / \(series), "
                    + "expected one row a point: choose with where (" + (apart.map { "e.g. \"\($0)\"" } ?? "another column's value")
                    + "), or split them into series"
            case .unknownSeries(let n, let known):
                return "series order names '\(n)', which is not among the series (\(known.joined(separator: ", ")))"
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

    /// A chart's data, its units, and what it says under it.
    public struct Made: Sendable {
        public var data: ChartData
        public var unit: MeasureUnit?
        public var secondaryUnit: MeasureUnit?
        /// Partial periods (`* 2023년: 1–8월`) and series folded or left out.
        public var notes: [String] = []
        /// Category labels by written value, when a shape made them (periods); else nil.
        public var labels: [String: String]? = nil
    }

    /// With `y2`: series on a combo chart's right axis (e.g. a YoY % beside
    /// amounts), in their own unit. With a `shape`: a long table's series
    /// from a column, periods summed, the largest kept (`LongTableChart`);
    /// `foldOther` when the kind adds its series up (stacked and grouped bars).
    public static func make(table: Table, x: String, y: [String], y2: [String], rows: [Int], formatter: FigureFormatter,
                            shape: ChartShape = ChartShape(), foldOther: Bool = false) throws(Problem) -> Made {
        guard shape.isWide else {
            let long = LongTableChart(table: table, shape: shape, formatter: formatter, foldOther: foldOther)
            let m = try long.make(x: x, y: y, y2: y2, rows: rows)
            return Made(data: m.data, unit: m.unit, secondaryUnit: m.secondaryUnit, notes: m.notes, labels: m.labels)
        }
        let (data, unit) = try series(table: table, x: x, y: y, rows: rows, formatter: formatter)
        guard !y2.isEmpty else { return Made(data: data, unit: unit, secondaryUnit: nil) }
        let (second, unit2) = try series(table: table, x: x, y: y2, rows: rows, formatter: formatter)
        let both = ChartData(categories: data.categories, series: data.series, secondary: second.series, months: data.months)
        return Made(data: both, unit: unit, secondaryUnit: unit2)
    }

    static func column(_ table: Table, _ name: String) throws(Problem) -> Column {
        guard let c = table.column(named: name) else {
            let sharing = table.columns(sharingAlias: name)
            if !sharing.isEmpty { throw .ambiguousColumn(name, file: table.source, candidates: sharing) }
            throw .noColumn(name, file: table.source, columns: table.columnNames)
        }
        return c
    }

    /// The unit the value columns share (the first one's scale); numbers only, one kind of figure.
    static func commonUnit(_ ys: [Column]) throws(Problem) -> MeasureUnit? {
        var unit: MeasureUnit?
        for c in ys {
            guard c.type.isNumeric || c.type == .empty else { throw .notNumbers(c.name, type: c.type) }
            let cu = c.unit ?? (c.type == .percent ? MeasureUnit(.percent, written: "%") : nil)
            if let u = unit, let cu, u.quantity != cu.quantity { throw .differentUnits(ys[0].name, c.name) }
            unit = unit ?? cu
        }
        return unit
    }

    static func series(table: Table, x: String, y: [String], rows: [Int],
                       formatter: FigureFormatter) throws(Problem) -> (ChartData, MeasureUnit?) {
        let xc = try column(table, x)
        var ys: [Column] = []
        for name in y { ys.append(try column(table, name)) }
        let unit = try commonUnit(ys)
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
