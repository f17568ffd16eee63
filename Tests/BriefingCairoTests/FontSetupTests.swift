import BriefingCore
import BriefingLayout
import CPangoCairo
import Testing
@testable import BriefingCairo

@Suite("Font set-up shared by measuring and drawing")
struct FontSetupTests {
    @Test("the standard library is fontconfig's current configuration, so Pango never loads the system's")
    func processDefault() {
        TestFonts.library.makeProcessDefault()
        #expect(FcConfigGetCurrent() == TestFonts.library.config)
    }

    @Test("the standard library holds the default folders' families, with DejaVu Sans as the only fallback")
    func standardFamilies() {
        #expect(TestFonts.library.has(family: "NanumGothic"))
        #expect(TestFonts.library.fallbacks == ["DejaVu Sans"])
        #expect(TestFonts.library.missingFallbacks.isEmpty)
    }

    @Test("forgetting measurements changes no result: the same metrics come back, measured afresh")
    func forget() {
        let m = PangoTextMeasurer(library: TestFonts.library)
        let font = FontSpec(family: "NanumGothic", size: 12)
        let before = m.measure("1,000만 달러", font: font)
        m.forgetMeasurements()
        #expect(m.measure("1,000만 달러", font: font) == before)
    }

    @Test("one reference size, scaled: metrics are proportional to the size asked for")
    func linearInSize() {
        let m = PangoTextMeasurer(library: TestFonts.library)
        let small = m.measure("목표 대비 666.7%", font: FontSpec(family: "NanumGothic", size: 10))
        let large = m.measure("목표 대비 666.7%", font: FontSpec(family: "NanumGothic", size: 40))
        #expect(abs(large.width - 4 * small.width) < 1e-9)
        #expect(abs(large.ascent - 4 * small.ascent) < 1e-9)
    }
}
