import BriefingCore

extension ChartSpec {
    /// Checks the spec before any layout: every failure is a `ChartError`
    /// naming the series or category at fault.
    public func validate() throws {
        let n = data.categories.count
        guard n > 0 else { throw ChartError.noCategories }
        guard !data.series.isEmpty else { throw ChartError.noSeries(kind) }
        for s in data.series + data.secondary where s.values.count != n {
            throw ChartError.seriesLengthMismatch(series: s.name, expected: n, actual: s.values.count)
        }
        guard (data.series + data.secondary).contains(where: { $0.values.contains { $0 != nil } }) else {
            throw ChartError.allValuesMissing
        }
        if let h = highlight, !data.categories.contains(h), !(data.series + data.secondary).contains(where: { $0.name == h }) {
            throw ChartError.unknownHighlight(h)
        }
        if !annotations.isEmpty, [.donut, .kpi, .bullet].contains(kind) {
            throw ChartError.annotationUnsupported(kind)
        }
        for a in annotations where !data.categories.contains(a.category) {
            throw ChartError.unknownAnnotationCategory(a.category)
        }
        switch kind {
        case .donut:
            for (i, v) in data.series[0].values.enumerated() {
                if let v, v.isNegative { throw ChartError.negativeShare(category: data.categories[i], value: v.description) }
            }
        case .bullet:
            guard data.series.count >= 2 else { throw ChartError.bulletNeedsTarget }
        case .waterfall:
            if let steps = data.waterfallSteps, steps.count != n {
                throw ChartError.waterfallStepCount(expected: n, actual: steps.count)
            }
        default: break
        }
    }

    /// The data in display order (`sort` applied to kinds where order is not meaningful
    /// in itself: bars, donuts, bullets). Missing values sort last.
    func orderedData() -> ChartData {
        guard sort != .none, [.bar, .horizontalBar, .groupedBar, .stackedBar, .donut, .bullet].contains(kind) else { return data }
        func key(_ i: Int) -> ExactDecimal? {
            if kind == .stackedBar {
                let vs = data.series.compactMap { $0.values[i] }
                return vs.isEmpty ? nil : vs.reduce(.zero, +)
            }
            return data.series[0].values[i]
        }
        let order = data.categories.indices.sorted { a, b in
            switch (key(a), key(b)) {
            case let (x?, y?): return x == y ? a < b : (sort == .ascending ? x < y : x > y)
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a < b
            }
        }
        var d = data
        d.categories = order.map { data.categories[$0] }
        d.months = data.months.map { months in order.map { months[$0] } }
        d.series = data.series.map { s in var s = s; s.values = order.map { s.values[$0] }; return s }
        d.secondary = data.secondary.map { s in var s = s; s.values = order.map { s.values[$0] }; return s }
        return d
    }
}
