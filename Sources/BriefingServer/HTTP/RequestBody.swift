import Foundation
import Hummingbird

extension Request {
    /// The whole body, refused with 413 as soon as it passes `limit` bytes
    /// (at once when Content-Length says so, before anything is read).
    func collectBody(limit: Int) async throws -> [UInt8] {
        if let length = headers[.contentLength].flatMap(Int.init), length > limit { throw Self.tooLarge(limit) }
        var buffer = ByteBuffer()
        for try await chunk in body {
            guard buffer.readableBytes + chunk.readableBytes <= limit else { throw Self.tooLarge(limit) }
            buffer.writeImmutableBuffer(chunk)
        }
        return Array(buffer.readableBytesView)
    }

    /// The body as JSON of `type`; bad JSON is a 400 that says where.
    func decodeJSON<T: Decodable>(_ type: T.Type, limit: Int = 1 << 20) async throws -> T {
        let bytes = try await collectBody(limit: limit)
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let DecodingError.typeMismatch(_, c), let DecodingError.valueNotFound(_, c) {
            throw APIError.badRequest("\(Self.path(c.codingPath)): \(c.debugDescription)")
        } catch let DecodingError.keyNotFound(key, c) {
            throw APIError.badRequest("\(Self.path(c.codingPath + [key])): required")
        } catch {
            throw APIError.badRequest("the body is not the JSON expected (see docs/http-api.md)")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.isEmpty ? "body" : keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    static func tooLarge(_ limit: Int) -> APIError {
        APIError(.contentTooLarge, "the upload is larger than this server's limit of \(ByteSize.text(limit)) (--max-upload)")
    }
}

/// `50MB`, `512KB`, `1GB` or bytes: --max-upload's values.
public enum ByteSize {
    public static func parse(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10),
                                      ("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10), ("B", 1)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            let number = t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard let n = Int(number), n > 0, n <= Int.max / factor else { return nil }
            return n * factor
        }
        return Int(t).flatMap { $0 > 0 ? $0 : nil }
    }

    static func text(_ bytes: Int) -> String {
        if bytes % (1 << 20) == 0 { return "\(bytes >> 20) MB" }
        if bytes % (1 << 10) == 0 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }
}
