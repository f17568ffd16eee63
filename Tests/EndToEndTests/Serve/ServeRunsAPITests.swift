import Foundation
import Testing

/// The 월간 실행 page's API: the period folders, their files, a re-run; and no path out of --out.
@Suite("serve: monthly runs")
struct ServeRunsAPITests {
    @Test func aPeriodIsRunAgainAndListedWithItsManifestAndLog() throws {
        let folder = try ScratchFolder("serve-runs")
        defer { folder.remove() }
        let server = try ServerProcess(["--out", folder.path])
        defer { server.stop() }
        #expect((try server.get("/api/runs").json["runs"] as? [Any])?.isEmpty == true)
        let run = try server.postJSON("/api/runs/2024-03", #"{"template": "monthly"}"#)
        #expect(run.status == 200, "\(run)")
        #expect(run.json["status"] as? String == "ok" && run.json["period"] as? String == "2024-03")
        let files = run.json["files"] as? [[String: Any]] ?? []
        let pdf = try #require(files.first { $0["path"] as? String == "monthly.pdf" })
        #expect((pdf["sha256"] as? String)?.count == 64 && (pdf["size"] as? Int ?? 0) > 10_000)
        #expect((run.json["log"] as? String)?.contains("render") == true)
        let listed = try #require((try server.get("/api/runs").json["runs"] as? [[String: Any]])?.first)
        #expect(listed["template"] as? String == "monthly")
        let download = try server.get("/api/runs/2024-03/monthly.pdf")
        #expect(download.status == 200 && download.body.count == pdf["size"] as? Int && download.header("Content-Type") == "application/pdf")
        #expect(try server.postJSON("/api/runs/2024-03", #"{"template": "nothing"}"#).status == 404)
        #expect(try server.postJSON("/api/runs/2024-3", #"{"template": "monthly"}"#).status == 404)
    }

    @Test(arguments: [
        "/api/runs/2024-03/..%2F..%2Fetc%2Fpasswd", "/api/runs/2024-03/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/api/runs/2024-03/../../etc/passwd",
        "/api/runs/..%2F..%2Fetc/passwd", "/api/runs/2024-03/%2Fetc%2Fpasswd", "/api/runs/2024-03//etc/passwd",
        "/api/runs/2024-03/out-link/passwd", "/api/runs/2024-03/.hidden", "/api/runs/2024-03/nothing.pdf", "/api/runs/2024-03/%00",
        "/api/templates/..%2F..%2Fetc", "/%2e%2e/%2e%2e/etc/passwd", "/assets/..%2F..%2FPackage.swift",
    ])
    func noPathReachesOutsideTheFolders(path: String) throws {
        let folder = try ScratchFolder("serve-traversal")
        defer { folder.remove() }
        let period = folder.sub("2024-03")
        try FileManager.default.createDirectory(atPath: period, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: period + "/out-link", withDestinationPath: "/etc")
        try Data("secret".utf8).write(to: URL(fileURLWithPath: period + "/.hidden"))
        let server = try ServerProcess(["--out", folder.path])
        defer { server.stop() }
        let r = try server.get(path)
        #expect(r.status == 404, "\(path): \(r)")
        #expect(!r.text.contains("root:"))
    }
}
