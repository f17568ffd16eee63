import BriefingCairo
import BriefingCore
import BriefingReport
import Foundation
import Hummingbird

/// The 월간 실행 page's API: the period folders under `--out` with their
/// manifests and logs, a file of one, and a period run again as
/// `briefing run` runs it (same lock, same manifest, the log appended to
/// `PERIOD/TEMPLATE.log`).
struct RunRoutes {
    let state: ServerState

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/runs") { _, _ in try await list() }
        router.get("/api/runs/:period/**") { _, context in try file(context) }
        router.post("/api/runs/:period") { request, context in try await rerun(request, context) }
    }

    struct FileEntry: Encodable, Sendable { var path: String; var size: Int?; var sha256: String? }
    struct Failure: Encodable, Sendable { var value: String; var problems: [String] }
    struct Entry: Encodable, Sendable {
        var period: String
        var template: String
        var status: String
        var startedAt: String?
        var finishedAt: String?
        var files: [FileEntry]
        var failures: [Failure]
        var log: String?
    }

    func list() async throws -> Response {
        let out = state.options.out
        let entries = try await state.threads.run { _ in Self.entries(out: out) }
        return .json(["runs": entries])
    }

    static func entries(out: String) -> [Entry] {
        let fm = FileManager.default
        let periods = ((try? fm.contentsOfDirectory(atPath: out)) ?? []).filter(isPeriod).sorted(by: >)
        var entries: [Entry] = []
        for period in periods {
            let folder = LocalPath(out).appending(period).text
            let manifests = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".manifest.json") }.sorted()
            for m in manifests {
                let template = String(m.dropLast(".manifest.json".count))
                if let e = entry(folder: folder, period: period, template: template) { entries.append(e) }
            }
        }
        return entries
    }

    static func entry(folder: String, period: String, template: String) -> Entry? {
        let path = LocalPath(folder).appending("\(template).manifest.json").text
        guard let data = FileManager.default.contents(atPath: path),
              let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        let outputs = (json["outputs"] as? [[String: Any]]) ?? []
        let files = outputs.map { FileEntry(path: $0["path"] as? String ?? "?", size: $0["size"] as? Int, sha256: $0["sha256"] as? String) }
        let failures = ((json["failures"] as? [[String: Any]]) ?? []).map {
            Failure(value: $0["value"] as? String ?? "?", problems: ($0["problems"] as? [String]) ?? [])
        }
        let log = FileManager.default.contents(atPath: LocalPath(folder).appending("\(template).log").text)
            .map { String(decoding: $0.suffix(32 << 10), as: UTF8.self) }
        return Entry(period: period, template: template, status: failures.isEmpty ? "ok" : "failed",
                     startedAt: json["started"] as? String, finishedAt: json["finished"] as? String,
                     files: files, failures: failures, log: log)
    }

    /// `2024-03`: a period folder's name.
    static func isPeriod(_ name: String) -> Bool {
        let u = Array(name.utf8)
        return u.count == 7 && u[4] == 0x2D && u.enumerated().allSatisfy { $0.offset == 4 || (0x30...0x39).contains($0.element) }
    }

    /// A file of a period folder. Every path component is percent-decoded and
    /// checked (no `..`, no hidden file), and the real path must stay inside
    /// `--out`: a symlink out is a 404 like a file that is not there.
    func file(_ context: BasicRequestContext) throws -> Response {
        guard let period = context.parameters.get("period"), Self.isPeriod(period) else { throw APIError.notFound() }
        var components: [String] = []
        for raw in context.parameters.getCatchAll() {
            guard let c = raw.removingPercentEncoding, !c.isEmpty, !c.hasPrefix("."), !c.contains("/"), !c.contains("\\"),
                  !c.contains("\0") else { throw APIError.notFound() }
            components.append(c)
        }
        guard !components.isEmpty, let root = realPath(state.options.out) else { throw APIError.notFound() }
        let path = ([state.options.out, period] + components).joined(separator: "/")
        var info = stat()
        guard let real = realPath(path), real.hasPrefix(root + "/"), stat(real, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              let data = FileManager.default.contents(atPath: real) else { throw APIError.notFound() }
        return .bytes([UInt8](data), type: MediaTypes.of(real), attachment: components.last!)
    }

    func rerun(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        struct Ask: Decodable { var template: String; var locale: String? }
        let ask = try await request.decodeJSON(Ask.self)
        guard let period = context.parameters.get("period"), Self.isPeriod(period),
              let month = try? ReportPeriod.resolve(period: period, today: nil, epochSeconds: Int64(time(nil))) else {
            throw APIError.notFound("no such period (expected YYYY-MM)")
        }
        guard let entry = state.templates.entry(named: ask.template) else {
            throw APIError.notFound("no template \(ask.template) under --templates")
        }
        let locale = try ask.locale.map { l in
            try ReportLocale(rawValue: l) ?? { throw ChartBody.problem("locale", l, expected: "ko or en") }()
        }
        let out = state.options.out
        let result = try await state.threads.run { renderer -> Result<Entry?, APIError> in
            let options = RunOptions(templatePath: entry.path, period: month, outputRoot: out, toolVersion: ServerInfo.version,
                                     processID: getpid(), clock: .system())
            do {
                let log = try RunLog.appending(to: LocalPath(options.periodFolder).appending("\(options.templateName).log").text,
                                               clock: .system(), errorsToStandardError: false)
                var run = MonthlyRun(options)
                run.locale = locale
                _ = try run.execute(log: log, fonts: renderer.renderer.library)
                return .success(Self.entry(folder: options.periodFolder, period: period, template: options.templateName))
            } catch {
                return .failure(APIError.from(error))
            }
        }
        switch result {
        case .success(let e?): return .json(e)
        case .success(nil): throw APIError(.internalServerError, "the run finished but left no manifest")
        case .failure(let e): throw e
        }
    }
}
