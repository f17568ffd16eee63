import BriefingCore
import BriefingCairo
import BriefingLayout

/// Small Scenes built by hand: what a chart or a briefing page puts in
/// front of the renderer, with the Korean text and symbols that matter.
enum Fixtures {
    static let gothic = FontSpec(family: "NanumGothic", size: 14)
    static let title = FontSpec(family: "NanumGothic", weight: .bold, size: 24)
    static let myeongjo = FontSpec(family: "NanumMyeongjo", size: 12)

    /// A run measured with its own measurer: tests run in parallel, and a
    /// Pango measurer belongs to one thread.
    static func run(_ text: String, _ font: FontSpec, x: Double, y: Double, color: Color = .black, role: SceneRole,
                    measurer: PangoTextMeasurer = PangoTextMeasurer(library: TestFonts.library)) -> TextRun {
        TextRun(text, font: font, color: color, origin: Point(x, y), metrics: measurer.measure(text, font: font), role: role)
    }

    /// A 480×270 bar chart: Korean title, three bars, a value label
    /// "1,000만 달러", a dashed grid line, an arc marker and a note with △ ※ ㈜ −.
    static func chart(background: Color? = .white) -> Scene {
        let blue = Color(hex: "#1d4e89")!
        let m = PangoTextMeasurer(library: TestFonts.library)
        func run(_ t: String, _ f: FontSpec, x: Double, y: Double, role: SceneRole) -> TextRun { Fixtures.run(t, f, x: x, y: y, role: role, measurer: m) }
        return Scene(size: Size(480, 270), background: background, items: [
            .text(run("수출 계약 실적", title, x: 20, y: 40, role: .title)),
            .path(.line(from: Point(40, 120), to: Point(460, 120), stroke: Stroke(Color(hex: "#cccccc")!, width: 1, dash: [4, 2]), role: .gridline(.y))),
            .rect(RectMark(Rect(x: 60, y: 150, width: 60, height: 80), fill: blue, role: .bar(series: "실계약", category: "1월", value: 325))),
            .rect(RectMark(Rect(x: 160, y: 100, width: 60, height: 130), fill: blue, cornerRadius: 4, role: .bar(series: "실계약", category: "2월", value: 1000))),
            .rect(RectMark(Rect(x: 260, y: 130, width: 60, height: 100), fill: nil, stroke: Stroke(blue, width: 2), role: .bar(series: "실계약", category: "3월", value: 610))),
            .text(run("1,000만 달러", gothic, x: 150, y: 92, role: .valueLabel(series: "실계약", category: "2월"))),
            .path(PathMark([.arc(center: Point(400, 150), radius: 8, start: 0, end: 2 * .pi), .close],
                           fill: .white, stroke: Stroke(Color(hex: "#e07b39")!, width: 2), role: .marker)),
            .group(Group(offset: Point(20, 250), clip: Rect(x: 0, y: -15, width: 440, height: 20), items: [
                .text(run("△7.1% ※ 자료: ㈜광주 · 북구 ’24 −5%", gothic, x: 0, y: 0, role: .note)),
            ])),
        ])
    }

    /// A two-page briefing with headings, a paragraph, a figure and an outline.
    static func document(creationDate: String? = "2024-04-07T09:00:00+09:00") -> Document {
        let h1 = FontSpec(family: "NanumSquare", weight: .bold, size: 20)
        let m = PangoTextMeasurer(library: TestFonts.library)
        func run(_ t: String, _ f: FontSpec, x: Double, y: Double, role: SceneRole) -> TextRun { Fixtures.run(t, f, x: x, y: y, role: role, measurer: m) }
        let page1 = Scene(size: .a4Portrait, items: [
            .group(Group(tag: .heading(level: 1), items: [.text(run("북구 수출 동향 보고", h1, x: 56, y: 80, role: .heading))])),
            .group(Group(tag: .paragraph, items: [.text(run("□ 9월 수출 계약 1,000만 달러 달성 (전년 대비 △7.1%)", myeongjo, x: 56, y: 120, role: .bulletText))])),
            .group(Group(offset: Point(56, 150), tag: .figure(alt: "월별 수출 막대그래프"), items: chart().items)),
        ])
        let page2 = Scene(size: .a4Portrait, items: [
            .group(Group(tag: .heading(level: 2), items: [.text(run("향후 계획", h1.sized(16), x: 56, y: 80, role: .heading))])),
            .group(Group(tag: .paragraph, items: [.text(run("○ ㈜광주수출지원센터와 협력 ※ 예산 확보 시", myeongjo, x: 56, y: 110, role: .bulletText))])),
        ])
        return Document(pages: [page1, page2],
                        metadata: DocumentMetadata(title: "북구 수출 동향 보고", author: "광주광역시 북구 경제진흥과",
                                                   subject: "수출 계약 실적", keywords: "수출, 중소기업",
                                                   creator: "briefing", creationDate: creationDate, language: "ko-KR"),
                        outline: [OutlineEntry(title: "북구 수출 동향 보고", level: 1, page: 0, y: 60),
                                  OutlineEntry(title: "향후 계획", level: 2, page: 1, y: 60)])
    }
}
