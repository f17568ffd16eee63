import Foundation
import Testing

/// `render --each` and `run --each` on Tests/Fixtures/each: five invented
/// companies (one named in Hanja, one with accents, one with a slash) and a
/// row without a company; `companies-with-gap.csv` adds a sixth whose
/// contracts cell is empty, which its `missing: fail` measure refuses.
@Suite("Many sheets from one template (--each)")
struct EachSheetsTests {
    static let folder = BriefingBinary.packageRoot + "/Tests/Fixtures/each"
    static let template = folder + "/sheets.yaml"
    static let withGap = ["--data", "companies=\(folder)/companies-with-gap.csv"]
    static let fixedClock = ["SOURCE_DATE_EPOCH": "1711922401"]

    /// Company → the file its sheet is written to, and its first-quarter contracts as printed.
    static let sheets: [(company: String, file: String, contracts: String)] = [
        ("가나광학", "sheets-가나광학.pdf", "96만 달러"),
        ("北區 상사", "sheets-北區 상사.pdf", "50만 달러"),
        ("Société Générale", "sheets-Société Générale.pdf", "405만 달러"),
        ("(주)광주포토닉스", "sheets-(주)광주포토닉스.pdf", "30만 달러"),
        ("다라/마바 무역", "sheets-다라_마바 무역-111b3137.pdf", "18만 달러"),
    ]

    static func render(_ out: String, _ extra: [String] = []) throws -> BriefingBinary.Result {
        try BriefingBinary.run(["render", template, "--out", out, "--format", "pdf"] + extra, environment: fixedClock)
    }

    static func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test("sheets that cannot be written (the out folder is a file) are each listed, exit status 4")
    func unwritableOut() throws {
        let scratch = try ScratchFolder("each-unwritable")
        defer { scratch.remove() }
        let blocker = scratch.sub("not-a-folder")
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let r = try Self.render(blocker + "/sheets")
        #expect(r.status == 4, "\(r)")
        #expect(r.stdout.hasPrefix("0 of 5 sheets written"), "\(r)")
        #expect(r.stderr.contains("5 of 5 sheets failed"), "\(r)")
    }

