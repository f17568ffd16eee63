import Foundation
import Testing

/// A figure in the PDF follows its data cell: change 약정계약 675 → 775 in the
/// CP949 file and the briefing says 1,100만 달러 and 733.3%.
@Suite("render: a changed data cell changes the briefing")
struct RenderDataChangeTests {
    static let changedMissions = """
    연도,지역,기간,참가인원(명),목표(만달러),실계약(만달러),약정계약(만달러),MOU(건)\r
    2023,동남아,-,-,-,934,-,-\r
    2024,미국,2024. 3. 24. ~ 2024. 3. 30.,23,150,325,775,2\r

    """

    /// The sample's missions.csv, decoded, is the changed file but for the one cell —
    /// so the test changes exactly one figure.
    @Test func changedFileDiffersFromTheSampleInOneCell() throws {
        let original = try Data(contentsOf: CLI.sampleFolder.appendingPathComponent("data/missions.csv"))
        let decoded = String(decoding: try Tool.runBytes("iconv", ["-f", "CP949", "-t", "UTF-8"], stdin: original), as: UTF8.self)
        let normalise = { (s: String) in s.replacingOccurrences(of: "\r\n", with: "\n") }
        #expect(normalise(decoded).replacingOccurrences(of: ",675,", with: ",775,") == normalise(Self.changedMissions))
    }

    @Test func editedFileInTheTemplateFolder() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let sample = try copySample(into: tmp)
            try Tool.cp949(Self.changedMissions).write(to: sample.appendingPathComponent("data/missions.csv"))
            let out = tmp.appendingPathComponent("out")
            let r = try cli.run(["render", sample.appendingPathComponent("briefing.yaml").path, "--out", out.path, "--format", "pdf"])
            try #require(r.status == 0, "\(r)")
            try expectChangedFigures(in: out.appendingPathComponent("usa-2024.pdf"))
        }
    }

    @Test func fileGivenWithDataOption() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let changed = tmp.appendingPathComponent("missions-2025.csv")
            try Tool.cp949(Self.changedMissions).write(to: changed)
            let out = tmp.appendingPathComponent("out")
            let r = try cli.run(["render", CLI.sampleTemplate, "--data", "missions=\(changed.path)", "--out", out.path, "--format", "pdf"])
            try #require(r.status == 0, "\(r)")
            try expectChangedFigures(in: out.appendingPathComponent("usa-2024.pdf"))
        }
    }

    /// A relative --data path is read from the working folder, as a shell user expects.
    @Test func relativeDataPathFromTheWorkingFolder() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            try Tool.cp949(Self.changedMissions).write(to: tmp.appendingPathComponent("changed.csv"))
            let r = try cli.run(["render", CLI.sampleTemplate, "--data", "missions=changed.csv", "--out", "out", "--format", "pdf"], in: tmp)
            try #require(r.status == 0, "\(r)")
            try expectChangedFigures(in: tmp.appendingPathComponent("out/usa-2024.pdf"))
        }
    }

    private func expectChangedFigures(in pdf: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let text = squeezed(try Tool.pdfText(pdf.path))
        #expect(text.contains(squeezed("1,100만 달러")), "1,100만 달러 not in the PDF", sourceLocation: sourceLocation)
        #expect(text.contains("733.3%"), "733.3% not in the PDF", sourceLocation: sourceLocation)
        // No old figure may survive anywhere, chart titles included.
        #expect(!text.contains(squeezed("1,000만 달러")), "the old total is still there", sourceLocation: sourceLocation)
        #expect(!text.contains("666.7%"), "the old achievement is still there", sourceLocation: sourceLocation)
    }
}
