// chart.js — the 차트 만들기 page (/): upload a CSV or .xlsx, see how it was read, set up a chart,
// a live SVG preview, downloads, the same chart as a command.
//
// Element ids (tests rely on them):
//   #file              <input type=file> (CSV/.xlsx); #dropzone the drop area; #data-card its card
//   #file-info #file-name #file-other    the file read, and a label to choose another
//   #inspect-status    "읽는 중…"
//   #inspect-errors    errors of /api/inspect (file:line:column, the source line)
//   #sheet-field #sheet    a workbook's sheet picker (re-inspects)
//   #read-options #header-row #range #error-cells #reread     reading options (re-inspect)
//   #inspection        how the file was read: #insp-summary (dl), #insp-columns (table), #insp-rows (table), #insp-more
//   #chart-controls    the fieldset of every chart control (disabled until a file is read)
//   #type #x #y-list (checkboxes, value = column) #y2-field #y2-list #series #highlight #where #sort
//   #title #subtitle #unit #scale #source #reference #notes
//   #size (fieldset) with radios #size-wide #size-square #size-portrait; #locale
//   #preview           the preview <img> (src a blob: URL of the SVG); #preview-placeholder; #preview-status
//   #chart-errors      422 errors of /api/chart;  #warnings-box #warnings  X-Briefing-Warnings
//   #download-png #download-png2x #download-pdf #download-svg   downloads; #download-status
//   #copy-command #command-box #command #command-status         the command
"use strict";

const PREVIEW_DELAY_MS = 250;
const SOURCE_KEY = "briefing.chart.source";
const NUMERIC_TYPES = new Set(["integer", "decimal", "amount", "count", "percent"]);

const state = {
  upload: null,        // the upload id
  name: "",            // the file's name
  sheets: [],          // a workbook's sheets
  inspection: null,    // the inspect --json shape
  columns: [],         // inspection.columns
  isWorkbook: false,
  previewTimer: 0,
  previewSeq: 0,
  previewAbort: null,
  previewURL: null,
  lastSVG: null,       // the last preview's SVG text (tests read it)
};

// ------------------------------------------------------------------------------------------
// Values and columns

function displayValue(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === "object") {
    if ("start" in v && "end" in v) return v.start + " ~ " + v.end;
    if ("value" in v) return displayValue(v.value);
    return JSON.stringify(v);
  }
  return String(v);
}

function isNumeric(col) { return NUMERIC_TYPES.has(col.type); }

function columnLabel(col) {
  return col.name;
}

function typeName(type) { return tOr("type." + type, type); }

// ------------------------------------------------------------------------------------------
// Upload and inspect

function isReadable(file) {
  return /\.(csv|txt|tsv|xlsx)$/i.test(file.name) || /csv|spreadsheet/.test(file.type);
}

async function uploadFile(file) {
  if (!file) return;
  if (!isReadable(file)) {
    renderErrors($("inspect-errors"), [{ file: file.name, message: t("err.badFile") }]);
    return;
  }
  // A new file starts with the reading options detected.
  $("header-row").value = "";
  $("range").value = "";
  $("error-cells").checked = false;
  const form = new FormData();
  form.append("file", file, file.name);
  state.name = file.name;
  state.isWorkbook = /\.xlsx$/i.test(file.name);
  await inspect({ body: form }, file.name);
}

function readOptions() {
  const o = {};
  const hr = $("header-row").value.trim();
  if (hr !== "") o["header-row"] = Number(hr);
  const range = $("range").value.trim();
  if (state.isWorkbook && range !== "") o.range = range;
  if (state.isWorkbook && $("error-cells").checked) o["error-cells"] = "missing";
  if (state.isWorkbook && $("sheet").value !== "") o.sheet = $("sheet").value;
  return o;
}

async function reinspect() {
  if (!state.upload) return;
  await inspect({ json: Object.assign({ upload: state.upload }, readOptions()) }, state.name);
}

async function inspect(request, name) {
  const status = $("inspect-status");
  status.textContent = t("chart.reading");
  status.hidden = false;
  renderErrors($("inspect-errors"), []);
  try {
    const data = await apiJSON("/api/inspect", Object.assign({ method: "POST" }, request));
    setUpload(data, name);
    setInspection(data.inspection);
  } catch (err) {
    if (err && err.name === "AbortError") return;
    // A 422 still names the upload, so other options can be tried on the same file.
    if (err instanceof ApiError && err.body && err.body.id) {
      setUpload(err.body, name);
      $("read-options").open = true;
    }
    // Nothing was read: no columns to chart until the file (or its options) reads.
    forgetInspection();
    renderErrors($("inspect-errors"), errorsOf(err));
  } finally {
    status.hidden = true;
  }
}

