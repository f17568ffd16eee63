import BriefingCairo
import BriefingCore
import BriefingLayout
import BriefingReport

/// The JSON of `POST /api/chart`: the `briefing chart` options by the same
/// names, typed here once into a `PressChartRequest` (a bad value is a 422
/// naming the key and what it accepts).
struct ChartBody: Decodable, Sendable {
    var upload: String
    var sheet: String?
    var headerRow: Int?
    var range: String?
    var errorCells: String?
    var type: String?
    var x: String
    var y: [String]
    var y2: [String]?
    var series: String?
    var seriesOrder: [String]?
    var top: Int?
    var by: String?
    var `where`: String?
    var title: String?
    var subtitle: String?
    var unit: String?
    var scale: String?
    var source: String?
    var notes: [String]?
    var highlight: String?
    var reference: [String]?
    var sort: String?
    var size: String?
    var locale: String?
    var format: String?

    enum CodingKeys: String, CodingKey {
        case upload, sheet, range, type, x, y, y2, series, top, by, `where`, title, subtitle, unit, scale, source, notes
        case highlight, reference, sort, size, locale, format
        case headerRow = "header-row"
        case errorCells = "error-cells"
        case seriesOrder = "series-order"
    }

    var choice: TablePlacement { TablePlacement(sheet: sheet, headerRow: headerRow, range: range, errorCells: errorCells) }

    /// What to send back: the format and its media type.
    var output: (format: OutputFormat, mediaType: String, suffix: String) {
        get throws {
            switch (format ?? "svg").lowercased() {
            case "svg": return (.svg, "image/svg+xml", ".svg")
            case "png": return (.png(scale: 1), "image/png", ".png")
            case "png2x", "png@2x": return (.png(scale: 2), "image/png", "@2x.png")
            case "pdf": return (.pdf, "application/pdf", ".pdf")
            default: throw Self.problem("format", format ?? "", expected: "svg, png, png2x or pdf")
            }
        }
    }

    func request() throws -> PressChartRequest {
        guard !y.isEmpty else { throw APIError(.unprocessableContent, "y: expected at least one column of values") }
        var r = PressChartRequest(x: x, y: y)
        if let type {
            guard let kind = ChartBuilder.kinds[type] else {
                throw Self.problem("type", type, expected: ChartBuilder.kindNames.joined(separator: ", "))
            }
            r.kind = kind
        }
        r.y2 = y2 ?? []
        r.condition = `where`.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        var grain: TimeGrain?
        if let by { grain = try TimeGrain(rawValue: by) ?? { throw Self.problem("by", by, expected: "year, quarter or month") }() }
        if let top, top < 1 { throw Self.problem("top", String(top), expected: "a count from 1") }
        r.shape = ChartShape(series: series.flatMap { $0.isEmpty ? nil : $0 }, seriesOrder: seriesOrder ?? [], top: top, by: grain)
        r.title = title ?? ""
        r.subtitle = subtitle.flatMap { $0.isEmpty ? nil : $0 }
        r.unit = unit.flatMap { $0.isEmpty ? nil : $0 }
        if let scale, !scale.isEmpty {
            guard let s = LabelScale(parsing: scale) else {
                throw Self.problem("scale", scale, expected: "천, 만, 백만, 억, 조, thousand, million, billion, 1 or auto")
            }
            r.scale = s
        }
        r.source = source.flatMap { $0.isEmpty ? nil : $0 }
        r.notes = (notes ?? []).filter { !$0.isEmpty }
        r.highlight = highlight.flatMap { $0.isEmpty ? nil : $0 }
        r.references = try (reference ?? []).filter { !$0.isEmpty }.map { text in
            guard let line = ReferenceLine(parsing: text) else {
                throw Self.problem("reference", text, expected: "VALUE=LABEL, e.g. 150=목표")
            }
            return line
        }
        if let sort {
            guard let s = ChartSort(word: sort) else { throw Self.problem("sort", sort, expected: "none, ascending or descending") }
            r.sort = s
        }
        if let size {
            guard let (w, h) = TemplateReader.parseSize(size), (100...4000).contains(w), (100...4000).contains(h) else {
                throw Self.problem("size", size, expected: "WIDTHxHEIGHT from 100 to 4000 each, square, portrait or 16:9")
            }
            (r.width, r.height) = (w, h)
        }
        if let locale {
            guard let l = ReportLocale(rawValue: locale) else { throw Self.problem("locale", locale, expected: "ko or en") }
            r.locale = l
        }
        return r
    }

    static func problem(_ key: String, _ found: String, expected: String) -> APIError {
        APIError(.unprocessableContent, "\(key): found \"\(found)\", expected \(expected)")
    }
}
