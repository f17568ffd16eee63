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

    /// A tag or text as byte ranges of `bytes`, valid until the next call:
    /// what the sheet reader reads a million cells with, allocating nothing.
    struct Raw {
        enum Kind { case start, end, text }
        var kind: Kind
        /// The local name (prefix dropped); empty for text.
        var name: Range<Int>
        /// The attributes of a start tag, or the text (entities not yet decoded).
        var body: Range<Int>
        var selfClosing = false
        var cdata = false
    }

    mutating func nextRaw() throws(WorkbookError) -> Raw? {
        // Between events: let go of what was read, once it is a good part of the window.
        if source != nil && position >= 1 << 20 && position * 2 >= bytes.count {
            bytes.removeFirst(position)
            position = 0
        }
        while true {
            let final = source?.finished ?? true
            let at = position
            switch bytes.withUnsafeBufferPointer({ XMLToken.read($0, at: at, final: final) }) {
            case .event(let raw, let next):
                position = next
                return raw
            case .skipped(let next): position = next
            case .more: _ = try source?.more(into: &bytes)
            case .end: return nil
            case .malformed(let detail): throw malformed(detail)
            case .doctype: throw .doctype(part: part)
            }
        }
    }

    mutating func next() throws(WorkbookError) -> Event? {
        guard let raw = try nextRaw() else { return nil }
        switch raw.kind {
        case .text: return .text(raw.cdata ? string(raw.body) : try decoded(raw.body))
        case .end: return .end(string(raw.name))
        case .start:
            var attributes: [(name: String, value: String)] = []
            var failure: WorkbookError? = nil
            bytes.withUnsafeBufferPointer { b in
                XMLToken.attributes(b, raw.body) { name, value in
                    do throws(WorkbookError) { attributes.append((XMLToken.text(b, name), try decoded(value))) }
                    catch { failure = error; return false }
                    return true
                }
            }
            if let failure { throw failure }
            return .start(Tag(name: string(raw.name), attributes: attributes, selfClosing: raw.selfClosing))
        }
    }

    /// Whether a raw tag's local name is `name`.
    func named(_ raw: Raw, _ name: StaticString) -> Bool {
        bytes.withUnsafeBufferPointer { XMLToken.equals($0, raw.name, name) }
    }

    /// A raw start tag's attribute value by local name, as a range of `bytes` (undecoded).
    func attribute(_ raw: Raw, _ local: StaticString) -> Range<Int>? {
        var found: Range<Int>? = nil
        bytes.withUnsafeBufferPointer { b in
            XMLToken.attributes(b, raw.body) { name, value in
                if XMLToken.equals(b, name, local) { found = value; return false }
                return true
            }
        }
        return found
    }

    func string(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }

    /// A range of `bytes` as text, entities decoded.
    func decoded(_ r: Range<Int>) throws(WorkbookError) -> String {
        guard bytes[r].contains(UInt8(ascii: "&")) else { return string(r) }
        var out: [UInt8] = []
        try decode(r, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Skips to the end of the element whose raw start tag was just read.
    mutating func skipRaw(_ tag: Raw) throws(WorkbookError) {
        if tag.selfClosing { return }
        var depth = 1
        while let e = try nextRaw() {
            switch e.kind {
            case .start where !e.selfClosing: depth += 1
            case .end: depth -= 1; if depth == 0 { return }
            default: break
            }
        }
        throw malformed("an element that is never closed")
    }

    /// Text with `&amp; &lt; &gt; &quot; &apos; &#NNN; &#xHH;` decoded; any other entity is an error.
    func decode(_ r: Range<Int>, into out: inout [UInt8]) throws(WorkbookError) {
        let end = r.upperBound
        var i = r.lowerBound
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
                out.append(contentsOf: String(Character(u)).utf8)
            }
            i = semi + 1
        }
    }

    private func malformed(_ detail: String) -> WorkbookError { .malformedXML(part: part, detail: detail) }
}
