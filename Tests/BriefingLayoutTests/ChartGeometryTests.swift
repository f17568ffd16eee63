import BriefingCore
@testable import BriefingLayout
import Testing

/// Data shapes every chart kind must draw cleanly.
enum Shape: String, CaseIterable, Sendable {
    case one, five, twenty, longLabels, negatives, missing, hugeSpan, tiny

    var categories: [String] {
        switch self {
        case .one: return ["2024 무역촉진단"]
        case .five: return ["목표", "실계약", "약정계약", "2023년", "합계"]
        case .twenty: return (1...20).map { "기업 \($0)" }
        case .longLabels:
            return ["광주 북구 광융합 산업 수출 상담회 참가 기업 계약 실적", "인공지능 드론 융합 기업 해외 바이어 화상 상담",
                    "OFC 2024 San Diego Convention Center 전시 참가", "엠피닉스", "피라포토닉스오토마린광융합기술연구조합"]
        case .negatives: return ["1분기", "2분기", "3분기", "4분기", "연간"]
        case .missing: return ["1월", "2월", "3월", "4월", "5월"]
        case .hugeSpan: return ["가", "나", "다", "라"]
        case .tiny: return ["A", "B", "C"]
        }
    }

    var values: [ExactDecimal?] {
        switch self {
        case .one: return [1000]
        case .five: return [150, 325, 675, 934, 1000]
        case .twenty: return (1...20).map { ExactDecimal(($0 * 37) % 100 * 13 + 20) }
        case .longLabels: return [325, 675, 150, 1000, 66]
        case .negatives: return [d("-120"), 45, d("-3.5"), 80, 0]
        case .missing: return [325, nil, 675, nil, 150]
        case .hugeSpan: return [1, 1000, 1_000_000, 1_000_000_000]
        case .tiny: return [d("0.00012"), d("0.0005"), d("0.00097")]
        }
    }

    /// A second series: about 60 % of the first.
    var secondValues: [ExactDecimal?] {
        values.map { $0.map { ($0 * d("0.6")).rounded(toScale: max(0, $0.scale)) } }
    }
}

struct GridCase: Sendable, CustomStringConvertible {
    var kind: ChartKind
    var shape: Shape
    var size: Size
    var description: String { "\(kind) \(shape) \(Int(size.width))x\(Int(size.height))" }

    /// The spec, or `nil` where the shape does not apply (a donut of negatives).
    var spec: ChartSpec? {
        var series = [Series(name: "계약액", values: shape.values)]
        var secondary: [Series] = []
        var steps: [WaterfallStep]?
        switch kind {
        case .groupedBar, .stackedBar, .line:
            series.append(Series(name: "전년 계약액", values: shape.secondValues))
        case .combo:
            secondary = [Series(name: "전년 대비 증감률", values: shape.values.map { $0.map { ($0 * d("0.07")).rounded(toScale: 1) } })]
        case .bullet:
            series.append(Series(name: "목표", values: shape.values.map { _ in 150 }))
        case .donut:
            if shape == .negatives { return nil }
        case .waterfall:
            if shape == .missing { return nil }
            steps = shape.categories.indices.map { $0 == shape.categories.count - 1 && shape.categories.count > 1 ? .total : .delta }
            series[0].values[series[0].values.count - 1] = shape.categories.count > 1 ? nil : series[0].values.last!
        default: break
        }
        return ChartSpec(kind: kind, title: "2024 광주 북구 무역촉진단 수출 계약 1,000만 달러 달성, 목표 대비 666.7%",
                         subtitle: "미국 로스앤젤레스·샌디에이고, 2024년 3월 24일~30일", unitLine: "(단위: 만 달러)",
                         source: "자료: 광주 북구", notes: ["주: 약정계약은 업무협약(MOU) 포함"], size: size,
                         data: ChartData(categories: shape.categories, series: series, secondary: secondary, waterfallSteps: steps))
    }

    static let all: [GridCase] = ChartKind.allCases.flatMap { k in
        Shape.allCases.flatMap { s in [Size.landscape16x9, .square, .portrait, .a4Half].map { GridCase(kind: k, shape: s, size: $0) } }
    }

