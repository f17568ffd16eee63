import Testing
@testable import BriefingCore

@Suite("What inspect prints")
struct ImportInspectTests {
    static let missions = "연도,지역,목표(만달러),실계약(만달러)\n2023,동남아,-,934\n2024,미국,150,325\n"

    @Test("Korean names take two columns", arguments: [("지역", 4), ("MOU", 3), ("약정계약(만달러)", 16), ("", 0)])
    func width(_ text: String, _ columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func alignedTable() throws {
        let r = try CSVImporter.read(bytes: Array(Self.missions.utf8), name: "missions.csv")
        let text = InspectionReport.text(r)
        #expect(text.contains("""
        #  column  unit    type    missing  min   max / values
        ─  ──────  ──────  ──────  ───────  ────  ────────────
        1  연도    -       year          0  2023  2024
        2  지역    -       text          0        동남아, 미국
        3  목표    만달러  amount        1  150   150
        4  실계약  만달러  amount        0  325   934
        """))
        #expect(text.contains("encoding     UTF-8\n"))
        #expect(text.contains("rows         2\n"))
    }

    @Test func jsonRowsAreTypedAndOrdered() throws {
        let text = "일자,기간,실적,비고\n2024. 3. 24.,2024. 3. 24. ~ 2024. 3. 30.,123 p),\"말 \"\"따옴표\"\"\"\n"
        let r = try CSVImporter.read(bytes: Array(text.utf8), name: "t.csv")
        var json = ""
        InspectionReport.writeJSON(r) { json += $0 }
        #expect(json.contains(#"{"line": 2, "values": ["2024-03-24", {"start": "2024-03-24", "end": "2024-03-30"}, "123", "말 \"따옴표\""], "marks": {"2": ["provisional"]}}"#))
        #expect(json.hasPrefix("{\n  \"file\": \"t.csv\",\n  \"encoding\": \"utf-8\",\n  \"bom\": false,"))
    }
}
