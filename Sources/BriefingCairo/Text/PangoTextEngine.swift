import BriefingLayout
import CCairo
import CPangoCairo

/// One Pango font map and context, set up so that measuring and drawing
/// agree to the 1/1024 pt: resolution 72 dpi (so a size is in points), no
/// hinting of metrics, glyph positions not rounded to pixels (so a 2× PNG,
/// a PDF and the measurer see the same advances), language fixed to Korean
/// (not the process locale), and a font map of its own over the
/// `FontLibrary`'s private fontconfig configuration.
///
/// Not thread-safe, by Pango's rule: one engine per thread.
final class PangoTextEngine {
    let library: FontLibrary
    /// `PangoFontMap *`, owned.
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    /// `PangoContext *`, owned.
    let context: OpaquePointer
    /// One layout a family and weight, reused: setting its text is the only
    /// per-string cost.
    private var layouts: [FontKey: OpaquePointer] = [:]

    /// Text is shaped at this one size and scaled to the size asked for.
    /// Pango builds a fontset — a fontconfig sort of every font in the library,
    /// merging their character sets — for each distinct size; charts use many
    /// sizes (labels shrink to fit, figures come in several heights), and those
    /// sorts were the largest cost of a render. With hinting off and glyph
    /// positions unrounded, advances scale linearly, so one size serves all.
    static let referenceSize = 100.0

    struct FontKey: Hashable {
        var family: String
        var weight: FontWeight
    }

    init(library: FontLibrary) {
        self.library = library
        fontMap = pango_cairo_font_map_new()!
        // PANGO_FC_FONT_MAP / PANGO_CAIRO_FONT_MAP casts: the same object.
        pango_fc_font_map_set_config(OpaquePointer(fontMap), library.config)
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
        context = pango_font_map_create_context(fontMap)!
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string("ko-kr"))
        pango_context_set_base_dir(context, PANGO_DIRECTION_LTR)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
    }

    deinit {
        for layout in layouts.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// The cached layout for `font`'s family and weight, at the reference
    /// size, holding `text`. Scale its measures by `scale(of: font)`.
    func layout(_ text: String, font: FontSpec) -> OpaquePointer {
        let layout: OpaquePointer
        let key = FontKey(family: font.family, weight: font.weight)
        if let cached = layouts[key] {
            layout = cached
        } else {
            layout = pango_layout_new(context)!
            let desc = pango_font_description_new()!
            pango_font_description_set_family(desc, library.pangoFamilyList(font.family))
            pango_font_description_set_weight(desc, PangoWeight(rawValue: UInt32(font.weight.rawValue)))
            pango_font_description_set_style(desc, PANGO_STYLE_NORMAL)
            pango_font_description_set_absolute_size(desc, Self.referenceSize * Double(PANGO_SCALE))
            pango_layout_set_font_description(layout, desc)
            pango_font_description_free(desc)
            pango_layout_set_single_paragraph_mode(layout, 1)
            pango_layout_set_width(layout, -1)
            layouts[key] = layout
        }
        text.withCString { pango_layout_set_text(layout, $0, -1) }
        return layout
    }

    /// How much a layout at the reference size is scaled to draw `font`.
    static func scale(of font: FontSpec) -> Double { font.size / referenceSize }

    /// Width, ascent and descent of the logical (line) box, in `font`'s size.
    func metrics(of layout: OpaquePointer, font: FontSpec) -> TextMetrics {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let baseline = pango_layout_get_baseline(layout)
        let k = Self.scale(of: font) / Double(PANGO_SCALE)
        return TextMetrics(width: Double(logical.width) * k,
                           ascent: Double(baseline - logical.y) * k,
                           descent: Double(logical.y + logical.height - baseline) * k)
    }

    /// Draws `text` with its baseline's left end at (x, y) in `cr`'s user space.
    func draw(_ text: String, font: FontSpec, x: Double, y: Double, on cr: OpaquePointer) {
        let layout = self.layout(text, font: font)
        let k = Self.scale(of: font)
        let baseline = Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE)
        cairo_save(cr)
        cairo_translate(cr, x, y)
        cairo_scale(cr, k, k)
        cairo_move_to(cr, 0, -baseline)
        pango_cairo_show_layout(cr, layout)
        cairo_restore(cr)
    }

    /// Makes the context follow `cr`'s transformation and target (call once a
    /// surface, after its scale is set); cached layouts are told so.
    func attach(to cr: OpaquePointer) {
        pango_cairo_update_context(cr, context)
        for layout in layouts.values { pango_layout_context_changed(layout) }
    }
}
