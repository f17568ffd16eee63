import BriefingCore
import Testing
@testable import BriefingLayout

@Suite("Stacked bars: a segment label left out is said")
struct ChartSegmentWarningTests {
    @Test("a sliver too small for its value is reported; the stack total is still written")
    func sliver() throws {
        let data = ChartData(categories: ["2023", "2024"],
                             series: [Series(name: "실계약", values: [934, 325]), Series(name: "약정계약", values: [1, 675])])
        let spec = ChartSpec(kind: .stackedBar, title: "계약", size: Size(600, 400), data: data)
        let result = try ChartLayout(measurer: ApproximateTextMeasurer()).layoutReport(spec)
        #expect(result.warnings == [.segmentLabelsOmitted(count: 1)])
        let totals = result.scene.allTextRuns.filter { if case .valueLabel? = $0.role { true } else { false } }.map(\.text)
        #expect(totals.contains("935"), "\(totals)")
    }

    @Test("stacks whose segments all fit say nothing")
    func roomy() throws {
        let data = ChartData(categories: ["2023", "2024"],
                             series: [Series(name: "실계약", values: [400, 325]), Series(name: "약정계약", values: [500, 675])])
        let spec = ChartSpec(kind: .stackedBar, title: "계약", size: Size(1200, 675), data: data)
        #expect(try ChartLayout(measurer: ApproximateTextMeasurer()).layoutReport(spec).warnings.isEmpty)
    }
}
