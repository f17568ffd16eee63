/// Sizes and fonts derived from the canvas, so a 1200×675 press image and a
/// chart half an A4 page tall keep the same proportions.
///
/// The unit `scale` is 1 at 1200×675 and shrinks with the smaller side
/// ratio; text never goes below sizes that still print (7–8 pt).
struct ChartStyle {
    let size: Size
    let scale: Double
    let margin: Double
    let title: FontSpec
    let subtitle: FontSpec
    let small: FontSpec
    let tick: FontSpec
    let category: FontSpec
    let value: FontSpec
    let legend: FontSpec
    let annotation: FontSpec
    /// A gap between neighbouring things (text and bars), in points.
    let gap: Double
    let palette: ChartPalette

    init(spec: ChartSpec) {
        size = spec.size
        palette = spec.palette
        let s = min(spec.size.width / 1200, spec.size.height / 675)
        scale = s
        margin = max(14, 40 * s)
        let f = spec.fonts
        title = FontSpec(family: f.display, weight: .bold, size: max(13, 34 * s))
        subtitle = FontSpec(family: f.gothic, weight: .regular, size: max(9, 20 * s))
        small = FontSpec(family: f.gothic, weight: .regular, size: max(7, 15 * s))
        tick = FontSpec(family: f.gothic, weight: .regular, size: max(7, 16 * s))
        category = FontSpec(family: f.gothic, weight: .regular, size: max(7.5, 17 * s))
        value = FontSpec(family: f.gothic, weight: .bold, size: max(7.5, 17 * s))
        legend = FontSpec(family: f.gothic, weight: .regular, size: max(7.5, 16 * s))
        annotation = FontSpec(family: f.gothic, weight: .regular, size: max(7, 15 * s))
        gap = max(3, 8 * s)
    }

    /// The smallest a value or category label may shrink to before layout changes shape.
    var minLabelSize: Double { max(7, 12 * scale) }
}
