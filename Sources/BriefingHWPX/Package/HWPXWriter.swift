import BriefingCore
import BriefingLayout

/// A briefing as an HWPX package (OWPML, KS X 6101; 한글's open format and
/// the government's standard document format), beside the PDF, so the
/// 팀장 who rewords a bullet edits the briefing instead of retyping it —
/// and a retyped figure is the error this tool exists to prevent.
///
/// Built from the `BriefingSpec` (the blocks with their texts, tables and
/// charts), not from the laid-out pages: text stays text, every table cell a
/// cell, charts are pictures (PNG) described by their alt text.
///
/// ```swift
/// let writer = HWPXWriter { scene in try renderer.png(scene, scale: HWPXWriter.pictureScale) }
/// let bytes = try writer.package(spec, metadata: HWPXMetadata(title: "…", date: "2024. 4. 7.(일)",
///                                                             department: "경제정책과", language: "ko"))
/// // hwpx-validate-package and hwpx-validate: no errors
/// ```
///
/// The same spec gives the same bytes: ids count in document order, the ZIP
/// entries carry one fixed time, the metadata holds no clock.
public struct HWPXWriter {
    /// Device pixels a point for chart pictures: 3 is 216 dpi at the size the
    /// chart is placed, over the 200 dpi print needs.
    public static let pictureScale = 3.0

    /// A chart's PNG; `ReportRenderer` draws it with Cairo at `pictureScale`.
    public let picture: (Scene) throws -> [UInt8]

    public init(picture: @escaping (Scene) throws -> [UInt8]) { self.picture = picture }

    public func package(_ spec: BriefingSpec, metadata: HWPXMetadata) throws -> [UInt8] {
        var page = spec.page
        page.kpiValueFont.size = TileFit.valueSize(spec)
        var section = SectionWriter(page: page, picture: picture)
        let sectionXML = try section.xml(spec)
        var zip = ZipWriter()
        // First and stored: a reader sniffs the type at offset 38.
        try zip.add("mimetype", Array(PackageParts.mimetype.utf8), method: .stored)
        try zip.add("version.xml", Array(PackageParts.version.utf8))
        try zip.add("Contents/header.xml", Array(HeaderPart(page: page).xml().utf8))
        try zip.add("Contents/section0.xml", Array(sectionXML.utf8))
        try zip.add("Preview/PrvText.txt", Array(PreviewText.of(spec).utf8))
        try zip.add("settings.xml", Array(PackageParts.settings.utf8))
        for (n, png) in section.images.enumerated() {
            // PNG is compressed already.
            try zip.add("BinData/image\(n + 1).png", png, method: .stored)
        }
        try zip.add("Contents/content.hpf", Array(PackageParts.content(metadata, images: section.images.count).utf8))
        try zip.add("META-INF/container.xml", Array(PackageParts.container.utf8))
        try zip.add("META-INF/manifest.xml", Array(PackageParts.manifest.utf8))
        return zip.finish()
    }
}
