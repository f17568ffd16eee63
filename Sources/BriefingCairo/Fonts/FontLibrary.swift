import CPangoCairo

/// The fonts briefing draws with: a private fontconfig configuration that
/// holds only the folders we name, so that font choice does not depend on
/// the user's `~/.fonts`, `/etc/fonts` rules or the locale. Families are then
/// matched exactly ("NanumGothic"), and a character a family lacks falls back
/// only to the `fallbacks` we list — never to whatever fontconfig finds.
///
/// Why a fallback at all: every Nanum family lacks U+2212 MINUS SIGN (`−`),
/// which the Format stage prints for negatives, and the thin and figure
/// spaces; DejaVu Sans (fonts-dejavu-core, installed with fontconfig itself)
/// has them. The fallback is limited to those characters
/// (`fallbackCharacters`): `FontCheck` refuses any other character the run's
/// family lacks.
///
/// One library can be shared by many measurers and renderers (fontconfig
/// ≥ 2.10 answers queries from several threads); each of those makes its own
/// Pango font map, which must not be shared.
public final class FontLibrary: @unchecked Sendable {
    /// Folders scanned by default: Nanum (fonts-nanum), DejaVu (fonts-dejavu-core)
    /// and Noto CJK (fonts-noto-cjk) if present.
    public static let defaultDirectories = [
        "/usr/share/fonts/truetype/nanum",
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/opentype/noto",
    ]
    /// Families tried, in order, for characters the run's family lacks.
    public static let defaultFallbacks = ["DejaVu Sans"]
    /// The characters the fallback may draw: those our Format stage prints
    /// and no Nanum family has — U+2212 MINUS SIGN, U+2009 THIN SPACE,
    /// U+202F NARROW NO-BREAK SPACE, U+2007 FIGURE SPACE, U+2011 NON-BREAKING
    /// HYPHEN. Anything else a family lacks (an emoji, a Cyrillic letter that
    /// DejaVu happens to have) is an error, not a silent change of typeface.
    public static let defaultFallbackCharacters: Set<Unicode.Scalar> = ["\u{2212}", "\u{2009}", "\u{202F}", "\u{2007}", "\u{2011}"]

    /// Letters of names the data brings (`render --each` over company names:
    /// `Société Générale`, `北區 상사`) that NanumMyeongjo and NanumSquare
    /// lack: Latin letters with accents (Latin-1, Extended-A/B and Additional,
    /// combining accents), drawn by the fallbacks above (DejaVu Sans); and
    /// Hanja (CJK ideographs, Extension A, compatibility ideographs), drawn by
    /// `hanjaFamilies` (NanumGothic has both itself). With the fallback
    /// characters limited, these ranges are allowed too.
    public static let nameRanges: [ClosedRange<UInt32>] = latinAccentRanges + hanjaRanges
    static let latinAccentRanges: [ClosedRange<UInt32>] = [0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x300...0x36F, 0x1E00...0x1EFF]
    static let hanjaRanges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
    /// Noto CJK KR (fonts-noto-cjk) for Hanja: the serif for a serif run (명조), the sans for the rest.
    public static let defaultHanjaFamilies = (sans: "Noto Sans CJK KR", serif: "Noto Serif CJK KR")

    /// The library briefing draws with: default folders and fallback, made
    /// fontconfig's current configuration (see `makeProcessDefault()`), which
    /// saves the process loading the system's.
    ///
    /// Build it once a process and pass it to every measurer, renderer and
    /// font check — the CLI does, when a command starts, as it reads the rest
    /// of the world (clock, locale); tests keep one in a helper. It is a value
    /// passed in, not a global, so nothing finds fonts behind its caller's back.
    ///
    /// ```swift
    /// let fonts = FontLibrary.makeStandard()
    /// let renderer = SceneRenderer(library: fonts)
    /// ```
    public static func makeStandard() -> FontLibrary {
        let library = FontLibrary()
        library.makeProcessDefault()
        return library
    }

    /// `FcConfig *`, owned.
    let config: OpaquePointer
    public let directories: [String]
    /// Fallback families, only those installed.
    public let fallbacks: [String]
    /// Characters the fallbacks may draw; `nil` lets them draw anything they have.
    public let fallbackCharacters: Set<Unicode.Scalar>?
    /// Fallback families asked for but not installed.
    public let missingFallbacks: [String]
    /// The Hanja families, when installed (nil otherwise: a Hanja letter then
    /// needs a family that has it, such as NanumGothic).
    public let hanjaSans: String?
    public let hanjaSerif: String?
    /// Every family name the folders offer (each font's names in all languages).
    public let families: [String]
    private let familyKeys: Set<String>

