#!/usr/bin/env python3
"""The sample briefing (2024 US trade mission) built with ReportLab, as a peer
for scripts/bench-briefing: 2 A4 pages with a title box, 4 KPI tiles,
개조식 bullets, a bar chart drawn with reportlab.graphics and a small table,
in the same Nanum fonts `briefing` uses. Figures are typed in (ReportLab does
not read the CP949 CSVs); that only makes the peer's job lighter.

    python3 benchmarks/briefing/reportlab_briefing.py OUT.pdf
"""
import os
import sys

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

NANUM = "/usr/share/fonts/truetype/nanum"
FONTS = {
    "Gothic": ["NanumGothic.ttf"],
    "GothicBold": ["NanumGothicBold.ttf", "NanumGothic.ttf"],
    "Myeongjo": ["NanumMyeongjo.ttf", "NanumGothic.ttf"],
    "Square": ["NanumSquareB.ttf", "NanumGothicBold.ttf", "NanumGothic.ttf"],
}
for name, files in FONTS.items():
    path = next(os.path.join(NANUM, f) for f in files if os.path.exists(os.path.join(NANUM, f)))
    pdfmetrics.registerFont(TTFont(name, path))

NAVY = colors.HexColor("#1F3A5F")
PALE = colors.HexColor("#EEF2F7")
RED = colors.HexColor("#B3261E")

title = ParagraphStyle("title", fontName="Square", fontSize=20, leading=26, alignment=1, textColor=colors.black)
meta = ParagraphStyle("meta", fontName="Gothic", fontSize=10, leading=14, alignment=2)
summary = ParagraphStyle("summary", fontName="GothicBold", fontSize=12, leading=17)
tile_label = ParagraphStyle("tl", fontName="Gothic", fontSize=10, leading=13, alignment=1, textColor=colors.HexColor("#555555"))
tile_value = ParagraphStyle("tv", fontName="Square", fontSize=17, leading=22, alignment=1, textColor=NAVY)
tile_note = ParagraphStyle("tn", fontName="Gothic", fontSize=8, leading=11, alignment=1, textColor=RED)
h2 = ParagraphStyle("h2", fontName="Square", fontSize=14, leading=20, spaceBefore=10, spaceAfter=4)
l1 = ParagraphStyle("l1", fontName="Myeongjo", fontSize=12.5, leading=20, leftIndent=10 * mm, firstLineIndent=0, wordWrap="CJK")
l2 = ParagraphStyle("l2", fontName="Myeongjo", fontSize=11.5, leading=18, leftIndent=16 * mm, wordWrap="CJK")
note = ParagraphStyle("note", fontName="Gothic", fontSize=10, leading=14, textColor=colors.HexColor("#555555"))
cell = ParagraphStyle("cell", fontName="Gothic", fontSize=10.5, leading=14)


def tiles():
    data = [
        ("총 계약", "1,000만 달러", "▲ 목표 대비 666.7%"),
        ("목표 초과", "850만 달러", "▲ 목표 150만 달러"),
        ("전년 대비", "+7.1%", "▲ +66만 달러 (2023년 934만 달러)"),
        ("MOU 체결", "2건", ""),
    ]
    row = [[Paragraph(l, tile_label), Paragraph(v, tile_value), Paragraph(n, tile_note)] for l, v, n in data]
    t = Table([row], colWidths=[42 * mm] * 4)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), PALE),
        ("LINEABOVE", (0, 0), (-1, 0), 2, NAVY),
        ("BOX", (0, 0), (0, 0), 0.5, colors.grey), ("BOX", (1, 0), (1, 0), 0.5, colors.grey),
        ("BOX", (2, 0), (2, 0), 0.5, colors.grey), ("BOX", (3, 0), (3, 0), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def chart():
    d = Drawing(170 * mm, 70 * mm)
    d.add(String(0, 66 * mm, "목표 150만 달러, 계약 1,000만 달러", fontName="Square", fontSize=13))
    d.add(String(0, 61 * mm, "2024 미국 광융합무역촉진단 수출 계약", fontName="Gothic", fontSize=9, fillColor=colors.grey))
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 15 * mm, 10 * mm, 150 * mm, 45 * mm
    bc.data = [[150, 325, 675, 1000]]
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 1000, 500
    bc.valueAxis.labels.fontName = "Gothic"
    bc.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}만"
    bc.categoryAxis.categoryNames = ["목표", "실계약", "약정계약", "합계"]
    bc.categoryAxis.labels.fontName = "Gothic"
    bc.bars[0].fillColor = NAVY
    bc.barLabelFormat = lambda v: f"{v:,.0f}만"
    bc.barLabels.fontName = "GothicBold"
    bc.barLabels.nudge = 6
    d.add(bc)
    d.add(String(0, 0, "자료: 광주 북구", fontName="Gothic", fontSize=8, fillColor=colors.grey))
    return d


