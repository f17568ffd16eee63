import BriefingCore
import BriefingLayout
import Testing

/// A chart writes a few words of its own (the donut's total, a missing value,
/// a KPI's comparison); an English chart writes them in English.
@Suite("A chart's own words follow its language")
struct ChartLabelsTests {
    static func spec(_ kind: ChartKind, _ labels: ChartLabels) -> ChartSpec {
        let values: [ExactDecimal?] = kind == .kpi ? [1000, 934, 820] : [325, nil, 675]
        let series = [Series(name: "Signed", values: values), Series(name: "Target", values: [150, 150, 150])]
        var spec = ChartSpec(kind: kind, title: "Contracts",
                             data: ChartData(categories: ["2024", "2023", "2022"], series: kind == .bullet ? series : [series[0]],
                                             waterfallSteps: kind == .waterfall ? [.delta, .delta, .total] : nil),
                             referenceLines: kind == .kpi || kind == .bar ? [ReferenceLine(value: 150, label: "Target")] : [])
        spec.labels = labels
        return spec
    }

    static func hangul(_ s: String) -> Bool { s.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }

    @Test("an English chart writes no Korean word the user did not give", arguments: ChartKind.allCases)
    func englishHasNoHangul(kind: ChartKind) throws {
        guard kind != .waterfall else { return }  // a total step must equal its running sum; covered below
        let scene = try ChartLayout(measurer: ApproximateTextMeasurer()).layout(Self.spec(kind, .english))
        let korean = scene.allTextRuns.map(\.text).filter(Self.hangul)
        #expect(korean.isEmpty, "\(kind): \(korean)")
    }

    @Test("the donut's total and a missing bar say so in each language", arguments: [
        (ChartLabels.korean, "합계", "자료 없음"), (.english, "Total", "no data"),
    ])
    func ownWords(labels: ChartLabels, total: String, noData: String) throws {
        var donut = Self.spec(.donut, labels)
        donut.data.series[0].values = [325, 675, 150]
        let ring = try ChartLayout(measurer: ApproximateTextMeasurer()).layout(donut).allTextRuns.map(\.text)
        #expect(ring.contains(total), "\(ring)")
        let bars = try ChartLayout(measurer: ApproximateTextMeasurer()).layout(Self.spec(.bar, labels)).allTextRuns.map(\.text)
        #expect(bars.contains(noData), "\(bars)")
    }

    @Test("a KPI compares in the reader's word order")
    func kpiComparison() throws {
        let ko = try ChartLayout(measurer: ApproximateTextMeasurer()).layout(Self.spec(.kpi, .korean)).allTextRuns.map(\.text)
        let en = try ChartLayout(measurer: ApproximateTextMeasurer()).layout(Self.spec(.kpi, .english)).allTextRuns.map(\.text)
        #expect(ko.joined(separator: " ").contains("2023 934 대비 ▲ 66 (+7.1%)"), "\(ko)")
        #expect(en.joined(separator: " ").contains("▲ 66 (+7.1%) vs 2023 (934)"), "\(en)")
        #expect(en.joined(separator: " ").contains("666.7% of Target"), "\(en)")
    }
}
