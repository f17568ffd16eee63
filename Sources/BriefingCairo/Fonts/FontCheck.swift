import BriefingLayout
import CPangoCairo

/// Checks, before anything is drawn, that every character of every text run
/// can be shown: by the font fontconfig picks for the run's family and
/// weight, or else by one of the library's fallbacks (the same order Pango
/// uses, as the renderer asks Pango for "family,fallback…"). What neither
/// covers is an error naming the character, the text and its role — a
/// chart with a tofu box in a published figure is worse than no chart.
///
/// ```swift
/// try FontCheck(library: fonts).check(scene)   // throws RenderError.missingGlyph(U+1F600 …)
/// ```
///
/// Found on Debian bookworm's fonts-nanum: NanumGothic, NanumMyeongjo,
/// NanumSquare and NanumBarunGothic (all weights) lack U+2212 `−`; they have
/// `△ ▲ ▼ ※ · ㈜ ’`. NanumMyeongjo also lacks U+301C `〜`. DejaVu Sans has
/// `−` and is the default fallback, for `−` and the thin/figure spaces only
/// (`FontLibrary.defaultFallbackCharacters`), and for the accented Latin
/// letters of names from the data; Hanja come from Noto CJK KR when
/// NanumMyeongjo or NanumSquare lack them (`FontLibrary.nameRanges`). DejaVu's
/// other glyphs (it has some emoji, Cyrillic, arrows) are not borrowed.
public struct FontCheck {
    public let library: FontLibrary
    private let cache = CoverageCache()

    public init(library: FontLibrary) { self.library = library }

    /// Checks every page; with more than one page, an error says which
    /// (`RenderError.onPage`).
    public func check(_ document: Document) throws {
        for (index, page) in document.pages.enumerated() {
            do { try check(page) } catch let error as RenderError where document.pages.count > 1 {
                throw RenderError.onPage(index, error)
            }
        }
    }

    public func check(_ scene: Scene) throws {
        for run in scene.allTextRuns { try check(run.text, font: run.font, role: run.role) }
    }

    public func check(_ run: TextRun) throws { try check(run.text, font: run.font, role: run.role) }

    /// Throws `missingFontFamily` or `missingGlyph` for the first problem in `text`.
    public func check(_ text: String, font: FontSpec, role: SceneRole? = nil) throws {
        let key = FontDescriptionKey(family: font.family, weight: font.weight.rawValue)
        let sets = try cache.charsets(for: key, library: library, text: text, role: role)
        for scalar in text.unicodeScalars {
            if scalar.properties.isDefaultIgnorableCodePoint { continue }
            if let primary = sets.first, FcCharSetHasChar(primary.charset, scalar.value) != 0 { continue }
            // Pango draws it with the first fallback that has it: that one must be allowed to.
            if let fallback = sets.dropFirst().first(where: { FcCharSetHasChar($0.charset, scalar.value) != 0 }),
               library.mayBorrow(scalar, from: fallback.family) { continue }
            throw RenderError.missingGlyph(scalar: scalar, text: text, role: role, font: key, fallbacks: fallbackNote(for: scalar))
        }
    }

    /// The fallbacks that could have drawn `scalar`, for the error message.
    private func fallbackNote(for scalar: Unicode.Scalar) -> [String] {
        library.mayBorrow(scalar) ? library.fallbacks : []
    }

    /// Whether `scalar` is covered by `family` alone (no fallback), for reports.
    public func covers(_ scalar: Unicode.Scalar, family: String, weight: FontWeight = .regular) throws -> Bool {
        let key = FontDescriptionKey(family: family, weight: weight.rawValue)
        guard let primary = try cache.charsets(for: key, library: library, text: nil, role: nil).first else { return false }
        return FcCharSetHasChar(primary.charset, scalar.value) != 0
    }
}

/// Character sets of matched fonts, by family and weight (the run's family
/// first, then the fallbacks). Owns the matched patterns the sets live in.
private final class CoverageCache {
    private var sets: [FontDescriptionKey: [(family: String, charset: OpaquePointer)]] = [:]
    private var patterns: [OpaquePointer] = []

    deinit { for p in patterns { FcPatternDestroy(p) } }

    func charsets(for key: FontDescriptionKey, library: FontLibrary, text: String?,
                  role: SceneRole?) throws -> [(family: String, charset: OpaquePointer)] {
        if let s = sets[key] { return s }
        guard library.has(family: key.family) else {
            throw RenderError.missingFontFamily(family: key.family, text: text, role: role, installed: library.families)
        }
        var out: [(family: String, charset: OpaquePointer)] = []
        let families = [key.family] + library.fallbacks(for: key.family)
        for family in families {
            if let cs = match(family: family, weight: key.weight, config: library.config) { out.append((family, cs)) }
        }
        sets[key] = out
        return out
    }

    /// The charset of the font fontconfig picks for family + weight, as Pango asks.
    private func match(family: String, weight: Int, config: OpaquePointer) -> OpaquePointer? {
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        _ = FcPatternAddString(pattern, "family", family)
        _ = FcPatternAddInteger(pattern, "weight", Int32(FcWeightFromOpenType(Int32(weight))))
        _ = FcPatternAddInteger(pattern, "slant", 0)
        _ = FcConfigSubstitute(config, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        guard let font = FcFontMatch(config, pattern, &result) else { return nil }
        patterns.append(font)
        var cs: OpaquePointer? = nil
        guard FcPatternGetCharSet(font, "charset", 0, &cs) == FcResultMatch else { return nil }
        return cs
    }
}
