import Foundation
import Testing

/// The bundled monthly sample (templates/monthly-exports), run by the built
/// binary as cron runs it: files, manifest, re-runs, relative periods, January.
@Suite("Monthly sample: runs")
struct MonthlyRunTests {
    static let template = BriefingBinary.packageRoot + "/templates/monthly-exports/monthly.yaml"
    /// 2024-04-01 07:00:01 in Seoul: the run cron would make for March.
    static let fixedClock = ["SOURCE_DATE_EPOCH": "1711922401"]
    static let outputs = ["monthly-p1.png", "monthly-p2.png", "monthly-press.png", "monthly.hwpx", "monthly.pdf"]

    static func run(_ period: String, out: String, _ extra: [String] = [], environment: [String: String] = fixedClock) throws -> BriefingBinary.Result {
        try BriefingBinary.run(["run", template, "--period", period, "--out", out] + extra, environment: environment)
    }

    static func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func marchWritesEveryFileAndAManifestThatDescribesThem() throws {
        let scratch = try ScratchFolder("march")
        defer { scratch.remove() }
        let out = scratch.sub("output")
        let r = try Self.run("2024-03", out: out)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout == "\(out)/2024-03: 5 outputs\n", "\(r)")
        #expect(r.stderr.contains("first run for 2024-03"), "\(r)")

        let folder = out + "/2024-03"
        #expect(Self.files(in: folder) == (Self.outputs + ["monthly.manifest.json"]).sorted())
        let json = try #require(FileManager.default.contents(atPath: folder + "/monthly.manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(manifest["period"] as? String == "2024-03")
        #expect(manifest["template"] as? String == Self.template)
        #expect(manifest["started"] as? String == "2024-04-01T07:00:01+09:00")
        let outputs = try #require(manifest["outputs"] as? [[String: Any]])
        #expect(outputs.compactMap { $0["path"] as? String }.sorted() == Self.outputs)
        // Each recorded size and sha256 is the file's own.
        let sums = try BriefingBinary.runProgram("/usr/bin/sha256sum", Self.outputs.map { folder + "/" + $0 })
        for o in outputs {
            let path = try #require(o["path"] as? String)
            let size = try FileManager.default.attributesOfItem(atPath: folder + "/" + path)[.size] as? Int
            #expect(o["size"] as? Int == size, "\(path)")
            #expect(sums.stdout.contains("\(o["sha256"] as? String ?? "?")  \(folder)/\(path)\n"), "\(path): \(sums.stdout)")
            #expect(o["change"] as? String == "new", "\(path)")
        }
        let inputs = try #require(manifest["inputs"] as? [[String: Any]])
        #expect(inputs.compactMap { ($0["path"] as? String).map { ($0 as NSString).lastPathComponent } }.sorted()
            == ["companies.csv", "countries.csv", "monthly.csv"])

        // What the sheet says, from the PDF's own text: the month, its figure, the comparisons.
        let text = try BriefingBinary.pdfText(folder + "/monthly.pdf")
        #expect(text.contains("2024년 3월 수출지원 실적 보고"))
        #expect(text.contains("예시 자료(가상 데이터)"))
        #expect(text.contains("수출 계약 862만 달러"))
        #expect(text.contains("전월(383만 달러)"))
        #expect(text.contains("전년 동월(819만 달러)"))
        #expect(text.contains("2024년 2월") && text.contains("2023년 3월"))
        // The trend chart covers @last_13_months: March 2023 … March 2024, no earlier month.
        #expect(text.contains("2023. 3.") && text.contains("2024. 3."))
        #expect(!text.contains("2023. 1.") && !text.contains("2024. 4."))
    }

    @Test func aSecondRunSaysItReproducedTheFirst() throws {
        let scratch = try ScratchFolder("rerun")
        defer { scratch.remove() }
        let out = scratch.sub("output")
        let first = try Self.run("2024-03", out: out)
        try #require(first.status == 0, "\(first)")
        let before = try Self.outputs.map { try Data(contentsOf: URL(fileURLWithPath: out + "/2024-03/" + $0)) }
        // A real clock this time: the PDF's CreationDate may change, nothing else.
        let second = try Self.run("2024-03", out: out, environment: [:])
        #expect(second.status == 0, "\(second)")
        #expect(second.stdout == "\(out)/2024-03: same outputs as the previous run\n", "\(second)")
        #expect(second.stderr.contains("same outputs as the previous run"), "\(second)")
        let after = try Self.outputs.map { try Data(contentsOf: URL(fileURLWithPath: out + "/2024-03/" + $0)) }
        for (i, name) in Self.outputs.enumerated() where name.hasSuffix(".png") {
            #expect(before[i] == after[i], "\(name) changed between two runs on the same data")
        }
    }

    @Test func lastMonthOnTheFirstOfAprilIsMarch() throws {
        let scratch = try ScratchFolder("lastmonth")
        defer { scratch.remove() }
        let out = scratch.sub("output")
        let r = try Self.run("last-month", out: out, ["--today", "2024-04-01", "--quiet"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.isEmpty && r.stderr.isEmpty, "--quiet prints nothing on success: \(r)")
        #expect(Self.files(in: out) == [".locks", "2024-03"])
        #expect(Self.files(in: out + "/2024-03").contains("monthly.pdf"))
    }

    @Test func januaryComparesWithDecemberOfTheYearBefore() throws {
        let scratch = try ScratchFolder("january")
        defer { scratch.remove() }
        let out = scratch.sub("output")
        let r = try Self.run("2024-01", out: out)
        #expect(r.status == 0, "\(r)")
        let text = try BriefingBinary.pdfText(out + "/2024-01/monthly.pdf")
        // monthly.csv: 2023.12 has 231만 달러 of contracts, 2024.01 has 227만, 2023.01 has 180만.
        #expect(text.contains("2024년 1월 수출지원 실적 보고"))
        #expect(text.contains("전월(231만 달러) 대비 −4만 달러"), "\(text)")
        #expect(text.contains("전년 동월(180만 달러)"), "\(text)")
        #expect(text.contains("2023년 12월"), "the table's previous-month column")
        // Year to date is January alone.
        #expect(text.contains("누계 계약 227만 달러"), "\(text)")
    }

    @Test func explainTracesJanuarysPreviousMonthToDecembersCell() throws {
        let r = try BriefingBinary.run(["explain", Self.template, "contracts_prev", "--period", "2024-01"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.hasPrefix("contracts_prev: 231만 달러\n"), "\(r)")
        #expect(r.stdout.contains("월 in 2023-12-01..2023-12-31"), "\(r)")
        // Row 13 of monthly.csv (header on line 1) is 2023.12.
        #expect(r.stdout.contains("monthly.csv:13 [계약액] 231"), "\(r)")
    }

    /// Said once, at the `monthly:` key that makes the template monthly (it
    /// was once for every @period the measures and texts use: 47 lines).
    @Test(arguments: [["check"], ["render"], ["explain", "contracts"]])
    func withoutAPeriodOneErrorNamesTheMissingPeriod(command: [String]) throws {
        let arguments = command.count == 1 ? command + [Self.template] : [command[0], Self.template, command[1]]
        let r = try BriefingBinary.run(arguments)
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr == """
            \(Self.template):32:1: this is a monthly template (monthly:), so it needs the report month: \
            add --period YYYY-MM (e.g. --period 2024-03 or --period last-month)
             32 | monthly:
                | ^
            briefing: 1 problem; nothing was written

            """, "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        let ok = try BriefingBinary.run(["check", Self.template, "--period", "2024-03"])
        #expect(ok.status == 0, "\(ok)")
    }
}