    /// Kinds that take reference lines and annotations, on the two sizes most used.
    static let decorated: [GridCase] = [ChartKind.bar, .horizontalBar, .groupedBar, .stackedBar, .line, .combo, .waterfall].flatMap { k in
        Shape.allCases.flatMap { s in [Size.landscape16x9, .a4Half].map { GridCase(kind: k, shape: s, size: $0) } }
    }
}

@Suite("Chart geometry")
struct ChartGeometryTests {
    @Test(arguments: GridCase.all)
    func cleanLayout(_ c: GridCase) throws {
        guard let spec = c.spec else { return }
        let result = try ChartLayout(measurer: ApproximateTextMeasurer(), formatter: GroupedNumberFormatter()).layoutReport(spec)
        let scene = result.scene
        let ctx = c.description
        // Value labels may be left out only when layout says so.
        let omitted = result.warnings.contains { if case .valueLabelsOmitted = $0 { return true } else { return false } }
        assertNoOverlaps(scene, ctx)
        assertInsideCanvas(scene, ctx)
        assertLabelsClearOfBars(scene, ctx)
        #expect(runs(scene, role: .title).count >= 1)
        #expect(runs(scene, role: .source).map(\.text) == ["자료: 광주 북구"])
        #expect(runs(scene, role: .unitLine).map(\.text) == ["(단위: 만 달러)"])

        let values = spec.data.series[0].values
        let present = values.compactMap { $0 }.count
        let missing = values.count - present
        switch c.kind {
        case .bar, .horizontalBar:
            #expect(barRects(scene).count == present, "\(ctx)")
            #expect(valueLabels(scene).count == (omitted ? 0 : present), "\(ctx): every bar has its value")
            #expect(missingLabels(scene).count == missing, "\(ctx): every gap is marked")
            #expect(runs(scene, role: .tick(.x)).count + runs(scene, role: .tick(.y)).count > 0)
            assertCategoriesWritten(scene, spec, ctx)
        case .groupedBar, .combo:
            let all = spec.data.series.flatMap(\.values)
            #expect(barRects(scene).count == all.compactMap { $0 }.count, "\(ctx)")
            #expect(valueLabels(scene).count == (omitted ? 0 : all.compactMap { $0 }.count), "\(ctx)")
            if !omitted { #expect(missingLabels(scene).count == all.count - all.compactMap { $0 }.count, "\(ctx)") }
            assertCategoriesWritten(scene, spec, ctx)
            if c.kind == .combo {
                #expect(linePaths(scene).count >= 1, "\(ctx): the secondary line")
                #expect(runs(scene, role: .tick(.y2)).count >= 2, "\(ctx): the right axis")
            }
        case .stackedBar:
            let stacks = spec.data.categories.indices.filter { i in spec.data.series.contains { $0.values[i] != nil } }
            #expect(valueLabels(scene).count == (omitted ? 0 : stacks.count), "\(ctx): every stack has its total")
            assertCategoriesWritten(scene, spec, ctx)
        case .line:
            #expect(runs(scene, role: .lineEndLabel).count == spec.data.series.count, "\(ctx): every line has its end label")
            #expect(linePaths(scene).count >= spec.data.series.count, "\(ctx)")
            #expect(runs(scene, role: .tick(.y)).count >= 2)
        case .donut:
            #expect(slicePaths(scene).count == present, "\(ctx)")
            #expect(valueLabels(scene).count == present, "\(ctx): every slice has its value")
            let names = runs(scene, role: .legend).map(\.text).joined().replacingOccurrences(of: " ", with: "")
            for c in spec.data.categories { #expect(names.contains(c.replacingOccurrences(of: " ", with: "")), "\(ctx): slice \(c) is named") }
        case .bullet:
            #expect(valueLabels(scene).count == (omitted ? 0 : present), "\(ctx)")
            // One shared target is labelled once.
            #expect(runs(scene, role: .targetLabel).count == 1, "\(ctx)")
        case .waterfall:
            #expect(barRects(scene).count == spec.data.categories.count, "\(ctx)")
            #expect(valueLabels(scene).count == (omitted ? 0 : spec.data.categories.count), "\(ctx)")
        case .kpi:
            #expect(runs(scene, role: .kpiValue).count == 1, "\(ctx)")
        }
        // Warnings are for what cannot fit: the press sizes with five categories
        // need none about crowding. (A stack segment too small for its value is
        // a property of the data, not the canvas, and is reported as such.)
        if spec.size == .landscape16x9 && [.five, .one, .missing].contains(c.shape) {
            let crowding = result.warnings.filter { if case .segmentLabelsOmitted = $0 { return false } else { return true } }
            #expect(crowding.isEmpty, "\(ctx): \(crowding)")
        }
    }

    func assertCategoriesWritten(_ scene: Scene, _ spec: ChartSpec, _ ctx: String, sourceLocation: SourceLocation = #_sourceLocation) {
        // Every category label is written in full (wrapped lines joined back), never dropped.
        let written = (runs(scene, role: .tick(.x)) + runs(scene, role: .tick(.y))).map(\.text).joined(separator: " ")
        let squeezed = written.replacingOccurrences(of: " ", with: "")
        for c in spec.data.categories where !squeezed.contains(c.replacingOccurrences(of: " ", with: "")) {
            Issue.record("\(ctx): category '\(c)' is not written", sourceLocation: sourceLocation)
        }
    }

    /// Every shape with a reference line and an annotation still has no overlapping text.
    @Test(arguments: GridCase.decorated)
    func decoratedLayoutStaysClean(_ c: GridCase) throws {
        guard var spec = c.spec else { return }
        let present = spec.data.series[0].values.compactMap { $0 }
        spec.referenceLines = [ReferenceLine(value: present[present.count / 2], label: "기준선 \(present[present.count / 2])")]
        let i = spec.data.categories.count / 2
        spec.annotations = [Annotation(category: spec.data.categories[i], value: spec.data.series[0].values[i] ?? present[0], text: "여기에 주석 문장")]
        let scene = try layout(spec)
        assertNoOverlaps(scene, c.description)
        assertInsideCanvas(scene, c.description)
        #expect(runs(scene, role: .referenceLabel).count == 1, "\(c)")
        #expect(!runs(scene, role: .annotation).isEmpty, "\(c)")
    }

    @Test(arguments: [ChartKind.bar, .horizontalBar, .line, .combo, .groupedBar, .waterfall])
    func referenceLineIsDrawnAndLabelled(_ kind: ChartKind) throws {
        var spec = GridCase(kind: kind, shape: .five, size: .landscape16x9).spec!
        spec.referenceLines = [ReferenceLine(value: 150, label: "목표 150만 달러")]
        let scene = try layout(spec)
        #expect(paths(scene, role: .referenceLine).count == 1)
        #expect(runs(scene, role: .referenceLabel).map(\.text) == ["목표 150만 달러"])
        assertNoOverlaps(scene, "\(kind)")
        assertInsideCanvas(scene, "\(kind)")
        assertLabelsClearOfBars(scene, "\(kind)")
    }

    /// A reference line above every value widens the domain: it is never clipped.
    @Test func referenceLineBeyondDataWidensTheAxis() throws {
        var spec = GridCase(kind: .bar, shape: .five, size: .landscape16x9).spec!
        spec.referenceLines = [ReferenceLine(value: 1500, label: "목표 1,500")]
        let scene = try layout(spec)
        let top = runs(scene, role: .tick(.y)).map(\.text).last
        #expect(top == "1,600")
    }

    @Test(arguments: [ChartKind.bar, .horizontalBar, .line, .combo])
    func annotationPointsAtItsValue(_ kind: ChartKind) throws {
        var spec = GridCase(kind: kind, shape: .five, size: .landscape16x9).spec!
        spec.annotations = [Annotation(category: "합계", text: "목표 대비 666.7% 달성")]
        let scene = try layout(spec)
        #expect(runs(scene, role: .annotation).map(\.text).joined(separator: " ") == "목표 대비 666.7% 달성")
        #expect(paths(scene, role: .annotationLeader).count == 1)
        assertNoOverlaps(scene, "\(kind)")
        assertInsideCanvas(scene, "\(kind)")
    }

    @Test(arguments: [ChartKind.bar, .horizontalBar, .groupedBar, .stackedBar, .waterfall])
    func highlightMutesTheRest(_ kind: ChartKind) throws {
        var spec = GridCase(kind: kind, shape: .five, size: .landscape16x9).spec!
        spec.highlight = "실계약"
        let bars = barRects(try layout(spec))
        func isHighlighted(_ bar: RectMark) -> Bool { if case .bar(_, "실계약", _)? = bar.role { true } else { false } }
        let highlighted = Set(bars.filter(isHighlighted).map(\.fill))
        let others = Set(bars.filter { !isHighlighted($0) }.map(\.fill))
        #expect(!highlighted.isEmpty && !others.isEmpty)
        #expect(highlighted.isDisjoint(with: others))
    }

    @Test func highlightedDonutSliceStandsOut() throws {
        var spec = GridCase(kind: .donut, shape: .five, size: .square).spec!
        spec.highlight = "합계"
        let slices = slicePaths(try layout(spec))
        let hot = slices.first { if case .slice("합계", _)? = $0.role { true } else { false } }!.fill
        #expect(slices.filter { $0.fill == hot }.count == 1)
    }

    /// Twenty vertical bars with long names do not fit side by side: the chart turns horizontal.
    @Test func crowdedBarsTurnHorizontal() throws {
        var spec = GridCase(kind: .bar, shape: .twenty, size: .landscape16x9).spec!
        spec.data.categories = spec.data.categories.map { "광융합 " + $0 + " 주식회사" }
        let scene = try layout(spec)
        let bars = barRects(scene)
        // Horizontal bars share one left edge (the zero line) and are wider than tall on average.
        #expect(Set(bars.map { ($0.rect.minX * 100).rounded() }).count == 1)
        #expect(runs(scene, role: .tick(.y)).count >= 20)
    }

    @Test func fiveShortBarsStayVertical() throws {
        let scene = try layout(GridCase(kind: .bar, shape: .five, size: .landscape16x9).spec!)
        let bars = barRects(scene)
        #expect(Set(bars.map { ($0.rect.maxY * 100).rounded() }).count == 1, "bars stand on one baseline")
    }

    /// Negative bars hang below the zero line, their labels below them.
    @Test func negativeBarsHangBelowZero() throws {
        let scene = try layout(GridCase(kind: .bar, shape: .negatives, size: .landscape16x9).spec!)
        let bars = barRects(scene)
        let q1 = bars.first { $0.role == .bar(series: "계약액", category: "1분기", value: -120) }!
        let q2 = bars.first { $0.role == .bar(series: "계약액", category: "2분기", value: 45) }!
        #expect(abs(q1.rect.minY - q2.rect.maxY) < 0.01, "both meet at the zero line")
        let label = valueLabels(scene).first { $0.text == "-120" }!
        #expect(label.box.minY >= q1.rect.maxY)
    }

    /// Missing is a gap, not a zero: the line breaks, and no bar is drawn.
    @Test func missingValuesBreakTheLine() throws {
        var spec = GridCase(kind: .line, shape: .missing, size: .landscape16x9).spec!
        spec.data.series = [spec.data.series[0]]
        let scene = try layout(spec)
        let pieces = linePaths(scene, series: "계약액")
        // 325, gap, 675, gap, 150: three isolated points, each drawn as a dot.
        #expect(pieces.count == 3)
    }

    /// End labels of lines ending on the same value are nudged apart.
    @Test func endLabelsOfCloseLinesDoNotCollide() throws {
        let spec = ChartSpec(kind: .line, title: "월별 수출", data: ChartData(
            categories: ["1월", "2월", "3월"],
            series: [Series(name: "광융합", values: [100, 200, 300]), Series(name: "인공지능", values: [120, 210, 301]),
                     Series(name: "드론", values: [90, 220, 299])]))
        let scene = try layout(spec)
        let ends = runs(scene, role: .lineEndLabel)
        #expect(ends.count == 3)
        assertNoOverlaps(scene)
    }

    @Test func innerLineLabels() throws {
        var spec = GridCase(kind: .line, shape: .five, size: .landscape16x9).spec!
        spec.lineLabelsInner = true
        let scene = try layout(spec)
        #expect(runs(scene, role: .lineEndLabel).count == 2)
        assertNoOverlaps(scene)
        assertInsideCanvas(scene)
    }

    /// The press figures: 목표 150 standalone, 실계약 325 + 약정계약 675 = 합계 1,000.
    @Test func pressWaterfall() throws {
        let spec = ChartSpec(kind: .waterfall, title: "목표 대비 666.7% 달성", data: ChartData(
            categories: ["목표", "실계약", "약정계약", "합계"],
            series: [Series(name: "계약", values: [150, 325, 675, 1000])],
            waterfallSteps: [.standalone, .delta, .delta, .total]))
        let scene = try layout(spec)
        let bars = barRects(scene)
        #expect(bars.map(\.role) == [.bar(series: nil, category: "목표", value: 150), .bar(series: nil, category: "실계약", value: 325),
                                     .bar(series: nil, category: "약정계약", value: 675), .bar(series: nil, category: "합계", value: 1000)])
        #expect(valueLabels(scene).map(\.text) == ["150", "325", "675", "1,000"])
        // 약정계약 floats on top of 실계약; 합계 reaches as high as 약정계약.
        #expect(abs(bars[2].rect.maxY - bars[1].rect.minY) < 0.01)
        #expect(abs(bars[3].rect.minY - bars[2].rect.minY) < 0.01)
        #expect(paths(scene, role: .connector).count == 2)
    }

