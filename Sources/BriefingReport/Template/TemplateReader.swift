import BriefingCore
import BriefingLayout
import Foundation
import Yams

/// Reads a template file into a `Template`, checking its shape: unknown keys,
/// wrong kinds of value, measure syntax and placeholder syntax are errors at
/// their line and column. Whether columns exist is checked later, against the
/// data (`TemplateEvaluator`).
public enum TemplateReader {
    /// The chart types a template may name, in the order the README lists them
    /// (the mapping to layout kinds is `ChartBuilder.kinds`).
    public static let chartKinds = TemplateChoices.chartKinds.map(\.key)

    public static func read(path: String) throws -> Template {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TemplateError("cannot read template \(path): no such file", at: nil)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateError("\(path) is not UTF-8 text; save templates as UTF-8", at: nil)
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws -> Template {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        let root: Node
        do {
            // The reader reads every scalar as its text and types it itself (`int`,
            // `bool`), so YAML's tag resolution — a regular expression a scalar, most
            // of the time of reading a template — is skipped with the basic resolver.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw TemplateError("\(path) is empty", at: InputLocation(file: path, line: 1, column: 1))
            }
            root = node
        } catch let e as YamlError {
            throw yamlError(e, path: path, lines: lines)
        }
        let top = YAMLValue(node: root, file: path, lines: lines)
        var keys = try KeyReader(top, "the template")
        let locale = try keys.optional("locale")?.choice("locale", TemplateChoices.locales) ?? .ko

        let inputs = try keys.optional("data").map(readInputs) ?? []
        let measures = try keys.optional("measures").map(readMeasures) ?? []
        let charts = try keys.optional("charts").map(readCharts) ?? []
        let document = try keys.optional("document").map(readDocument)
        let monthly = try keys.optional("monthly").map { try readMonthly($0, key: keys.keyNode("monthly") ?? $0) }
        let each = try keys.optional("each").map { try readEach($0, inputs: inputs) }
        try keys.finish(allowed: ["locale", "data", "measures", "charts", "document", "monthly", "each"])

        var template = Template(path: path, directory: LocalPath(path).parent.text, locale: locale, inputs: inputs,
                                measures: measures, document: document, charts: charts, monthly: monthly,
                                sourceLines: lines.map(String.init))
        template.each = each
        return template
    }

    static func yamlError(_ e: YamlError, path: String, lines: [Substring]) -> TemplateError {
        switch e {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            let line = mark.line >= 1 && mark.line <= lines.count ? String(lines[mark.line - 1]) : nil
            return TemplateError(.syntax("not valid YAML: \(problem)"),
                                 at: InputLocation(file: path, line: mark.line, column: mark.column), sourceLine: line)
        default:
            return TemplateError(.syntax("not valid YAML: \(e)"), at: InputLocation(file: path, line: 1, column: 1))
        }
    }

    static func source(_ v: YAMLValue) -> TemplateSource {
        let loc = v.location
        return TemplateSource(location: loc, line: loc.line >= 1 && loc.line <= v.lines.count ? String(v.lines[loc.line - 1]) : nil)
    }

    /// Offset of a scalar's text from its mark: quoted scalars start one column in.
    static func textOffset(_ v: YAMLValue) -> Int {
        if case .scalar(let s) = v.node, s.style == .singleQuoted || s.style == .doubleQuoted { return 1 }
        return 0
    }

    // MARK: Inputs

    static func readHeaderRow(_ v: YAMLValue) throws -> Int {
        let n = try v.int("header-row")
        guard n >= 1 else { throw v.error(.badValue(what: "header-row", found: String(n), expected: ["a row number from 1"])) }
        return n
    }

    static func readRange(_ v: YAMLValue) throws -> CellRange {
        let text = try v.string("range")
        guard let r = CellRange(text) else {
            throw v.error(.badValue(what: "range", found: text, expected: ["a range of cells such as A3:H40"]))
        }
        return r
    }

