import Hummingbird

/// Who may ask, checked before any route runs.
///
/// - With a token: every request but `/healthz`, `/login` and the static
///   assets needs `Authorization: Bearer TOKEN` or an open session cookie.
///   A page request without either is sent to `/login`; an API request gets 401.
/// - Without a token (loopback only): the `Host` must name this machine, so a
///   web page elsewhere cannot reach the server by DNS rebinding.
/// - A request that changes something (`POST`) and is not carried by a bearer
///   token must come from this origin (`Origin`, or `Sec-Fetch-Site`): a
///   cookie or a loopback address alone never lets another site act.
struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: [UInt8]?
    let sessions: Sessions
    var failures = FailedAttempts()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if path == "/healthz" || path.hasPrefix("/assets/") { return try await next(request, context) }
        if token == nil, let authority = request.head.authority, !Self.isLoopbackAuthority(authority) {
            throw APIError(.forbidden, "this server answers to its loopback address only (Host: \(authority))")
        }
        var bearer = false
        if let token {
            if let presented = Self.bearer(request), ConstantTime.equal(presented.utf8, token) {
                bearer = true
            } else if let id = Self.cookie(Sessions.cookieName, in: request), sessions.isOpen(id) {
                // an open session
            } else if path == "/login" {
                // the login page and its form
            } else if request.method == .get && !path.hasPrefix("/api/") {
                return Response(status: .seeOther, headers: [.location: "/login"])
            } else {
                let presented = Self.bearer(request) != nil || Self.cookie(Sessions.cookieName, in: request) != nil
                if presented && !failures.record() { throw Self.tooManyWrongTokens }
                throw APIError(.unauthorized, "a token is required: Authorization: Bearer TOKEN, or sign in at /login")
            }
        }
        let changes = !(request.method == .get || request.method == .head || request.method == .options)
        // At /login the token in the body is the credential, so only a stated other origin is refused there.
        let byCookie = token != nil && path != "/login"
        if changes && !bearer && !Self.sameOrigin(request, credentialsByCookie: byCookie) {
            throw APIError(.forbidden, "a request from another site (Origin) may not change anything here")
        }
        return try await next(request, context)
    }

    static var tooManyWrongTokens: APIError {
        APIError(.tooManyRequests, "too many wrong tokens in the last minute; wait a minute and try again")
    }

    /// The token of `Authorization: Bearer TOKEN`.
    static func bearer(_ request: Request) -> Substring? {
        guard let value = request.headers[.authorization] else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return parts[1]
    }

    static func cookie(_ name: String, in request: Request) -> Substring? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let kv = pair.drop { $0 == " " }
                if kv.hasPrefix(name + "=") { return kv.dropFirst(name.count + 1) }
            }
        }
        return nil
    }

    /// Whether the request says it comes from this origin. A browser sends
    /// `Origin` with every POST (and `Sec-Fetch-Site`); a script sends
    /// neither, and may go on only where no cookie carries its credentials.
    static func sameOrigin(_ request: Request, credentialsByCookie: Bool) -> Bool {
        // `Origin: null` (a form posted from a page whose referrer policy hides it) says nothing either way.
        if let origin = request.headers[.origin], origin != "null" {
            guard let authority = request.head.authority else { return false }
            return origin == "http://\(authority)" || origin == "https://\(authority)"
        }
        if let site = request.headers[.init("Sec-Fetch-Site")!] {
            return site == "same-origin" || site == "none"
        }
        return !credentialsByCookie || bearer(request) != nil
    }

    static func isLoopbackAuthority(_ authority: String) -> Bool {
        var host = Substring(authority)
        if host.hasPrefix("[") {
            host = host.dropFirst().prefix { $0 != "]" }
        } else if let colon = host.lastIndex(of: ":") {
            host = host[..<colon]
        }
        return ServerOptions.isLoopback(String(host).lowercased())
    }
}

/// Headers every answer carries: a Content-Security-Policy that allows
/// this origin's own scripts and styles only (no inline script, no other
/// origin, no framing), no MIME sniffing, no referrer to other sites, and no caching of
/// API answers (they hold office data).
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let e as any HTTPResponseError {
            response = try e.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.init("Referrer-Policy")!] = "same-origin"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        if request.uri.path.hasPrefix("/api/") { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
