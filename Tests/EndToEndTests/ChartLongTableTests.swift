import Foundation
import Testing

/// `briefing chart` on a long table as KOSIS exports it (Tests/Fixtures/long/air.csv:
/// CP949, one row a region, month and direction): series from a column, months summed by year.
@Suite("briefing chart: long tables")
struct ChartLongTableTests {
    static let air = CLI.repoRoot.appendingPathComponent("Tests/Fixtures/long/air.csv").path

    @Test("every kind with several series draws every series named, the partial year marked", arguments: [
        ("stacked-bar", ["부산광역시", "제주특별자치도", "기타", "2019년", "2023년*", "* 2023년: 1–8월", "기타: 나머지 15개 합계"]),
        ("grouped-bar", ["부산광역시", "제주특별자치도", "기타", "2023년*"]),
        ("line", ["부산광역시", "제주특별자치도", "2023년*", "상위 2개만 표시(나머지 15개 제외)"]),
    ])
    func kinds(kind: String, expected: [String]) throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let r = try cli.run(["chart", Self.air, "--type", kind, "--x", "시점", "--y", "여객", "--series", "시도별",
                                 "--by", "year", "--top", "2", "--where", "도착출발별 = 출발", "--title", "여객", "-o", "c.svg"], in: tmp)
            #expect(r.status == 0, "\(r)")
            let t = try ChartScaleTests().texts(tmp.appendingPathComponent("c.svg"))
            for e in expected { #expect(t.contains { $0.contains(e) }, "\(e) not in \(t)") }
        }
    }

    @Test("two rows for one point are refused, naming the lines and the column that tells them apart")
    func duplicates() throws {
        let r = try CLI.locate().run(["chart", Self.air, "--type", "line", "--x", "시점", "--y", "여객", "--series", "시도별",
                                      "-o", "/tmp/never.png"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("lines 2 and 3 are both 2019-01 / 서울특별시"), "\(r)")
        #expect(r.stderr.contains("\"도착출발별(1) = 도착\""), "\(r)")
    }

    @Test("a missing cell leaves its year out and says so, never a smaller sum")
    func missingCell() throws {
        let cli = try CLI.locate()
        try withTemporaryFolder { tmp in
            let r = try cli.run(["chart", Self.air, "--type", "bar", "--x", "시점", "--y", "여객", "--by", "year",
                                 "--where", "시도별 = 세종특별자치시 and 도착출발별 = 도착", "-o", "c.svg"], in: tmp)
            #expect(r.status == 0, "\(r)")
            let t = try ChartScaleTests().texts(tmp.appendingPathComponent("c.svg"))
            #expect(t.contains { $0.contains("2020년") && $0.contains("결측") }, "\(t)")
        }
    }
}
