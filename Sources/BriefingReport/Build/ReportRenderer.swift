import BriefingCairo
import BriefingCore
import BriefingHWPX
import BriefingLayout

/// Draws a prepared report: the briefing PDF, its pages as PNG, and the
/// press charts the template exports. Layout is `ReportLayout`'s, with Pango
/// measuring; everything is rendered to memory first, and the caller writes
/// the files only when all succeeded.
public final class ReportRenderer {
    public let renderer: SceneRenderer
    public let measurer: PangoTextMeasurer

    public init(library: FontLibrary) {
        renderer = SceneRenderer(library: library)
        // One font map for both: a second would load and shape every font again.
        measurer = PangoTextMeasurer(sharingFontsOf: renderer)
    }

    var layout: ReportLayout<PangoTextMeasurer> { ReportLayout(measurer: measurer) }

    /// The files `request` asks for, and what the printed charts left out.
    public func render(_ report: PreparedReport, _ request: RenderRequest) throws -> RenderResult {
        let wantsDocument = !request.formats.isDisjoint(with: ["pdf", "png", "hwpx"])
        let laidOut = try layout.layout(report, request, document: wantsDocument)
        let suffix = request.locale == report.template.locale ? "" : ".\(request.locale.rawValue)"
        let base = request.baseName + suffix
        var files: [RenderedFile] = []
        if let document = laidOut.document {
            files += try briefingFiles(document, base: base, formats: request.formats)
        }
        if request.formats.contains("hwpx"), let spec = laidOut.spec {
            files.append(RenderedFile(name: "\(base).hwpx", bytes: try hwpx(spec, locale: request.locale)))
        }
        for press in laidOut.pressCharts {
            files += try pressFiles(press, base: base, formats: request.formats)
        }
        return RenderResult(files: files, warnings: laidOut.warnings)
    }

    /// The briefing as PDF and, 2× (144 dpi: sharp enough to read on a phone
    /// when posted in a messenger), one PNG a page.
    func briefingFiles(_ document: Document, base: String, formats: Set<String>) throws -> [RenderedFile] {
        var files: [RenderedFile] = []
        if formats.contains("pdf") {
            files.append(RenderedFile(name: "\(base).pdf", bytes: try renderer.pdf(document)))
        }
        if formats.contains("png") {
            for (i, page) in document.pages.enumerated() {
                files.append(RenderedFile(name: "\(base)-p\(i + 1).png", bytes: try renderer.png(page, scale: 2)))
            }
        }
        return files
    }

    /// The briefing as an editable 한글 document; its charts drawn at print resolution.
    func hwpx(_ spec: BriefingSpec, locale: ReportLocale) throws -> [UInt8] {
        let metadata = HWPXMetadata(title: spec.header.title, date: spec.header.date, department: spec.header.department,
                                    language: locale.languageTag)
        return try HWPXWriter { [renderer] scene in try renderer.png(scene, scale: HWPXWriter.pictureScale) }
            .package(spec, metadata: metadata)
    }

    /// One press chart in each of its `press:` formats that `formats` allows.
    func pressFiles(_ press: PressChartScene, base: String, formats: Set<String>) throws -> [RenderedFile] {
        let name = "\(base)-\(press.chart.id)"
        var files: [RenderedFile] = []
        for f in press.chart.press?.formats ?? [] {
            switch f {
            case .png where formats.contains("png"):
                files.append(RenderedFile(name: "\(name).png", bytes: try renderer.png(press.scene, scale: 1)))
            case .png2x where formats.contains("png"):
                files.append(RenderedFile(name: "\(name)@2x.png", bytes: try renderer.png(press.scene, scale: 2)))
            case .pdf where formats.contains("pdf"):
                let pdf = try renderer.pdf(Document(pages: [press.scene], metadata: press.metadata))
                files.append(RenderedFile(name: "\(name).pdf", bytes: pdf))
            case .svg where formats.contains("svg"):
                files.append(RenderedFile(name: "\(name).svg", bytes: Array(try renderer.svg(press.scene).utf8)))
            default: break
            }
        }
        return files
    }

    /// The briefing sheet of `report` laid out for `request`, without the
    /// press charts (nil when the template has no document). The benchmark
    /// times this apart from drawing.
    public func briefingDocument(_ report: PreparedReport, _ request: RenderRequest) throws -> Document? {
        var briefingOnly = request
        briefingOnly.pressCharts = false
        return try layout.layout(report, briefingOnly).document
    }
}
