import BriefingCore
import BriefingReport
import Foundation
import Testing

/// The sample briefing PDF, rendered in-process and checked with the real
/// tools people's PDF readers agree with: qpdf, pdffonts, pdfinfo, pdftotext.
@Suite("briefing PDF: checked by qpdf and poppler")
struct BriefingPDFTests {
    /// Rendered once for the suite (the fonts, metadata and text do not change between tests).
    static let korean: Result<String, any Error> = Result { try BriefingPDF.render(locale: .ko) }
    static let english: Result<String, any Error> = Result { try BriefingPDF.render(locale: .en) }

    @Test(arguments: [ReportLocale.ko, .en])
    func qpdfCheckIsClean(_ locale: ReportLocale) throws {
        let pdf = try (locale == .ko ? Self.korean : Self.english).get()
        let r = try BriefingPDF.tool("qpdf", ["--check", pdf])
        #expect(r.status == 0, "\(r.out)\(r.err)")
        #expect(r.out.contains("No syntax or stream encoding errors found"), "\(r.out)")
        #expect(r.err.isEmpty, "\(r.err)")
    }

    /// Every font embedded (a PC without Nanum shows the same page) and
    /// mapped to Unicode (copy, search and screen readers get the text).
    @Test(arguments: [ReportLocale.ko, .en])
    func everyFontEmbeddedWithAUnicodeMap(_ locale: ReportLocale) throws {
        let pdf = try (locale == .ko ? Self.korean : Self.english).get()
        let r = try BriefingPDF.tool("pdffonts", [pdf])
        #expect(r.status == 0, "\(r.err)")
        let rows = r.out.split(separator: "\n").dropFirst(2).map {
            $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
        #expect(!rows.isEmpty, "pdffonts lists no fonts:\n\(r.out)")
        for row in rows {
            // name type… encoding emb sub uni object ID: emb, sub, uni are the 6th–4th from the end.
            let (emb, uni) = (row[row.count - 5], row[row.count - 3])
            #expect(emb == "yes", "not embedded: \(row.joined(separator: " "))")
            #expect(uni == "yes", "no Unicode map: \(row.joined(separator: " "))")
        }
        let families = Set(rows.map { $0[0].split(separator: "+").last.map(String.init) ?? $0[0] })
        #expect(families.allSatisfy { $0.hasPrefix("Nanum") }, "\(families)")
    }

    @Test func infoHasTitleAuthorTagsAndPages() throws {
        let r = try BriefingPDF.tool("pdfinfo", [try Self.korean.get()])
        #expect(r.status == 0, "\(r.err)")
        let info = BriefingPDF.fields(r.out)
        #expect(info["Title"] == "2024 미국 광융합무역촉진단 성과 보고")
        #expect(info["Author"] == "경제정책과")
        #expect(info["Creator"] == "briefing")
        #expect(info["Tagged"] == "yes")
        #expect(info["Pages"] == "2")
        #expect(info["Page size"]?.hasSuffix("(A4)") == true, "\(info["Page size"] ?? "")")
        #expect(info["CreationDate"]?.contains("2024") == true, "the creation date passed in, not the clock: \(info["CreationDate"] ?? "")")
    }

    @Test func englishInfoIsInEnglish() throws {
        let info = BriefingPDF.fields(try BriefingPDF.tool("pdfinfo", [try Self.english.get()]).out)
        #expect(info["Title"] == "2024 US Photonics Trade Mission: Results")
        #expect(info["Author"] == "Economic Policy Division")
    }

    /// pdftotext reads the page in the order a person does: title, date and
    /// department, summary, tiles, then the 개조식 lines in order.
    @Test func textInReadingOrder() throws {
        let text = try BriefingPDF.tool("pdftotext", ["-enc", "UTF-8", try Self.korean.get(), "-"]).out
        // pdftotext separates pages with a form feed at the start of a line.
        let blank = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{0C}"))
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: blank) }.filter { !$0.isEmpty }
        #expect(lines.first == "2024 미국 광융합무역촉진단 성과 보고")
        let inOrder = [
            "2024 미국 광융합무역촉진단 성과 보고",
            "2024. 4. 7.(일) 경제정책과",
            "▶ 목표(150만 달러) 대비 666.7% 달성, 총 1,000만 달러 계약 체결",
            "□ 추진 개요",
            "○ 기간: 2024. 3. 24.(일) ~ 3. 30.(토)",
            "○ 장소: 미국 로스앤젤레스, 샌디에이고",
            "○ 참가: 23명 (지역 광융합·AI 기업 등)",
            "□ 주요 성과",
            "○ 수출 계약 1,000만 달러: 실계약 325만 달러, 약정계약 675만 달러",
            "- 목표(150만 달러) 대비 666.7% 달성, 850만 달러 초과",
            "- 2023년 동남아 촉진단(934만 달러) 대비 +66만 달러(+7.1%)",
            "○ 업무협약(MOU) 2건 체결",
            "- 오케이티에이(OKTA) LA 지회 등",
            "□ OFC 2024 전시회 참가",
            "자료: 광주 북구 보도자료(2024. 4. 7.)",
        ]
        var at = lines.startIndex
        for expected in inOrder {
            guard let found = lines[at...].firstIndex(of: expected) else {
                Issue.record("\"\(expected)\" missing or out of order in:\n\(lines.joined(separator: "\n"))")
                return
            }
            at = lines.index(after: found)
        }
    }

    /// The outline (bookmarks) mirrors the headings: the title, and under it the □ sections with their pages.
    @Test func outlineFollowsTheHeadings() throws {
        let r = try BriefingPDF.tool("qpdf", ["--json", "--json-key=outlines", try Self.korean.get()])
        #expect(r.status == 0, "\(r.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let outlines = try #require(json["outlines"] as? [[String: Any]])
        func flatten(_ items: [[String: Any]], depth: Int) -> [String] {
            items.flatMap { item -> [String] in
                let title = item["title"] as? String ?? "?"
                let page = item["destpageposfrom1"] as? Int ?? 0
                return ["\(depth) \(title) p\(page)"] + flatten(item["kids"] as? [[String: Any]] ?? [], depth: depth + 1)
            }
        }
        #expect(flatten(outlines, depth: 0) == [
            "0 2024 미국 광융합무역촉진단 성과 보고 p1",
            "1 추진 개요 p1",
            "1 주요 성과 p1",
            "1 OFC 2024 전시회 참가 p2",
        ])
    }

    /// Structure tags: a Document with a heading first, paragraphs, the chart as a Figure and the table as a Table.
    @Test func structureTree() throws {
        let r = try BriefingPDF.tool("pdfinfo", ["-struct", try Self.korean.get()])
        #expect(r.status == 0, "\(r.err)")
        let tags = r.out.split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
        }
        #expect(tags.first == "Document")
        #expect(tags.dropFirst().first == "H1")
        #expect(tags.filter { $0 == "H2" }.count == 3, "\(tags)")
        #expect(tags.contains("Figure"))
        #expect(tags.contains("Table"))
    }
}

/// Renders the sample briefing to a temporary PDF and runs tools on it.
enum BriefingPDF {
    static let root = "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/")

    static func render(locale: ReportLocale) throws -> String {
        let report = try PreparedReport.prepare(templatePath: root + "/templates/usa-2024/briefing.yaml")
        let request = RenderRequest(locale: locale, formats: ["pdf"], creationDate: "2024-04-07T09:00:00+09:00", baseName: "usa-2024")
        let files = try ReportRenderer(library: TestFonts.library).render(report, request).files
        let pdf = try #require(files.first { ["usa-2024.pdf", "usa-2024.en.pdf"].contains($0.name) }, "\(files.map(\.name))")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(pdf.name).path
        try Data(pdf.bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func tool(_ name: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [name] + arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// `Key:   value` lines of pdfinfo.
    static func fields(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            out[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return out
    }
}
