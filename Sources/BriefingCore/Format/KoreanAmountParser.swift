/// Reads back a figure as `FigureFormatter` writes it, so tests can check that
/// formatting keeps the value (at the shown precision), and so a template can
/// say `목표: 150만 달러`.
///
/// Grammar (spaces allowed between pieces):
/// ```
/// figure  := sign? prefix? group+ suffix? unit?
/// sign    := "+" | "-" | "−" | "△" | "▲"(increase)
/// prefix  := "US$" | "$" | "₩"
/// group   := number myriad?          // "32억" "5,000만" "14,500"
/// number  := digits ("," digits)* ("." digits)?
/// myriad  := "천"? ("조" | "억" | "만") | "천"   // "2천만" = 2 × 10⁷
/// suffix  := "K" | "M" | "B" | "T"   // English scales, after one group
/// unit    := "달러" | "원" | "%" | "%p" | a counter noun (명, 건, 개사 …)
/// ```
/// `"32억 5,000만 원"` → 3,250,000,000 KRW; `"△66만 달러"` → −660,000 USD;
/// `"1만 4,500명"` → 14,500 명; `"$9.34M"` → 9,340,000 USD;
/// `"1억 2천만 달러"` → 120,000,000 USD.
public enum KoreanAmountParser {
    public struct Parsed: Sendable, Hashable {
        /// The value in base units (달러, 원, 명), exact.
        public var value: ExactDecimal
        /// What it counts; `.other("")` for a bare number.
        public var quantity: Quantity

        /// As an amount in base units.
        public var amount: Amount { Amount(value, MeasureUnit(quantity, written: "")) }
    }

    public enum Failure: Error, Sendable, Hashable {
        /// The text is not a figure; `offset` is the character where reading stopped.
        case unexpected(text: String, offset: Int)
    }

    public static func parse(_ text: String) throws(Failure) -> Parsed {
        let chars = Array(text)
        var i = 0
        func skipSpaces() { while i < chars.count, chars[i].isWhitespace { i += 1 } }
        func fail() -> Failure { .unexpected(text: text, offset: i) }

        skipSpaces()
        var negative = false
        if i < chars.count, "+-−△▲▽".contains(chars[i]) {
            negative = "-−△▽".contains(chars[i])
            i += 1
            skipSpaces()
        }
        var currency: Currency?
        if text[text.index(text.startIndex, offsetBy: i)...].hasPrefix("US$") { currency = .usd; i += 3 }
        else if i < chars.count, chars[i] == "$" { currency = .usd; i += 1 }
        else if i < chars.count, chars[i] == "₩" { currency = .krw; i += 1 }

        var total = ExactDecimal.zero
        var groups = 0
        var lastPower = Int.max
        while true {
            skipSpaces()
            let start = i
            var literal = ""
            while i < chars.count, chars[i].isASCII, chars[i].isNumber || chars[i] == "," || chars[i] == "." {
                if chars[i] != "," { literal.append(chars[i]) }
                i += 1
            }
            if start == i { break }
            guard let number = ExactDecimal(literal) else { i = start; throw fail() }
            var power = 0
            if i < chars.count, chars[i] == "천" {
                // 천 alone (5천) or before a myriad (2천만 = 2 × 10³ × 10⁴).
                power = 3; i += 1
                if i < chars.count, let p = ["조": 12, "억": 8, "만": 4][String(chars[i])] { power += p; i += 1 }
            } else if i < chars.count, let p = ["조": 12, "억": 8, "만": 4][String(chars[i])] {
                power = p; i += 1
            } else if groups == 0, i < chars.count, let p = ["K": 3, "M": 6, "B": 9, "T": 12][String(chars[i])] {
                power = p; i += 1
            }
            // Myriad groups must come largest first: "32억 5,000만", never "5,000만 32억".
            guard power < lastPower else { i = start; throw fail() }
            lastPower = power
            total = total + number.shifted(by: power)
            groups += 1
            if power == 0 { break }
        }
        guard groups > 0 else { throw fail() }
        skipSpaces()
        let rest = String(chars[i...]).trimmingCharacters(inSet: " ")
        var quantity: Quantity
        switch rest {
        case "": quantity = currency.map { .money($0) } ?? .other("")
        case "달러": quantity = .money(.usd)
        case "원": quantity = .money(.krw)
        case "%": quantity = .percent
        case "%p", "pp": quantity = .percentPoint
        default:
            guard currency == nil, rest.allSatisfy({ $0.isLetter }) else { throw fail() }
            quantity = .count(noun: rest)
        }
        if let currency, case .money(let c) = quantity, c != currency { throw fail() }
        return Parsed(value: negative ? -total : total, quantity: quantity)
    }
}

private extension String {
    func trimmingCharacters(inSet set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
