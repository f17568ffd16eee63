import Foundation
import Testing

/// The server as an attacker meets it: tokens, origins, limits, broken bodies, and a clean shutdown.
@Suite("serve: access, limits and shutdown")
struct ServeSecurityTests {
    static let token = "briefing-test-token-0123456789abcdef"

    static func tokenServer(_ extra: [String] = []) throws -> (ServerProcess, ScratchFolder) {
        let folder = try ScratchFolder("serve-token")
        try Data((token + "\n").utf8).write(to: URL(fileURLWithPath: folder.sub("token")))
        return (try ServerProcess(["--host", "0.0.0.0", "--token-file", folder.sub("token")] + extra), folder)
    }

    @Test func beyondLoopbackWithoutATokenItRefusesToStart() throws {
        let r = try BriefingBinary.run(["serve", "--host", "0.0.0.0", "--port", "0"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--token-file"), "\(r)")
        let folder = try ScratchFolder("serve-short-token")
        defer { folder.remove() }
        try Data("short".utf8).write(to: URL(fileURLWithPath: folder.sub("token")))
        let short = try BriefingBinary.run(["serve", "--host", "0.0.0.0", "--port", "0", "--token-file", folder.sub("token")])
        #expect(short.status == 2 && short.stderr.contains("at least 16"))
    }

    @Test func aPortInUseIsSaidPlainly() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let second = try BriefingBinary.run(["serve", "--port", String(server.port)])
        #expect(second.status == 1)
        #expect(second.stderr.contains("cannot serve on 127.0.0.1:\(server.port)") && second.stderr.contains("in use"), "\(second)")
        let badSize = try BriefingBinary.run(["serve", "--max-upload", "5XB"])
        #expect(badSize.status == 64 && badSize.stderr.contains("--max-upload: found \"5XB\""))
    }

    @Test func withATokenEveryRequestButHealthzNeedsIt() throws {
        let (server, folder) = try Self.tokenServer()
        defer { server.stop(); folder.remove() }
        #expect(try server.get("/healthz").status == 200)
        let none = try server.get("/api/templates")
        #expect(none.status == 401 && none.header("WWW-Authenticate")?.hasPrefix("Bearer") == true)
        #expect(try server.get("/api/templates", headers: ["Authorization": "Bearer wrong"]).status == 401)
        #expect(try server.get("/api/templates", headers: ["Authorization": "Bearer \(Self.token)x"]).status == 401)
        #expect(try server.get("/api/templates", headers: ["Authorization": "Bearer \(Self.token)"]).status == 200)
        let page = try server.get("/")
        #expect(page.status == 303 && page.header("Location") == "/login")
        #expect(try server.get("/login").status == 200)
        #expect(try server.postJSON("/api/chart", "{}").status == 401)
    }

    @Test func guessingTheTokenIsStoppedAfterThirtyWrongOnesAMinute() throws {
        let (server, folder) = try Self.tokenServer()
        defer { server.stop(); folder.remove() }
        let statuses = try (0..<32).map { i in try server.get("/api/templates", headers: ["Authorization": "Bearer guess\(i)"]).status }
        #expect(statuses.prefix(30).allSatisfy { $0 == 401 } && statuses.suffix(2).allSatisfy { $0 == 429 }, "\(statuses)")
        let login = try server.request("POST", "/login", headers: ["Content-Type": "application/x-www-form-urlencoded"],
                                       body: Array("token=guess".utf8))
        #expect(login.status == 429)
        #expect(try server.get("/api/templates", headers: ["Authorization": "Bearer \(Self.token)"]).status == 200,
                "the right token still gets in")
        #expect(try server.get("/api/templates").status == 401, "no token at all is not a guess")
    }

