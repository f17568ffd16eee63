import Foundation
import Testing

/// What a chart leaves out to stay legible is said on stderr, never dropped silently.
@Suite("briefing chart: warnings")
struct ChartWarningTests {
    @Test func crowdedChartSaysItLeftValueLabelsOut() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            var csv = "월,계약액(만달러)\n"
            for i in 0..<48 { csv += "\(2021 + i / 12).\(String(format: "%02d", i % 12 + 1)),\(100 + (i * 37) % 800)\n" }
            try csv.write(to: tmp.appendingPathComponent("many.csv"), atomically: true, encoding: .utf8)
            let r = try cli.run(["chart", "many.csv", "--x", "월", "--y", "계약액", "--title", "48개월", "--size", "600x400", "-o", "c.png"], in: tmp)
            #expect(r.status == 0, "\(r)")
            #expect(r.stderr.contains("briefing: warning: bar chart with 48 categories: value labels omitted"), "\(r)")
            // A roomy chart says nothing.
            let quiet = try cli.run(["chart", "many.csv", "--x", "월", "--y", "계약액", "--where", "월 in [2024.01, 2024.02, 2024.03]",
                                     "--title", "1분기", "-o", "q.png"], in: tmp)
            #expect(quiet.status == 0, "\(quiet)")
            #expect(quiet.stderr.isEmpty, "\(quiet)")
        }
    }
}
