import Foundation
import Testing

/// `briefing inspect` on the sample's CP949 files, and on a file in neither
/// UTF-8 nor CP949.
@Suite("inspect: the sample's CP949 files")
struct InspectSampleTests {
    static let missions = CLI.sampleFolder.appendingPathComponent("data/missions.csv").path

    @Test func summaryNamesEncodingLineEndingAndColumns() throws {
        let r = try CLI.locate().run(["inspect", Self.missions])
        #expect(r.status == 0, "\(r)")
        // `key   value` lines, the key padded to a common width.
        var facts: [String: String] = [:]
        for line in r.stdout.split(separator: "\n").prefix(9) {
            guard let gap = line.range(of: "  ") else { continue }
            facts[String(line[..<gap.lowerBound])] = line[gap.upperBound...].trimmingCharacters(in: .whitespaces)
        }
        #expect(facts["encoding"] == "CP949 (EUC-KR)", "\(r)")
        #expect(facts["line ending"] == "CRLF", "\(r)")
        #expect(facts["header line"] == "1", "\(r)")
        #expect(facts["rows"] == "2", "\(r)")
        #expect(facts["columns"] == "8", "\(r)")
        // Each column with its unit and type, as the table prints it.
        let lines = r.stdout.split(separator: "\n")
        let rule = try #require(lines.firstIndex { $0.hasPrefix("─") }, "\(r)")
        let columns = lines[(rule + 1)...].map { $0.split(separator: " ").prefix(4).joined(separator: " ") }
        #expect(columns == [
            "1 연도 - year", "2 지역 - text", "3 기간 - range", "4 참가인원 명 count",
            "5 목표 만달러 amount", "6 실계약 만달러 amount", "7 약정계약 만달러 amount", "8 MOU 건 count",
        ], "\(r)")
    }

    @Test func jsonHasTheTypedRows() throws {
        let r = try CLI.locate().run(["inspect", Self.missions, "--json"])
        #expect(r.status == 0, "\(r)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["encoding"] as? String == "cp949")
        #expect(json["lineEnding"] as? String == "crlf")
        #expect(json["rowCount"] as? Int == 2)
        let columns = try #require(json["columns"] as? [[String: Any]])
        #expect(columns.map { $0["name"] as? String } == ["연도", "지역", "기간", "참가인원", "목표", "실계약", "약정계약", "MOU"])
        #expect(columns.map { $0["type"] as? String } == ["year", "text", "range", "count", "amount", "amount", "amount", "count"])
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.map { $0["line"] as? Int } == [2, 3])
        let values = try #require(rows.last?["values"] as? [Any])
        #expect(values.count == 8)
        #expect(values[0] as? String == "2024")
        #expect(values[1] as? String == "미국")
        #expect((values[2] as? [String: String]) == ["start": "2024-03-24", "end": "2024-03-30"])
        #expect(values[4] as? String == "150")
        #expect(values[6] as? String == "675")
        // Missing cells (`-`) are null, not zero.
        let first = try #require(rows.first?["values"] as? [Any])
        #expect(first[4] is NSNull)
        #expect(first[5] as? String == "934")
    }

    @Test func ofcFileWithQuotedThousands() throws {
        let r = try CLI.locate().run(["inspect", CLI.sampleFolder.appendingPathComponent("data/ofc2024.csv").path, "--json"])
        #expect(r.status == 0, "\(r)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        let values = try #require(rows.first?["values"] as? [Any])
        #expect(values.last as? String == "14500")
    }

    @Test func latin1FileIsALocatedError() throws {
        try withTemporaryFolder { tmp in
            let file = tmp.appendingPathComponent("latin1.csv")
            try Data("name,city\nJos\u{E9},M\u{FC}nchen\n".data(using: .isoLatin1)!).write(to: file)
            let r = try CLI.locate().run(["inspect", file.path])
            #expect(r.status == 1, "\(r)")
            #expect(r.stdout.isEmpty, "\(r)")
            #expect(r.stderr.hasPrefix("\(file.path):2:4: found \"\\xE9\\x2C\", expected text in UTF-8 or CP949 (EUC-KR)"), "\(r)")
        }
    }

    @Test func missingFileIsAnErrorNotACrash() throws {
        let r = try CLI.locate().run(["inspect", "/nonexistent/briefing-e2e.csv"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("/nonexistent/briefing-e2e.csv"), "\(r)")
    }
}
