"""The peer for scripts/bench-serve: what an office would otherwise build to
serve chart previews — a Python HTTP server (the standard library's
ThreadingHTTPServer) that draws the same bar chart with matplotlib in
NanumGothic and answers POST /api/chart with its SVG (or PNG). It reads the
CSV once at start (CP949, as the sample is) and takes the same JSON as
`briefing serve` (upload, x, y, title, source, format), ignoring the rest.

    python3 matplotlib_server.py CSV PORT
"""
import csv
import io
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import matplotlib

matplotlib.use("Agg")
from matplotlib import font_manager  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype/nanum/"
for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
    font_manager.fontManager.addfont(FONT_DIR + name)
matplotlib.rcParams["font.family"] = "NanumGothic"
matplotlib.rcParams["axes.unicode_minus"] = False
matplotlib.rcParams["svg.fonttype"] = "none"

with open(sys.argv[1], encoding="cp949", newline="") as f:
    ROWS = list(csv.DictReader(f))
# matplotlib's pyplot state is not thread-safe; a Figure made per request is, but
# drawing still holds the GIL, so requests are drawn one at a time in effect.
LOCK = threading.Lock()


def number(text):
    return float(text.replace(",", "")) if text and text.strip() not in ("", "-") else None


def header_for(name):
    for h in ROWS[0].keys():
        if h == name or h.startswith(name + "("):
            return h
    raise KeyError(name)


def chart(ask):
    x, y = header_for(ask["x"]), header_for(ask["y"][0])
    labels = [r[x] for r in ROWS if number(r[y]) is not None]
    values = [number(r[y]) for r in ROWS if number(r[y]) is not None]
    fig = Figure(figsize=(12, 6.75), dpi=100)
    ax = fig.add_axes([0.06, 0.14, 0.9, 0.66])
    bars = ax.bar(labels, values, color="#1f4e89", width=0.6)
    ax.bar_label(bars, labels=[f"{v:,.0f}" for v in values], padding=3, fontsize=13)
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.grid(axis="y", color="#e5e5e5")
    ax.set_axisbelow(True)
    fig.text(0.035, 0.92, ask.get("title", ""), fontsize=24, weight=600)
    fig.text(0.96, 0.83, "(단위: 만 달러)", fontsize=11, ha="right", color="#555555")
    fig.text(0.035, 0.04, ask.get("source", ""), fontsize=11, color="#555555")
    out = io.BytesIO()
    kind = "png" if ask.get("format") == "png" else "svg"
    fig.savefig(out, format=kind)
    return out.getvalue(), "image/png" if kind == "png" else "image/svg+xml"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            with LOCK:
                data, kind = chart(json.loads(body))
            status = 200
        except Exception as e:  # the peer answers an error as the server would
            data, kind, status = json.dumps({"errors": [{"message": str(e)}]}).encode(), "application/json", 422
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), Handler).serve_forever()
