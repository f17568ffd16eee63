/// The colours of a chart.
///
/// The default series colours are chosen to survive colour-blindness and
/// greyscale printing: a dark blue and an orange (the pair deuteranopes and
/// protanopes tell apart best), then a light blue and a vermilion. Their
/// relative luminances are 0.075, 0.384, 0.554 and 0.222, at least 0.14 apart,
/// so a black-and-white photocopy of a briefing still separates them.
/// The muted grey (0.60) is for everything that is not highlighted.
///
/// A district's identity colour goes first: `ChartPalette.default.withPrimary(Color(hex: "#00a0e9")!)`.
public struct ChartPalette: Sendable, Hashable {
    public var series: [Color]
    /// Bars and lines that are not highlighted.
    public var muted: Color
    public var text: Color
    /// Subtitles, ticks, unit and source lines.
    public var secondaryText: Color
    public var gridline: Color
    /// The zero baseline and axis lines.
    public var axis: Color
    public var referenceLine: Color
    /// Waterfall totals.
    public var total: Color
    /// Waterfall decreases.
    public var negative: Color

    public init(series: [Color], muted: Color, text: Color, secondaryText: Color, gridline: Color,
                axis: Color, referenceLine: Color, total: Color, negative: Color) {
        self.series = series; self.muted = muted; self.text = text; self.secondaryText = secondaryText
        self.gridline = gridline; self.axis = axis; self.referenceLine = referenceLine
        self.total = total; self.negative = negative
    }

    public static let `default` = ChartPalette(
        // Four house colours, then four more from the Okabe–Ito set (told apart with colour blindness),
        // so a long table's eight series never share one; grey is kept for 기타.
        series: [Color(hex: "#1d4e89")!, Color(hex: "#f28e2b")!, Color(hex: "#9ecae9")!, Color(hex: "#d55e00")!,
                 Color(hex: "#009e73")!, Color(hex: "#cc79a7")!, Color(hex: "#7b4ea3")!, Color(hex: "#8c6d31")!],
        muted: Color(hex: "#c8ccd2")!,
        text: Color(hex: "#1a1a1a")!,
        secondaryText: Color(hex: "#5c5c5c")!,
        gridline: Color(hex: "#e3e3e3")!,
        axis: Color(hex: "#4d4d4d")!,
        referenceLine: Color(hex: "#333333")!,
        total: Color(hex: "#3f3f3f")!,
        negative: Color(hex: "#d55e00")!)

    /// The same palette with `color` as the first series colour.
    public func withPrimary(_ color: Color) -> ChartPalette {
        var p = self
        if p.series.isEmpty { p.series = [color] } else { p.series[0] = color }
        return p
    }

    public var primary: Color { series.first ?? text }

    /// The colour of series `i`, cycling when there are more series than colours.
    public func seriesColor(_ i: Int) -> Color {
        series.isEmpty ? text : series[i % series.count]
    }

    /// A series colour dark enough to write text in on white (orange becomes a deep amber).
    public func readable(_ color: Color) -> Color {
        var c = color
        while c.luminance > 0.18 { c = c.mixed(with: .black, 0.15) }
        return c
    }

    /// Text that reads on `fill`: white on dark fills, the text colour on light ones.
    public func textColor(on fill: Color) -> Color {
        fill.luminance < 0.3 ? .white : text
    }
}
