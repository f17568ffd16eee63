import ArgumentParser
import BriefingServer
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the chart builder, the reports and the monthly runs to browsers on the office network.",
        discussion: """
        The pages are inside the binary and load nothing from the internet.
        On loopback (the default) no token is needed; any other --host needs
        --token-file, and every request then carries the token (the login page
        sets a cookie from it). SIGTERM or Ctrl-C: requests in flight finish,
        the uploads are deleted, exit status 0.

        Examples:
          briefing serve
          briefing serve --host 0.0.0.0 --port 8080 --token-file /etc/briefing/token --out /srv/briefing/output
        API: docs/http-api.md.
        """
    )

    @Option(help: "Address to listen on; anything but loopback needs --token-file.") var host = "127.0.0.1"
    @Option(help: "Port (0: any free port, printed on start).") var port = 8080
    @Option(help: "Folder of templates the 보고서 page offers.") var templates = "templates"
    @Option(help: "Folder of period folders (monthly runs).") var out = "output"
    @Option(name: .customLong("token-file"), help: "File holding the access token (its first line).") var tokenFile: String?
    @Option(name: .customLong("max-upload"), help: ArgumentHelp("Largest upload: 50MB, 512KB, bytes.", valueName: "size"))
    var maxUpload = "50MB"
    @Option(name: .customLong("upload-lifetime"), help: ArgumentHelp("Minutes an unused upload is kept.", valueName: "minutes"))
    var uploadLifetime = 60
    @Option(help: "Render threads (default: one per core).") var jobs: Int?

    func run() async throws {
        var options = ServerOptions()
        (options.host, options.port, options.templates, options.out) = (host, port, templates, out)
        guard let limit = ByteSize.parse(maxUpload) else {
            throw ValidationError("--max-upload: found \"\(maxUpload)\", expected a size such as 50MB, 512KB or a number of bytes")
        }
        options.maxUpload = limit
        guard uploadLifetime >= 1 else { throw ValidationError("--upload-lifetime: expected minutes from 1") }
        options.uploadLifetime = .seconds(uploadLifetime * 60)
        if let jobs {
            guard jobs >= 1 else { throw ValidationError("--jobs: expected a count from 1") }
            options.jobs = jobs
        }
        do {
            if let tokenFile { options.token = try ServerOptions.readToken(file: tokenFile) }
            try options.validate()
        } catch let e as ServerOptions.Refusal {
            FileHandle.standardError.write(Data("briefing serve: \(e)\n".utf8))
            throw ExitCode(2)
        }
        try await BriefingServer.run(options) { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
}
