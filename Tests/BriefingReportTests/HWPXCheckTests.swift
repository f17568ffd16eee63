import BriefingCore
import BriefingLayout
@testable import BriefingReport
import Foundation
import Testing

/// The HWPX briefing checked by an implementation that is not ours:
/// python-hwpx from PyPI (`scripts/install-system-packages` installs it).
/// Each sample is rendered in memory as PDF and HWPX from one layout, then:
/// both python-hwpx validators find no error, `HwpxDocument.open` reads it,
/// every word `pdftotext` finds in the PDF is in `hwpx-text-extract`'s text
/// (the words drawn inside charts aside: in the HWPX a chart is a picture,
/// and the PDF's page number `- 1 -` aside: 한글 numbers its own pages),
/// every table of the spec is there cell by cell, every chart is a PNG in BinData.
@Suite(.serialized, .enabled(if: HWPXCheck.available, "python-hwpx is not installed: run scripts/install-system-packages"))
struct HWPXCheckTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        var template: String
        var locale: ReportLocale
        var period: Month?
        var testDescription: String { "\(template) \(locale.rawValue)" }
    }

    static let samples = [
        Sample(template: "templates/usa-2024/briefing.yaml", locale: .ko),
        Sample(template: "templates/usa-2024/briefing.yaml", locale: .en),
        Sample(template: "templates/monthly-exports/monthly.yaml", locale: .ko, period: Month(year: 2024, month: 3)),
        // Charts with `table: true`: their numbers follow them as tables (checked cell by cell below).
        Sample(template: "Tests/Fixtures/hwpx/chart-table.yaml", locale: .ko),
    ]

    @Test(arguments: samples)
    func validatesWithBothCheckers(_ sample: Sample) throws {
        let r = try HWPXCheck.render(sample)
        let package = try HWPXCheck.tool("hwpx-validate-package", [r.hwpx])
        #expect(package.status == 0, "\(package.out)\(package.err)")
        #expect(!package.out.contains("ERROR"), "\(package.out)")
        let schema = try HWPXCheck.tool("hwpx-validate", [r.hwpx])
        #expect(schema.status == 0 && schema.out.contains("All schema validations passed"), "\(schema.out)\(schema.err)")
        let opened = try HWPXCheck.python("from hwpx import HwpxDocument\nd = HwpxDocument.open(sys.argv[1])\nprint(len(d.paragraphs))",
                                          r.hwpx)
        #expect(opened.status == 0 && (Int(opened.out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 5, "\(opened.err)")
    }

    @Test(arguments: samples)
    func holdsEveryWordOfThePDF(_ sample: Sample) throws {
        let r = try HWPXCheck.render(sample)
        let pdf = try HWPXCheck.tool("pdftotext", ["-enc", "UTF-8", r.pdf, "-"]).out
        let hwpx = try HWPXCheck.tool("hwpx-text-extract", ["--include-tables", r.hwpx]).out
        let hwpxText = HWPXCheck.squeezed(hwpx)
        let chartWords = Set(r.chartTexts.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) })
        let body = pdf.split(whereSeparator: \.isNewline).filter { !HWPXCheck.isPageNumber(String($0)) }.joined(separator: "\n")
        let missing = body.split(whereSeparator: \.isWhitespace).map(String.init).filter { word in
            !hwpxText.contains(word) && !chartWords.contains(word)
        }
        #expect(missing.isEmpty, "PDF words not in the HWPX: \(missing)")
        // And the other way: the HWPX is not the PDF's text plus something else.
        #expect(hwpx.contains(r.spec.header.title))
    }

    @Test(arguments: samples)
    func tablesAreTablesAndChartsArePictures(_ sample: Sample) throws {
        let r = try HWPXCheck.render(sample)
        let script = """
        import zipfile, xml.etree.ElementTree as ET, json
        HP = '{http://www.hancom.co.kr/hwpml/2011/paragraph}'
        z = zipfile.ZipFile(sys.argv[1])
        sec = ET.fromstring(z.read('Contents/section0.xml'))
        def text(e): return ''.join(t.text or '' for t in e.iter(HP + 't'))
        tables = [[[text(tc) for tc in tr.findall(HP + 'tc')] for tr in tbl.findall(HP + 'tr')] for tbl in sec.iter(HP + 'tbl')]
        refs = [img.get('binaryItemIDRef') for img in sec.iter('{http://www.hancom.co.kr/hwpml/2011/core}img')]
        bins = [n for n in z.namelist() if n.startswith('BinData/')]
        pngs = [z.read(n)[:8] == b'\\x89PNG\\r\\n\\x1a\\n' for n in bins]
        print(json.dumps({'tables': tables, 'refs': refs, 'bins': bins, 'pngs': pngs}))
        """
        let out = try HWPXCheck.python(script, r.hwpx)
        struct Found: Decodable { var tables: [[[String]]]; var refs: [String]; var bins: [String]; var pngs: [Bool] }
        let found = try JSONDecoder().decode(Found.self, from: Data(out.out.utf8))
        for t in HWPXCheck.tables(r.spec.blocks + r.spec.attachments.flatMap { $0 }) {
            let expected = [t.columns.map(\.title)] + t.rows.map(\.cells)
            #expect(found.tables.contains(expected), "table \(expected[0]) not found cell by cell")
        }
        #expect(found.refs.count == r.charts && r.charts > 0)
        #expect(found.bins == found.refs.map { "BinData/\($0).png" })
        #expect(found.pngs.allSatisfy { $0 })
    }

    @Test func sameInputSameBytes() throws {
        let a = try HWPXCheck.render(Self.samples[0])
        let b = try HWPXCheck.render(Self.samples[0])
        #expect(a.bytes == b.bytes)
    }
}

