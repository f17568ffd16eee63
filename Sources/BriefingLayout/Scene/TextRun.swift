/// One line of text, already broken and placed by layout.
///
/// `origin` is the left end of the baseline. `box` is the ink-independent
/// layout box (from ascent to descent, full advance width) that layout tests
/// use for overlap and bounds checks. Renderers draw `text` at `origin` in
/// `font` and never re-break it.
public struct TextRun: Sendable, Hashable {
    public var text: String
    public var font: FontSpec
    public var color: Color
    public var origin: Point
    /// Advance width, ascent and descent as measured by the TextMeasurer.
    public var width: Double
    public var ascent: Double
    public var descent: Double
    /// What the text is: `.title`, `.valueLabel(series:category:)`, `.tick(.y)` ….
    public var role: SceneRole?

    public init(_ text: String, font: FontSpec, color: Color = .black, origin: Point,
                metrics: TextMetrics, role: SceneRole? = nil) {
        self.text = text; self.font = font; self.color = color; self.origin = origin
        self.width = metrics.width; self.ascent = metrics.ascent; self.descent = metrics.descent
        self.role = role
    }

    public var box: Rect {
        Rect(x: origin.x, y: origin.y - ascent, width: width, height: ascent + descent)
    }
}