    @Test func oneSheetPerCompanyWithItsOwnFigures() throws {
        let scratch = try ScratchFolder("each")
        defer { scratch.remove() }
        let r = try Self.render(scratch.path)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.hasPrefix("5 of 5 sheets written to \(scratch.path) (5 files, "), "\(r)")
        #expect(r.stderr == "briefing: 1 row of companies.csv has no 기업명 (a missing cell): no sheet for it\n", "\(r)")
        #expect(Self.files(in: scratch.path) == Self.sheets.map(\.file).sorted())
        for s in Self.sheets {
            let text = try BriefingBinary.pdfText(scratch.sub(s.file))
            #expect(text.contains("\(s.company) 수출 실적"), "\(s.file)")
            #expect(text.contains("\(s.company): 1분기 계약 \(s.contracts)"), "\(s.file): \(text)")
            // Nobody else's name is on the sheet.
            for other in Self.sheets where other.company != s.company {
                #expect(!text.contains(other.company), "\(s.file) names \(other.company)")
            }
        }
    }

    /// The column can be named with its input, and `--each` wins over the
    /// template's `each:`: here a month column, whose sheets' charts have no
    /// company rows and fail, each listed with its value as the data wrote it.
    @Test func eachNamesAColumnOfAnInput() throws {
        let scratch = try ScratchFolder("each-input")
        defer { scratch.remove() }
        let same = try Self.render(scratch.sub("companies"), ["--each", "companies.기업명"])
        #expect(same.status == 0, "\(same)")
        #expect(Self.files(in: scratch.sub("companies")) == Self.sheets.map(\.file).sorted())
        let months = try Self.render(scratch.sub("months"), ["--each", "companies.월"])
        #expect(months.status == 1, "\(months)")
        #expect(months.stderr.contains("briefing: 3 of 3 sheets failed:\n2024-01:\n"), "\(months)")
    }

    @Test func aFailingCompanyIsListedAndTheOthersAreWritten() throws {
        let scratch = try ScratchFolder("each-fail")
        defer { scratch.remove() }
        let r = try Self.render(scratch.path, Self.withGap + ["--log"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout.hasPrefix("5 of 6 sheets written"), "\(r)")
        #expect(Self.files(in: scratch.path) == Self.sheets.map(\.file).sorted())
        // --log: one line a sheet, value first.
        #expect(r.stderr.contains("가나광학\t\(scratch.path)/sheets-가나광학.pdf\t"), "\(r)")
        #expect(r.stderr.contains("오류상사\tfailed\t\(Self.template):17:12: "), "\(r)")
        // At the end: the value, then its problem at its place, with the caret.
        #expect(r.stderr.contains("""
            briefing: 1 of 6 sheets failed:
            오류상사:
              \(Self.template):17:12: \(Self.folder)/companies-with-gap.csv:19 [계약액]: missing value ("-"); \
            a missing figure is not zero — skip it or fill it in
               17 |     value: sum(companies.계약액 where 기업명 = @each)
                  |            ^
            """), "\(r)")
    }

    @Test func eachWithoutAValueIsATemplateErrorAtItsPlace() throws {
        let scratch = try ScratchFolder("each-none")
        defer { scratch.remove() }
        let yaml = scratch.sub("plain.yaml")
        try """
        data:
          companies: \(Self.folder)/companies.csv
        measures:
          contracts: sum(companies.계약액 where 기업명 = @each)
        document:
          title: "{@each} 실적"
          blocks:
            - summary: ["계약 {contracts}"]

        """.write(toFile: yaml, atomically: true, encoding: .utf8)
        let r = try BriefingBinary.run(["render", yaml, "--out", scratch.sub("out")])
        #expect(r.status == 1, "\(r)")
        let message = "@each needs a value to render for: run `briefing render TEMPLATE --each COLUMN`, "
            + "or name the column with each: in the template"
        #expect(r.stderr.contains("\(yaml):4:38: \(message)"), "\(r)")
        #expect(r.stderr.contains("\(yaml):6:11: placeholder {@each}: \(message)"), "\(r)")
        #expect(r.stderr.hasSuffix("briefing: 2 problems; nothing was written\n"), "\(r)")
        #expect(Self.files(in: scratch.sub("out")).isEmpty)
        // With a column to take values from, the same template renders.
        let each = try BriefingBinary.run(["render", yaml, "--out", scratch.sub("out"), "--each", "기업명",
                                           "--format", "pdf"])
        #expect(each.status == 0, "\(each)")
        #expect(Self.files(in: scratch.sub("out")).count == 5)
    }

    @Test func anUnknownEachColumnNamesTheColumns() throws {
        let scratch = try ScratchFolder("each-unknown")
        defer { scratch.remove() }
        let r = try Self.render(scratch.path, ["--each", "기업"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.hasPrefix("--each: column '기업' not in companies.csv (columns: 월, 기업명, 상담액, 계약액)\n"),
                "\(r)")
    }

    /// Each sheet is rendered by one thread's own renderer; the bytes do not depend on how many there are.
    @Test func oneJobAndTwoJobsWriteTheSameBytes() throws {
        let scratch = try ScratchFolder("each-jobs")
        defer { scratch.remove() }
        let one = try Self.render(scratch.sub("one"), ["--jobs", "1", "--format", "pdf,png"])
        let two = try Self.render(scratch.sub("two"), ["--jobs", "2", "--format", "pdf,png"])
        #expect(one.status == 0 && two.status == 0, "\(one)\n\(two)")
        let names = Self.files(in: scratch.sub("one"))
        #expect(names.count == 10)
        #expect(names == Self.files(in: scratch.sub("two")))
        for n in names {
            let a = FileManager.default.contents(atPath: scratch.sub("one/" + n))
            let b = FileManager.default.contents(atPath: scratch.sub("two/" + n))
            #expect(a != nil && a == b, "\(n) differs between --jobs 1 and --jobs 2")
        }
    }

    /// `北區` in a NanumSquare title (whose Hanja are blank glyphs) and a
    /// NanumMyeongjo sentence (which has none) comes from Noto CJK KR; every
    /// font is embedded and the text reads back.
    @Test func hanjaAndAccentsAreRealGlyphsInEmbeddedFonts() throws {
        let scratch = try ScratchFolder("each-glyphs")
        defer { scratch.remove() }
        let r = try Self.render(scratch.path)
        #expect(r.status == 0, "\(r)")
        let hanja = scratch.sub("sheets-北區 상사.pdf")
        let text = try BriefingBinary.pdfText(hanja)
        #expect(text.contains("北區 상사 수출 실적") && text.contains("○ 北區 상사 월별 실적"), "\(text)")
        let fonts = try BriefingBinary.runProgram("/usr/bin/pdffonts", [hanja])
        let rows = fonts.stdout.split(separator: "\n").dropFirst(2)
        #expect(rows.contains { $0.contains("NotoSansCJKkr-Bold") }, "\(fonts.stdout)")
        #expect(rows.contains { $0.contains("NotoSerifCJKkr-Regular") }, "\(fonts.stdout)")
        // Columns: name, type, encoding, emb, sub, uni: every font embedded, subset, with a Unicode map.
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.suffix(5).prefix(3) == ["yes", "yes", "yes"], "\(row)")
        }
        let accents = try BriefingBinary.pdfText(scratch.sub("sheets-Société Générale.pdf"))
        #expect(accents.contains("Société Générale 수출 실적"), "\(accents)")
    }

    @Test func runEachListsEverySheetAndFailureInTheManifest() throws {
        let scratch = try ScratchFolder("each-run")
        defer { scratch.remove() }
        let out = scratch.sub("output")
        let r = try BriefingBinary.run(["run", Self.template, "--period", "2024-03", "--out", out, "--quiet"] + Self.withGap,
                                       environment: Self.fixedClock)
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.hasSuffix("briefing run: 1 of 6 sheets failed: 오류상사\n"), "\(r)")
        let folder = out + "/2024-03"
        let json = try #require(FileManager.default.contents(atPath: folder + "/sheets.manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let sheets = try #require(manifest["sheets"] as? [[String: Any]])
        #expect(sheets.compactMap { $0["value"] as? String } == Self.sheets.map(\.company))
        let files = sheets.flatMap { ($0["files"] as? [String]) ?? [] }
        #expect(files.count == 10)
        let failures = try #require(manifest["failures"] as? [[String: Any]])
        #expect(failures.count == 1)
        #expect(failures.first?["value"] as? String == "오류상사")
        #expect((failures.first?["problems"] as? [String])?.first?.hasPrefix("\(Self.template):17:12: ") == true)
        // Every sheet's file is an output with its true size and sha256.
        let outputs = try #require(manifest["outputs"] as? [[String: Any]])
        #expect(outputs.compactMap { $0["path"] as? String }.sorted() == files.sorted())
        for o in outputs {
            let path = try #require(o["path"] as? String)
            let bytes = try #require(FileManager.default.contents(atPath: folder + "/" + path))
            #expect(o["size"] as? Int == bytes.count, "\(path)")
            let sum = try BriefingBinary.runProgram("/usr/bin/sha256sum", [folder + "/" + path])
            #expect(sum.stdout.hasPrefix((o["sha256"] as? String ?? "?") + " "), "\(path)")
        }
        #expect(Self.files(in: folder) == (files + ["sheets.manifest.json"]).sorted())
    }
}