function forgetInspection() {
  state.inspection = null;
  state.columns = [];
  renderInspection();
  $("chart-controls").disabled = true;
  setActionsEnabled(false);
  $("preview").hidden = true;
  const placeholder = $("preview-placeholder");
  placeholder.hidden = false;
  placeholder.textContent = t("preview.empty");
  renderErrors($("chart-errors"), []);
  renderWarnings($("warnings"), [], $("warnings-box"));
}

function setUpload(data, name) {
  state.upload = data.id;
  state.name = data.name || name || state.name;
  state.isWorkbook = state.isWorkbook || /\.xlsx$/i.test(state.name) || (Array.isArray(data.sheets) && data.sheets.length > 0);
  $("file-name").textContent = state.name;
  $("file-info").hidden = false;
  $("dropzone").classList.add("compact");
  $("read-options").hidden = false;
  $("data-card").classList.toggle("workbook", state.isWorkbook);
  // The sheet picker, for a workbook.
  const sheets = Array.isArray(data.sheets) ? data.sheets : [];
  state.sheets = sheets;
  const picker = $("sheet");
  const chosen = (data.inspection && data.inspection.sheet) || picker.value;
  clear(picker);
  for (const s of sheets) {
    // The contract says {name, rows, columns, hidden}; the server sends {name, range, rows, visible}.
    const hidden = s.hidden === true || s.visible === false;
    const size = s.range ? s.range : (s.rows !== undefined && s.columns !== undefined ? s.rows + "×" + s.columns : "");
    const label = s.name + (hidden ? " " + t("chart.sheet.hidden") : "") + (size ? " — " + size : "");
    picker.append(el("option", { value: s.name }, label));
  }
  if (chosen && sheets.some((s) => s.name === chosen)) picker.value = chosen;
  $("sheet-field").hidden = sheets.length === 0;
}

// ------------------------------------------------------------------------------------------
// How the file was read

function fact(dl, key, value) {
  if (value === null || value === undefined || value === "") return;
  dl.append(el("div", { class: "fact" }, el("dt", null, t(key)), el("dd", null, value)));
}

function unitText(u) {
  if (!u) return "";
  return u.written || u.noun || "";
}

function renderInspection() {
  const insp = state.inspection;
  const section = $("inspection");
  if (!insp) { section.hidden = true; return; }
  section.hidden = false;

  const dl = clear($("insp-summary"));
  if (insp.sheet) fact(dl, "insp.sheet", insp.sheet);
  fact(dl, "insp.encoding", (insp.encoding || "") + (insp.bom ? " (BOM)" : ""));
  if (!state.isWorkbook) {
    const d = insp.delimiter;
    fact(dl, "insp.delimiter", d === "," ? t("delim.comma") : d === "\t" ? t("delim.tab") : d === ";" ? t("delim.semicolon") : d);
    fact(dl, "insp.lineEnding", insp.lineEnding ? String(insp.lineEnding).toUpperCase() : "");
  }
  if (insp.headerRow !== undefined && insp.headerRow !== null) {
    fact(dl, "insp.headerRow", t("insp.rowN", { n: insp.headerRow }) + (insp.headerRows > 1 ? " (+" + (insp.headerRows - 1) + ")" : ""));
  } else if (insp.headerLine !== undefined && insp.headerLine !== null) {
    fact(dl, "insp.header", t("insp.lineN", { n: insp.headerLine }) + (insp.headerRows > 1 ? " (+" + (insp.headerRows - 1) + ")" : ""));
  }
  fact(dl, "insp.rows", typeof insp.rowCount === "number" ? insp.rowCount.toLocaleString() : insp.rowCount);
  if (insp.unitNote) fact(dl, "insp.unitNote", unitText(insp.unitNote));
  if (insp.paddedRows) fact(dl, "insp.padded", String(insp.paddedRows));
  if (Array.isArray(insp.renamedHeaders) && insp.renamedHeaders.length) {
    fact(dl, "insp.renamed", insp.renamedHeaders.map((r) => typeof r === "object" ? (r.from || r.header || "") + " → " + (r.to || r.name || "") : String(r)).join(", "));
  }

  // Columns
  const body = clear($("insp-columns").tBodies[0]);
  for (const c of state.columns) {
    const range = c.min !== null && c.min !== undefined
      ? (displayValue(c.min) === displayValue(c.max) ? displayValue(c.min) : displayValue(c.min) + " – " + displayValue(c.max))
      : (Array.isArray(c.distinctValues) ? c.distinctValues.slice(0, 4).join(", ") + (c.distinctCount > 4 ? " …" : "") : "");
    body.append(el("tr", null,
      el("th", { scope: "row" }, c.name),
      el("td", { class: c.header === c.name ? "muted" : null }, c.header === c.name ? "" : c.header),
      el("td", null, unitText(c.unit)),
      el("td", null, el("span", { class: "type-badge type-" + (isNumeric(c) ? "number" : "other") }, typeName(c.type))),
      el("td", { class: "num" + (c.missing ? " warn" : "") }, String(c.missing ?? "")),
      el("td", { class: "range" }, range)));
  }

  // First rows
  const rows = Array.isArray(insp.rows) ? insp.rows : [];
  const shown = rows.slice(0, 8);
  const table = clear($("insp-rows"));
  const head = el("tr", null, el("th", { scope: "col", class: "num" }, t(state.isWorkbook ? "insp.row" : "insp.line")));
  for (const c of state.columns) head.append(el("th", { scope: "col", class: isNumeric(c) ? "num" : null }, c.name));
  table.append(el("thead", null, head));
  const tb = el("tbody");
  for (const r of shown) {
    const tr = el("tr", null, el("td", { class: "num muted" }, String(r.line ?? r.row ?? "")));
    (r.values || []).forEach((v, i) => {
      const text = displayValue(v);
      const col = state.columns[i];
      tr.append(el("td", { class: (col && isNumeric(col) ? "num" : "") + (text === null ? " missing" : "") }, text === null ? "—" : text));
    });
    tb.append(tr);
  }
  table.append(tb);
  const total = typeof insp.rowCount === "number" ? insp.rowCount : rows.length;
  const more = $("insp-more");
  more.hidden = total <= shown.length;
  more.textContent = t("insp.more", { n: (total - shown.length).toLocaleString() });
}

