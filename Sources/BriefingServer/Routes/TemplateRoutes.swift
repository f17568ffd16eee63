import BriefingCairo
import BriefingCore
import BriefingReport
import Foundation
import Hummingbird

/// The 보고서 page's API: the templates, and for one of them check, render,
/// preview and explain, each as `briefing check/render/explain` would do it.
struct TemplateRoutes {
    let state: ServerState

    func add(to router: Router<BasicRequestContext>) {
        router.get("/api/templates") { _, _ in try await list() }
        router.get("/api/templates/:name") { _, context in try await describe(try entry(context)) }
        router.post("/api/templates/:name/check") { request, context in try await check(try entry(context), request) }
        router.post("/api/templates/:name/render") { request, context in try await render(try entry(context), request) }
        router.post("/api/templates/:name/preview") { request, context in try await preview(try entry(context), request) }
        router.post("/api/templates/:name/explain") { request, context in try await explain(try entry(context), request) }
    }

    /// The JSON of the template actions: every key may be left out.
    struct Ask: Decodable, Sendable {
        var period: String?
        var locale: String?
        var format: Formats?
        var measure: String?
        /// The value of an `each:` template's column the sheet is for (e.g. a company).
        var each: String?

        /// `"pdf"` or `["pdf", "hwpx"]`.
        struct Formats: Decodable, Sendable {
            var list: [String]
            init(from decoder: any Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let one = try? c.decode(String.self) { list = [one] } else { list = try c.decode([String].self) }
            }
        }

        func month() throws -> PeriodContext? {
            guard let period, !period.isEmpty else { return nil }
            do {
                return PeriodContext(try ReportPeriod.resolve(period: period, today: nil, epochSeconds: Int64(time(nil))))
            } catch {
                throw APIError(.unprocessableContent, "period: \(error)")
            }
        }

        func reportLocale(_ template: Template) throws -> ReportLocale {
            guard let locale, !locale.isEmpty else { return template.locale }
            guard let l = ReportLocale(rawValue: locale) else { throw ChartBody.problem("locale", locale, expected: "ko or en") }
            return l
        }
    }

    func entry(_ context: BasicRequestContext) throws -> TemplateCatalog.Entry {
        let raw = context.parameters.get("name") ?? ""
        guard let name = raw.removingPercentEncoding, let e = state.templates.entry(named: name) else {
            throw APIError.notFound("no template \(raw) under --templates")
        }
        return e
    }

    /// Every template read (on a render thread: YAML parsing is CPU work too).
    func list() async throws -> Response {
        struct Item: Encodable, Sendable {
            var name: String; var title: String?; var monthly: Bool; var each: String?; var path: String; var error: String?
        }
        let catalog = state.templates
        let items = try await job { _ in
            catalog.entries().map { e -> Item in
                do {
                    let t = try TemplateReader.read(path: e.path)
                    return Item(name: e.name, title: Self.title(t), monthly: t.monthly != nil, each: t.each?.column, path: e.path)
                } catch {
                    return Item(name: e.name, title: nil, monthly: false, each: nil, path: e.path, error: "\(error)")
                }
            }
        }
        return .json(["templates": items])
    }

    static func title(_ t: Template) -> String? {
        guard let text = t.document?.title.text(for: t.locale.rawValue) ?? t.document?.title.variants.values.first else { return nil }
        return text.source
    }

    func describe(_ e: TemplateCatalog.Entry) async throws -> Response {
        struct Measure: Encodable { var name: String; var text: String }
        struct About: Encodable {
            var name: String; var title: String?; var monthly: Bool; var locale: String; var each: String?
            var measures: [Measure]; var periods: [String]; var eachValues: [String]?
        }
        let about = try await job { _ in
            let t = try TemplateReader.read(path: e.path)
            // The inputs are read once, for the months and the sheets' values alike.
            let inputs = t.monthly != nil || t.each != nil ? try InputLoader(template: t).load() : [:]
            let periods = t.monthly.map { m in Self.months(inputs[m.periodInput]?.table, column: m.periodColumn) } ?? []
            let values = try t.each.map { column in
                try LoadedReport(template: t, inputs: inputs, period: nil).eachValues(column).values.map(\.text)
            }
            return About(name: e.name, title: Self.title(t), monthly: t.monthly != nil, locale: t.locale.rawValue, each: t.each?.column,
                         measures: t.measures.map { Measure(name: $0.name, text: $0.text) }, periods: periods.map(\.description),
                         eachValues: values)
        }
        return .json(about)
    }

    /// The months a column holds, newest first.
    static func months(_ table: Table?, column: String) -> [Month] {
        guard let c = table?.column(named: column) else { return [] }
        let months = c.indices.compactMap { i -> Month? in
            if case .month(let m)? = TimeGrain.month.period(of: c[i]) { m } else { nil }
        }
        return Set(months).sorted(by: >)
    }