    static func readInputs(_ v: YAMLValue) throws -> [InputSpec] {
        try v.mapping("data").map { name, keyNode, value in
            if value.scalar != nil {
                return InputSpec(name: name, file: try value.string("a file"), renames: [:], expect: [],
                                 encoding: nil, sheet: nil, headerRows: nil, source: source(value))
            }
            var k = try KeyReader(value, "input '\(name)'")
            let file = try k.required("file").string("file")
            var renames: [String: String] = [:]
            if let r = k.optional("rename") {
                for (from, _, to) in try r.mapping("rename") { renames[from] = try to.string("the new column name") }
            }
            let expect = try k.optional("expect")?.list("expect").map { try $0.string("a column name") } ?? []
            let encoding = try k.optional("encoding")?.string("encoding")
            let headerRows = try k.optional("header-rows")?.int("header-rows")
            let sheet = try k.optional("sheet")?.string("sheet")
            let headerRow = try k.optional("header-row").map(readHeaderRow)
            let range = try k.optional("range").map(readRange)
            let errorCells = try k.optional("error-cells")?.choice("error-cells", ["error": false, "missing": true]) ?? false
            try k.finish(allowed: ["file", "rename", "expect", "encoding", "sheet", "header-rows", "header-row", "range", "error-cells"])
            return InputSpec(name: name, file: file, renames: renames, expect: expect, encoding: encoding, sheet: sheet,
                             headerRows: headerRows, headerRow: headerRow, range: range, errorCellsMissing: errorCells,
                             source: source(keyNode))
        }
    }

    // MARK: Measures

    static func readMeasures(_ v: YAMLValue) throws -> [MeasureDefinition] {
        var seen: Set<String> = []
        return try v.mapping("measures").map { name, keyNode, value in
            guard seen.insert(name).inserted else { throw keyNode.error("measure '\(name)' is defined twice") }
            var exprNode = value
            var missing = MissingChoice.skip
            if value.isMapping {
                var k = try KeyReader(value, "measure '\(name)'")
                exprNode = try k.required("value")
                if let m = k.optional("missing") {
                    guard let c = MissingChoice(rawValue: try m.string("missing")) else { throw m.error("missing must be skip or fail") }
                    missing = c
                }
                try k.finish(allowed: ["value", "missing"])
            }
            let text = try exprNode.string("the measure")
            do {
                let expr = try MeasureExpressionParser.parse(text)
                return MeasureDefinition(name: name, expression: expr, text: text, missing: missing, source: source(exprNode),
                                         expressionOffset: textOffset(exprNode))
            } catch let e as ExpressionSyntaxError {
                throw exprNode.error(e.message, atOffset: e.offset)
            }
        }
    }

    // MARK: Text

    static func text(_ v: YAMLValue, _ what: String) throws -> LocalizedText {
        var variants: [String: TextTemplate] = [:]
        var sources: [String: TemplateSource] = [:]
        var blocks: Set<String> = []
        func add(_ key: String, _ node: YAMLValue) throws {
            variants[key] = try parseText(node, what)
            sources[key] = source(node)
            if case .scalar(let s) = node.node, s.style == .literal || s.style == .folded { blocks.insert(key) }
        }
        if v.isMapping {
            var k = try KeyReader(v, what)
            for loc in ["ko", "en"] {
                if let t = k.optional(loc) { try add(loc, t) }
            }
            try k.finish(allowed: ["ko", "en"])
            if variants.isEmpty { throw v.error("\(what) needs ko: or en: text") }
        } else {
            try add("*", v)
        }
        return LocalizedText(variants: variants, source: source(v), textOffset: textOffset(v),
                             variantSources: sources, blockVariants: blocks)
    }

    static func parseText(_ v: YAMLValue, _ what: String) throws -> TextTemplate {
        let s = try v.string(what)
        do { return try TextTemplate.parse(s) } catch {
            if case .scalar(let sc) = v.node, sc.style == .literal || sc.style == .folded {
                let loc = TextLocator.locate(offset: error.offset, in: s, blockStartingAfter: v.location, lines: v.lines.map(String.init))
                throw TemplateError(.syntax(error.message), at: loc.location, sourceLine: loc.line)
            }
            throw v.error(error.message, atOffset: error.offset)
        }
    }

    // MARK: Document