// ------------------------------------------------------------------------------------------
// Controls

function fillSelect(select, options, keep, withNone) {
  const previous = keep !== undefined ? keep : select.value;
  clear(select);
  if (withNone) select.append(el("option", { value: "" }, t("ctl.none")));
  for (const o of options) select.append(el("option", { value: o }, o));
  if (options.includes(previous)) select.value = previous;
  else select.value = withNone ? "" : (options[0] ?? "");
}

function checkedValues(list) {
  return Array.from(list.querySelectorAll("input[type=checkbox]:checked")).map((i) => i.value);
}

function fillChecks(list, prefix, columns, checked) {
  clear(list);
  columns.forEach((c, i) => {
    const id = prefix + "-" + i;
    const unit = unitText(c.unit);
    list.append(el("div", { class: "check" },
      el("input", { type: "checkbox", id, value: c.name, checked: checked.includes(c.name) }),
      el("label", { for: id }, c.name, unit ? el("span", { class: "unit" }, " " + unit) : null)));
  });
  if (columns.length === 0) list.append(el("p", { class: "hint" }, t("ctl.y.none")));
}

function defaultX(cols) {
  return (cols.find((c) => c.type === "text") || cols.find((c) => !isNumeric(c)) || cols[0] || {}).name;
}

function defaultY(cols, x) {
  const numeric = cols.map((c, i) => ({ c, i })).filter(({ c }) => isNumeric(c) && c.name !== x);
  numeric.sort((a, b) => (a.c.missing - b.c.missing) || ((a.c.type === "amount" ? 0 : 1) - (b.c.type === "amount" ? 0 : 1)) || (a.i - b.i));
  return numeric.length ? [numeric[0].c.name] : [];
}

function setInspection(insp) {
  const first = state.inspection === null;
  state.inspection = insp || null;
  state.columns = (insp && Array.isArray(insp.columns)) ? insp.columns : [];
  renderInspection();
  const names = state.columns.map((c) => c.name);
  const numeric = state.columns.filter(isNumeric);

  const xBefore = $("x").value;
  const yBefore = checkedValues($("y-list"));
  const y2Before = checkedValues($("y2-list"));
  const x = names.includes(xBefore) ? xBefore : defaultX(state.columns);
  fillSelect($("x"), names, x, false);
  let y = yBefore.filter((n) => numeric.some((c) => c.name === n) && n !== x);
  if (y.length === 0) y = defaultY(state.columns, x);
  fillChecks($("y-list"), "y", numeric, y);
  fillChecks($("y2-list"), "y2", numeric, y2Before.filter((n) => numeric.some((c) => c.name === n)));
  fillSelect($("series"), names, $("series").value, true);
  fillHighlight();

  $("chart-controls").disabled = !insp;
  if (first) {
    try { const s = localStorage.getItem(SOURCE_KEY); if (s && !$("source").value) $("source").value = s; } catch (_) { /* none */ }
  }
  updateKindFields();
  schedulePreview(0);
}

