import Foundation
import Hummingbird

/// The pages and their assets, compiled into the binary (SwiftPM
/// embedInCode): the server reads nothing from disk or the network to show
/// them, so they work on a network cut off from the internet.
struct PageRoutes {
    let state: ServerState

    static let pages: [String: [UInt8]] = [
        "/": withHeader(PackageResources.index_html),
        "/reports": withHeader(PackageResources.reports_html),
        "/runs": withHeader(PackageResources.runs_html),
        "/login": withHeader(PackageResources.login_html),
    ]

    /// A page with the one shared header (`header.html`) where its marker comment stands: the
    /// header is written once, and still nothing is built or fetched at run time.
    static func withHeader(_ page: [UInt8]) -> [UInt8] {
        let marker = "<!-- site-header: the shared header.html, put in by the server -->"
        let text = String(decoding: page, as: UTF8.self)
        let header = String(decoding: PackageResources.header_html, as: UTF8.self)
        return Array(text.replacingOccurrences(of: marker, with: header.trimmingCharacters(in: .newlines)).utf8)
    }

    static let assets: [String: (bytes: [UInt8], type: String)] = [
        "app.css": (PackageResources.app_css, "text/css; charset=utf-8"),
        "common.js": (PackageResources.common_js, "text/javascript; charset=utf-8"),
        "chart.js": (PackageResources.chart_js, "text/javascript; charset=utf-8"),
        "reports.js": (PackageResources.reports_js, "text/javascript; charset=utf-8"),
        "runs.js": (PackageResources.runs_js, "text/javascript; charset=utf-8"),
        "favicon.svg": (PackageResources.favicon_svg, "image/svg+xml"),
    ]

    func add(to router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in Response.bytes(Array("ok\n".utf8), type: "text/plain; charset=utf-8") }
        for (path, bytes) in Self.pages {
            router.get(RouterPath(path)) { _, _ in Response.bytes(bytes, type: "text/html; charset=utf-8") }
        }
        router.get("/assets/:name") { _, context in
            guard let name = context.parameters.get("name"), let a = Self.assets[name] else { throw APIError.notFound() }
            var r = Response.bytes(a.bytes, type: a.type)
            r.headers[.cacheControl] = "no-cache"
            return r
        }
        router.post("/login") { request, _ in try await login(request) }
    }

    /// `POST /login` with the form field `token`: a session cookie (HttpOnly,
    /// SameSite=Strict) and back to the page; a wrong token shows the form again with 401.
    func login(_ request: Request) async throws -> Response {
        let body = String(decoding: try await request.collectBody(limit: 64 << 10), as: UTF8.self)
        var presented = ""
        for pair in body.split(separator: "&") where pair.hasPrefix("token=") {
            presented = String(pair.dropFirst(6)).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
        }
        guard let token = state.options.token else { return Response(status: .seeOther, headers: [.location: "/"]) }
        guard ConstantTime.equal(presented.utf8, Array(token.utf8)) else {
            guard state.failures.record() else { throw AccessMiddleware<BasicRequestContext>.tooManyWrongTokens }
            return Response.bytes(Self.pages["/login"]!, type: "text/html; charset=utf-8").with(status: .unauthorized)
        }
        let id = state.sessions.open()
        var headers = HTTPFields()
        headers[.location] = "/"
        headers[.setCookie] = "\(Sessions.cookieName)=\(id); Path=/; HttpOnly; SameSite=Strict; Max-Age=\(Int(Sessions.lifetime))"
        return Response(status: .seeOther, headers: headers)
    }
}

extension Response {
    func with(status: HTTPResponse.Status) -> Response {
        var r = self
        r.status = status
        return r
    }
}
