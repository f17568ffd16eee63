/// What a cell's number format makes of its number, as Excel shows it:
/// a day, a day and time, a time of day, a duration, a percent, or a plain
/// number (thousands separators, decimals and currency change only the look).
///
/// ```
/// NumberFormat(id: 14, code: nil)                       // .date
/// NumberFormat(id: 176, code: "yyyy\"년\" m\"월\" d\"일\"") // .date
/// NumberFormat(id: 177, code: "[$-ko-KR]yyyy.mm.dd")    // .date
/// NumberFormat(id: 10, code: nil)                       // .percent (0.00%)
/// NumberFormat(id: 3, code: nil)                        // .number (#,##0)
/// NumberFormat(id: 22, code: nil)                       // .dateTime (m/d/yy h:mm)
/// NumberFormat(id: 20, code: nil)                       // .time (h:mm)
/// NumberFormat(id: 46, code: nil)                       // .duration ([h]:mm:ss)
/// ```
enum NumberFormat: Equatable {
    case number
    case date
    case dateTime
    case time
    /// Elapsed time (`[h]:mm`): hours past 24 count on.
    case duration
    case percent
    /// `@`: the cell is meant as text.
    case text

    init(id: Int, code: String?) {
        switch id {
        case 9, 10: self = .percent
        case 14...17: self = .date
        case 18...21, 45, 47: self = .time
        case 22: self = .dateTime
        case 46: self = .duration
        case 49: self = .text
        default:
            guard let code else {
                // Korean built-ins in the ko-KR locale: 32–33 are times (h"시" mm"분"), 27–36 and 50–58 days.
                if (32...33).contains(id) { self = .time; return }
                self = (27...36).contains(id) || (50...58).contains(id) ? .date : .number
                return
            }
            self = NumberFormat.classify(code)
        }
    }

    /// A custom code: its first section (before `;`) with quoted text, `\x`
    /// escapes and `[…]` brackets (locale, colour, condition) set aside.
    /// Day tokens are y and d (and m alone), time tokens h and s (m between
    /// them is minutes); a `%` outside quotes is a percent; `[h]`, `[m]`,
    /// `[s]` make a duration.
    static func classify(_ code: String) -> NumberFormat {
        var inQuote = false, inBracket = false, escaped = false
        var sawDay = false, sawMonth = false, sawTime = false, sawPercent = false, sawElapsed = false
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
            case ";": return kind(sawDay, sawMonth, sawTime, sawElapsed) ?? (sawPercent ? .percent : (code == "@" ? .text : .number))
            case "%": sawPercent = true
            case "y", "Y", "d", "D": sawDay = true
            case "m", "M": sawMonth = true
            case "h", "H", "s", "S": sawTime = true
            case "@": if code.trimmingSpaces == "@" { return .text }
            default: break
            }
        }
        return kind(sawDay, sawMonth, sawTime, sawElapsed) ?? (sawPercent ? .percent : .number)
    }

    private static func kind(_ day: Bool, _ month: Bool, _ time: Bool, _ elapsed: Bool) -> NumberFormat? {
        if elapsed { return .duration }
        if day { return time ? .dateTime : .date }
        if time { return .time }
        return month ? .date : nil
    }
}
