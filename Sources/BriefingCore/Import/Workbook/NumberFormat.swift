/// What a cell's number format makes of its number, as Excel shows it:
/// a date, a percent, or a plain number (thousands separators, decimals and
/// currency change only the look).
///
/// ```
/// NumberFormat(id: 14, code: nil)                       // .date
/// NumberFormat(id: 176, code: "yyyy\"년\" m\"월\" d\"일\"") // .date
/// NumberFormat(id: 177, code: "[$-ko-KR]yyyy.mm.dd")    // .date
/// NumberFormat(id: 10, code: nil)                       // .percent (0.00%)
/// NumberFormat(id: 3, code: nil)                        // .number (#,##0)
/// ```
enum NumberFormat: Equatable {
    case number
    case date
    case percent
    /// `@`: the cell is meant as text.
    case text

    init(id: Int, code: String?) {
        switch id {
        case 9, 10: self = .percent
        case 14...22, 45...47: self = .date
        case 49: self = .text
        default:
            guard let code else {
                // Korean built-ins (ids 27–36, 50–58) are date formats in the ko-KR locale.
                self = (27...36).contains(id) || (50...58).contains(id) ? .date : .number
                return
            }
            self = NumberFormat.classify(code)
        }
    }

    /// A custom code: its first section (before `;`) with quoted text, `\x`
    /// escapes and `[…]` brackets (locale, colour, condition) set aside.
    /// Date and time tokens are y, m, d, h, s; a `%` outside quotes is a percent.
    /// Elapsed time (`[h]:mm`) is a duration, read as a number.
    static func classify(_ code: String) -> NumberFormat {
        var inQuote = false, inBracket = false, escaped = false
        var sawDate = false, sawPercent = false, sawElapsed = false
        var bracket = ""
        for ch in code {
            if escaped { escaped = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            if inBracket {
                if ch == "]" {
                    inBracket = false
                    let b = bracket.lowercased()
                    if ["h", "hh", "m", "mm", "s", "ss"].contains(b) { sawElapsed = true }
                } else { bracket.append(ch) }
                continue
            }
            switch ch {
            case "\"": inQuote = true
            case "\\", "_", "*": escaped = true  // `\x` literal, `_x` space as wide as x, `*x` fill
            case "[": inBracket = true; bracket = ""
            case ";": return sawDate && !sawElapsed ? .date : (sawPercent ? .percent : (code == "@" ? .text : .number))
            case "%": sawPercent = true
            case "y", "Y", "d", "D", "m", "M", "h", "H", "s", "S":
                sawDate = true
            case "@": if code.trimmingSpaces == "@" { return .text }
            default: break
            }
        }
        if sawDate && !sawElapsed { return .date }
        return sawPercent ? .percent : .number
    }
}
