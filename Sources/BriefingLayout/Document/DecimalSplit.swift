/// Splits a formatted number at the point it is aligned on: before the
/// decimal '.', or after the last digit when there is none.
///
/// ```swift
/// decimalSplit("666.7%")   // ("666", ".7%")
/// decimalSplit("1,000")    // ("1,000", "")
/// decimalSplit("598개사")   // ("598", "개사")
/// decimalSplit("-")        // ("-", "")   missing, aligned as an integer
/// ```
func decimalSplit(_ text: String) -> (integer: String, fraction: String) {
    let chars = Array(text)
    for i in chars.indices where chars[i] == "." {
        if i > 0, i + 1 < chars.count, chars[i - 1].isASCII, chars[i - 1].isNumber, chars[i + 1].isASCII, chars[i + 1].isNumber {
            return (String(chars[..<i]), String(chars[i...]))
        }
    }
    if let last = chars.lastIndex(where: { $0.isASCII && $0.isNumber }) {
        return (String(chars[...last]), String(chars[(last + 1)...]))
    }
    return (text, "")
}
