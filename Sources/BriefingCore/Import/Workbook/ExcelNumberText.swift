/// A number cell's `<v>` text kept exact: writers put `0.1`, `14500`,
/// `-3.25` or, for very large and small numbers, `1.5E-3` there. The text is
/// rewritten without an exponent, digit by digit, never through `Double`,
/// to at most 15 significant digits: Excel's precision, and what it shows.
/// Digits past the 15th (`9.9990000000000006`) are the binary noise of a
/// computed value, never a figure anybody typed.
///
/// ```
/// ExcelNumberText.plain("0.1")                  // "0.1"
/// ExcelNumberText.plain("1.5E-3")               // "0.0015"
/// ExcelNumberText.plain("2E+3")                 // "2000"
/// ExcelNumberText.plain("9.9990000000000006")   // "9.999"
/// ExcelNumberText.percent("0.125")              // "12.5%"
/// ```
enum ExcelNumberText {
    /// Excel keeps and shows 15 significant digits.
    static let significantDigits = 15

    /// A shared-string index: plain digits, nothing else.
    static func index(_ v: [UInt8]) -> Int? {
        v.withUnsafeBufferPointer { XMLToken.integer($0, 0..<$0.count) }
    }

    static func plain(_ text: String) -> String? { string(Array(text.utf8), shift: 0) }

    /// The number times 100 with a `%`, as a percent-formatted cell shows it.
    static func percent(_ text: String) -> String? { string(Array(text.utf8), shift: 2).map { $0 + "%" } }

    private static func string(_ v: [UInt8], shift: Int) -> String? {
        var out: [UInt8] = []
        return append(v, shift: shift, to: &out) ? String(decoding: out, as: UTF8.self) : nil
    }

    /// Appends the number in `v` times 10^`shift`, plainly written; false (and
    /// nothing appended) when `v` is no number.
    static func append(_ v: [UInt8], shift: Int, to out: inout [UInt8]) -> Bool {
        var i = 0, n = v.count
        while i < n && v[i] == 0x20 { i += 1 }
        while n > i && v[n - 1] == 0x20 { n -= 1 }
        var negative = false
        if i < n && (v[i] == UInt8(ascii: "-") || v[i] == UInt8(ascii: "+")) { negative = v[i] == UInt8(ascii: "-"); i += 1 }
        var digits: [UInt8] = []
        digits.reserveCapacity(n - i)
        var point: Int? = nil
        while i < n {
            let b = v[i]
            if b >= 0x30 && b <= 0x39 { digits.append(b - 0x30) }
            else if b == UInt8(ascii: "."), point == nil { point = digits.count }
            else { break }
            i += 1
        }
        guard !digits.isEmpty else { return false }
        var exponent = 0
        if i < n {
            guard v[i] == UInt8(ascii: "E") || v[i] == UInt8(ascii: "e"), i + 1 < n,
                  let e = Int(String(decoding: v[(i + 1)..<n], as: UTF8.self)), abs(e) <= 400 else { return false }
            exponent = e
        }
        var at = (point ?? digits.count) + exponent + shift
        // Leading zeros say nothing; then 15 significant digits, rounded half up.
        let first = digits.firstIndex(where: { $0 != 0 }) ?? digits.count
        digits.removeFirst(first)
        at -= first
        if digits.count > significantDigits {
            let up = digits[significantDigits] >= 5
            digits.removeSubrange(significantDigits...)
            var k = digits.count - 1
            while up && k >= 0 {
                if digits[k] == 9 { digits[k] = 0; k -= 1 } else { digits[k] += 1; break }
            }
            if up && k < 0 { digits.insert(1, at: 0); digits.removeLast(); at += 1 }
        }
        while digits.last == 0 { digits.removeLast() }
        guard !digits.isEmpty else { out.append(0x30); return true }
        if negative { out.append(UInt8(ascii: "-")) }
        if at <= 0 {
            out += [0x30, UInt8(ascii: ".")]
            out += repeatElement(0x30, count: -at)
            out += digits.map { $0 + 0x30 }
        } else if at >= digits.count {
            out += digits.map { $0 + 0x30 }
            out += repeatElement(0x30, count: at - digits.count)
        } else {
            out += digits[..<at].map { $0 + 0x30 }
            out.append(UInt8(ascii: "."))
            out += digits[at...].map { $0 + 0x30 }
        }
        return true
    }
}
