import BriefingCore

/// The working state of one chart layout: the measured style, the formatter,
/// and the marks and text placed so far. Marks are drawn first, text last, so
/// labels are never hidden under bars.
struct ChartContext<M: TextMeasurer> {
    let spec: ChartSpec
    let style: ChartStyle
    let typesetter: Typesetter<M>
    let formatter: any ChartValueFormatter
    /// The right axis of a combo chart counts something else (a YoY % beside
    /// amounts): its ticks and labels have their own formatter.
    let secondaryFormatter: any ChartValueFormatter
    var marks: [SceneItem] = []
    var texts: [TextRun] = []
    var warnings: [ChartWarning] = []

    var palette: ChartPalette { style.palette }

    func measure(_ text: String, _ font: FontSpec) -> TextMetrics { typesetter.measure(text, font: font) }

    func lines(_ text: String, _ font: FontSpec, width: Double) -> [String] {
        LineBreaker(measurer: typesetter.measurer).lines(text, font: font, width: width)
    }

    /// Whether `text` can wrap into `width` without splitting a word (어절).
    func wrapsCleanly(_ text: String, _ font: FontSpec, width: Double, maxLines: Int) -> Bool {
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) where measure(String(word), font).width > width {
            return false
        }
        return lines(text, font, width: width).count <= maxLines
    }

    /// Width of the widest line once wrapped into `width`.
    func wrappedWidth(_ text: String, _ font: FontSpec, width: Double) -> Double {
        lines(text, font, width: width).map { measure($0, font).width }.max() ?? 0
    }

    func lineHeight(_ font: FontSpec, _ factor: Double = 1.2) -> Double { font.size * factor }

    /// A single run whose box's top-left (top-centre, top-right) is at `anchor`.
    @discardableResult
    mutating func text(_ s: String, _ font: FontSpec, _ color: Color, at anchor: Point,
                       _ alignment: Typesetter<M>.Alignment = .leading, role: SceneRole) -> TextRun {
        let run = typesetter.run(s, font: font, color: color, at: anchor, alignment: alignment, role: role)
        texts.append(run)
        return run
    }

    /// A run whose box is centred vertically on `y`.
    @discardableResult
    mutating func text(_ s: String, _ font: FontSpec, _ color: Color, x: Double, centerY y: Double,
                       _ alignment: Typesetter<M>.Alignment = .leading, role: SceneRole) -> TextRun {
        let m = measure(s, font)
        return text(s, font, color, at: Point(x, y - m.height / 2), alignment, role: role)
    }

    /// A wrapped block; returns its runs (already added).
    @discardableResult
    mutating func block(_ s: String, _ font: FontSpec, _ color: Color, left: Double, top: Double, width: Double,
                        lineHeight: Double = 1.2, _ alignment: Typesetter<M>.Alignment = .leading,
                        role: SceneRole) -> [TextRun] {
        let runs = typesetter.block(s, font: font, color: color, left: left, top: top, width: width,
                                    lineHeight: lineHeight, alignment: alignment, role: role)
        texts.append(contentsOf: runs)
        return runs
    }

    func blockHeight(_ s: String, _ font: FontSpec, width: Double, lineHeight: Double = 1.2) -> Double {
        typesetter.blockHeight(s, font: font, width: width, lineHeight: lineHeight)
    }

    mutating func rect(_ r: Rect, fill: Color, role: SceneRole) {
        marks.append(.rect(RectMark(r, fill: fill, role: role)))
    }

    mutating func line(_ a: Point, _ b: Point, _ stroke: Stroke, role: SceneRole) {
        marks.append(.path(.line(from: a, to: b, stroke: stroke, role: role)))
    }

    func valueLabel(_ v: ExactDecimal) -> String { formatter.valueLabel(v) }
    func secondaryValueLabel(_ v: ExactDecimal) -> String { secondaryFormatter.valueLabel(v) }
}

/// One entry of a legend: a swatch (box or line) and a name.
struct LegendEntry {
    enum Swatch { case box, line }
    var name: String
    var color: Color
    var swatch: Swatch = .box
}

extension Color {
    /// `self` mixed with `other`; `t` = 0 is self, 1 is other.
    func mixed(with other: Color, _ t: Double) -> Color {
        Color(red: red + (other.red - red) * t, green: green + (other.green - green) * t,
              blue: blue + (other.blue - blue) * t, alpha: alpha)
    }
}
