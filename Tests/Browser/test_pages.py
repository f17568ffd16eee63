#!/usr/bin/env python3
"""Real-browser tests of the pages of `briefing serve` (Selenium driving Debian's headless chromium).

Run by scripts/browser-tests, which starts the server and sets:
  BRIEFING_URL          the server, e.g. http://127.0.0.1:40123
  BRIEFING_WORK         a temporary folder (downloads, made-up CSV files)
  BRIEFING_SCREENSHOTS  where the screenshots go (output/screenshots)
  BRIEFING_REPO         the repository (for templates/…)

By hand, against a server already running:
  BRIEFING_URL=http://127.0.0.1:8080 python3 Tests/Browser/test_pages.py -v
"""
import base64
import json
import os
import struct
import sys
import tempfile
import time
import unittest

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

URL = os.environ.get("BRIEFING_URL", "http://127.0.0.1:8080").rstrip("/")
REPO = os.path.abspath(os.environ.get("BRIEFING_REPO", os.path.join(os.path.dirname(__file__), "..", "..")))
WORK = os.environ.get("BRIEFING_WORK") or tempfile.mkdtemp(prefix="briefing-browser-")
SHOTS = os.environ.get("BRIEFING_SCREENSHOTS", os.path.join(REPO, "output", "screenshots"))
DOWNLOADS = os.path.join(WORK, "downloads")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
MISSIONS = os.path.join(REPO, "templates", "usa-2024", "data", "missions.csv")
MISSIONS_XLSX = os.path.join(REPO, "templates", "usa-2024", "data", "missions.xlsx")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
WAIT = 30  # seconds: a debug build renders a report in a few seconds

driver = None
console = []  # every browser console entry, checked for CSP violations at the end


def setUpModule():
    global driver
    os.makedirs(DOWNLOADS, exist_ok=True)
    os.makedirs(SHOTS, exist_ok=True)
    options = Options()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--lang=ko-KR", "--force-device-scale-factor=1",
                "--hide-scrollbars", "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {
        "download.default_directory": DOWNLOADS,
        "download.prompt_for_download": False,
        "safebrowsing.enabled": False,
        "intl.accept_languages": "ko-KR,ko",
    })
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_window_size(1366, 900)
    try:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": DOWNLOADS, "eventsEnabled": False})
    except Exception:
        driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": DOWNLOADS})


def tearDownModule():
    if driver is not None:
        driver.quit()


# ------------------------------------------------------------------------------------------- helpers

def collect_console():
    try:
        console.extend(driver.get_log("browser"))
    except Exception:
        pass


def open_page(path, lang="ko"):
    collect_console()
    driver.get(URL + path)
    driver.execute_script("localStorage.setItem('briefing.lang', arguments[0])", lang)
    driver.get(URL + path)
    WebDriverWait(driver, WAIT).until(lambda d: d.execute_script("return document.readyState") == "complete")


def by_id(i):
    return driver.find_element(By.ID, i)


def wait(cond, message, timeout=WAIT):
    return WebDriverWait(driver, timeout).until(lambda d: cond(), message)


def visible(i):
    els = driver.find_elements(By.ID, i)
    return bool(els) and els[0].is_displayed()


def preview_src():
    return driver.execute_script("return document.getElementById('preview').getAttribute('src') || ''")


def preview_loaded(src):
    """The preview <img> shows `src` and has been decoded (natural width > 0)."""
    return driver.execute_script(
        "const i = document.getElementById('preview');"
        "return i.getAttribute('src') === arguments[0] && i.complete && i.naturalWidth > 0 && !i.hidden;", src)


def wait_new_preview(old):
    """Waits until the preview's blob: URL differs from `old` and the image is loaded; returns the new src."""
    wait(lambda: preview_src().startswith("blob:") and preview_src() != old, "the preview did not change")
    src = preview_src()
    wait(lambda: preview_loaded(src) or preview_src() != src, "the preview image did not load")
    # A newer preview may have replaced it meanwhile: settle on the last one.
    time.sleep(0.4)
    src = preview_src()
    wait(lambda: preview_loaded(src), "the preview image did not load")
    return src


