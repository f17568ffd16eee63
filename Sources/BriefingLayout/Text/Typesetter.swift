/// Turns text into placed `TextRun`s: measure, break, align. The one place
/// layout code goes from a string to lines on a page.
public struct Typesetter<M: TextMeasurer> {
    public enum Alignment: Sendable { case leading, center, trailing }

    public let measurer: M
    public init(measurer: M) { self.measurer = measurer }

    public func measure(_ text: String, font: FontSpec) -> TextMetrics { measurer.measure(text, font: font) }

    /// A single line whose baseline-left is placed so that its box's top-left
    /// (or top-centre, top-right) is at `anchor`.
    public func run(_ text: String, font: FontSpec, color: Color = .black, at anchor: Point,
                    alignment: Alignment = .leading, role: SceneRole? = nil) -> TextRun {
        let m = measurer.measure(text, font: font)
        let x: Double
        switch alignment {
        case .leading: x = anchor.x
        case .center: x = anchor.x - m.width / 2
        case .trailing: x = anchor.x - m.width
        }
        return TextRun(text, font: font, color: color, origin: Point(x, anchor.y + m.ascent), metrics: m, role: role)
    }

    /// A wrapped block inside `width` whose first line's top is at `top`.
    /// `lineHeight` is a multiple of the font size (Korean reports use 1.6).
    public func block(_ text: String, font: FontSpec, color: Color = .black, left: Double, top: Double,
                      width: Double, lineHeight: Double = 1.3, alignment: Alignment = .leading,
                      role: SceneRole? = nil) -> [TextRun] {
        let lines = LineBreaker(measurer: measurer).lines(text, font: font, width: width)
        var runs: [TextRun] = []
        var y = top
        for line in lines {
            let anchorX: Double
            switch alignment {
            case .leading: anchorX = left
            case .center: anchorX = left + width / 2
            case .trailing: anchorX = left + width
            }
            let m = measurer.measure(line, font: font)
            // Centre the glyph box inside the line's leading.
            let leading = font.size * lineHeight
            let pad = max(0, (leading - m.height) / 2)
            runs.append(run(line, font: font, color: color, at: Point(anchorX, y + pad), alignment: alignment, role: role))
            y += leading
        }
        return runs
    }

    /// Height of a wrapped block, consistent with `block`.
    public func blockHeight(_ text: String, font: FontSpec, width: Double, lineHeight: Double = 1.3) -> Double {
        Double(LineBreaker(measurer: measurer).lines(text, font: font, width: width).count) * font.size * lineHeight
    }
}
