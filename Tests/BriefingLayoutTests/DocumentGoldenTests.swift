import Testing
@testable import BriefingLayout

/// The seed briefing's first page as a text dump (ApproximateTextMeasurer):
/// any change to spacing, indents or alignment shows up here line by line.
/// Reviewed by rendering with Pango and looking at the page; update only
/// after looking again.
@Suite("Document layout: golden dump")
struct DocumentGoldenTests {
    @Test("seed briefing, page 1")
    func seedPageOne() throws {
        let doc = try layouter.layout(seedSpec(chartWidth: 300), metadata: DocumentMetadata())
        let expected = """
            title 107.63 83.44 2024 미국 광융합무역촉진단 성과 보고
            date-department 379.58 118.21 2024. 4. 7.(일)
            date-department 478.58 118.21 경제정책과
            officer 332.78 135.61 담당: 주무관 김광주 ☎ 062-410-6000
            summary-label 65.19 185.31 요 약
            summary-mark 111.40 175.50 ▶
            summary 127.41 175.50 목표(150만 달러) 대비 666.7% 달성, 총 1,000만 달러 계약
            summary 127.41 196.50 체결
            kpi-label 93.45 246.90 총 계약
            kpi-value 64.70 267.65 1,000만 달러
            kpi-comparison 64.69 284.53 ▲ 목표 대비 666.7%
            kpi-label 210.44 246.90 목표 초과
            kpi-value 196.49 267.65 850만 달러
            kpi-label 333.41 246.90 전년 대비
            kpi-value 337.09 267.65 +7.1%
            kpi-comparison 326.53 284.53 ▲ +66만 달러
            kpi-label 470.44 246.90 MOU
            kpi-value 469.68 267.65 2건
            bullet-symbol 56.69 329.27 □
            bullet-headline 75.00 329.27 추진 개요
            bullet-symbol 86.69 358.72 ○
            bullet-text 103.19 358.72 기간: 2024. 3. 24.(일) ~ 3. 30.(토)
            bullet-symbol 86.69 387.72 ○
            bullet-text 103.19 387.72 장소: 미국 로스앤젤레스, 샌디에이고
            bullet-symbol 86.69 416.72 ○
            bullet-text 103.19 416.72 참가: 23명 (광융합·AI 기업)
            bullet-symbol 56.69 455.87 □
            bullet-headline 75.00 455.87 주요 성과
            bullet-symbol 86.69 485.32 ○
            bullet-text 103.19 485.32 실계약 325만 달러, 약정계약 675만 달러
            bullet-symbol 116.69 511.32 -
            bullet-text 129.44 511.32 오케이티에이(OKTA) LA 등 MOU 2건 체결
            footnote-mark 129.44 536.06 *
            footnote 140.49 536.06 약정계약: 구매의향서(LOI) 기준 금액
            value-label 202.64 589.00 325
            value-label 302.64 569.00 675
            caption 180.91 749.01 〈그림 1〉 계약 유형별 금액 (단위: 만 달러)
            page-number 285.83 817.17 - 1 -
            """
        let actual = textDump(doc.pages[0])
        for (a, e) in zip(actual.split(separator: "\n"), expected.split(separator: "\n")) where a != e {
            Issue.record("got      \(a)\nexpected \(e)")
        }
        #expect(actual.split(separator: "\n").count == expected.split(separator: "\n").count)
    }
}
