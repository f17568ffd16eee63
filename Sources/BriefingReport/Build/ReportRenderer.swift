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
    /// Whether the charts the template exports alone for the press are written too.
    public var pressCharts: Bool = true

    public init(locale: ReportLocale, formats: Set<String> = ["pdf", "png", "svg"], creationDate: String? = nil, baseName: String) {
        self.locale = locale
        self.formats = formats
        self.creationDate = creationDate
        self.baseName = baseName
    }

    /// The template's short name (see `TemplateName`).
    public static func baseName(forTemplate path: String) -> String { TemplateName.of(path) }
}

/// Lays out and draws a prepared report: the briefing PDF, its pages as PNG,
/// and the press charts the template exports. Everything is rendered to
/// memory first; the caller writes the files only when all succeeded.
public final class ReportRenderer {
    public let renderer: SceneRenderer
    public let measurer: PangoTextMeasurer
    /// What the chart layout left out to stay legible (value labels on a
    /// crowded chart …), by chart: shown to the user, never dropped silently.
    public private(set) var warnings: [String] = []

    public init(library: FontLibrary) {
        renderer = SceneRenderer(library: library)
        // One font map for both: a second would load and shape every font again.
        measurer = PangoTextMeasurer(sharingFontsOf: renderer)
    }

    public func render(_ report: PreparedReport, _ request: RenderRequest) throws -> [RenderedFile] {
        let filler = TextFiller(template: report.template, figures: report.figures,
                                text: FigureText(formatter: FigureFormatter(locale: request.locale)))
        let charts = ChartBuilder(report: report, filler: filler)
        let suffix = request.locale == report.template.locale ? "" : ".\(request.locale.rawValue)"
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
        for c in report.template.charts where request.pressCharts {
            guard let press = c.press else { continue }
            let scene = try chartScene(c, builder: charts, size: Size(Double(press.width), Double(press.height)))
            for f in press.formats {
                switch f {
                case .png where request.formats.contains("png"):
                    files.append(RenderedFile(name: "\(base)-\(c.id).png", bytes: try renderer.png(scene, scale: 1)))
                case .png2x where request.formats.contains("png"):
                    files.append(RenderedFile(name: "\(base)-\(c.id)@2x.png", bytes: try renderer.png(scene, scale: 2)))
                case .pdf where request.formats.contains("pdf"):
                    // Subject: the briefing the chart belongs to, when the template has one.
                    let metadata = DocumentMetadata.pressChart(
                        title: filler.fill(c.title) ?? "", subject: report.template.document.flatMap { filler.fill($0.title) },
                        locale: request.locale, creationDate: request.creationDate)
                    let pdf = try renderer.pdf(Document(pages: [scene], metadata: metadata))
                    files.append(RenderedFile(name: "\(base)-\(c.id).pdf", bytes: pdf))
                case .svg where request.formats.contains("svg"):
                    files.append(RenderedFile(name: "\(base)-\(c.id).svg", bytes: Array(try renderer.svg(scene).utf8)))
                default: break
                }
            }
        }
        return files
    }

    public func chartScene(_ c: ChartDefinition, builder: ChartBuilder, size: Size) throws -> Scene {
        let (spec, numbers) = try builder.spec(c, size: size)
        let result = try ChartLayout(measurer: measurer, formatter: numbers.valueFormatter,
                                     secondaryFormatter: numbers.secondaryFormatter).layoutReport(spec)
        for w in result.warnings {
            let text = "chart '\(c.id)' at \(Int(size.width))×\(Int(size.height)): \(w)"
            if !warnings.contains(text) { warnings.append(text) }
        }
        return result.scene
    }

    /// The Korean-report defaults, with what the template's `style:` changes.
    static func pageStyle(_ d: DocumentSpec) -> PageStyle {
        let st = d.style
        let defaults = FontFamilies.nanum
        let fonts = FontFamilies(gothic: st.gothic ?? defaults.gothic, myeongjo: st.myeongjo ?? defaults.myeongjo,
                                 display: st.display ?? defaults.display)
        var margins = PageMargins.standard
        if let v = st.marginTop { margins.top = mm(v) }
        if let v = st.marginLeft { margins.left = mm(v) }
        if let v = st.marginBottom { margins.bottom = mm(v) }
        if let v = st.marginRight { margins.right = mm(v) }
        var page = PageStyle(orientation: d.orientation, margins: margins,
                             fonts: fonts, lineSpacing: st.lineSpacing ?? 1.6)
        if let t = st.titleSize { page.titleFont.size = t }
        if let b = st.bodySize {
            page.bodyFont.size = b
            page.subDetailFont.size = b - 1
            page.headlineFont.size = b + 1
        }
        if let n = st.noteSize { page.noteFont.size = n }
        return page
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
        var page = Self.pageStyle(d)
        page.labels = request.locale == .ko ? .korean : .english
        let builder = DocumentBuilder(report: report, filler: filler)
        let spec = try builder.spec(page: page) { id, width in
            let c = report.template.charts.first { $0.id == id }!
            let alt = filler.fill(c.title) ?? c.id
            if let h = c.height {
                return ChartPlacement(full: try self.chartScene(c, builder: charts, size: Size(width, h)), alt: alt)
            }
            // An A4-half figure, half as tall as it is wide; and shorter ones,
            // down to a third, that the page layout takes rather than leave a gap.
            let full = try self.chartScene(c, builder: charts, size: Size(width, (width * 0.5).rounded()))
            let shorter = try [0.46, 0.42, 0.38, 0.34].map { ratio in
                try self.chartScene(c, builder: charts, size: Size(width, max(150, (width * ratio).rounded())))
            }
            return ChartPlacement(full: full, shorter: shorter, alt: alt)
        }
        let metadata = DocumentMetadata(title: filler.fill(d.title), author: filler.fill(d.department), subject: filler.fill(d.title),
                                        creator: "briefing", creationDate: request.creationDate,
                                        language: request.locale.languageTag)
        return try DocumentLayout(measurer: measurer).layout(spec, metadata: metadata)
    }
}