/** The highlight choices: the x column's values (distinct values, else the rows read). */
function fillHighlight() {
  const x = $("x").value;
  const i = state.columns.findIndex((c) => c.name === x);
  const col = state.columns[i];
  let values = [];
  if (col && Array.isArray(col.distinctValues)) values = col.distinctValues.map(String);
  else if (col && state.inspection && Array.isArray(state.inspection.rows)) {
    const seen = new Set();
    for (const r of state.inspection.rows) {
      const v = displayValue((r.values || [])[i]);
      if (v !== null && !seen.has(v)) { seen.add(v); values.push(v); }
      if (values.length >= 200) break;
    }
  }
  fillSelect($("highlight"), values, $("highlight").value, true);
}

function updateKindFields() {
  $("y2-field").hidden = $("type").value !== "combo";
}

function sizeValue() {
  const r = document.querySelector("input[name=size]:checked");
  return r ? r.value : "1200x675";
}

function textOrNull(id) {
  const v = $(id).value.trim();
  return v === "" ? null : v;
}

/** The /api/chart request for the controls as they are. */
function chartRequest(format) {
  const req = Object.assign({ upload: state.upload }, readOptions());
  req.type = $("type").value;
  req.x = $("x").value;
  req.y = checkedValues($("y-list"));
  if (req.type === "combo") {
    const y2 = checkedValues($("y2-list"));
    if (y2.length) req.y2 = y2;
  }
  const optional = { series: "series", where: "where", title: "title", subtitle: "subtitle", unit: "unit", scale: "scale", source: "source", highlight: "highlight" };
  for (const [key, id] of Object.entries(optional)) {
    const v = textOrNull(id);
    if (v !== null) req[key] = v;
  }
  const refs = $("reference").value.split(";").map((s) => s.trim()).filter(Boolean);
  if (refs.length) req.reference = refs;
  const notes = $("notes").value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  if (notes.length) req.notes = notes;
  if ($("sort").value !== "none") req.sort = $("sort").value;
  req.size = sizeValue();
  req.locale = $("locale").value;
  req.format = format;
  return req;
}

function ready() {
  return Boolean(state.upload && state.inspection && $("x").value && checkedValues($("y-list")).length);
}

function setActionsEnabled(yes) {
  for (const id of ["download-png", "download-png2x", "download-pdf", "download-svg", "copy-command"]) $(id).disabled = !yes;
}

// ------------------------------------------------------------------------------------------
// Preview

function schedulePreview(delay) {
  clearTimeout(state.previewTimer);
  state.previewTimer = setTimeout(renderPreview, delay === undefined ? PREVIEW_DELAY_MS : delay);
}

function setPreviewStatus(text) {
  const s = $("preview-status");
  s.textContent = text || "";
  s.hidden = !text;
}

async function renderPreview() {
  const placeholder = $("preview-placeholder");
  const img = $("preview");
  if (!ready()) {
    setActionsEnabled(false);
    if (!img.src || img.hidden) {
      placeholder.hidden = false;
      placeholder.textContent = t(state.inspection ? "preview.pick" : "preview.empty");
    }
    return;
  }
  setActionsEnabled(true);
  if (state.previewAbort) state.previewAbort.abort();
  const abort = new AbortController();
  state.previewAbort = abort;
  const seq = ++state.previewSeq;
  setPreviewStatus(t("preview.loading"));
  $("preview-box").classList.add("busy");
  try {
    const res = await api("/api/chart", { method: "POST", json: chartRequest("svg"), signal: abort.signal });
    const warnings = warningsOf(res);
    const text = await res.text();
    if (seq !== state.previewSeq) return;
    state.lastSVG = text;
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    const old = state.previewURL;
    state.previewURL = url;
    img.onload = null;
    img.addEventListener("load", () => { if (old) URL.revokeObjectURL(old); }, { once: true });
    img.src = url;
    img.hidden = false;
    img.alt = t("preview.alt") + ($("title").value.trim() ? ": " + $("title").value.trim() : "");
    img.classList.remove("stale");
    placeholder.hidden = true;
    renderErrors($("chart-errors"), []);
    renderWarnings($("warnings"), warnings, $("warnings-box"));
  } catch (err) {
    if (err && err.name === "AbortError") return;
    if (seq !== state.previewSeq) return;
    img.classList.add("stale");
    renderErrors($("chart-errors"), errorsOf(err));
    renderWarnings($("warnings"), [], $("warnings-box"));
  } finally {
    if (seq === state.previewSeq) {
      setPreviewStatus("");
      $("preview-box").classList.remove("busy");
    }
  }
}

