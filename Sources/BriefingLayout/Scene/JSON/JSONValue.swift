/// A parsed JSON value, as much JSON as the scene reader needs (RFC 8259):
/// numbers as `Double`, object keys unordered (a reader looks keys up by name).
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// How an error names what it found: `"#12"`, `12`, `an object`.
    var summary: String {
        switch self {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .number(let n): JSONText.number(n)
        case .string(let s): JSONText.string(s.count > 40 ? String(s.prefix(40)) + "…" : s)
        case .array(let a): "an array of \(a.count)"
        case .object: "an object"
        }
    }
}

/// A recursive-descent JSON parser over UTF-8 bytes that says where it
/// stopped (line and column, 1-based) and what it expected there.
struct JSONParser {
    private let bytes: [UInt8]
    private var at = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    static func parse(_ text: String) throws(SceneJSONError) -> JSONValue {
        var p = JSONParser(text)
        let value = try p.value()
        p.skipSpace()
        guard p.at == p.bytes.count else { throw p.error("end of input") }
        return value
    }

    private mutating func value() throws(SceneJSONError) -> JSONValue {
        skipSpace()
        guard at < bytes.count else { throw error("a value") }
        switch bytes[at] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    private mutating func object() throws(SceneJSONError) -> JSONValue {
        at += 1
        var fields: [String: JSONValue] = [:]
        skipSpace()
        if peek(UInt8(ascii: "}")) { at += 1; return .object(fields) }
        while true {
            skipSpace()
            guard peek(UInt8(ascii: "\"")) else { throw error("a key in double quotes") }
            let key = try string()
            skipSpace()
            try expect(UInt8(ascii: ":"), "':'")
            fields[key] = try value()
            skipSpace()
            if peek(UInt8(ascii: ",")) { at += 1; continue }
            try expect(UInt8(ascii: "}"), "',' or '}'")
            return .object(fields)
        }
    }

    private mutating func array() throws(SceneJSONError) -> JSONValue {
        at += 1
        var elements: [JSONValue] = []
        skipSpace()
        if peek(UInt8(ascii: "]")) { at += 1; return .array(elements) }
        while true {
            elements.append(try value())
            skipSpace()
            if peek(UInt8(ascii: ",")) { at += 1; continue }
            try expect(UInt8(ascii: "]"), "',' or ']'")
            return .array(elements)
        }
    }

    private mutating func string() throws(SceneJSONError) -> String {
        at += 1
        var out: [UInt8] = []
        while at < bytes.count {
            let b = bytes[at]
            at += 1
            switch b {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard at < bytes.count else { throw error("an escape") }
                let e = bytes[at]
                at += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"): out += Array(String(try unicodeEscape()).utf8)
                default: at -= 1; throw error("an escape (\\\" \\\\ \\/ \\n \\r \\t \\b \\f \\uXXXX)")
                }
            case 0..<0x20: at -= 1; throw error("'\"' before the end of the line")
            default: out.append(b)
            }
        }
        throw error("'\"'")
    }

    /// `\uXXXX`, a surrogate pair joined.
    private mutating func unicodeEscape() throws(SceneJSONError) -> Character {
        let high = try hex4()
        if (0xD800..<0xDC00).contains(high), peek(UInt8(ascii: "\\")), at + 1 < bytes.count, bytes[at + 1] == UInt8(ascii: "u") {
            at += 2
            let low = try hex4()
            if let s = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) { return Character(s) }
        }
        guard let s = Unicode.Scalar(high) else { throw error("a Unicode scalar") }
        return Character(s)
    }

    private mutating func hex4() throws(SceneJSONError) -> UInt32 {
        guard at + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[at..<at + 4], as: UTF8.self), radix: 16) else {
            throw error("four hex digits")
        }
        at += 4
        return v
    }

    private mutating func number() throws(SceneJSONError) -> Double {
        let start = at
        let allowed = Set("+-0123456789.eE".utf8)
        while at < bytes.count, allowed.contains(bytes[at]) { at += 1 }
        guard at > start, let v = Double(String(decoding: bytes[start..<at], as: UTF8.self)) else {
            at = start
            throw error("a value")
        }
        return v
    }

    private mutating func literal(_ word: String) throws(SceneJSONError) {
        let w = Array(word.utf8)
        guard at + w.count <= bytes.count, Array(bytes[at..<at + w.count]) == w else { throw error("a value") }
        at += w.count
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(SceneJSONError) {
        guard peek(byte) else { throw error(what) }
        at += 1
    }

    private func peek(_ byte: UInt8) -> Bool { at < bytes.count && bytes[at] == byte }

    private mutating func skipSpace() {
        while at < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[at]) { at += 1 }
    }

    /// Where the parser stands, as 1-based line and column (columns count characters).
    private func error(_ expected: String) -> SceneJSONError {
        let before = bytes[..<min(at, bytes.count)]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<min(at, bytes.count)], as: UTF8.self).count + 1
        return .syntax(line: line, column: column, expected: expected)
    }
}
