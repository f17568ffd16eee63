import Foundation
import Testing

/// A press chart's PDF says what it is, as the briefing PDF does: Title (the
/// chart's title), Subject, and `/Lang` in the catalog for screen readers.
/// Checked with pdfinfo and qpdf, the tools readers agree with.
@Suite("Press-chart PDFs: title, subject, language")
struct PressChartPDFTests {
    static let missions = BriefingBinary.packageRoot + "/templates/usa-2024/data/missions.csv"
    static let sample = BriefingBinary.packageRoot + "/templates/usa-2024/briefing.yaml"

    @Test func chartCommandWritesTitleSubjectAndLanguage() throws {
        let s = try ScratchFolder("press-pdf")
        defer { s.remove() }
        let r = try BriefingBinary.run(["chart", Self.missions, "--x", "지역", "--y", "실계약", "--title", "무역촉진단 실계약",
                                        "--subtitle", "2024년 3월", "-o", s.sub("c.pdf")])
        try #require(r.status == 0, "\(r)")
        let info = try pdfInfo(s.sub("c.pdf"))
        #expect(info["Title"] == "무역촉진단 실계약")
        #expect(info["Subject"] == "2024년 3월")
        #expect(info["Creator"] == "briefing")
        #expect(try catalog(s.sub("c.pdf")).contains("/Lang (ko-KR)"))
    }

    @Test func englishChartIsMarkedEnglishAndASubjectFallsBackToTheTitle() throws {
        let s = try ScratchFolder("press-pdf-en")
        defer { s.remove() }
        let r = try BriefingBinary.run(["chart", Self.missions, "--x", "지역", "--y", "실계약", "--title", "Contracts",
                                        "--locale", "en", "-o", s.sub("c.pdf")])
        try #require(r.status == 0, "\(r)")
        let info = try pdfInfo(s.sub("c.pdf"))
        #expect(info["Title"] == "Contracts")
        #expect(info["Subject"] == "Contracts")
        #expect(try catalog(s.sub("c.pdf")).contains("/Lang (en)"))
    }

    /// The sample's `press:` export: the chart's own title, and as Subject the
    /// briefing it belongs to.
    @Test func templatePressExportCarriesTheBriefingAsSubject() throws {
        let s = try ScratchFolder("press-pdf-template")
        defer { s.remove() }
        let r = try BriefingBinary.run(["render", Self.sample, "--out", s.path, "--format", "pdf"])
        try #require(r.status == 0, "\(r)")
        let pdf = s.sub("usa-2024-contracts.pdf")
        let info = try pdfInfo(pdf)
        #expect(info["Title"] == "목표 150만 달러, 계약 1,000만 달러")
        #expect(info["Subject"] == "2024 미국 광융합무역촉진단 성과 보고")
        #expect(info["CreationDate"] != nil)
        #expect(try catalog(pdf).contains("/Lang (ko-KR)"))
        #expect(try BriefingBinary.runProgram("/usr/bin/qpdf", ["--check", pdf]).status == 0)
    }

    /// `Key:   value` lines of pdfinfo.
    private func pdfInfo(_ pdf: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: String] {
        let r = try BriefingBinary.runProgram("/usr/bin/pdfinfo", [pdf])
        #expect(r.status == 0, "\(r)", sourceLocation: sourceLocation)
        var fields: [String: String] = [:]
        for line in r.stdout.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// The document catalog as qpdf reads it (after our incremental update).
    private func catalog(_ pdf: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let trailer = try BriefingBinary.runProgram("/usr/bin/qpdf", ["--show-object=trailer", pdf]).stdout
        let root = try #require(trailer.firstMatch(of: /\/Root (\d+) 0 R/)?.1, sourceLocation: sourceLocation)
        return try BriefingBinary.runProgram("/usr/bin/qpdf", ["--show-object=\(root)", pdf]).stdout
    }
}
