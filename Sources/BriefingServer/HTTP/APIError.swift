import BriefingCore
import BriefingReport
import Foundation
import Hummingbird

/// An error answer: a status and a JSON list of problems, each with the
/// file, line and column (or sheet cell) it was found at when known, so the
/// page can show it as `briefing check` prints it.
struct APIError: Error, HTTPResponseError {
    struct Item: Encodable, Sendable {
        var file: String?
        var line: Int?
        var column: Int?
        var cell: String?
        var message: String
        var source: String?
    }

    var status: HTTPResponse.Status
    var errors: [Item]
    /// Extra top-level keys (an upload's id on a 422, so the page can try other options).
    var extra: [String: String] = [:]

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.errors = [Item(message: message)]
    }

    init(_ status: HTTPResponse.Status, items: [Item]) {
        self.status = status
        self.errors = items
    }

    static func notFound(_ what: String = "no such thing here") -> APIError { APIError(.notFound, what) }
    static func badRequest(_ message: String) -> APIError { APIError(.badRequest, message) }

    /// The problems an import, a template or a chart threw, as 422 (or 409 for a run another holds).
    static func from(_ error: any Error) -> APIError {
        switch error {
        case let e as APIError: return e
        case let e as DiagnosticList: return APIError(.unprocessableContent, items: e.diagnostics.map(Item.init))
        case let e as Diagnostic: return APIError(.unprocessableContent, items: [Item(e)])
        case let e as TemplateErrors: return APIError(.unprocessableContent, items: e.errors.map { Item($0.diagnostic) })
        case let e as TemplateError: return APIError(.unprocessableContent, items: [Item(e.diagnostic)])
        case let e as TableChartData.Problem: return APIError(.unprocessableContent, e.message)
        case let e as RunError:
            if case .locked = e { return APIError(.conflict, e.description) }
            return APIError(.unprocessableContent, e.description)
        default: return APIError(.unprocessableContent, "\(error)")
        }
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var body = "{\"errors\": " + JSONText.encode(errors)
        for (k, v) in extra.sorted(by: { $0.key < $1.key }) { body += ", " + JSONText.quote(k) + ": " + JSONText.quote(v) }
        body += "}\n"
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if status == .unauthorized { headers[.wwwAuthenticate] = "Bearer realm=\"briefing\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

extension APIError.Item {
    init(_ d: Diagnostic) {
        self.init(file: d.location?.file, line: d.location.flatMap { $0.reference == nil ? $0.line : nil },
                  column: d.location.flatMap { $0.reference == nil ? $0.column : nil },
                  cell: d.location?.reference, message: d.message, source: d.sourceLine)
    }
}

/// JSON text by JSONEncoder: sorted keys for stable answers, UTF-8 as is, `/` unescaped.
enum JSONText {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
    }

    static func quote(_ s: String) -> String { encode(s) }

    /// A JSON list of strings in ASCII only (`\uXXXX` for the rest): fit for an HTTP header.
    static func asciiList(_ items: [String]) -> String {
        var out = "["
        for (i, s) in items.enumerated() {
            if i > 0 { out += "," }
            out += "\""
            for u in s.utf16 {
                switch u {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x20..<0x7F: out += String(UnicodeScalar(UInt8(u)))
                default: out += "\\u" + String(format: "%04x", u)
                }
            }
            out += "\""
        }
        return out + "]"
    }
}

extension Response {
    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        json(JSONText.encode(value), status: status)
    }

    /// A file's bytes; `attachment` names it for a download (RFC 6266 `filename*`, so Korean names survive).
    static func bytes(_ bytes: [UInt8], type: String, attachment: String? = nil) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        if let attachment {
            let ascii = String(attachment.unicodeScalars.map { s in
                s.isASCII && s != "\"" && s != "\\" && s.value >= 0x20 ? Character(s) : "_"
            })
            let encoded = attachment.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: ".-_"))) ?? ascii
            headers[.contentDisposition] = "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// The Content-Type of an output file by its extension.
enum MediaTypes {
    static func of(_ name: String) -> String {
        switch name.split(separator: ".").last?.lowercased() {
        case "pdf": return "application/pdf"
        case "png": return "image/png"
        case "svg": return "image/svg+xml"
        case "hwpx": return "application/hwp+zip"
        case "json": return "application/json; charset=utf-8"
        case "zip": return "application/zip"
        case "csv": return "text/csv; charset=utf-8"
        case "log", "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
