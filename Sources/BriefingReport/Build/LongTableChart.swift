import BriefingCore
import BriefingLayout

/// Chart data from a long table (`ChartShape`): categories from the x column
/// (summed by period with `by`), series from a column's values or the y
/// columns, the largest `top` kept. What a cell holds decides what a point is:
///
/// - no row for a category and series: no value (a gap in a line, no bar);
/// - a missing cell among a point's rows: no value either, never a sum that
///   quietly leaves it out;
/// - two rows for one category and series (arrivals and departures, say):
///   an error naming both rows, unless `by` sums them as one period.
struct LongTableChart {
    let table: Table
    let shape: ChartShape
    let formatter: FigureFormatter
    /// Whether the rest beyond `top` may be summed into one `기타` series (bars that add up).
    let foldOther: Bool

    typealias Problem = TableChartData.Problem

    /// A point's rows: a sum, or missing because a cell was.
    enum Point: Equatable { case sum(ExactDecimal), missing }

    struct Made {
        var data: ChartData
        var unit: MeasureUnit?
        /// The right axis's unit (`y2`), summed by category as the bars are, never split into series.
        var secondaryUnit: MeasureUnit?
        /// Partial periods and series left out, said under the chart.
        var notes: [String]
        /// Category labels by written value (`2023`, `2023-03`), for highlights.
        var labels: [String: String]
    }

    func make(x: String, y: [String], y2: [String] = [], rows: [Int]) throws(Problem) -> Made {
        let xc = try TableChartData.column(table, x)
        let ys = try y.map { name throws(Problem) in try TableChartData.column(table, name) }
        let sc = try shape.series.map { name throws(Problem) in try TableChartData.column(table, name) }
        if sc != nil && ys.count != 1 { throw .seriesNeedsOneY(shape.series!) }
        let unit = try TableChartData.commonUnit(ys)
        if shape.by != nil || shape.top != nil, let p = ys.first(where: { $0.type == .percent }) { throw .cannotSum(p.name) }

        var categories: [CategoryKey] = [], seriesNames: [String] = []
        var points: [PointKey: Point] = [:], firstRow: [SourceKey: Int] = [:]
        var coverage = PeriodCoverage()
        for r in rows {
            let key = try categoryKey(xc, r)
            if !categories.contains(key) { categories.append(key) }
            if case .period(let p) = key { coverage.add(xc[r], to: p) }
            for yc in ys {
                let name = try sc.map { c throws(Problem) in try seriesName(c, r) } ?? yc.name
                if !seriesNames.contains(name) { seriesNames.append(name) }
                let source = SourceKey(x: RowFilter.label(xc[r]), series: name)
                if let other = firstRow[source] {
                    throw .duplicateRows(x: source.x, series: name, lines: [table.rowLines[other], table.rowLines[r]],
                                         apart: apart(other, r))
                }
                firstRow[source] = r
                let at = PointKey(category: key, series: name)
                points[at] = add(points[at], yc[r], shift: (yc.unit?.powerOfTen ?? 0) - (unit?.powerOfTen ?? 0))
            }
        }
        if shape.by != nil { categories.sort() }
        let ordered = try order(seriesNames)
        var series = ordered.map { name in
            (name: name, points: categories.map { points[PointKey(category: $0, series: name)] })
        }
        var notes: [String] = []
        let folded = foldOther && shape.top.map { series.count > $0 } == true
        if let top = shape.top, series.count > top { fold(&series, top: top, notes: &notes) }
        var labels: [String: String] = [:]
        let names = categories.map { key -> String in
            let label = categoryLabel(key, coverage: coverage, notes: &notes)
            labels[key.written] = label
            return label
        }
        notes += missingNote(series, names)
        let other = formatter.locale == .ko ? "기타" : "Other"
        let (secondary, unit2) = try self.secondary(xc: xc, y2: y2, rows: rows, categories: categories)
        let data = ChartData(categories: names, series: series.map { s in
            // The rest folded together is grey, as in Datawrapper: no colour says it is one of the named.
            Series(name: s.name, values: s.points.map { if case .sum(let v)? = $0 { v } else { nil } },
                   color: folded && s.name == other ? Self.otherGrey : nil,
                   absent: Set(s.points.indices.filter { s.points[$0] == nil }))
        }, secondary: secondary, months: months(categories))
        return Made(data: data, unit: unit, secondaryUnit: unit2, notes: notes, labels: labels)
    }
}

extension LongTableChart {
    /// A category: a period at the chart's grain, or the x value as written.
    enum CategoryKey: Hashable, Comparable {
        case period(Period)
        case value(String, CellValue)

        var written: String {
            switch self {
            case .period(let p): return p.description
            case .value(let s, _): return s
            }
        }

        static func < (a: CategoryKey, b: CategoryKey) -> Bool {
            if case .period(let p) = a, case .period(let q) = b { return p < q }
            return a.written < b.written
        }
    }

    static let otherGrey = Color(hex: "#a3a9b0")!

    struct PointKey: Hashable { var category: CategoryKey; var series: String }
    struct SourceKey: Hashable { var x: String; var series: String }

    func categoryKey(_ xc: Column, _ r: Int) throws(Problem) -> CategoryKey {
        guard let grain = shape.by else { return .value(RowFilter.label(xc[r]), xc[r]) }
        guard let p = grain.period(of: xc[r]) else {
            throw .notATime(column: xc.name, value: RowFilter.label(xc[r]), line: table.rowLines[r], grain: grain)
        }
        return .period(p)
    }

