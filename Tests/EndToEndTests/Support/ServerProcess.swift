import Foundation
import Testing

/// `briefing serve --port 0 …` started for one test: the port it chose is
/// read from the line it prints on start; `stop()` sends SIGTERM and waits.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let port: Int
    let stderrPath: String

    init(_ arguments: [String] = [], in directory: String? = nil) throws {
        stderrPath = NSTemporaryDirectory() + "briefing-serve-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).err"
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: try BriefingBinary.path())
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? BriefingBinary.packageRoot)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var found: Int?
        for _ in 0..<300 where found == nil {
            let text = Self.read(stderrPath)
            if let r = text.range(of: #"http://[^ ]*:(\d+)/"#, options: .regularExpression) {
                found = Int(text[r].split(separator: ":").last!.dropLast())
            } else if !process.isRunning {
                break
            } else {
                usleep(20_000)
            }
        }
        guard let found else {
            process.terminate()
            throw ServerNotStarted(stderr: Self.read(stderrPath))
        }
        port = found
    }

    var stderr: String { Self.read(stderrPath) }

    /// SIGTERM, then waits up to `seconds`; the exit status, or nil if it was still running (it is then killed).
    @discardableResult
    func stop(within seconds: Double = 10) -> Int32? {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        defer { try? FileManager.default.removeItem(atPath: stderrPath) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    func request(_ method: String, _ path: String, headers: [String: String] = [:], body: [UInt8] = []) throws -> HTTPReply {
        try HTTPProbe.request(port: port, method, path, headers: headers, body: body)
    }

    func get(_ path: String, headers: [String: String] = [:]) throws -> HTTPReply { try request("GET", path, headers: headers) }

    func postJSON(_ path: String, _ json: String, headers: [String: String] = [:]) throws -> HTTPReply {
        try request("POST", path, headers: headers.merging(["Content-Type": "application/json"]) { a, _ in a }, body: Array(json.utf8))
    }

    /// Uploads a file as a browser's file input does; returns the reply (its JSON has the upload's id).
    func upload(_ bytes: [UInt8], name: String, fields: [String: String] = [:], headers: [String: String] = [:]) throws -> HTTPReply {
        let form = HTTPProbe.multipart(file: bytes, name: name, fields: fields)
        return try request("POST", "/api/inspect", headers: headers.merging(["Content-Type": form.contentType]) { a, _ in a }, body: form.body)
    }

    static func read(_ path: String) -> String { String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }

    struct ServerNotStarted: Error, CustomStringConvertible {
        var stderr: String
        var description: String { "briefing serve did not start:\n\(stderr)" }
    }
}

/// An HTTP answer as the bytes came: status, headers, body.
struct HTTPReply: CustomStringConvertible {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name.lowercased() }?.value }
    var text: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]) ?? [:] }
    var errors: [[String: Any]] { json["errors"] as? [[String: Any]] ?? [] }
    var description: String { "HTTP \(status) \(header("Content-Type") ?? "") \(text.prefix(600))" }
}

/// A plain HTTP/1.1 client over a socket: it sends exactly the bytes a test
/// gives (a malformed body, a path with `%2e%2e`, a forged Origin), which a
/// URL library would refuse or tidy up.
enum HTTPProbe {
    static func request(port: Int, _ method: String, _ path: String, headers: [String: String] = [:], body: [UInt8] = []) throws -> HTTPReply {
        var head = "\(method) \(path) HTTP/1.1\r\n"
        var h = headers
        if h.keys.first(where: { $0.lowercased() == "host" }) == nil { h["Host"] = "127.0.0.1:\(port)" }
        h["Connection"] = "close"
        if !body.isEmpty || method == "POST" { h["Content-Length"] = h["Content-Length"] ?? String(body.count) }
        for (k, v) in h.sorted(by: { $0.key < $1.key }) { head += "\(k): \(v)\r\n" }
        return try exchange(port: port, Array((head + "\r\n").utf8) + body)
    }

    /// Sends `bytes` as they are and reads the answer until the server closes.
    static func exchange(port: Int, _ bytes: [UInt8]) throws -> HTTPReply {
        let connection = try Connection(port: port)
        try connection.send(bytes)
        return try connection.receive()
    }

    /// One socket to the server, for a request sent in pieces.
    final class Connection {
        let fd: Int32

        init(port: Int) throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw ProbeError("socket: errno \(errno)") }
            var timeout = timeval(tv_sec: 60, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else {
                close(fd)
                throw ProbeError("connect to port \(port): errno \(errno)")
            }
        }

        deinit { close(fd) }

        func send(_ bytes: [UInt8]) throws {
            var sent = 0
            while sent < bytes.count {
                let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                // The server may answer (413) and close before reading everything: stop sending, read the answer.
                if n <= 0 { break }
                sent += n
            }
        }

        /// The answer, read until the server closes.
        func receive() throws -> HTTPReply {
            var reply: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if n <= 0 { break }
                reply += buffer[0..<n]
            }
            return try parse(reply)
        }
    }

    static func parse(_ bytes: [UInt8]) throws -> HTTPReply {
        guard let end = find(Array("\r\n\r\n".utf8), in: bytes) else { throw ProbeError("no complete answer: \(String(decoding: bytes, as: UTF8.self))") }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw ProbeError("bad status line \(lines[0])") }
        let headers = lines.dropFirst().compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var body = Array(bytes[(end + 4)...])
        if headers.contains(where: { $0.0.lowercased() == "transfer-encoding" && $0.1.lowercased().contains("chunked") }) {
            body = dechunk(body)
        }
        return HTTPReply(status: status, headers: headers, body: body)
    }

    static func dechunk(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while let lineEnd = find(Array("\r\n".utf8), in: Array(bytes[i...])) {
            let size = Int(String(decoding: bytes[i..<(i + lineEnd)], as: UTF8.self).split(separator: ";")[0], radix: 16) ?? 0
            i += lineEnd + 2
            if size == 0 || i + size > bytes.count { break }
            out += bytes[i..<(i + size)]
            i += size + 2
        }
        return out
    }

    static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
        return nil
    }

    static func multipart(file: [UInt8], name: String, fields: [String: String] = [:]) -> (contentType: String, body: [UInt8]) {
        let boundary = "----briefingTest\(UInt32.random(in: 0...UInt32.max))"
        var body: [UInt8] = []
        for (k, v) in fields.sorted(by: { $0.key < $1.key }) {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(k)\"\r\n\r\n\(v)\r\n".utf8)
        }
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n".utf8)
        body += Array("Content-Type: application/octet-stream\r\n\r\n".utf8) + file + Array("\r\n--\(boundary)--\r\n".utf8)
        return ("multipart/form-data; boundary=\(boundary)", body)
    }

    struct ProbeError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }
}

extension BriefingBinary {
    /// A file of the repository, as bytes.
    static func repositoryFile(_ relative: String) -> [UInt8] {
        [UInt8](FileManager.default.contents(atPath: (packageRoot as NSString).appendingPathComponent(relative)) ?? Data())
    }
}
