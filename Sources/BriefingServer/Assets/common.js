// common.js — shared by every page of `briefing serve`: the UI strings (Korean first, English by the
// switch), fetch with the session (a 401 goes to /login), error lists, downloads, the header.
//
// Element ids this file relies on (in every page's header):
//   #lang-toggle   the ko/EN switch (a <button>); the choice is kept in localStorage "briefing.lang"
// Markup conventions:
//   data-i18n="key"              textContent from STRINGS
//   data-i18n-placeholder="key"  placeholder attribute
//   data-i18n-aria-label="key"   aria-label attribute
//   data-i18n-title="key"        title attribute
//   data-i18n-alt="key"          alt attribute
//   .nav a[data-page]            header links; the current page gets aria-current="page"
"use strict";

const STRINGS = {
  ko: {
    "app.name": "briefing",
    "app.tagline": "보도자료 차트와 보고서",
    "nav.chart": "차트 만들기",
    "nav.reports": "보고서",
    "nav.runs": "월간 실행",
    "nav.label": "페이지",
    "lang.switch": "English",
    "lang.switch.label": "언어를 영어로 바꾸기 (Switch to English)",
    "title.chart": "차트 만들기 · briefing",
    "title.reports": "보고서 · briefing",
    "title.runs": "월간 실행 · briefing",
    "title.login": "로그인 · briefing",

    // 차트 만들기
    "chart.heading": "차트 만들기",
    "chart.step.data": "1. 자료",
    "chart.step.chart": "2. 차트",
    "chart.step.text": "3. 글자",
    "chart.step.look": "4. 모양",
    "chart.drop": "CSV 또는 엑셀(.xlsx) 파일을 여기에 끌어다 놓거나",
    "chart.drop.choose": "파일 고르기",
    "chart.drop.hint": "CP949(엑셀 CSV), UTF-8 모두 읽습니다.",
    "chart.file.other": "다른 파일",
    "chart.reading": "읽는 중…",
    "chart.sheet": "시트",
    "chart.sheet.hidden": "(숨김)",
    "chart.readopts": "읽기 설정",
    "chart.headerRow": "제목 행 번호",
    "chart.headerRow.hint": "비우면 자동",
    "chart.range": "범위 (예: A3:H40)",
    "chart.errorCells": "#N/A 같은 오류 셀을 빈 칸으로 읽기",
    "chart.reread": "다시 읽기",
    "insp.heading": "읽은 내용",
    "insp.encoding": "인코딩",
    "insp.bom": "BOM",
    "insp.delimiter": "구분자",
    "insp.lineEnding": "줄바꿈",
    "insp.header": "제목 줄",
    "insp.headerRow": "제목 행",
    "insp.sheet": "시트",
    "insp.rows": "자료 행",
    "insp.unitNote": "단위 표시",
    "insp.padded": "빈 칸을 채운 행",
    "insp.renamed": "이름이 바뀐 열",
    "insp.columns": "열",
    "insp.col.name": "이름",
    "insp.col.header": "원래 제목",
    "insp.col.unit": "단위",
    "insp.col.type": "형식",
    "insp.col.missing": "빈 칸",
    "insp.col.range": "범위",
    "insp.firstRows": "처음 행",
    "insp.line": "줄",
    "insp.row": "행",
    "insp.more": "외 {n}행",
    "insp.lineN": "{n}번째 줄",
    "insp.rowN": "{n}행",
    "type.integer": "정수",
    "type.decimal": "소수",
    "type.amount": "금액",
    "type.count": "개수",
    "type.percent": "백분율",
    "type.date": "날짜",
    "type.month": "월",
    "type.quarter": "분기",
    "type.half": "반기",
    "type.year": "연도",
    "type.range": "기간",
    "type.text": "글자",
    "type.empty": "비어 있음",
    "delim.comma": "쉼표(,)",
    "delim.tab": "탭",
    "delim.semicolon": "세미콜론(;)",
    "ctl.type": "종류",
    "kind.bar": "막대",
    "kind.horizontal-bar": "가로 막대",
    "kind.grouped-bar": "묶은 막대",
    "kind.stacked-bar": "누적 막대",
    "kind.line": "꺾은선",
    "kind.combo": "막대 + 꺾은선",
    "kind.donut": "도넛",
    "kind.bullet": "불릿 (목표 대비)",
    "kind.waterfall": "폭포 (증감)",
    "ctl.x": "가로축 (x)",
    "ctl.y": "값 (y)",
    "ctl.y.none": "숫자 열이 없습니다.",
    "ctl.y2": "오른쪽 축 꺾은선 (y2)",
    "ctl.series": "계열 열",
    "ctl.none": "없음",
    "ctl.where": "조건",
    "ctl.where.ph": "예: 연도 = 2024",
    "ctl.title": "제목",
    "ctl.title.ph": "예: 무역촉진단 실계약",
    "ctl.subtitle": "부제",
    "ctl.unit": "단위 줄",
    "ctl.unit.ph": "비우면 열 제목에서 (예: 단위: 만 달러)",
    "ctl.scale": "자릿수",
    "scale.default": "기본 (열 제목대로)",
    "scale.auto": "자동 (만·억)",
    "ctl.source": "출처",
    "ctl.source.ph": "예: 자료: 광주 북구",
    "ctl.highlight": "강조할 항목",
    "ctl.reference": "기준선",
    "ctl.reference.ph": "예: 150=목표",
    "ctl.reference.hint": "값=이름, 여러 개는 ; 로 나눕니다",
    "ctl.sort": "정렬",
    "sort.none": "자료 순서",
    "sort.descending": "큰 값부터",
    "sort.ascending": "작은 값부터",
    "ctl.notes": "주석 (한 줄에 하나)",
    "ctl.size": "크기",
    "size.wide": "16:9 (1200×675)",
    "size.square": "정사각형 (1080×1080)",
    "size.portrait": "세로 (1080×1350)",
    "ctl.locale": "숫자 표기",
    "locale.ko": "한국어",
    "locale.en": "영어",
    "preview.heading": "미리보기",
    "preview.empty": "파일을 올리면 여기에 차트가 나옵니다.",
    "preview.pick": "가로축(x)과 값(y)을 고르세요.",
    "preview.loading": "그리는 중…",
    "preview.alt": "차트 미리보기",
    "preview.updated": "미리보기를 고쳤습니다.",
    "preview.warnings": "확인할 점",
    "dl.heading": "내려받기",
    "dl.png": "PNG",
    "dl.png2x": "PNG 2배",
    "dl.pdf": "PDF",
    "dl.svg": "SVG",
    "dl.working": "만드는 중…",
    "dl.done": "{name} 내려받음",
    "cmd.copy": "명령어 복사",
    "cmd.label": "같은 차트를 만드는 명령어",
    "cmd.copied": "명령어를 클립보드에 복사했습니다.",
    "cmd.selected": "명령어를 선택했습니다. Ctrl+C로 복사하세요.",

    // 보고서
    "rep.heading": "보고서",
    "rep.templates": "서식",
    "rep.loading": "불러오는 중…",
    "rep.none": "서식이 없습니다. --templates 폴더를 확인하세요.",
    "rep.monthly": "월간",
    "rep.each": "{column}별",
    "rep.ph.period": "기준 월",
    "rep.ph.each": "항목",
    "rep.pick": "왼쪽에서 서식을 고르세요.",
    "rep.period": "기준 월",
    "rep.locale": "언어",
    "rep.check": "점검",
    "rep.preview": "미리보기",
    "rep.download": "내려받기",
    "rep.pdf": "PDF",
    "rep.png": "PNG",
    "rep.hwpx": "HWPX (한글)",
    "rep.ok": "문제없음",
    "rep.checking": "점검 중…",
    "rep.rendering": "만드는 중…",
    "rep.pages": "쪽 미리보기",
    "rep.page": "{n}쪽",
    "rep.pageAlt": "{title} {n}쪽",
    "rep.explain": "이 숫자는 어디서?",
    "rep.explain.hint": "숫자를 고르면 어느 파일의 어느 행에서 어떻게 계산했는지 보여 줍니다.",
    "rep.measure": "숫자",
    "rep.measure.all": "모두",
    "rep.explain.go": "보기",
    "rep.file": "파일",

    // 월간 실행
    "runs.heading": "월간 실행",
    "runs.intro": "월마다 자동으로 만든 보고서입니다. 최근 달이 위에 있습니다.",
    "runs.refresh": "새로 고침",
    "runs.none": "아직 실행한 기록이 없습니다.",
    "runs.template": "서식",
    "runs.started": "시작",
    "runs.finished": "끝",
    "runs.files": "파일",
    "runs.file": "파일",
    "runs.size": "크기",
    "runs.sha": "SHA-256",
    "runs.change": "변화",
    "change.new": "새로",
    "change.same": "같음",
    "change.changed": "바뀜",
    "change.unchanged": "같음",
    "runs.failures": "실패",
    "runs.log": "기록 보기",
    "runs.rerun": "다시 실행",
    "runs.rerunning": "실행 중…",
    "runs.rerun.done": "{period} 다시 실행했습니다.",
    "status.ok": "완료",
    "status.done": "완료",
    "status.succeeded": "완료",
    "status.success": "완료",
    "status.failed": "실패",
    "status.error": "실패",
    "status.running": "실행 중",
    "status.partial": "일부 실패",

    // 로그인
    "login.heading": "로그인",
    "login.intro": "이 서버는 접속 토큰이 필요합니다. 담당자에게 받은 토큰을 넣으세요.",
    "login.token": "토큰",
    "login.submit": "들어가기",
    "login.failed": "토큰이 맞지 않습니다.",

    // errors
    "err.title": "문제",
    "err.network": "서버에 연결하지 못했습니다.",
    "err.status": "서버가 {status} 오류를 보냈습니다.",
    "err.tooLarge": "파일이 너무 큽니다.",
    "err.notFound": "찾을 수 없습니다.",
    "err.badFile": "CSV 또는 .xlsx 파일만 읽습니다.",
  },
  en: {
    "app.name": "briefing",
    "app.tagline": "Press charts and reports",
    "nav.chart": "Make a chart",
    "nav.reports": "Reports",
    "nav.runs": "Monthly runs",
    "nav.label": "Pages",
    "lang.switch": "한국어",
    "lang.switch.label": "Switch the language to Korean (한국어로 바꾸기)",
    "title.chart": "Make a chart · briefing",
    "title.reports": "Reports · briefing",
    "title.runs": "Monthly runs · briefing",
    "title.login": "Sign in · briefing",

    "chart.heading": "Make a chart",
    "chart.step.data": "1. Data",
    "chart.step.chart": "2. Chart",
    "chart.step.text": "3. Text",
    "chart.step.look": "4. Look",
    "chart.drop": "Drop a CSV or Excel (.xlsx) file here, or",
    "chart.drop.choose": "choose a file",
    "chart.drop.hint": "Reads CP949 (Excel's CSV) and UTF-8.",
    "chart.file.other": "Another file",
    "chart.reading": "Reading…",
    "chart.sheet": "Sheet",
    "chart.sheet.hidden": "(hidden)",
    "chart.readopts": "Reading options",
    "chart.headerRow": "Header row",
    "chart.headerRow.hint": "empty: detected",
    "chart.range": "Range (e.g. A3:H40)",
    "chart.errorCells": "Read error cells like #N/A as missing",
    "chart.reread": "Read again",
    "insp.heading": "How it was read",
    "insp.encoding": "Encoding",
    "insp.bom": "BOM",
    "insp.delimiter": "Delimiter",
    "insp.lineEnding": "Line ending",
    "insp.header": "Header line",
    "insp.headerRow": "Header row",
    "insp.sheet": "Sheet",
    "insp.rows": "Data rows",
    "insp.unitNote": "Unit note",
    "insp.padded": "Padded rows",
    "insp.renamed": "Renamed columns",
    "insp.columns": "Columns",
    "insp.col.name": "Name",
    "insp.col.header": "Header",
    "insp.col.unit": "Unit",
    "insp.col.type": "Type",
    "insp.col.missing": "Missing",
    "insp.col.range": "Range",
    "insp.firstRows": "First rows",
    "insp.line": "Line",
    "insp.row": "Row",
    "insp.more": "and {n} more rows",
    "insp.lineN": "line {n}",
    "insp.rowN": "row {n}",
    "type.integer": "integer",
    "type.decimal": "decimal",
    "type.amount": "amount",
    "type.count": "count",
    "type.percent": "percent",
    "type.date": "date",
    "type.month": "month",
    "type.quarter": "quarter",
    "type.half": "half-year",
    "type.year": "year",
    "type.range": "date range",
    "type.text": "text",
    "type.empty": "empty",
    "delim.comma": "comma (,)",
    "delim.tab": "tab",
    "delim.semicolon": "semicolon (;)",
    "ctl.type": "Kind",
    "kind.bar": "Bar",
    "kind.horizontal-bar": "Horizontal bar",
    "kind.grouped-bar": "Grouped bar",
    "kind.stacked-bar": "Stacked bar",
    "kind.line": "Line",
    "kind.combo": "Bar + line (combo)",
    "kind.donut": "Donut",
    "kind.bullet": "Bullet (against a target)",
    "kind.waterfall": "Waterfall",
    "ctl.x": "Categories (x)",
    "ctl.y": "Values (y)",
    "ctl.y.none": "No numeric columns.",
    "ctl.y2": "Right-axis line (y2)",
    "ctl.series": "Series column",
    "ctl.none": "None",
    "ctl.where": "Filter",
    "ctl.where.ph": "e.g. 연도 = 2024",
    "ctl.title": "Title",
    "ctl.title.ph": "e.g. Delegation contracts",
    "ctl.subtitle": "Subtitle",
    "ctl.unit": "Unit line",
    "ctl.unit.ph": "empty: from the column header",
    "ctl.scale": "Scale",
    "scale.default": "Default (as the header)",
    "scale.auto": "Auto (만/억)",
    "ctl.source": "Source",
    "ctl.source.ph": "e.g. 자료: 광주 북구",
    "ctl.highlight": "Highlight",
    "ctl.reference": "Reference line",
    "ctl.reference.ph": "e.g. 150=목표",
    "ctl.reference.hint": "VALUE=LABEL; several separated by ;",
    "ctl.sort": "Sort",
    "sort.none": "As in the data",
    "sort.descending": "Largest first",
    "sort.ascending": "Smallest first",
    "ctl.notes": "Notes (one a line)",
    "ctl.size": "Size",
    "size.wide": "16:9 (1200×675)",
    "size.square": "Square (1080×1080)",
    "size.portrait": "Portrait (1080×1350)",
    "ctl.locale": "Numbers",
    "locale.ko": "Korean",
    "locale.en": "English",
    "preview.heading": "Preview",
    "preview.empty": "Upload a file and the chart appears here.",
    "preview.pick": "Choose the categories (x) and the values (y).",
    "preview.loading": "Drawing…",
    "preview.alt": "Chart preview",
    "preview.updated": "Preview updated.",
    "preview.warnings": "Worth a look",
    "dl.heading": "Download",
    "dl.png": "PNG",
    "dl.png2x": "PNG @2x",
    "dl.pdf": "PDF",
    "dl.svg": "SVG",
    "dl.working": "Making…",
    "dl.done": "Downloaded {name}",
    "cmd.copy": "Copy as command",
    "cmd.label": "The command that makes the same chart",
    "cmd.copied": "Command copied to the clipboard.",
    "cmd.selected": "Command selected: press Ctrl+C to copy.",

    "rep.heading": "Reports",
    "rep.templates": "Templates",
    "rep.loading": "Loading…",
    "rep.none": "No templates: check the --templates folder.",
    "rep.monthly": "monthly",
    "rep.each": "one per {column}",
    "rep.ph.period": "month",
    "rep.ph.each": "item",
    "rep.pick": "Choose a template on the left.",
    "rep.period": "Month",
    "rep.locale": "Language",
    "rep.check": "Check",
    "rep.preview": "Preview",
    "rep.download": "Download",
    "rep.pdf": "PDF",
    "rep.png": "PNG",
    "rep.hwpx": "HWPX (Hangul)",
    "rep.ok": "No problems",
    "rep.checking": "Checking…",
    "rep.rendering": "Making…",
    "rep.pages": "Page preview",
    "rep.page": "Page {n}",
    "rep.pageAlt": "{title}, page {n}",
    "rep.explain": "Where does this number come from?",
    "rep.explain.hint": "Pick a number to see which file, which rows and which arithmetic made it.",
    "rep.measure": "Number",
    "rep.measure.all": "All",
    "rep.explain.go": "Show",
    "rep.file": "File",

    "runs.heading": "Monthly runs",
    "runs.intro": "Reports made every month by the schedule, newest month first.",
    "runs.refresh": "Refresh",
    "runs.none": "No runs yet.",
    "runs.template": "Template",
    "runs.started": "Started",
    "runs.finished": "Finished",
    "runs.files": "Files",
    "runs.file": "File",
    "runs.size": "Size",
    "runs.sha": "SHA-256",
    "runs.change": "Change",
    "change.new": "new",
    "change.same": "same",
    "change.changed": "changed",
    "change.unchanged": "same",
    "runs.failures": "Failures",
    "runs.log": "Show the log",
    "runs.rerun": "Re-run",
    "runs.rerunning": "Running…",
    "runs.rerun.done": "{period} ran again.",
    "status.ok": "done",
    "status.done": "done",
    "status.succeeded": "done",
    "status.success": "done",
    "status.failed": "failed",
    "status.error": "failed",
    "status.running": "running",
    "status.partial": "partly failed",

    "login.heading": "Sign in",
    "login.intro": "This server needs an access token. Enter the token you were given.",
    "login.token": "Token",
    "login.submit": "Sign in",
    "login.failed": "That token is not right.",

    "err.title": "Problems",
    "err.network": "Could not reach the server.",
    "err.status": "The server answered with error {status}.",
    "err.tooLarge": "The file is too large.",
    "err.notFound": "Not found.",
    "err.badFile": "Only CSV or .xlsx files can be read.",
  },
};

