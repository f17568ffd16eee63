import Foundation
import Testing

/// A workbook goes where a CSV goes: `chart` draws it, and a template reads it
/// as an input (`--data missions=…xlsx`, or `sheet:`) with the same figures.
@Suite("Workbooks as chart and template inputs")
struct WorkbookInputTests {
    static let book = CLI.sampleFolder.appendingPathComponent("data/missions.xlsx").path
    static let csv = CLI.sampleFolder.appendingPathComponent("data/missions.csv").path

    func svgTexts(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).components(separatedBy: "<text").dropFirst().compactMap { chunk in
            guard let start = chunk.firstIndex(of: ">"), let end = chunk.range(of: "</text>") else { return nil }
            return String(chunk[chunk.index(after: start)..<end.lowerBound])
        }
    }

    @Test("chart draws the workbook's sheet exactly as its CSV twin")
    func chartFromWorkbook() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let a = try cli.run(["chart", Self.book, "--x", "지역", "--y", "실계약", "-o", "book.svg"], in: tmp)
            let b = try cli.run(["chart", Self.csv, "--x", "지역", "--y", "실계약", "-o", "csv.svg"], in: tmp)
            #expect(a.status == 0 && b.status == 0, "\(a)\n\(b)")
            #expect(try svgTexts(tmp.appendingPathComponent("book.svg")) == svgTexts(tmp.appendingPathComponent("csv.svg")))
        }
    }

    @Test("a template reads the workbook in place of its CSV, to the same figures")
    func templateInput() throws {
        let cli = try CLI.locate()
        let fromBook = try cli.run(["explain", CLI.sampleTemplate, "--data", "missions=\(Self.book)"])
        let fromCSV = try cli.run(["explain", CLI.sampleTemplate])
        #expect(fromBook.status == 0, "\(fromBook)")
        func shown(_ s: String) -> [String] { s.split(separator: "\n").filter { $0.hasPrefix("  shown:") }.map(String.init) }
        #expect(shown(fromBook.stdout) == shown(fromCSV.stdout))
        #expect(shown(fromBook.stdout).count >= 10)
    }

    @Test("a sheet name for a CSV file is an error, not ignored")
    func sheetForCSV() throws {
        let cli = try CLI.locate()
        let r = try cli.run(["chart", Self.csv, "--sheet", "실적", "--x", "지역", "--y", "실계약", "-o", "/tmp/never.svg"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("found a sheet name ('실적') for a CSV file, expected a workbook (.xlsx)"), "\(r)")
    }

    @Test("sheet: in a template chooses the workbook's sheet; an unknown one is an error naming it")
    func sheetKey() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let folder = try copySample(into: tmp)
            let template = folder.appendingPathComponent("briefing.yaml")
            let yaml = try String(contentsOf: template, encoding: .utf8)
            func with(_ sheet: String) throws -> CLI.Result {
                let edited = yaml.replacingOccurrences(of: "    file: data/missions.csv\n",
                                                       with: "    file: data/missions.xlsx\n    sheet: \(sheet)\n")
                #expect(edited != yaml)
                try edited.write(to: template, atomically: true, encoding: .utf8)
                return try cli.run(["check", template.path])
            }
            let good = try with("실적")
            #expect(good.status == 0, "\(good)")
            let bad = try with("2025년")
            #expect(bad.status == 1, "\(bad)")
            #expect(bad.stderr.contains("found no sheet \"2025년\", expected a sheet name or a number from 1"), "\(bad)")
        }
    }

    @Test("header-row: and range: place the table in the sheet; a range that is none is an error at its value")
    func placeKeys() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let folder = try copySample(into: tmp)
            let template = folder.appendingPathComponent("briefing.yaml")
            let yaml = try String(contentsOf: template, encoding: .utf8)
            func with(_ keys: String) throws -> CLI.Result {
                let edited = yaml.replacingOccurrences(of: "    file: data/missions.csv\n",
                                                       with: "    file: data/missions.xlsx\n" + keys)
                try edited.write(to: template, atomically: true, encoding: .utf8)
                return try cli.run(["check", template.path])
            }
            // missions.xlsx: a merged title in row 2, the unit note in row 3, the header in row 4, data to H6.
            let row = try with("    header-row: 4\n    error-cells: missing\n")
            #expect(row.status == 0, "\(row)")
            let range = try with("    range: A3:H6\n")
            #expect(range.status == 0, "\(range)")
            let bad = try with("    range: A3-H6\n")
            #expect(bad.status == 1, "\(bad)")
            #expect(bad.stderr.contains("range") && bad.stderr.contains("A3-H6") && bad.stderr.contains("A3:H40"), "\(bad)")
            let choice = try with("    error-cells: zero\n")
            #expect(choice.status == 1 && choice.stderr.contains("error-cells"), "\(choice)")
        }
    }

    @Test("explain names a workbook's cells as Excel does (실적!F6), where a CSV has line numbers")
    func explainNamesCells() throws {
        let sample = CLI.sampleFolder
        let r = try CLI.locate().run(["explain", sample.appendingPathComponent("briefing.yaml").path, "signed",
                                      "--data", "missions=" + sample.appendingPathComponent("data/missions.xlsx").path])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("data/missions.xlsx:실적!F6 [실계약] 325"), "\(r)")
    }
}
