"""The peer for scripts/bench-chart: the same press bar chart as
`briefing chart exports.csv --type bar --x 지역 --y 수출계약액 --title … --source …
--size 1200x675`, drawn with matplotlib in NanumGothic (the same font file),
1200×675 px at 100 dpi, title, unit line, value labels on the bars and the
source line.

    python3 matplotlib_bar.py CSV OUT [--loop N]

Without --loop: read, draw, save once (whole-process timing is done outside).
With --loop N: import once, then draw and save N times into memory and print
the median milliseconds a chart (excluding import and font set-up) on stdout.
"""
import csv
import io
import os
import sys
import time

import matplotlib

matplotlib.use("Agg")
from matplotlib import font_manager  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype/nanum/"
for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
    font_manager.fontManager.addfont(FONT_DIR + name)
# NanumGothicBold.ttf declares weight 600 (not 700): ask for 600 so matplotlib
# picks it without a "Failed to find font weight bold" warning.
matplotlib.rcParams["font.family"] = "NanumGothic"
matplotlib.rcParams["axes.unicode_minus"] = False
# PDF fonts: matplotlib's default Type 3 unless MPL_PDF_FONTTYPE=42 asks for
# embedded TrueType as briefing (cairo) writes; Type 42 subsetting through
# fontTools costs matplotlib ~9× more a chart, so the default keeps the
# comparison in matplotlib's favour. SVG: text stays <text>, as in ours (and
# faster for matplotlib than glyph outlines).
matplotlib.rcParams["pdf.fonttype"] = int(os.environ.get("MPL_PDF_FONTTYPE", "3"))
matplotlib.rcParams["svg.fonttype"] = "none"

TITLE = "지역별 수출계약액"
SOURCE = "자료: 광주 북구"
UNIT = "(단위: 만 달러)"


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    return [r[0] for r in body], [float(r[1].replace(",", "")) for r in body], header


def draw(categories, values, out):
    fig = plt.figure(figsize=(12, 6.75), dpi=100)
    ax = fig.add_axes((0.07, 0.14, 0.9, 0.66))
    bars = ax.bar(categories, values, color="#1d4e89", width=0.6)
    for bar, v in zip(bars, values):
        ax.annotate(f"{v:,.0f}만", (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                    xytext=(0, 4), textcoords="offset points", ha="center", va="bottom",
                    fontsize=12, fontweight=600, color="#222222")
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.yaxis.grid(True, color="#d0d0d0", linestyle="--")
    ax.set_axisbelow(True)
    ax.tick_params(axis="y", length=0, labelsize=11, labelcolor="#666666")
    ax.tick_params(axis="x", labelsize=12)
    ax.yaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:,.0f}만"))
    fig.text(0.07, 0.93, TITLE, fontsize=22, fontweight=600, color="#222222", va="baseline")
    fig.text(0.07, 0.87, UNIT, fontsize=12, color="#666666", va="baseline")
    fig.text(0.07, 0.03, SOURCE, fontsize=11, color="#666666", va="baseline")
    fmt = out.rsplit(".", 1)[-1] if isinstance(out, str) else None
    if isinstance(out, str):
        fig.savefig(out, dpi=100)
    else:
        fig.savefig(out[0], format=out[1], dpi=100)
    plt.close(fig)
    return fmt


def main():
    args = sys.argv[1:]
    loop = None
    if "--loop" in args:
        i = args.index("--loop")
        loop = int(args[i + 1])
        del args[i:i + 2]
    path, out = args
    categories, values, _ = read(path)
    if loop is None:
        draw(categories, values, out)
        return
    fmt = out.rsplit(".", 1)[-1]
    draw(categories, values, (io.BytesIO(), fmt))  # warm-up: font cache, first-use imports
    samples = []
    for _ in range(loop):
        start = time.perf_counter()
        draw(categories, values, (io.BytesIO(), fmt))
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    print(f"{samples[len(samples) // 2]:.3f}")


if __name__ == "__main__":
    main()
