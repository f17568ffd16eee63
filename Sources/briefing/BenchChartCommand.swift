import ArgumentParser
import BriefingCairo
import BriefingCore
import BriefingLayout
import BriefingReport
import Foundation

/// `briefing bench-chart`: times, in one process, what `briefing chart`
/// does per chart — laying out a bar chart from a CSV and drawing it to PNG,
/// PDF and SVG bytes — against replaying the finished Scene alone, and the
/// one-off set-up a process pays (font library, Pango font maps).
/// scripts/bench-chart runs it next to matplotlib and whole-process timings.
///
/// Each figure is the median of `iterations` runs after one warm-up.
/// "layout + draw" builds the Scene anew each time with the process's text
/// measurer after it forgot every measurement (so every label is shaped
/// again, as for a chart never seen before; fonts stay loaded, as in a
/// process that has drawn one chart), then renders it with the renderer kept
/// for the run; "replay" renders the same finished Scene. Layout with a new
/// measurer (its own font map) and with a warm memo are shown too.
struct BenchChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-chart",
        abstract: "Time layout + drawing of a press bar chart against replaying its Scene.",
        shouldDisplay: false
    )

    @Argument(help: "The CSV file.") var file: String
    @Option(help: "Column of categories.") var x: String
    @Option(help: "Column of values.") var y: String
    @Option(help: "Title.") var title: String = "지역별 수출계약액"
    @Option(help: "Source line.") var source: String = "자료: 광주 북구"
    @Option(help: "Size WIDTHxHEIGHT.") var size: String = "1200x675"
    @Option(help: "Runs a figure (the median is shown).") var iterations = 100
    @Flag(help: "Print `key<TAB>milliseconds` lines instead of a table (for scripts).") var tsv = false

    func run() throws {
        guard let (w, h) = TemplateReader.parseSize(size) else { throw ValidationError("--size takes WIDTHxHEIGHT") }
        var rows: [(key: String, name: String, ms: Double)] = []
        func add(_ key: String, _ name: String, _ ms: Double) { rows.append((key, name, ms)) }
        func clock() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
        func ms(since start: UInt64) -> Double { Double(clock() - start) / 1e6 }

        // One-off costs, timed once, before anything else warms them up.
        var start = clock()
        let library = FontLibrary.makeStandard()
        add("startup.fontlibrary", "FontLibrary.makeStandard() (private fontconfig)", ms(since: start))
        start = clock()
        let firstMeasurer = PangoTextMeasurer(library: library)
        add("startup.measurer", "PangoTextMeasurer() (font map + context)", ms(since: start))
        start = clock()
        let renderer = SceneRenderer(library: library)
        add("startup.renderer", "SceneRenderer() (font map + context)", ms(since: start))

        start = clock()
        let (spec, numbers) = try makeSpec(width: w, height: h)
        add("startup.csv", "read CSV + chart spec", ms(since: start))
        let formatter = numbers.valueFormatter
        start = clock()
        let scene = try ChartLayout(measurer: firstMeasurer, formatter: formatter).layout(spec)
        add("startup.layout", "first layout (fonts loaded, shaping caches cold)", ms(since: start))
        start = clock()
        _ = try renderer.png(scene)
        add("startup.png", "first png(scene)", ms(since: start))
        start = clock()
        _ = try renderer.pdf(scene)
        add("startup.pdf", "first pdf(scene)", ms(since: start))
        start = clock()
        _ = try renderer.svg(scene)
        add("startup.svg", "first svg(scene)", ms(since: start))

        func median(_ body: () throws -> Void) rethrows -> Double {
            try body()
            var samples: [Double] = []
            for _ in 0..<max(iterations, 1) {
                let s = clock()
                try body()
                samples.append(ms(since: s))
            }
            samples.sort()
            return samples[samples.count / 2]
        }
        // Replay and layout + draw alternate run by run, so that other jobs
        // on the machine slow both alike.
        func medians(_ a: () throws -> Void, _ b: () throws -> Void) rethrows -> (Double, Double) {
            try a(); try b()
            var sa: [Double] = [], sb: [Double] = []
            for _ in 0..<max(iterations, 1) {
                var s = clock(); try a(); sa.append(ms(since: s))
                s = clock(); try b(); sb.append(ms(since: s))
            }
            sa.sort(); sb.sort()
            return (sa[sa.count / 2], sb[sb.count / 2])
        }
        func layout() throws -> Scene {
            firstMeasurer.forgetMeasurements()
            return try ChartLayout(measurer: firstMeasurer, formatter: formatter).layout(spec)
        }
        add("layout", "layout (measurer kept, memo cleared)", try median { _ = try layout() })
        add("layout.new", "layout (new measurer: own font map)", try median {
            _ = try ChartLayout(measurer: PangoTextMeasurer(library: library), formatter: formatter).layout(spec)
        })
        add("layout.warm", "layout (measurer kept, memo warm)", try median {
            _ = try ChartLayout(measurer: firstMeasurer, formatter: formatter).layout(spec)
        })
        // What one `briefing chart -o x.png` pays for font maps: a new
        // measurer and renderer each (as ChartCommand does), or a renderer
        // and a measurer on its font map.
        let (separate, shared) = try medians({
            let r = SceneRenderer(library: library)
            _ = try r.png(ChartLayout(measurer: PangoTextMeasurer(library: library), formatter: formatter).layout(spec))
        }, {
            let r = SceneRenderer(library: library)
            _ = try r.png(ChartLayout(measurer: PangoTextMeasurer(sharingFontsOf: r), formatter: formatter).layout(spec))
        })
        do {  // the same picture either way (after the renderer has drawn, too)
            let r = SceneRenderer(library: library)
            let m = PangoTextMeasurer(sharingFontsOf: r)
            let first = try ChartLayout(measurer: m, formatter: formatter).layout(spec)
            _ = try r.png(first, scale: 2); _ = try r.pdf(first)
            m.forgetMeasurements()
            let again = try ChartLayout(measurer: m, formatter: formatter).layout(spec)
            guard first == scene, again == scene, try r.png(again) == renderer.png(scene) else {
                throw ValidationError("a measurer sharing the renderer's fonts laid out a different chart")
            }
        }
        add("fontmaps.separate.png", "new measurer + renderer, layout + PNG", separate)
        add("fontmaps.shared.png", "new renderer + measurer sharing its fonts, same", shared)
        for (key, render) in [("png", { (s: Scene) in _ = try renderer.png(s) }),
                              ("pdf", { (s: Scene) in _ = try renderer.pdf(s) }),
                              ("svg", { (s: Scene) in _ = try renderer.svg(s) })] as [(String, (Scene) throws -> Void)] {
            let (replay, full) = try medians({ try render(scene) }, { try render(try layout()) })
            add("replay.\(key)", "replay Scene → \(key.uppercased())", replay)
            add("full.\(key)", "layout + draw → \(key.uppercased())", full)
        }

        if tsv {
            for r in rows { print("\(r.key)\t\(String(format: "%.4f", r.ms))") }
            return
        }
        print("bench-chart: \(spec.data.categories.count)-bar chart \(w)×\(h) from \(file), median of \(iterations)")
        for r in rows {
            print(r.name.padding(toLength: 52, withPad: " ", startingAt: 0) + String(format: "%9.3f ms", r.ms))
        }
        for key in ["png", "pdf", "svg"] {
            let full = rows.first { $0.key == "full.\(key)" }!.ms, replay = rows.first { $0.key == "replay.\(key)" }!.ms
            print(String(format: "%@: layout + draw / replay = %.2f×", key.uppercased(), full / replay))
        }
    }

    /// The spec `briefing chart FILE --type bar --x X --y Y --title … --source …` builds.
    private func makeSpec(width: Int, height: Int) throws -> (ChartSpec, ChartNumbers) {
        let table = try CSVImporter.read(path: file).table
        let formatter = FigureFormatter(locale: .ko)
        let rows = try Measures(table).rows(where: [])
        let (data, unit) = try TableChartData.make(table: table, x: x, y: [y], rows: rows, formatter: formatter)
        let numbers = try ChartNumbers(data: data, unit: unit, scale: .column, formatter: formatter)
        let spec = ChartSpec(kind: .bar, title: title, unitLine: numbers.unitLine, source: source,
                             size: Size(Double(width), Double(height)), data: numbers.data)
        return (spec, numbers)
    }
}
