#!/usr/bin/env python3
"""The company sheet (templates/company-sheets) built with ReportLab, once
per company, in one process: the peer of scripts/bench-batch. Each sheet is
one A4 page with a title box, the date line, four KPI tiles, a 개조식 line, a
13-month line chart drawn with reportlab.graphics and a 13-row table with a
total, in the same Nanum fonts `briefing` uses. The figures are read from
the same CSV with Python's csv module and summed in Python.

    python3 benchmarks/batch/reportlab_sheets.py companies.csv 2024-03 OUTDIR
"""
import csv
import os
import sys
from collections import defaultdict

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NANUM = "/usr/share/fonts/truetype/nanum"
FONTS = {"Gothic": ["NanumGothic.ttf"], "GothicBold": ["NanumGothicBold.ttf", "NanumGothic.ttf"],
         "Myeongjo": ["NanumMyeongjo.ttf", "NanumGothic.ttf"], "Square": ["NanumSquareB.ttf", "NanumGothicBold.ttf"]}
for name, files in FONTS.items():
    pdfmetrics.registerFont(TTFont(name, next(os.path.join(NANUM, f) for f in files if os.path.exists(os.path.join(NANUM, f)))))

NAVY, PALE = colors.HexColor("#1F3A5F"), colors.HexColor("#EEF2F7")
title = ParagraphStyle("title", fontName="Square", fontSize=20, leading=26, alignment=1)
meta = ParagraphStyle("meta", fontName="Gothic", fontSize=10, leading=14, alignment=2)
label = ParagraphStyle("tl", fontName="Gothic", fontSize=10, leading=13, alignment=1, textColor=colors.HexColor("#555555"))
value = ParagraphStyle("tv", fontName="Square", fontSize=17, leading=22, alignment=1, textColor=NAVY)
small = ParagraphStyle("tn", fontName="Gothic", fontSize=8, leading=11, alignment=1)
body = ParagraphStyle("l1", fontName="Myeongjo", fontSize=12.5, leading=20, leftIndent=10 * mm, wordWrap="CJK")
cell = ParagraphStyle("cell", fontName="Gothic", fontSize=10, leading=13)
number = ParagraphStyle("num", parent=cell, alignment=2)


def months_back(period, n):
    y, m = map(int, period.split("-"))
    out = []
    for _ in range(n):
        out.append(f"{y}.{m:02d}")
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return list(reversed(out))


def change(a, b):
    return "-" if not b else f"{(a - b) / b * 100:+.1f}%"


def sheet(name, rows, period, path):
    months = months_back(period, 13)
    cur, prev, ly = months[-1], months[-2], months[0]
    c = {m: rows[m] for m in months if m in rows}
    contracts = c.get(cur, (0, 0, 0))[2]
    tiles = [("당월 계약액", f"{contracts:,}만 달러", f"상담액 {c.get(cur, (0, 0, 0))[1]:,}만 달러"),
             ("전월 대비", change(contracts, c.get(prev, (0, 0, 0))[2]), f"전월 {c.get(prev, (0, 0, 0))[2]:,}만"),
             ("전년 동월 대비", change(contracts, c.get(ly, (0, 0, 0))[2]), f"전년 {c.get(ly, (0, 0, 0))[2]:,}만"),
             ("연간 누계", f"{sum(v[2] for m, v in rows.items() if m[:4] == cur[:4] and m <= cur):,}만 달러", "")]
    t = Table([[[Paragraph(a, label), Paragraph(b, value), Paragraph(n, small)] for a, b, n in tiles]], colWidths=[42 * mm] * 4)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LINEABOVE", (0, 0), (-1, 0), 2, NAVY)]))
    d = Drawing(170 * mm, 62 * mm)
    d.add(String(0, 58 * mm, f"{name} 월별 계약액 (최근 13개월)", fontName="Square", fontSize=12))
    lc = HorizontalLineChart()
    lc.x, lc.y, lc.width, lc.height = 15 * mm, 10 * mm, 150 * mm, 42 * mm
    lc.data = [[c.get(m, (0, 0, 0))[2] for m in months]]
    lc.categoryAxis.categoryNames = [f"{m[:4]}. {int(m[5:])}." for m in months]
    lc.categoryAxis.labels.fontName = lc.valueAxis.labels.fontName = "Gothic"
    lc.categoryAxis.labels.fontSize = 7
    lc.lines[0].strokeColor = NAVY
    d.add(lc)
    d.add(String(0, 0, "자료: 광주 북구 (예시 자료)", fontName="Gothic", fontSize=8, fillColor=colors.grey))
    data = [[Paragraph(h, cell) for h in ["월", "상담건수(건)", "상담액(만 달러)", "계약액(만 달러)"]]]
    for m in months:
        if m in c:
            data.append([Paragraph(f"{m[:4]}. {int(m[5:])}.", cell)] + [Paragraph(f"{v:,}", number) for v in c[m]])
    data.append([Paragraph("합계", cell)] + [Paragraph(f"{sum(v[k] for v in c.values()):,}", number) for k in range(3)])
    table = Table(data, colWidths=[40 * mm, 40 * mm, 45 * mm, 45 * mm])
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEABOVE", (0, 0), (-1, 0), 1, NAVY),
                               ("LINEBELOW", (0, -1), (-1, -1), 1, NAVY), ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
    box = Table([[Paragraph(f"{name} 수출 실적 ({cur[:4]}년 {int(cur[5:])}월)", title)]], colWidths=[170 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LINEABOVE", (0, 0), (-1, 0), 2.5, NAVY)]))
    story = [box, Spacer(0, 3 * mm), Paragraph(f"{cur[:4]}년 {int(cur[5:])}월 실적 경제정책과", meta), Spacer(0, 4 * mm), t,
             Spacer(0, 4 * mm), Paragraph(f"□ {name} 실적: 계약 {contracts:,}만 달러", body), d, Spacer(0, 3 * mm), table]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm, bottomMargin=20 * mm,
                            title=f"{name} 수출 실적", author="경제정책과")
    doc.build(story)


def main(source, period, out):
    rows = defaultdict(dict)
    with open(source, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            rows[r["기업명"]][r["월"]] = (int(r["상담건수(건)"]), int(r["상담액(만달러)"]), int(r["계약액(만달러)"]))
    os.makedirs(out, exist_ok=True)
    for i, name in enumerate(rows):
        sheet(name, rows[name], period, os.path.join(out, f"{i:04d}.pdf"))


if __name__ == "__main__":
    main(*sys.argv[1:4])