    /// A combo's line on the right axis (`y2`, a total such as 운항 beside the
    /// bars of each series): each category's rows summed, a missing cell
    /// making the point missing; percents, which do not add up, only where
    /// each category has one row.
    func secondary(xc: Column, y2: [String], rows: [Int], categories: [CategoryKey]) throws(Problem) -> ([Series], MeasureUnit?) {
        guard !y2.isEmpty else { return ([], nil) }
        let cs = try y2.map { name throws(Problem) in try TableChartData.column(table, name) }
        let unit = try TableChartData.commonUnit(cs)
        var series: [Series] = []
        for c in cs {
            var points: [CategoryKey: Point] = [:], count: [CategoryKey: Int] = [:]
            for r in rows {
                let key = try categoryKey(xc, r)
                points[key] = add(points[key], c[r], shift: (c.unit?.powerOfTen ?? 0) - (unit?.powerOfTen ?? 0))
                count[key, default: 0] += 1
            }
            if c.type == .percent && count.values.contains(where: { $0 > 1 }) { throw .cannotSum(c.name) }
            series.append(Series(name: c.name, values: categories.map { if case .sum(let v)? = points[$0] { v } else { nil } }))
        }
        return (series, unit)
    }

    /// `도착출발별 = 도착`: a column that tells two rows apart, as a where-condition that keeps the first.
    func apart(_ a: Int, _ b: Int) -> String? {
        for c in table.columns where c.type == .text && c[a] != c[b] {
            return "\(c.name) = \(RowFilter.label(c[a]))"
        }
        return nil
    }

    func seriesName(_ c: Column, _ r: Int) throws(Problem) -> String {
        if case .missing = c[r] { throw .noSeriesValue(column: c.name, line: table.rowLines[r]) }
        return TableChartData.label(c[r], formatter)
    }

    func add(_ point: Point?, _ cell: CellValue, shift: Int) -> Point {
        guard let v = cell.decimal else { return .missing }
        switch point {
        case nil: return .sum(v.shifted(by: shift))
        case .sum(let s)?: return .sum(s + v.shifted(by: shift))
        case .missing?: return .missing
        }
    }

    /// `seriesOrder` first (each must be a series there is), then the rest as first seen.
    func order(_ names: [String]) throws(Problem) -> [String] {
        for n in shape.seriesOrder where !names.contains(n) { throw .unknownSeries(n, known: names) }
        return shape.seriesOrder + names.filter { !shape.seriesOrder.contains($0) }
    }

    /// The `top` largest series by total kept in their order; the rest summed
    /// into `기타` (a point missing if any of theirs is) or left out and said.
    func fold(_ series: inout [(name: String, points: [Point?])], top: Int, notes: inout [String]) {
        func total(_ points: [Point?]) -> ExactDecimal {
            points.reduce(ExactDecimal(0)) { if case .sum(let v)? = $1 { $0 + v } else { $0 } }
        }
        let ranked = series.indices.sorted { (total(series[$0].points), -$0) > (total(series[$1].points), -$1) }
        let kept = Set(ranked.prefix(top))
        let rest = series.indices.filter { !kept.contains($0) }.map { series[$0] }
        series = series.indices.filter { kept.contains($0) }.map { series[$0] }
        let ko = formatter.locale == .ko
        guard foldOther else {
            notes.append(ko ? "상위 \(top)개만 표시(나머지 \(rest.count)개 제외)"
                            : "Top \(top) shown; \(rest.count) others left out")
            return
        }
        let other = rest[0].points.indices.map { k -> Point? in
            var sum: Point? = nil
            for s in rest {
                switch s.points[k] {
                case .missing?: return .missing
                case .sum(let v)?: if case .sum(let t)? = sum { sum = .sum(t + v) } else { sum = .sum(v) }
                case nil: continue
                }
            }
            return sum
        }
        series.append((ko ? "기타" : "Other", other))
        notes.append(ko ? "기타: 나머지 \(rest.count)개 합계" : "Other: the remaining \(rest.count) combined")
    }

    func categoryLabel(_ key: CategoryKey, coverage: PeriodCoverage, notes: inout [String]) -> String {
        switch key {
        case .value(_, let cell): return TableChartData.label(cell, formatter)
        case .period(let p):
            let label = TableChartData.label(.period(p), formatter)
            guard let partial = coverage.missingSome(p) else { return label }
            notes.append("* \(formatter.period(p)): " + PeriodCoverage.text(partial.part, partial.present, locale: formatter.locale))
            return label + "*"
        }
    }

    /// Points left out because a cell was missing, said under the chart (a
    /// gap alone could be read as "no such row").
    func missingNote(_ series: [(name: String, points: [Point?])], _ categories: [String]) -> [String] {
        var at: [String] = []
        for s in series {
            for (k, p) in s.points.enumerated() { if case .missing? = p { at.append("\(categories[k]) \(s.name)") } }
        }
        guard !at.isEmpty else { return [] }
        let shown = at.prefix(3).joined(separator: ", ")
        let ko = formatter.locale == .ko
        let extra = at.count - 3
        let more = extra > 0 ? (ko ? " 외 \(extra)건" : " and \(extra) more") : ""
        return [ko ? "\(shown)\(more): 결측 자료가 있어 표시하지 않음" : "\(shown)\(more): not shown, a cell is missing"]
    }

    /// Monthly categories go along as months, for calendar ticks on a line.
    func months(_ keys: [CategoryKey]) -> [Month]? {
        let ms = keys.compactMap { k -> Month? in
            switch k {
            case .period(.month(let m)), .value(_, .period(.month(let m))): return m
            default: return nil
            }
        }
        return ms.count == keys.count && !ms.isEmpty ? ms : nil
    }
}
