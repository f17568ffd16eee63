import BriefingLayout

/// `Contents/section0.xml`: the briefing's blocks, in reading order, as the
/// objects a person edits in 한글 — paragraphs with shapes, tables with
/// cells, pictures. Built from the document spec, not from the laid-out
/// pages: HWPX is a word processor's document, and 한글 breaks the lines
/// and pages itself.
///
/// Ids are counted from 1 in document order, so the same spec gives the
/// same XML. Chart pictures are collected in `images` (BinData) as they
/// are met.
struct SectionWriter {
    let page: PageStyle
    /// A chart's PNG at print resolution.
    let picture: (Scene) throws -> [UInt8]
    /// The PNGs of the pictures written, in order: `BinData/image1.png` is the first.
    var images: [[UInt8]] = []
    private var nextID = 1
    private var pageBreakNext = false

    init(page: PageStyle, picture: @escaping (Scene) throws -> [UInt8]) {
        self.page = page
        self.picture = picture
    }

    var contentWidth: HWPUnit { HWPUnit(points: page.contentRect.width) }

    mutating func xml(_ spec: BriefingSpec) throws -> String {
        var body = headerParagraphs(spec.header)
        body += try blocks(spec.blocks, width: contentWidth)
        for (n, attachment) in spec.attachments.enumerated() {
            let label = spec.attachments.count == 1 ? page.labels.attachment : "\(page.labels.attachment) \(n + 1)"
            body += Self.startingNewPage(attachmentLabel(label))
            body += try blocks(attachment, width: contentWidth)
        }
        return XML.declaration + XML.element("hs:sec", Namespaces.attributes, content: body)
    }

    mutating func id() -> String {
        defer { nextID += 1 }
        return String(nextID)
    }

    /// A run of text in one character shape.
    static func run(_ shape: CharShape, _ text: String) -> String {
        XML.element("hp:run", ["charPrIDRef": shape.id], content: XML.element("hp:t", content: XML.escape(text)))
    }

    /// A run holding an object (a table, a picture) or controls, already XML.
    static func objectRun(_ xml: String) -> String {
        XML.element("hp:run", ["charPrIDRef": CharShape.body.id], content: xml)
    }

    /// A paragraph of runs.
    mutating func paragraph(_ shape: ParaShape, _ runs: String) -> String {
        XML.element("hp:p", ["id": id(), "paraPrIDRef": shape.id, "styleIDRef": "0", "pageBreak": "0",
                             "columnBreak": "0", "merged": "0"], content: runs)
    }

    /// A block's XML starting a new page: its first paragraph — the outer
    /// one, when the block is a table, as it opens before the cells' — gets
    /// `pageBreak="1"`. Tables' own `pageBreak` is a word (`CELL`, `NONE`),
    /// never "0", so the first match is always a paragraph's.
    static func startingNewPage(_ xml: String) -> String {
        xml.replacingFirst(#"pageBreak="0""#, with: #"pageBreak="1""#)
    }

    mutating func blocks(_ blocks: [Block], width: HWPUnit) throws -> String {
        var out = ""
        for b in blocks {
            let xml = try block(b, width: width)
            if pageBreakNext && !xml.isEmpty {
                pageBreakNext = false
                out += Self.startingNewPage(xml)
            } else {
                out += xml
            }
        }
        return out
    }

    mutating func block(_ b: Block, width: HWPUnit) throws -> String {
        switch b {
        case .summary(let lines): return summaryBox(lines, width: width)
        case .kpiTiles(let tiles): return kpiTiles(tiles, width: width)
        case .figure(let scene, let caption, let alt), .flexibleFigure(let scene, _, let caption, let alt):
            // 한글 flows the page itself: the full-height version, never a squeezed one.
            return try figure(scene, caption: caption, alt: alt, width: width)
        case .table(let t): return dataTable(t, width: width)
        case .bullets(let bullets):
            var out = ""
            for b in bullets {
                let shape: CharShape = switch b.level {
                case .headline: .headline
                case .point, .detail: .body
                case .subDetail: .subDetail
                }
                out += paragraph(.bullet(b.level), Self.run(shape, b.level.symbol + " " + b.text))
            }
            return out
        case .footnote(let text): return paragraph(.footnote, Self.run(.note, "* " + text))
        case .note(let text): return paragraph(.note, Self.run(.note, "※ " + text))
        case .source(let text): return paragraph(.source, Self.run(.source, text))
        case .heading(let text, _): return paragraph(.heading, Self.run(.heading, text))
        case .columns(let left, let right): return try columns(left, right, width: width)
        // Space is the paragraph shapes' job in 한글; an empty line would be one more thing to delete.
        case .spacer: return ""
        case .pageBreak:
            pageBreakNext = true
            return ""
        }
    }
}