/// Renders a sample and runs the checkers.
enum HWPXCheck {
    static let root = "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/")

    static var available: Bool {
        (try? tool("python3", ["-c", "import hwpx"]).status == 0) ?? false
            && ((try? tool("hwpx-validate", ["--help"]).status == 0) ?? false)
    }

    struct Rendered {
        var pdf: String
        var hwpx: String
        var bytes: [UInt8]
        var spec: BriefingSpec
        /// The words of every chart the document holds, as the PDF draws them.
        var chartTexts: [String]
        /// Chart blocks in the spec: each must be one picture.
        var charts: Int
    }

    static func render(_ s: HWPXCheckTests.Sample) throws -> Rendered {
        let report = try PreparedReport.prepare(templatePath: root + "/" + s.template, period: s.period.map(PeriodContext.init))
        var request = RenderRequest(locale: s.locale, formats: ["pdf", "hwpx"], creationDate: "2024-04-07T09:00:00+09:00",
                                    baseName: "briefing")
        request.pressCharts = false
        let renderer = ReportRenderer(library: TestFonts.library)
        let files = try renderer.render(report, request).files
        let spec = try #require(try renderer.layout.layout(report, request).spec)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-hwpx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String: String] = [:]
        for f in files {
            let path = folder.appendingPathComponent(f.name).path
            try Data(f.bytes).write(to: URL(fileURLWithPath: path))
            paths[String(f.name.split(separator: ".").last!)] = path
        }
        let hwpx = try #require(files.first { $0.name.hasSuffix(".hwpx") })
        return Rendered(pdf: try #require(paths["pdf"]), hwpx: try #require(paths["hwpx"]), bytes: hwpx.bytes, spec: spec,
                        chartTexts: figures(spec.blocks + spec.attachments.flatMap { $0 }).flatMap(texts),
                        charts: figures(spec.blocks + spec.attachments.flatMap { $0 }, shorter: false).count)
    }

    static func figures(_ blocks: [Block], shorter withShorter: Bool = true) -> [Scene] {
        blocks.flatMap { b -> [Scene] in
            switch b {
            case .figure(let s, _, _): [s]
            // The PDF may place a shorter version, whose words (ticks) may differ.
            case .flexibleFigure(let s, let shorter, _, _): [s] + (withShorter ? shorter : [])
            case .columns(let a, let c): figures(a, shorter: withShorter) + figures(c, shorter: withShorter)
            default: []
            }
        }
    }

    static func texts(_ scene: Scene) -> [String] {
        func visit(_ items: [SceneItem]) -> [String] {
            items.flatMap { item -> [String] in
                switch item {
                case .text(let run): [run.text]
                case .group(let g): visit(g.items)
                default: []
                }
            }
        }
        return visit(scene.items)
    }

    static func tables(_ blocks: [Block]) -> [TableBlock] {
        blocks.flatMap { b -> [TableBlock] in
            switch b {
            case .table(let t): [t]
            case .columns(let a, let c): tables(a) + tables(c)
            default: []
            }
        }
    }

    /// The PDF's footer line `- 1 -`.
    static func isPageNumber(_ line: String) -> Bool {
        let t = squeezed(line).filter { $0 != "\u{0C}" }
        return t.count > 2 && t.hasPrefix("-") && t.hasSuffix("-") && Int(t.dropFirst().dropLast()) != nil
    }

    static func squeezed(_ s: String) -> String { String(s.filter { !$0.isWhitespace }) }

    static func python(_ script: String, _ argument: String) throws -> (status: Int32, out: String, err: String) {
        try tool("python3", ["-c", "import sys\n" + script, argument])
    }

    static func tool(_ name: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try BriefingPDF.tool(name, arguments)
    }
}
