#!/usr/bin/env python3
"""Writes the workbook fixtures of the .xlsx reader (issue 12) with real writers.

openpyxl and xlsxwriter have different habits (openpyxl: shared strings,
no cached formula values; xlsxwriter: cached values when given, inline
strings in constant_memory mode), so each is used for what it writes.
The broken workbooks are made by cutting or editing good ones.

Run from anywhere: python3 Tests/Fixtures/xlsx/make-workbooks.py
The outputs are committed, so the Swift tests never need Python.
"""
import datetime
import io
import os
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def need(module, package):
    try:
        __import__(module)
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", package])


need("openpyxl", "openpyxl")
need("xlsxwriter", "xlsxwriter")
import openpyxl  # noqa: E402
import xlsxwriter  # noqa: E402
from openpyxl.styles import Alignment  # noqa: E402

# templates/usa-2024/data/missions.csv, as figures.
HEADER = ["연도", "지역", "기간", "참가인원(명)", "목표(만달러)", "실계약(만달러)", "약정계약(만달러)", "MOU(건)"]
ROWS = [
    [2023, "동남아", "-", "-", "-", 934, "-", "-"],
    [2024, "미국", "2024. 3. 24. ~ 2024. 3. 30.", 23, 150, 325, 675, 2],
]
NOTE = "(단위: 만달러)"


def path(name):
    return os.path.join(HERE, name)


def missions():
    """openpyxl: a blank first row, a merged title, a unit note row, then the table; and its CSV twin."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "실적"
    ws["A2"] = "2024년 해외 시장개척단 실적"
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["A3"] = NOTE
    ws.append(HEADER)  # row 4
    for r in ROWS:
        ws.append(r)
    wb.save(path("missions.xlsx"))
    with open(path("missions.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(NOTE + "\n" + ",".join(HEADER) + "\n")
        for r in ROWS:
            f.write(",".join('"%s"' % v if isinstance(v, str) and "," in v else str(v) for v in r) + "\n")


def kosis():
    """openpyxl: a merged title, a unit note, 시도 merged down two rows, each year merged over two items."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "시도별"
    ws["A1"] = "시도별 수출입 실적"
    ws.merge_cells("A1:E1")
    ws["A2"] = "(단위: 천달러)"
    ws["A3"] = "시도"
    ws.merge_cells("A3:A4")
    ws["B3"] = "2023"
    ws.merge_cells("B3:C3")
    ws["D3"] = "2024 p)"
    ws.merge_cells("D3:E3")
    for col, item in zip("BCDE", ["수출액", "수입액", "수출액", "수입액"]):
        ws[col + "4"] = item
    data = [["서울", 1200, 3400, 1300, "△5"], ["부산", 800, 900, "-", 950]]
    for r in data:
        ws.append(r)
    wb.save(path("kosis.xlsx"))
    with open(path("kosis.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("(단위: 천달러)\n시도,2023,2023,2024 p),2024 p)\n시도,수출액,수입액,수출액,수입액\n")
        for r in data:
            f.write(",".join(str(v) for v in r) + "\n")


def kinds():
    """xlsxwriter: dates in three formats, a percent, thousands, a text "14,500", a cached formula,
    a rich string, a boolean, and a hidden second sheet."""
    wb = xlsxwriter.Workbook(path("kinds.xlsx"))
    ws = wb.add_worksheet("2024년")
    iso = wb.add_format({"num_format": 14})
    korean = wb.add_format({"num_format": 'yyyy"년" m"월" d"일"'})
    locale = wb.add_format({"num_format": "[$-ko-KR]yyyy.mm.dd"})
    pct = wb.add_format({"num_format": "0.0%"})
    thousands = wb.add_format({"num_format": "#,##0"})
    bold = wb.add_format({"bold": True})
    ws.write_row(0, 0, ["날짜", "한국식", "로캘", "비율", "금액(원)", "글자금액(원)", "합계", "이름", "확정"])
    days = [datetime.date(2024, 3, 15), datetime.date(1900, 3, 1), datetime.date(2024, 2, 29)]
    for i, d in enumerate(days):
        r = i + 1
        ws.write_datetime(r, 0, datetime.datetime.combine(d, datetime.time()), iso)
        ws.write_datetime(r, 1, datetime.datetime.combine(d, datetime.time()), korean)
        ws.write_datetime(r, 2, datetime.datetime.combine(d, datetime.time()), locale)
    ws.write_number(1, 3, 0.125, pct)
    ws.write_number(2, 3, -0.0625, pct)
    ws.write_number(3, 3, 1, pct)
    for r, v in enumerate([14500, 0.1, 1234567], start=1):
        ws.write_number(r, 4, v, thousands)
    for r, v in enumerate(["14,500", "△7", "-"], start=1):
        ws.write_string(r, 5, v)
    ws.write_formula(1, 6, "=E2+E3", None, 14500.1)
    ws.write_formula(2, 6, "=E3*2", None, 0.2)
    ws.write_formula(3, 6, "=E4", None, 1234567)
    ws.write_rich_string(1, 7, bold, "서울", "특별시")
    ws.write_string(2, 7, "A & B <주>")
    ws.write_string(3, 7, "부산")
    for r, v in enumerate([True, False, True], start=1):
        ws.write_boolean(r, 8, v)
    memo = wb.add_worksheet("메모")
    memo.write(0, 0, "숨긴 시트")
    memo.hide()
    wb.close()