def settle_preview():
    """Waits for the debounce and any request in flight, then for the image."""
    time.sleep(0.5)
    wait(lambda: not visible("preview-status"), "the preview stayed busy")
    src = preview_src()
    wait(lambda: preview_loaded(src), "the preview image did not load")
    return src


def fetch_bytes(url):
    b64 = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(buf => {"
        "  let s = ''; const a = new Uint8Array(buf);"
        "  for (let i = 0; i < a.length; i += 8192) s += String.fromCharCode.apply(null, a.subarray(i, i + 8192));"
        "  done(btoa(s)); }, e => done(''));", url)
    return base64.b64decode(b64)


def upload(path):
    by_id("file").send_keys(path)
    wait(lambda: visible("inspection") or visible("inspect-errors"), "nothing came back from /api/inspect")


def png_size(data):
    assert data[:8] == PNG_SIGNATURE, "not a PNG: %r" % data[:8]
    assert data[12:16] == b"IHDR", "no IHDR first"
    return struct.unpack(">II", data[16:24])


def wait_download(suffix, before):
    def done():
        names = set(os.listdir(DOWNLOADS)) - before
        ready = [n for n in names if n.endswith(suffix) and not n.endswith(".crdownload")]
        partial = [n for n in names if n.endswith(".crdownload")]
        return ready[0] if ready and not partial else None
    name = wait(done, "no %s was downloaded" % suffix)
    path = os.path.join(DOWNLOADS, name)
    wait(lambda: os.path.getsize(path) > 0, "the download is empty")
    return path


def screenshot(name):
    # No hover or focus ring left on the button the test clicked last.
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    heading = [h for h in driver.find_elements(By.CSS_SELECTOR, "h1, h2") if h.is_displayed()][0]
    ActionChains(driver).move_to_element(heading).perform()
    time.sleep(0.3)
    path = os.path.join(SHOTS, name)
    driver.save_screenshot(path)
    return path


def no_alert():
    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        return "an alert appeared: %r" % text
    except NoAlertPresentException:
        return None


def set_checked(list_id, value, on):
    """Checks (or unchecks) the checkbox of a column in #y-list or #y2-list, by clicking its label."""
    box = driver.find_element(By.CSS_SELECTOR, "#%s input[value=%s]" % (list_id, json.dumps(value, ensure_ascii=False)))
    if box.is_selected() != on:
        driver.find_element(By.CSS_SELECTOR, "label[for='%s']" % box.get_attribute("id")).click()
    assert box.is_selected() == on


def type_into(i, text):
    field = by_id(i)
    field.clear()
    field.send_keys(text)


# ------------------------------------------------------------------------------------------- tests

class A_ChartPage(unittest.TestCase):
    """차트 만들기: upload, inspection, live preview, downloads, escaping."""

    def test_1_cp949_upload_preview_and_png_download(self):
        csv = os.path.join(WORK, "계약실적.csv")
        table = "지역,실계약(만달러),약정계약(만달러)\r\n미국,325,675\r\n동남아,934,\r\n일본,120,80\r\n"
        with open(csv, "wb") as f:
            f.write(table.encode("cp949"))
        open_page("/")
        self.assertEqual(by_id("nav-chart").text, "차트 만들기")
        upload(csv)
        self.assertFalse(visible("inspect-errors"), by_id("inspect-errors").text if visible("inspect-errors") else "")
        summary = by_id("insp-summary").text
        self.assertIn("cp949", summary)
        columns = by_id("insp-columns").text
        for name in ("지역", "실계약", "약정계약", "만달러"):
            self.assertIn(name, columns)
        # The empty cell of 약정계약 counted as missing, and the first rows shown.
        rows = driver.find_elements(By.CSS_SELECTOR, "#insp-rows tbody tr")
        self.assertEqual(len(rows), 3)
        self.assertIn("동남아", rows[1].text)

        # Pick x and y: the preview follows.
        Select(by_id("x")).select_by_value("지역")
        set_checked("y-list", "실계약", True)
        first = wait_new_preview("")
        set_checked("y-list", "약정계약", True)
        Select(by_id("type")).select_by_value("stacked-bar")
        second = wait_new_preview(first)
        self.assertNotEqual(first, second)
        self.assertGreater(driver.execute_script("return document.getElementById('preview').naturalWidth"), 0)
        self.assertFalse(visible("chart-errors"), by_id("chart-errors").text if visible("chart-errors") else "")

        # Download a PNG through the page: 1200×675 by default.
        type_into("title", "지역별 계약 실적")
        wait_new_preview(second)
        before = set(os.listdir(DOWNLOADS))
        by_id("download-png").click()
        path = wait_download(".png", before)
        self.assertEqual(os.path.basename(path), "지역별 계약 실적.png")
        with open(path, "rb") as f:
            data = f.read()
        self.assertEqual(png_size(data), (1200, 675))

        # PNG @2x is twice the pixels.
        before = set(os.listdir(DOWNLOADS))
        by_id("download-png2x").click()
        path = wait_download("@2x.png", before)
        with open(path, "rb") as f:
            self.assertEqual(png_size(f.read()), (2400, 1350))

    def test_2_missions_title_is_text_not_script(self):
        open_page("/")
        upload(MISSIONS)
        self.assertIn("cp949", by_id("insp-summary").text)
        columns = by_id("insp-columns").text
        for name in ("연도", "지역", "참가인원", "실계약", "약정계약", "MOU"):
            self.assertIn(name, columns)
        Select(by_id("x")).select_by_value("지역")
        set_checked("y-list", "실계약", True)
        src = settle_preview()

        type_into("title", "<script>alert(1)</script>")
        src = wait_new_preview(src)
        time.sleep(0.5)
        self.assertIsNone(no_alert())
        # The SVG behind the preview (the page keeps its text), and the same chart fetched again.
        svg = driver.execute_script("return state.lastSVG")
        again = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "fetch('/api/chart', {method: 'POST', credentials: 'same-origin', headers: {'Content-Type': 'application/json'},"
            " body: JSON.stringify(chartRequest('svg'))}).then(r => r.text()).then(done, e => done('ERROR ' + e));")
        self.assertEqual(svg, again)
        self.assertIn("<svg", svg)
        self.assertIn("&lt;script&gt;", svg)
        self.assertNotIn("<script>", svg)
        # Nor did the page grow a script element or change its title.
        self.assertEqual(driver.execute_script("return document.scripts.length"), 2)
        self.assertIn("<script>alert(1)</script>", by_id("preview").get_attribute("alt"))

    def test_3_a_chart_for_the_screenshot_and_the_command(self):
        open_page("/")
        upload(MISSIONS)
        Select(by_id("x")).select_by_value("지역")
        set_checked("y-list", "실계약", True)
        set_checked("y-list", "약정계약", True)
        Select(by_id("type")).select_by_value("stacked-bar")
        type_into("title", "무역촉진단 계약 실적")
        type_into("subtitle", "2023 동남아, 2024 미국")
        type_into("source", "자료: 광주 북구")
        type_into("reference", "150=목표")
        Select(by_id("highlight")).select_by_value("미국")
        src = settle_preview()
        self.assertTrue(src.startswith("blob:"))
        self.assertFalse(visible("chart-errors"), by_id("chart-errors").text if visible("chart-errors") else "")

        by_id("copy-command").click()
        wait(lambda: visible("command-box") and by_id("command").get_attribute("value"), "no command")
        command = by_id("command").get_attribute("value")
        self.assertTrue(command.startswith("briefing chart"), command)
        self.assertIn("--title", command)
        screenshot("chart.png")

    def test_4_workbook_sheet_picker(self):
        open_page("/")
        upload(MISSIONS_XLSX)
        wait(lambda: visible("sheet-field"), "no sheet picker for a workbook")
        options = [o.get_attribute("value") for o in Select(by_id("sheet")).options]
        self.assertGreater(len(options), 0)
        self.assertIn("실적", options)
        self.assertIn("실계약", by_id("insp-columns").text)
        # Re-inspecting by another sheet (or the same) keeps the page working.
        before = by_id("insp-summary").text
        Select(by_id("sheet")).select_by_index(len(options) - 1)
        time.sleep(1)
        wait(lambda: visible("inspection") or visible("inspect-errors"), "the sheet was not re-inspected")
        self.assertTrue(before)
        screenshot("chart-workbook.png")

    def test_5_read_error_shows_line_column_and_source(self):
        bad = os.path.join(WORK, "bad.csv")
        with open(bad, "wb") as f:
            f.write("지역,실계약(만달러)\r\n미국,325,3\r\n".encode("cp949"))
        open_page("/")
        upload(bad)
        wait(lambda: visible("inspect-errors"), "no error shown for a ragged row")
        text = by_id("inspect-errors").text
        self.assertIn("bad.csv:2:8", text)
        self.assertIn("미국,325,3", text)
        mark = driver.find_element(By.CSS_SELECTOR, "#inspect-errors pre.source mark")
        self.assertEqual(mark.text, "3")
        screenshot("chart-error.png")