const LANG_KEY = "briefing.lang";

/** The UI language: "ko" (default) or "en". */
function currentLang() {
  try {
    const v = localStorage.getItem(LANG_KEY);
    return v === "en" ? "en" : "ko";
  } catch (_) {
    return "ko";
  }
}

/** A UI string, with {name} placeholders filled from vars. Unknown keys fall back to Korean, then the key. */
function t(key, vars) {
  const lang = currentLang();
  let s = (STRINGS[lang] && STRINGS[lang][key]) ?? STRINGS.ko[key] ?? key;
  if (vars) {
    for (const [k, v] of Object.entries(vars)) s = s.split("{" + k + "}").join(String(v));
  }
  return s;
}

/** t(key) if the table has it, else the fallback (for values from the server such as a status). */
function tOr(key, fallback) {
  return (STRINGS[currentLang()][key] ?? STRINGS.ko[key]) !== undefined ? t(key) : fallback;
}

const langListeners = [];
/** Called after every language change (and not at load: pages render with the current language). */
function onLangChange(fn) { langListeners.push(fn); }

function applyStrings(root) {
  const r = root || document;
  r.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  r.querySelectorAll("[data-i18n-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
  r.querySelectorAll("[data-i18n-aria-label]").forEach((el) => { el.setAttribute("aria-label", t(el.dataset.i18nAriaLabel)); });
  r.querySelectorAll("[data-i18n-title]").forEach((el) => { el.title = t(el.dataset.i18nTitle); });
  r.querySelectorAll("[data-i18n-alt]").forEach((el) => { el.alt = t(el.dataset.i18nAlt); });
  if (r === document) {
    document.documentElement.lang = currentLang();
    const titleKey = document.body && document.body.dataset.title;
    if (titleKey) document.title = t(titleKey);
  }
}

function setLang(lang) {
  try { localStorage.setItem(LANG_KEY, lang); } catch (_) { /* private mode: this page only */ }
  applyStrings(document);
  langListeners.forEach((fn) => fn(lang));
}

// ---------------------------------------------------------------------------------------------
// DOM helpers (text only: data never goes through innerHTML)

/** el("td", {class: "num"}, "text", child…): attributes by setAttribute, children as text or nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "dataset") Object.assign(node.dataset, v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
function $(id) { return document.getElementById(id); }
function show(node, yes) { node.hidden = !yes; }

// ---------------------------------------------------------------------------------------------
// Fetch

class ApiError extends Error {
  constructor(status, errors, body) {
    super(errors && errors.length ? errors[0].message : t("err.status", { status }));
    this.status = status;
    this.errors = errors || [];
    this.body = body || null;
  }
}

function goToLogin() {
  if (location.pathname !== "/login") location.assign("/login");
}

/**
 * fetch with the session cookie; a 401 goes to /login. JSON bodies are sent as JSON.
 * Resolves to the Response when ok; rejects with ApiError (its .errors the server's list) otherwise.
 */
async function api(path, options) {
  const opts = Object.assign({ credentials: "same-origin" }, options || {});
  opts.headers = Object.assign({}, opts.headers || {});
  if (opts.json !== undefined) {
    opts.body = JSON.stringify(opts.json);
    opts.headers["Content-Type"] = "application/json";
    delete opts.json;
  }
  if (!opts.method) opts.method = opts.body ? "POST" : "GET";
  let res;
  try {
    res = await fetch(path, opts);
  } catch (e) {
    if (e && e.name === "AbortError") throw e;
    throw new ApiError(0, [{ message: t("err.network") }]);
  }
  if (res.status === 401) {
    goToLogin();
    throw new ApiError(401, [{ message: "401" }]);
  }
  if (!res.ok) {
    let body = null;
    try { body = await res.json(); } catch (_) { /* not JSON */ }
    let errors = body && Array.isArray(body.errors) ? body.errors : null;
    if (!errors || errors.length === 0) {
      const msg = res.status === 413 ? t("err.tooLarge") : res.status === 404 ? t("err.notFound") : t("err.status", { status: res.status });
      errors = [{ message: msg }];
    }
    throw new ApiError(res.status, errors, body);
  }
  return res;
}

async function apiJSON(path, options) {
  const res = await api(path, options);
  return res.json();
}

/** The X-Briefing-Warnings header as a list of strings ([] when absent or malformed). */
function warningsOf(res) {
  const h = res.headers.get("X-Briefing-Warnings");
  if (!h) return [];
  try {
    const list = JSON.parse(h);
    return Array.isArray(list) ? list.map(String) : [String(list)];
  } catch (_) {
    return [h];
  }
}

/** The file name of a Content-Disposition header (filename*=UTF-8''… first), or null. */
function filenameOf(res) {
  const cd = res.headers.get("Content-Disposition");
  if (!cd) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(cd);
  if (star) {
    try { return decodeURIComponent(star[1].trim()); } catch (_) { /* fall through */ }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(cd);
  return plain ? plain[1].trim() : null;
}

/** A file name from a title: no characters Windows refuses, not empty, not too long. */
function safeFileName(title, fallback) {
  let s = String(title || "").replace(/[\u0000-\u001f\u007f\\/:*?"<>|]+/g, " ").replace(/\s+/g, " ").trim();
  s = s.replace(/^\.+/, "").replace(/[. ]+$/, "");
  if (Array.from(s).length > 80) s = Array.from(s).slice(0, 80).join("").trim();
  return s || fallback || "chart";
}

/** Saves a blob under a name through a temporary link (the browser's download). */
function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name, class: "visually-hidden" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

// ---------------------------------------------------------------------------------------------
// Errors: a list of "file:line:column — message" with the offending source line.

function errorLocation(e) {
  if (e.cell) return (e.file ? e.file + " " : "") + e.cell;
  const parts = [];
  if (e.file) parts.push(e.file);
  if (e.line !== undefined && e.line !== null) parts.push(String(e.line));
  if (e.column !== undefined && e.column !== null && parts.length) parts.push(String(e.column));
  return parts.join(":");
}

/** The source line with the character at the 1-based column marked (columns count characters). */
function sourceLine(source, column) {
  const pre = el("pre", { class: "source" });
  const chars = Array.from(String(source));
  const c = Number(column);
  if (Number.isInteger(c) && c >= 1 && c <= chars.length) {
    pre.append(chars.slice(0, c - 1).join(""), el("mark", null, chars[c - 1]), chars.slice(c).join(""));
  } else if (Number.isInteger(c) && c === chars.length + 1) {
    pre.append(chars.join(""), el("mark", { class: "eol" }, " "));
  } else {
    pre.append(chars.join(""));
  }
  return pre;
}

/** Fills container (an element) with the errors; hides it when there are none. */
function renderErrors(container, errors) {
  clear(container);
  if (!errors || errors.length === 0) { container.hidden = true; return; }
  container.hidden = false;
  container.setAttribute("role", "alert");
  const list = el("ul", { class: "error-list" });
  for (const e of errors) {
    const where = errorLocation(e);
    const item = el("li", null,
      where ? el("code", { class: "where" }, where) : null,
      where ? " " : null,
      el("span", { class: "message" }, e.message || ""));
    if (e.source !== undefined && e.source !== null && e.source !== "") item.append(sourceLine(e.source, e.column));
    list.append(item);
  }
  container.append(list);
}

function errorsOf(err) {
  if (err instanceof ApiError) return err.errors;
  return [{ message: String(err && err.message ? err.message : err) }];
}

/** Fills a <ul> with warnings (strings); hides its wrapper when empty. */
function renderWarnings(list, warnings, wrapper) {
  clear(list);
  for (const w of warnings || []) list.append(el("li", null, w));
  const box = wrapper || list;
  box.hidden = !warnings || warnings.length === 0;
}

// ---------------------------------------------------------------------------------------------
// Formatting

function formatBytes(n) {
  if (typeof n !== "number" || !isFinite(n)) return "";
  const loc = currentLang() === "en" ? "en-US" : "ko-KR";
  if (n < 1024) return n.toLocaleString(loc) + " B";
  if (n < 1024 * 1024) return (n / 1024).toLocaleString(loc, { maximumFractionDigits: 1 }) + " KB";
  return (n / 1024 / 1024).toLocaleString(loc, { maximumFractionDigits: 1 }) + " MB";
}

/** A time as the office reads it, in Seoul time (where the runs are scheduled): 2026-12-05 13:39:24. */
function formatTime(iso) {
  if (!iso) return "";
  const d = new Date(iso);
  if (isNaN(d.getTime())) return String(iso);
  const parts = {};
  for (const p of new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Seoul", hourCycle: "h23",
    year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(d)) parts[p.type] = p.value;
  return parts.year + "-" + parts.month + "-" + parts.day + " " + parts.hour + ":" + parts.minute + ":" + parts.second;
}

/** Copies text: the Clipboard API where the page is a secure context, else select + execCommand. */
async function copyText(text, field) {
  if (navigator.clipboard && window.isSecureContext) {
    try { await navigator.clipboard.writeText(text); return true; } catch (_) { /* fall back */ }
  }
  if (field) {
    field.focus();
    field.select();
    try { if (document.execCommand("copy")) return true; } catch (_) { /* no clipboard */ }
  }
  return false;
}

/** Announces a short message in a polite live region (#status-live in every page). */
function announce(msg) {
  const live = $("status-live");
  if (!live) return;
  live.textContent = "";
  setTimeout(() => { live.textContent = msg; }, 30);
}

// ---------------------------------------------------------------------------------------------
// Header

function initHeader() {
  const page = document.body.dataset.page;
  document.querySelectorAll(".nav a[data-page]").forEach((a) => {
    if (a.dataset.page === page) a.setAttribute("aria-current", "page");
  });
  const toggle = $("lang-toggle");
  if (toggle) {
    toggle.addEventListener("click", () => setLang(currentLang() === "ko" ? "en" : "ko"));
  }
  applyStrings(document);
  // The login page: a wrong token comes back as /login?error (or ?failed) or with a 401 page.
  if (page === "login") {
    const q = new URLSearchParams(location.search);
    const failed = $("login-failed");
    // The server answers a wrong token with this page and 401: the navigation's status tells.
    const nav = performance.getEntriesByType && performance.getEntriesByType("navigation")[0];
    const status = nav && typeof nav.responseStatus === "number" ? nav.responseStatus : 0;
    if (failed && (status === 401 || q.has("error") || q.has("failed"))) failed.hidden = false;
    const token = $("token");
    if (token) token.focus();
    // Sent by fetch rather than by the form itself: under the server's Referrer-Policy: no-referrer
    // Chrome sends a form POST with "Origin: null", which the same-origin check refuses (403);
    // fetch sends the page's real origin. Without script the form still posts as usual.
    const form = $("login-form");
    if (form && window.fetch) {
      form.addEventListener("submit", async (e) => {
        e.preventDefault();
        failed.hidden = true;
        try {
          const res = await fetch("/login", {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ token: token.value }).toString(),
          });
          if (res.ok) { location.assign("/"); return; }
          const msg = failed.querySelector("span");
          if (res.status !== 401 && msg) {
            let body = null;
            try { body = await res.json(); } catch (_) { /* the login page */ }
            msg.textContent = body && body.errors && body.errors[0] ? body.errors[0].message : t("err.status", { status: res.status });
          } else if (msg) {
            msg.textContent = t("login.failed");
          }
          failed.hidden = false;
          token.select();
        } catch (_) {
          const msg = failed.querySelector("span");
          if (msg) msg.textContent = t("err.network");
          failed.hidden = false;
        }
      });
    }
  }
}

document.addEventListener("DOMContentLoaded", initHeader);
