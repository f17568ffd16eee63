import BriefingLayout

/// The `TextMeasurer` the tool uses: Pango, configured exactly as the
/// renderer draws (see `PangoTextEngine`), so a TextRun's width is the width
/// of its pixels. One layout is kept a font, so measuring a string costs one
/// shaping pass (a few microseconds for a label); results are memoised too,
/// because layout asks for the same tick labels again and again.
///
/// ```swift
/// let m = PangoTextMeasurer(library: fonts)   // fonts: FontLibrary.makeStandard(), made once
/// m.measure("1,000만 달러", font: FontSpec(family: "NanumGothic", size: 12))
/// // width 69.93, ascent 11.04, descent 2.76 (points; "가" alone is 11.28 wide)
/// ```
///
/// Not thread-safe: give each thread its own (each has its own font map).
public final class PangoTextMeasurer: TextMeasurer {
    private let engine: PangoTextEngine
    private var memo: [MemoKey: TextMetrics] = [:]

    private struct MemoKey: Hashable { var text: String; var font: FontSpec }

    public init(library: FontLibrary) {
        engine = PangoTextEngine(library: library)
    }

    /// A measurer over `renderer`'s own font map, so that fonts are loaded,
    /// and glyphs shaped, once for measuring and drawing alike (loading a
    /// font map's fonts is most of a one-shot render's cost). Use both on
    /// one thread only: they now share a font map.
    public init(sharingFontsOf renderer: SceneRenderer) {
        engine = renderer.engine
    }

    public func measure(_ text: String, font: FontSpec) -> TextMetrics {
        let key = MemoKey(text: text, font: font)
        if let m = memo[key] { return m }
        let m = engine.metrics(of: engine.layout(text, font: font), font: font)
        if memo.count > 50_000 { memo.removeAll(keepingCapacity: true) }
        memo[key] = m
        return m
    }

    /// Forgets every measured string but keeps the font map and the fonts it
    /// has loaded: afterwards a layout costs what a chart never seen before
    /// costs in a process that has drawn others (`briefing bench-chart`
    /// times layout this way; a new measurer would add font loading).
    public func forgetMeasurements() {
        memo.removeAll(keepingCapacity: true)
    }
}