class B_ReportsPage(unittest.TestCase):
    """보고서: templates, check, preview pages, explain, the monthly period picker."""

    def name_of(self, folder):
        """The API's name of the template in templates/FOLDER/ (the server names templates its own way)."""
        listing = json.loads(driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "fetch('/api/templates', {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('{}'));"))
        for t in listing.get("templates", []):
            if t.get("name") == folder or "/%s/" % folder in "/" + t.get("path", ""):
                return t["name"]
        self.fail("no template in templates/%s/ listed: %r" % (folder, listing))

    def choose(self, name):
        wait(lambda: driver.find_elements(By.CSS_SELECTOR, ".template-button[data-template='%s']" % name), "template %s not listed" % name)
        driver.find_element(By.CSS_SELECTOR, ".template-button[data-template='%s']" % name).click()
        wait(lambda: visible("report") and by_id("report-name").text == name, "template %s not shown" % name)

    def test_1_usa_2024_preview_check_explain(self):
        open_page("/reports")
        self.choose(self.name_of("usa-2024"))
        self.assertFalse(visible("period-field"))
        by_id("preview-report").click()
        wait(lambda: driver.find_elements(By.CSS_SELECTOR, "#pages img") or visible("report-errors"), "no preview")
        self.assertFalse(visible("report-errors"), by_id("report-errors").text if visible("report-errors") else "")
        img = driver.find_element(By.CSS_SELECTOR, "#pages img")
        self.assertTrue(img.get_attribute("src").startswith("data:image/png;base64,"))
        wait(lambda: driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", img) > 0, "the page image did not load")

        by_id("check").click()
        wait(lambda: visible("check-result") or visible("report-errors"), "no check result")
        self.assertTrue(visible("check-result"), by_id("report-errors").text if visible("report-errors") else "")

        Select(by_id("measure")).select_by_value("achievement")
        wait(lambda: visible("explain-text") or visible("explain-errors"), "no explanation")
        self.assertIn("666.7", by_id("explain-text").text)
        screenshot("reports.png")

    def test_2_usa_2024_pdf_download(self):
        open_page("/reports")
        name = self.name_of("usa-2024")
        open_page("/reports#" + name)
        wait(lambda: visible("report") and by_id("report-name").text == name, "the hash did not choose the template")
        before = set(os.listdir(DOWNLOADS))
        by_id("render-pdf").click()
        path = wait_download(".pdf", before)
        with open(path, "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")

    def test_3_monthly_template_has_a_period_picker(self):
        open_page("/reports")
        self.choose(self.name_of("monthly-exports"))
        wait(lambda: visible("period-field"), "no period picker for a monthly template")
        periods = [o.get_attribute("value") for o in Select(by_id("period")).options]
        self.assertGreater(len(periods), 0)
        for p in periods:
            self.assertRegex(p, r"^\d{4}-\d{2}$")
        self.assertEqual(periods, sorted(periods, reverse=True), "periods are not newest first")
        if "2024-03" in periods:
            Select(by_id("period")).select_by_value("2024-03")
            wait(lambda: "2024년 3월" in by_id("report-title").text or "{@" not in by_id("report-title").text, "the title kept its placeholder")
        # A title's placeholders ({@period}) are never shown raw.
        self.assertNotIn("{@", by_id("template-list").text)
        self.assertNotIn("{@", by_id("report-title").text)
        by_id("preview-report").click()
        wait(lambda: driver.find_elements(By.CSS_SELECTOR, "#pages img") or visible("report-errors"), "no preview")
        self.assertFalse(visible("report-errors"), by_id("report-errors").text if visible("report-errors") else "")
        screenshot("reports-monthly.png")


    def test_4_each_template_renders_the_chosen_sheet(self):
        open_page("/reports")
        self.choose(self.name_of("company-sheets"))
        wait(lambda: visible("each-field"), "no sheet picker for an each: template")
        self.assertEqual(by_id("each-label").text, "기업명")
        values = [o.get_attribute("value") for o in Select(by_id("each")).options]
        self.assertIn("다라포토닉스", values)
        Select(by_id("period")).select_by_value("2024-03")
        Select(by_id("each")).select_by_value("다라포토닉스")
        wait(lambda: "다라포토닉스" in by_id("report-title").text, "the title did not name the sheet")
        by_id("preview-report").click()
        wait(lambda: driver.find_elements(By.CSS_SELECTOR, "#pages img") or visible("report-errors"), "no preview")
        self.assertFalse(visible("report-errors"), by_id("report-errors").text if visible("report-errors") else "")
        screenshot("reports-each.png")


class C_RunsPage(unittest.TestCase):
    """월간 실행: the run made before the tests, its files, the re-run button."""

    def test_1_lists_the_run_and_its_files(self):
        open_page("/runs")
        wait(lambda: driver.find_elements(By.CSS_SELECTOR, "article.run[data-period='2024-03']") or visible("runs-errors"), "no run listed")
        self.assertFalse(visible("runs-errors"), by_id("runs-errors").text if visible("runs-errors") else "")
        run = driver.find_element(By.CSS_SELECTOR, "article.run[data-period='2024-03']")
        self.assertIn("monthly", run.text)
        links = run.find_elements(By.CSS_SELECTOR, "a.file-link")
        names = [a.text for a in links]
        self.assertIn("monthly.pdf", names)
        href = [a.get_attribute("href") for a in links if a.text == "monthly.pdf"][0]
        self.assertTrue(href.endswith("/api/runs/2024-03/monthly.pdf"), href)
        self.assertEqual(fetch_bytes(href)[:5], b"%PDF-")
        sha = run.find_element(By.CSS_SELECTOR, "td.sha")
        self.assertRegex(sha.text, r"^[0-9a-f]{12}…$")
        self.assertRegex(sha.get_attribute("title"), r"^[0-9a-f]{64}$")

    def test_3_shows_the_runs_log(self):
        """The contract's run entry has a "log" (after the re-run above at least); the page shows it in <details><pre>."""
        open_page("/runs")
        wait(lambda: driver.find_elements(By.CSS_SELECTOR, "article.run[data-period='2024-03']"), "no run listed")
        run = driver.find_element(By.CSS_SELECTOR, "article.run[data-period='2024-03']")
        self.assertTrue(run.find_elements(By.CSS_SELECTOR, "details.log pre"), "no log: GET /api/runs sent no \"log\" for 2024-03")
        run.find_element(By.CSS_SELECTOR, "details.log summary").click()
        wait(lambda: run.find_element(By.CSS_SELECTOR, "details.log pre").is_displayed(), "the log did not open")
        self.assertIn("2024-03", run.find_element(By.CSS_SELECTOR, "details.log pre").text)
        screenshot("runs.png")

    def test_2_rerun(self):
        open_page("/runs")
        wait(lambda: driver.find_elements(By.CSS_SELECTOR, "article.run[data-period='2024-03'] button.rerun"), "no re-run button")
        driver.find_element(By.CSS_SELECTOR, "article.run[data-period='2024-03'] button.rerun").click()
        wait(lambda: visible("runs-status") or visible("runs-errors"), "the re-run did not finish", timeout=120)
        self.assertFalse(visible("runs-errors"), by_id("runs-errors").text if visible("runs-errors") else "")
        self.assertIn("2024-03", by_id("runs-status").text)
        self.assertTrue(driver.find_elements(By.CSS_SELECTOR, "article.run[data-period='2024-03']"))


class D_Language(unittest.TestCase):
    def test_1_switch_to_english_and_back(self):
        open_page("/")
        self.assertEqual(by_id("nav-chart").text, "차트 만들기")
        self.assertEqual(driver.execute_script("return document.documentElement.lang"), "ko")
        by_id("lang-toggle").click()
        wait(lambda: by_id("nav-chart").text == "Make a chart", "the header did not switch to English")
        self.assertEqual(by_id("nav-reports").text, "Reports")
        self.assertEqual(by_id("nav-runs").text, "Monthly runs")
        self.assertEqual(driver.execute_script("return document.documentElement.lang"), "en")
        # Remembered across pages.
        driver.get(URL + "/runs")
        wait(lambda: by_id("nav-chart").text == "Make a chart", "the language was not remembered")
        self.assertEqual(driver.find_element(By.TAG_NAME, "h1").text, "Monthly runs")
        screenshot("runs-en.png")
        by_id("lang-toggle").click()
        wait(lambda: by_id("nav-chart").text == "차트 만들기", "the header did not switch back")

    def test_2_login_page(self):
        open_page("/login")
        self.assertTrue(visible("token"))
        self.assertEqual(by_id("login-form").get_attribute("method"), "post")
        screenshot("login.png")


class F_OtherPC(unittest.TestCase):
    """The office's way: a server on every address with a token, reached by this machine's network address."""

    def setUp(self):
        self.url = os.environ.get("BRIEFING_TOKEN_URL")
        self.token = os.environ.get("BRIEFING_TOKEN")
        if not self.url or not self.token:
            self.skipTest("no token server (run by scripts/browser-tests)")

    def test_1_login_then_a_chart_and_a_report(self):
        driver.delete_all_cookies()
        driver.get(self.url + "/")
        wait(lambda: driver.current_url.endswith("/login"), "a page without a session did not go to /login")
        field = driver.find_element(By.CSS_SELECTOR, "input[name=token]")
        field.send_keys("wrong-token")
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit], form input[type=submit]").click()
        wait(lambda: "/login" in driver.current_url and driver.find_elements(By.CSS_SELECTOR, "input[name=token]"), "no login form after a wrong token")
        self.assertNotIn("briefing_session", [c["name"] for c in driver.get_cookies()])
        field = driver.find_element(By.CSS_SELECTOR, "input[name=token]")
        field.clear()
        field.send_keys(self.token)
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit], form input[type=submit]").click()
        wait(lambda: driver.current_url.rstrip("/") == self.url, "the right token did not open the chart page")
        cookie = next(c for c in driver.get_cookies() if c["name"] == "briefing_session")
        self.assertTrue(cookie["httpOnly"])
        self.assertEqual(cookie.get("sameSite"), "Strict")
        self.assertNotEqual(cookie["value"], self.token)
        # A chart from a CP949 file, through the file input, on the other address.
        by_id("file").send_keys(MISSIONS)
        wait(lambda: "cp949" in by_id("inspection").text.lower() if driver.find_elements(By.ID, "inspection") else False,
             "the upload was not inspected")
        driver.get(self.url + "/reports")
        wait(lambda: driver.find_elements(By.CSS_SELECTOR, ".template-button"), "no templates listed behind the token")


class E_Console(unittest.TestCase):
    def test_no_csp_violations_or_script_errors(self):
        collect_console()
        bad = [e for e in console if e.get("level") == "SEVERE" and
               ("Content Security Policy" in e.get("message", "") or "Uncaught" in e.get("message", "") or "Refused" in e.get("message", ""))]
        self.assertEqual(bad, [], "\n".join(e["message"] for e in bad))


if __name__ == "__main__":
    unittest.main(verbosity=2)
