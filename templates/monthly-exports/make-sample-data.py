#!/usr/bin/env python3
"""Writes the ILLUSTRATIVE data of the monthly-exports sample (예시 자료, 가상 데이터).

Every figure here is invented: the companies are fictional and the numbers
come from a fixed pseudo-random sequence, so running this again writes the
same bytes. The files look like the team's Excel exports: CP949, CRLF,
Korean headers with their units, months written `2024.03` or `2024년 3월`,
and `-` for a few cells nobody filled in.

    python3 templates/monthly-exports/make-sample-data.py

data/monthly.csv    월별 실적: one row a month (2023.01 … 2024.12), with the contract target
data/countries.csv  국가별 실적: one row a month and country
data/companies.csv  기업별 실적: one row a month and company

The monthly totals are the sums of the country rows and of the company rows,
except where a country or company cell is `-` (not broken down that month).
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")

COUNTRIES = ["미국", "베트남", "일본", "중국", "인도네시아", "독일"]
# Fictional companies: the sample must not put invented figures on real firms.
COMPANIES = ["가나광학", "다라포토닉스", "마바드론", "사아에이아이", "자차레이저"]
MONTHS = [(y, m) for y in (2023, 2024) for m in range(1, 13)]


class Sequence:
    """A 64-bit linear congruential generator (Knuth's MMIX constants): the
    same numbers on every Python, unlike `random`'s helpers."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.state >> 33

    def between(self, low, high):
        return low + self.next() % (high - low + 1)


def build():
    seq = Sequence(20240401)
    # Seasonal shape: trade fairs in March, June and October lift a month.
    season = {1: 70, 2: 80, 3: 130, 4: 95, 5: 100, 6: 125, 7: 85, 8: 75, 9: 105, 10: 135, 11: 110, 12: 90}
    rows = []  # (year, month, company, country, consultations, consulted, contracted)
    for (y, m) in MONTHS:
        growth = 100 if y == 2023 else 118
        for ci, company in enumerate(COMPANIES):
            picks = [(ci + m + k * 2) % len(COUNTRIES) for k in range(1 + seq.between(1, 2))]
            for k in sorted(set(picks)):
                n = max(1, seq.between(2, 9) * season[m] * growth // 10000)
                consulted = n * seq.between(8, 30) * season[m] * growth // 10000
                contracted = consulted * seq.between(15, 45) // 100
                rows.append((y, m, company, COUNTRIES[k], n, consulted, contracted))
    return rows


# Cells left as '-' (no figure reported), by (file, year, month, key, column).
MISSING = {
    ("countries", 2023, 5, "독일", "상담액"),
    ("countries", 2023, 8, "중국", "계약액"),
    ("companies", 2023, 11, "마바드론", "상담액"),
    ("monthly", 2023, 2, None, "상담액"),
}


def cell(file, y, m, key, column, value):
    return "-" if (file, y, m, key, column) in MISSING else str(value)


def write(name, header, lines):
    text = "\r\n".join([",".join(header)] + [",".join(l) for l in lines]) + "\r\n"
    with open(os.path.join(DATA, name), "wb") as f:
        f.write(text.encode("cp949"))


def main():
    os.makedirs(DATA, exist_ok=True)
    rows = build()

    def total(y, m, index, **where):
        return sum(r[index] for r in rows if r[0] == y and r[1] == m
                   and all(r[{"company": 2, "country": 3}[k]] == v for k, v in where.items()))

    # Monthly targets: last year's contracts plus 10 %, rounded to 10만 달러.
    def target(y, m):
        base = total(2023, m, 6) * 110 // 100
        return (base + 5) // 10 * 10 if y == 2024 else (total(2023, m, 6) * 95 // 100 + 5) // 10 * 10

    write("monthly.csv", ["월", "상담건수(건)", "상담액(만달러)", "계약액(만달러)", "계약목표(만달러)"],
          [[f"{y}.{m:02d}", str(total(y, m, 4)), cell("monthly", y, m, None, "상담액", total(y, m, 5)),
            str(total(y, m, 6)), str(target(y, m))] for (y, m) in MONTHS])

    write("countries.csv", ["월", "국가", "상담건수(건)", "상담액(만달러)", "계약액(만달러)"],
          [[f"{y}년 {m}월", c, str(total(y, m, 4, country=c)),
            cell("countries", y, m, c, "상담액", total(y, m, 5, country=c)),
            cell("countries", y, m, c, "계약액", total(y, m, 6, country=c))]
           for (y, m) in MONTHS for c in COUNTRIES])

    write("companies.csv", ["월", "기업명", "상담건수(건)", "상담액(만달러)", "계약액(만달러)"],
          [[f"{y}.{m:02d}", c, str(total(y, m, 4, company=c)),
            cell("companies", y, m, c, "상담액", total(y, m, 5, company=c)),
            str(total(y, m, 6, company=c))]
           for (y, m) in MONTHS for c in COMPANIES])


if __name__ == "__main__":
    main()
