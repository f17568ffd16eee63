import ArgumentParser
import BriefingCairo
import BriefingCore
import BriefingLayout
import BriefingReport
import Foundation

/// `briefing bench-briefing`: times, in one process, the briefing PDF from
/// template to bytes against replaying the finished Document alone, so the
/// cost of everything before drawing (reading, computing, laying out) is
/// visible. scripts/bench-briefing runs it on a release build.
struct BenchBriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-briefing",
        abstract: "Time a briefing PDF in-process: prepare + layout + draw vs replaying the Document.",
        discussion: """
        Example:
          briefing bench-briefing templates/usa-2024/briefing.yaml --iterations 50
        """,
        shouldDisplay: false
    )

    @Argument(help: "The report template (YAML).")
    var template: String

    @Option(help: "Runs a figure (the median is shown).")
    var iterations = 30

    @Option(help: "Locale: ko or en (default: the template's).")
    var locale: ReportLocale?

    func run() throws {
        let first = try PreparedReport.prepare(templatePath: template, rehearse: false)
        let request = RenderRequest(locale: locale ?? first.template.locale,
                                    formats: ["pdf"], creationDate: "2024-04-07T09:00:00+09:00",
                                    baseName: RenderRequest.baseName(forTemplate: template))
        let fonts = FontLibrary.makeStandard()
        let renderer = ReportRenderer(library: fonts)
        guard let document = try renderer.briefingDocument(first, request) else {
            throw ValidationError("\(template) has no document: to benchmark")
        }
        var sink = 0
        // Warm up: fonts loaded, glyph caches filled, as in every later run.
        for _ in 0..<3 { sink &+= try renderer.renderer.pdf(document).count }

        // Interleaved (replay, layout, prepare, full, replay …): on a shared
        // machine a burst of load then falls on every measure alike.
        let kinds: [(String, () throws -> Void)] = [
            ("replay", { sink &+= try renderer.renderer.pdf(document).count }),
            ("layout", { sink &+= try renderer.briefingDocument(first, request)!.pages.count }),
            ("prepare", { sink &+= try PreparedReport.prepare(templatePath: template, rehearse: false).figures.count }),
            ("full", {
                let report = try PreparedReport.prepare(templatePath: template, rehearse: false)
                let document = try renderer.briefingDocument(report, request)!
                sink &+= try renderer.renderer.pdf(document).count
            }),
        ]
        var samples = [String: [Double]]()
        for _ in 0..<iterations {
            for (name, body) in kinds { samples[name, default: []].append(try Self.seconds(body)) }
        }
        // A fresh renderer loads its fonts again: what one `briefing render` process pays.
        for _ in 0..<max(5, iterations / 5) {
            samples["cold", default: []].append(try Self.seconds {
                let fresh = ReportRenderer(library: fonts)
                let report = try PreparedReport.prepare(templatePath: template, rehearse: false)
                sink &+= try fresh.renderer.pdf(try fresh.briefingDocument(report, request)!).count
            })
        }
        let median = samples.mapValues { $0.sorted()[$0.count / 2] }
        let (replay, layout, prepare) = (median["replay"]!, median["layout"]!, median["prepare"]!)
        let (full, cold) = (median["full"]!, median["cold"]!)
        func ms(_ s: Double) -> String { String(format: "%8.2f ms", s * 1000) }
        let pages = "\(document.pages.count) page\(document.pages.count == 1 ? "" : "s")"
        print("in-process, \(iterations) runs each, median (\(pages), \(sink % 10) ignore)")
        print("  replay Document → PDF bytes            \(ms(replay))")
        print("  layout (texts filled, charts, pages)   \(ms(layout))")
        print("  prepare (read, check, compute)         \(ms(prepare))")
        let ofReplay = String(format: "%.2f×", full / replay)
        print("  prepare + layout + draw → PDF bytes    \(ms(full))   \(ofReplay) of replay (target ≤ 1.5×)")
        print("  same, with a new renderer (font map)   \(ms(cold))   \(String(format: "%.2f×", cold / replay)) of replay")
        print(String(format: "RESULT replay_ms=%.3f layout_ms=%.3f prepare_ms=%.3f full_ms=%.3f cold_ms=%.3f",
                     replay * 1000, layout * 1000, prepare * 1000, full * 1000, cold * 1000))
    }

    /// Wall time of one run of `body`, in seconds.
    static func seconds(_ body: () throws -> Void) throws -> Double {
        let t0 = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
    }
}
