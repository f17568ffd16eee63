import CPangoCairo

extension FontLibrary {
    /// Takes out of each font's character set the Hanja it maps to empty glyphs.
    ///
    /// Why: NanumSquare (Regular and Bold, Debian's fonts-nanum 20200506) maps
    /// all 4,620 Hanja of KS X 1001 to glyphs with no outline. Fontconfig
    /// (since 2.13) counts a mapped glyph as covered, so Pango draws `北區`
    /// in a NanumSquare title as two blanks — no tofu box, nothing at all —
    /// and `FontCheck` could not see it. With those characters out of the set,
    /// Pango takes them from the Hanja family (Noto Sans CJK KR) and the
    /// preflight checks that one instead.
    ///
    /// Only TrueType outlines are looked at (an empty `glyf` entry is how such
    /// a font says nothing), and only fonts that claim `北` (U+5317) and `一`
    /// (U+4E00); a font is changed when both are blank. About 0.1 ms a font.
    static func removeBlankHanja(from config: OpaquePointer) {
        guard let set = FcConfigGetFonts(config, FcSetApplication) else { return }
        var ft: FT_Library? = nil
        guard FT_Init_FreeType(&ft) == 0, let ft else { return }
        defer { FT_Done_FreeType(ft) }
        // Built only when a font needs it: 28,000 characters, most runs never do.
        var hanja: OpaquePointer? = nil
        defer { if let hanja { FcCharSetDestroy(hanja) } }
        for i in 0..<Int(set.pointee.nfont) {
            guard let pattern = set.pointee.fonts[i], let charset = Self.charset(pattern),
                  FcCharSetHasChar(charset, 0x5317) != 0, FcCharSetHasChar(charset, 0x4E00) != 0,
                  Self.string(pattern, "fontformat") == "TrueType", let file = Self.string(pattern, "file") else { continue }
            var index: Int32 = 0
            _ = FcPatternGetInteger(pattern, "index", 0, &index)
            guard blankGlyphs(ft, file: file, index: index, [0x5317, 0x4E00]) else { continue }
            if hanja == nil { hanja = hanjaCharset() }
            guard let hanja, let copy = FcPatternDuplicate(pattern), let reduced = FcCharSetSubtract(charset, hanja) else { continue }
            _ = FcPatternDel(copy, "charset")
            _ = FcPatternAddCharSet(copy, "charset", reduced)
            FcCharSetDestroy(reduced)
            set.pointee.fonts[i] = copy
            FcPatternDestroy(pattern)
        }
    }

    /// `hanjaRanges` as a character set, parsed by fontconfig from its own
    /// range syntax (`3400-4dbf …`): one call, not 28,000.
    private static func hanjaCharset() -> OpaquePointer? {
        let ranges = hanjaRanges.map { String($0.lowerBound, radix: 16) + "-" + String($0.upperBound, radix: 16) }
        guard let pattern = FcNameParse(":charset=" + ranges.joined(separator: " ")) else { return nil }
        defer { FcPatternDestroy(pattern) }
        return charset(pattern).flatMap { FcCharSetCopy($0) }
    }

    /// Whether every one of `scalars` maps to a glyph without an outline in the font `file` (face `index`).
    private static func blankGlyphs(_ ft: FT_Library, file: String, index: Int32, _ scalars: [UInt32]) -> Bool {
        var face: FT_Face? = nil
        guard FT_New_Face(ft, file, FT_Long(index), &face) == 0, let face else { return false }
        defer { FT_Done_Face(face) }
        for s in scalars {
            let glyph = FT_Get_Char_Index(face, FT_ULong(s))
            guard glyph != 0, FT_Load_Glyph(face, glyph, Int32(FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING)) == 0 else { return false }
            if face.pointee.glyph.pointee.outline.n_contours > 0 { return false }
        }
        return true
    }

    private static func charset(_ pattern: OpaquePointer) -> OpaquePointer? {
        var cs: OpaquePointer? = nil
        return FcPatternGetCharSet(pattern, "charset", 0, &cs) == FcResultMatch ? cs : nil
    }

    private static func string(_ pattern: OpaquePointer, _ key: String) -> String? {
        var value: UnsafeMutablePointer<FcChar8>? = nil
        guard FcPatternGetString(pattern, key, 0, &value) == FcResultMatch, let value else { return nil }
        return String(cString: value)
    }
}
