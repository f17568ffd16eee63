import BriefingCairo
import BriefingCore
import BriefingLayout
import Foundation

/// A file a report produces, complete in memory before anything is written.
public struct RenderedFile: Sendable {
    public var name: String
    public var bytes: [UInt8]
}

/// What `briefing render` writes.
public struct RenderRequest: Sendable {
    public var locale: ReportLocale
    /// Any of `pdf`, `png` (page previews and press PNGs), `svg` (press charts).
    public var formats: Set<String>
    /// ISO 8601 with offset, for the PDF's CreationDate; passed in by the CLI.
    public var creationDate: String?
    /// The base of every file name: `usa-2024` → `usa-2024.pdf`, `usa-2024-p1.png`.
    public var baseName: String

    public init(locale: ReportLocale, formats: Set<String> = ["pdf", "png", "svg"], creationDate: String? = nil, baseName: String) {
        self.locale = locale
        self.formats = formats
        self.creationDate = creationDate
        self.baseName = baseName
    }

    /// `templates/usa-2024/briefing.yaml` → `usa-2024`; `monthly.yaml` → `monthly`.
    /// A generic file name takes its folder's name, which says more.
    public static func baseName(forTemplate path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().lastPathComponent
        let folder = url.deletingLastPathComponent().lastPathComponent
        return ["briefing", "report", "template"].contains(stem) && !folder.isEmpty && folder != "." ? folder : stem
    }
}

/// Lays out and draws a prepared report: the briefing PDF, its pages as PNG,
/// and the press charts the template exports. Everything is rendered to
/// memory first; the caller writes the files only when all succeeded.
public final class ReportRenderer {
    public let renderer: SceneRenderer
    public let measurer: PangoTextMeasurer

    public init(library: FontLibrary = .standard) {
        renderer = SceneRenderer(library: library)
        // One font map for both: a second would load and shape every font again.
        measurer = PangoTextMeasurer(sharingFontsOf: renderer)
    }

    public func render(_ report: PreparedReport, _ request: RenderRequest) throws -> [RenderedFile] {
        let filler = TextFiller(template: report.template, figures: report.figures,
                                text: FigureText(formatter: FigureFormatter(locale: request.locale)))
        let charts = ChartBuilder(report: report, filler: filler)
        let suffix = request.locale.rawValue == report.template.locale ? "" : ".\(request.locale.rawValue)"
        let base = request.baseName + suffix
        var files: [RenderedFile] = []

        if report.template.document != nil, !request.formats.isDisjoint(with: ["pdf", "png"]) {
            let document = try briefing(report, filler: filler, charts: charts, request: request)
            if request.formats.contains("pdf") {
                files.append(RenderedFile(name: "\(base).pdf", bytes: try renderer.pdf(document)))
            }
            if request.formats.contains("png") {
                for (i, page) in document.pages.enumerated() {
                    // 2× (144 dpi): sharp enough to read on a phone when posted in a messenger.
                    files.append(RenderedFile(name: "\(base)-p\(i + 1).png", bytes: try renderer.png(page, scale: 2)))
                }
            }
        }
        for c in report.template.charts {
            guard let press = c.press else { continue }
            let scene = try chartScene(c, builder: charts, size: Size(Double(press.width), Double(press.height)))
            for f in press.formats {
                switch f {
                case "png" where request.formats.contains("png"):
                    files.append(RenderedFile(name: "\(base)-\(c.id).png", bytes: try renderer.png(scene, scale: 1)))
                case "png@2x" where request.formats.contains("png"):
                    files.append(RenderedFile(name: "\(base)-\(c.id)@2x.png", bytes: try renderer.png(scene, scale: 2)))
                case "pdf" where request.formats.contains("pdf"):
                    files.append(RenderedFile(name: "\(base)-\(c.id).pdf", bytes: try renderer.pdf(scene)))
                case "svg" where request.formats.contains("svg"):
                    files.append(RenderedFile(name: "\(base)-\(c.id).svg", bytes: Array(try renderer.svg(scene).utf8)))
                default: break
                }
            }
        }
        return files
    }

    public func chartScene(_ c: ChartDefinition, builder: ChartBuilder, size: Size) throws -> Scene {
        let (spec, unit) = try builder.spec(c, size: size)
        return try ChartLayout(measurer: measurer, formatter: builder.valueFormatter(unit: unit)).layout(spec)
    }

    /// The briefing sheet of `report` laid out for `request` (nil when the
    /// template has no document). The benchmark times this apart from drawing.
    public func briefingDocument(_ report: PreparedReport, _ request: RenderRequest) throws -> Document? {
        guard report.template.document != nil else { return nil }
        let filler = TextFiller(template: report.template, figures: report.figures,
                                text: FigureText(formatter: FigureFormatter(locale: request.locale)))
        return try briefing(report, filler: filler, charts: ChartBuilder(report: report, filler: filler), request: request)
    }

    /// The briefing sheet as a laid-out document.
    public func briefing(_ report: PreparedReport, filler: TextFiller, charts: ChartBuilder, request: RenderRequest) throws -> Document {
        let d = report.template.document!
        let page: PageStyle = d.orientation == "landscape" ? .a4Landscape : .a4Portrait
        let builder = DocumentBuilder(report: report, filler: filler)
        let spec = try builder.spec(page: page) { id, width in
            let c = report.template.charts.first { $0.id == id }!
            // An A4-half figure: about 0.42 of the column's width tall (a quarter
            // of the page), unless the template says.
            let size = Size(width, c.height ?? (width * 0.42).rounded())
            return (try self.chartScene(c, builder: charts, size: size), filler.fill(c.title) ?? c.id)
        }
        let metadata = DocumentMetadata(title: filler.fill(d.title), author: filler.fill(d.department), subject: filler.fill(d.title),
                                        creator: "briefing", creationDate: request.creationDate,
                                        language: request.locale == .ko ? "ko-KR" : "en")
        return try DocumentLayout(measurer: measurer).layout(spec, metadata: metadata)
    }
}