    @Test func kpiComparisons() throws {
        let spec = ChartSpec(kind: .kpi, title: "2024 무역촉진단", data: ChartData(
            categories: ["수출 계약 (만 달러)", "2023"], series: [Series(name: "계약", values: [1000, 934])]),
            referenceLines: [ReferenceLine(value: 150, label: "목표 150")])
        let scene = try layout(spec)
        #expect(runs(scene, role: .kpiValue).map(\.text) == ["1,000"])
        #expect(runs(scene, role: .kpiComparison).map(\.text) == ["2023 934 대비 ▲ 66 (+7.1%)", "목표 150 대비 666.7%"])
    }

    @Test func bulletShowsAchievement() throws {
        let spec = ChartSpec(kind: .bullet, title: "목표 대비 실적", data: ChartData(
            categories: ["2024 무역촉진단"], series: [Series(name: "실적", values: [1000]), Series(name: "목표", values: [150])]))
        let scene = try layout(spec)
        #expect(valueLabels(scene).map(\.text) == ["1,000 (666.7%)"])
        #expect(runs(scene, role: .targetLabel).map(\.text) == ["목표 150"])
    }

    @Test func sortDescending() throws {
        var spec = GridCase(kind: .bar, shape: .missing, size: .landscape16x9).spec!
        spec.sort = .descending
        let scene = try layout(spec)
        #expect(valueLabels(scene).map(\.text) == ["675", "325", "150"])
        #expect(runs(scene, role: .tick(.x)).map(\.text) == ["3월", "1월", "5월", "2월", "4월"])
    }