    static func readDocument(_ v: YAMLValue) throws -> DocumentSpec {
        var k = try KeyReader(v, "document")
        let title = try text(try k.required("title"), "title")
        let date = try k.optional("date").map { try text($0, "date") }
        let department = try k.optional("department").map { try text($0, "department") }
        let officer = try k.optional("officer").map { try text($0, "officer") }
        let contact = try k.optional("contact").map { try text($0, "contact") }
        let orientation = try k.optional("orientation")?.choice("orientation", TemplateChoices.orientations) ?? .portrait
        let style = try k.optional("style").map(readStyle) ?? DocumentStyleSpec()
        let blocks = try k.optional("blocks").map { try readBlocks($0) } ?? []
        let attachments = try k.optional("attachments")?.sequence("attachments").map { try readBlocks($0) } ?? []
        let formats = try k.optional("formats")?.list("formats").map {
            try $0.choice("a document format", TemplateChoices.documentFormats)
        } ?? DocumentFormat.standard
        try k.finish(allowed: ["title", "date", "department", "officer", "contact", "orientation", "style", "blocks", "attachments",
                               "formats"])
        return DocumentSpec(title: title, date: date, department: department, officer: officer, contact: contact,
                            orientation: orientation, style: style,
                            blocks: blocks, attachments: attachments, source: source(v), formats: formats)
    }

    static func readStyle(_ v: YAMLValue) throws -> DocumentStyleSpec {
        var k = try KeyReader(v, "style")
        var s = DocumentStyleSpec()
        func number(_ key: String, _ range: ClosedRange<Double>) throws -> Double? {
            guard let n = k.optional(key) else { return nil }
            guard let d = n.scalar.flatMap(Double.init), range.contains(d) else {
                throw n.error("\(key) must be a number from \(range.lowerBound) to \(range.upperBound), found \(n.describe)")
            }
            return d
        }
        if let f = k.optional("fonts") {
            var fk = try KeyReader(f, "fonts")
            s.gothic = try fk.optional("gothic")?.string("a font family")
            s.myeongjo = try fk.optional("myeongjo")?.string("a font family")
            s.display = try fk.optional("display")?.string("a font family")
            try fk.finish(allowed: ["gothic", "myeongjo", "display"])
        }
        s.titleSize = try number("title-size", 8...48)
        s.bodySize = try number("body-size", 6...30)
        s.noteSize = try number("note-size", 6...30)
        s.lineSpacing = try number("line-spacing", 1...3)
        if let m = k.optional("margins") {
            var mk = try KeyReader(m, "margins")
            func mm(_ key: String) throws -> Double? {
                guard let n = mk.optional(key) else { return nil }
                guard let d = n.scalar.flatMap(Double.init), (0...60).contains(d) else {
                    throw n.error("\(key) margin is millimetres from 0 to 60")
                }
                return d
            }
            s.marginTop = try mm("top"); s.marginLeft = try mm("left"); s.marginBottom = try mm("bottom"); s.marginRight = try mm("right")
            try mk.finish(allowed: ["top", "left", "bottom", "right"])
        }
        try k.finish(allowed: ["fonts", "title-size", "body-size", "note-size", "line-spacing", "margins"])
        return s
    }

    static let blockKinds = ["summary", "tiles", "text", "heading", "chart", "table", "note", "columns", "page-break"]

    static func readBlocks(_ v: YAMLValue) throws -> [BlockSpec] {
        try v.sequence("blocks").map(readBlock)
    }

    static func readBlock(_ v: YAMLValue) throws -> BlockSpec {
        if v.scalar == "page-break" { return .pageBreak }
        let entries = try v.mapping("a block")
        guard entries.count == 1, let (kind, keyNode, body) = entries.first else {
            throw v.error("a block is one key (\(blockKinds.joined(separator: ", "))), found \(entries.count) keys")
        }
        switch kind {
        case "summary":
            return .summary(try body.list("summary").map { try text($0, "a summary line") })
        case "tiles":
            return .tiles(try body.sequence("tiles").map(readTile))
        case "text":
            return .text(try text(body, "text"))
        case "heading":
            return .heading(try text(body, "heading"))
        case "note":
            return .note(try text(body, "note"))
        case "chart":
            if body.scalar != nil { return .chart(id: try body.string("a chart id"), width: .full, source: source(body)) }
            var k = try KeyReader(body, "chart block")
            let idNode = try k.required("id")
            let width = try k.optional("width")?.choice("chart width", TemplateChoices.widths) ?? .full
            try k.finish(allowed: ["id", "width"])
            return .chart(id: try idNode.string("chart id"), width: width, source: source(idNode))
        case "table":
            return .table(try readTable(body))
        case "columns":
            let cols = try body.sequence("columns")
            guard cols.count == 2 else { throw body.error("columns takes exactly two lists of blocks, found \(cols.count)") }
            return .columns(try readBlocks(cols[0]), try readBlocks(cols[1]))
        default:
            throw keyNode.error("unknown block '\(kind)' (expected one of: \(blockKinds.joined(separator: ", ")))")
        }
    }

