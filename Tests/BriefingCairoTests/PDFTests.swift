import BriefingCairo
import BriefingCore
import BriefingLayout
import Foundation
import Testing

/// PDFs checked with the real tools: qpdf, pdffonts, pdftotext, pdfinfo.
@Suite struct PDFTests {
    let renderer = SceneRenderer(library: TestFonts.library)

    func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = try temporaryFolder(name) + "/out.pdf"
        try AtomicFile.write(bytes, to: path)
        return path
    }

    @Test func documentPassesTheCheckers() throws {
        let path = try write(renderer.pdf(Fixtures.document()), "document")

        let qpdf = try runTool("qpdf", ["--check", path])
        #expect(qpdf.status == 0, "\(qpdf.stdout)\(qpdf.stderr)")
        #expect(qpdf.stdout.contains("No syntax or stream encoding errors"))

        // Every font embedded, subset, with a ToUnicode map.
        let fonts = try runTool("pdffonts", [path]).stdout.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for line in fonts {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            let n = columns.count
            #expect(columns[n - 5] == "yes" && columns[n - 4] == "yes" && columns[n - 3] == "yes", "emb/sub/uni: \(line)")
        }
        let families = fonts.map { String($0.split(separator: " ")[0].split(separator: "+").last!) }
        #expect(Set(families).isSuperset(of: ["NanumSquareB", "NanumMyeongjo", "NanumGothic", "NanumGothicBold"]))

        let text = try runTool("pdftotext", ["-layout", path, "-"]).stdout
        let words = ["북구 수출 동향 보고", "수출 계약 실적", "1,000만 달러", "△7.1%", "※", "㈜광주", "향후 계획", "−5%"]
        for expected in words {
            #expect(text.contains(expected), "pdftotext lacks \(expected)")
        }

        let info = try runTool("pdfinfo", [path]).stdout
        #expect(info.contains("Title:           북구 수출 동향 보고"))
        #expect(info.contains("Author:          광주광역시 북구 경제진흥과"))
        #expect(info.contains("Subject:         수출 계약 실적"))
        #expect(info.contains("Keywords:        수출, 중소기업"))
        #expect(info.contains("Creator:         briefing"))
        #expect(info.contains("Tagged:          yes"))
        #expect(info.contains("Pages:           2"))
        #expect(info.contains("Page size:       595.276 x 841.89 pts (A4)"))
        // 09:00 in Seoul is 00:00 UTC.
        #expect(info.contains("CreationDate:    Sun Apr  7 00:00:00 2024 UTC")
                || info.contains("CreationDate:    Sun Apr  7 09:00:00 2024 KST"), "\(info)")
    }

    @Test func outlineAndStructureAreInTheFile() throws {
        let bytes = try renderer.pdf(Fixtures.document())
        let raw = String(decoding: bytes, as: UTF8.self)
        #expect(raw.contains("/Outlines"))
        for tag in ["/S /Document", "/S /H1", "/S /H2", "/S /P", "/S /Figure"] {
            #expect(raw.contains(tag), "missing \(tag)")
        }
        // Bookmarks: page-top minus y (841.89 − 60), on pages 1 and 2.
        #expect(raw.components(separatedBy: "/XYZ 0 781.8898 0").count == 3)
        #expect(raw.contains("/MarkInfo << /Marked true >>"))
    }

    /// cairo cannot write /Lang; our incremental update adds it to the
    /// catalog, and qpdf reads the updated catalog.
    @Test func languageIsInTheCatalog() throws {
        let path = try write(renderer.pdf(Fixtures.document()), "lang")
        #expect(try runTool("qpdf", ["--check", path]).status == 0)
        let trailer = try runTool("qpdf", ["--show-object=trailer", path]).stdout
        let root = try #require(trailer.firstMatch(of: /\/Root (\d+) 0 R/)?.1)
        let catalog = try runTool("qpdf", ["--show-object=\(root)", path]).stdout
        #expect(catalog.contains("/Lang (ko-KR)"))
        #expect(catalog.contains("/StructTreeRoot") && catalog.contains("/Outlines") && catalog.contains("/MarkInfo"))
        #expect(trailer.contains("/Prev"))
    }

    /// cairo drops a Figure's alt text; the update puts it on each Figure
    /// element, in order — here one on each page, the second nested.
    @Test func figuresCarryTheirAltText() throws {
        var doc = Fixtures.document()
        doc.pages[1].items.append(.group(Group(offset: Point(56, 200), items: [
            .group(Group(tag: .figure(alt: "목표 대비 실적 (2/2)"),
                         items: [.rect(RectMark(Rect(x: 0, y: 0, width: 40, height: 40), fill: .black))])),
        ])))
        let path = try write(renderer.pdf(doc), "alt")
        #expect(try runTool("qpdf", ["--check", path]).status == 0)
        let json = try runTool("qpdf", ["--json", "--json-key=qpdf", path]).stdout
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let objects = try #require((root["qpdf"] as? [Any])?.last as? [String: Any])
        var figures: [(Int, String?, String?)] = []
        for (key, value) in objects {
            guard let dict = (value as? [String: Any])?["value"] as? [String: Any], dict["/S"] as? String == "/Figure" else { continue }
            let number = Int(key.dropFirst(4).prefix { $0.isNumber }) ?? -1
            figures.append((number, dict["/Alt"] as? String, dict["/Pg"] as? String))
        }
        figures.sort { $0.0 < $1.0 }
        #expect(figures.map(\.1) == ["u:월별 수출 막대그래프", "u:목표 대비 실적 (2/2)"])
        #expect(Set(figures.map(\.2)).count == 2) // on two different pages
    }

    /// A figure group that draws nothing still gets its element and alt.
    @Test func emptyFigureStillCounts() throws {
        let scene = Scene(size: Size(100, 100), items: [
            .group(Group(tag: .figure(alt: "빈 그림"), items: [])),
            .group(Group(tag: .figure(alt: "사각형"),
                         items: [.rect(RectMark(Rect(x: 10, y: 10, width: 20, height: 20), fill: .black))])),
        ])
        let raw = String(decoding: try renderer.pdf(scene), as: UTF8.self)
        #expect(raw.components(separatedBy: "/Alt <FEFF").count == 3)
        #expect(raw.contains("/Alt \(PDFTextString.hex("빈 그림"))") && raw.contains("/Alt \(PDFTextString.hex("사각형"))"))
    }

    @Test func withoutLanguageNoUpdateIsAppended() throws {
        var doc = Fixtures.document()
        doc.metadata.language = nil
        doc.pages[0].items.removeLast() // the figure
        let raw = String(decoding: try renderer.pdf(doc), as: UTF8.self)
        #expect(!raw.contains("/Lang") && !raw.contains("/Prev"))
    }

    @Test(arguments: ["", "ko KR", "한국어", "ko-KR)"])
    func badLanguageIsAnError(language: String) {
        var doc = Fixtures.document()
        doc.metadata.language = language
        #expect(throws: RenderError.invalidLanguage(language)) { try renderer.pdf(doc) }
    }

    /// Bookmarks as qpdf reads them: the level-2 entry nests under the
    /// level-1 one, each pointing at its page.
    @Test func outlineNestsByLevel() throws {
        var doc = Fixtures.document()
        doc.outline.append(OutlineEntry(title: "맺음말", level: 1, page: 1, y: 400))
        let path = try write(renderer.pdf(doc), "outline")
        let json = try runTool("qpdf", ["--json", "--json-key=outlines", path]).stdout
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outlines = try #require(root["outlines"] as? [[String: Any]])
        #expect(outlines.map { $0["title"] as? String } == ["북구 수출 동향 보고", "맺음말"])
        #expect(outlines.map { $0["destpageposfrom1"] as? Int } == [1, 2])
        let kids = try #require(outlines.first?["kids"] as? [[String: Any]])
        #expect(kids.map { $0["title"] as? String } == ["향후 계획"])
        #expect(kids.first?["destpageposfrom1"] as? Int == 2)
    }

    @Test func noDateGivenMeansNoDateWritten() throws {
        let a = try renderer.pdf(Fixtures.document(creationDate: nil))
        let b = try SceneRenderer(library: TestFonts.library).pdf(Fixtures.document(creationDate: nil))
        #expect(!String(decoding: a, as: UTF8.self).contains("/CreationDate"))
        // Nothing from the clock: the same document gives the same bytes.
        #expect(a == b)
    }

    @Test func malformedDateIsAnError() {
        #expect(throws: RenderError.invalidCreationDate("2024. 4. 7.")) {
            try renderer.pdf(Fixtures.document(creationDate: "2024. 4. 7."))
        }
    }

    @Test func outlineEntryPastTheLastPageIsAnError() {
        var doc = Fixtures.document()
        doc.outline.append(OutlineEntry(title: "부록", level: 1, page: 5, y: 0))
        #expect(throws: RenderError.outlinePageOutOfRange(title: "부록", page: 5, pageCount: 2)) { try renderer.pdf(doc) }
    }

    @Test func emptyDocumentIsAnError() {
        #expect(throws: RenderError.emptyDocument(title: "빈 문서")) {
            try renderer.pdf(Document(pages: [], metadata: DocumentMetadata(title: "빈 문서")))
        }
        #expect(RenderError.emptyDocument(title: "빈 문서").description
                == "document \"빈 문서\" has no pages; a PDF needs at least one")
    }

    /// Each page keeps its own size: a landscape table page between portrait ones.
    @Test func pagesKeepTheirSizes() throws {
        var doc = Fixtures.document()
        doc.pages.insert(Scene(size: .a4Landscape, items: Fixtures.chart().items), at: 1)
        doc.outline = []
        let path = try write(renderer.pdf(doc), "sizes")
        let info = try runTool("pdfinfo", ["-f", "1", "-l", "3", path]).stdout
        #expect(info.contains("Page    1 size:  595.276 x 841.89 pts (A4)"))
        #expect(info.contains("Page    2 size:  841.89 x 595.276 pts (A4)"))
        #expect(info.contains("Page    3 size:  595.276 x 841.89 pts (A4)"))
    }

    @Test func chartAsOnePagePDF() throws {
        let path = try write(renderer.pdf(Fixtures.chart()), "chart")
        let info = try runTool("pdfinfo", [path]).stdout
        #expect(info.contains("Pages:           1"))
        #expect(info.contains("Page size:       480 x 270 pts"))
        let text = try runTool("pdftotext", [path, "-"]).stdout
        #expect(text.contains("수출 계약 실적"))
        #expect(text.contains("1,000만 달러"))
        #expect(try runTool("qpdf", ["--check", path]).status == 0)
    }

    @Test func pagesRasterizeToWhatWasDrawn() throws {
        let folder = try temporaryFolder("raster")
        let path = folder + "/doc.pdf"
        try AtomicFile.write(renderer.pdf(Fixtures.document()), to: path)
        let r = try runTool("pdftoppm", ["-png", "-r", "80", path, folder + "/page"])
        #expect(r.status == 0)
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("page") }
        #expect(pages.count == 2)
    }
}

/// PDF text strings as hex UTF-16BE with a byte-order mark, written
/// independently of the renderer's own encoder.
enum PDFTextString {
    static func hex(_ s: String) -> String {
        "<FEFF" + s.utf16.map { u in
            let h = String(u, radix: 16, uppercase: true)
            return String(repeating: "0", count: 4 - h.count) + h
        }.joined() + ">"
    }
}
