import BriefingCore
import BriefingLayout
import Foundation

/// A chart laid out for the page: its full size and, optionally, shorter
/// versions (tallest first) the page layout may use to avoid leaving a gap.
public struct ChartPlacement: Sendable {
    public var full: Scene
    public var shorter: [Scene]
    public var alt: String
    /// The chart's numbers as a table under it (`table: true`).
    public var table: TableBlock? = nil

    public init(full: Scene, shorter: [Scene] = [], alt: String) {
        self.full = full
        self.shorter = shorter
        self.alt = alt
    }
}

/// Turns a template's document blocks, filled with figures, into the
/// `BriefingSpec` the layout stage pages. Charts arrive already laid out
/// (as Scenes sized to the page's column), so this stays pure text work.
public struct DocumentBuilder: Sendable {
    public let report: PreparedReport
    public let filler: TextFiller

    public init(report: PreparedReport, filler: TextFiller) {
        self.report = report
        self.filler = filler
    }

    var locale: ReportLocale { filler.text.locale }

    /// `charts(id, width)` lays out a chart at a width in points.
    public func spec(page: PageStyle, charts: (String, Double) throws -> ChartPlacement) throws -> BriefingSpec {
        guard let d = report.template.document else {
            throw TemplateError("\(report.template.path) has no document: section to render", at: nil)
        }
        let header = HeaderBlock(title: filler.fill(d.title), date: date(d.date), department: filler.fill(d.department) ?? "",
                                 officer: filler.fill(d.officer), contact: filler.fill(d.contact))
        let full = page.contentRect.width
        let half = (page.contentRect.width - page.gutter) / 2
        func build(_ specs: [BlockSpec], width: Double) throws -> [Block] {
            var out: [Block] = []
            for b in specs { out += try block(b, width: width, half: half, charts: charts) }
            return out
        }
        return BriefingSpec(page: page, header: header, blocks: try build(d.blocks, width: full),
                            attachments: try d.attachments.map { try build($0, width: full) })
    }

    /// An ISO date (`2024-04-07`) is written as official documents do:
    /// `2024. 4. 7.(일)`; anything else is used as written.
    func date(_ t: LocalizedText?) -> String {
        guard let s = filler.fill(t) else { return "" }
        let parts = s.split(separator: "-")
        if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let dd = Int(parts[2]),
           let day = Day(year: y, month: m, day: dd) {
            return filler.text.formatter.date(day)
        }
        return s
    }

    func block(_ b: BlockSpec, width: Double, half: Double, charts: (String, Double) throws -> ChartPlacement) throws -> [Block] {
        switch b {
        case .summary(let lines):
            return [.summary(lines.map { filler.fill($0) })]
        case .tiles(let tiles):
            return [.kpiTiles(try tiles.map(tile))]
        case .text(let t):
            return try bullets(t)
        case .heading(let t):
            let s = filler.fill(t)
            // A heading written with □ is a 개조식 headline; otherwise a plain heading.
            if let first = s.first, first == "□" {
                return [.bullets([Bullet(.headline, String(s.dropFirst()).trimmingCharacters(in: " "))])]
            }
            return [.heading(s, level: 1)]
        case .note(let t):
            let s = filler.fill(t)
            if s.hasPrefix("자료") || s.hasPrefix("Source") { return [.source(s)] }
            return [.note(s.hasPrefix("※") ? String(s.dropFirst()).trimmingCharacters(in: " ") : s)]
        case .chart(let id, let w, _):
            let p = try charts(id, w == .half ? half : width)
            let numbers: [Block] = p.table.map { [.table($0)] } ?? []
            if !p.shorter.isEmpty { return [.flexibleFigure(p.full, shorter: p.shorter, caption: nil, alt: p.alt)] + numbers }
            return [.figure(p.full, caption: nil, alt: p.alt)] + numbers
        case .table(let t):
            return try table(t)
        case .columns(let a, let c):
            let left = try a.flatMap { try block($0, width: half, half: half, charts: charts) }
            let right = try c.flatMap { try block($0, width: half, half: half, charts: charts) }
            return [.columns(left, right)]
        case .pageBreak:
            return [.pageBreak]
        }
    }

