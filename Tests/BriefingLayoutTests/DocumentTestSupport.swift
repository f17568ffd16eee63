import Testing
@testable import BriefingLayout

/// A drawable item with its groups' offsets applied, and the tag of the
/// nearest tagged group around it.
struct PlacedItem {
    var item: SceneItem
    var dx: Double
    var dy: Double
    var tag: StructureTag?

    var text: TextRun? {
        guard case .text(var r) = item else { return nil }
        r.origin.x += dx; r.origin.y += dy
        return r
    }

    var rect: Rect? {
        guard case .rect(let m) = item else { return nil }
        return m.rect.offsetBy(dx: dx, dy: dy)
    }
}

func flatten(_ scene: Scene) -> [PlacedItem] {
    var out: [PlacedItem] = []
    func walk(_ items: [SceneItem], dx: Double, dy: Double, tag: StructureTag?) {
        for item in items {
            if case .group(let g) = item {
                walk(g.items, dx: dx + g.offset.x, dy: dy + g.offset.y, tag: g.tag ?? tag)
            } else {
                out.append(PlacedItem(item: item, dx: dx, dy: dy, tag: tag))
            }
        }
    }
    walk(scene.items, dx: 0, dy: 0, tag: nil)
    return out
}

func runs(_ scene: Scene, role: SceneRole? = nil) -> [TextRun] {
    scene.allTextRuns.filter { role == nil || $0.role == role }
}

/// The tag of each top-level group on a page, in drawing order.
func topLevelTags(_ scene: Scene) -> [StructureTag?] {
    scene.items.compactMap { if case .group(let g) = $0 { g.tag } else { nil } }
}

let approx = ApproximateTextMeasurer()
let layouter = DocumentLayout(measurer: approx)

/// A stand-in chart Scene: bars with value labels, as the chart stage would hand over.
func sampleChart(width: Double, height: Double) -> Scene {
    let f = FontSpec(family: "NanumGothic", size: 10)
    let m = approx.measure("325", font: f)
    return Scene(size: Size(width, height), items: [
        .rect(RectMark(Rect(x: 40, y: 40, width: 60, height: height - 60), fill: Color(hex: "#1f3a5f"), role: .bar(series: "실계약", category: "미국", value: 325))),
        .rect(RectMark(Rect(x: 140, y: 20, width: 60, height: height - 40), fill: Color(hex: "#8a94a6"), role: .bar(series: "약정계약", category: "미국", value: 675))),
        .text(TextRun("325", font: f, origin: Point(55, 36), metrics: m, role: .valueLabel(series: "실계약", category: "미국"))),
        .text(TextRun("675", font: f, origin: Point(155, 16), metrics: m, role: .valueLabel(series: "약정계약", category: "미국"))),
    ])
}

/// The seed briefing: 2024 미국 광융합무역촉진단 성과 보고.
func seedSpec(page: PageStyle = .a4Portrait, chartWidth: Double? = nil) -> BriefingSpec {
    let cw = chartWidth ?? layouter.contentWidth(for: page)
    return BriefingSpec(
        page: page,
        header: HeaderBlock(title: "2024 미국 광융합무역촉진단 성과 보고", date: "2024. 4. 7.(일)", department: "경제정책과",
                            officer: "주무관 김광주", contact: "062-410-6000"),
        blocks: [
            .summary(["목표(150만 달러) 대비 666.7% 달성, 총 1,000만 달러 계약 체결"]),
            .kpiTiles([
                KPITile(label: "총 계약", value: "1,000만 달러", comparison: "목표 대비 666.7%", trend: .up),
                KPITile(label: "목표 초과", value: "850만 달러", trend: .up),
                KPITile(label: "전년 대비", value: "+7.1%", comparison: "+66만 달러", trend: .up),
                KPITile(label: "MOU", value: "2건", trend: .neutral),
            ]),
            .bullets([
                Bullet(.headline, "추진 개요"),
                Bullet(.point, "기간: 2024. 3. 24.(일) ~ 3. 30.(토)"),
                Bullet(.point, "장소: 미국 로스앤젤레스, 샌디에이고"),
                Bullet(.point, "참가: 23명 (광융합·AI 기업)"),
                Bullet(.headline, "주요 성과"),
                Bullet(.point, "실계약 325만 달러, 약정계약 675만 달러"),
                Bullet(.detail, "오케이티에이(OKTA) LA 등 MOU 2건 체결"),
            ]),
            .footnote("약정계약: 구매의향서(LOI) 기준 금액"),
            .figure(sampleChart(width: cw, height: 180), caption: "〈그림 1〉 계약 유형별 금액 (단위: 만 달러)", alt: "실계약 325만 달러, 약정계약 675만 달러 막대그래프"),
            .table(TableBlock(unitNote: "(단위: 개국, 개사, 명)",
                              columns: [TableColumn("구분", alignment: .leading), TableColumn("규모", alignment: .decimal)],
                              rows: [TableRow(["참가국", "65개국"]), TableRow(["참가기업", "598개사"]), TableRow(["방문객", "1만 4,500명"])])),
            .note("OFC 2024: 2024. 3. 26.~3. 28. 샌디에이고 컨벤션센터 개최"),
            .source("자료: 광주 북구 경제정책과"),
        ])
}

/// `count` data rows, then a subtotal and a total.
func longTable(_ count: Int) -> TableBlock {
    var rows = (1...count).map { i in
        TableRow(["행 \(i)", "품목 \(i) 광융합 부품 수출 상담", "\(i * 7 % 1000).\(i % 10)", i % 13 == 0 ? "-" : "\(i * 31 % 997)"])
    }
    rows.append(TableRow(["소계", "", "1,234.5", "999"], style: .subtotal))
    rows.append(TableRow(["합계", "", "12,345.6", "9,999"], style: .total))
    return TableBlock(unitNote: "(단위: 만 달러, 건)",
                      columns: [TableColumn("번호", alignment: .center), TableColumn("내용"),
                                TableColumn("금액", alignment: .decimal), TableColumn("건수", alignment: .decimal)],
                      rows: rows, zebra: true)
}

func longSpec() -> BriefingSpec {
    BriefingSpec(header: HeaderBlock(title: "수출 상담 실적 전체 목록", date: "2024. 4. 7.(일)", department: "경제정책과"),
                 blocks: [.bullets([Bullet(.headline, "상담 실적"), Bullet(.point, "전체 상담 200건 목록")]),
                          .table(longTable(200)),
                          .bullets([Bullet(.headline, "향후 계획"), Bullet(.point, "후속 상담 지원")])],
                 attachments: [[.heading("참가 기업 현황", level: 1), .bullets([Bullet(.point, "피피아이, 엠피닉스, 피라포토닉스, 오토마린")])]])
}
