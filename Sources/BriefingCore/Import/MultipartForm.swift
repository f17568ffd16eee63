import Glibc

/// A `multipart/form-data` body (RFC 7578), as a browser's file upload sends
/// it, split into its parts. It lives with the importers because it is the
/// first edge an uploaded file crosses, and here the fuzzer can reach it
/// without the server. Strict: a body that does not end with the closing
/// delimiter, a part without `Content-Disposition: form-data; name=…`, or
/// headers past 8 KiB are errors, never a guess at what was meant.
public struct MultipartForm: Sendable {
    public struct Part: Sendable {
        public var name: String
        /// The file's name as the browser sent it (a path's folders dropped), nil for a plain field.
        public var filename: String?
        public var contentType: String?
        public var body: ArraySlice<UInt8>
        /// The body as UTF-8 text, for a plain field.
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    public struct Malformed: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { "malformed multipart/form-data: \(message)" }
    }

    public var parts: [Part]

    public func first(named name: String) -> Part? { parts.first { $0.name == name } }

    static let maxParts = 64
    static let maxHeaderBytes = 8 << 10

    /// The boundary of a `Content-Type: multipart/form-data; boundary=…` value, or nil.
    public static func boundary(contentType: String) -> String? {
        let fields = HeaderParameters(contentType)
        guard fields.value.lowercased() == "multipart/form-data", let b = fields["boundary"],
              (1...70).contains(b.utf8.count), !b.utf8.contains(where: { $0 < 0x20 || $0 > 0x7E }) else { return nil }
        return b
    }

    public init(body: [UInt8], contentType: String) throws(Malformed) {
        guard let boundary = Self.boundary(contentType: contentType) else {
            throw Malformed(message: "expected Content-Type multipart/form-data with a boundary of 1 to 70 characters")
        }
        let delimiter = Array("--\(boundary)".utf8)
        // The first delimiter: at the start, or after a preamble and CRLF.
        guard var at = Self.find(delimiter, in: body, from: 0), at == 0 || Self.endsWithCRLF(body, at) else {
            throw Malformed(message: "the boundary \"\(boundary)\" never starts a line")
        }
        let next = Array("\r\n--\(boundary)".utf8)
        var parts: [Part] = []
        while true {
            at += delimiter.count
            if Self.starts(body, at, "--") { break }  // the closing delimiter; an epilogue may follow
            guard Self.starts(body, at, "\r\n") else { throw Malformed(message: "expected a line break after the boundary") }
            at += 2
            guard parts.count < Self.maxParts else { throw Malformed(message: "more than \(Self.maxParts) parts") }
            let headerEnd = Self.find(Array("\r\n\r\n".utf8), in: body, from: at)
            let blank = Self.starts(body, at, "\r\n") ? at : nil
            guard let end = blank ?? headerEnd, end - at <= Self.maxHeaderBytes else {
                throw Malformed(message: "a part's headers do not end with a blank line within 8 KiB")
            }
            let headers = String(decoding: body[at..<end], as: UTF8.self)
            let start = end + (blank != nil ? 2 : 4)
            guard let stop = Self.find(next, in: body, from: start) else {
                throw Malformed(message: "the body ends before the closing boundary")
            }
            parts.append(try Self.part(headers: headers, body: body[start..<stop]))
            at = stop + 2
        }
        self.parts = parts
    }

    private static func part(headers: String, body: ArraySlice<UInt8>) throws(Malformed) -> Part {
        var disposition: HeaderParameters?
        var contentType: String?
        for line in headers.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { throw Malformed(message: "a header line without a colon") }
            let name = line[..<colon].trimmingSpaces.lowercased()
            let value = String(line[line.index(after: colon)...].trimmingSpaces)
            if name == "content-disposition" { disposition = HeaderParameters(value) }
            if name == "content-type" { contentType = value }
        }
        guard let d = disposition, d.value.lowercased() == "form-data", let name = d["name"] else {
            throw Malformed(message: "a part without Content-Disposition: form-data; name=\"…\"")
        }
        // Old browsers send C:\fakepath\x.csv; only the last component is the name.
        let filename = d["filename"].map { f in
            String(f.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
        }
        return Part(name: name, filename: filename, contentType: contentType, body: body)
    }

    /// The first `needle` in `hay` at or after `from`: memchr to each candidate first byte, then a compare.
    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, from >= 0, from <= hay.count, needle.count <= hay.count - from else { return nil }
        return hay.withUnsafeBytes { h -> Int? in
            needle.withUnsafeBytes { n -> Int? in
                let base = h.baseAddress!
                var i = from
                let last = h.count - n.count
                while i <= last {
                    guard let p = memchr(base + i, Int32(first), last - i + 1) else { return nil }
                    let at = base.distance(to: UnsafeRawPointer(p))
                    if memcmp(base + at, n.baseAddress!, n.count) == 0 { return at }
                    i = at + 1
                }
                return nil
            }
        }
    }

    static func starts(_ bytes: [UInt8], _ at: Int, _ text: String) -> Bool {
        let t = Array(text.utf8)
        guard at >= 0, at + t.count <= bytes.count else { return false }
        return bytes[at..<(at + t.count)].elementsEqual(t)
    }

    static func endsWithCRLF(_ bytes: [UInt8], _ at: Int) -> Bool { at >= 2 && bytes[at - 2] == 0x0D && bytes[at - 1] == 0x0A }
}

/// `form-data; name="file"; filename="실적.csv"`: a value and its `key=value`
/// parameters, values quoted or not (a quoted value may hold `;` and `\"`).
struct HeaderParameters {
    var value: String
    private var parameters: [String: String] = [:]

    subscript(key: String) -> String? { parameters[key] }

    init(_ text: String) {
        var chars = Substring(text)
        value = String(chars.prefix { $0 != ";" }.trimmingSpaces)
        chars = chars.drop { $0 != ";" }
        while chars.first == ";" {
            chars = chars.dropFirst().drop { $0 == " " || $0 == "\t" }
            let key = chars.prefix { $0 != "=" && $0 != ";" }.trimmingSpaces.lowercased()
            chars = chars.dropFirst(key.count).drop { $0 == " " }
            guard chars.first == "=" else { continue }
            chars = chars.dropFirst().drop { $0 == " " }
            var v = ""
            if chars.first == "\"" {
                chars = chars.dropFirst()
                while let c = chars.first, c != "\"" {
                    chars = chars.dropFirst()
                    if c == "\\", let escaped = chars.first { v.append(escaped); chars = chars.dropFirst() } else { v.append(c) }
                }
                chars = chars.dropFirst().drop { $0 != ";" }
            } else {
                v = String(chars.prefix { $0 != ";" }.trimmingSpaces)
                chars = chars.drop { $0 != ";" }
            }
            if parameters[key] == nil { parameters[key] = v }
        }
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return s
    }
}