    @Test func theLoginPageSetsAStrictHttpOnlyCookieThatOpensThePages() throws {
        let (server, folder) = try Self.tokenServer()
        defer { server.stop(); folder.remove() }
        let origin = "http://127.0.0.1:\(server.port)"
        let form = ["Content-Type": "application/x-www-form-urlencoded", "Origin": origin]
        let wrong = try server.request("POST", "/login", headers: form, body: Array("token=nope".utf8))
        #expect(wrong.status == 401 && wrong.header("Set-Cookie") == nil)
        let login = try server.request("POST", "/login", headers: form, body: Array("token=\(Self.token)".utf8))
        let cookie = try #require(login.header("Set-Cookie"), "\(login)")
        #expect(login.status == 303 && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        #expect(!cookie.contains(Self.token), "the cookie is a session id, not the token")
        // Chrome posts a form with `Origin: null` when the referrer is hidden, and a script with no Origin at all.
        let nullOrigin = ["Content-Type": "application/x-www-form-urlencoded", "Origin": "null", "Sec-Fetch-Site": "same-origin"]
        #expect(try server.request("POST", "/login", headers: nullOrigin, body: Array("token=\(Self.token)".utf8)).status == 303)
        let plain = ["Content-Type": "application/x-www-form-urlencoded"]
        #expect(try server.request("POST", "/login", headers: plain, body: Array("token=\(Self.token)".utf8)).status == 303)
        let forged = ["Content-Type": "application/x-www-form-urlencoded", "Origin": "http://evil.example"]
        #expect(try server.request("POST", "/login", headers: forged, body: Array("token=\(Self.token)".utf8)).status == 403)
        let session = String(cookie.split(separator: ";")[0])
        #expect(try server.get("/", headers: ["Cookie": session]).status == 200)
        #expect(try server.get("/api/templates", headers: ["Cookie": session]).status == 200)
        // A POST carried by the cookie must come from this origin.
        let check = #"{"period": "2024-03"}"#
        let same = try server.postJSON("/api/templates/monthly/check", check, headers: ["Cookie": session, "Origin": origin])
        #expect(same.status == 200, "\(same)")
        let other = try server.postJSON("/api/templates/monthly/check", check, headers: ["Cookie": session, "Origin": "http://evil.example"])
        #expect(other.status == 403)
        let noOrigin = try server.postJSON("/api/templates/monthly/check", check, headers: ["Cookie": session])
        #expect(noOrigin.status == 403)
        let crossSite = try server.postJSON("/api/templates/monthly/check", check, headers: ["Cookie": session, "Sec-Fetch-Site": "cross-site"])
        #expect(crossSite.status == 403)
        #expect(try server.get("/api/templates", headers: ["Cookie": "briefing_session=0123456789abcdef0123456789abcdef"]).status == 401)
    }

