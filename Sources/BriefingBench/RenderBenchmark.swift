@_spi(Benchmark) import BriefingCairo
import BriefingLayout
import CCairo
import Foundation

/// Times the render stage on a chart-like Scene, for `briefing bench-render`
/// and scripts/bench-png: replaying the Scene onto an image surface, cairo's
/// own PNG writer against ours (time and size), and the PDF and SVG writers.
/// Each step runs `iterations` times after one warm-up; the table shows the
/// fastest run (least disturbed by other processes — the machine is shared)
/// and the median; encoders are compared on the fastest runs ("speed-up")
/// and as the median of back-to-back pairs with cairo ("paired").
public enum RenderBenchmark {
    public struct Row: Sendable {
        public var name: String
        /// Fastest run: the least disturbed by other processes.
        public var milliseconds: Double
        public var median: Double
        public var bytes: Int?
        /// For PNG encoders: the median over runs of cairo's time divided by
        /// ours, each pair timed back to back so that load from other
        /// processes hits both alike.
        public var pairedSpeedup: Double? = nil
    }

    public static func run(library: FontLibrary, iterations: Int = 20, scale: Double = 1,
                           encoders: [(String, PNGEncoder)] = []) throws -> [Row] {
        let measurer = PangoTextMeasurer(library: library)
        let scene = SampleScenes.barChart(measurer: measurer)
        let renderer = SceneRenderer(library: library)
        var rows: [Row] = []

        func time(_ body: () throws -> Int?) rethrows -> (Double, Double, Int?) {
            var size: Int? = try body()
            var samples: [Double] = []
            for _ in 0..<max(iterations, 1) {
                let start = DispatchTime.now().uptimeNanoseconds
                size = try body()
                samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            samples.sort()
            return (samples[0], samples[samples.count / 2], size)
        }

        let (draw, drawMedian, _) = try time {
            let s = try renderer.rasterize(scene, scale: scale)
            cairo_surface_destroy(s)
            return nil
        }
        rows.append(Row(name: "replay scene on image surface", milliseconds: draw, median: drawMedian, bytes: nil))

        let surface = try renderer.rasterize(scene, scale: scale)
        defer { cairo_surface_destroy(surface) }
        let (cairoTime, cairoMedian, cairoSize) = time { cairoPNGSize(surface) }
        rows.append(Row(name: "cairo_surface_write_to_png_stream", milliseconds: cairoTime, median: cairoMedian, bytes: cairoSize))

        let data = UnsafeRawPointer(cairo_image_surface_get_data(surface)!)
        let w = Int(cairo_image_surface_get_width(surface)), h = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let candidates = encoders.isEmpty ? [("PNGEncoder.fast (ours)", PNGEncoder.fast)] : encoders
        for (name, encoder) in candidates {
            let (t, m, size) = try time { try encoder.encode(argb32: data, width: w, height: h, stride: stride, dpi: 72 * scale).count }
            var ratios: [Double] = []
            for _ in 0..<max(iterations, 1) {
                let a = DispatchTime.now().uptimeNanoseconds
                _ = cairoPNGSize(surface)
                let b = DispatchTime.now().uptimeNanoseconds
                _ = try encoder.encode(argb32: data, width: w, height: h, stride: stride, dpi: 72 * scale)
                let c = DispatchTime.now().uptimeNanoseconds
                ratios.append(Double(b - a) / Double(max(c - b, 1)))
            }
            ratios.sort()
            rows.append(Row(name: name, milliseconds: t, median: m, bytes: size, pairedSpeedup: ratios[ratios.count / 2]))
        }
        var fresh: [Double] = []
        for _ in 0..<max(iterations, 1) {
            let s = try renderer.rasterize(scene, scale: scale)
            let a = DispatchTime.now().uptimeNanoseconds
            _ = try renderer.pngEncoder.encode(argb32: UnsafeRawPointer(cairo_image_surface_get_data(s)!), width: w, height: h,
                                               stride: stride, dpi: 72 * scale)
            fresh.append(Double(DispatchTime.now().uptimeNanoseconds - a) / 1e6)
            cairo_surface_destroy(s)
        }
        fresh.sort()
        rows.append(Row(name: "encode a freshly drawn surface", milliseconds: fresh[0], median: fresh[fresh.count / 2], bytes: nil))
        let fontCheck = FontCheck(library: renderer.library)
        let (checkTime, checkMedian, _) = try time { try fontCheck.check(scene); return nil }
        rows.append(Row(name: "font check of every text run", milliseconds: checkTime, median: checkMedian, bytes: nil))
        let (pngTotal, pngMedian, pngSize) = try time { try renderer.png(scene, scale: scale).count }
        rows.append(Row(name: "png(scene) total: check + draw + encode", milliseconds: pngTotal, median: pngMedian, bytes: pngSize))
        let (pdfTime, pdfMedian, pdfSize) = try time { try renderer.pdf(scene).count }
        rows.append(Row(name: "pdf(scene)", milliseconds: pdfTime, median: pdfMedian, bytes: pdfSize))
        let (svgTime, svgMedian, svgSize) = try time { try renderer.svg(scene).utf8.count }
        rows.append(Row(name: "svg(scene)", milliseconds: svgTime, median: svgMedian, bytes: svgSize))
        let strings = (0..<2000).map { "\($0 * 37),\($0 % 1000)만 달러" }
        let font = FontSpec(family: "NanumGothic", size: 13)
        let (measureTime, measureMedian, _) = time {
            let m = PangoTextMeasurer(library: library)
            for s in strings { _ = m.measure(s, font: font) }
            return nil
        }
        rows.append(Row(name: "measure 2,000 distinct labels (new measurer)", milliseconds: measureTime, median: measureMedian, bytes: nil))
        let (libraryTime, libraryMedian, _) = time { _ = FontLibrary(); return nil }
        rows.append(Row(name: "FontLibrary() (private fontconfig, cached)", milliseconds: libraryTime, median: libraryMedian, bytes: nil))
        let (firstTime, firstMedian, _) = time {
            _ = PangoTextMeasurer(library: library).measure("수출 1,000만 달러", font: font)
            return nil
        }
        rows.append(Row(name: "new measurer + first measure", milliseconds: firstTime, median: firstMedian, bytes: nil))
        return rows
    }

    /// A table with each PNG encoder's speed-up and size ratio against cairo's.
    public static func table(_ rows: [Row], scale: Double) -> String {
        let cairo = rows.first { $0.name.hasPrefix("cairo_surface_write_to_png") }
        // `%g`: 1, 2, 1.5 — the scale as it was typed, without trailing zeros.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var out = "render benchmark: 1200×675 pt bar chart at scale \(String(format: "%g", scale)), \(cores) cores\n"
        out += "step".padding(toLength: 48, withPad: " ", startingAt: 0) + "  min ms  median ms     bytes  speed-up   size  paired\n"
        for r in rows {
            var line = r.name.padding(toLength: 48, withPad: " ", startingAt: 0)
            line += String(format: "%8.2f %10.2f", r.milliseconds, r.median)
            line += r.bytes.map { String(format: "%10d", $0) } ?? String(repeating: " ", count: 10)
            if let cairo, let b = r.bytes, let cb = cairo.bytes, r.pairedSpeedup != nil {
                line += String(format: "  %6.1f×  %5.2f×", cairo.milliseconds / r.milliseconds, Double(b) / Double(cb))
                if let p = r.pairedSpeedup { line += String(format: "  %5.1f×", p) }
            }
            out += line + "\n"
        }
        return out
    }

    private static func cairoPNGSize(_ surface: OpaquePointer) -> Int {
        var count = 0
        withUnsafeMutablePointer(to: &count) { ptr in
            _ = cairo_surface_write_to_png_stream(surface, { closure, _, length in
                closure!.assumingMemoryBound(to: Int.self).pointee += Int(length)
                return CAIRO_STATUS_SUCCESS
            }, ptr)
        }
        return count
    }
}
