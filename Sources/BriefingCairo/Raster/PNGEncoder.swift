import CPNG

/// Our PNG writer for cairo ARGB32 pixels, through libpng with settings
/// chosen by measurement (scripts/bench-png) rather than cairo's fixed ones:
/// cairo's `cairo_surface_write_to_png_stream` uses zlib level 6 (default)
/// and libpng's adaptive choice among all five row filters, which is where a
/// chart's 30–40 ms go. Charts are large flat areas with antialiased edges;
/// the `up` filter turns flat rows into zeros and zlib's run-length strategy
/// packs them at a fraction of the cost (numbers in the bench report).
///
/// Pixels are un-premultiplied exactly (round to nearest); a fully opaque
/// image is written as RGB (no alpha channel), anything else as RGBA.
/// Output is deterministic: no tIME, no text chunks; pHYs carries the DPI.
public struct PNGEncoder: Sendable, Hashable {
    /// zlib compression level, 0 (store) … 9.
    public var zlibLevel: Int
    public var strategy: Strategy
    public var filters: Filters

    public enum Strategy: Int32, Sendable, Hashable, CaseIterable {
        case `default` = 0, filtered = 1, huffmanOnly = 2, rle = 3
    }

    /// libpng row filters to choose among (a set; libpng tries each row
    /// with all of them and keeps the smallest when more than one is given).
    public struct Filters: OptionSet, Sendable, Hashable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }
        public static let none = Filters(rawValue: 0x08)
        public static let sub = Filters(rawValue: 0x10)
        public static let up = Filters(rawValue: 0x20)
        public static let average = Filters(rawValue: 0x40)
        public static let paeth = Filters(rawValue: 0x80)
        public static let all: Filters = [.none, .sub, .up, .average, .paeth]
    }

    /// The measured choice (see the type's comment).
    public static let fast = PNGEncoder(zlibLevel: 1, strategy: .default, filters: .none)

    public init(zlibLevel: Int, strategy: Strategy, filters: Filters) {
        self.zlibLevel = zlibLevel; self.strategy = strategy; self.filters = filters
    }

    /// Encodes cairo ARGB32 pixels (native-endian premultiplied `0xAARRGGBB`
    /// words, `stride` bytes a row). `dpi` goes into pHYs (pixels a metre).
    public func encode(argb32 pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int, dpi: Double?) throws -> [UInt8] {
        guard width > 0, height > 0 else { throw RenderError.png("empty image \(width)×\(height)") }
        let opaque = Self.isOpaque(pixels, width: width, height: height, stride: stride)
        let ppm = dpi.map { UInt32(($0 / 0.0254).rounded()) } ?? 0
        var buffer = briefing_png_buffer()
        defer { briefing_png_free(&buffer) }
        let status: Int32
        if opaque {
            // RGB bytes made here in one pass: libpng's own BGR swap and
            // filler strip (png_set_bgr, png_set_filler) cost about 14 M
            // instructions a 1200×675 chart, a fifth of the encoding;
            // this loop about half of that (callgrind: 70.7 M → 65.7 M).
            let rowBytes = width * 3
            var rgb = [UInt8](repeating: 0, count: rowBytes * height)
            status = rgb.withUnsafeMutableBytes { out in
                let base = out.baseAddress!.assumingMemoryBound(to: UInt8.self)
                for y in 0..<height {
                    Self.convertOpaqueRow((pixels + y * stride).assumingMemoryBound(to: UInt32.self), base + y * rowBytes, width)
                }
                let rows = (0..<height).map { Optional(UnsafePointer(base + $0 * rowBytes)) }
                return rows.withUnsafeBufferPointer { rp in
                    briefing_png_encode(rp.baseAddress, UInt32(width), UInt32(height), 2, 0,
                                        Int32(zlibLevel), strategy.rawValue, filters.rawValue, ppm, &buffer)
                }
            }
        } else {
            let rowBytes = width * 4
            var converted = [UInt8](repeating: 0, count: rowBytes * height)
            status = converted.withUnsafeMutableBytes { out in
                let base = out.baseAddress!.assumingMemoryBound(to: UInt8.self)
                for y in 0..<height {
                    Self.convertRow((pixels + y * stride).assumingMemoryBound(to: UInt32.self), base + y * rowBytes, width)
                }
                let rows = (0..<height).map { Optional(UnsafePointer(base + $0 * rowBytes)) }
                return rows.withUnsafeBufferPointer { rp in
                    briefing_png_encode(rp.baseAddress, UInt32(width), UInt32(height), 6, 0,
                                        Int32(zlibLevel), strategy.rawValue, filters.rawValue, ppm, &buffer)
                }
            }
        }
        guard status == 0, let data = buffer.data else {
            let message = withUnsafeBytes(of: buffer.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            throw RenderError.png(message.isEmpty ? "libpng failed" : message)
        }
        return Array(UnsafeBufferPointer(start: data, count: buffer.length))
    }

    static func isOpaque(_ pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int) -> Bool {
        for y in 0..<height {
            let row = (pixels + y * stride).assumingMemoryBound(to: UInt32.self)
            var all: UInt32 = 0xff00_0000
            for x in 0..<width { all &= row[x] }
            if all & 0xff00_0000 != 0xff00_0000 { return false }
        }
        return true
    }

    /// Opaque `0xFFRRGGBB` words → R, G, B bytes.
    @inline(__always)
    static func convertOpaqueRow(_ src: UnsafePointer<UInt32>, _ dst: UnsafeMutablePointer<UInt8>, _ width: Int) {
        var d = dst
        for x in 0..<width {
            let p = src[x]
            d[0] = UInt8(truncatingIfNeeded: p >> 16)
            d[1] = UInt8(truncatingIfNeeded: p >> 8)
            d[2] = UInt8(truncatingIfNeeded: p)
            d += 3
        }
    }

    /// Premultiplied → straight alpha: c' = round(c · 255 / a).
    @inline(__always)
    static func convertRow(_ src: UnsafePointer<UInt32>, _ dst: UnsafeMutablePointer<UInt8>, _ width: Int) {
        var d = dst
        for x in 0..<width {
            let p = src[x]
            let a = p >> 24
            if a == 255 {
                d[0] = UInt8(truncatingIfNeeded: p >> 16)
                d[1] = UInt8(truncatingIfNeeded: p >> 8)
                d[2] = UInt8(truncatingIfNeeded: p)
                d[3] = 255
            } else if a == 0 {
                d[0] = 0; d[1] = 0; d[2] = 0; d[3] = 0
            } else {
                let half = a / 2
                d[0] = UInt8(min(255, (((p >> 16) & 0xff) * 255 + half) / a))
                d[1] = UInt8(min(255, (((p >> 8) & 0xff) * 255 + half) / a))
                d[2] = UInt8(min(255, ((p & 0xff) * 255 + half) / a))
                d[3] = UInt8(a)
            }
            d += 4
        }
    }
}
