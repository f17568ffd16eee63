import BriefingCore
@testable import BriefingLayout
import Testing

/// The `--scene` format (docs/scene-format.md): exact bytes for a small scene,
/// every item kind and role read back, and each kind of error at its place.
@Suite("Scene JSON, version 1")
struct SceneJSONTests {
    static let font = FontSpec(family: "NanumGothic", weight: .bold, size: 12)

    /// A bar, its label and a gridline in a clipped figure group.
    static let small = Scene(size: Size(200, 100), items: [
        .group(Group(offset: Point(10, 20.004), clip: Rect(x: 0, y: 0, width: 180, height: 70), tag: .figure(alt: "막대 \"1월\""),
                     items: [
            .rect(RectMark(Rect(x: 40, y: 10.126, width: 30, height: 50), fill: Color(hex: "#1d4e89"), cornerRadius: 2,
                           role: .bar(series: "실계약", category: "1월", value: ExactDecimal("325.50")!))),
            .path(.line(from: Point(0, 60), to: Point(180, 60), stroke: Stroke(Color(hex: "#e3e3e3")!, dash: [3, 1.5]),
                        role: .gridline(.y))),
        ])),
        .text(TextRun("325.5", font: font, color: Color(red: 0, green: 0, blue: 0, alpha: 0.5), origin: Point(50, 28),
                      metrics: TextMetrics(width: 33.333, ascent: 10, descent: 2.5),
                      role: .valueLabel(series: "실계약", category: "1월"))),
    ])

