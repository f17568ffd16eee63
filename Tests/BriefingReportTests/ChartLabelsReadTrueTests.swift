import BriefingCore
import BriefingLayout
import Testing
@testable import BriefingReport

/// The property that matters most: a reader who reads a chart's label with
/// its unit line gets the cell's true value — for every chart kind, both
/// locales, every scale a Korean header writes and magnitudes from 0.1 to
/// 10⁷. Labels are read back from the Scene (`LabelReader`), never compared
/// as strings, so any wording that reads right passes and any double scale
/// (`934만` under `(단위: 만 달러)`) fails.
@Suite("Every chart label reads as its cell's value")
struct ChartLabelsReadTrueTests {
    static let units = ["명", "천명", "달러", "천달러", "만달러", "백만원", "억원", "조원"]
    /// Digit patterns scaled by each magnitude: distinct, some with decimals.
    static let pattern = ["1", "2.37", "0.41", "1.05", "6.6"].map { ExactDecimal($0)! }
    static let magnitudes = [-1, 0, 2, 4, 7]
    static let scales: [LabelScale] = [.column, .words, .power(8), .power(3), .power(0)]
    static let categories = ["동남아", "미국", "일본", "중국", "유럽"]

    /// The values of one case, in the column's unit.
    static func values(_ magnitude: Int) -> [ExactDecimal] { pattern.map { $0.shifted(by: magnitude) } }

    static func data(_ kind: ChartKind, _ v: [ExactDecimal]) -> ChartData {
        let cats = categories
        switch kind {
        case .groupedBar, .stackedBar, .line:
            return ChartData(categories: cats, series: [Series(name: "A", values: v), Series(name: "B", values: v.reversed())])
        case .combo:
            return ChartData(categories: cats, series: [Series(name: "A", values: v)],
                             secondary: [Series(name: "증감률", values: ["3.5", "-1.2", "7.1", "0", "2"].map { ExactDecimal($0)! })])
        case .waterfall:
            return ChartData(categories: ["목표", "실계약", "약정", "합계"],
                             series: [Series(name: "A", values: [v[0], v[1], v[3], v[1] + v[3]])],
                             waterfallSteps: [.standalone, .delta, .delta, .total])
        case .bullet:
            return ChartData(categories: Array(cats.prefix(3)), series: [Series(name: "실적", values: Array(v.prefix(3))),
                                                                           Series(name: "목표", values: Array(v.suffix(3)))])
        case .kpi:
            return ChartData(categories: ["총 계약", "전년"], series: [Series(name: "A", values: [v[1], v[0]])])
        default:
            return ChartData(categories: cats, series: [Series(name: "A", values: v)])
        }
    }

    /// Every value a label may truly show: cells, totals of a category, of all,
    /// and differences (a KPI's change, a waterfall's step).
    static func truths(_ d: ChartData, unitPower: Int) -> [ExactDecimal] {
        let cells = d.series.flatMap { $0.values.compactMap { $0 } }
        var out = cells
        for i in d.categories.indices { out.append(d.series.compactMap { $0.values[i] }.reduce(.zero, +)) }
        out.append(cells.reduce(.zero, +))
        for a in cells { for b in cells { out.append((a - b).magnitude) } }
        return out.map { $0.shifted(by: unitPower) }
    }

    /// The roles of text that writes a figure of the data.
    static func isLabel(_ role: SceneRole?) -> Bool {
        switch role {
        case .valueLabel?, .pointLabel?, .lineEndLabel?, .segmentLabel?, .totalLabel?, .kpiValue?, .kpiComparison?, .targetLabel?: true
        default: false
        }
    }

