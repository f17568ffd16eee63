/// Lays a `BriefingSpec` out into a `Document`: A4 pages as Scenes, an
/// outline of the headings, and the metadata passed in.
///
/// Two steps, as typst's flow and ReportLab's platypus do: every block is
/// measured into unbreakable `FlowUnit`s at the content width, then a
/// `Paginator` places the units page by page (tables split between rows with
/// their header repeated, headings kept with what follows). Text is broken
/// between words (keep-all) by `LineBreaker`; nothing here formats a number or
/// draws — the renderer replays the Scenes.
///
/// ```swift
/// let doc = try DocumentLayout(measurer: ApproximateTextMeasurer())
///     .layout(spec, metadata: DocumentMetadata(title: "성과 보고", language: "ko-KR"))
/// doc.pages.count   // 1
/// ```
public struct DocumentLayout<M: TextMeasurer> {
    public let measurer: M

    public init(measurer: M) { self.measurer = measurer }

    /// The width blocks are set in; the report stage lays charts out at this
    /// width (or `(contentWidth - page.gutter) / 2` inside `.columns`).
    public func contentWidth(for page: PageStyle) -> Double { page.contentRect.width }

    /// The width of one column of a `.columns` row.
    public func columnWidth(for page: PageStyle) -> Double { (page.contentRect.width - page.gutter) / 2 }

    /// How far in the symbol of a 개조식 level sits from the content's left
    /// edge: two Hangul character widths of the body font per level.
    public func indent(for level: Bullet.Level, style: PageStyle) -> Double {
        Double(level.rawValue) * 2 * measurer.measure("가", font: style.bodyFont).width
    }

    public func layout(_ spec: BriefingSpec, metadata: DocumentMetadata) throws -> Document {
        try layoutReport(spec, metadata: metadata).document
    }

    /// The document, and which version of each figure block it shows.
    public func layoutReport(_ spec: BriefingSpec, metadata: DocumentMetadata) throws -> DocumentLayoutResult {
        let style = spec.page
        var context = LayoutContext()
        var units = headerUnits(spec.header, style: style)
        units += try blockUnits(spec.blocks, path: "blocks", width: contentWidth(for: style), style: style, context: &context)
        for (n, attachment) in spec.attachments.enumerated() {
            let label = spec.attachments.count == 1 ? style.labels.attachment : "\(style.labels.attachment) \(n + 1)"
            var labelUnit = attachmentLabelUnit(label, style: style)
            labelUnit.block = "attachments[\(n)]"
            units.append(labelUnit)
            context.headingBase = 2
            context.headingLevel = 2
            context.lastBulletTextX = nil
            units += try blockUnits(attachment, path: "attachments[\(n)]", width: contentWidth(for: style), style: style, context: &context)
        }

        var paginator = Paginator(content: style.contentRect)
        let (pageItems, outline, figures) = try paginator.run(units)
        let pages = pageItems.enumerated().map { index, items in
            Scene(size: style.size, background: .white, items: items + [pageNumber(index + 1, style: style)])
        }
        var meta = metadata
        if meta.title == nil { meta.title = spec.header.title }
        if meta.language == nil { meta.language = "ko-KR" }
        let document = Document(pages: pages, metadata: meta, outline: outline)
        return DocumentLayoutResult(document: document, figures: figures.sorted { $0.figure < $1.figure })
    }

    // MARK: - Blocks

    /// `path` names the blocks in errors: `blocks[3]`, `attachments[0][1]`, `blocks[5].columns.left[0]`.
    func blockUnits(_ blocks: [Block], path: String, width: Double, style: PageStyle, context: inout LayoutContext) throws -> [FlowUnit] {
        var units: [FlowUnit] = []
        for (index, block) in blocks.enumerated() {
            let here = "\(path)[\(index)]"
            var produced: [FlowUnit]
            var followsBullets = false
            switch block {
            case .summary(let lines):
                produced = [summaryUnit(lines, width: width, style: style)]
            case .kpiTiles(let tiles):
                produced = [try kpiUnit(tiles, block: here, width: width, style: style)]
            case let .figure(scene, caption, alt):
                produced = [try figureUnit(scene, caption: caption, alt: alt, block: here, width: width, style: style,
                                           version: FigureVersion(figure: context.nextFigure(), version: 0))]
            case let .flexibleFigure(scene, shorter, caption, alt):
                let figure = context.nextFigure()
                func unit(_ scene: Scene, version: Int) throws -> FlowUnit {
                    try figureUnit(scene, caption: caption, alt: alt, block: here, width: width, style: style,
                                   version: FigureVersion(figure: figure, version: version))
                }
                var full = try unit(scene, version: 0)
                full.fallback = try shorter.enumerated().map { try unit($1, version: $0 + 1) }
                produced = [full]
            case .table(let table):
                context.nextGroupID += 1
                produced = try tableUnits(table, block: here, width: width, style: style, groupID: context.nextGroupID)
            case .bullets(let bullets):
                produced = bulletUnits(bullets, width: width, style: style, context: &context)
                followsBullets = true
            case .footnote(let text):
                keepLastWithNext(&units)
                produced = [markedNoteUnit("*", text, x: context.lastBulletTextX ?? 0, width: width, style: style,
                                            role: .footnote, markRole: .footnoteMark)]
                followsBullets = context.lastBulletTextX != nil
            case .note(let text):
                keepLastWithNext(&units)
                produced = [markedNoteUnit("※", text, x: context.lastBulletTextX ?? 0, width: width, style: style,
                                            role: .note, markRole: .noteMark)]
                followsBullets = context.lastBulletTextX != nil
            case .source(let text):
                keepLastWithNext(&units)
                produced = [sourceUnit(text, width: width, style: style)]
            case let .heading(text, level):
                produced = [headingUnit(text, level: level, width: width, style: style, context: &context)]
            case let .columns(left, right):
                produced = [try columnsUnit(left, right, block: here, width: width, style: style, context: &context)]
            case .spacer(let h):
                produced = [FlowUnit(label: "spacer", height: h, spaceBefore: 0, items: [], isSpace: true)]
            case .pageBreak:
                produced = [FlowUnit(label: "page break", height: 0, spaceBefore: 0, items: [], startsNewPage: true, isSpace: true)]
            }
            if !followsBullets { context.lastBulletTextX = nil }
            for i in produced.indices where produced[i].block.isEmpty { produced[i].block = here }
            units += produced
        }
        return units
    }