    /// Up to four series, printed in black and white, stay apart; the four
    /// colours after them (a long table's fifth to eighth series) differ in hue.
    @Test func defaultPaletteSurvivesGreyscale() {
        let l = ChartPalette.default.series.prefix(4).map(\.luminance).sorted()
        for (a, b) in zip(l, l.dropFirst()) { #expect(b - a >= 0.14) }
        let all = ChartPalette.default.series
        #expect(all.count == 8)
        for i in all.indices {
            for j in all.indices where j > i {
                let (a, b) = (all[i], all[j])
                let d = abs(a.red - b.red) + abs(a.green - b.green) + abs(a.blue - b.blue)
                #expect(d > 0.3, "colours \(i) and \(j) too close")
            }
        }
    }

    @Test func identityColourReplacesThePrimary() throws {
        var spec = GridCase(kind: .bar, shape: .five, size: .landscape16x9).spec!
        let blue = Color(hex: "#00a0e9")!
        spec.palette = .default.withPrimary(blue)
        #expect(barRects(try layout(spec)).allSatisfy { $0.fill == blue })
    }

    @Test func textInsideDarkBarsIsLight() throws {
        let spec = ChartSpec(kind: .stackedBar, title: "계약 구성", data: ChartData(
            categories: ["2023", "2024"],
            series: [Series(name: "실계약", values: [500, 325]), Series(name: "약정계약", values: [434, 675])]))
        let scene = try layout(spec)
        let inside = runs(scene, role: .segmentLabel)
        #expect(!inside.isEmpty)
        let dark = inside.filter { $0.text == "500" }
        #expect(dark.first?.color == .white)
        #expect(valueLabels(scene).map(\.text) == ["934", "1,000"])
    }
}

@Suite("Chart behaviour")
struct ChartBehaviourTests {
    /// Same spec, same Scene: PNG and SVG bytes can only be identical if layout is.
    @Test(arguments: ChartKind.allCases)
    func layoutIsDeterministic(_ kind: ChartKind) throws {
        let spec = GridCase(kind: kind, shape: .five, size: .landscape16x9).spec!
        #expect(try layout(spec) == layout(spec))
    }

