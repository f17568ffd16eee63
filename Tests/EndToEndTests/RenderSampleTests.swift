import Foundation
import Testing

/// `briefing render` on the bundled sample, as a user runs it: the files it
/// says it wrote exist, and the PDF's text carries every figure the template
/// states, in the forms the template chose.
@Suite("render: the bundled sample")
struct RenderSampleTests {
    @Test func rendersAndListsFilesThatExist() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let out = tmp.appendingPathComponent("out")
            let r = try cli.run(["render", CLI.sampleTemplate, "--out", out.path])
            #expect(r.status == 0, "\(r)")
            let paths = writtenPaths(r.stdout)
            let names = paths.map { URL(fileURLWithPath: $0).lastPathComponent }
            // One PNG a page of the briefing, numbered from 1 with no gap.
            let pages = names.filter { $0.hasPrefix("usa-2024-p") && $0.hasSuffix(".png") }
            #expect(!pages.isEmpty && pages == (1...max(1, pages.count)).map { "usa-2024-p\($0).png" }, "\(r)")
            #expect(Set(names).subtracting(pages) == [
                "usa-2024.pdf", "usa-2024-contracts.png", "usa-2024-contracts.pdf", "usa-2024-contracts.svg", "usa-2024-years.png",
            ], "\(r)")
            for p in paths {
                let size = (try FileManager.default.attributesOfItem(atPath: p)[.size] as? Int) ?? 0
                #expect(size > 0, "\(p) missing or empty")
                #expect(p.hasPrefix(out.path), "\(p) written outside --out")
            }
            // Nothing but what was listed (no temporaries left behind).
            #expect(filesIn(out) == paths.map { URL(fileURLWithPath: $0).lastPathComponent }.sorted())
        }
    }

    /// Every seed figure, as the template formats it (ko).
    static let koreanFigures = ["1,000만 달러", "666.7%", "850만 달러", "934만 달러", "+7.1%", "65개국", "598개사", "1만 4,500명", "150만 달러", "2건", "23명"]

    @Test func koreanPDFStatesEverySeedFigure() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let r = try cli.run(["render", CLI.sampleTemplate, "--out", tmp.path, "--format", "pdf"])
            try #require(r.status == 0, "\(r)")
            let text = squeezed(try Tool.pdfText(tmp.appendingPathComponent("usa-2024.pdf").path))
            for figure in Self.koreanFigures {
                #expect(text.contains(squeezed(figure)), "\(figure) not in the PDF text")
            }
            #expect(text.contains(squeezed("2024 미국 광융합무역촉진단 성과 보고")))
        }
    }

    @Test func englishPDFStatesTheFiguresInEnglishForms() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let r = try cli.run(["render", CLI.sampleTemplate, "--out", tmp.path, "--format", "pdf", "--locale", "en"])
            try #require(r.status == 0, "\(r)")
            // A locale other than the template's own is marked in the base name.
            #expect(filesIn(tmp) == ["usa-2024.en-contracts.pdf", "usa-2024.en.pdf"], "\(filesIn(tmp))")
            let text = try Tool.pdfText(tmp.appendingPathComponent("usa-2024.en.pdf").path)
            for figure in ["$10.0M", "666.7%", "+7.1%"] {
                #expect(text.contains(figure), "\(figure) not in the English PDF text")
            }
            #expect(!text.contains("만 달러"), "Korean unit in the English briefing")
        }
    }

    /// Design invariant 5: the same inputs give byte-identical PNG and SVG.
    @Test func renderingTwiceGivesIdenticalPNGAndSVGBytes() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let a = tmp.appendingPathComponent("a"), b = tmp.appendingPathComponent("b")
            for folder in [a, b] {
                let r = try cli.run(["render", CLI.sampleTemplate, "--out", folder.path, "--format", "png,svg"])
                try #require(r.status == 0, "\(r)")
            }
            let names = filesIn(a)
            #expect(names == filesIn(b))
            #expect(names.contains("usa-2024-p1.png") && names.contains("usa-2024-contracts.svg"), "\(names)")
            for n in names {
                let x = try Data(contentsOf: a.appendingPathComponent(n)), y = try Data(contentsOf: b.appendingPathComponent(n))
                #expect(x == y, "\(n) differs between two renders")
            }
        }
    }

    /// The PDF's page content is identical too; only CreationDate (and what
    /// cairo derives from it) may differ.
    @Test func renderingTwiceGivesTheSamePDFText() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            var texts: [String] = []
            for name in ["a", "b"] {
                let folder = tmp.appendingPathComponent(name)
                let r = try cli.run(["render", CLI.sampleTemplate, "--out", folder.path, "--format", "pdf"])
                try #require(r.status == 0, "\(r)")
                texts.append(try Tool.pdfText(folder.appendingPathComponent("usa-2024.pdf").path))
            }
            #expect(texts[0] == texts[1])
        }
    }
}
