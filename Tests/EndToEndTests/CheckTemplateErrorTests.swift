import Foundation
import Testing

/// Bad templates: each problem is one clear message with the template's line
/// and column on stderr, a non-zero exit status, and nothing written.
@Suite("check and render: bad templates")
struct CheckTemplateErrorTests {
    /// A small good template next to the sample's data (line numbers below count from it).
    static let good = """
    locale: ko
    data:
      missions: data/missions.csv
    measures:
      total: sum(missions.실계약 where 연도 = 2024)
    document:
      title: "시험 보고"
      department: "경제정책과"
      blocks:
        - summary:
            - "총 {total} 계약"

    """

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        /// `LINE:COLUMN: message start` as printed after the file name.
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown key",
             yaml: good.replacingOccurrences(of: "locale: ko\n", with: "locale: ko\ncolour: blue\n"),
             expected: "2:1: unknown key 'colour' in the template (expected one of: locale, data, measures, charts, document, monthly, each)"),
        Case(name: "missing data file",
             yaml: good.replacingOccurrences(of: "data/missions.csv", with: "data/nope.csv"),
             expected: "3:13: input 'missions': cannot read "),
        Case(name: "unknown column",
             yaml: good.replacingOccurrences(of: "missions.실계약", with: "missions.계약액"),
             expected: "5:23: column '계약액' not in missions.csv (columns: 연도, 지역, 기간, 참가인원, 목표, 실계약, 약정계약, MOU)"),
        Case(name: "summing a text column",
             yaml: good.replacingOccurrences(of: "missions.실계약", with: "missions.지역"),
             expected: "5:23: cannot sum column '지역' of missions.csv: its cells are text, not numbers"),
        Case(name: "undefined placeholder",
             yaml: good.replacingOccurrences(of: "{total}", with: "{totl}"),
             expected: "11:14: placeholder {totl} names no measure (measures: total)"),
        Case(name: "unknown chart type",
             yaml: good + "charts:\n  c:\n    type: pie3d\n    bars:\n      - {label: 합계, measure: total}\n",
             expected: "14:11: chart type must be bar, horizontal-bar, grouped-bar, stacked-bar, line, combo, donut, bullet, waterfall or kpi, found 'pie3d'"),
    ]

    @Test(arguments: cases)
    func renderFailsWithLocationAndWritesNothing(_ c: Case) throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let sample = try copySample(into: tmp)
            let template = sample.appendingPathComponent("bad.yaml")
            try c.yaml.write(to: template, atomically: true, encoding: .utf8)
            let out = tmp.appendingPathComponent("out")
            let r = try cli.run(["render", template.path, "--out", out.path])
            #expect(r.status != 0, "\(r)")
            #expect(r.stderr.contains("\(template.path):\(c.expected)"), "\(r)")
            #expect(r.stderr.contains("nothing was written"), "\(r)")
            #expect(r.stdout.isEmpty, "\(r)")
            #expect(filesIn(out).isEmpty, "render wrote \(filesIn(out)) for a bad template")
            // `check` says the same, with the same status.
            let checked = try cli.run(["check", template.path])
            #expect(checked.status == 1, "\(checked)")
            #expect(checked.stderr.contains("\(template.path):\(c.expected)"), "\(checked)")
        }
    }

    /// A bad template never replaces the previous good files in --out.
    @Test func badTemplateLeavesPreviousFilesAlone() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let sample = try copySample(into: tmp)
            let template = sample.appendingPathComponent("bad.yaml")
            let out = tmp.appendingPathComponent("out")
            try Self.good.write(to: template, atomically: true, encoding: .utf8)
            let first = try cli.run(["render", template.path, "--out", out.path, "--format", "pdf"])
            try #require(first.status == 0, "\(first)")
            #expect(filesIn(out) == ["bad.pdf"], "\(first)")
            let before = try Data(contentsOf: out.appendingPathComponent("bad.pdf"))
            try Self.cases[2].yaml.write(to: template, atomically: true, encoding: .utf8)
            let second = try cli.run(["render", template.path, "--out", out.path, "--format", "pdf"])
            #expect(second.status == 1, "\(second)")
            #expect(filesIn(out) == ["bad.pdf"])
            #expect(try Data(contentsOf: out.appendingPathComponent("bad.pdf")) == before)
        }
    }

    /// A missing file is described in words, not as a Foundation error dump.
    @Test func missingFileSaysNoSuchFile() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let sample = try copySample(into: tmp)
            let template = sample.appendingPathComponent("bad.yaml")
            try Self.cases[1].yaml.write(to: template, atomically: true, encoding: .utf8)
            let r = try cli.run(["check", template.path])
            #expect(r.status == 1)
            #expect(r.stderr.contains("cannot read \(sample.path)/data/nope.csv: no such file"), "\(r)")
            #expect(!r.stderr.contains("NSCocoaErrorDomain"), "\(r)")
        }
    }

    /// `check` lists every problem of a template, not just the first.
    @Test func checkListsEveryProblem() throws {
        let cli = try CLI.locate()
        let yaml = """
        locale: ko
        data:
          missions: data/missions.csv
        measures:
          total: sum(missions.계약액 where 연도 = 2024)
          place: sum(missions.지역)
          signed: sum(missions.실계약 where 연도 = 2024)
        charts:
          c:
            type: bar
            bars:
              - {label: 합계, measure: totl}
        document:
          title: "시험 보고"
          department: "경제정책과"
          blocks:
            - summary:
                - "총 {signd} 계약"
            - chart: {id: nochart}

        """
        try withTemporaryFolder { tmp in
            let sample = try copySample(into: tmp)
            let template = sample.appendingPathComponent("many.yaml")
            try yaml.write(to: template, atomically: true, encoding: .utf8)
            let r = try cli.run(["check", template.path])
            #expect(r.status == 1, "\(r)")
            let located = r.stderr.split(separator: "\n").filter { $0.hasPrefix(template.path + ":") }
                .map { String($0.dropFirst(template.path.count + 1)) }
            // In the order a reader meets them in the file.
            #expect(located == [
                "5:23: column '계약액' not in missions.csv (columns: 연도, 지역, 기간, 참가인원, 목표, 실계약, 약정계약, MOU)",
                "6:23: cannot sum column '지역' of missions.csv: its cells are text, not numbers",
                "12:30: bar measure 'totl' is not defined under measures:",
                "18:14: placeholder {signd} names no measure (measures: total, place, signed)",
                "19:19: no chart 'nochart' under charts: (charts: c)",
            ], "\(r)")
            #expect(r.stderr.contains("briefing: 5 problems; nothing was written"), "\(r)")
        }
    }

    @Test func checkOnTheSampleIsClean() throws {
        let r = try CLI.locate().run(["check", CLI.sampleTemplate])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains(": ok — 3 inputs"), "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
    }

    /// A `--data` name the template does not have is an error, not ignored.
    @Test func dataOptionForAnUnknownInput() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let r = try cli.run(["render", CLI.sampleTemplate, "--data", "exports=x.csv", "--out", tmp.appendingPathComponent("out").path])
            #expect(r.status == 1, "\(r)")
            #expect(r.stderr.contains("the template has no input 'exports' (inputs: missions, ofc, companies)"), "\(r)")
            #expect(filesIn(tmp.appendingPathComponent("out")).isEmpty)
        }
    }

    static let commands = ["", "inspect", "render", "run", "check", "explain", "schedule"]

    /// Every command's --help exits 0 and shows at least one example command line.
    @Test(arguments: commands)
    func helpShowsAnExample(_ command: String) throws {
        let r = try CLI.locate().run(command.isEmpty ? ["--help"] : [command, "--help"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("USAGE: briefing"), "\(r)")
        let example = r.stdout.split(separator: "\n").contains { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.hasPrefix("briefing \(command)") && t.count > "briefing \(command) ".count && line.hasPrefix("  ")
        }
        #expect(r.stdout.lowercased().contains("example"), "\(r)")
        #expect(example, "no example `briefing \(command) …` line in:\n\(r.stdout)")
    }
}
