import Foundation
import Testing

/// The 보고서 page's API: the templates, check, render, preview, explain.
@Suite("serve: templates")
struct ServeTemplateAPITests {
    @Test func theTemplatesAreListedByTheNamesTheirRunsUse() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let list = try #require(try server.get("/api/templates").json["templates"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: list.map { ($0["name"] as? String ?? "", $0) })
        #expect(byName["usa-2024"]?["monthly"] as? Bool == false)
        #expect((byName["usa-2024"]?["title"] as? String)?.contains("미국") == true)
        #expect(byName["monthly"]?["monthly"] as? Bool == true)
    }

    @Test func aMonthlyTemplateOffersTheMonthsOfItsData() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let about = try server.get("/api/templates/monthly").json
        let periods = about["periods"] as? [String] ?? []
        #expect(periods.contains("2024-03") && periods == periods.sorted(by: >), "\(periods)")
        #expect((about["measures"] as? [[String: Any]])?.isEmpty == false)
        #expect(try server.get("/api/templates/%2E%2E%2Fusa-2024").status == 404)
        #expect(try server.get("/api/templates/nothing").status == 404)
    }

    @Test func checkSaysOkOrListsEveryProblemWithItsLine() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let ok = try server.postJSON("/api/templates/monthly/check", #"{"period": "2024-03"}"#)
        #expect(ok.status == 200 && ok.json["ok"] as? Bool == true && (ok.json["summary"] as? String)?.contains("monthly: ok") == true, "\(ok)")
        let noPeriod = try server.postJSON("/api/templates/monthly/check", "{}")
        #expect(noPeriod.status == 422)
        let e = try #require(noPeriod.errors.first)
        #expect(e["file"] as? String == "templates/monthly-exports/monthly.yaml" && e["line"] as? Int != nil && e["source"] as? String == "monthly:")
        #expect(try server.postJSON("/api/templates/monthly/check", #"{"period": "2024-13"}"#).status == 422)
    }

    @Test func aBrokenTemplateIsA422WithFileLineColumnAndSource() throws {
        let folder = try ScratchFolder("serve-broken")
        defer { folder.remove() }
        let copy = try folder.copy(repositoryFolder: "templates/usa-2024")
        let yaml = copy + "/briefing.yaml"
        let text = try String(contentsOfFile: yaml, encoding: .utf8)
        try text.replacingOccurrences(of: "signed: sum(missions.실계약 where", with: "signed: sum(missions.실적 where")
            .write(toFile: yaml, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder.sub("out"), withIntermediateDirectories: true)
        let server = try ServerProcess(["--templates", folder.path, "--out", folder.sub("out")])
        defer { server.stop() }
        let r = try server.postJSON("/api/templates/usa-2024/render", #"{"format": "pdf"}"#)
        #expect(r.status == 422, "\(r)")
        let e = try #require(r.errors.first { ($0["message"] as? String)?.contains("실적") == true }, "\(r)")
        #expect((e["file"] as? String)?.hasSuffix("briefing.yaml") == true && e["line"] as? Int == 22 && e["column"] as? Int != nil)
        #expect((e["source"] as? String)?.contains("missions.실적") == true)
    }

    @Test func renderGivesThePDFOrAZipOfSeveralFormats() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let pdf = try server.postJSON("/api/templates/usa-2024/render", #"{"format": "pdf"}"#)
        #expect(pdf.status == 200 && pdf.header("Content-Type") == "application/pdf" && pdf.body.starts(with: Array("%PDF-".utf8)))
        #expect(pdf.header("Content-Disposition")?.contains("filename*=UTF-8''usa-2024.pdf") == true)
        let zip = try server.postJSON("/api/templates/usa-2024/render", #"{"format": ["pdf", "hwpx"], "locale": "en"}"#)
        #expect(zip.header("Content-Type") == "application/zip" && zip.body.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let names = String(decoding: zip.body, as: UTF8.self)
        #expect(names.contains("usa-2024.en.pdf") && names.contains("usa-2024.en.hwpx"), "the English files, named as render names them")
        let monthly = try server.postJSON("/api/templates/monthly/render", #"{"period": "2024-03", "format": "pdf"}"#)
        #expect(monthly.status == 200, "\(monthly)")
        #expect(try server.postJSON("/api/templates/usa-2024/render", #"{"format": "docx"}"#).status == 422)
    }

    @Test func previewGivesEveryPageAsAPNG() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let r = try server.postJSON("/api/templates/usa-2024/preview", "{}")
        let pages = try #require(r.json["pages"] as? [[String: Any]], "\(r)")
        #expect(pages.count == 2)
        let png = Data(base64Encoded: pages[0]["png"] as? String ?? "").map { [UInt8]($0) } ?? []
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func explainTracesAMeasureToItsCells() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let r = try server.postJSON("/api/templates/usa-2024/explain", #"{"measure": "achievement"}"#)
        let text = try #require((r.json["measures"] as? [[String: Any]])?.first?["text"] as? String, "\(r)")
        #expect(text.contains("666.7%") && text.contains("missions.csv:3 [실계약] 325"))
        let unknown = try server.postJSON("/api/templates/usa-2024/explain", #"{"measure": "nope"}"#)
        #expect(unknown.status == 422 && unknown.text.contains("no measure 'nope'"))
    }

    @Test func anEachTemplateRendersTheSheetOfTheValueChosen() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let about = try server.get("/api/templates/sheet").json
        #expect(about["each"] as? String == "기업명")
        let values = about["eachValues"] as? [String] ?? []
        #expect(values.count == 5 && values.first == "가나광학", "\(values)")
        let none = try server.postJSON("/api/templates/sheet/render", #"{"period": "2024-03"}"#)
        #expect(none.status == 422 && none.text.contains("one sheet per 기업명"), "\(none)")
        let unknown = try server.postJSON("/api/templates/sheet/render", #"{"period": "2024-03", "each": "없는회사"}"#)
        #expect(unknown.status == 422 && unknown.text.contains("없는회사"))
        let pdf = try server.postJSON("/api/templates/sheet/render", #"{"period": "2024-03", "each": "다라포토닉스", "format": "pdf"}"#)
        #expect(pdf.status == 200 && pdf.header("Content-Disposition")?.contains("UTF-8''sheet-%EB%8B%A4") == true, "\(pdf)")
        let folder = try ScratchFolder("serve-each")
        defer { folder.remove() }
        try Data(pdf.body).write(to: URL(fileURLWithPath: folder.sub("sheet.pdf")))
        #expect(try BriefingBinary.pdfText(folder.sub("sheet.pdf")).contains("다라포토닉스 수출 실적 (2024년 3월)"))
        let check = try server.postJSON("/api/templates/sheet/check", #"{"period": "2024-03"}"#)
        #expect(check.status == 200, "check takes the first sheet when none is said, as briefing check does: \(check)")
        let explained = try server.postJSON("/api/templates/sheet/explain", #"{"period": "2024-03", "each": "다라포토닉스", "measure": "contracts"}"#)
        #expect(explained.text.contains("기업명 = 다라포토닉스"), "\(explained)")
    }
}
