/// Blanks the values of a PDF's `/CreationDate` and `/ModDate` entries, so two
/// renderings of the same document on different days hash the same.
///
/// Cairo writes `/CreationDate (D:20240401070001+09'00)` into the document
/// information dictionary; this turns it into `/CreationDate ()`. Only literal
/// strings right after the key are touched; everything else is kept byte for
/// byte. The result is for hashing only, never for writing.
public enum PDFTimestamps {
    private static let keys: [[UInt8]] = [Array("/CreationDate".utf8), Array("/ModDate".utf8)]

    public static func blanked(_ pdf: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(pdf.count)
        var i = 0
        scan: while i < pdf.count {
            if pdf[i] == UInt8(ascii: "/") {
                for key in keys where matches(pdf, at: i, key) {
                    out.append(contentsOf: key)
                    var j = i + key.count
                    while j < pdf.count, isSpace(pdf[j]) { out.append(pdf[j]); j += 1 }
                    guard j < pdf.count, pdf[j] == UInt8(ascii: "(") else { i += key.count; continue scan }
                    // Skip the literal string, honouring escapes and nested parentheses.
                    var depth = 0
                    var k = j
                    while k < pdf.count {
                        let c = pdf[k]
                        if c == UInt8(ascii: "\\") { k += 2; continue }
                        if c == UInt8(ascii: "(") { depth += 1 }
                        if c == UInt8(ascii: ")") { depth -= 1; if depth == 0 { break } }
                        k += 1
                    }
                    out.append(contentsOf: [UInt8(ascii: "("), UInt8(ascii: ")")])
                    i = min(k + 1, pdf.count)
                    continue scan
                }
            }
            out.append(pdf[i])
            i += 1
        }
        return out
    }

    private static func matches(_ bytes: [UInt8], at i: Int, _ key: [UInt8]) -> Bool {
        guard i + key.count <= bytes.count else { return false }
        for n in 0..<key.count where bytes[i + n] != key[n] { return false }
        // A longer name (`/ModDateX`) is a different key.
        if i + key.count < bytes.count, isRegular(bytes[i + key.count]) { return false }
        return true
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C || c == 0x00 }

    private static func isRegular(_ c: UInt8) -> Bool {
        !isSpace(c) && !"()<>[]{}/%".utf8.contains(c)
    }
}
