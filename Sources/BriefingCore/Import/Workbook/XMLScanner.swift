import Glibc

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

    /// The window of the part being read: inflated bytes from the last
    /// compaction on. Indexes stay valid within one event: the window only
    /// grows during an event and drops what was read between events.
    private(set) var bytes: [UInt8]
    let part: String
    var position = 0
    private let source: Inflater?

    init(_ bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
        self.source = nil
    }

    init(_ source: Inflater, part: String) {
        self.bytes = []
        self.part = part
        self.source = source
    }

    /// Whether byte `i` is there, inflating more of the part if need be.
    private mutating func has(_ i: Int) throws(WorkbookError) -> Bool {
        while i >= bytes.count {
            guard let source, try source.more(into: &bytes) else { return false }
        }
        return true
    }

    /// The whole part (for the small ones).
    mutating func readAll() throws(WorkbookError) -> [UInt8] {
        while try has(bytes.count) {}
        return bytes
    }

    mutating func next() throws(WorkbookError) -> Event? {
        // Between events: let go of what was read, once it is a good part of the window.
        if source != nil && position >= 1 << 20 && position * 2 >= bytes.count {
            bytes.removeFirst(position)
            position = 0
        }
        while try has(position) {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                // A window at a time, with memchr: text runs long between cells of a shared-strings part.
                while try has(position) {
                    let from = position
                    let lt = bytes.withUnsafeBufferPointer { b in
                        memchr(b.baseAddress! + from, 0x3C, b.count - from).map { UnsafeRawPointer($0) - UnsafeRawPointer(b.baseAddress!) }
                    }
                    if let lt { position = lt; break }
                    position = bytes.count
                }
                return .text(try decode(start, position))
            }
            guard try has(position + 1) else { throw malformed("a lone \"<\" at the end") }
            switch bytes[position + 1] {
            case UInt8(ascii: "?"):
                try skip(past: Array("?>".utf8))
            case UInt8(ascii: "!"):
                if try hasPrefix("<!--", at: position) {
                    try skip(past: Array("-->".utf8))
                } else if try hasPrefix("<![CDATA[", at: position) {
                    let start = position + 9
                    try skip(past: Array("]]>".utf8))
                    return .text(String(decoding: bytes[start..<(position - 3)], as: UTF8.self))
                } else {
                    throw .doctype(part: part)  // <!DOCTYPE, <!ENTITY, <!ELEMENT…
                }
            case UInt8(ascii: "/"):
                position += 2
                let name = localName(try scanName())
                try skipSpaces()
                guard try has(position), bytes[position] == UInt8(ascii: ">") else { throw malformed("an unclosed end tag") }
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
        let name = localName(try scanName())
        guard !name.isEmpty else { throw malformed("a \"<\" not starting a tag") }
        var attributes: [(name: String, value: String)] = []
        while true {
            try skipSpaces()
            guard try has(position) else { throw malformed("<\(name) is never closed") }
            let b = bytes[position]
            if b == UInt8(ascii: ">") { position += 1; return Tag(name: name, attributes: attributes, selfClosing: false) }
            if b == UInt8(ascii: "/") {
                guard try has(position + 1), bytes[position + 1] == UInt8(ascii: ">") else { throw malformed("a stray \"/\"") }
                position += 2
                return Tag(name: name, attributes: attributes, selfClosing: true)
            }
            let attribute = try scanName()
            try skipSpaces()
            guard !attribute.isEmpty, try has(position), bytes[position] == UInt8(ascii: "=") else {
                throw malformed("an attribute without a value in <\(name)>")
            }
            position += 1
            try skipSpaces()
            guard try has(position), bytes[position] == 0x22 || bytes[position] == 0x27 else {
                throw malformed("an unquoted attribute value in <\(name)>")
            }
            let quote = bytes[position]
            position += 1
            let start = position
            while try has(position), bytes[position] != quote { position += 1 }
            guard try has(position) else { throw malformed("an attribute value that is never closed") }
            attributes.append((attribute, try decode(start, position)))
            position += 1
        }
    }

    private mutating func scanName() throws(WorkbookError) -> String {
        let start = position
        while try has(position) {
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

    private mutating func skipSpaces() throws(WorkbookError) {
        while try has(position), bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0A
            || bytes[position] == 0x0D { position += 1 }
    }

    private mutating func hasPrefix(_ s: String, at i: Int) throws(WorkbookError) -> Bool {
        let u = Array(s.utf8)
        return try has(i + u.count - 1) && bytes[i..<(i + u.count)].elementsEqual(u)
    }

    private mutating func skip(past terminator: [UInt8]) throws(WorkbookError) {
        while try has(position + terminator.count - 1) {
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
