import Foundation
@testable import BriefingLayout
import Testing

/// Golden scenes: a Scene in the `--scene` format (docs/scene-format.md), one
/// item a line, kept in Tests/Golden — the same format the tool publishes, so
/// there is one dump, not two. Any change to a position, font, colour or role
/// shows up as a changed line. To accept a reviewed change, run the suite with
/// `BRIEFING_UPDATE_GOLDEN=1` and read the diff in git before committing it.
enum SceneGolden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Golden")

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name + ".scene.json") }

    static func read(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }
}

/// `scene` is byte for byte the golden file `name`; each differing line is its own issue.
func expectMatchesGolden(_ scene: Scene, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let actual = scene.json
    if ProcessInfo.processInfo.environment["BRIEFING_UPDATE_GOLDEN"] == "1" {
        try actual.write(to: SceneGolden.url(name), atomically: true, encoding: .utf8)
        return
    }
    let expected = try SceneGolden.read(name)
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for (k, (x, y)) in zip(a, e).enumerated() where x != y {
        Issue.record("\(name) line \(k + 1)\ngot      \(x)\nexpected \(y)", sourceLocation: sourceLocation)
    }
    #expect(a.count == e.count, "\(name): \(a.count) lines, golden has \(e.count)", sourceLocation: sourceLocation)
}
