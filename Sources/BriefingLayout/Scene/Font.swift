/// The weights our font families offer (Nanum and Noto CJK).
public enum FontWeight: Int, Sendable, Hashable, Comparable {
    case light = 300, regular = 400, bold = 700, extraBold = 800, black = 900
    public static func < (a: FontWeight, b: FontWeight) -> Bool { a.rawValue < b.rawValue }
}

/// A font as layout asks for it. The family is named exactly ("NanumGothic",
/// "NanumMyeongjo", "NanumSquare"), never left to fallback: fontconfig picks
/// the JP face of a CJK family if asked vaguely.
public struct FontSpec: Sendable, Hashable {
    public var family: String
    public var weight: FontWeight
    /// Size in points.
    public var size: Double

    public init(family: String, weight: FontWeight = .regular, size: Double) {
        self.family = family; self.weight = weight; self.size = size
    }

    public func sized(_ size: Double) -> FontSpec { FontSpec(family: family, weight: weight, size: size) }
    public func weighted(_ weight: FontWeight) -> FontSpec { FontSpec(family: family, weight: weight, size: size) }
}

/// The families a document or chart uses by role. Defaults are the free
/// Nanum families the setup script installs (small PDF subsets).
public struct FontFamilies: Sendable, Hashable {
    /// Gothic (sans) for titles, labels and notes — the role HY헤드라인M and 돋움 play.
    public var gothic: String
    /// Myeongjo (serif) for body text — the role 휴먼명조 plays.
    public var myeongjo: String
    /// A display Gothic for big titles and KPI figures.
    public var display: String

    public init(gothic: String = "NanumGothic", myeongjo: String = "NanumMyeongjo", display: String = "NanumSquare") {
        self.gothic = gothic; self.myeongjo = myeongjo; self.display = display
    }

    public static let nanum = FontFamilies()
}
