/// The size of one line of text in a font, in points.
public struct TextMetrics: Sendable, Hashable, Codable {
    public var width: Double
    /// Distance from the baseline up to the top of the line box.
    public var ascent: Double
    /// Distance from the baseline down to the bottom of the line box.
    public var descent: Double

    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width; self.ascent = ascent; self.descent = descent
    }

    public var height: Double { ascent + descent }
}

/// Measures text for layout. Two implementations: Pango (BriefingCairo), which
/// the tool uses, and `ApproximateTextMeasurer` for pure layout tests.
///
/// Implementations are not required to be thread-safe: give each thread its own.
public protocol TextMeasurer {
    /// Metrics of `text` set on one line in `font` (no wrapping).
    func measure(_ text: String, font: FontSpec) -> TextMetrics
}

/// A deterministic measurer with fixed advances: Hangul and CJK 1 em, ASCII
/// digits and letters about 0.55 em, spaces 0.3 em. Close enough to Nanum
/// Gothic for layout tests to be meaningful, and needs no fonts.
public struct ApproximateTextMeasurer: TextMeasurer, Sendable {
    public init() {}

    public func measure(_ text: String, font: FontSpec) -> TextMetrics {
        var em = 0.0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x20: em += 0.3
            case 0x21...0x7e: em += (scalar.properties.isUppercase ? 0.65 : 0.55)
            case 0x1100...0x11ff, 0x3000...0x9fff, 0xac00...0xd7a3, 0xff00...0xffef: em += 1.0
            case 0x300...0x36f, 0x200b...0x200d: break
            default: em += 0.8
            }
        }
        let bold = font.weight >= .bold ? 1.04 : 1.0
        return TextMetrics(width: em * font.size * bold, ascent: font.size * 0.92, descent: font.size * 0.23)
    }
}
