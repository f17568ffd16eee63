import BriefingLayout
import CCairo

/// Reads a PNG back through cairo (libpng) into ARGB32 words — for tests
/// that check our encoder round-trips exactly, and for `--compare` style
/// tooling. Not on any rendering path.
enum PNGDecoder {
    struct Image {
        var width: Int
        var height: Int
        /// Premultiplied 0xAARRGGBB, row-major, no padding.
        var pixels: [UInt32]
    }

    static func decode(_ bytes: [UInt8]) throws -> Image {
        final class Reader { var bytes: [UInt8]; var offset = 0; init(_ b: [UInt8]) { bytes = b } }
        let reader = Reader(bytes)
        let surface = cairo_image_surface_create_from_png_stream({ closure, data, length in
            let r = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
            let n = Int(length)
            guard r.offset + n <= r.bytes.count, let data else { return CAIRO_STATUS_READ_ERROR }
            r.bytes.withUnsafeBufferPointer { data.update(from: $0.baseAddress! + r.offset, count: n) }
            r.offset += n
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(reader).toOpaque())!
        defer { cairo_surface_destroy(surface) }
        try checkCairo(cairo_surface_status(surface), "decoding a PNG")
        cairo_surface_flush(surface)
        return Image(surface: surface)
    }
}

extension SceneRenderer {
    /// The drawn pixels of `scene` (premultiplied ARGB32 words), for tests.
    func pixels(_ scene: Scene, scale: Double = 1) throws -> PNGDecoder.Image {
        try fontCheck.check(scene)
        let surface = try rasterize(scene, scale: scale)
        defer { cairo_surface_destroy(surface) }
        return PNGDecoder.Image(surface: surface)
    }
}

extension PNGDecoder.Image {
    /// The words of an ARGB32 image surface, row by row without stride padding.
    init(surface: OpaquePointer) {
        cairo_surface_flush(surface)
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = UnsafeRawPointer(cairo_image_surface_get_data(surface)!)
        var pixels = [UInt32](repeating: 0, count: w * h)
        for y in 0..<h {
            let row = (data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<w { pixels[y * w + x] = row[x] }
        }
        self.init(width: w, height: h, pixels: pixels)
    }
}
