import BriefingLayout

/// The three families the PDF uses, each named with the 한글 font a PC
/// without Nanum falls back to (`hh:substFont`): 함초롬돋움 for the Gothics,
/// 함초롬바탕 for Myeongjo. Both ship with every copy of 한글, so a 과장's PC
/// shows Korean text, not boxes. The raw value is the font's id in each
/// `hh:fontface` list.
enum FontFace: Int, CaseIterable, Sendable {
    case gothic = 0, myeongjo, display

    func family(_ fonts: FontFamilies) -> String {
        switch self {
        case .gothic: fonts.gothic
        case .myeongjo: fonts.myeongjo
        case .display: fonts.display
        }
    }

    var substitute: String { self == .myeongjo ? "함초롬바탕" : "함초롬돋움" }

    /// OWPML's font class, which 한글 uses to pick a substitute of its own.
    var familyType: String { self == .myeongjo ? "FCAT_MYUNGJO" : "FCAT_GOTHIC" }

    /// The face a `FontSpec` names; a family the page does not list is set
    /// in the body's Myeongjo, as the PDF's font check would refuse it anyway.
    static func of(_ font: FontSpec, in fonts: FontFamilies) -> FontFace {
        allCases.first { $0.family(fonts) == font.family } ?? .myeongjo
    }
}