    func check(_ e: TemplateCatalog.Entry, _ request: Request) async throws -> Response {
        let ask = try await request.decodeJSON(Ask.self)
        let period = try ask.month()
        let summary = try await job { _ in
            let (report, _) = try Self.prepared(e, ask, period: period, firstWhenUnsaid: true)
            let rows = report.inputs.values.map(\.table.rowCount).reduce(0, +)
            return "\(e.name): ok — \(report.inputs.count) inputs (\(rows) rows), "
                + "\(report.figures.count) measures, \(report.template.charts.count) charts"
        }
        return .json(JSONText.encode(["ok": true]).dropLast() + ", \"summary\": \(JSONText.quote(summary))}")
    }

    func render(_ e: TemplateCatalog.Entry, _ request: Request) async throws -> Response {
        let ask = try await request.decodeJSON(Ask.self)
        let formats = Set(ask.format?.list.map { $0.lowercased() } ?? ["pdf"])
        for f in formats where !["pdf", "png", "svg", "hwpx"].contains(f) {
            throw ChartBody.problem("format", f, expected: "pdf, png, svg or hwpx (or a list of them)")
        }
        let files = try await rendered(e, ask, formats: formats, pressCharts: false)
        if files.count == 1, let f = files.first { return .bytes(f.bytes, type: MediaTypes.of(f.name), attachment: f.name) }
        var zip = ZipWriter()
        for f in files { try zip.add(f.name, f.bytes) }
        return .bytes(zip.finish(), type: "application/zip", attachment: "\(e.name).zip")
    }

    func preview(_ e: TemplateCatalog.Entry, _ request: Request) async throws -> Response {
        let ask = try await request.decodeJSON(Ask.self)
        let files = try await rendered(e, ask, formats: ["png"], pressCharts: false)
        struct Page: Encodable { var name: String; var png: String }
        return .json(["pages": files.map { Page(name: $0.name, png: Data($0.bytes).base64EncodedString()) }])
    }

    func explain(_ e: TemplateCatalog.Entry, _ request: Request) async throws -> Response {
        let ask = try await request.decodeJSON(Ask.self)
        let period = try ask.month()
        struct Item: Encodable { var name: String; var text: String }
        let items = try await job { _ in
            let (report, _) = try Self.prepared(e, ask, period: period, firstWhenUnsaid: true)
            let text = FigureText(formatter: FigureFormatter(locale: try ask.reportLocale(report.template)))
            let names = ask.measure.map { [$0] } ?? report.template.measures.map(\.name)
            return try names.map { name -> Item in
                guard let x = report.explanation(of: name, text: text) else {
                    throw APIError(.unprocessableContent, "no measure '\(name)' in \(e.name) (measures: "
                                   + report.template.measures.map(\.name).joined(separator: ", ") + ")")
                }
                return Item(name: name, text: x.text)
            }
        }
        return .json(["measures": items])
    }

    /// The template rendered in memory (nothing is written): the files of `formats`.
    private func rendered(_ e: TemplateCatalog.Entry, _ ask: Ask, formats: Set<String>, pressCharts: Bool) async throws -> [RenderedFile] {
        let period = try ask.month()
        return try await job { renderer in
            let (report, sheet) = try Self.prepared(e, ask, period: period)
            let baseName = sheet.map { "\(e.name)-\(SafeFileName($0.text).text)" } ?? e.name
            var request = RenderRequest(locale: try ask.reportLocale(report.template), formats: formats,
                                        creationDate: nil, baseName: baseName)
            request.pressCharts = pressCharts
            return try renderer.render(report, request).files
        }
    }

    /// The report computed as `render` computes it; for an `each:` template, for the sheet `ask.each` names
    /// (a value not in the data is a 422 that lists the first ones that are). Check and explain, like
    /// `briefing check` and `explain`, take the first value when none is said; render and preview need one.
    static func prepared(_ e: TemplateCatalog.Entry, _ ask: Ask, period: PeriodContext?,
                         firstWhenUnsaid: Bool = false) throws -> (PreparedReport, EachValue?) {
        let loaded = try LoadedReport.load(templatePath: e.path, period: period)
        var sheet: EachValue?
        if let column = loaded.template.each {
            let values = try loaded.eachValues(column).values
            let chosen = ask.each.map { wanted in values.first { $0.text == wanted } } ?? (firstWhenUnsaid ? values.first : nil)
            guard let v = chosen else {
                let some = values.prefix(5).map { "\"\($0.text)\"" }.joined(separator: ", ")
                throw APIError(.unprocessableContent, "each: \(e.name) makes one sheet per \(column.column); found "
                               + (ask.each.map { "\"\($0)\"" } ?? "no value") + ", expected one of its \(values.count) values (\(some)"
                               + (values.count > 5 ? ", …)" : ")"))
            }
            sheet = v
        }
        return (try loaded.compute(kinds: try loaded.check(each: sheet), each: sheet, rehearse: false), sheet)
    }

    private func job<T: Sendable>(_ work: @escaping @Sendable (ReportRenderer) throws -> T) async throws -> T {
        do { return try await state.threads.run(work) } catch { throw APIError.from(error) }
    }
}
