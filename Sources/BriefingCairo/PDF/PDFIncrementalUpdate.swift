/// What cairo 1.16 cannot write into a PDF, added after it finishes:
/// `/Lang` in the catalog (screen readers read a tagged PDF's text in that
/// language; without it Korean is spelled out in the reader's default
/// voice) and `/Alt` on Figure structure elements (cairo drops tag
/// attributes other than links').
///
/// Done as a PDF incremental update (ISO 32000-1 §7.5.6): the changed
/// objects are written again after cairo's file, followed by an xref
/// section for them and a trailer whose `/Prev` points at cairo's. Nothing
/// cairo wrote is changed; every reader applies the update.
///
/// ```
/// 83 0 obj                                   (catalog, written again)
/// << /Type /Catalog … /Lang (ko-KR) >>
/// endobj
/// 6 0 obj                                    (a Figure, written again)
/// << /Type /StructElem /S /Figure … /Alt <FEFFC6D4BCC4…> >>
/// endobj
/// xref
/// 6 1
/// 0000043510 00000 n
/// 83 1
/// 0000043602 00000 n
/// trailer
/// << /Size 84 /Root 83 0 R /Info 82 0 R /Prev 43374 >>
/// ```
///
/// It reads only what cairo 1.16 writes (one classic xref table, objects
/// as `N 0 obj`, struct elements in tree order); anything else is an error,
/// not a guess.
struct PDFIncrementalUpdate {
    private let bytes: [UInt8]
    private let size: Int
    private let root: Int
    private let info: Int?
    private let previousXref: Int
    private let offsets: [Int]
    private var replaced: [Int: String] = [:]

    private static let malformed = RenderError.cairo(stage: "updating the PDF", status: "unexpected PDF layout")

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        guard let startxref = Self.lastRange(of: "startxref", in: bytes),
              let previous = Self.integer(after: startxref.upperBound, in: bytes),
              let trailerStart = Self.lastRange(of: "trailer", in: bytes),
              trailerStart.lowerBound < startxref.lowerBound
        else { throw Self.malformed }
        let trailer = String(decoding: bytes[trailerStart.upperBound..<startxref.lowerBound], as: UTF8.self)
        guard let size = Self.value(after: "/Size ", in: trailer), let root = Self.value(after: "/Root ", in: trailer) else {
            throw Self.malformed
        }
        self.size = size
        self.root = root
        self.info = Self.value(after: "/Info ", in: trailer)
        self.previousXref = previous
        // cairo's xref table: "xref", "0 <size>", then 20-byte entries.
        guard let keyword = Self.range(of: "xref", in: bytes, from: previous),
              let entries = Self.lineEnd(after: Self.lineEnd(after: keyword.upperBound, in: bytes), in: bytes),
              entries + size * 20 <= bytes.count
        else { throw Self.malformed }
        offsets = (0..<size).map { i in
            Int(String(decoding: bytes[(entries + i * 20)..<(entries + i * 20 + 10)], as: UTF8.self)) ?? -1
        }
    }

    /// The dictionary text of object `number` (between `obj` and `endobj`).
    private func dictionary(_ number: Int) throws -> String {
        guard number >= 0, number < offsets.count, offsets[number] >= 0,
              let start = Self.range(of: "obj", in: bytes, from: offsets[number]),
              let end = Self.range(of: "endobj", in: bytes, from: start.upperBound)
        else { throw Self.malformed }
        var text = String(decoding: bytes[start.upperBound..<end.lowerBound], as: UTF8.self)
        while let c = text.first, c.isWhitespace { text.removeFirst() }
        while let c = text.last, c.isWhitespace { text.removeLast() }
        guard text.hasPrefix("<<"), text.hasSuffix(">>") else { throw Self.malformed }
        return text
    }

    /// Adds `key value` to the dictionary of object `number` (unless the key is there).
    private mutating func add(_ key: String, _ value: String, toObject number: Int) throws {
        var text = try replaced[number] ?? dictionary(number)
        guard !text.contains(key + " ") else { return }
        text.removeLast(2)
        text += "   \(key) \(value)\n>>"
        replaced[number] = text
    }

    /// `/Lang (language)` in the catalog; `language` must be a BCP 47 tag.
    mutating func setLanguage(_ language: String) throws {
        guard Self.isValidLanguage(language) else { throw RenderError.invalidLanguage(language) }
        try add("/Lang", "(\(language))", toObject: root)
    }

    /// `/Alt` on each Figure element, in structure-tree order, which is the
    /// order cairo writes them and the order the Scene's figure groups were
    /// drawn in. The counts must agree.
    mutating func setFigureAlternates(_ alternates: [String]) throws {
        let marker = "<< /Type /StructElem\n   /S /Figure\n"
        var figures: [Int] = []
        var from = 0
        while let r = Self.range(of: marker, in: bytes, from: from) {
            guard let number = objectNumber(before: r.lowerBound) else { throw Self.malformed }
            figures.append(number)
            from = r.upperBound
        }
        guard figures.count == alternates.count else {
            throw RenderError.cairo(stage: "adding Figure alt text",
                                    status: "the PDF has \(figures.count) Figure elements for \(alternates.count) figures")
        }
        for (number, alt) in zip(figures, alternates) {
            try add("/Alt", Self.textString(alt), toObject: number)
        }
    }

    /// The file with the update appended (the file itself if nothing changed).
    func apply() -> [UInt8] {
        guard !replaced.isEmpty else { return bytes }
        var out = bytes
        if out.last != 0x0a { out.append(0x0a) }
        var xref = "xref\n"
        for number in replaced.keys.sorted() {
            xref += "\(number) 1\n\(String(out.count).leftPadded(to: 10)) 00000 n \n"
            out += Array("\(number) 0 obj\n\(replaced[number]!)\nendobj\n".utf8)
        }
        let xrefOffset = out.count
        var tail = xref + "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n"
        if let info { tail += "   /Info \(info) 0 R\n" }
        tail += "   /Prev \(previousXref)\n>>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        out += Array(tail.utf8)
        return out
    }

    static func isValidLanguage(_ language: String) -> Bool {
        !language.isEmpty && language.utf8.count <= 35
            && language.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") }
    }

    /// A PDF text string in UTF-16BE with a byte-order mark, as hex: `<FEFF…>`.
    static func textString(_ s: String) -> String {
        var hex = "<FEFF"
        for unit in s.utf16 { hex += String(unit, radix: 16, uppercase: true).leftPadded(to: 4) }
        return hex + ">"
    }

    /// The `N` of the `N 0 obj` line just before `index`.
    private func objectNumber(before index: Int) -> Int? {
        var end = index
        while end > 0, bytes[end - 1] == 0x0a || bytes[end - 1] == 0x0d { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != 0x0a { start -= 1 }
        let line = String(decoding: bytes[start..<end], as: UTF8.self)
        guard line.hasSuffix(" 0 obj") else { return nil }
        return Int(line.dropLast(6))
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
        return bytes.withUnsafeBufferPointer { b -> Range<Int>? in
            var i = start
            while i + n.count <= b.count {
                if b[i] == n[0] {
                    var j = 1
                    while j < n.count && b[i + j] == n[j] { j += 1 }
                    if j == n.count { return i..<(i + n.count) }
                }
                i += 1
            }
            return nil
        }
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