    /// Forty bars on half an A4 page cannot carry legible labels: layout says so
    /// instead of printing a smear, and keeps the value axis.
    @Test func omittedLabelsAreReported() throws {
        let spec = GridCase(kind: .groupedBar, shape: .twenty, size: .a4Half).spec!
        let result = try ChartLayout(measurer: ApproximateTextMeasurer(), formatter: GroupedNumberFormatter()).layoutReport(spec)
        #expect(result.warnings == [.valueLabelsOmitted(kind: .groupedBar, categories: 20, reason: "bars thinner than a legible label")])
        #expect(valueLabels(result.scene).isEmpty)
        #expect(runs(result.scene, role: .tick(.x)).count >= 3)
    }

    @Test func highlightedLineKeepsItsColourOthersGoGrey() throws {
        var spec = GridCase(kind: .line, shape: .five, size: .landscape16x9).spec!
        spec.highlight = "전년 계약액"
        let scene = try layout(spec)
        let hot = linePaths(scene, series: "전년 계약액").compactMap { $0.stroke?.color }
        let cold = linePaths(scene, series: "계약액").compactMap { $0.stroke?.color }
        #expect(hot.allSatisfy { $0 == ChartPalette.default.series[1] })
        #expect(cold.allSatisfy { $0 == ChartPalette.default.muted })
    }