    public init(directories: [String] = FontLibrary.defaultDirectories, fallbacks: [String] = FontLibrary.defaultFallbacks,
                fallbackCharacters: Set<Unicode.Scalar>? = FontLibrary.defaultFallbackCharacters,
                hanjaFamilies: (sans: String, serif: String)? = FontLibrary.defaultHanjaFamilies) {
        self.fallbackCharacters = fallbackCharacters
        let config = FcConfigCreate()!
        // Read the system's font caches instead of parsing every font file again.
        // Of Noto CJK's collections (30 faces: JP, KR, SC, TC, HK and their Mono), only the Korean faces are
        // used (for Hanja): the rest would only make every font sort compare their huge character sets.
        let others = ["Noto Sans CJK", "Noto Serif CJK", "Noto Sans Mono CJK"].flatMap { f in
            ["JP", "SC", "TC", "HK"].map { "\(f) \($0)" }
        } + ["Noto Sans Mono CJK KR"]
        let rejected = others.map { "<pattern><patelt name=\"family\"><string>\($0)</string></patelt></pattern>" }.joined()
        let xml = "<?xml version=\"1.0\"?><fontconfig><cachedir>/var/cache/fontconfig</cachedir>"
            + "<selectfont><rejectfont>\(rejected)</rejectfont></selectfont></fontconfig>"
        _ = FcConfigParseAndLoadFromMemory(config, xml, 0)
        var used: [String] = []
        for dir in directories {
            var st = stat()
            guard stat(dir, &st) == 0 else { continue }
            if FcConfigAppFontAddDir(config, dir) != 0 { used.append(dir) }
        }
        self.config = config
        self.directories = used
        Self.removeBlankHanja(from: config)

        var names: [String] = []
        if let set = FcConfigGetFonts(config, FcSetApplication) {
            let fonts = set.pointee
            for i in 0..<Int(fonts.nfont) {
                guard let pattern = fonts.fonts[i] else { continue }
                var n: Int32 = 0
                var value: UnsafeMutablePointer<FcChar8>? = nil
                while FcPatternGetString(pattern, "family", n, &value) == FcResultMatch, let value {
                    names.append(String(cString: value))
                    n += 1
                }
            }
        }
        var seen = Set<String>()
        let families = names.filter { seen.insert($0).inserted }.sorted()
        self.families = families
        let keys = Set(families.map(Self.key))
        self.familyKeys = keys
        self.fallbacks = fallbacks.filter { keys.contains(Self.key($0)) }
        self.missingFallbacks = fallbacks.filter { !keys.contains(Self.key($0)) }
        self.hanjaSans = hanjaFamilies.flatMap { keys.contains(Self.key($0.sans)) ? $0.sans : nil }
        self.hanjaSerif = hanjaFamilies.flatMap { keys.contains(Self.key($0.serif)) ? $0.serif : nil }
    }

    deinit { FcConfigDestroy(config) }

    /// Makes this configuration fontconfig's current one for the process.
    ///
    /// Why: Pango's first font map starts a thread that calls `FcInit()`,
    /// which, while no configuration is current, loads the system's — parsing
    /// every /etc/fonts/conf.d file and reading every font cache, about 25 M
    /// instructions or an eighth of a whole `briefing chart -o x.png` run
    /// (callgrind) — although our font maps only ever use this private
    /// configuration. With one current, `FcInit()` returns at once. Nothing
    /// of ours reads the current configuration, so the choice of fonts does
    /// not change. Call it before the first measurer or renderer exists.
    public func makeProcessDefault() {
        _ = FcConfigSetCurrent(config)
    }

    /// Whether `family` names an installed font, compared the way fontconfig
    /// compares families (case and spaces ignored).
    public func has(family: String) -> Bool { familyKeys.contains(Self.key(family)) }

    static func key(_ family: String) -> String {
        String(family.lowercased().filter { $0 != " " })
    }

    /// The families a run of `family` may borrow from, in the order Pango
    /// tries them: the fallbacks, then the Hanja family of its style. The
    /// fallbacks come first so `−` is drawn as before (Noto CJK has one too).
    public func fallbacks(for family: String) -> [String] {
        let serif = ["myeongjo", "serif", "batang"].contains { Self.key(family).contains($0) }
        let hanja = [serif ? hanjaSerif ?? hanjaSans : hanjaSans ?? hanjaSerif].compactMap { $0 }
        return (fallbacks + hanja).filter { Self.key($0) != Self.key(family) }
    }

    /// Whether the fallbacks may draw `scalar` for a family that lacks it:
    /// the listed characters and accented Latin letters.
    public func mayBorrow(_ scalar: Unicode.Scalar) -> Bool {
        guard let allowed = fallbackCharacters else { return true }
        return allowed.contains(scalar) || Self.latinAccentRanges.contains { $0.contains(scalar.value) }
    }

    /// Whether `family`, met as a fallback, may draw `scalar`: a Hanja family only Hanja.
    public func mayBorrow(_ scalar: Unicode.Scalar, from family: String) -> Bool {
        let hanja = [hanjaSans, hanjaSerif].compactMap { $0 }.contains { Self.key($0) == Self.key(family) }
        return hanja ? Self.hanjaRanges.contains { $0.contains(scalar.value) } : mayBorrow(scalar)
    }

    /// The Pango family list for a run: the family, then its fallbacks.
    func pangoFamilyList(_ family: String) -> String {
        ([family] + fallbacks(for: family)).joined(separator: ",")
    }
}
