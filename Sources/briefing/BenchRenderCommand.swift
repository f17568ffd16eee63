import ArgumentParser
import BriefingBench
import BriefingCairo

/// `briefing bench-render`: times the render stage in-process (see
/// `RenderBenchmark`); scripts/bench-png runs it on a release build.
struct BenchRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-render",
        abstract: "Time drawing and PNG/PDF/SVG writing of a 1200×675 chart-like scene.",
        shouldDisplay: false
    )

    @Option(help: "Runs a figure (the median is shown).")
    var iterations = 20

    @Option(help: "Device pixels a point (1, or 2 for retina).")
    var scale = 1.0

    @Flag(help: "Also try other zlib levels, strategies and row filters.")
    var sweep = false

    func run() throws {
        var encoders: [(String, PNGEncoder)] = [("PNGEncoder.fast (ours, parallel parts)", .fast),
                                                ("PNGEncoder.fastSingleThread (ours)", .fastSingleThread)]
        if sweep {
            for rows in [32, 64, 128] {
                for level in [1, 2, 3] {
                    for mem in [4, 6, 8] {
                        encoders.append(("  parts of \(rows) rows, zlib \(level), memLevel \(mem)",
                                         PNGEncoder(zlibLevel: level, strategy: .default, filters: .none, partRows: rows,
                                                    memoryLevel: mem)))
                    }
                }
            }
            for level in [1, 2, 3, 6] {
                for strategy in [PNGEncoder.Strategy.default, .rle, .filtered] {
                    let filterChoices: [(String, PNGEncoder.Filters)] = [
                        ("none", .none), ("sub", .sub), ("up", .up), ("paeth", .paeth), ("all", .all),
                    ]
                    for (fname, filters) in filterChoices {
                        let encoder = PNGEncoder(zlibLevel: level, strategy: strategy, filters: filters)
                        encoders.append(("  zlib \(level) \(strategy) \(fname)", encoder))
                    }
                }
            }
        }
        let rows = try RenderBenchmark.run(library: FontLibrary.makeStandard(), iterations: iterations, scale: scale, encoders: encoders)
        print(RenderBenchmark.table(rows, scale: scale), terminator: "")
    }
}