    /// A note or source belongs to what it follows: they change pages together.
    private func keepLastWithNext(_ units: inout [FlowUnit]) {
        if !units.isEmpty { units[units.count - 1].keepWithNext = true }
    }

    func columnsUnit(_ left: [Block], _ right: [Block], block: String, width: Double, style: PageStyle,
                     context: inout LayoutContext) throws -> FlowUnit {
        let columnWidth = (width - style.gutter) / 2
        let leftUnits = try blockUnits(left, path: block + ".columns.left", width: columnWidth, style: style, context: &context)
        let rightUnits = try blockUnits(right, path: block + ".columns.right", width: columnWidth, style: style, context: &context)
        let l = stack(leftUnits, x: 0)
        let r = stack(rightUnits, x: columnWidth + style.gutter)
        context.lastBulletTextX = nil
        return FlowUnit(label: "two-column row", height: max(l.height, r.height), spaceBefore: style.blockGap,
                        items: l.items + r.items, outline: l.outline + r.outline, block: block,
                        figures: (leftUnits + rightUnits).flatMap(\.figures))
    }

    // MARK: - Page furniture

    func pageNumber(_ n: Int, style: PageStyle) -> SceneItem {
        let font = style.pageNumberFont
        let m = measurer.measure("- \(n) -", font: font)
        let baseline = style.size.height - style.margins.bottom / 2 + m.ascent / 2 - m.descent / 2
        return .text(TextRun("- \(n) -", font: font, color: style.palette.muted,
                             origin: Point(style.size.width / 2 - m.width / 2, baseline), metrics: m, role: .pageNumber))
    }

    // MARK: - Text helpers

    func lines(_ text: String, font: FontSpec, width: Double) -> [String] {
        LineBreaker(measurer: measurer).lines(text, font: font, width: max(width, 1))
    }

    /// Runs for already broken lines, each in a line box `leading` tall with
    /// the glyph box centred in it; the first line box's top is at `top`.
    func runs(_ lines: [String], font: FontSpec, color: Color, x: Double, top: Double, leading: Double,
              alignment: Typesetter<M>.Alignment = .leading, width: Double = 0, role: SceneRole?) -> [SceneItem] {
        var out: [SceneItem] = []
        for (i, line) in lines.enumerated() {
            let m = measurer.measure(line, font: font)
            let lx: Double
            switch alignment {
            case .leading: lx = x
            case .center: lx = x + (width - m.width) / 2
            case .trailing: lx = x + width - m.width
            }
            let baseline = top + Double(i) * leading + (leading - m.height) / 2 + m.ascent
            out.append(.text(TextRun(line, font: font, color: color, origin: Point(lx, baseline), metrics: m, role: role)))
        }
        return out
    }

    /// The distance between baselines: `factor` × the font size, but never
    /// less than the font's own line box, so lines of a block cannot overlap
    /// whatever face the measurer reports.
    func lineHeight(_ font: FontSpec, _ factor: Double) -> Double {
        max(font.size * factor, measurer.measure("가Ag", font: font).height)
    }
}

/// What block layout remembers from one block to the next.
struct LayoutContext {
    var nextGroupID = 0
    /// The outline level of the last heading: □ lines nest one below it.
    var headingLevel = 1
    /// Added to a heading block's level: 1 in the body (under the title),
    /// 2 in an attachment (under its 붙임 label).
    var headingBase = 1
    /// Where the text of the last bullet started, so a `*` footnote or ※ note
    /// right after bullets lines up under the line it explains.
    var lastBulletTextX: Double?
    /// How many figure blocks came before: numbers them for `FigureVersion`.
    var figureCount = 0

    /// The next figure block's number.
    mutating func nextFigure() -> Int {
        defer { figureCount += 1 }
        return figureCount
    }
}

extension DocumentLayout: Sendable where M: Sendable {}
