import BriefingCairo
import BriefingCore
import BriefingLayout
import BriefingReport
import Hummingbird

/// `POST /api/chart` (the chart's bytes) and `POST /api/chart/command` (the same chart as a `briefing chart` line).
struct ChartRoutes {
    let state: ServerState

    func add(to router: Router<BasicRequestContext>) {
        router.post("/api/chart") { request, _ in try await chart(request) }
        router.post("/api/chart/command") { request, _ in try await command(request) }
    }

    func chart(_ request: Request) async throws -> Response {
        let body = try await request.decodeJSON(ChartBody.self)
        let chart = try body.request()
        let output = try body.output
        guard let upload = state.uploads.find(body.upload) else { throw APIError.notFound("no upload \(body.upload)") }
        let (bytes, warnings) = try await run { [state] renderer in
            let table = try state.table(upload, choice: body.choice).table
            let made = try chart.make(table: table, renderer: renderer.renderer)
            let bytes = output.format == .pdf
                ? try renderer.renderer.pdf(Document(pages: [made.scene], metadata: made.metadata))
                : try renderer.renderer.render(made.scene, as: output.format)
            return (bytes, made.warnings.map { chart.locale == .ko ? $0.korean : $0.description })
        }
        var response = Response.bytes(bytes, type: output.mediaType)
        response.headers[.init("X-Briefing-Warnings")!] = JSONText.asciiList(warnings)
        return response
    }

    func command(_ request: Request) async throws -> Response {
        let body = try await request.decodeJSON(ChartBody.self)
        _ = try body.request()  // the same checks as a chart: a command is only given for a chart that can be made
        guard let upload = state.uploads.find(body.upload) else { throw APIError.notFound("no upload \(body.upload)") }
        return .json(["command": ChartCommandLine(body, file: upload.name).text])
    }

    /// Runs on a render thread; errors become 422 with their locations.
    private func run<T: Sendable>(_ job: @escaping @Sendable (ReportRenderer) throws -> T) async throws -> T {
        do { return try await state.threads.run(job) } catch { throw APIError.from(error) }
    }
}

/// `briefing chart FILE --type … -o chart.png`: what a person pastes into a
/// terminal or a schedule to make the chart they built in the browser.
struct ChartCommandLine {
    var text: String

    init(_ b: ChartBody, file: String) {
        var words = ["briefing", "chart", file]
        func add(_ flag: String, _ value: String?) { if let value, !value.isEmpty { words += ["--\(flag)", value] } }
        add("sheet", b.sheet)
        add("header-row", b.headerRow.map(String.init))
        add("range", b.range)
        add("error-cells", b.errorCells)
        add("type", b.type)
        add("x", b.x)
        for y in b.y { add("y", y) }
        for y in b.y2 ?? [] { add("y2", y) }
        add("series", b.series)
        if let order = b.seriesOrder, !order.isEmpty { add("series-order", order.joined(separator: ",")) }
        add("top", b.top.map(String.init))
        add("by", b.by)
        add("where", b.where)
        add("title", b.title)
        add("subtitle", b.subtitle)
        add("unit", b.unit)
        add("scale", b.scale)
        add("source", b.source)
        for n in b.notes ?? [] { add("note", n) }
        add("highlight", b.highlight)
        for r in b.reference ?? [] { add("reference", r) }
        if let sort = b.sort, sort != "none" { add("sort", sort) }
        add("size", b.size)
        add("locale", b.locale)
        let suffix = (try? b.output.suffix) ?? ".png"
        words += ["-o", "chart" + suffix]
        text = words.map(Self.quote).joined(separator: " ")
    }

    /// A word as a POSIX shell reads it back unchanged: bare when safe, else in single quotes.
    static func quote(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { s in
            !s.isASCII || s.properties.isAlphabetic || ("0"..."9").contains(s) || "-_./,:=@%+".unicodeScalars.contains(s)
        }
        if safe && !word.isEmpty && !word.unicodeScalars.contains(where: { $0.properties.isWhitespace }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
