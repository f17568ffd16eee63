/// The scale a chart's or table's numbers are written in, as the user asks
/// for it (`--scale 억`, `scale: million`); `UnitDisplay` turns it into labels
/// and a unit line that say the scale once.
///
/// ```swift
/// LabelScale(parsing: "억")       // .power(8): 1,250,000 천달러 → `12.5` under `(단위: 억 달러)`
/// LabelScale(parsing: "million")  // .power(6)
/// LabelScale(parsing: "auto")     // .words: `12.5억` under `(단위: 달러)`
/// LabelScale(parsing: "sideways") // nil: an error where the user wrote it
/// ```
public enum LabelScale: Sendable, Hashable {
    /// The scale the column's header gives (`목표(만달러)` → 만 달러): Korean
    /// tables and press graphics keep it. English has no word for 만 or 억, so
    /// an English chart counts them in the next smaller thousand (10⁴ → 10³).
    case column
    /// Every number converted exactly to this power of ten of the base unit
    /// (0 = 달러, 원, 명 themselves; 3 = 천/thousands; 8 = 억 …).
    case power(Int)
    /// Scale words on the labels themselves (`1,000만`, `12.5억`, `$10.0M`),
    /// and a unit line that names only the base unit (`(단위: 달러)`).
    case words

    /// What `parsing` accepts, for error messages.
    public static let accepted = "1, 천, 만, 십만, 백만, 천만, 억, 십억, 조, thousand, million, billion, trillion, auto"

    /// Parses a scale as a user writes it; `nil` when it is none of `accepted`.
    public init?(parsing raw: String) {
        let text = raw.filter { $0 != " " }.lowercased()
        switch text {
        case "auto", "words": self = .words
        case "column", "header": self = .column
        case "1", "none", "base": self = .power(0)
        case "thousand", "thousands", "k": self = .power(3)
        case "million", "millions", "m": self = .power(6)
        case "billion", "billions", "b": self = .power(9)
        case "trillion", "trillions", "t": self = .power(12)
        default:
            guard let power = ScaleWords.koreanPower(text) else { return nil }
            self = .power(power)
        }
    }
}

/// The scale words Korean and English units are written with.
enum ScaleWords {
    /// 천 10³, 만 10⁴, 십만 10⁵, 백만 10⁶, 천만 10⁷, 억 10⁸, 십억 10⁹, 조 10¹²,
    /// longest first so `십억` is not read as `억`.
    static let korean: [(word: String, power: Int)] = [
        ("십억", 9), ("천만", 7), ("백만", 6), ("십만", 5), ("천", 3), ("만", 4), ("억", 8), ("조", 12),
    ]

    static func koreanPower(_ word: String) -> Int? { korean.first { $0.word == word }?.power }

    static func koreanWord(_ power: Int) -> String? {
        power == 0 ? "" : korean.first { $0.power == power }?.word
    }

    /// `thousands`, `millions` …; a power between them is written as a
    /// multiplier (`× 10,000`), never rounded to a neighbour.
    static func englishWords(_ power: Int) -> String {
        switch power {
        case 0: return ""
        case 3: return "thousands"
        case 6: return "millions"
        case 9: return "billions"
        case 12: return "trillions"
        default: return "× " + DecimalText.grouped(ExactDecimal(significand: 1, exponent: power), scale: 0)
        }
    }
}
