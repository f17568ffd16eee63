import ArgumentParser
import BriefingServer
import Foundation

struct ServeCommand: ParsableCommand {
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
    @Option(name: .customLong("upload-lifetime"), help: ArgumentHelp("How long an unused upload is kept: 60m, 2h, 90s.", valueName: "time"))
    var uploadLifetime = "60m"
    @Option(help: "Render threads (default: one per core).") var jobs: Int?

    /// The one command that needs Swift concurrency: it runs the server on a
    /// task and waits for it, so the root command (and every other command)
    /// stays synchronous and starts no async machinery.
    func run() throws {
        let options: ServerOptions
        do { options = try serverOptions() } catch let refusal as ServerOptions.Refusal { throw Self.refuse(refusal) }
        let outcome = ServerOutcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await BriefingServer.run(options) { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
            } catch {
                outcome.error = error
            }
            done.signal()
        }
        done.wait()
        if let refusal = outcome.error as? ServerOptions.Refusal { throw Self.refuse(refusal) }
        if let error = outcome.error {
            // A port in use, an address this machine does not have: said plainly, exit 1.
            FileHandle.standardError.write(Data("briefing serve: cannot serve on \(options.host):\(options.port): \(error)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// Beyond loopback without a token, an unreadable token file, a missing folder: said before anything listens, exit 2.
    static func refuse(_ refusal: ServerOptions.Refusal) -> ExitCode {
        FileHandle.standardError.write(Data("briefing serve: \(refusal)\n".utf8))
        return ExitCode(2)
    }

    func validate() throws {
        if ByteSize.parse(maxUpload) == nil {
            throw ValidationError("--max-upload: found \"\(maxUpload)\", expected a size such as 50MB, 512KB or a number of bytes")
        }
        if (Self.seconds(uploadLifetime) ?? 0) < 1 {
            throw ValidationError("--upload-lifetime: found \"\(uploadLifetime)\", expected a time such as 60m, 2h or 90s")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs: found \(jobs), expected a count from 1") }
    }

    func serverOptions() throws -> ServerOptions {
        var options = ServerOptions()
        (options.host, options.port, options.templates, options.out) = (host, port, templates, out)
        // validate() has checked these three.
        options.maxUpload = ByteSize.parse(maxUpload) ?? options.maxUpload
        options.uploadLifetime = .seconds(Self.seconds(uploadLifetime) ?? 3600)
        if let jobs { options.jobs = jobs }
        if let tokenFile { options.token = try ServerOptions.readToken(file: tokenFile) }
        return options
    }

    /// `90s`, `60m`, `2h` in seconds.
    static func seconds(_ text: String) -> Int? {
        guard let unit = text.last, let n = Int(text.dropLast()), n <= 1_000_000 else { return nil }
        switch unit {
        case "s": return n
        case "m": return n * 60
        case "h": return n * 3600
        default: return nil
        }
    }
}

/// What the server task ended with, handed back to the waiting main thread.
private final class ServerOutcome: @unchecked Sendable {
    var error: (any Error)?
}