    static func readTile(_ v: YAMLValue) throws -> TileSpec {
        var k = try KeyReader(v, "a tile")
        let label = try text(try k.required("label"), "label")
        let value = try text(try k.required("value"), "value")
        let compare = try k.optional("compare").map { try text($0, "compare") }
        let trend = try k.optional("trend").map(readTrend)
        try k.finish(allowed: ["label", "value", "compare", "trend"])
        return TileSpec(label: label, value: value, compare: compare, trend: trend, source: source(v))
    }

    static func readTable(_ v: YAMLValue) throws -> TableSpec {
        var k = try KeyReader(v, "table")
        let title = try k.optional("title").map { try text($0, "title") }
        let unit = try k.optional("unit").map { try text($0, "unit") }
        let data = try k.optional("data").map(readTableData)
        let columnsNode = k.optional("columns")
        let columns = try columnsNode?.sequence("columns").map { try text($0, "a column title") } ?? []
        var rows: [(cells: [LocalizedText], style: TableRow.Style)] = []
        let rowsNode = k.optional("rows")
        if let data {
            if let rowsNode { throw rowsNode.error("a table takes rows: or data:, not both") }
            if !columns.isEmpty && columns.count != data.columns.count {
                throw columnsNode!.error("\(columns.count) column titles for \(data.columns.count) data columns")
            }
        } else {
            guard let rowsNode else { throw v.error("a table needs rows: (cells with figures) or data: (rows from an input)") }
            guard let columnsNode, !columns.isEmpty else { throw v.error("a table with rows: needs columns:") }
            _ = columnsNode
            for row in try rowsNode.sequence("rows") {
                var cellsNode = row
                var style = TableRow.Style.normal
                if row.isMapping {
                    var rk = try KeyReader(row, "a table row")
                    cellsNode = try rk.required("cells")
                    style = try rk.optional("style")?.choice("row style", TemplateChoices.rowStyles) ?? .normal
                    try rk.finish(allowed: ["cells", "style"])
                }
                let cells = try cellsNode.sequence("a row's cells").map { try text($0, "a cell") }
                guard cells.count == columns.count else {
                    throw cellsNode.error("this row has \(cells.count) cells, the table has \(columns.count) columns")
                }
                rows.append((cells, style))
            }
        }
        try k.finish(allowed: ["title", "unit", "columns", "rows", "data"])
        return TableSpec(title: title, unit: unit, data: data, columns: columns, rows: rows, source: source(v))
    }

    static func readTableData(_ v: YAMLValue) throws -> TableDataSpec {
        var k = try KeyReader(v, "table data")
        let input = try k.required("input").string("input")
        let columns = try k.required("columns").list("columns").map { try $0.string("a column") }
        var conditions: [Condition] = []
        if let w = k.optional("where") {
            let text = try w.string("where")
            do { conditions = try Condition.parseList(text) } catch let e as ExpressionSyntaxError {
                throw w.error(e.message, atOffset: e.offset)
            }
        }
        var sortColumn: String?
        var descending = true
        if let sortNode = k.optional("sort") {
            // `계약액` or `계약액 desc` / `계약액 asc`.
            let parts = try sortNode.string("sort").split(separator: " ").map(String.init)
            guard let first = parts.first, parts.count <= 2,
                  parts.count == 1 || ["asc", "desc", "ascending", "descending"].contains(parts[1]) else {
                throw sortNode.error("sort takes a column and optionally asc or desc: '계약액 desc'")
            }
            sortColumn = first
            descending = parts.count == 1 || parts[1].hasPrefix("desc")
        }
        let limitNode = k.optional("limit")
        let limit = try limitNode?.int("limit")
        if let limit, limit < 1 { throw limitNode!.error("limit must be 1 or more") }
        let others = try k.optional("others")?.bool("others") ?? false
        let total = try k.optional("total")?.bool("total") ?? false
        let scale = try k.optional("scale").map(readScale) ?? .column
        try k.finish(allowed: ["input", "columns", "where", "sort", "limit", "others", "total", "scale"])
        return TableDataSpec(input: input, columns: columns, conditions: conditions, sortColumn: sortColumn, descending: descending,
                             limit: limit, others: others, total: total, scale: scale, source: source(v))
    }

    // MARK: Charts

