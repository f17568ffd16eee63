import BriefingCore

/// A bar in value space, before any geometry: category `category`, sub-slot
/// `slot` (grouped bars), spanning `from…to`.
struct PlannedBar {
    var category: Int
    var slot: Int
    var from: ExactDecimal
    var to: ExactDecimal
    var fill: Color
    /// `.bar(series: "실계약", category: "1월", value: 325)`.
    var role: SceneRole
    /// A label written inside the bar when it fits (stack segments).
    var inside: String?
}

/// A label at the outer end of a bar (`at`), outside it: above or right for
/// `positive`, below or left otherwise.
struct PlannedLabel {
    var category: Int
    /// `nil`: centred on the whole category (stack totals).
    var slot: Int?
    var at: ExactDecimal
    var positive: Bool
    var text: String
    /// `.valueLabel(…)` or `.missingLabel(…)`.
    var role: SceneRole
    var color: Color

    /// A missing value's "자료 없음": kept when value labels are dropped, and never shrunk to fit.
    var isMissing: Bool {
        if case .missingLabel = role { true } else { false }
    }
}

/// Bars and labels in value space; the placement functions turn them into geometry.
struct BarPlan {
    var categories: [String]
    var slots: Int
    var bars: [PlannedBar] = []
    var labels: [PlannedLabel] = []
    /// Waterfall connectors: from category `i` to `i + 1` at a value.
    var connectors: [(Int, ExactDecimal)] = []
    var legend: [LegendEntry] = []
    /// Whether a vertical layout may turn horizontal when labels do not fit.
    var canTurn: Bool
    var horizontal: Bool
    /// Stacks with an unknown segment (a missing cell, not an absent row): their
    /// total would not be the whole, so none is written.
    var stacksWithoutTotal: [String] = []

    /// Every value the domain must hold (bar ends, label anchors).
    var extent: [ExactDecimal] {
        bars.flatMap { [$0.from, $0.to] } + labels.map(\.at)
    }
}

/// What a missing value shows instead of a bar — missing is not zero:
/// `ChartLabels.noData` ("자료 없음") where it fits, else the hyphen Korean tables use.
let missingText = "-"

extension ChartContext {
    /// Colour of category `i`, series `j` once a highlight is applied.
    func barColor(category i: Int, series j: Int, of data: ChartData, multi: Bool) -> Color {
        let base = data.series[j].color ?? (multi ? palette.seriesColor(j) : palette.primary)
        guard let h = spec.highlight else { return base }
        if data.categories[i] == h { return base }
        if data.series.contains(where: { $0.name == h }) {
            return data.series[j].name == h ? base : palette.muted
        }
        return multi ? base.mixed(with: .white, 0.7) : palette.muted
    }

    func labelColor(for fill: Color) -> Color {
        fill == palette.muted || (spec.highlight != nil && fill.luminance > 0.45) ? palette.secondaryText : palette.text
    }

