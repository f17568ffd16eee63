import CPangoCairo

/// The fonts briefing draws with: a private fontconfig configuration that
/// holds only the folders we name, so that font choice does not depend on
/// the user's `~/.fonts`, `/etc/fonts` rules or the locale. Families are then
/// matched exactly ("NanumGothic"), and a character a family lacks falls back
/// only to the `fallbacks` we list — never to whatever fontconfig finds.
///
/// Why a fallback at all: every Nanum family lacks U+2212 MINUS SIGN (`−`),
/// which the Format stage prints for negatives; DejaVu Sans (fonts-dejavu-core,
/// installed with fontconfig itself) has it. The check in `FontCheck` refuses
/// any character that neither the run's family nor a fallback covers.
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

    /// The library most callers use: default folders and fallback, built once.
    public static let standard = FontLibrary()

    /// `FcConfig *`, owned.
    let config: OpaquePointer
    public let directories: [String]
    /// Fallback families, only those installed.
    public let fallbacks: [String]
    /// Fallback families asked for but not installed.
    public let missingFallbacks: [String]
    /// Every family name the folders offer (each font's names in all languages).
    public let families: [String]
    private let familyKeys: Set<String>

    public init(directories: [String] = FontLibrary.defaultDirectories, fallbacks: [String] = FontLibrary.defaultFallbacks) {
        let config = FcConfigCreate()!
        // Read the system's font caches instead of parsing every font file again.
        let xml = "<?xml version=\"1.0\"?><fontconfig><cachedir>/var/cache/fontconfig</cachedir></fontconfig>"
        _ = FcConfigParseAndLoadFromMemory(config, xml, 0)
        var used: [String] = []
        for dir in directories {
            var st = stat()
            guard stat(dir, &st) == 0 else { continue }
            if FcConfigAppFontAddDir(config, dir) != 0 { used.append(dir) }
        }
        self.config = config
        self.directories = used

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
    }

    deinit { FcConfigDestroy(config) }

    /// Whether `family` names an installed font, compared the way fontconfig
    /// compares families (case and spaces ignored).
    public func has(family: String) -> Bool { familyKeys.contains(Self.key(family)) }

    static func key(_ family: String) -> String {
        String(family.lowercased().filter { $0 != " " })
    }

    /// The Pango family list for a run: the family, then the fallbacks.
    func pangoFamilyList(_ family: String) -> String {
        ([family] + fallbacks.filter { Self.key($0) != Self.key(family) }).joined(separator: ",")
    }
}
