import BriefingCairo
import BriefingLayout
import Testing

@Suite struct FontCheckTests {
    let check = FontCheck(library: TestFonts.library)

    /// What the Nanum families cover of the symbols our figures print,
    /// measured on Debian bookworm's fonts-nanum 20200506. `−` (U+2212) is
    /// in none of them: it is drawn from the DejaVu Sans fallback.
    @Test(arguments: [
        ("NanumGothic", "가", true), ("NanumGothic", "−", false), ("NanumGothic", "△", true),
        ("NanumGothic", "▲", true), ("NanumGothic", "▼", true), ("NanumGothic", "※", true),
        ("NanumGothic", "·", true), ("NanumGothic", "㈜", true), ("NanumGothic", "’", true),
        ("NanumMyeongjo", "−", false), ("NanumMyeongjo", "㈜", true), ("NanumMyeongjo", "〜", false),
        ("NanumSquare", "−", false), ("NanumSquare", "△", true), ("NanumSquare", "※", true),
        ("DejaVu Sans", "−", true),
    ])
    func coverageOfFamilies(family: String, character: String, covered: Bool) throws {
        let scalar = try #require(character.unicodeScalars.first)
        #expect(try check.covers(scalar, family: family) == covered)
        #expect(try check.covers(scalar, family: family, weight: .bold) == covered)
    }

    @Test(arguments: ["NanumGothic", "NanumMyeongjo", "NanumSquare"], [FontWeight.regular, .bold])
    func everyFigureSymbolIsDrawable(family: String, weight: FontWeight) throws {
        try check.check("광주 북구 1,000만 달러 −5% △7.1% ▲ ▼ ※ · ㈜ ’24 “인용”",
                        font: FontSpec(family: family, weight: weight, size: 12))
    }

    @Test func emojiIsAnErrorNamingTheCharacterTextAndRole() throws {
        let text = "수출 호조 😀"
        #expect(throws: RenderError.missingGlyph(scalar: "\u{1F600}", text: text, role: .title,
                                                font: FontDescriptionKey(family: "NanumGothic", weight: 700),
                                                fallbacks: [])) {
            try check.check(text, font: FontSpec(family: "NanumGothic", weight: .bold, size: 20), role: .title)
        }
        let error = RenderError.missingGlyph(scalar: "\u{1F600}", text: text, role: .title,
                                             font: FontDescriptionKey(family: "NanumGothic", weight: 700), fallbacks: [])
        #expect(error.description == "character U+1F600 '😀' in text \"수출 호조 😀\" (role title) is not in font NanumGothic bold; "
                + "it would print as an empty box or in another typeface — change the text or choose a font that has it")
        // DejaVu Sans has U+1F600, but the fallback draws only − and the thin spaces.
        #expect(try check.covers("\u{1F600}", family: "DejaVu Sans"))
    }

    @Test func rareSymbolInASceneIsFoundBeforeDrawing() throws {
        // U+1F4C8 CHART WITH UPWARDS TREND: in no installed font.
        let run = Fixtures.run("증가", Fixtures.gothic, x: 0, y: 20, role: .tick(.x))
        var bad = run
        bad.text = "증가 \u{1F4C8}"
        let scene = Scene(size: Size(100, 40), items: [.group(Group(items: [.text(run), .text(bad)]))])
        let expected = RenderError.missingGlyph(scalar: "\u{1F4C8}", text: "증가 \u{1F4C8}", role: .tick(.x),
                                                font: FontDescriptionKey(family: "NanumGothic", weight: 400), fallbacks: [])
        let renderer = SceneRenderer(library: TestFonts.library)
        #expect(throws: expected) { try renderer.png(scene) }
        #expect(throws: expected) { try renderer.pdf(scene) }
        #expect(throws: expected) { try renderer.svg(scene) }
    }

    @Test func aDocumentErrorNamesItsPage() throws {
        var doc = Fixtures.document()
        doc.pages[1].items.append(.text(Fixtures.run("끝 🙂", Fixtures.myeongjo, x: 56, y: 300, role: .bulletText)))
        let inner = RenderError.missingGlyph(scalar: "\u{1F642}", text: "끝 🙂", role: .bulletText,
                                             font: FontDescriptionKey(family: "NanumMyeongjo", weight: 400), fallbacks: [])
        #expect(throws: RenderError.onPage(1, inner)) { try SceneRenderer(library: TestFonts.library).pdf(doc) }
        #expect(RenderError.onPage(1, inner).description.hasPrefix("page 2: character U+1F642 '🙂' in text \"끝 🙂\" (role bullet-text) is not in font NanumMyeongjo regular"))
    }

    @Test func missingFamilyIsAnErrorSayingHowToInstall() throws {
        let font = FontSpec(family: "HY헤드라인M", size: 20)
        let error = try #require(throws: RenderError.self) {
            try check.check("제목", font: font, role: .title)
        }
        guard case let .missingFontFamily(family, text, role, installed) = error else {
            Issue.record("expected missingFontFamily, got \(error)"); return
        }
        #expect(family == "HY헤드라인M" && text == "제목" && role == .title)
        #expect(installed.contains("NanumGothic"))
        #expect(error.description.hasPrefix("font family \"HY헤드라인M\" is not installed (needed for text \"제목\" (role title)); "
                                            + "install it (scripts/install-system-packages installs fonts-nanum"))
    }

    @Test func familyNamesMatchLikeFontconfig() throws {
        // Case and spaces do not matter; the Korean name works too.
        try check.check("가", font: FontSpec(family: "nanum gothic", size: 10))
        try check.check("가", font: FontSpec(family: "나눔고딕", size: 10))
    }

    @Test func controlCharactersAreNotDrawable() {
        #expect {
            try check.check("두 줄\n텍스트", font: Fixtures.gothic)
        } throws: { error in
            (error as? RenderError).map { "\($0)".contains("U+000A") } ?? false
        }
    }

    @Test func fallbackDrawsMinusAndThinSpaces() throws {
        try check.check("\u{2212}5\u{2009}%\u{202F}p\u{2007}1", font: Fixtures.gothic)
    }

    @Test func aCharacterNoFontHasNamesTheFallbackTried() {
        // U+2213 MINUS-OR-PLUS is not on the fallback list; with the list
        // lifted, a character in no font at all names the fallback.
        let open = FontCheck(library: FontLibrary(fallbackCharacters: nil))
        #expect(throws: RenderError.missingGlyph(scalar: "\u{1FAE0}", text: "\u{1FAE0}", role: nil,
                                                font: FontDescriptionKey(family: "NanumGothic", weight: 400), fallbacks: ["DejaVu Sans"])) {
            try open.check("\u{1FAE0}", font: Fixtures.gothic)
        }
        #expect(throws: Never.self) { try open.check("\u{1F600}", font: Fixtures.gothic) }
    }

    @Test func fallbackCanBeTurnedOff() {
        let strict = FontCheck(library: FontLibrary(fallbacks: []))
        #expect(throws: RenderError.missingGlyph(scalar: "\u{2212}", text: "−5%", role: nil,
                                                font: FontDescriptionKey(family: "NanumGothic", weight: 400), fallbacks: [])) {
            try strict.check("−5%", font: Fixtures.gothic)
        }
    }
}
