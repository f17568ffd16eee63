import BriefingCore

/// A line chart's category axis: every category's label (its text, wrapped
/// lines and widest line) and where it sits, so the choice of which labels
/// to show can ask "do these collide?" without drawing anything.
struct LineCategoryAxis {
    let count: Int
    /// The first and last points' x; points are `step` apart.
    let x0: Double
    let x1: Double
    let step: Double
    /// The plot's edges: a label near one is pushed inside, not centred on its point.
    let minX: Double
    let maxX: Double
    let gap: Double
    let wrapWidth: Double
    var texts: [String]
    var wrapped: [[String]]
    var widths: [Double]

    /// The x of category `i`'s point (a single category sits in the middle).
    func x(_ i: Int) -> Double { count > 1 ? x0 + step * Double(i) : (x0 + x1) / 2 }

    /// Centre of category `i`'s label: under its point, but kept inside the plot.
    func center(_ i: Int) -> Double {
        let x = count > 1 ? x0 + step * Double(i) : (x0 + x1) / 2
        return min(max(x, minX + widths[i] / 2), maxX - widths[i] / 2)
    }

    /// Every `k`-th label from the first, and always the last.
    func every(_ k: Int) -> [Int] {
        var shown = Array(stride(from: 0, to: count, by: k))
        if shown.last != count - 1 { shown.append(count - 1) }
        return shown
    }

    /// Whether neighbouring labels of `shown` keep at least a gap between them.
    func clear(_ shown: [Int]) -> Bool {
        zip(shown, shown.dropFirst()).allSatisfy { a, b in
            center(a) + widths[a] / 2 + gap <= center(b) - widths[b] / 2
        }
    }

    /// Month and quarter ticks also name the first and last month (a monthly
    /// report's trend ends on the month it reports), dropping an aligned tick
    /// closer to either than half an interval, or crowding it; year ticks stay
    /// on the calendar.
    func keepingEnds(_ ticks: [Int], interval: Int) -> [Int] {
        let n = count
        let near = { (a: Int, b: Int) in abs(a - b) * 2 < interval || !clear([min(a, b), max(a, b)]) }
        let inner = ticks.filter { $0 != 0 && $0 != n - 1 && !near($0, 0) && !near($0, n - 1) }
        return [0] + inner + [n - 1]
    }
}

extension ChartContext {
    /// Every category's label at full length, between `x0` and `x1`.
    func lineCategoryAxis(_ data: ChartData, x0: Double, x1: Double, plot: Rect) -> LineCategoryAxis {
        let n = data.categories.count
        let gap = style.gap
        let cf = style.category
        let stepX = n > 1 ? (x1 - x0) / Double(n - 1) : 0
        let wrapW = max(stepX - gap, cf.size * 5)
        let wrapped = data.categories.map { lines($0, cf, width: wrapW) }
        return LineCategoryAxis(count: n, x0: x0, x1: x1, step: stepX, minX: plot.minX, maxX: plot.maxX, gap: gap, wrapWidth: wrapW,
                                texts: data.categories, wrapped: wrapped,
                                widths: wrapped.map { $0.map { measure($0, cf).width }.max() ?? 0 })
    }

    /// Category `i`'s label is `text` from now on (wrapped and measured again).
    func relabel(_ axis: inout LineCategoryAxis, _ i: Int, _ text: String) {
        let cf = style.category
        axis.texts[i] = text
        axis.wrapped[i] = lines(text, cf, width: axis.wrapWidth)
        axis.widths[i] = axis.wrapped[i].map { measure($0, cf).width }.max() ?? 0
    }

    /// Which category labels to show: all when they fit; on a time axis the
    /// calendar's ticks (`calendarTicks`); otherwise every k-th (`thinnedTicks`).
    func shownCategories(_ data: ChartData, axis: inout LineCategoryAxis) -> [Int] {
        let n = axis.count
        if let months = data.months, months.count == n, n > 1 {
            return calendarTicks(data, months: months, axis: &axis)
        }
        let all = axis.every(1)
        return axis.clear(all) ? all : thinnedTicks(axis)
    }

    /// Calendar ticks (d3-time's choice of interval), the next wider interval
    /// while labels collide; just the first and last month if none fits.
    /// Wide enough for a category label and a gap on each side is how many ticks fit.
    func calendarTicks(_ data: ChartData, months: [Month], axis: inout LineCategoryAxis) -> [Int] {
        let n = axis.count
        let room = (axis.widths.max() ?? style.category.size) + axis.gap * 2
        let span = (months.map(\.index).max() ?? 0) - (months.map(\.index).min() ?? 0)
        let first = TimeTicks.interval(spanMonths: span, count: Int((axis.x1 - axis.x0) / room))
        for interval in TimeTicks.intervals(from: first) {
            let ticks = TimeTicks(months, interval: interval)
            guard !ticks.indices.isEmpty else { continue }
            for (i, label) in zip(ticks.indices, ticks.labels(data.categories)) { relabel(&axis, i, label) }
            let shown = ticks.years == nil ? axis.keepingEnds(ticks.indices, interval: interval) : ticks.indices
            if axis.clear(shown) { return shown }
        }
        for i in [0, n - 1] { relabel(&axis, i, data.categories[i]) }
        return [0, n - 1]
    }

    /// Every k-th label for the smallest k that keeps them apart; when the last
    /// label crowds its neighbour, the neighbour goes and the ends stay.
    func thinnedTicks(_ axis: LineCategoryAxis) -> [Int] {
        let n = axis.count
        var shown = axis.every(1)
        for k in 2..<max(3, n) {
            shown = axis.every(k)
            if axis.clear(shown) { return shown }
            var trimmed = shown
            if trimmed.count > 2 { trimmed.remove(at: trimmed.count - 2) }
            if axis.clear(trimmed) { return trimmed }
        }
        return axis.clear(shown) ? shown : (n > 1 ? [0, n - 1] : [0])
    }
}
