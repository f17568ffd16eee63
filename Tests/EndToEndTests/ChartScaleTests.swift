import Foundation
import Testing

/// `briefing chart` as a user runs it on the sample's 만 달러 column: the
/// scale is said once, by the unit line, in whatever scale the user asks.
@Suite("briefing chart: labels and the unit line")
struct ChartScaleTests {
    static let missions = CLI.sampleFolder.appendingPathComponent("data/missions.csv").path

    /// The texts of an SVG chart, in drawing order.
    func texts(_ svg: URL) throws -> [String] {
        let s = try String(contentsOf: svg, encoding: .utf8)
        return s.components(separatedBy: "<text").dropFirst().compactMap { chunk in
            guard let start = chunk.firstIndex(of: ">"), let end = chunk.range(of: "</text>") else { return nil }
            return String(chunk[chunk.index(after: start)..<end.lowerBound])
        }
    }

    @Test("the header's scale by default; --scale converts; --scale auto names the base unit", arguments: [
        ([String](), "(단위: 만 달러)", ["934", "325", "1,000"], "934만"),
        (["--scale", "억"], "(단위: 억 달러)", ["0.0934", "0.0325"], "934"),
        (["--scale", "auto"], "(단위: 달러)", ["934만", "325만", "1,000만"], "(단위: 만 달러)"),
        (["--locale", "en"], "(US$ thousands)", ["9,340", "3,250", "10,000"], "934"),
        (["--locale", "en", "--scale", "million"], "(US$ millions)", ["9.34", "3.25", "10"], "9,340"),
    ] as [([String], String, [String], String)])
    func scales(options: [String], unitLine: String, labels: [String], absent: String) throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let r = try cli.run(["chart", Self.missions, "--x", "지역", "--y", "실계약", "-o", "c.svg"] + options, in: tmp)
            #expect(r.status == 0, "\(r)")
            let t = try texts(tmp.appendingPathComponent("c.svg"))
            #expect(t.contains(unitLine), "\(t)")
            for l in labels { #expect(t.contains(l), "\(l) not in \(t)") }
            #expect(!t.contains(absent), "\(absent) in \(t)")
        }
    }

    @Test("a --unit that says another scale than the labels is refused, and nothing is written")
    func contradictingUnit() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let r = try cli.run(["chart", Self.missions, "--x", "지역", "--y", "실계약", "--unit", "단위: 달러", "-o", "c.png"], in: tmp)
            #expect(r.status == 1, "\(r)")
            #expect(r.stderr == "briefing: --unit: unit says 달러 but the labels are in 만 달러; leave --unit out to have it written, "
                        + "or choose the labels' scale with --scale\n")
            #expect(filesIn(tmp).isEmpty)
        }
    }

    @Test("an unknown --scale is a usage error naming what it takes")
    func unknownScale() throws {
        let cli = try CLI.locate()
        let r = try cli.run(["chart", Self.missions, "--x", "지역", "--y", "실계약", "--scale", "sideways", "-o", "/tmp/never.png"])
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("The value 'sideways' is invalid for '--scale <scale>'"), "\(r)")
        #expect(r.stderr.contains("천, 만, 백만, 억, 조, thousand, million, billion, 1 (none), or auto"), "\(r)")
    }

    @Test("a template's unit: that contradicts its chart's labels is found by check, at its line and column")
    func templateUnitChecked() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let folder = try copySample(into: tmp)
            let template = folder.appendingPathComponent("briefing.yaml")
            var yaml = try String(contentsOf: template, encoding: .utf8)
            yaml = yaml.replacingOccurrences(of: "unit: {ko: \"단위: 만 달러\", en: \"US$ millions\"}\n    scale: {en: million}",
                                             with: "unit: {ko: \"단위: 억 달러\", en: \"US$ millions\"}\n    scale: {en: million}")
            try yaml.write(to: template, atomically: true, encoding: .utf8)
            let line = yaml.components(separatedBy: "\n").firstIndex { $0.contains("단위: 억 달러") }! + 1
            let r = try cli.run(["check", template.path])
            #expect(r.status == 1, "\(r)")
            #expect(r.stderr.hasPrefix("\(template.path):\(line):16: chart 'contracts': unit says 억 달러 but the labels are in 만 달러"), "\(r)")
            // render meets it as it builds the chart, at the same place, and writes nothing.
            let out = tmp.appendingPathComponent("out")
            let rendered = try cli.run(["render", template.path, "--out", out.path])
            #expect(rendered.status == 1, "\(rendered)")
            #expect(rendered.stderr.hasPrefix("\(template.path):\(line):16: chart 'contracts': unit says 억 달러"), "\(rendered)")
            #expect(filesIn(out).isEmpty)
        }
    }
}
