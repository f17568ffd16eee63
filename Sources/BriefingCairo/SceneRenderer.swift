import BriefingCore
import BriefingLayout
import CCairo

/// Replays Scenes into files: PNG (cairo image surface, our PNG encoder),
/// PDF (cairo PDF surface, text as text, metadata, outline, structure tags)
/// and SVG (written directly from the Scene so text stays `<text>`).
///
/// Every entry point first runs `FontCheck` over all text, so a missing
/// family or glyph is an error before any pixel is drawn.
///
/// Holds a Pango font map of its own: not thread-safe, one renderer a thread.
public final class SceneRenderer {
    public let library: FontLibrary
    public let pngEncoder: PNGEncoder
    let engine: PangoTextEngine
    let fontCheck: FontCheck

    public init(library: FontLibrary, pngEncoder: PNGEncoder = .fast) {
        self.library = library
        self.pngEncoder = pngEncoder
        self.engine = PangoTextEngine(library: library)
        self.fontCheck = FontCheck(library: library)
    }

    /// Renders `scene` in `format`.
    public func render(_ scene: Scene, as format: OutputFormat) throws -> [UInt8] {
        switch format {
        case .png(let scale): return try png(scene, scale: scale)
        case .pdf: return try pdf(scene)
        case .svg: return Array(try svg(scene).utf8)
        }
    }

    /// Renders `scene` in the format `path`'s extension names and writes it
    /// atomically (temporary file, then rename). Returns the bytes written.
    @discardableResult
    public func write(_ scene: Scene, to path: String) throws -> [UInt8] {
        let bytes = try render(scene, as: OutputFormat(path: path))
        try AtomicFile.write(bytes, to: path)
        return bytes
    }

    /// Writes `document` as a PDF to `path` atomically.
    @discardableResult
    public func write(_ document: Document, to path: String) throws -> [UInt8] {
        let format = try OutputFormat(path: path)
        guard format == .pdf else {
            if document.pages.count == 1 { return try write(document.pages[0], to: path) }
            throw RenderError.unknownOutputFormat(path: path)
        }
        let bytes = try pdf(document)
        try AtomicFile.write(bytes, to: path)
        return bytes
    }

    // MARK: PNG

    /// PNG bytes of `scene` at `scale` device pixels a point (1 or 2 for
    /// retina), with `dpi` (default 72 × scale) in the pHYs chunk. The same
    /// scene always gives the same bytes.
    public func png(_ scene: Scene, scale: Double = 1, dpi: Double? = nil) throws -> [UInt8] {
        try fontCheck.check(scene)
        let surface = try rasterize(scene, scale: scale)
        defer { cairo_surface_destroy(surface) }
        let dpiValue = dpi ?? 72 * scale
        guard dpiValue.isFinite, dpiValue > 0 else { throw RenderError.invalidScale(dpiValue) }
        return try pngEncoder.encode(argb32: UnsafeRawPointer(cairo_image_surface_get_data(surface)!),
                                     width: Int(cairo_image_surface_get_width(surface)),
                                     height: Int(cairo_image_surface_get_height(surface)),
                                     stride: Int(cairo_image_surface_get_stride(surface)),
                                     dpi: dpiValue)
    }

    /// Draws `scene` on a new ARGB32 image surface (caller destroys it).
    /// Exposed to the benchmark (BriefingBench), which times drawing and encoding apart.
    @_spi(Benchmark) public func rasterize(_ scene: Scene, scale: Double) throws -> OpaquePointer {
        guard scale.isFinite, scale > 0 else { throw RenderError.invalidScale(scale) }
        let w = (scene.size.width * scale).rounded(.up), h = (scene.size.height * scale).rounded(.up)
        guard w >= 1, h >= 1, w <= 32767, h <= 32767 else {
            throw RenderError.invalidSurfaceSize(width: scene.size.width, height: scene.size.height, scale: scale)
        }
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h))!
        do {
            try checkCairo(cairo_surface_status(surface), "creating a \(Int(w))×\(Int(h)) image")
            let cr = cairo_create(surface)!
            defer { cairo_destroy(cr) }
            cairo_scale(cr, scale, scale)
            engine.attach(to: cr)
            CairoSceneDrawer(engine: engine, tagged: false).draw(scene, on: cr)
            try checkCairo(cairo_status(cr), "drawing the image")
            cairo_surface_flush(surface)
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        return surface
    }
}

extension SceneRenderer {
    /// SVG text of `scene`, written from the Scene itself (see `SVGWriter`).
    /// Throws only what `FontCheck` finds: an SVG names fonts, so a label the
    /// font cannot show would be a box in the viewer too.
    public func svg(_ scene: Scene) throws -> String {
        try fontCheck.check(scene)
        return SVGWriter(fallbacks: library.fallbacks, fallbackCharacters: library.fallbackCharacters).write(scene)
    }
}