    static func readCharts(_ v: YAMLValue) throws -> [ChartDefinition] {
        try v.mapping("charts").map { id, keyNode, body in
            var k = try KeyReader(body, "chart '\(id)'")
            let kind = try k.required("type").choice("chart type", TemplateChoices.chartKinds)
            let title = try k.optional("title").map { try text($0, "title") }
            let subtitle = try k.optional("subtitle").map { try text($0, "subtitle") }
            let unit = try k.optional("unit").map { try text($0, "unit") }
            let scale = try k.optional("scale").map(readScale) ?? .column
            let sourceLine = try k.optional("source").map { try text($0, "source") }
            let notes = try k.optional("notes")?.list("notes").map { try text($0, "a note") } ?? []
            var bars: [BarSpec] = []
            if let b = k.optional("bars") {
                for bar in try b.sequence("bars") {
                    var bk = try KeyReader(bar, "a bar")
                    let label = try text(try bk.required("label"), "label")
                    let m = try bk.required("measure")
                    let stepNode = bk.optional("step")
                    let step = try stepNode?.choice("step", TemplateChoices.steps)
                    if let stepNode, kind != .waterfall { throw stepNode.error("step: is for waterfall charts only") }
                    bars.append(BarSpec(label: label, measure: try m.string("measure"), step: step, source: source(m)))
                    try bk.finish(allowed: ["label", "measure", "step"])
                }
            }
            let data = try k.optional("data").map(readChartData)
            if bars.isEmpty == (data == nil) {
                throw body.error("chart '\(id)' needs either bars: (from measures) or data: (from an input), not both")
            }
            let highlight = try k.optional("highlight").map { try text($0, "highlight") }
            var annotations: [(category: LocalizedText, text: LocalizedText)] = []
            for a in try k.optional("annotations")?.sequence("annotations") ?? [] {
                var ak = try KeyReader(a, "an annotation")
                annotations.append((try text(try ak.required("category"), "category"), try text(try ak.required("text"), "text")))
                try ak.finish(allowed: ["category", "text"])
            }
            var reference: (String, LocalizedText)?
            if let r = k.optional("reference") {
                var rk = try KeyReader(r, "reference")
                let m = try rk.required("measure").string("measure")
                let label = try text(try rk.required("label"), "label")
                try rk.finish(allowed: ["measure", "label"])
                reference = (m, label)
            }
            let colors = try k.optional("colors")?.list("colors").map(readColor) ?? []
            let height = try k.optional("height").map { Double(try $0.int("height")) }
            var press: PressExport?
            if let p = k.optional("press") {
                var pk = try KeyReader(p, "press")
                let sizeNode = try pk.required("size")
                let size = try sizeNode.string("size")
                guard let (w, h) = parseSize(size) else {
                    throw sizeNode.error("size must be WIDTHxHEIGHT (1200x675) or a preset (16:9, square, portrait), found '\(size)'")
                }
                let formats = try pk.optional("formats")?.list("formats").map {
                    try $0.choice("a press format", TemplateChoices.pressFormats)
                } ?? [.png]
                try pk.finish(allowed: ["size", "formats"])
                press = PressExport(width: w, height: h, formats: formats)
            }
            let table = try k.optional("table")?.bool("table") ?? false
            try k.finish(allowed: ["type", "title", "subtitle", "unit", "scale", "source", "notes", "bars", "data", "highlight",
                                   "annotations", "reference", "colors", "height", "press", "table"])
            var chart = ChartDefinition(id: id, kind: kind, title: title, subtitle: subtitle, unit: unit, scale: scale,
                                        sourceLine: sourceLine, notes: notes, bars: bars, data: data, highlight: highlight,
                                        annotations: annotations, reference: reference, colors: colors, height: height,
                                        press: press, source: source(keyNode))
            chart.table = table
            return chart
        }
    }

    /// `up`, `down`, `neutral`, or the name of a measure whose sign decides
    /// (checked against the measures by `PreparedReport`, at this place).
    static func readTrend(_ v: YAMLValue) throws -> TileTrend {
        let text = try v.string("trend")
        if let fixed = TemplateChoices.trends.first(where: { $0.key == text })?.value { return .fixed(fixed) }
        return .measure(text, at: source(v))
    }

    /// `#1d4e89` (or `#1d4e8980` with alpha), checked where it is written.
    static func readColor(_ v: YAMLValue) throws -> Color {
        let text = try v.string("a colour")
        guard let c = Color(hex: text) else { throw v.error("a colour is #rrggbb or #rrggbbaa, found '\(text)'") }
        return c
    }