    @Test("labels × unit line = cell values", arguments: ChartKind.allCases, ReportLocale.allCases)
    func labelsReadTrue(kind: ChartKind, locale: ReportLocale) throws {
        let formatter = FigureFormatter(locale: locale)
        var checked = 0
        for written in Self.units {
            let unit = try #require(HeaderParser.parse("값(\(written))").unit)
            for magnitude in Self.magnitudes {
                let data = Self.data(kind, Self.values(magnitude))
                let truths = Self.truths(data, unitPower: unit.powerOfTen)
                for scale in Self.scales {
                    let n = try ChartNumbers(data: data, unit: unit, secondaryUnit: MeasureUnit(.percent, written: "%"),
                                             scale: scale, formatter: formatter)
                    let spec = ChartSpec(kind: kind, title: "수출", unitLine: n.unitLine, data: n.data)
                    let scene = try ChartLayout(measurer: ApproximateTextMeasurer(), formatter: n.valueFormatter,
                                                secondaryFormatter: n.secondaryFormatter).layout(spec)
                    let power = LabelReader.power(ofUnitLine: n.display.unitLine)
                    for run in scene.allTextRuns where Self.isLabel(run.role) {
                        // A combo's line labels are percentages: they carry their own `%`.
                        for figure in LabelReader.figures(in: run.text, unitPower: power) {
                            #expect(truths.contains { figure.reads($0) },
                                    "\(kind) \(locale) \(written) 10^\(magnitude) \(scale): '\(run.text)' under \(n.unitLine ?? "-") reads \(figure)")
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked > 100, "only \(checked) labels were read")
    }

    @Test("a vertical axis's ticks, read with the unit line, put each bar's true value where the bar ends",
          arguments: ReportLocale.allCases)
    func ticksAgreeWithBars(locale: ReportLocale) throws {
        for written in Self.units {
            let unit = try #require(HeaderParser.parse("값(\(written))").unit)
            for magnitude in Self.magnitudes {
                let data = Self.data(.bar, Self.values(magnitude))
                for scale in Self.scales {
                    let n = try ChartNumbers(data: data, unit: unit, scale: scale, formatter: FigureFormatter(locale: locale))
                    let spec = ChartSpec(kind: .bar, title: "t", unitLine: n.unitLine, data: n.data)
                    let scene = try ChartLayout(measurer: ApproximateTextMeasurer(), formatter: n.valueFormatter).layout(spec)
                    let power = LabelReader.power(ofUnitLine: n.display.unitLine)
                    // Long labels turn the bars horizontal: the value axis is then x.
                    func ticks(_ role: SceneRole, _ at: (TextRun) -> Double) -> [(Double, Double)] {
                        scene.allTextRuns.filter { $0.role == role }.compactMap { run in
                            LabelReader.figures(in: run.text, unitPower: power).first.map { ($0.value.doubleValue, at(run)) }
                        }
                    }
                    let vertical = ticks(.tick(.y)) { $0.origin.y - ($0.ascent - $0.descent) / 2 }
                    let horizontal = ticks(.tick(.x)) { $0.origin.x + $0.width / 2 }
                    let axis = vertical.count >= 2 ? vertical : horizontal
                    try #require(axis.count >= 2, "\(written) \(magnitude) \(scale): \(scene.allTextRuns.map { "\($0.role.map(String.init(describing:)) ?? ""):\($0.text)" })")
                    let (v0, y0) = axis.first!, (v1, y1) = axis.last!
                    let bars = allRects(scene).filter { $0.role?.isBar == true }
                    for (bar, truth) in zip(bars, data.series[0].values) {
                        let top = vertical.count >= 2 ? bar.rect.y : bar.rect.x + bar.rect.width
                        let predicted = v0 + (top - y0) * (v1 - v0) / (y1 - y0)
                        let base = truth!.shifted(by: unit.powerOfTen).doubleValue
                        #expect(abs(predicted - base) <= abs(base) * 0.03 + abs(v1 - v0) * 0.01,
                                "\(written) 10^\(magnitude) \(scale) \(locale): bar of \(base) ends at the tick value \(predicted)")
                    }
                }
            }
        }
    }

    func allRects(_ scene: Scene) -> [RectMark] {
        var out: [RectMark] = []
        func walk(_ items: [SceneItem], dx: Double, dy: Double) {
            for item in items {
                switch item {
                case .rect(var r): r.rect.x += dx; r.rect.y += dy; out.append(r)
                case .group(let g): walk(g.items, dx: dx + g.offset.x, dy: dy + g.offset.y)
                default: break
                }
            }
        }
        walk(scene.items, dx: 0, dy: 0)
        return out
    }
}
