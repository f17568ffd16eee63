import CPNG
import Dispatch

/// Our PNG writer for cairo ARGB32 pixels, through libpng and zlib with
/// settings chosen by measurement (scripts/bench-png) rather than cairo's:
/// `cairo_surface_write_to_png_stream` uses zlib's default level (6) and
/// libpng's adaptive choice among all five row filters, which is where a
/// chart's 20–40 ms go.
///
/// What the measurements on a 1200×675 chart said (2 shared cores):
/// - unfiltered rows compress as well as filtered ones here: a chart is flat
///   runs of one colour, which deflate finds without a filter; `sub`, `up`,
///   `paeth` and zlib's RLE/filtered strategies were slower or larger;
/// - zlib levels 1–3 all run zlib's fast deflate at nearly the same speed
///   (~4 ms for the 2.4 MB of rows on one core: the floor on one thread);
///   level 3 keeps the file within 1.3× of cairo's at 2× scale too, where
///   level 1 was 1.33× (1×: 1.08×, 2×: 1.26×);
/// - zlib's memLevel 6 (a hash table a quarter of the default) was ~15 %
///   faster than 8 and no larger: the table stays in cache and is cheaper
///   to slide every 32 KiB;
/// - so `fast` cuts the rows into parts of 64 and deflates them on all
///   cores (2.9–3.4 ms when a second core is free, against cairo's
///   20–23 ms); the one-thread path, `fastSingleThread`, is ~5.4 ms.
///
/// Pixels are un-premultiplied exactly (round to nearest); a fully opaque
/// image is written as RGB (no alpha channel), anything else as RGBA.
/// Output is deterministic: no tIME, no text chunks; pHYs carries the DPI.
public struct PNGEncoder: Sendable, Hashable {
    /// zlib compression level, 0 (store) … 9.
    public var zlibLevel: Int
    public var strategy: Strategy
    /// Row filters, for the libpng row-by-row path (`partRows == nil`); the
    /// parallel path writes every row unfiltered (filter type 0).
    public var filters: Filters
    /// When set, rows are compressed in parts of this many rows on all cores
    /// and libpng only frames the chunks; `nil` lets libpng compress row by
    /// row on one thread. The bytes depend on this number, never on the
    /// number of cores.
    public var partRows: Int?
    /// zlib's memLevel (1…9): the size of its match hash table. Smaller
    /// than zlib's default 8 is faster here (the table stays in cache and
    /// costs less to slide every 32 KiB) and no larger.
    public var memoryLevel: Int

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

    /// The measured choice (see the type's comment and scripts/bench-png).
    public static let fast = PNGEncoder(zlibLevel: 3, strategy: .default, filters: .none, partRows: 64, memoryLevel: 6)
    /// The same settings on one thread, through libpng's own row writer.
    public static let fastSingleThread = PNGEncoder(zlibLevel: 3, strategy: .default, filters: .none, partRows: nil, memoryLevel: 6)

    public init(zlibLevel: Int, strategy: Strategy, filters: Filters, partRows: Int? = nil, memoryLevel: Int = 8) {
        self.zlibLevel = min(max(zlibLevel, 0), 9); self.strategy = strategy; self.filters = filters
        self.partRows = partRows.map { max($0, 1) }
        self.memoryLevel = min(max(memoryLevel, 1), 9)
    }