    @Test func smallSceneBytes() {
        #expect(Self.small.json == """
            {
              "version": 1,
              "size": [200, 100],
              "background": "#ffffff",
              "items": [
                {"kind": "group", "offset": [10, 20], "clip": [0, 0, 180, 70], \
            "tag": {"kind": "figure", "alt": "막대 \\"1월\\""}, "items": [
                  {"kind": "rect", "box": [40, 10.13, 30, 50], "fill": "#1d4e89", "radius": 2, \
            "role": {"kind": "bar", "series": "실계약", "category": "1월", "value": "325.50"}},
                  {"kind": "path", "elements": [["move", 0, 60], ["line", 180, 60]], \
            "stroke": {"color": "#e3e3e3", "width": 1, "dash": [3, 1.5]}, "role": {"kind": "gridline", "axis": "y"}}
                ]},
                {"kind": "text", "text": "325.5", "box": [50, 18, 33.33, 12.5], "baseline": 28, \
            "font": {"family": "NanumGothic", "size": 12, "weight": 700}, "color": "#00000080", \
            "role": {"kind": "value-label", "series": "실계약", "category": "1월"}}
              ]
            }

            """)
    }

    @Test func decodeThenEncodeIsByteIdentical() throws {
        let text = Self.small.json
        let decoded = try SceneJSONDecoder().decode(text)
        #expect(decoded.json == text)
        // Rounding aside, the same scene: roles, colours and fonts exactly.
        #expect(decoded.allTextRuns.map(\.role) == Self.small.allTextRuns.map(\.role))
        #expect(decoded.allTextRuns[0].color.json == "\"#00000080\"")
        #expect(decoded.allTextRuns[0].font == Self.font)
    }

    /// Every role the layout can set, with payloads, survives the trip.
    static let allRoles: [SceneRole] = SceneRole.plainRoles
        + SceneRole.Axis.allCases.flatMap { [.tick($0), .gridline($0)] }
        + SceneRole.TablePart.allCases.map { .table($0) }
        + [.bar(series: "실계약", category: "1월", value: 325), .bar(series: nil, category: "합계", value: ExactDecimal("-0.5")!),
           .line(series: "전년 계약액"), .slice(category: "미국", value: 934),
           .valueLabel(series: "약정", category: "2월"), .valueLabel(series: nil, category: "2월"),
           .missingLabel(series: "약정", category: "3월"), .missingLabel(series: nil, category: "3월"), .kpiTile(label: "총 계약")]

    @Test func everyRoleRoundTrips() throws {
        let marks = Self.allRoles.map { SceneItem.rect(RectMark(Rect(x: 0, y: 0, width: 1, height: 1), role: $0)) }
        let decoded = try SceneJSONDecoder().decode(Scene(size: Size(1, 1), items: marks).json)
        let roles = decoded.items.map { item -> SceneRole? in if case .rect(let r) = item { r.role } else { nil } }
        #expect(roles == Self.allRoles)
        #expect(Set(Self.allRoles.map(\.json)).count == Self.allRoles.count, "each role is written differently")
    }

    @Test func everyPathElementAndTagRoundTrips() throws {
        let scene = Scene(size: Size(10, 10), background: nil, items: [
            .path(PathMark([.move(Point(1, 2)), .line(Point(3, 4)), .curve(Point(1, 1), Point(2, 2), Point(3, 3)),
                            .arc(center: Point(5, 5), radius: 2, start: -Double.pi / 2, end: Double.pi),
                            .arcNegative(center: Point(5, 5), radius: 1, start: Double.pi, end: 0), .close],
                           fill: .white, stroke: Stroke(.black, width: 0.75))),
            .group(Group(tag: .heading(level: 2), items: [])), .group(Group(tag: .paragraph, items: [])),
            .group(Group(tag: .table, items: [])), .group(Group(tag: .list, items: [])),
        ])
        let text = scene.json
        #expect(text.contains(#"["arc", 5, 5, 2, -90, 180], ["arc-negative", 5, 5, 1, 180, 0], ["close"]"#))
        #expect(!text.contains("background"))
        let decoded = try SceneJSONDecoder().decode(text)
        #expect(decoded.json == text)
        #expect(decoded.background == nil)
    }

    @Test(arguments: [
        (0, "0"), (-0.001, "0"), (12, "12"), (12.5, "12.5"), (12.345, "12.35"), (-0.25, "-0.25"), (595.2756, "595.28"),
        (0.05, "0.05"), (1e20, "null"), (Double.nan, "null"),
    ] as [(Double, String)])
    func numbers(_ value: Double, _ written: String) {
        #expect(JSONText.number(value) == written)
    }

    static let good = #"{"version": 1, "size": [10, 10], "items": [{"kind": "rect", "box": [0, 0, 1, 1]}, "#
        + #"{"kind": "group", "offset": [0, 0], "items": [{"kind": "text", "text": "a", "box": [0, 0, 1, 1], "#
        + ##""baseline": 1, "font": {"family": "NanumGothic", "size": 9, "weight": 400}, "color": "#000000"}]}]}"##

    @Test(arguments: [
        (#"{"version": 2, "size": [1, 1], "items": []}"#, SceneJSONError.unsupportedVersion(2)),
        (#"{"size": [1, 1], "items": []}"#, .missingKey(path: "version")),
        (#"{"version": 1, "size": [1], "items": []}"#, .badValue(path: "size", found: "an array of 1", expected: "[width, height]")),
        (good.replacingOccurrences(of: #"{"kind": "rect", "box": [0, 0, 1, 1]}"#, with: #"{"kind": "rect"}"#),
         .missingKey(path: "items[0].box")),
        (good.replacingOccurrences(of: #""baseline": 1, "#, with: ""), .missingKey(path: "items[1].items[0].baseline")),
        (good.replacingOccurrences(of: ##""color": "#000000""##, with: ##""color": "#12""##),
         .badValue(path: "items[1].items[0].color", found: ##""#12""##, expected: ##"a colour "#rrggbb" or "#rrggbbaa""##)),
        (good.replacingOccurrences(of: #""weight": 400"#, with: #""weight": 450"#),
         .badValue(path: "items[1].items[0].font.weight", found: "450", expected: "300, 400, 700, 800 or 900")),
        (good.replacingOccurrences(of: #""kind": "rect""#, with: #""kind": "circle""#),
         .badValue(path: "items[0].kind", found: #""circle""#, expected: #""text", "rect", "path" or "group""#)),
        (good.replacingOccurrences(of: "[0, 0, 1, 1]}", with: #"[0, 0, 1, 1], "role": {"kind": "tick", "axis": "z"}}"#),
         .badValue(path: "items[0].role.axis", found: #""z""#, expected: #""x", "y" or "y2""#)),
        (good.replacingOccurrences(of: "[0, 0, 1, 1]}", with: #"[0, 0, 1, 1], "role": {"kind": "bar", "category": "1월"}}"#),
         .missingKey(path: "items[0].role.value")),
        ("{\"version\": 1,\n  \"size\": [1, 2,]}", .syntax(line: 2, column: 17, expected: "a value")),  // at the "]"
        ("{\"version\": 1 \"size\"", .syntax(line: 1, column: 15, expected: "',' or '}'")),
    ] as [(String, SceneJSONError)])
    func malformedFilesNameThePlace(_ text: String, _ error: SceneJSONError) throws {
        #expect(throws: error) { try SceneJSONDecoder().decode(text) }
    }

    @Test func goodFileOfTheErrorTableDecodes() throws {
        let scene = try SceneJSONDecoder().decode(Self.good)
        #expect(scene.allTextRuns.map(\.text) == ["a"])
        #expect(scene.background == nil)
    }

    @Test func errorsReadAsPathThenProblem() {
        #expect(SceneJSONError.missingKey(path: "items[3].box").description == "items[3].box: missing")
        #expect(SceneJSONError.unsupportedVersion(2).description
                == "version: scene format version 2 is not supported; this briefing reads version 1")
        #expect(SceneJSONError.syntax(line: 2, column: 16, expected: "a value").description == "line 2, column 16: expected a value")
        #expect(SceneJSONError.badValue(path: "items[0].color", found: ##""#12""##, expected: "a colour").description
                == ##"items[0].color: found "#12", expected a colour"##)
    }
}