    func planBars(_ data: ChartData) throws -> BarPlan {
        let n = data.categories.count
        switch spec.kind {
        case .waterfall:
            return try planWaterfall(data)
        case .stackedBar:
            var plan = BarPlan(categories: data.categories, slots: 1, canTurn: true, horizontal: false)
            let multi = data.series.count > 1
            for i in 0..<n {
                var pos = ExactDecimal.zero, neg = ExactDecimal.zero
                var any = false
                for (j, s) in data.series.enumerated() {
                    guard let v = s.values[i] else { continue }
                    any = true
                    let fill = barColor(category: i, series: j, of: data, multi: multi)
                    let from = v.isNegative ? neg : pos
                    let to = from + v
                    if v.isNegative { neg = to } else { pos = to }
                    plan.bars.append(PlannedBar(category: i, slot: 0, from: from, to: to, fill: fill,
                                                role: .bar(series: s.name, category: data.categories[i], value: v),
                                                inside: multi && spec.showValueLabels ? valueLabel(v) : nil))
                }
                let total = data.series.compactMap { $0.values[i] }.reduce(.zero, +)
                let whole = data.series.allSatisfy { $0.values[i] != nil || $0.absent.contains(i) }
                if any && !whole { plan.stacksWithoutTotal.append(data.categories[i]) }
                if !any {
                    plan.labels.append(PlannedLabel(category: i, slot: nil, at: .zero, positive: true, text: spec.labels.noData,
                                                    role: .missingLabel(series: nil, category: data.categories[i]),
                                                    color: palette.secondaryText))
                } else if spec.showValueLabels && whole {
                    let neutral = barColor(category: i, series: 0, of: data, multi: multi)
                    plan.labels.append(PlannedLabel(category: i, slot: nil, at: total.isNegative ? neg : pos,
                                                    positive: !total.isNegative, text: valueLabel(total),
                                                    role: .valueLabel(series: nil, category: data.categories[i]),
                                                    color: labelColor(for: neutral)))
                }
            }
            if multi {
                plan.legend = data.series.enumerated().map { LegendEntry(name: $1.name, color: $1.color ?? palette.seriesColor($0)) }
            }
            return plan
        default:
            let multi = data.series.count > 1
            var plan = BarPlan(categories: data.categories, slots: data.series.count,
                               canTurn: spec.kind != .combo, horizontal: spec.kind == .horizontalBar)
            for i in 0..<n {
                for (j, s) in data.series.enumerated() {
                    guard let v = s.values[i] else {
                        plan.labels.append(PlannedLabel(category: i, slot: j, at: .zero, positive: true, text: spec.labels.noData,
                                                        role: .missingLabel(series: s.name, category: data.categories[i]),
                                                        color: palette.secondaryText))
                        continue
                    }
                    let fill = barColor(category: i, series: j, of: data, multi: multi)
                    plan.bars.append(PlannedBar(category: i, slot: j, from: .zero, to: v, fill: fill,
                                                role: .bar(series: s.name, category: data.categories[i], value: v)))
                    if spec.showValueLabels {
                        plan.labels.append(PlannedLabel(category: i, slot: j, at: v, positive: !v.isNegative,
                                                        text: valueLabel(v),
                                                        role: .valueLabel(series: s.name, category: data.categories[i]),
                                                        color: labelColor(for: fill)))
                    }
                }
            }
            if multi || spec.kind == .combo {
                plan.legend = data.series.enumerated().map {
                    LegendEntry(name: $1.name, color: $1.color ?? (multi ? palette.seriesColor($0) : palette.primary))
                }
            }
            return plan
        }
    }

    /// 목표 → 실계약 → 약정계약 → 합계: deltas float on the running total,
    /// totals stand on zero, standalone bars (a target) stand aside.
    func planWaterfall(_ data: ChartData) throws -> BarPlan {
        let n = data.categories.count
        let steps = data.waterfallSteps ?? (0..<n).map { $0 == n - 1 && n > 1 ? .total : .delta }
        var plan = BarPlan(categories: data.categories, slots: 1, canTurn: false, horizontal: false)
        var running = ExactDecimal.zero
        var previousEnd: ExactDecimal?
        let values = data.series[0].values
        for i in 0..<n {
            let name = data.categories[i]
            var from = ExactDecimal.zero, to = ExactDecimal.zero
            var fill = palette.primary
            switch steps[i] {
            case .delta:
                guard let v = values[i] else {
                    throw ChartError.waterfallMissingStep(category: name)
                }
                from = running; to = running + v; running = to
                fill = v.isNegative ? palette.negative : palette.primary
                if let prev = previousEnd { plan.connectors.append((i - 1, prev)) }
                previousEnd = to
            case .total:
                if let stated = values[i], stated != running {
                    throw ChartError.waterfallTotalMismatch(category: name, stated: stated.description, computed: running.description)
                }
                to = running; fill = palette.total
                if let prev = previousEnd { plan.connectors.append((i - 1, prev)) }
                previousEnd = running
            case .standalone:
                guard let v = values[i] else {
                    plan.labels.append(PlannedLabel(category: i, slot: 0, at: .zero, positive: true, text: spec.labels.noData,
                                                    role: .missingLabel(series: nil, category: name), color: palette.secondaryText))
                    continue
                }
                to = v; fill = palette.muted
                previousEnd = nil
            }
            if let h = spec.highlight, h != name { fill = fill.mixed(with: .white, 0.6) }
            plan.bars.append(PlannedBar(category: i, slot: 0, from: from, to: to, fill: fill,
                                        role: .bar(series: nil, category: name, value: to - from)))
            if spec.showValueLabels {
                let up = to >= from
                plan.labels.append(PlannedLabel(category: i, slot: 0, at: to, positive: up,
                                                text: valueLabel(to - from), role: .valueLabel(series: nil, category: name),
                                                color: palette.text))
            }
        }
        return plan
    }
}
