@testable import BriefingCairo
import BriefingLayout
import Testing

@Suite struct PangoTextMeasurerTests {
    let measurer = PangoTextMeasurer(library: TestFonts.library)
    let font = FontSpec(family: "NanumGothic", size: 12)

    @Test(arguments: ["1", "1,000", "1,000만", "1,000만 달러", "1,000만 달러 (△7.1%)"])
    func widthsArePositiveAndGrowWithText(text: String) {
        let m = measurer.measure(text, font: font)
        #expect(m.width > 0)
        #expect(m.ascent > 0 && m.descent > 0)
        let longer = measurer.measure(text + "가", font: font)
        #expect(longer.width > m.width)
    }

    @Test func koreanIsWiderThanSpaces() {
        let hangul = measurer.measure("가나다라", font: font).width
        let spaces = measurer.measure("    ", font: font).width
        #expect(hangul > 2 * spaces)
        // A Hangul syllable is about one em in NanumGothic.
        #expect(abs(measurer.measure("가", font: font).width - 12) < 1.5)
    }

    @Test func sizeScalesLinearly() {
        let small = measurer.measure("수출 1,000만 달러", font: font)
        let big = measurer.measure("수출 1,000만 달러", font: font.sized(24))
        #expect(abs(big.width - 2 * small.width) < 0.01)
        #expect(abs(big.ascent - 2 * small.ascent) < 0.01)
    }

    /// NanumGothic Bold keeps Regular's advances, so bold is seen in the ink:
    /// the bold face (NanumGothicBold.ttf) is really picked, not synthesized
    /// or skipped.
    @Test func boldIsDarkerThanRegular() throws {
        func ink(_ weight: FontWeight) throws -> Int {
            let run = Fixtures.run("실계약 1,000", font.weighted(weight).sized(20), x: 2, y: 24, role: .title, measurer: measurer)
            let image = try SceneRenderer(library: TestFonts.library).pixels(Scene(size: Size(160, 32), items: [.text(run)]))
            return image.pixels.reduce(0) { $0 + Int(255 - ($1 & 0xff)) }
        }
        #expect(try Double(ink(.bold)) > 1.3 * Double(ink(.regular)))
    }

    @Test func emptyStringHasZeroWidthAndALineHeight() {
        let m = measurer.measure("", font: font)
        #expect(m.width == 0)
        #expect(m.height > 10)
    }

    /// Two measurers (two font maps) agree to the last bit, and repeated
    /// calls are served from the memo with identical results.
    @Test func deterministicAcrossInstances() {
        let other = PangoTextMeasurer(library: TestFonts.library)
        for text in ["북구", "−5%", "㈜광주 ’24", "※ 자료"] {
            #expect(measurer.measure(text, font: font) == other.measure(text, font: font))
            #expect(measurer.measure(text, font: font) == measurer.measure(text, font: font))
        }
    }

    /// Layout and pixels agree: the ink of a drawn run lies inside the box
    /// the measurer gave it, at 1× and 2×.
    @Test(arguments: [1.0, 2.0])
    func inkStaysInsideMeasuredBox(scale: Double) throws {
        let text = "광주 북구 1,000만 달러 △"
        let run = Fixtures.run(text, FontSpec(family: "NanumGothic", weight: .bold, size: 20), x: 10, y: 40, role: .valueLabel(series: nil, category: "1월"))
        let scene = Scene(size: Size(320, 60), background: .white, items: [.text(run)])
        let image = try SceneRenderer(library: TestFonts.library).pixels(scene, scale: scale)
        var minX = Int.max, maxX = Int.min, minY = Int.max, maxY = Int.min
        for y in 0..<image.height {
            for x in 0..<image.width where image.pixels[y * image.width + x] & 0xffffff != 0xffffff {
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        let box = run.box
        #expect(Double(minX) / scale >= box.minX - 1)
        #expect(Double(maxX + 1) / scale <= box.maxX + 1)
        #expect(Double(minY) / scale >= box.minY - 1)
        #expect(Double(maxY + 1) / scale <= box.maxY + 1)
        // And the ink really spans most of the box (not drawn somewhere else).
        #expect(Double(maxX - minX) / scale > box.width * 0.9)
    }
}