    /// `scale: 억` for every locale, or `scale: {ko: 만, en: million}` one a locale.
    static func readScale(_ v: YAMLValue) throws -> ScaleSetting {
        func one(_ node: YAMLValue) throws -> LabelScale {
            let text = try node.string("scale")
            guard let s = LabelScale(parsing: text) else {
                throw node.error("scale must be one of \(LabelScale.accepted), found '\(text)'")
            }
            return s
        }
        guard v.isMapping else { return ScaleSetting(all: try one(v)) }
        var byLocale: [ReportLocale: LabelScale] = [:]
        for (name, keyNode, value) in try v.mapping("scale") {
            guard let locale = ReportLocale(rawValue: name) else { throw keyNode.error("scale: a locale is ko or en, found '\(name)'") }
            byLocale[locale] = try one(value)
        }
        return ScaleSetting(byLocale: byLocale)
    }

    /// `1200x675`, `1200×675`, or a preset: `16:9` (1200×675), `square` (1080×1080), `portrait` (1080×1350).
    public static func parseSize(_ s: String) -> (Int, Int)? {
        switch s {
        case "16:9", "landscape": return (1200, 675)
        case "square", "1:1": return (1080, 1080)
        case "portrait", "4:5": return (1080, 1350)
        default:
            let parts = s.split(whereSeparator: { $0 == "x" || $0 == "×" || $0 == "X" })
            guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]),
                  (50...10000).contains(w), (50...10000).contains(h) else { return nil }
            return (w, h)
        }
    }

    static func readChartData(_ v: YAMLValue) throws -> ChartDataSpec {
        var k = try KeyReader(v, "chart data")
        let input = try k.required("input").string("input")
        let x = try k.required("x").string("x")
        let y = try k.required("y").list("y").map { try $0.string("a column") }
        let y2 = try k.optional("y2")?.list("y2").map { try $0.string("a column") } ?? []
        var conditions: [Condition] = []
        if let w = k.optional("where") {
            let text = try w.string("where")
            do { conditions = try MeasureExpressionParser.parseConditions(text) } catch let e as ExpressionSyntaxError {
                throw w.error(e.message, atOffset: e.offset)
            }
        }
        let sort = try k.optional("sort")?.choice("sort", TemplateChoices.sorts, shown: ["none", "ascending", "descending"]) ?? .none
        var shape = ChartShape()
        shape.series = try k.optional("series")?.string("series")
        shape.seriesOrder = try k.optional("series-order")?.list("series-order").map { try $0.string("a series") } ?? []
        if let t = k.optional("top") {
            let n = try t.int("top")
            guard n >= 1 else { throw t.error(.badValue(what: "top", found: String(n), expected: ["a count from 1"])) }
            shape.top = n
        }
        shape.by = try k.optional("by")?.choice("by", TemplateChoices.timeGrains)
        try k.finish(allowed: ["input", "x", "y", "y2", "where", "sort", "series", "series-order", "top", "by"])
        var spec = ChartDataSpec(input: input, x: x, y: y, y2: y2, conditions: conditions, sort: sort, source: source(v))
        spec.shape = shape
        return spec
    }

    // MARK: Each

    /// `each: 기업명` or `each: companies.기업명`; whether the column exists is
    /// checked against the data.
    static func readEach(_ v: YAMLValue, inputs: [InputSpec]) throws -> EachColumn {
        let text = try v.string("each")
        guard !text.isEmpty else { throw v.error("each: names a column, e.g. each: 기업명 or each: companies.기업명") }
        guard let column = EachColumn.parse(text, inputs: inputs.map(\.name), source: source(v)) else {
            throw v.error("each: needs an input under data: to take its values from")
        }
        return column
    }

    // MARK: Monthly

    static func readMonthly(_ v: YAMLValue, key: YAMLValue) throws -> MonthlySettings {
        var k = try KeyReader(v, "monthly")
        let input = try k.required("input").string("input")
        let column = try k.required("column").string("column")
        let allow = try k.optional("allow-empty-month")?.bool("allow-empty-month") ?? false
        try k.finish(allowed: ["input", "column", "allow-empty-month"])
        return MonthlySettings(allowEmptyMonth: allow, periodInput: input, periodColumn: column, source: source(v),
                              keySource: source(key))
    }
}
