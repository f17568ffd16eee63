#!/usr/bin/env python3
"""Writes long (tidy) tables as KOSIS exports them, for the chart tests of
issue 13: one row an observation, region and month as columns, CP949, CRLF.

air.csv: 시도별 공항 여객 (illustrative figures, fixed seed), 2019.01–2023.08,
17 regions x arrivals/departures; 세종's 2020.04 arrivals are `-` (missing).
Run: python3 Tests/Fixtures/long/make-tables.py (the output is committed).
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(2019)
REGIONS = ["서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시", "세종특별자치시",
           "경기도", "강원특별자치도", "충청북도", "충청남도", "전북특별자치도", "전라남도", "경상북도", "경상남도", "제주특별자치도"]
rows = ["시도별(1),시점,도착출발별(1),운항 (편),여객 (명)"]
for region in REGIONS:
    size = random.randint(5, 400) * 1000
    for year in range(2019, 2024):
        for month in range(1, 13):
            if year == 2023 and month > 8:
                break
            for way in ["도착", "출발"]:
                flights = random.randint(size // 2000, size // 1000 + 10)
                people = "-" if (region == "세종특별자치시" and year == 2020 and month == 4 and way == "도착") \
                    else str(int(size * random.uniform(0.7, 1.3)))
                rows.append(f"{region},{year}.{month:02d},{way},{flights},{people}")
with open(os.path.join(HERE, "air.csv"), "w", encoding="cp949", newline="") as f:
    f.write("\r\n".join(rows) + "\r\n")
