import BriefingCairo
import BriefingLayout
import Testing

/// Names from the data (`render --each` over companies) in every family a
/// briefing uses: Hanja and accented Latin letters are real glyphs.
@Suite struct FontNameGlyphTests {
    let check = FontCheck(library: TestFonts.library)

    @Test(arguments: ["NanumGothic", "NanumMyeongjo", "NanumSquare"], [FontWeight.regular, .bold])
    func hanjaHangulAndAccentsAreDrawable(family: String, weight: FontWeight) throws {
        try check.check("北區 상사 · Société Générale · (주)광주포토닉스 · Ñandú Øst",
                        font: FontSpec(family: family, weight: weight, size: 12))
    }

    /// NanumSquare maps all 4,620 Hanja of KS X 1001 to empty glyphs: the
    /// library takes them out of its character set, so they are not "covered"
    /// and come from Noto Sans CJK KR. NanumGothic's own Hanja are real.
    @Test func nanumSquaresBlankHanjaDoNotCount() throws {
        #expect(try !check.covers("北", family: "NanumSquare"))
        #expect(try !check.covers("區", family: "NanumSquare", weight: .bold))
        #expect(try check.covers("北", family: "NanumGothic"))
        #expect(try check.covers("가", family: "NanumSquare"))
    }

    @Test func serifRunsBorrowHanjaFromTheSerif() {
        let fonts = TestFonts.library
        #expect(fonts.fallbacks(for: "NanumMyeongjo") == ["DejaVu Sans", "Noto Serif CJK KR"])
        #expect(fonts.fallbacks(for: "NanumSquare") == ["DejaVu Sans", "Noto Sans CJK KR"])
    }

    /// Without a Hanja family a blank-Hanja font is an error, never an empty space on the page.
    @Test func withoutAHanjaFamilyHanjaInNanumSquareIsAnError() {
        let strict = FontCheck(library: FontLibrary(hanjaFamilies: nil))
        #expect(throws: RenderError.missingGlyph(scalar: "北", text: "北區", role: nil,
                                                font: FontDescriptionKey(family: "NanumSquare", weight: 400), fallbacks: [])) {
            try strict.check("北區", font: FontSpec(family: "NanumSquare", size: 12))
        }
    }

    /// A Hanja family draws Hanja only: not the minus sign when the fallbacks are turned off.
    @Test func theHanjaFamilyDrawsOnlyHanja() {
        let library = TestFonts.library
        #expect(library.mayBorrow("北", from: "Noto Sans CJK KR"))
        #expect(!library.mayBorrow("\u{2212}", from: "Noto Sans CJK KR"))
        #expect(library.mayBorrow("é", from: "DejaVu Sans"))
        #expect(!library.mayBorrow("\u{1F600}", from: "DejaVu Sans"))
    }
}
