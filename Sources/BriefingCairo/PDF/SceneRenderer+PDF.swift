import BriefingLayout
import CCairo

extension SceneRenderer {
    /// A one-page PDF of `scene` (a chart to drop into a document).
    public func pdf(_ scene: Scene) throws -> [UInt8] {
        try pdf(Document(pages: [scene]))
    }

    /// A multi-page PDF: one page a Scene at its own size, text drawn by Pango
    /// as real text (searchable, `pdftotext` returns it) with fonts embedded
    /// as subsets; metadata from `document.metadata` (the creation date is the
    /// one passed in, never the clock); bookmarks from `document.outline`;
    /// groups' `StructureTag`s as tagged structure inside a `Document` tag.
    ///
    /// cairo 1.16 cannot write `/Lang` nor a Figure's alt text; both are
    /// added after cairo finishes, as an incremental update
    /// (`PDFIncrementalUpdate`). Without a creation date the PDF has none
    /// (cairo would otherwise stamp the current time).
    public func pdf(_ document: Document) throws -> [UInt8] {
        guard !document.pages.isEmpty else { throw RenderError.emptyDocument(title: document.metadata.title) }
        try fontCheck.check(document)
        if let date = document.metadata.creationDate, !PDFDate.isValid(date) {
            throw RenderError.invalidCreationDate(date)
        }
        if let language = document.metadata.language, !PDFIncrementalUpdate.isValidLanguage(language) {
            throw RenderError.invalidLanguage(language)
        }
        for entry in document.outline where !document.pages.indices.contains(entry.page) {
            throw RenderError.outlinePageOutOfRange(title: entry.title, page: entry.page, pageCount: document.pages.count)
        }
        let first = document.pages[0].size
        for page in document.pages
        where !(page.size.width >= 1 && page.size.height >= 1 && page.size.width <= 14400 && page.size.height <= 14400) {
            throw RenderError.invalidSurfaceSize(width: page.size.width, height: page.size.height, scale: 1)
        }
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let surface = cairo_pdf_surface_create_for_stream(pdfWrite, closure, first.width, first.height)!
        defer { cairo_surface_destroy(surface) }
        try checkCairo(cairo_surface_status(surface), "creating the PDF")
        setMetadata(document.metadata, on: surface)

        let cr = cairo_create(surface)!
        engine.attach(to: cr)
        let drawer = CairoSceneDrawer(engine: engine, tagged: true)
        for (index, page) in document.pages.enumerated() {
            // Size first: cairo_pdf_surface_set_size starts the page's
            // recording afresh, dropping a tag begun before it.
            cairo_pdf_surface_set_size(surface, page.size.width, page.size.height)
            // cairo calls a PDF "Tagged" only if the first structure tag is a
            // top-level one (Document, Part, Sect…).
            if index == 0 { cairo_tag_begin(cr, "Document", "") }
            drawer.draw(page, on: cr)
            cairo_show_page(cr)
        }
        cairo_tag_end(cr, "Document")
        addOutline(document.outline, to: surface)
        let drawStatus = cairo_status(cr)
        cairo_destroy(cr)
        try checkCairo(drawStatus, "drawing the PDF pages")
        cairo_surface_finish(surface)
        try checkCairo(cairo_surface_status(surface), "finishing the PDF")
        var update = try PDFIncrementalUpdate(sink.bytes)
        if let language = document.metadata.language { try update.setLanguage(language) }
        let alternates = document.pages.flatMap(Self.figureAlternates)
        if !alternates.isEmpty { try update.setFigureAlternates(alternates) }
        return update.apply()
    }

    /// Alt texts of the scene's figure groups, in drawing (preorder) order.
    static func figureAlternates(_ scene: Scene) -> [String] {
        var out: [String] = []
        func walk(_ items: [SceneItem]) {
            for case .group(let g) in items {
                if case .figure(let alt)? = g.tag { out.append(alt) }
                walk(g.items)
            }
        }
        walk(scene.items)
        return out
    }

    private func setMetadata(_ m: DocumentMetadata, on surface: OpaquePointer) {
        let fields: [(cairo_pdf_metadata_t, String?)] = [
            (CAIRO_PDF_METADATA_TITLE, m.title), (CAIRO_PDF_METADATA_AUTHOR, m.author),
            (CAIRO_PDF_METADATA_SUBJECT, m.subject), (CAIRO_PDF_METADATA_KEYWORDS, m.keywords),
            (CAIRO_PDF_METADATA_CREATOR, m.creator),
            // An empty date is one cairo cannot parse, so it drops its own
            // clock-based default: no date rather than the render time.
            (CAIRO_PDF_METADATA_CREATE_DATE, m.creationDate ?? ""),
        ]
        for (key, value) in fields { if let value { cairo_pdf_surface_set_metadata(surface, key, value) } }
    }

    /// Bookmarks nest by level: an entry becomes the child of the nearest
    /// earlier entry with a smaller level. Each links to its page at its y.
    private func addOutline(_ entries: [OutlineEntry], to surface: OpaquePointer) {
        var parents: [(level: Int, id: Int32)] = []
        for entry in entries {
            while let last = parents.last, last.level >= entry.level { parents.removeLast() }
            let parent = parents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let link = "page=\(entry.page + 1) pos=[0 \(SVGNumber.format(entry.y))]"
            let id = cairo_pdf_surface_add_outline(surface, parent, entry.title, link, cairo_pdf_outline_flags_t(0))
            parents.append((entry.level, id))
        }
    }
}

/// Collects what cairo streams out.
final class ByteSink {
    var bytes: [UInt8] = []
}

private let pdfWrite: cairo_write_func_t = { closure, data, length in
    guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    return CAIRO_STATUS_SUCCESS
}

/// The ISO 8601 form cairo 1.16 turns into a PDF date:
/// `2024-04-07T09:00:00+09:00`, `2024-04-07T00:00:00Z` or without offset.
enum PDFDate {
    static func isValid(_ s: String) -> Bool {
        let c = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= c.count && r.allSatisfy { c[$0] >= 48 && c[$0] <= 57 } }
        func at(_ i: Int, _ ch: Character) -> Bool { i < c.count && c[i] == ch.asciiValue! }
        guard c.count >= 19, digits(0..<4), at(4, "-"), digits(5..<7), at(7, "-"), digits(8..<10), at(10, "T"),
              digits(11..<13), at(13, ":"), digits(14..<16), at(16, ":"), digits(17..<19) else { return false }
        let rest = c.count - 19
        if rest == 0 { return true }
        if rest == 1 { return at(19, "Z") }
        return rest == 6 && (at(19, "+") || at(19, "-")) && digits(20..<22) && at(22, ":") && digits(23..<25)
    }
}