    /// Encodes cairo ARGB32 pixels (native-endian premultiplied `0xAARRGGBB`
    /// words, `stride` bytes a row). `dpi` goes into pHYs (pixels a metre).
    public func encode(argb32 pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int, dpi: Double?) throws -> [UInt8] {
        guard width > 0, height > 0 else { throw RenderError.png("empty image \(width)×\(height)") }
        let ppm = dpi.map { UInt32(($0 / 0.0254).rounded()) } ?? 0
        if let partRows {
            return try encodeInParts(pixels, width: width, height: height, stride: stride,
                                     partRows: partRows, pixelsPerMeter: ppm)
        }
        let opaque = Self.isOpaque(pixels, width: width, height: height, stride: stride)
        var buffer = briefing_png_buffer()
        defer { briefing_png_free(&buffer) }
        let status: Int32
        if opaque && Self.inputBGRX == 1 {
            // cairo's words are B,G,R,A bytes on little-endian machines;
            // libpng reorders and drops the alpha byte as it writes.
            let base = pixels.assumingMemoryBound(to: UInt8.self)
            let rows = (0..<height).map { Optional(base + $0 * stride) }
            status = rows.withUnsafeBufferPointer { rp in
                briefing_png_encode(rp.baseAddress, UInt32(width), UInt32(height), 2, Self.inputBGRX,
                                    Int32(zlibLevel), strategy.rawValue, filters.rawValue, Int32(memoryLevel), ppm, &buffer)
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
                                        Int32(zlibLevel), strategy.rawValue, filters.rawValue, Int32(memoryLevel), ppm, &buffer)
                }
            }
        }
        guard status == 0, let data = buffer.data else {
            let message = withUnsafeBytes(of: buffer.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            throw RenderError.png(message.isEmpty ? "libpng failed" : message)
        }
        return Array(UnsafeBufferPointer(start: data, count: buffer.length))
    }

    /// The parallel path: convert and filter (type 0) all rows, deflate parts
    /// of `partRows` rows concurrently (each primed with the 32 KiB before
    /// it), join them into one zlib stream, let libpng frame it.
    private func encodeInParts(_ pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int,
                               partRows: Int, pixelsPerMeter: UInt32) throws -> [UInt8] {
        let parts = Swift.stride(from: 0, to: height, by: partRows).map { $0..<min($0 + partRows, height) }
        // Rows as RGB, noting on the way whether every pixel is opaque (the
        // usual case: a chart on a white background); if one is not, again as RGBA.
        let filtered = UnsafeMutablePointer<UInt8>.allocate(capacity: (1 + width * 4) * height)
        defer { filtered.deallocate() }
        let opaqueParts = UnsafeMutablePointer<Bool>.allocate(capacity: parts.count)
        defer { opaqueParts.deallocate() }
        let rgbRowBytes = 1 + width * 3
        let convert = Shared(pixels: pixels, filtered: filtered, outputs: nil, adlers: nil, flags: opaqueParts)
        DispatchQueue.concurrentPerform(iterations: parts.count) { i in
            var alpha: UInt32 = 0xff00_0000
            for y in parts[i] {
                let src = (convert.pixels + y * stride).assumingMemoryBound(to: UInt32.self)
                let dst = convert.filtered + y * rgbRowBytes
                dst[0] = 0
                alpha &= Self.convertOpaqueRow(src, dst + 1, width)
            }
            convert.flags![i] = alpha == 0xff00_0000
        }
        let opaque = (0..<parts.count).allSatisfy { opaqueParts[$0] }
        let rowBytes = opaque ? rgbRowBytes : 1 + width * 4
        if !opaque {
            DispatchQueue.concurrentPerform(iterations: parts.count) { i in
                for y in parts[i] {
                    let src = (convert.pixels + y * stride).assumingMemoryBound(to: UInt32.self)
                    let dst = convert.filtered + y * rowBytes
                    dst[0] = 0
                    Self.convertRow(src, dst + 1, width)
                }
            }
        }
        let outputs = UnsafeMutablePointer<briefing_png_buffer>.allocate(capacity: parts.count)
        outputs.initialize(repeating: briefing_png_buffer(), count: parts.count)
        defer {
            for i in 0..<parts.count { briefing_png_free(outputs + i) }
            outputs.deallocate()
        }
        let adlers = UnsafeMutablePointer<UInt>.allocate(capacity: parts.count)
        defer { adlers.deallocate() }
        let shared = Shared(pixels: pixels, filtered: filtered, outputs: outputs, adlers: adlers, flags: nil)
        let level = Int32(zlibLevel), strategy = self.strategy.rawValue, memLevel = Int32(memoryLevel)
        DispatchQueue.concurrentPerform(iterations: parts.count) { i in
            let start = parts[i].lowerBound * rowBytes, end = parts[i].upperBound * rowBytes
            let dictionaryStart = max(0, start - 32768)
            let base = UnsafePointer(shared.filtered)
            shared.adlers![i] = adler32(1, base + start, uInt(end - start))
            _ = briefing_deflate_part(base + start, end - start, base + dictionaryStart, start - dictionaryStart,
                                      level, strategy, memLevel, i == parts.count - 1 ? 1 : 0, shared.outputs! + i)
        }
        var stream: [UInt8] = [0x78, 0x01]
        var adler = adlers[0]
        for i in 0..<parts.count {
            let out = outputs[i]
            guard let data = out.data, out.message.0 == 0 else {
                let message = withUnsafeBytes(of: out.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                throw RenderError.png(message.isEmpty ? "deflate failed" : message)
            }
            stream.append(contentsOf: UnsafeBufferPointer(start: data, count: out.length))
            if i > 0 { adler = adler32_combine(adler, adlers[i], off_t(parts[i].count * rowBytes)) }
        }
        stream += [UInt8(truncatingIfNeeded: adler >> 24), UInt8(truncatingIfNeeded: adler >> 16),
                   UInt8(truncatingIfNeeded: adler >> 8), UInt8(truncatingIfNeeded: adler)]

        var buffer = briefing_png_buffer()
        defer { briefing_png_free(&buffer) }
        let status = stream.withUnsafeBufferPointer { z in
            briefing_png_write_compressed(UInt32(width), UInt32(height), opaque ? 2 : 6, pixelsPerMeter,
                                          z.baseAddress, z.count, &buffer)
        }
        guard status == 0, let data = buffer.data else {
            let message = withUnsafeBytes(of: buffer.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            throw RenderError.png(message.isEmpty ? "libpng failed" : message)
        }
        return Array(UnsafeBufferPointer(start: data, count: buffer.length))
    }

    /// Pointers the parallel loops share; each iteration touches only its
    /// own rows, output and checksum.
    private struct Shared: @unchecked Sendable {
        let pixels: UnsafeRawPointer
        let filtered: UnsafeMutablePointer<UInt8>
        let outputs: UnsafeMutablePointer<briefing_png_buffer>?
        let adlers: UnsafeMutablePointer<UInt>?
        let flags: UnsafeMutablePointer<Bool>?
    }

    /// Opaque premultiplied words are straight: 0xAARRGGBB → R, G, B.
    /// Returns the AND of all words' alpha bits (0xff000000 if all opaque).
    @inline(__always)
    static func convertOpaqueRow(_ src: UnsafePointer<UInt32>, _ dst: UnsafeMutablePointer<UInt8>, _ width: Int) -> UInt32 {
        var d = dst
        var alpha: UInt32 = 0xff00_0000
        for x in 0..<width {
            let p = src[x]
            alpha &= p
            d[0] = UInt8(truncatingIfNeeded: p >> 16)
            d[1] = UInt8(truncatingIfNeeded: p >> 8)
            d[2] = UInt8(truncatingIfNeeded: p)
            d += 3
        }
        return alpha & 0xff00_0000
    }

    /// Whether libpng may read cairo's words as B,G,R,X bytes (little-endian;
    /// elsewhere every image takes the RGBA conversion path).
    static let inputBGRX: Int32 = {
        let one: UInt32 = 1
        return withUnsafeBytes(of: one) { $0[0] == 1 } ? 1 : 0
    }()

    static func isOpaque(_ pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int) -> Bool {
        for y in 0..<height {
            let row = (pixels + y * stride).assumingMemoryBound(to: UInt32.self)
            var all: UInt32 = 0xff00_0000
            for x in 0..<width { all &= row[x] }
            if all & 0xff00_0000 != 0xff00_0000 { return false }
        }
        return true
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
