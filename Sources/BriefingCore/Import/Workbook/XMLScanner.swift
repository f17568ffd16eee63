/// A pull scanner of the XML that spreadsheet writers produce: start and end
/// tags with attributes, and text with its entities decoded. One event at a
/// time, so a sheet is read cell by cell and never held as a tree.
///
/// ```
/// <c r="C12" s="3" t="s"><v>7</v></c>
/// → start(c, [r: C12, s: 3, t: s]), start(v), text("7"), end(v), end(c)
/// ```
///
/// Refused on purpose: `<!DOCTYPE` and `<!ENTITY` (no entity is ever
/// expanded, no external entity fetched: billion laughs and XXE have nothing
/// to work with). Only the five predefined entities and character references
/// are decoded. Namespace prefixes are dropped from element names (`x:row` → `row`).
struct XMLScanner {
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
        var selfClosing: Bool

        /// The value of an attribute by its local name (`id` finds `r:id`).
        func attribute(_ local: String) -> String? {
            for a in attributes where a.name == local || a.name.hasSuffix(":" + local) { return a.value }
            return nil
        }
    }

    enum Event {
        case start(Tag)
        case end(String)
        case text(String)
    }

    let bytes: [UInt8]
    let part: String
    var position = 0

    init(_ bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
    }

    mutating func next() throws(WorkbookError) -> Event? {
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
                return .text(try decode(start, position))
            }
            guard position + 1 < bytes.count else { throw malformed("a lone \"<\" at the end") }
            switch bytes[position + 1] {
            case UInt8(ascii: "?"):
                try skip(past: Array("?>".utf8))
            case UInt8(ascii: "!"):
                if hasPrefix("<!--", at: position) {
                    try skip(past: Array("-->".utf8))
                } else if hasPrefix("<![CDATA[", at: position) {
                    let start = position + 9
                    try skip(past: Array("]]>".utf8))
                    return .text(String(decoding: bytes[start..<(position - 3)], as: UTF8.self))
                } else {
                    throw .doctype(part: part)  // <!DOCTYPE, <!ENTITY, <!ELEMENT…
                }
            case UInt8(ascii: "/"):
                position += 2
                let name = localName(scanName())
                skipSpaces()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw malformed("an unclosed end tag") }
                position += 1
                return .end(name)
            default:
                return .start(try scanTag())
            }
        }
        return nil
    }

    /// Skips to the end of the element whose start tag was just read.
    mutating func skipElement(_ tag: Tag) throws(WorkbookError) {
        if tag.selfClosing { return }
        var depth = 1
        while let e = try next() {
            switch e {
            case .start(let t) where !t.selfClosing: depth += 1
            case .end: depth -= 1; if depth == 0 { return }
            default: break
            }
        }
        throw malformed("<\(tag.name)> is never closed")
    }

    /// The text inside the element whose start tag was just read (nested tags' text joined).
    mutating func text(of tag: Tag) throws(WorkbookError) -> String {
        if tag.selfClosing { return "" }
        var depth = 1
        var out = ""
        while let e = try next() {
            switch e {
            case .start(let t) where !t.selfClosing: depth += 1
            case .end: depth -= 1; if depth == 0 { return out }
            case .text(let s): out += s
            default: break
            }
        }
        throw malformed("<\(tag.name)> is never closed")
    }

    private mutating func scanTag() throws(WorkbookError) -> Tag {
        position += 1
        let name = localName(scanName())
        guard !name.isEmpty else { throw malformed("a \"<\" not starting a tag") }
        var attributes: [(name: String, value: String)] = []
        while true {
            skipSpaces()
            guard position < bytes.count else { throw malformed("<\(name) is never closed") }
            let b = bytes[position]
            if b == UInt8(ascii: ">") { position += 1; return Tag(name: name, attributes: attributes, selfClosing: false) }
            if b == UInt8(ascii: "/") {
                guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else { throw malformed("a stray \"/\"") }
                position += 2
                return Tag(name: name, attributes: attributes, selfClosing: true)
            }
            let attribute = scanName()
            skipSpaces()
            guard !attribute.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw malformed("an attribute without a value in <\(name)>")
            }
            position += 1
            skipSpaces()
            guard position < bytes.count, bytes[position] == 0x22 || bytes[position] == 0x27 else {
                throw malformed("an unquoted attribute value in <\(name)>")
            }
            let quote = bytes[position]
            position += 1
            let start = position
            while position < bytes.count && bytes[position] != quote { position += 1 }
            guard position < bytes.count else { throw malformed("an attribute value that is never closed") }
            attributes.append((attribute, try decode(start, position)))
            position += 1
        }
    }

    private mutating func scanName() -> String {
        let start = position
        while position < bytes.count {
            let b = bytes[position]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ">") || b == UInt8(ascii: "/")
                || b == UInt8(ascii: "=") { break }
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    private mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0A
            || bytes[position] == 0x0D { position += 1 }
    }

    private func hasPrefix(_ s: String, at i: Int) -> Bool {
        let u = Array(s.utf8)
        return i + u.count <= bytes.count && bytes[i..<(i + u.count)].elementsEqual(u)
    }

    private mutating func skip(past terminator: [UInt8]) throws(WorkbookError) {
        while position + terminator.count <= bytes.count {
            if bytes[position..<(position + terminator.count)].elementsEqual(terminator) {
                position += terminator.count
                return
            }
            position += 1
        }
        throw malformed("a declaration or comment that is never closed")
    }

    /// Text with `&amp; &lt; &gt; &quot; &apos; &#NNN; &#xHH;` decoded; any other entity is an error.
    private func decode(_ start: Int, _ end: Int) throws(WorkbookError) -> String {
        guard bytes[start..<end].contains(UInt8(ascii: "&")) else { return String(decoding: bytes[start..<end], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            guard bytes[i] == UInt8(ascii: "&") else { out.append(bytes[i]); i += 1; continue }
            guard let semi = bytes[i..<end].firstIndex(of: UInt8(ascii: ";")) else { throw malformed("an unterminated entity") }
            let entity = String(decoding: bytes[(i + 1)..<semi], as: UTF8.self)
            switch entity {
            case "amp": out.append(UInt8(ascii: "&"))
            case "lt": out.append(UInt8(ascii: "<"))
            case "gt": out.append(UInt8(ascii: ">"))
            case "quot": out.append(0x22)
            case "apos": out.append(0x27)
            default:
                let scalar: UInt32?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst(), radix: 10)
                } else {
                    throw malformed("the undeclared entity &\(entity);")
                }
                guard let scalar, let u = Unicode.Scalar(scalar) else { throw malformed("the character reference &\(entity);") }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            }
            i = semi + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func malformed(_ detail: String) -> WorkbookError { .malformedXML(part: part, detail: detail) }
}
