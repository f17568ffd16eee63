import ArgumentParser
import BriefingCairo
import BriefingCore
import BriefingLayout
import BriefingReport
import Foundation

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw one press chart from a CSV file: PNG, PDF or SVG by the output's extension.",
        discussion: """
        Examples:
          briefing chart missions.csv --type bar --x 지역 --y 실계약 --title "무역촉진단 실계약" \\
                --source "자료: 광주 북구" --size 1200x675 -o chart.png -o chart.svg
          briefing chart exports.csv --type line --x 월 --y 계약액 --where "월 in [2024.01, 2024.02]" -o trend@2x.png
          briefing chart missions.csv --type bar --x 지역 --y 실계약 --title t -o c.png --scene c.json

        Types: bar, horizontal-bar, grouped-bar, stacked-bar, line, combo, donut, bullet, waterfall, kpi.
        Sizes: 1200x675 (16:9, default), square (1080x1080), portrait (1080x1350), or any WxH.
        Numbers keep the scale their header gives: 실계약(만달러) 934 is labelled 934 under (단위: 만 달러).
        --scale 억 converts them exactly (0.0934 under (단위: 억 달러)); --scale auto writes 934만 under (단위: 달러).
        Exit status: 0 done, 1 data error, 2 usage error, 4 an output could not be written.
        """
    )

    @Argument(help: "The CSV file or workbook (.xlsx).") var file: String
    @OptionGroup var tableOptions: TableOptions
    @Option(help: "Chart type (see below).") var type: ChartKind = .bar
    @Option(help: "Column of categories (the x axis).") var x: String
    @Option(help: "Column of values; repeat for several series.") var y: [String]
    @Option(help: "Column for a combo chart's line on the right axis (e.g. a YoY %); repeatable.") var y2: [String] = []
    @Option(help: "Only rows matching, as in a template's measures: \"연도 = 2024\".") var `where`: String?
    @Option(help: "Column whose values are the series (a long table: one row an observation).") var series: String?
    @Option(name: .customLong("series-order"), help: ArgumentHelp("Series named first, in order (comma-separated or repeated).",
                                                                    valueName: "names")) var seriesOrder: [String] = []
    @Option(help: "Keep the N largest series; the rest become 기타 on stacked and grouped bars.") var top: Int?
    @Option(help: "Sum the rows of each year, quarter or month of the x column: year, quarter, month.") var by: TimeGrain?
    @Option(help: "Title (left-aligned, bold).") var title: String = ""
    @Option(help: "Subtitle under the title.") var subtitle: String?
    @Option(help: "Unit line, e.g. \"단위: 만 달러\" (default: from the column's header and --scale).") var unit: String?
    @Option(help: ArgumentHelp("Scale of the numbers: 천, 만, 백만, 억, 조, thousand, million, billion, 1 (none), "
                               + "or auto (만/억 or K/M/B on the labels). Default: the header's (만달러 → 만 달러).",
                               valueName: "scale")) var scale: LabelScale?
    @Option(help: "Source line, e.g. \"자료: 광주 북구\".") var source: String?
    @Option(help: "A note under the chart (repeatable).") var note: [String] = []
    @Option(help: "Size: WIDTHxHEIGHT or a preset (16:9, square, portrait).") var size: ChartSize = ChartSize(width: 1200, height: 675)
    @Option(help: "Category to highlight; the others are muted.") var highlight: String?
    @Option(help: ArgumentHelp("A reference line: VALUE=LABEL, e.g. 150=목표 150만 달러.", valueName: "value=label"))
    var reference: [String] = []
    @Option(help: "Colours (#rrggbb), first for the main series; repeatable.") var color: [String] = []
    @Option(help: ArgumentHelp("A note at a category: CATEGORY=TEXT (repeatable).", valueName: "category=text")) var annotate: [String] = []
    @Option(help: "Sort: none, ascending (asc), descending (desc).") var sort: ChartSort = .none
    @Option(help: "Locale of numbers: ko or en.") var locale: ReportLocale = .ko
    @Option(help: "Font family for all text (default NanumGothic / NanumSquare).") var font: String?
    @Option(name: [.short, .customLong("output")], help: "Output file (.png, @2x.png, .pdf, .svg); repeatable.") var output: [String]
    @Option(help: "Also write the laid-out Scene as JSON (docs/scene-format.md, version 1).") var scene: String?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top: found \(top), expected a count from 1") }
        if output.isEmpty { throw ValidationError("give at least one -o FILE (.png, .pdf or .svg)") }
        for o in output { _ = try OutputFormat(path: o) }
    }

    func run() throws {
        do {
            let options = try tableOptions.apply(to: .init(), file: file)
            let table = try TableFile.read(path: file, sheet: tableOptions.sheet, options: options).table
            // One Pango font map for measuring and drawing: fonts matched and loaded once.
            let renderer = SceneRenderer(library: FontLibrary.makeStandard())
            let made = try request().make(table: table, renderer: renderer)
            // Whatever was left out to stay legible is said, never dropped silently.
            for w in made.warnings { FileHandle.standardError.write(Data("briefing: warning: \(w)\n".utf8)) }
            // Render every output first; write only when all succeeded.
            var files: [(String, [UInt8])] = []
            for o in output {
                let format = try OutputFormat(path: o)
                if format == .pdf {
                    files.append((o, try renderer.pdf(Document(pages: [made.scene], metadata: made.metadata))))
                } else {
                    files.append((o, try renderer.render(made.scene, as: format)))
                }
            }
            // The scene format, version 1 (docs/scene-format.md).
            if let scene { files.append((scene, Array(made.scene.json.utf8))) }
            // Stage every file before renaming any, so a path that cannot be
            // written (exit 4) leaves the other outputs as they were.
            var staged: [AtomicFile.Staged] = []
            do {
                for (path, bytes) in files { staged.append(try AtomicFile.stage(bytes, for: path)) }
            } catch {
                for s in staged { s.discard() }
                throw error
            }
            for (s, (path, bytes)) in zip(staged, files) {
                try s.commit()
                print("\(path)  \(bytes.count) bytes")
            }
        } catch let e as ValidationError {
            throw e
        } catch let e as PressChartRequest.Problem where e.option == "where" {
            throw ValidationError(e.description)
        } catch let e as PressChartRequest.Problem {
            throw Failure.report(Diagnostic(e.description))
        } catch let e as TableChartData.Problem {
            throw Failure.report(Diagnostic("\(file): \(e.message)"))
        } catch {
            throw Failure.report(error)
        }
    }

    /// The options as the typed request `POST /api/chart` builds too.
    func request() throws -> PressChartRequest {
        var r = PressChartRequest(x: x, y: y)
        r.kind = type
        r.y2 = y2
        r.condition = `where`
        r.shape = ChartShape(series: series, seriesOrder: seriesOrder.flatMap { $0.split(separator: ",").map(String.init) },
                             top: top, by: by)
        r.title = title
        r.subtitle = subtitle
        r.unit = unit
        r.scale = scale
        r.source = source
        r.notes = note
        (r.width, r.height) = (size.width, size.height)
        r.highlight = highlight
        r.references = try reference.map { text in
            guard let line = ReferenceLine(parsing: text) else {
                throw ValidationError("--reference takes VALUE=LABEL, e.g. 150=목표, found '\(text)'")
            }
            return line
        }
        r.colors = try color.map { hex in
            guard let c = Color(hex: hex) else { throw ValidationError("--color '\(hex)' is not #rrggbb") }
            return c
        }
        r.annotations = try annotate.map { a in
            let parts = a.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { throw ValidationError("--annotate takes CATEGORY=TEXT, found '\(a)'") }
            return (String(parts[0]), String(parts[1]))
        }
        r.sort = sort
        r.locale = locale
        r.font = font
        return r
    }
}

/// `--sort asc`: the sort grammar templates use (`ChartSort(word:)`).
extension ChartSort: ExpressibleByArgument {
    public init?(argument: String) { self.init(word: argument) }
    public static var allValueStrings: [String] { ["none", "ascending", "descending"] }
}

/// `--scale 억`: parsed once, here (`LabelScale(parsing:)`).
extension LabelScale: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

/// `--type horizontal-bar`: the template's chart type names.
extension ChartKind: ExpressibleByArgument {
    public init?(argument: String) {
        guard let kind = ChartBuilder.kinds[argument] else { return nil }
        self = kind
    }
    public static var allValueStrings: [String] { ChartBuilder.kindNames }
}

/// `--by year|quarter|month`.
extension TimeGrain: ExpressibleByArgument {}

/// `--size 1200x675`, `square`, `16:9`: parsed once, here.
struct ChartSize: ExpressibleByArgument {
    var width: Int
    var height: Int

    init(width: Int, height: Int) { self.width = width; self.height = height }

    init?(argument: String) {
        guard let (w, h) = TemplateReader.parseSize(argument) else { return nil }
        self.init(width: w, height: h)
    }

    var defaultValueDescription: String { "\(width)x\(height)" }
}
