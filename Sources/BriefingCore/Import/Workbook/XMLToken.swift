import Glibc

/// One step of XML read from a window of bytes, without allocating: a tag's
/// or text's place as byte ranges, or why nothing could be read yet.
/// `XMLScanner` drives it over a part inflated a piece at a time; a token
/// cut at the window's edge is `.more`, and is read again once more bytes are in.
enum XMLToken {
    case event(XMLScanner.Raw, next: Int)
    /// A comment or processing instruction, skipped.
    case skipped(next: Int)
    /// The window ends inside the token.
    case more
    case end
    case malformed(String)
    case doctype

    static let lt: UInt8 = 0x3C, gt: UInt8 = 0x3E, slash: UInt8 = 0x2F, equals: UInt8 = 0x3D

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    static func endsName(_ b: UInt8) -> Bool { isSpace(b) || b == gt || b == slash || b == equals }

    /// The token at `i`. `final`: no more bytes will come, so a cut token is malformed.
    static func read(_ b: UnsafeBufferPointer<UInt8>, at i: Int, final: Bool) -> XMLToken {
        let n = b.count
        guard i < n else { return final ? .end : .more }
        let base = b.baseAddress!
        if b[i] != lt {
            guard let p = memchr(base + i, Int32(lt), n - i) else {
                return final ? .event(.init(kind: .text, name: i..<i, body: i..<n), next: n) : .more
            }
            let j = UnsafeRawPointer(p) - UnsafeRawPointer(base)
            return .event(.init(kind: .text, name: i..<i, body: i..<j), next: j)
        }
        guard i + 1 < n else { return final ? .malformed("a lone \"<\" at the end") : .more }
        switch b[i + 1] {
        case UInt8(ascii: "?"):
            return skip(b, from: i + 2, past: "?>", final: final)
        case UInt8(ascii: "!"):
            if has(b, "<!--", at: i) { return skip(b, from: i + 4, past: "-->", final: final) }
            if has(b, "<![CDATA[", at: i) {
                guard let close = find(b, "]]>", from: i + 9) else { return final ? unclosed : .more }
                return .event(.init(kind: .text, name: i..<i, body: (i + 9)..<close, cdata: true), next: close + 3)
            }
            // Too few bytes yet to tell a CDATA section from a declaration.
            if n - i < 9 && !final && "<![CDATA[".utf8.starts(with: UnsafeBufferPointer(rebasing: b[i..<n])) { return .more }
            return .doctype
        case slash:
            var j = i + 2
            while j < n && !endsName(b[j]) { j += 1 }
            let name = localName(b, (i + 2)..<j)
            while j < n && isSpace(b[j]) { j += 1 }
            guard j < n else { return final ? .malformed("an unclosed end tag") : .more }
            guard b[j] == gt else { return .malformed("an unclosed end tag") }
            return .event(.init(kind: .end, name: name, body: j..<j), next: j + 1)
        default:
            return startTag(b, at: i, final: final)
        }
    }

    /// `<name a="1" b='2'>` or `<name/>`: the attributes are checked here and looked up later.
    private static func startTag(_ b: UnsafeBufferPointer<UInt8>, at i: Int, final: Bool) -> XMLToken {
        let n = b.count
        var j = i + 1
        while j < n && !endsName(b[j]) { j += 1 }
        let name = localName(b, (i + 1)..<j)
        let cut: XMLToken = final ? .malformed("<\(text(b, name)) is never closed") : .more
        guard j < n else { return cut }
        guard !name.isEmpty else { return .malformed("a \"<\" not starting a tag") }
        let attributes = j
        while true {
            while j < n && isSpace(b[j]) { j += 1 }
            guard j < n else { return cut }
            if b[j] == gt { return .event(.init(kind: .start, name: name, body: attributes..<j), next: j + 1) }
            if b[j] == slash {
                guard j + 1 < n else { return cut }
                guard b[j + 1] == gt else { return .malformed("a stray \"/\"") }
                return .event(.init(kind: .start, name: name, body: attributes..<j, selfClosing: true), next: j + 2)
            }
            let attributeStart = j
            while j < n && !endsName(b[j]) { j += 1 }
            let named = j > attributeStart
            while j < n && isSpace(b[j]) { j += 1 }
            guard j < n else { return cut }
            guard named, b[j] == equals else { return .malformed("an attribute without a value in <\(text(b, name))>") }
            j += 1
            while j < n && isSpace(b[j]) { j += 1 }
            guard j < n else { return cut }
            guard b[j] == 0x22 || b[j] == 0x27 else { return .malformed("an unquoted attribute value in <\(text(b, name))>") }
            guard let close = memchr(b.baseAddress! + j + 1, Int32(b[j]), n - j - 1) else {
                return final ? .malformed("an attribute value that is never closed") : .more
            }
            j = UnsafeRawPointer(close) - UnsafeRawPointer(b.baseAddress!) + 1
        }
    }

    /// Each attribute of a start tag's body: (local name, value) as byte ranges, values undecoded.
    static func attributes(_ b: UnsafeBufferPointer<UInt8>, _ body: Range<Int>, _ each: (Range<Int>, Range<Int>) -> Bool) {
        var j = body.lowerBound
        while j < body.upperBound {
            while j < body.upperBound && isSpace(b[j]) { j += 1 }
            let start = j
            while j < body.upperBound && !endsName(b[j]) { j += 1 }
            let name = localName(b, start..<j)
            while j < body.upperBound && b[j] != 0x22 && b[j] != 0x27 { j += 1 }
            guard j < body.upperBound else { return }
            let quote = b[j]
            let valueStart = j + 1
            j = valueStart
            while j < body.upperBound && b[j] != quote { j += 1 }
            if !each(name, valueStart..<j) { return }
            j += 1
        }
    }

    /// `x:row` → `row`: namespace prefixes are dropped.
    static func localName(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        var k = r.upperBound
        while k > r.lowerBound && b[k - 1] != UInt8(ascii: ":") { k -= 1 }
        return k..<r.upperBound
    }

    static func equals(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ s: StaticString) -> Bool {
        guard r.count == s.utf8CodeUnitCount else { return false }
        let p = s.utf8Start
        for k in 0..<r.count where b[r.lowerBound + k] != p[k] { return false }
        return true
    }

    /// Plain decimal digits (at most 9) as a number.
    static func integer(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int? {
        guard !r.isEmpty, r.count <= 9 else { return nil }
        var n = 0
        for i in r {
            guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
            n = n * 10 + Int(b[i] - 0x30)
        }
        return n
    }

    static func text(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
    }

    private static var unclosed: XMLToken { .malformed("a declaration or comment that is never closed") }

    private static func has(_ b: UnsafeBufferPointer<UInt8>, _ s: StaticString, at i: Int) -> Bool {
        i + s.utf8CodeUnitCount <= b.count && equals(b, i..<(i + s.utf8CodeUnitCount), s)
    }

    private static func find(_ b: UnsafeBufferPointer<UInt8>, _ s: StaticString, from i: Int) -> Int? {
        var at = i
        while at < b.count, let p = memchr(b.baseAddress! + at, Int32(s.utf8Start[0]), b.count - at) {
            at = UnsafeRawPointer(p) - UnsafeRawPointer(b.baseAddress!)
            if has(b, s, at: at) { return at }
            at += 1
        }
        return nil
    }

    private static func skip(_ b: UnsafeBufferPointer<UInt8>, from i: Int, past s: StaticString, final: Bool) -> XMLToken {
        guard let at = find(b, s, from: i) else { return final ? unclosed : .more }
        return .skipped(next: at + s.utf8CodeUnitCount)
    }
}