def dates1904():
    wb = xlsxwriter.Workbook(path("dates1904.xlsx"), {"date_1904": True})
    ws = wb.add_worksheet("Sheet1")
    ws.write_row(0, 0, ["날짜"])
    ws.write_datetime(1, 0, datetime.datetime(2024, 3, 15), wb.add_format({"num_format": "yyyy-mm-dd"}))
    ws.write_datetime(2, 0, datetime.datetime(1904, 1, 1), wb.add_format({"num_format": "yyyy-mm-dd"}))
    wb.close()


def inline():
    """xlsxwriter in constant_memory mode writes strings inline (t="inlineStr")."""
    wb = xlsxwriter.Workbook(path("inline.xlsx"), {"constant_memory": True})
    ws = wb.add_worksheet("Sheet1")
    ws.write_row(0, 0, ["지역", "금액(만달러)"])
    ws.write_row(1, 0, ["미국", 325])
    ws.write_row(2, 0, ["동남아", "△12"])
    wb.close()


def errors():
    """A cached #DIV/0! at C3, and (no_cache.xlsx) a formula with no cached value at B3."""
    wb = xlsxwriter.Workbook(path("error-cell.xlsx"))
    ws = wb.add_worksheet("계산")
    ws.write_row(0, 0, ["항목", "분자", "비율"])
    ws.write_row(1, 0, ["가", 1])
    ws.write_formula(1, 2, "=B2/1", None, 1)
    ws.write_row(2, 0, ["나", 2])
    ws.write_formula(2, 2, "=B3/0", None, "#DIV/0!")
    wb.close()
    wb = openpyxl.Workbook()  # openpyxl never writes a cached value
    ws = wb.active
    ws.title = "계산"
    ws.append(["항목", "값"])
    ws.append(["가", 1])
    ws.append(["나", "=B2*2"])
    wb.save(path("no-cache.xlsx"))