def story():
    box = Table([[Paragraph("2024 미국 광융합무역촉진단 성과 보고", title)]], colWidths=[170 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LINEABOVE", (0, 0), (-1, 0), 2.5, NAVY),
                             ("LINEBELOW", (0, 0), (-1, 0), 1, NAVY), ("TOPPADDING", (0, 0), (-1, -1), 8),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    s = [box, Spacer(0, 3 * mm), Paragraph("2024. 4. 7.(일) 경제정책과", meta), Spacer(0, 4 * mm)]
    sm = Table([[Paragraph("요 약", ParagraphStyle("k", parent=summary, textColor=colors.white)),
                 Paragraph("▶ 목표(150만 달러) 대비 666.7% 달성, 총 1,000만 달러 계약 체결", summary)]],
               colWidths=[18 * mm, 152 * mm])
    sm.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), NAVY), ("BOX", (0, 0), (-1, -1), 1, NAVY),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s += [sm, Spacer(0, 5 * mm), tiles(), Spacer(0, 4 * mm)]
    s.append(Paragraph("□ 추진 개요", h2))
    for t in ["○ 기간: 2024. 3. 24.(일) ~ 3. 30.(토)", "○ 장소: 미국 로스앤젤레스, 샌디에이고",
              "○ 참가: 23명 (지역 광융합·AI 기업 등)"]:
        s.append(Paragraph(t, l1))
    s.append(Paragraph("□ 주요 성과", h2))
    s.append(Paragraph("○ 수출 계약 1,000만 달러: 실계약 325만 달러, 약정계약 675만 달러", l1))
    s.append(Paragraph("- 목표(150만 달러) 대비 666.7% 달성, 850만 달러 초과", l2))
    s.append(Paragraph("- 2023년 동남아 촉진단(934만 달러) 대비 +66만 달러(+7.1%)", l2))
    s.append(Paragraph("○ 업무협약(MOU) 2건 체결", l1))
    s.append(Paragraph("- 오케이티에이(OKTA) LA 지회 등", l2))
    s += [PageBreak(), chart(), Spacer(0, 6 * mm), Paragraph("□ OFC 2024 전시회 참가", h2),
          Paragraph("○ OFC 2024 개요 (2024. 3. 26.(화) ~ 3. 28.(목))", l1), Spacer(0, 2 * mm)]
    table = Table([[Paragraph("구분", cell), Paragraph("규모", cell)],
                   [Paragraph("참가국", cell), Paragraph("65개국", cell)],
                   [Paragraph("참가기업", cell), Paragraph("598개사", cell)],
                   [Paragraph("방문객", cell), Paragraph("1만 4,500명", cell)]], colWidths=[85 * mm, 85 * mm])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEABOVE", (0, 0), (-1, 0), 1, NAVY),
                               ("LINEBELOW", (0, -1), (-1, -1), 1, NAVY), ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
    s += [table, Spacer(0, 3 * mm),
          Paragraph("○ 지역 기업 4개사 참가: 피피아이(코스닥 상장), 엠피닉스, 피라포토닉스, 오토마린", l1),
          Paragraph("※ 실계약은 계약서 체결액, 약정계약은 구매의향서 등 약정액", l2),
          Paragraph("자료: 광주 북구 보도자료(2024. 4. 7.)", note)]
    return s


def page_number(canvas, doc):
    canvas.setFont("Gothic", 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"- {doc.page} -")


def main(out):
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title="2024 미국 광융합무역촉진단 성과 보고", author="경제정책과")
    doc.build(story(), onFirstPage=page_number, onLaterPages=page_number)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "reportlab-briefing.pdf")