    @Test func onLoopbackAnotherSiteCanNeitherPostNorRebind() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let evil = try server.postJSON("/api/templates/monthly/check", #"{"period": "2024-03"}"#, headers: ["Origin": "http://evil.example"])
        #expect(evil.status == 403)
        #expect(try server.get("/api/templates", headers: ["Host": "evil.example:80"]).status == 403, "DNS rebinding")
        #expect(try server.get("/api/templates", headers: ["Host": "127.0.0.1.evil.example:\(server.port)"]).status == 403,
                "a domain that starts like a loopback address")
        #expect(try server.get("/api/templates", headers: ["Host": "localhost:\(server.port)"]).status == 200)
    }

    @Test func everyAnswerCarriesTheContentSecurityPolicy() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        #expect(try server.get("/assets/favicon.svg").header("Content-Type") == "image/svg+xml")
        for page in ["/", "/reports", "/runs", "/login"] {
            let html = try server.get(page).text
            #expect(html.contains(#"<header class="site-header">"#) && !html.contains("site-header: the shared"), "\(page)")
        }
        for path in ["/", "/reports", "/runs", "/assets/app.css", "/api/templates", "/nothing"] {
            let r = try server.get(path)
            let csp = try #require(r.header("Content-Security-Policy"), "\(path)")
            #expect(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"))
            #expect(r.header("X-Content-Type-Options") == "nosniff")
        }
    }

    @Test func anUploadOverTheLimitIs413AndTheServerLivesOn() throws {
        let server = try ServerProcess(["--max-upload", "64KB"])
        defer { server.stop() }
        let big = [UInt8](repeating: 0x41, count: 200 << 10)
        #expect(try server.upload(big, name: "big.csv").status == 413)
        // Without a Content-Length (chunked), the limit still holds as the bytes arrive.
        let form = HTTPProbe.multipart(file: big, name: "big.csv")
        var raw = Array("POST /api/inspect HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nConnection: close\r\n".utf8)
        raw += Array("Content-Type: \(form.contentType)\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
        for chunk in stride(from: 0, to: form.body.count, by: 16 << 10).map({ form.body[$0..<min($0 + (16 << 10), form.body.count)] }) {
            raw += Array(String(chunk.count, radix: 16).utf8) + [13, 10] + chunk + [13, 10]
        }
        raw += Array("0\r\n\r\n".utf8)
        #expect(try HTTPProbe.exchange(port: server.port, raw).status == 413)
        #expect(try server.upload(Array("지역,값\n미국,1\n".utf8), name: "small.csv").status == 200)
    }

    @Test(arguments: [
        "--B\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end",
        "no boundary at all",
        "--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B--\r\n",
        "--B\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--B--\r\n",
        "--B\r\nContent-Disposition: form-data; name=\"file\"" + String(repeating: "x", count: 10_000) + "\r\n\r\nx\r\n--B--\r\n",
        "",
    ])
    func aMalformedMultipartBodyIs400AndTheServerLivesOn(body: String) throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let r = try server.request("POST", "/api/inspect", headers: ["Content-Type": "multipart/form-data; boundary=B"], body: Array(body.utf8))
        #expect(r.status == 400, "\(r)")
        #expect(try server.get("/healthz").status == 200)
        let noBoundary = try server.request("POST", "/api/inspect", headers: ["Content-Type": "multipart/form-data"], body: Array("x".utf8))
        #expect(noBoundary.status == 400)
    }

    @Test func uploadsExpireAndAreDeletedAtShutdown() throws {
        let server = try ServerProcess(["--upload-lifetime", "2s"])
        let r = try server.upload(Array("지역,값\n미국,1\n".utf8), name: "a.csv")
        let id = try #require(r.json["id"] as? String)
        let folder = try #require(Self.uploadFolder(of: server), "\(server.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder + "/" + id))
        let again = #"{"upload": "\#(id)"}"#
        #expect(try server.postJSON("/api/inspect", again).status == 200)
        // Untouched for longer than its lifetime (the sweeper looks every second), it is gone.
        var gone = false
        for _ in 0..<20 where !gone {
            usleep(500_000)
            gone = !FileManager.default.fileExists(atPath: folder + "/" + id)
        }
        #expect(gone)
        #expect(try server.postJSON("/api/inspect", again).status == 404)
        let second = try #require(try server.upload(Array("지역,값\n미국,1\n".utf8), name: "b.csv").json["id"] as? String)
        #expect(FileManager.default.fileExists(atPath: folder + "/" + second))
        #expect(server.stop() == 0)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func sigtermLetsTheRequestInFlightFinishThenExitsZero() throws {
        let folder = try ScratchFolder("serve-sigterm")
        defer { folder.remove() }
        let server = try ServerProcess(["--out", folder.path])
        let reply = LockedBox<HTTPReply?>(nil)
        let done = DispatchSemaphore(value: 0)
        let port = server.port
        Thread.detachNewThread {
            reply.value = try? HTTPProbe.request(port: port, "POST", "/api/runs/2024-03", headers: ["Content-Type": "application/json"],
                                                 body: Array(#"{"template": "monthly"}"#.utf8))
            done.signal()
        }
        usleep(100_000)  // the run has started (it takes about 0.3 s in a debug build)
        let started = Date()
        let status = server.stop(within: 10)
        #expect(status == 0)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(done.wait(timeout: .now() + 5) == .success)
        #expect(reply.value?.status == 200, "\(String(describing: reply.value))")
        #expect(FileManager.default.fileExists(atPath: folder.sub("2024-03/monthly.manifest.json")))
    }

    /// The private upload folder the server names on start.
    /// Deterministic: the upload's body is only half sent when SIGTERM arrives, so the request is surely in flight.
    @Test func sigtermWaitsForAnUploadStillArriving() throws {
        let server = try ServerProcess()
        let form = HTTPProbe.multipart(file: Array("지역,실계약(만달러)\n미국,325\n".utf8), name: "late.csv")
        let head = "POST /api/inspect HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\nConnection: close\r\n"
            + "Content-Type: \(form.contentType)\r\nContent-Length: \(form.body.count)\r\n\r\n"
        let connection = try HTTPProbe.Connection(port: server.port)
        let half = form.body.count / 2
        try connection.send(Array(head.utf8) + form.body[..<half])
        usleep(200_000)
        let status = LockedBox<Int32?>(nil)
        let stopped = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            status.value = server.stop(within: 10)
            stopped.signal()
        }
        usleep(300_000)
        try connection.send(Array(form.body[half...]))
        let reply = try connection.receive()
        #expect(reply.status == 200, "\(reply)")
        #expect(stopped.wait(timeout: .now() + 10) == .success)
        #expect(status.value == 0)
    }

    static func uploadFolder(of server: ServerProcess) -> String? {
        guard let r = server.stderr.range(of: #"uploads in [^ ,)]+"#, options: .regularExpression) else { return nil }
        return String(server.stderr[r].dropFirst("uploads in ".count))
    }
}

/// A value shared with another thread, behind a lock.
final class LockedBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T
    init(_ value: T) { stored = value }
    var value: T {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
