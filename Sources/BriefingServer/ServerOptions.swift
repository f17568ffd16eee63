import Foundation

/// How `briefing serve` was started, checked before it binds a port.
public struct ServerOptions: Sendable {
    public var host = "127.0.0.1"
    public var port = 8080
    /// The folder of templates the 보고서 page offers (each `*.yaml` under it, one level of folders deep).
    public var templates = "templates"
    /// The folder of period folders the 월간 실행 page lists and re-runs into.
    public var out = "output"
    /// The token every request must carry; nil on loopback only.
    public var token: String?
    /// The largest upload accepted; a larger body is refused with 413 before it is read.
    public var maxUpload = 50 << 20
    /// How long an upload is kept after its last use.
    public var uploadLifetime: Duration = .seconds(3600)
    /// Render threads: at most one job per core.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount

    public init() {}

    /// A problem that keeps the server from starting, said in full.
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    /// Whether `host` is a loopback address, reachable only from this machine.
    /// A name that merely starts with `127.` (`127.0.0.1.evil.example`) is not: it is a
    /// domain anyone can point at 127.0.0.1, the very DNS-rebinding case the Host check stops.
    public static func isLoopback(_ host: String) -> Bool {
        let h = host.lowercased()
        if h == "localhost" || h == "::1" || h == "[::1]" { return true }
        let parts = h.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "127" else { return false }
        return parts.allSatisfy { p in p.count <= 3 && !p.isEmpty && p.allSatisfy(\.isASCIIDigit) && Int(p)! <= 255 }
    }

    /// Refuses to listen beyond this machine without a token: an office network is not a trusted one.
    public func validate() throws {
        if !Self.isLoopback(host) && token == nil {
            throw Refusal(description: "--host \(host) listens beyond this machine, so every request must carry a token: "
                          + "give --token-file FILE (a file holding a long random secret, e.g. from `openssl rand -hex 32`)")
        }
        if let token, token.utf8.count < 16 {
            throw Refusal(description: "the token file holds \(token.utf8.count) characters; use at least 16 (e.g. `openssl rand -hex 32`)")
        }
        guard (0...65535).contains(port) else { throw Refusal(description: "--port \(port): expected 1 to 65535, or 0 for any free port") }
        for (flag, path) in [("--templates", templates), ("--out", out)] {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                throw Refusal(description: "\(flag) \(path): no such folder")
            }
        }
    }

    /// Reads a token file: its first line, spaces trimmed; an empty or unreadable file is a refusal.
    public static func readToken(file: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Refusal(description: "--token-file \(file): cannot be read")
        }
        let token = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).first
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard !token.isEmpty else { throw Refusal(description: "--token-file \(file): is empty") }
        return token
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
