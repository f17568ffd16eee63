/// Reads back the units a unit line written by hand names, so a template's
/// `unit: "단위: 만 달러"` can be held to the numbers under it.
///
/// ```swift
/// UnitLineReader.units(in: "(단위: 건, 만 달러)") // [건 ×1, USD ×10⁴]
/// UnitLineReader.units(in: "US$ thousands")     // [USD ×10³]
/// UnitLineReader.units(in: "계약 실적")           // []: free text, nothing to hold it to
/// ```
public enum UnitLineReader {
    public static func units(in text: String) -> [MeasureUnit] {
        var t = Substring(text.trimmingSpaces)
        if (t.hasPrefix("(") || t.hasPrefix("（")) && (t.hasSuffix(")") || t.hasSuffix("）")) { t = t.dropFirst().dropLast() }
        var body = String(t).trimmingSpaces
        if body.hasPrefix("단위") {
            body = String(body.dropFirst(2)).trimmingSpaces
            if body.hasPrefix(":") || body.hasPrefix("：") { body = String(body.dropFirst()) }
        }
        return listItems(body).compactMap { part in UnitTable.unit(part) ?? english(part) }
    }

    /// `건, 만 달러` → [건, 만 달러]; a comma between digits groups thousands
    /// (`× 100,000,000`) and does not part the list.
    static func listItems(_ text: String) -> [Substring] {
        let chars = Array(text)
        var items: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        for (i, c) in chars.enumerated() {
            let grouping = c == "," && i > 0 && chars[i - 1].isNumber && i + 1 < chars.count && chars[i + 1].isNumber
            if (c == "," || c == "，" || c == "·") && !grouping {
                items.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        items.append(text[start...])
        return items.filter { !$0.allSatisfy { $0 == " " } }
    }

    /// `US dollars`, `US$ thousands`, `KRW billions`, `millions of won`,
    /// `thousands of people`, `US$ × 10,000`; `nil` for anything else.
    static func english(_ part: Substring) -> MeasureUnit? {
        let words = part.lowercased()
            .replacingAll(["us$": " usd ", "$": " usd ", "₩": " krw ", "×": " x ", "(": " ", ")": " "])
            .split(separator: " ").map(String.init)
        var power = 0, currency: Currency?, noun: String?, understood = false
        for w in words {
            switch w {
            case "usd", "dollar", "dollars", "us": currency = .usd; understood = true
            case "krw", "won", "korean": currency = .krw; understood = true
            case "thousand", "thousands": power += 3; understood = true
            case "million", "millions": power += 6; understood = true
            case "billion", "billions": power += 9; understood = true
            case "trillion", "trillions": power += 12; understood = true
            case "of", "in", "x", "unit", "units:", "unit:": continue
            default:
                if let n = UnitDisplay.englishNoun.first(where: { $0.value == w })?.key { noun = n; understood = true; continue }
                let digits = w.filter { $0 != "," }
                guard let d = ExactDecimal(digits), d.significand > 0 else { return nil }
                let n = d.normalized
                guard n.significand == 1 else { return nil }
                power += n.exponent
            }
        }
        guard understood else { return nil }
        if let currency { return MeasureUnit(.money(currency), powerOfTen: power, written: String(part)) }
        return MeasureUnit(.count(noun: noun ?? ""), powerOfTen: power, written: String(part))
    }
}

extension UnitDisplay {
    /// Why a hand-written unit line does not fit these numbers, or `nil`:
    /// `unit says 만 달러 but the labels are in 달러`. Free text that names no
    /// unit is left alone; a named unit must be the one the labels are in.
    public func contradiction(withUnitLine text: String, others: [UnitDisplay] = []) -> String? {
        let said = UnitLineReader.units(in: text)
        guard !said.isEmpty else { return nil }
        let all = [self] + others
        for unit in said {
            let fits = all.contains { d in
                // A column without a unit counts whatever the unit line says; only the scale can be wrong.
                guard let shown = d.shown, d.source != nil else { return unit.powerOfTen == (d.shown?.powerOfTen ?? 0) }
                switch (unit.quantity, shown.quantity) {
                case (.money(let a), .money(let b)): return a == b && unit.powerOfTen == shown.powerOfTen
                case (.count(let a), .count(let b)):
                    return (a.isEmpty || a == b) && unit.powerOfTen == shown.powerOfTen
                case (.count(let a), .other):
                    return a.isEmpty && unit.powerOfTen == shown.powerOfTen
                default: return unit.quantity == shown.quantity && unit.powerOfTen == shown.powerOfTen
                }
            }
            if !fits {
                let shownText = all.compactMap(\.labelUnitDescription).joined(separator: ", ")
                return "unit says \(unit.written.trimmingSpaces) but the labels are in \(shownText.isEmpty ? "plain numbers" : shownText)"
            }
        }
        return nil
    }

    /// What the labels are counted in, for messages: `만 달러`, `달러 (만/억 on the labels)`.
    var labelUnitDescription: String? {
        guard let shown else { return nil }
        let w = locale == .ko ? Self.koreanWords(shown) : Self.englishWords(shown)
        return words ? "\(w) (\(locale == .ko ? "만/억" : "K/M/B") on the labels)" : w
    }
}

extension String {
    func replacingAll(_ pairs: [String: String]) -> String {
        var s = self
        for (from, to) in pairs.sorted(by: { $0.key.count > $1.key.count }) {
            s = s.split(separator: from, omittingEmptySubsequences: false).joined(separator: to)
        }
        return s
    }
}
