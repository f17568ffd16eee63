import Foundation
import Testing

/// The chart builder's API as the page uses it: upload, inspect, preview, download, copy as command.
@Suite("serve: inspect and chart")
struct ServeChartAPITests {
    static let missions = BriefingBinary.repositoryFile("templates/usa-2024/data/missions.csv")

    @Test func healthzAnswersOk() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let r = try server.get("/healthz")
        #expect(r.status == 200 && r.text == "ok\n")
    }

    @Test func aCP949FileIsInspectedAsTheCLIInspectsIt() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let r = try server.upload(Self.missions, name: "missions.csv")
        #expect(r.status == 200, "\(r)")
        let id = try #require(r.json["id"] as? String)
        #expect(id.count == 32 && id.allSatisfy(\.isHexDigit))
        let inspection = try #require(r.json["inspection"] as? [String: Any])
        #expect(inspection["encoding"] as? String == "cp949")
        #expect(inspection["file"] as? String == "missions.csv")
        let columns = (inspection["columns"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(columns.starts(with: ["연도", "지역"]) && columns.contains("실계약"))
        #expect(r.header("Cache-Control") == "no-store")
    }

    @Test func aWorkbookListsItsSheetsAndIsReadAgainForAnotherSheet() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let book = BriefingBinary.repositoryFile("Tests/Fixtures/xlsx/office.xlsx")
        let first = try server.upload(book, name: "실적.xlsx")
        #expect(first.status == 200, "\(first)")
        let sheets = (first.json["sheets"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(sheets.count >= 2, "\(first)")
        let id = try #require(first.json["id"] as? String)
        let again = try server.postJSON("/api/inspect", #"{"upload": "\#(id)", "sheet": "\#(sheets[1])"}"#)
        #expect(again.status == 200, "\(again)")
        #expect(again.json["id"] as? String == id)
        let second = again.json["inspection"] as? [String: Any]
        #expect(second?["sheet"] as? String == "참고", "\(again)")
        #expect((second?["columns"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["메모"])
        let badRange = try server.postJSON("/api/inspect", #"{"upload": "\#(id)", "range": "A3:"}"#)
        #expect(badRange.status == 422 && badRange.text.contains(#"range: found \"A3:\""#), "\(badRange)")
    }

    @Test func aBrokenFileIsA422NamingLineAndColumn() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let csv = Array("지역,실계약(만달러)\n미국,325\n동남아,12,5\n".utf8)
        let r = try server.upload(csv, name: "ragged.csv")
        #expect(r.status == 422, "\(r)")
        let e = try #require(r.errors.first)
        #expect(e["file"] as? String == "ragged.csv")
        #expect(e["line"] as? Int == 3)
        #expect(e["column"] != nil && (e["message"] as? String)?.isEmpty == false, "\(r)")
        #expect((r.json["id"] as? String)?.count == 32, "the page can retry with other options")
    }

    @Test func aChartComesInEveryFormatWithItsContentType() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let id = try #require(try server.upload(Self.missions, name: "missions.csv").json["id"] as? String)
        let base = #""upload": "\#(id)", "type": "bar", "x": "지역", "y": ["실계약"], "title": "무역촉진단 실계약""#
        let svg = try server.postJSON("/api/chart", "{\(base), \"format\": \"svg\"}")
        #expect(svg.status == 200 && svg.header("Content-Type") == "image/svg+xml", "\(svg)")
        #expect(svg.text.contains("무역촉진단 실계약") && svg.text.contains("<svg"))
        #expect(svg.header("X-Briefing-Warnings") == "[]")
        let png = try server.postJSON("/api/chart", "{\(base), \"format\": \"png\"}")
        #expect(png.header("Content-Type") == "image/png" && Self.pngSize(png.body).map { $0 == (1200, 675) } == true, "\(png)")
        let png2x = try server.postJSON("/api/chart", "{\(base), \"format\": \"png2x\", \"size\": \"square\"}")
        #expect(Self.pngSize(png2x.body).map { $0 == (2160, 2160) } == true)
        let pdf = try server.postJSON("/api/chart", "{\(base), \"format\": \"pdf\"}")
        #expect(pdf.header("Content-Type") == "application/pdf" && pdf.body.starts(with: Array("%PDF-".utf8)))
    }

    @Test func whatLayoutLeftOutIsSaidInTheChartsLanguage() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let id = try #require(try server.upload(Self.missions, name: "missions.csv").json["id"] as? String)
        func warnings(_ locale: String) throws -> [String] {
            let r = try server.postJSON("/api/chart", #"{"upload": "\#(id)", "type": "stacked-bar", "x": "지역", "y": ["실계약", "약정계약"], "locale": "\#(locale)"}"#)
            let header = try #require(r.header("X-Briefing-Warnings"))
            #expect(header.unicodeScalars.allSatisfy { $0.isASCII })
            return try JSONSerialization.jsonObject(with: Data(header.utf8)) as? [String] ?? []
        }
        let korean = try warnings("ko")
        #expect(korean == ["동남아: 빠진 값(결측)이 있어 합계를 표시하지 않았습니다. 나머지의 합은 전체가 아닙니다."])
        let english = try warnings("en")
        #expect(english.first?.hasPrefix("no total written on") == true)
    }

    @Test func aScriptInTheTitleIsTextInTheSVG() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let id = try #require(try server.upload(Self.missions, name: "missions.csv").json["id"] as? String)
        let r = try server.postJSON("/api/chart", #"{"upload": "\#(id)", "x": "지역", "y": ["실계약"], "title": "<script>alert(1)</script>"}"#)
        #expect(r.status == 200)
        #expect(r.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !r.text.contains("<script"))
    }

    @Test(arguments: [
        (#""x": "지역", "y": ["없음"]"#, "column '없음' not in missions.csv"),
        (#""x": "지역", "y": ["실계약"], "type": "pie""#, "type: found \"pie\""),
        (#""x": "지역", "y": ["실계약"], "size": "9x9""#, "size: found \"9x9\""),
        (#""x": "지역", "y": ["실계약"], "scale": "lots""#, "scale: found \"lots\""),
        (#""x": "지역", "y": ["실계약"], "where": "연도 ==""#, "--where:"),
        (#""x": "지역", "y": ["실계약"], "format": "gif""#, "format: found \"gif\""),
        (#""x": "지역", "y": []"#, "y: expected at least one column"),
    ])
    func aBadChoiceIsA422ThatSaysWhich(keys: String, message: String) throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let id = try #require(try server.upload(Self.missions, name: "missions.csv").json["id"] as? String)
        let r = try server.postJSON("/api/chart", #"{"upload": "\#(id)", \#(keys)}"#)
        #expect(r.status == 422, "\(r)")
        #expect((r.errors.first?["message"] as? String)?.contains(message) == true, "\(r)")
    }

    @Test func badJSONIsA400AndAnUnknownUploadA404() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        #expect(try server.postJSON("/api/chart", "{\"upload\": ").status == 400)
        let missingX = try server.postJSON("/api/chart", #"{"upload": "x", "y": ["a"]}"#)
        #expect(missingX.status == 400 && missingX.text.contains("x: required"), "\(missingX)")
        let unknown = try server.postJSON("/api/chart", #"{"upload": "0123456789abcdef0123456789abcdef", "x": "a", "y": ["b"]}"#)
        #expect(unknown.status == 404)
        #expect(try server.postJSON("/api/chart", #"{"upload": "../../etc/passwd", "x": "a", "y": ["b"]}"#).status == 404)
    }

    @Test func copyAsCommandGivesTheCLILineForTheSameChart() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let id = try #require(try server.upload(Self.missions, name: "missions.csv").json["id"] as? String)
        let r = try server.postJSON("/api/chart/command", #"""
            {"upload": "\#(id)", "type": "bar", "x": "지역", "y": ["실계약"], "title": "Buk-gu's 실계약", "source": "자료: 광주 북구",
             "reference": ["150=목표"], "format": "png2x"}
            """#)
        let command = try #require(r.json["command"] as? String, "\(r)")
        #expect(command == "briefing chart missions.csv --type bar --x 지역 --y 실계약 --title 'Buk-gu'\\''s 실계약' "
                + "--source '자료: 광주 북구' --reference 150=목표 -o chart@2x.png")
        // The line runs: the same chart from a terminal.
        let folder = try ScratchFolder("serve-command")
        defer { folder.remove() }
        try Data(Self.missions).write(to: URL(fileURLWithPath: folder.sub("missions.csv")))
        let ran = try BriefingBinary.runProgram("/bin/sh", ["-c", command.replacingOccurrences(of: "briefing ", with: "\(try BriefingBinary.path()) ",
                                                                                                 options: .anchored)], in: folder.path)
        #expect(ran.status == 0, "\(ran)")
        #expect(FileManager.default.fileExists(atPath: folder.sub("chart@2x.png")))
    }

    /// The width and height of a PNG's IHDR.
    static func pngSize(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count > 24, b.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        func be(_ i: Int) -> Int { Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3]) }
        return (be(16), be(20))
    }
}
