/// The unit line: the one place the scale is said.
extension UnitDisplay {
    /// `만 달러`, `천명`, `억 원`, `%` (ko); `US$ thousands`, `thousands of people` (en);
    /// `nil` when the numbers need no unit (plain counts in English, unitless columns).
    public var unitWords: String? {
        guard let shown else { return nil }
        return locale == .ko ? Self.koreanWords(shown) : Self.englishWords(shown)
    }

    /// `(단위: 만 달러)` (ko), `(US$ thousands)` (en), or `nil`.
    public var unitLine: String? {
        guard let w = unitWords, !w.isEmpty else { return nil }
        return locale == .ko ? "(단위: \(w))" : "(\(w))"
    }

    /// A unit line naming several units (a table's numeric columns, a combo
    /// chart's two axes): `(단위: 건, 만 달러)`.
    public static func unitLine(_ displays: [UnitDisplay], locale: ReportLocale) -> String? {
        var words: [String] = []
        for d in displays {
            if let w = d.unitWords, !w.isEmpty, !words.contains(w) { words.append(w) }
        }
        guard !words.isEmpty else { return nil }
        let list = words.joined(separator: ", ")
        return locale == .ko ? "(단위: \(list))" : "(\(list))"
    }

    static func koreanWords(_ u: MeasureUnit) -> String {
        let multiplier = DecimalText.grouped(ExactDecimal(significand: 1, exponent: u.powerOfTen), scale: 0)
        let scale = ScaleWords.koreanWord(u.powerOfTen) ?? "× " + multiplier
        switch u.quantity {
        case .money(let c):
            let word = c == .usd ? "달러" : "원"
            return scale.isEmpty ? word : scale + " " + word
        case .count(let noun): return scale + noun
        case .percent: return "%"
        case .percentPoint: return "%p"
        case .other(let name):
            let written = u.written.isEmpty ? name : u.written
            if written.isEmpty { return scale }
            return scale.isEmpty ? written : scale + " " + written
        }
    }

    static func englishWords(_ u: MeasureUnit) -> String {
        let scale = ScaleWords.englishWords(u.powerOfTen)
        switch u.quantity {
        case .money(let c):
            if scale.isEmpty { return c == .usd ? "US dollars" : "Korean won" }
            return (c == .usd ? "US$ " : "KRW ") + scale
        case .count(let noun):
            let thing = englishNoun[noun]
            guard !scale.isEmpty else { return thing ?? "" }
            return thing.map { scale.hasPrefix("×") ? "\($0) \(scale)" : "\(scale) of \($0)" } ?? scale
        case .percent: return ""
        case .percentPoint: return "percentage points"
        case .other(let name):
            let written = u.written.isEmpty ? name : u.written
            if written.isEmpty { return scale }
            return scale.isEmpty ? written : written + " " + scale
        }
    }

    /// Korean counter nouns an English unit line names; others go unnamed.
    static let englishNoun: [String: String] = [
        "명": "people", "건": "cases", "개": "items", "개국": "countries", "국": "countries",
        "개사": "companies", "社": "companies", "곳": "places", "개소": "sites", "회": "times",
        "가구": "households", "세대": "households", "대": "units", "척": "ships", "편": "flights",
    ]
}
