/// Header names with their units: `목표(만달러)` → name `목표`, money in USD ×10⁴.
///
/// The unit is the text in the LAST parentheses at the end of the header, if
/// it is a unit this table knows; other parentheses (`(2020=100)`,
/// `지역별(1)`) stay part of the name. Spaces inside are ignored, and a
/// `단위:` prefix is allowed: `수출액 (천달러)`, `(만 달러)`, `(단위: 억원)`.
public enum HeaderParser {
    public static func parse(_ header: String) -> (name: String, unit: MeasureUnit?) {
        let trimmed = header.trimmingSpaces
        guard trimmed.hasSuffix(")") || trimmed.hasSuffix("）"),
              let open = trimmed.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return (trimmed, nil) }
        let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        guard let unit = UnitTable.unit(inner) else { return (trimmed, nil) }
        let name = String(trimmed[..<open]).trimmingSpaces
        return (name.isEmpty ? trimmed : name, unit)
    }

    /// The name a KOSIS classification column also answers to: `지역별(1)` →
    /// `지역별`. KOSIS numbers the levels of a classification (`(1)` the
    /// first, `(2)` the second …); the number is not a unit, so it stays in
    /// the name, and the alias spares templates and `--x` the backticks.
    /// `nil` for any other name (`지수(2020=100)`, `(1)`, `목표`).
    public static func classificationAlias(of name: String) -> String? {
        guard let close = name.last, close == ")" || close == "）",
              let open = name.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let level = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard (1...2).contains(level.count), level.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let alias = String(name[..<open]).trimmingSpaces
        return alias.isEmpty ? nil : alias
    }

    /// A note like `(단위: 만달러)` or `단위: 천원` on a line of its own above
    /// the header: the unit, or `nil` when the text is not such a note.
    public static func unitNote(_ text: String) -> MeasureUnit? {
        var t = Substring(text.trimmingSpaces)
        if (t.hasPrefix("(") || t.hasPrefix("（")) && (t.hasSuffix(")") || t.hasSuffix("）")) { t = t.dropFirst().dropLast() }
        let compact = t.filter { $0 != " " }
        guard compact.hasPrefix("단위") else { return nil }
        return UnitTable.unit(Substring(compact))
    }
}

/// The units Korean statistics tables write in headers.
enum UnitTable {
    /// Scale prefixes (천, 만, 백만, 억, 조 …; see `ScaleWords`).
    static let scales = ScaleWords.korean
    static let currencies: [(String, Currency)] = [
        ("미달러", .usd), ("미화달러", .usd), ("달러", .usd), ("불", .usd), ("us$", .usd), ("usd", .usd), ("$", .usd),
        ("원", .krw), ("krw", .krw), ("₩", .krw),
    ]
    /// Counter nouns (명 people, 건 cases, 개 items, 개국 countries, 개사 companies …).
    static let counters = ["개국", "개사", "개소", "명", "건", "개", "편", "회",
                           "곳", "社", "국", "대", "척", "가구", "세대"]
    static let others = ["톤", "kg", "㎏", "t", "㎡", "m²", "km", "㎞", "ha", "kWh", "MWh", "천톤"]

    static func unit(_ raw: Substring) -> MeasureUnit? {
        var text = String(raw.filter { $0 != " " })
        // `단위:` / `단위 :` prefix.
        if text.hasPrefix("단위") {
            text = String(text.dropFirst(2))
            if text.hasPrefix(":") || text.hasPrefix("：") { text = String(text.dropFirst()) }
        }
        let written = String(raw).trimmingSpaces.replacingPrefixNote()
        if text.isEmpty { return nil }
        if text == "%" || text == "％" { return MeasureUnit(.percent, written: written) }
        if text == "%p" || text == "%P" || text == "％p" { return MeasureUnit(.percentPoint, written: written) }
        var power = 0
        var rest = Substring(text)
        for (prefix, p) in scales where rest.hasPrefix(prefix) && rest.count > prefix.count {
            power = p
            rest = rest.dropFirst(prefix.count)
            break
        }
        let lower = rest.lowercased()
        for (name, currency) in currencies where lower == name {
            return MeasureUnit(.money(currency), powerOfTen: power, written: written)
        }
        if counters.contains(String(rest)) { return MeasureUnit(.count(noun: String(rest)), powerOfTen: power, written: written) }
        if others.contains(text) { return MeasureUnit(.other(text), written: written) }
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\u{3000}" || f == "\u{A0}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\u{3000}" || l == "\u{A0}" { s = s.dropLast() }
        return String(s)
    }

    /// `단위: 만달러` → `만달러` for the written form.
    func replacingPrefixNote() -> String {
        guard hasPrefix("단위") else { return self }
        var s = Substring(self).dropFirst(2)
        while let f = s.first, f == " " || f == ":" || f == "：" { s = s.dropFirst() }
        return String(s)
    }
}
