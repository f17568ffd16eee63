/// A number cell's `<v>` written as its format shows it, as the text the CSV
/// cell grammar reads: the exact number (`0.1`, never a binary float), a day
/// (`2024-03-15`), a day and a time (`2024-03-15 14:30`), a time of day
/// (`14:30`), a duration (`36:00`) or a percent (`12.5%`).
///
/// A day with a time is text to the grammar: it is kept whole rather than
/// cut to its day. Only the time comes from a binary float, as in Excel,
/// rounded to the second.
enum CellNumberText {
    static func append(_ v: [UInt8], format: NumberFormat, date1904: Bool, to out: inout [UInt8]) {
        switch format {
        case .number, .text:
            if isCanonical(v) { out += v; return }
            if !ExcelNumberText.append(v, shift: 0, to: &out) { out += v }
        case .percent:
            if ExcelNumberText.append(v, shift: 2, to: &out) { out.append(UInt8(ascii: "%")) } else { out += v }
        case .date, .dateTime:
            guard let serial = ExcelSerial.wholePart(v), let day = ExcelSerial.day(serial, date1904: date1904) else {
                if !ExcelNumberText.append(v, shift: 0, to: &out) { out += v }
                return
            }
            let seconds = format == .dateTime ? secondsOfDay(v) : 0
            if seconds == 86_400, let next = ExcelSerial.day(serial + 1, date1904: date1904) {
                appendDay(next, to: &out)
                if format == .dateTime { out += " 00:00".utf8 }
                return
            }
            appendDay(day, to: &out)
            // A day-and-time column writes its time even at midnight: its cells keep one shape.
            if format == .dateTime { out.append(0x20); appendClock(seconds, hoursPad: true, to: &out) }
        case .time:
            let s = secondsOfDay(v)
            appendClock(s == 86_400 ? 0 : s, hoursPad: true, to: &out)
        case .duration:
            guard let d = Double(String(decoding: v, as: UTF8.self)), d.isFinite, abs(d) < 1e9 else { out += v; return }
            let total = Int((abs(d) * 86_400).rounded())
            if d < 0 { out.append(UInt8(ascii: "-")) }
            appendClock(total, hoursPad: false, to: &out)
        }
    }

    /// `-?digits(.digits)?` with no leading zero but a lone `0`, no trailing
    /// fraction zero, no `-0` and at most 15 digits: exactly what
    /// `ExcelNumberText.plain` would write.
    static func isCanonical(_ v: [UInt8]) -> Bool {
        var i = 0
        let n = v.count
        if n > 0 && v[0] == UInt8(ascii: "-") { i = 1 }
        let wholeStart = i
        while i < n && v[i] >= 0x30 && v[i] <= 0x39 { i += 1 }
        let whole = i - wholeStart
        guard whole > 0, !(whole > 1 && v[wholeStart] == 0x30) else { return false }
        guard n - wholeStart <= ExcelNumberText.significantDigits else { return false }
        if i == n { return !(wholeStart == 1 && whole == 1 && v[1] == 0x30) }
        guard v[i] == UInt8(ascii: "."), i + 1 < n, v[n - 1] != 0x30 else { return false }
        i += 1
        while i < n && v[i] >= 0x30 && v[i] <= 0x39 { i += 1 }
        return i == n
    }

    /// The time of day of a serial, in whole seconds (86,400 when it rounds up to midnight).
    static func secondsOfDay(_ v: [UInt8]) -> Int {
        guard let d = Double(String(decoding: v, as: UTF8.self)), d.isFinite, d >= 0 else { return 0 }
        return Int(((d - d.rounded(.down)) * 86_400).rounded())
    }

    static func appendDay(_ day: Day, to out: inout [UInt8]) {
        appendDigits(day.year, width: 4, to: &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(day.month, width: 2, to: &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(day.day, width: 2, to: &out)
    }

    /// `14:30`, or `14:30:15` when the seconds are not zero.
    static func appendClock(_ seconds: Int, hoursPad: Bool, to out: inout [UInt8]) {
        appendDigits(seconds / 3600, width: hoursPad ? 2 : 1, to: &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(seconds / 60 % 60, width: 2, to: &out)
        if seconds % 60 != 0 {
            out.append(UInt8(ascii: ":"))
            appendDigits(seconds % 60, width: 2, to: &out)
        }
    }

    static func appendDigits(_ n: Int, width: Int, to out: inout [UInt8]) {
        let s = String(n)
        if s.utf8.count < width { out += repeatElement(UInt8(ascii: "0"), count: width - s.utf8.count) }
        out += s.utf8
    }
}
