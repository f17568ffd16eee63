import BriefingCore
@testable import BriefingLayout
import Testing

@Suite("Chart spec errors")
struct ChartErrorTests {
    static func spec(_ kind: ChartKind = .bar, categories: [String] = ["가", "나"],
                     series: [Series] = [Series(name: "금액", values: [1, 2])]) -> ChartSpec {
        ChartSpec(kind: kind, title: "제목", data: ChartData(categories: categories, series: series))
    }

    @Test func noCategories() {
        #expect(throws: ChartError.noCategories) { try layout(Self.spec(categories: [], series: [Series(name: "a", values: [])])) }
    }

    @Test func noSeries() {
        #expect(throws: ChartError.noSeries(.line)) { try layout(Self.spec(.line, series: [])) }
    }

    @Test func lengthMismatch() {
        #expect(throws: ChartError.seriesLengthMismatch(series: "금액", expected: 2, actual: 3)) {
            try layout(Self.spec(series: [Series(name: "금액", values: [1, 2, 3])]))
        }
        #expect(ChartError.seriesLengthMismatch(series: "금액", expected: 2, actual: 3).description
                == "series '금액' has 3 values but there are 2 categories")
    }

    @Test func allMissing() {
        #expect(throws: ChartError.allValuesMissing) { try layout(Self.spec(series: [Series(name: "금액", values: [nil, nil])])) }
    }

    @Test func unknownHighlight() {
        var s = Self.spec()
        s.highlight = "다"
        #expect(throws: ChartError.unknownHighlight("다")) { try layout(s) }
    }

    @Test func negativeDonut() {
        #expect(throws: ChartError.negativeShare(category: "나", value: "-2")) {
            try layout(Self.spec(.donut, series: [Series(name: "금액", values: [1, -2])]))
        }
    }

    @Test func waterfallTotalMustAddUp() {
        let s = ChartSpec(kind: .waterfall, title: "t", data: ChartData(
            categories: ["실계약", "약정계약", "합계"], series: [Series(name: "a", values: [325, 675, 999])]))
        #expect(throws: ChartError.waterfallTotalMismatch(category: "합계", stated: "999", computed: "1000")) { try layout(s) }
    }

    @Test func waterfallStepMissing() {
        let s = ChartSpec(kind: .waterfall, title: "t", data: ChartData(
            categories: ["실계약", "약정계약", "합계"], series: [Series(name: "a", values: [325, nil, nil])]))
        #expect(throws: ChartError.waterfallMissingStep(category: "약정계약")) { try layout(s) }
    }

    @Test func bulletNeedsTarget() {
        #expect(throws: ChartError.bulletNeedsTarget) { try layout(Self.spec(.bullet)) }
    }

    @Test func annotationOnUnknownCategory() {
        var s = Self.spec()
        s.annotations = [Annotation(category: "없음", text: "x")]
        #expect(throws: ChartError.unknownAnnotationCategory("없음")) { try layout(s) }
    }

    @Test func tinyCanvas() {
        var s = Self.spec()
        s.size = Size(120, 80)
        #expect(throws: ChartError.canvasTooSmall(width: 120, height: 80)) { try layout(s) }
    }
}