// ------------------------------------------------------------------------------------------
// Downloads and the command

const DOWNLOADS = {
  "download-png": { format: "png", suffix: ".png" },
  "download-png2x": { format: "png2x", suffix: "@2x.png" },
  "download-pdf": { format: "pdf", suffix: ".pdf" },
  "download-svg": { format: "svg", suffix: ".svg" },
};

async function download(id) {
  const spec = DOWNLOADS[id];
  const button = $(id);
  const status = $("download-status");
  button.disabled = true;
  status.hidden = false;
  status.textContent = t("dl.working");
  try {
    const res = await api("/api/chart", { method: "POST", json: chartRequest(spec.format) });
    const blob = await res.blob();
    const base = safeFileName($("title").value, state.name.replace(/\.[^.]+$/, "") || "chart");
    const name = base + spec.suffix;
    saveBlob(blob, name);
    status.textContent = t("dl.done", { name });
    renderErrors($("chart-errors"), []);
  } catch (err) {
    status.hidden = true;
    renderErrors($("chart-errors"), errorsOf(err));
  } finally {
    button.disabled = !ready();
  }
}

async function copyCommand() {
  const status = $("command-status");
  try {
    const data = await apiJSON("/api/chart/command", { method: "POST", json: chartRequest("png") });
    const field = $("command");
    field.value = data.command || "";
    $("command-box").hidden = false;
    field.rows = Math.min(6, Math.max(2, Math.ceil(field.value.length / 70)));
    const copied = await copyText(field.value, field);
    status.textContent = t(copied ? "cmd.copied" : "cmd.selected");
    announce(status.textContent);
  } catch (err) {
    renderErrors($("chart-errors"), errorsOf(err));
  }
}

// ------------------------------------------------------------------------------------------
// Wiring

function initChart() {
  const fileInput = $("file");
  fileInput.addEventListener("change", () => {
    const f = fileInput.files && fileInput.files[0];
    if (f) uploadFile(f);
  });

  const card = $("data-card");
  const zone = $("dropzone");
  ["dragenter", "dragover"].forEach((type) => card.addEventListener(type, (e) => {
    if (!e.dataTransfer || !Array.from(e.dataTransfer.types || []).includes("Files")) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
    zone.classList.add("dragging");
  }));
  ["dragleave", "dragend"].forEach((type) => card.addEventListener(type, (e) => {
    if (e.target === card || !card.contains(e.relatedTarget)) zone.classList.remove("dragging");
  }));
  card.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dragging");
    const f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (f) uploadFile(f);
  });
  // A file dropped beside the drop zone should not replace the page.
  window.addEventListener("dragover", (e) => e.preventDefault());
  window.addEventListener("drop", (e) => e.preventDefault());

  $("sheet").addEventListener("change", () => {
    $("header-row").value = "";
    $("range").value = "";
    reinspect();
  });
  $("reread").addEventListener("click", reinspect);
  for (const id of ["header-row", "range"]) {
    $(id).addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); reinspect(); } });
  }

  const form = $("chart-form");
  form.addEventListener("submit", (e) => { e.preventDefault(); schedulePreview(0); });
  form.addEventListener("input", () => schedulePreview());
  form.addEventListener("change", (e) => {
    if (e.target.id === "type") updateKindFields();
    if (e.target.id === "x") fillHighlight();
    if (e.target.id === "source") {
      try { localStorage.setItem(SOURCE_KEY, $("source").value.trim()); } catch (_) { /* none */ }
    }
    schedulePreview();
  });

  for (const id of Object.keys(DOWNLOADS)) $(id).addEventListener("click", () => download(id));
  $("copy-command").addEventListener("click", copyCommand);

  onLangChange(() => {
    renderInspection();
    // "없음" options and the empty-list hint are written by the script.
    for (const id of ["series", "highlight"]) {
      const none = $(id).querySelector("option[value='']");
      if (none) none.textContent = t("ctl.none");
    }
    for (const p of document.querySelectorAll(".check-list > p.hint")) p.textContent = t("ctl.y.none");
    if (!$("preview-placeholder").hidden) $("preview-placeholder").textContent = t(state.inspection ? "preview.pick" : "preview.empty");
    const img = $("preview");
    img.alt = t("preview.alt") + ($("title").value.trim() ? ": " + $("title").value.trim() : "");
  });
}

document.addEventListener("DOMContentLoaded", initChart);
