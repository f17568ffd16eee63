@testable import BriefingCairo
import BriefingLayout
import BriefingCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite struct SVGTests {
    let renderer = SceneRenderer(library: TestFonts.library)

    @Test func textStaysEditableText() throws {
        let svg = try renderer.svg(Fixtures.chart())
        let title = Fixtures.chart().allTextRuns[0]
        #expect(svg.contains("<text x=\"20\" y=\"40\" font-family=\"NanumGothic\" font-weight=\"700\" font-size=\"24\" "
                             + "fill=\"#000000\" data-role=\"title\" xml:space=\"preserve\">수출 계약 실적</text>"))
        #expect(title.origin == Point(20, 40))
        #expect(svg.contains(">1,000만 달러</text>"))
        // The only run with `−` names the fallback that draws it.
        #expect(svg.contains("font-family=\"NanumGothic, 'DejaVu Sans'\" font-size=\"14\" fill=\"#000000\" data-role=\"note\" "
                             + "xml:space=\"preserve\">△7.1% ※ 자료: ㈜광주 · 북구 ’24 −5%</text>"))
        #expect(svg.components(separatedBy: "DejaVu").count == 2)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"270\" viewBox=\"0 0 480 270\""))
    }

    @Test func marksGroupsAndClips() throws {
        let svg = try renderer.svg(Fixtures.chart())
        #expect(svg.contains("<rect x=\"60\" y=\"150\" width=\"60\" height=\"80\" fill=\"#1d4e89\" data-role=\"bar 1월 실계약 325\"/>"))
        #expect(svg.contains("<rect x=\"160\" y=\"100\" width=\"60\" height=\"130\" rx=\"4\" fill=\"#1d4e89\""))
        #expect(svg.contains("fill=\"none\" stroke=\"#1d4e89\" stroke-width=\"2\""))
        #expect(svg.contains("stroke-dasharray=\"4 2\""))
        #expect(svg.contains("<clipPath id=\"clip1\"><rect x=\"0\" y=\"-15\" width=\"440\" height=\"20\"/></clipPath>"))
        #expect(svg.contains("<g transform=\"translate(20 250)\" clip-path=\"url(#clip1)\">"))
    }

    @Test func sameSceneGivesIdenticalSVG() throws {
        #expect(try renderer.svg(Fixtures.chart()) == SceneRenderer(library: TestFonts.library).svg(Fixtures.chart()))
    }

    @Test func xmlIsEscapedAndWellFormed() throws {
        let run = Fixtures.run("R&D <신규> \"사업\" 'A'", Fixtures.gothic, x: 0, y: 20, role: .bar(series: "R&D", category: "<1월>", value: 5))
        let svg = try renderer.svg(Scene(size: Size(300, 40), items: [.text(run)]))
        #expect(svg.contains(">R&amp;D &lt;신규&gt; &quot;사업&quot; 'A'</text>"))
        #expect(svg.contains("data-role=\"bar &lt;1월&gt; R&amp;D 5\""))
        let doc = try XMLDocument(xmlString: svg)
        #expect(doc.rootElement()?.name == "svg")
    }

    @Test func figureAltBecomesAnAccessibleLabel() throws {
        let scene = Scene(size: Size(10, 10), items: [.group(Group(tag: .figure(alt: "막대 \"그림\""), items: []))])
        #expect(try renderer.svg(scene).contains("<g role=\"img\" aria-label=\"막대 &quot;그림&quot;\">"))
    }

    /// cairo's arcs as SVG arc commands: direction, wrap-around of the end
    /// angle, the joining line, full circles and degenerate radii.
    static let paths: [([PathElement], String)] = [
        ([.arc(center: Point(50, 50), radius: 10, start: 0, end: .pi)],
         "M60 50A10 10 0 0 1 50 60A10 10 0 0 1 40 50"),
        ([.arcNegative(center: Point(50, 50), radius: 10, start: 0, end: .pi)],
         "M60 50A10 10 0 0 0 50 40A10 10 0 0 0 40 50"),
        // End below start: cairo adds 2π, a three-quarter turn clockwise.
        ([.arc(center: Point(0, 0), radius: 2, start: .pi / 2, end: 0)],
         "M0 2A2 2 0 0 1 -2 0A2 2 0 0 1 0 -2A2 2 0 0 1 2 0"),
        ([.move(Point(0, 0)), .arc(center: Point(10, 0), radius: 5, start: .pi, end: 1.5 * .pi)],
         "M0 0L5 0A5 5 0 0 1 10 -5"),
        ([.arc(center: Point(0, 0), radius: 1, start: 0, end: 2 * .pi), .close],
         "M1 0A1 1 0 0 1 0 1A1 1 0 0 1 -1 0A1 1 0 0 1 0 -1A1 1 0 0 1 1 0Z"),
        ([.move(Point(1, 1)), .arc(center: Point(5, 5), radius: 0, start: 0, end: 1)], "M1 1L5 5"),
        ([.move(Point(0, 0)), .line(Point(10, 0)), .curve(Point(12, 0), Point(14, 2), Point(14, 4)), .close, .line(Point(3, 3))],
         "M0 0L10 0C12 0 14 2 14 4ZL3 3"),
    ]

    @Test(arguments: paths)
    func pathData(elements: [PathElement], expected: String) {
        #expect(SVGPathData.make(elements) == expected)
    }

    @Test(arguments: [(12.5, "12.5"), (1.0 / 3, "0.333"), (-0.0001, "0"), (-2.5, "-2.5"), (100, "100"), (0.05, "0.05"),
                      (1e-9, "0"), (2.0005, "2.001")])
    func numbers(value: Double, text: String) {
        #expect(SVGNumber.format(value) == text)
    }
}

/// The SVG draws what the PNG draws — checked by rasterizing the SVG with
/// librsvg (rsvg-convert, package librsvg2-bin) when it is installed.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert")))
struct SVGMatchesPNGTests {
    @Test func rsvgRasterMatchesOurRaster() throws {
        let renderer = SceneRenderer(library: TestFonts.library)
        let scene = Fixtures.chart()
        let folder = try temporaryFolder()
        try AtomicFile.write(try renderer.svg(scene), to: folder + "/c.svg")
        let r = try runTool("rsvg-convert", ["-z", "2", folder + "/c.svg", "-o", folder + "/c.png"])
        #expect(r.status == 0, "\(r.stderr)")
        let theirs = try PNGDecoder.decode(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/c.png"))))
        let ours = try renderer.pixels(scene, scale: 2)
        try #require(theirs.width == ours.width && theirs.height == ours.height)
        var differing = 0
        for (a, b) in zip(theirs.pixels, ours.pixels) {
            let d = [0, 8, 16].map { s -> Int in abs(Int((a >> UInt32(s)) & 0xff) - Int((b >> UInt32(s)) & 0xff)) }.max()!
            if d > 64 { differing += 1 }
        }
        // Only antialiased edges differ (two rasterizers), never whole glyphs.
        #expect(Double(differing) / Double(ours.pixels.count) < 0.005, "\(differing) pixels differ")
        #expect(inkBounds(theirs) == inkBounds(ours))
    }

    /// The box of non-white pixels, in device pixels, rounded to 2 px.
    func inkBounds(_ image: PNGDecoder.Image) -> [Int] {
        var b = [Int.max, Int.max, Int.min, Int.min]
        for y in 0..<image.height {
            for x in 0..<image.width where image.pixels[y * image.width + x] & 0xffffff < 0xf0f0f0 {
                b = [min(b[0], x), min(b[1], y), max(b[2], x), max(b[3], y)]
            }
        }
        return b.map { $0 / 2 }
    }
}