def office():
    """openpyxl, as an office keeps a sheet: column A empty, a title row that is
    not merged, a 기준 line, the unit note at the right, a header, a total by
    formula (with its cached value written in by hand), and a second sheet. Its CSV twin is office.csv."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024년"
    ws["B1"] = "2024년 월별 수출 실적"
    ws["B2"] = "2024. 3. 31. 기준"
    ws["E3"] = "(단위: 천달러)"
    ws.append([None, "월", "수출액", "수입액", "증감률(%)"])
    rows = [("2024-01", 1200, 800, 3.5), ("2024-02", 1350.5, 820, -1.2), ("2024-03", 1410, 905, 4.4)]
    for m, ex, im, rate in rows:
        ws.append([None, m, ex, im, rate])
    for r in range(5, 8):
        ws.cell(row=r, column=3).number_format = "#,##0.0"
    ws["B8"] = "합계"
    ws["C8"] = "=SUM(C5:C7)"
    ws["D8"] = "=SUM(D5:D7)"
    ws["E8"] = None
    ws2 = wb.create_sheet("참고")
    ws2.append(["메모"])
    ws2.append(["3월은 잠정치"])
    wb.save(path("office.xlsx"))

    # openpyxl writes no cached values: put them in, as Excel would on saving.
    def cache(name, data):
        if name != "xl/worksheets/sheet1.xml":
            return data
        return data.replace(b"<f>SUM(C5:C7)</f><v /></c>", b"<f>SUM(C5:C7)</f><v>3960.5</v></c>") \
                   .replace(b"<f>SUM(D5:D7)</f><v /></c>", b"<f>SUM(D5:D7)</f><v>2525</v></c>")
    rewrite("office.xlsx", "office.xlsx", cache)
    with open(path("office.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("월,수출액(천달러),수입액(천달러),증감률(%)\n")
        for m, ex, im, rate in rows:
            f.write(f"{m},{ex},{im},{rate}\n")
        f.write("합계,3960.5,2525,\n")


def times():
    """xlsxwriter: days with times, times of day, durations, and Excel's _xHHHH_ escapes."""
    wb = xlsxwriter.Workbook(path("times.xlsx"))
    ws = wb.add_worksheet("시각")
    stamp = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    clock = wb.add_format({"num_format": "hh:mm"})
    elapsed = wb.add_format({"num_format": "[h]:mm"})
    day = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, ["접수", "시각", "소요", "날짜", "메모"])
    ws.write_datetime(1, 0, datetime.datetime(2024, 3, 15, 14, 30), stamp)
    ws.write_datetime(2, 0, datetime.datetime(2024, 3, 16, 0, 0), stamp)
    ws.write_datetime(1, 1, datetime.datetime(1899, 12, 31, 9, 5), clock)
    ws.write_number(2, 1, 0.75, clock)
    ws.write_number(1, 2, 1.5, elapsed)
    ws.write_number(2, 2, 0.25, elapsed)
    ws.write_datetime(1, 3, datetime.datetime(2024, 3, 15, 18, 0), day)
    ws.write_datetime(2, 3, datetime.datetime(2024, 3, 16), day)
    ws.write_string(1, 4, "1행\r2행")  # xlsxwriter writes the CR as _x000D_
    ws.write_string(2, 4, "A_x0041_")  # a literal escape, written _x005F_x0041_
    wb.close()


def libreoffice():
    """LibreOffice Calc's own habits (its styles, shared strings, recalculated
    cached values): office.xlsx and kosis.xlsx opened and saved again by
    `soffice --headless --convert-to xlsx` (Debian's libreoffice-calc-nogui).
    Skipped, saying so, where soffice is not installed."""
    import shutil
    import tempfile
    if shutil.which("soffice") is None:
        print("soffice not found: the LibreOffice fixtures are left as committed", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as out:
        subprocess.check_call(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out,
                               path("office.xlsx"), path("kosis.xlsx")], stdout=subprocess.DEVNULL)
        for name in ["office", "kosis"]:
            shutil.copy(os.path.join(out, name + ".xlsx"), path(name + "-libreoffice.xlsx"))


def rewrite(source, target, edit):
    """Copies a workbook, passing each part's bytes through edit(name, data)."""
    with zipfile.ZipFile(path(source)) as z, zipfile.ZipFile(path(target) + ".part", "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            out.writestr(info.filename, edit(info.filename, z.read(info.filename)))
    os.replace(path(target) + ".part", path(target))


def broken():
    data = open(path("inline.xlsx"), "rb").read()
    open(path("truncated.xlsx"), "wb").write(data[: len(data) // 2])

    def doctype(name, data):
        if name != "xl/worksheets/sheet1.xml":
            return data
        decl = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        dtd = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        return decl + dtd + data[len(decl):]
    rewrite("inline.xlsx", "doctype.xlsx", doctype)

    def bomb(name, data):
        if name != "xl/worksheets/sheet1.xml":
            return data
        return data.replace(b"<sheetData>", b"<sheetData>" + b" " * (24 << 20))
    rewrite("inline.xlsx", "bomb.xlsx", bomb)

    with zipfile.ZipFile(path("binary.xlsb"), "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.bin", b"\x83\x01\x00")
    # Compound files, as Excel 97–2003 and encrypted OOXML start: the signature,
    # and (encrypted) the UTF-16LE directory name EncryptionInfo.
    cfb = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
    open(path("legacy.xls"), "wb").write(cfb + "Workbook".encode("utf-16-le") + bytes(64))
    open(path("encrypted.xlsx"), "wb").write(cfb + "EncryptionInfo".encode("utf-16-le") + bytes(64))
    open(path("not-a-zip.xlsx"), "wb").write("연도,지역\n2024,미국\n".encode("utf-8"))


MAKERS = [missions, kosis, kinds, dates1904, inline, errors, office, times, broken, libreoffice]
# python3 make-workbooks.py [NAME…]: all of them, or the named ones (e.g. office times).
for make in MAKERS:
    if len(sys.argv) == 1 or make.__name__ in sys.argv[1:]:
        make()