    /// Bars stop thickening on roomy canvases.
    @Test func barsHaveAMaximumThickness() throws {
        let spec = GridCase(kind: .horizontalBar, shape: .one, size: .square).spec!
        let bar = try #require(barRects(try layout(spec)).first)
        #expect(bar.rect.height <= 64)
    }

    /// A label that does not fit a vertical band wraps between words (어절), never inside one.
    @Test func categoryLabelsWrapBetweenWords() throws {
        let spec = ChartSpec(kind: .bar, title: "t", size: Size(400, 400), data: ChartData(
            categories: ["광융합 산업 수출 상담회", "인공지능 드론", "기타", "광융합", "드론"], series: [Series(name: "v", values: [1, 2, 3, 4, 5])]))
        let lines = runs(try layout(spec), role: .tick(.x)).map(\.text)
        let words = Set(["광융합", "산업", "수출", "상담회", "인공지능", "드론", "기타"])
        for line in lines { for w in line.split(separator: " ") { #expect(words.contains(String(w)), "'\(w)' is not a whole word") } }
        #expect(lines.count > 5, "the long label wrapped")
        #expect(barRects(try layout(spec)).allSatisfy { $0.rect.width < $0.rect.height || $0.rect.height < 1 }, "still vertical")
    }

    @Test func lineAxisIncludesZeroOnlyWhenItDoesNotSquashTheLines() throws {
        var spec = GridCase(kind: .line, shape: .five, size: .landscape16x9).spec!
        spec.data.series = [Series(name: "a", values: [900, 920, 950, 970, 1000])]
        #expect(runs(try layout(spec), role: .tick(.y)).first?.text != "0")
        spec.data.series = [Series(name: "a", values: [100, 400, 700, 900, 1000])]
        #expect(runs(try layout(spec), role: .tick(.y)).first?.text == "0")
    }
}
