import BriefingCairo
import BriefingCore
import BriefingLayout

/// Hand-built Scenes that look like what the chart and document stages
/// make — a 1200×675 bar chart with a Korean title, value labels, dashed
/// grid lines, a line series with round markers and a source note. Used by
/// the renderer's tests and by `briefing bench-render`, so the benchmark
/// times a realistic picture, not an empty one.
public enum SampleScenes {
    public static let gothic = "NanumGothic"

    /// A press-style bar chart: 수출 계약 실적 by month, with targets.
    public static func barChart(measurer: some TextMeasurer, size: Size = Size(1200, 675)) -> Scene {
        var items: [SceneItem] = []
        func text(_ s: String, _ font: FontSpec, _ color: Color, x: Double, y: Double, align: Double = 0, role: SceneRole) {
            let m = measurer.measure(s, font: font)
            items.append(.text(TextRun(s, font: font, color: color, origin: Point(x - m.width * align, y), metrics: m, role: role)))
        }
        let ink = Color(hex: "#222222")!, grey = Color(hex: "#666666")!, blue = Color(hex: "#1d4e89")!
        let orange = Color(hex: "#e07b39")!, grid = Color(hex: "#d0d0d0")!

        text("2024년 광주 북구 중소기업 수출 계약 실적", FontSpec(family: gothic, weight: .bold, size: 30), ink,
             x: 60, y: 70, role: .title)
        text("단위: 만 달러 · 최고 1,120만 달러(7월) · 전년 동기 대비 △ 감소, ▲ 증가",
             FontSpec(family: gothic, size: 16), grey, x: 60, y: 104, role: .subtitle)

        let plot = Rect(x: 110, y: 150, width: 1030, height: 400)
        let maxValue = 1200.0
        for i in 0...4 {
            let v = Double(i) * 300
            let y = plot.maxY - v / maxValue * plot.height
            items.append(.path(.line(from: Point(plot.minX, y), to: Point(plot.maxX, y),
                                     stroke: Stroke(grid, width: 1, dash: i == 0 ? [] : [4, 3]), role: .gridline(.y))))
            text(v == 0 ? "0" : String(Int(v)).withThousands, FontSpec(family: gothic, size: 14), grey,
                 x: plot.minX - 12, y: y + 5, align: 1, role: .tick(.y))
        }
        let values: [Double] = [325, 480, 1000, 760, 615, 890, 1120, 540]
        let targets: [Double] = [400, 450, 800, 800, 700, 800, 1000, 600]
        let band = plot.width / Double(values.count)
        var line: [PathElement] = []
        for (i, v) in values.enumerated() {
            let x = plot.minX + band * Double(i) + band * 0.2
            let h = v / maxValue * plot.height
            items.append(.rect(RectMark(Rect(x: x, y: plot.maxY - h, width: band * 0.6, height: h),
                                        fill: blue, cornerRadius: 3,
                                        role: .bar(series: "실계약", category: "\(i + 1)월", value: ExactDecimal(Int(v))))))
            let label = "\(String(Int(v)).withThousands)만"
            // Inside the bar, at its foot, white: the target line crosses bar tops.
            text(label, FontSpec(family: gothic, weight: .bold, size: 15), .white, x: x + band * 0.3, y: plot.maxY - 14,
                 align: 0.5, role: .valueLabel(series: "실계약", category: "\(i + 1)월"))
            text("\(i + 1)월", FontSpec(family: gothic, size: 15), ink, x: x + band * 0.3, y: plot.maxY + 26, align: 0.5, role: .tick(.x))
            let ty = plot.maxY - targets[i] / maxValue * plot.height
            let tx = x + band * 0.3
            line.append(i == 0 ? .move(Point(tx, ty)) : .line(Point(tx, ty)))
        }
        items.append(.path(PathMark(line, stroke: Stroke(orange, width: 2.5), role: .line(series: "목표"))))
        for (i, t) in targets.enumerated() {
            let tx = plot.minX + band * Double(i) + band * 0.5
            let ty = plot.maxY - t / maxValue * plot.height
            items.append(.path(PathMark([.arc(center: Point(tx, ty), radius: 5, start: 0, end: 2 * .pi), .close],
                                        fill: .white, stroke: Stroke(orange, width: 2), role: .marker)))
        }
        // Legend.
        items.append(.rect(RectMark(Rect(x: 860, y: 88, width: 16, height: 16), fill: blue, cornerRadius: 2, role: .legendSwatch)))
        text("실계약", FontSpec(family: gothic, size: 15), ink, x: 884, y: 102, role: .legend)
        items.append(.path(.line(from: Point(960, 96), to: Point(990, 96), stroke: Stroke(orange, width: 2.5), role: .legendSwatch)))
        text("목표 (−5% 조정)", FontSpec(family: gothic, size: 15), ink, x: 998, y: 102, role: .legend)
        text("※ 자료: ㈜광주수출지원센터, 북구 경제진흥과 집계 (2024. 9. 30. 기준) ’24 잠정",
             FontSpec(family: gothic, size: 13), grey, x: 60, y: 640, role: .note)
        return Scene(size: size, background: .white, items: items)
    }
}

extension String {
    /// `1200` → `1,200` (ASCII digits only; enough for sample labels).
    var withThousands: String {
        var out = ""
        for (i, ch) in reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return String(out.reversed())
    }
}
