import Foundation
import Hummingbird
import HummingbirdCore
import Logging

/// `briefing serve`: the office's own server for the chart builder, the
/// reports and the monthly runs. Answers until SIGTERM or SIGINT, then lets
/// the requests in flight finish, deletes the uploads and returns.
public enum BriefingServer {
    public static func run(_ options: ServerOptions, announce: @escaping @Sendable (String) -> Void) async throws {
        try options.validate()
        let state = try ServerState(options: options)
        defer { state.uploads.removeAll() }
        let router = makeRouter(state)
        var logger = Logger(label: "briefing.serve")
        logger.logLevel = .warning
        // A connection idle for 30 s is closed (a client that opens sockets and sends nothing cannot hold them),
        // and a request's headers are bounded at 32 KiB.
        let http1 = HTTP1Channel.Configuration(idleTimeout: .seconds(30),
                                               httpDecoderConfiguration: .init(maxHeaderFieldSize: 16 << 10, maxHeaderListSize: 32 << 10,
                                                                               maxHeaderFieldCount: 100))
        let address = options.host.contains(":") ? "[\(options.host)]" : options.host
        var app = Application(router: router, server: .http1(configuration: http1),
                              configuration: .init(address: .hostname(options.host, port: options.port), serverName: "briefing"),
                              onServerRunning: { channel in
                                  let port = channel.localAddress?.port ?? options.port
                                  announce("briefing serve: http://\(address):\(port)/ (templates \(options.templates), "
                                           + "runs \(options.out), uploads in \(state.uploads.folder), "
                                           + "\(state.threads.count) render threads"
                                           + (options.token == nil ? ", loopback only)" : ", token required)"))
                              }, logger: logger)
        app.addServices(UploadSweeper(uploads: state.uploads))
        try await app.runService()
    }

    static func makeRouter(_ state: ServerState) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: AccessMiddleware(token: state.options.token.map { Array($0.utf8) }, sessions: state.sessions,
                                                failures: state.failures))
        PageRoutes(state: state).add(to: router)
        UploadRoutes(state: state).add(to: router)
        ChartRoutes(state: state).add(to: router)
        TemplateRoutes(state: state).add(to: router)
        RunRoutes(state: state).add(to: router)
        return router
    }
}

public enum ServerInfo {
    public static let version = "0.2.0"
}