    func tile(_ t: TileSpec) throws -> KPITile {
        let trend: KPITile.Trend
        switch t.trend {
        case nil: trend = .neutral
        case .fixed(let fixed)?: trend = fixed
        case .measure(let name, _)?:
            // `PreparedReport` checked that the measure exists, at the tile's place.
            switch Self.sign(report.figures[name]?.value) {
            case 1: trend = .up
            case -1: trend = .down
            default: trend = .neutral
            }
        }
        return KPITile(label: filler.fill(t.label), value: filler.fill(t.value), comparison: filler.fill(t.compare), trend: trend)
    }

    static func sign(_ v: FigureValue?) -> Int {
        switch v {
        case .amount(let a)?: return a.value.signum
        case .change(let c)?: return c.difference.value.signum
        case .ratio(let r)?: return r.signum
        case .points(let p)?: return p.signum
        case .count(let n)?: return n.signum()
        default: return 0
        }
    }

    /// 개조식 lines: the symbol at the start gives the level (□ ○ - · ),
    /// `*` is a footnote and `※` a note. A line without a symbol continues the
    /// line before it (a long line broken in the YAML).
    func bullets(_ t: LocalizedText) throws -> [Block] {
        let text = filler.fill(t)
        var out: [Block] = []
        var pending: [Bullet] = []
        func flush() { if !pending.isEmpty { out.append(.bullets(pending)); pending = [] } }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.trimmingCharacters(in: " ")
            guard let symbol = line.first else { continue }
            let rest = String(line.dropFirst()).trimmingCharacters(in: " ")
            switch symbol {
            case "□", "■": pending.append(Bullet(.headline, rest))
            case "○", "●", "◦": pending.append(Bullet(.point, rest))
            case "-", "–", "−": pending.append(Bullet(.detail, rest))
            case "·", "•", "ㆍ": pending.append(Bullet(.subDetail, rest))
            case "*": flush(); out.append(.footnote(rest))
            case "※": flush(); out.append(.note(rest))
            default:
                if var last = pending.popLast() {
                    last.text += " " + line
                    pending.append(last)
                } else {
                    throw t.source.error("a text block's lines start with □, ○, -, ·, * or ※; found '\(line.prefix(20))'")
                }
            }
        }
        flush()
        return out
    }

    func table(_ t: TableSpec) throws -> [Block] {
        var rows = t.rows.map { r in
            TableRow(cells: r.cells.map { filler.fill($0) }, style: r.style)
        }
        var titles = t.columns.map { filler.fill($0) }
        var unitNote = filler.fill(t.unit)
        if let d = t.data {
            let built = try DataTable(report: report, formatter: filler.text.formatter).build(d)
            rows = built.rows
            if titles.isEmpty { titles = built.titles }
            unitNote = unitNote ?? built.unitNote
        }
        let columns = titles.indices.map { i -> TableColumn in
            let cells = rows.map { $0.cells[i] }.filter { $0 != "-" && $0 != "n/a" && !$0.isEmpty }
            let numeric = !cells.isEmpty && cells.allSatisfy(Self.looksNumeric)
            return TableColumn(title: titles[i], alignment: numeric ? .decimal : .leading)
        }
        var out: [Block] = []
        // A table's title is a ○ line, as 개조식 reports introduce a table.
        if let title = filler.fill(t.title) { out.append(.bullets([Bullet(.point, title)])) }
        out.append(.table(TableBlock(unitNote: unitNote, columns: columns, rows: rows)))
        return out
    }

    /// `14,500명`, `+7.1%`, `△5.2%`, `$10.0M`, `1만 4,500명`: figures, aligned on their decimal point.
    static func looksNumeric(_ s: String) -> Bool {
        guard let f = s.unicodeScalars.first else { return false }
        return CharacterSet.decimalDigits.contains(f) || "+−-△▲▽$₩".unicodeScalars.contains(f)
    }
}
