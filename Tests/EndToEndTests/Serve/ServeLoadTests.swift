import Foundation
import Testing

/// Twenty people previewing charts at once: every answer is a whole, correct
/// chart, and the server still answers `/healthz` while they wait. (The
/// speed of this is measured by scripts/bench-serve, not here.)
@Suite("serve: load")
struct ServeLoadTests {
    @Test func twentyConcurrentClientsAllGetTheirOwnChart() throws {
        let server = try ServerProcess()
        defer { server.stop() }
        let id = try #require(try server.upload(ServeChartAPITests.missions, name: "missions.csv").json["id"] as? String)
        let clients = 20, each = 8
        let failures = LockedBox<[String]>([])
        let group = DispatchGroup()
        for c in 0..<clients {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                for i in 0..<each {
                    let title = "client \(c) chart \(i)"
                    let kind = ["bar", "horizontal-bar", "line"][(c + i) % 3]
                    let json = #"{"upload": "\#(id)", "type": "\#(kind)", "x": "지역", "y": ["실계약"], "title": "\#(title)"}"#
                    do {
                        let r = try HTTPProbe.request(port: server.port, "POST", "/api/chart",
                                                      headers: ["Content-Type": "application/json"], body: Array(json.utf8))
                        if r.status != 200 || !r.text.contains(title) || !r.text.hasSuffix("</svg>\n") {
                            failures.value.append("\(title): \(r)")
                        }
                    } catch {
                        failures.value.append("\(title): \(error)")
                    }
                }
            }
        }
        // While the render threads are busy, the event loop still answers.
        usleep(100_000)
        let health = try server.get("/healthz")
        #expect(health.status == 200)
        #expect(group.wait(timeout: .now() + 120) == .success)
        #expect(failures.value.isEmpty, "\(failures.value.prefix(3))")
        #expect(server.stop() == 0)
    }
}
