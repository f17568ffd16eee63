/// A number cell's `<v>` text kept exact: writers put `0.1`, `14500`,
/// `-3.25` or, for very large and small numbers, `1.5E-3` there. The text is
/// rewritten without an exponent, digit by digit, never through `Double`.
///
/// ```
/// ExcelNumberText.plain("0.1")     // "0.1"
/// ExcelNumberText.plain("1.5E-3")  // "0.0015"
/// ExcelNumberText.plain("2E+3")    // "2000"
/// ExcelNumberText.percent("0.125") // "12.5%"
/// ```
enum ExcelNumberText {
    static func plain(_ text: String) -> String? {
        var s = Substring(text.trimmingSpaces)
        var negative = false
        if s.first == "-" { negative = true; s = s.dropFirst() } else if s.first == "+" { s = s.dropFirst() }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            guard let x = Int(s[s.index(after: e)...]) else { return nil }
            exponent = x
            s = s[..<e]
        }
        let parts = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0], fraction = parts.count > 1 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty), (whole + fraction).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return assemble(digits: Array(whole + fraction), point: whole.count + exponent, negative: negative)
    }

    /// The number times 100 with a `%`, as a percent-formatted cell shows it.
    static func percent(_ text: String) -> String? {
        guard let p = plain(text) else { return nil }
        let negative = p.hasPrefix("-")
        let body = negative ? Substring(p.dropFirst()) : Substring(p)
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0], fraction = parts.count > 1 ? parts[1] : ""
        return assemble(digits: Array(whole + fraction), point: whole.count + 2, negative: negative)! + "%"
    }

    /// Digits with the point after `point` of them, leading and trailing zeros trimmed.
    private static func assemble(digits: [Character], point: Int, negative: Bool) -> String? {
        var d = digits, p = point
        if p < 0 { d = Array(repeating: "0", count: -p) + d; p = 0 }
        if p > d.count { d += Array(repeating: "0", count: p - d.count) }
        var whole = String(d[..<p]), fraction = String(d[p...])
        while whole.count > 1 && whole.first == "0" { whole.removeFirst() }
        if whole.isEmpty { whole = "0" }
        while fraction.last == "0" { fraction.removeLast() }
        let body = fraction.isEmpty ? whole : whole + "." + fraction
        return negative && body != "0" ? "-" + body : body
    }
}
