/// Adds `/Lang` to a finished cairo PDF, which cairo 1.16 cannot write:
/// screen readers read a tagged PDF's text in the catalog's language, and
/// without it Korean is spelled out in the reader's default voice.
///
/// Done as a PDF incremental update (ISO 32000-1 §7.5.6): the catalog
/// object is written again after the original file with `/Lang (ko-KR)`
/// added, followed by a one-entry xref section and a trailer whose `/Prev`
/// points at cairo's. Nothing cairo wrote is changed; every reader applies
/// the update.
///
/// ```
/// 83 0 obj                         (cairo's catalog, unchanged above)
/// << /Type /Catalog … /Lang (ko-KR) >>
/// endobj
/// xref
/// 83 1
/// 0000043510 00000 n
/// trailer
/// << /Size 84 /Root 83 0 R /Info 82 0 R /Prev 43374 >>
/// ```
enum PDFLanguage {
    /// `bytes` with `/Lang (language)` in the catalog. `language` must be a
    /// BCP 47 tag (letters, digits, hyphens), else `RenderError.invalidLanguage`.
    static func isValid(_ language: String) -> Bool {
        !language.isEmpty && language.utf8.count <= 35
            && language.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }
    }

    static func add(_ language: String, to bytes: [UInt8]) throws -> [UInt8] {
        guard isValid(language) else { throw RenderError.invalidLanguage(language) }
        let malformed = RenderError.cairo(stage: "adding /Lang to the PDF", status: "unexpected PDF layout")
        guard let startxref = lastRange(of: "startxref", in: bytes),
              let previous = integer(after: startxref.upperBound, in: bytes),
              let trailerStart = lastRange(of: "trailer", in: bytes),
              trailerStart.lowerBound < startxref.lowerBound
        else { throw malformed }
        let trailer = String(decoding: bytes[trailerStart.upperBound..<startxref.lowerBound], as: UTF8.self)
        guard let size = value(after: "/Size ", in: trailer), let root = value(after: "/Root ", in: trailer) else { throw malformed }
        let info = value(after: "/Info ", in: trailer)

        // The catalog's offset, from cairo's xref table (one subsection 0…Size-1).
        guard let xrefKeyword = range(of: "xref", in: bytes, from: previous),
              let entriesStart = lineEnd(after: lineEnd(after: xrefKeyword.upperBound, in: bytes), in: bytes)
        else { throw malformed }
        let entry = entriesStart + root * 20
        guard entry + 10 <= bytes.count, let offset = Int(String(decoding: bytes[entry..<(entry + 10)], as: UTF8.self)),
              let objStart = range(of: "obj", in: bytes, from: offset),
              let objEnd = range(of: "endobj", in: bytes, from: objStart.upperBound)
        else { throw malformed }
        var dictionary = String(decoding: bytes[objStart.upperBound..<objEnd.lowerBound], as: UTF8.self)
        while let last = dictionary.last, last.isWhitespace { dictionary.removeLast() }
        guard dictionary.contains("/Type /Catalog"), dictionary.hasSuffix(">>") else { throw malformed }
        if dictionary.contains("/Lang") { return bytes }
        dictionary.removeLast(2)
        dictionary += "   /Lang (\(language))\n>>"

        var out = bytes
        if out.last != 0x0a { out.append(0x0a) }
        let objectOffset = out.count
        out += Array("\(root) 0 obj\n\(dictionary)\nendobj\n".utf8)
        let xrefOffset = out.count
        var update = "xref\n\(root) 1\n\(String(objectOffset).leftPadded(to: 10)) 00000 n \n"
        update += "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n"
        if let info { update += "   /Info \(info) 0 R\n" }
        update += "   /Prev \(previous)\n>>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        out += Array(update.utf8)
        return out
    }

    private static func value(after key: String, in text: String) -> Int? {
        guard let r = text.range(of: key) else { return nil }
        return Int(text[r.upperBound...].prefix { $0.isNumber })
    }

    private static func integer(after index: Int, in bytes: [UInt8]) -> Int? {
        var i = index
        while i < bytes.count, bytes[i] == 0x0a || bytes[i] == 0x0d || bytes[i] == 0x20 { i += 1 }
        var digits = ""
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { digits.append(Character(Unicode.Scalar(bytes[i]))); i += 1 }
        return Int(digits)
    }

    private static func lineEnd(after index: Int?, in bytes: [UInt8]) -> Int? {
        guard var i = index else { return nil }
        while i < bytes.count, bytes[i] != 0x0a { i += 1 }
        return i < bytes.count ? i + 1 : nil
    }

    private static func range(of needle: String, in bytes: [UInt8], from start: Int) -> Range<Int>? {
        let n = Array(needle.utf8)
        guard start >= 0, bytes.count >= n.count else { return nil }
        var i = start
        while i + n.count <= bytes.count {
            if bytes[i] == n[0] && Array(bytes[i..<(i + n.count)]) == n { return i..<(i + n.count) }
            i += 1
        }
        return nil
    }

    private static func lastRange(of needle: String, in bytes: [UInt8]) -> Range<Int>? {
        let n = Array(needle.utf8)
        var i = bytes.count - n.count
        while i >= 0 {
            if bytes[i] == n[0] && Array(bytes[i..<(i + n.count)]) == n { return i..<(i + n.count) }
            i -= 1
        }
        return nil
    }
}
