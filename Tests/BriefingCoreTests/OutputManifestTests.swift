import BriefingCore
import Foundation
import Testing

@Suite("Manifest and change detection")
struct OutputManifestTests {
    static let sample = Manifest(
        template: "/srv/briefing/templates/monthly.yaml", period: "2024-03", toolVersion: "0.1.0",
        started: "2024-04-01T07:00:01+09:00", finished: "2024-04-01T07:00:03+09:00",
        inputs: [ManifestFile(path: "data/missions.csv", size: 3, sha256: SHA256.hex(Array("abc".utf8)))],
        outputs: [ManifestFile(path: "briefing.pdf", size: 10, sha256: "aa", contentSha256: "bb", change: .unchangedExceptTimestamps)])

    @Test func roundTrip() throws {
        let bytes = try Self.sample.encoded()
        #expect(try Manifest.decode(bytes) == Self.sample)
    }

    /// Sorted keys, pretty, slashes as they are: the exact text, so a diff of
    /// two manifests shows only what changed.
    @Test func deterministicText() throws {
        let text = String(decoding: try Self.sample.encoded(), as: UTF8.self)
        #expect(text == """
            {
              "finished" : "2024-04-01T07:00:03+09:00",
              "inputs" : [
                {
                  "path" : "data/missions.csv",
                  "sha256" : "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                  "size" : 3
                }
              ],
              "outputs" : [
                {
                  "change" : "unchanged-except-timestamps",
                  "contentSha256" : "bb",
                  "path" : "briefing.pdf",
                  "sha256" : "aa",
                  "size" : 10
                }
              ],
              "period" : "2024-03",
              "started" : "2024-04-01T07:00:01+09:00",
              "template" : "/srv/briefing/templates/monthly.yaml",
              "toolVersion" : "0.1.0"
            }

            """)
        #expect(try Self.sample.encoded() == (try Self.sample.encoded()))
    }

    static func pdf(_ date: String, body: String = "BT (3월 수출) Tj ET") -> [UInt8] {
        Array("%PDF-1.5\n1 0 obj\n<< /Producer (cairo 1.18.0) /CreationDate (D:\(date)+09'00) /ModDate(D:\(date)+09'00) >>\nendobj\n2 0 obj\n\(body)\nendobj\n%%EOF\n".utf8)
    }

    @Test func pdfTimestampsAreBlanked() {
        let blanked = String(decoding: PDFTimestamps.blanked(Self.pdf("20240401070001")), as: UTF8.self)
        #expect(blanked.contains("/CreationDate () /ModDate() >>"))
        #expect(blanked.contains("/Producer (cairo 1.18.0)"))
    }

    @Test func nestedParenthesesAndEscapesInDate() {
        let pdf = Array("<< /CreationDate (D:2024\\)(x)) /Title (t) >>".utf8)
        #expect(String(decoding: PDFTimestamps.blanked(pdf), as: UTF8.self) == "<< /CreationDate () /Title (t) >>")
    }

    @Test(arguments: [
        // (old, new, expected)
        (nil, pdf("20240401070001"), OutputChange.new),
        (pdf("20240401070001"), pdf("20240401070001"), .unchanged),
        (pdf("20240401070001"), pdf("20240502070001"), .unchangedExceptTimestamps),
        (pdf("20240401070001"), pdf("20240502070001", body: "BT (4월 수출) Tj ET"), .changed),
    ] as [([UInt8]?, [UInt8], OutputChange)])
    func comparesWithPreviousRun(old: [UInt8]?, new: [UInt8], expected: OutputChange) {
        let before = old.map { ManifestFile.describing($0, path: "briefing.pdf") }
        let after = ManifestFile.describing(new, path: "briefing.pdf")
        #expect(OutputChange.comparing(after, with: before) == expected)
    }

    @Test func nonPDFHasNoContentHash() {
        let f = ManifestFile.describing(Array("/CreationDate (x)".utf8), path: "chart.svg")
        #expect(f.contentSha256 == nil)
        #expect(f.comparableHash == f.sha256)
    }
}
