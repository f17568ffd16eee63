// reports.js — the 보고서 page (/reports): a template, its month, check, preview, downloads, and
// where each number comes from.
//
// Element ids (tests rely on them):
//   #template-list     <ul> of <button class=template-button data-template=NAME aria-pressed>
//   #templates-status #templates-errors
//   #report-empty      shown until a template is chosen
//   #report            the chosen template: #report-title #report-name #report-monthly (badge)
//   #period-field #period    the month (monthly templates only; periods newest first)
//   #each-field #each        the sheet's value (each: templates only, e.g. a company; the data's order)
//   #report-locale     ko/en
//   #check             점검 → #check-result (ok summary) or #report-errors (file:line:column + source)
//   #preview-report    미리보기 → #pages-card, #pages (<figure class=page-figure><img src=data:image/png;base64,…>)
//   #render-pdf #render-png #render-hwpx    downloads (POST …/render)
//   #report-status     progress text;  #report-warnings-box #report-warnings
//   #explain-card #measure #explain #explain-text (<pre>) #explain-errors
"use strict";

const rep = {
  templates: [],
  current: null,     // the template's detail
  seq: 0,            // bumps on every template change: late answers for another template are dropped
};

function templatePath(name, action) {
  return "/api/templates/" + encodeURIComponent(name) + (action ? "/" + action : "");
}

/** "2024-03" as the reader says it: 2024년 3월, or March 2024. */
function periodText(p) {
  const m = /^(\d{4})-(\d{2})$/.exec(p || "");
  if (!m) return p || "";
  if (currentLang() === "ko") return m[1] + "년 " + Number(m[2]) + "월";
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
}

/** A template's title with its placeholders ({@period}, {@each} …) filled or named. */
function templateTitle(tpl, period, each) {
  const title = String((tpl && (tpl.title || tpl.name)) || "");
  return title.replace(/\{@([A-Za-z_]+)\}/g, (_, key) => {
    if (key === "period") return period ? periodText(period) : "[" + t("rep.ph.period") + "]";
    if (key === "each") return each || "[" + (tpl.each || t("rep.ph.each")) + "]";
    return "[" + key + "]";
  });
}

function setReportStatus(text) {
  const s = $("report-status");
  s.textContent = text || "";
  s.hidden = !text;
}

function clearResults() {
  $("check-result").hidden = true;
  renderErrors($("report-errors"), []);
  renderWarnings($("report-warnings"), [], $("report-warnings-box"));
  setReportStatus("");
}

async function loadTemplates() {
  const status = $("templates-status");
  try {
    const data = await apiJSON("/api/templates");
    rep.templates = Array.isArray(data.templates) ? data.templates : [];
    status.hidden = rep.templates.length > 0;
    status.textContent = t("rep.none");
    renderTemplateList();
    const wanted = decodeURIComponent(location.hash.replace(/^#/, ""));
    if (wanted && rep.templates.some((x) => x.name === wanted)) selectTemplate(wanted);
  } catch (err) {
    status.hidden = true;
    renderErrors($("templates-errors"), errorsOf(err));
  }
}

function renderTemplateList() {
  const list = clear($("template-list"));
  for (const tpl of rep.templates) {
    const pressed = rep.current && rep.current.name === tpl.name;
    const meta = el("span", { class: "t-meta" }, tpl.name,
      tpl.monthly ? el("span", { class: "badge monthly" }, t("rep.monthly")) : null,
      tpl.each ? el("span", { class: "badge" }, t("rep.each", { column: tpl.each })) : null);
    const button = el("button", { type: "button", class: "template-button", "aria-pressed": pressed ? "true" : "false", dataset: { template: tpl.name } },
      el("span", { class: "t-title" }, templateTitle(tpl)), meta);
    button.addEventListener("click", () => selectTemplate(tpl.name));
    list.append(el("li", null, button));
  }
}

async function selectTemplate(name) {
  const seq = ++rep.seq;
  for (const b of document.querySelectorAll(".template-button")) b.setAttribute("aria-pressed", b.dataset.template === name ? "true" : "false");
  if (location.hash !== "#" + encodeURIComponent(name)) history.replaceState(null, "", "#" + encodeURIComponent(name));
  clearResults();
  $("pages-card").hidden = true;
  clear($("pages"));
  $("explain-text").hidden = true;
  renderErrors($("explain-errors"), []);
  try {
    const d = await apiJSON(templatePath(name));
    if (seq !== rep.seq) return;
    rep.current = d;
    showTemplate(d);
  } catch (err) {
    if (seq !== rep.seq) return;
    rep.current = null;
    $("report-empty").hidden = true;
    $("report").hidden = false;
    $("report-title").textContent = name;
    $("report-name").textContent = "";
    renderErrors($("report-errors"), errorsOf(err));
  }
}

function showTemplate(d) {
  $("report-empty").hidden = true;
  $("report").hidden = false;
  $("report-title").textContent = templateTitle(d);
  $("report-name").textContent = d.name;
  $("report-monthly").hidden = !d.monthly;

  const periods = Array.isArray(d.periods) ? d.periods : [];
  const period = clear($("period"));
  for (const p of periods) period.append(el("option", { value: p }, p));
  $("period-field").hidden = !d.monthly;
  const values = Array.isArray(d.eachValues) ? d.eachValues : [];
  const each = clear($("each"));
  for (const v of values) each.append(el("option", { value: v }, v));
  $("each-field").hidden = !d.each;
  $("each-label").textContent = d.each || t("rep.ph.each");
  updateTitle();

  if (d.locale === "en" || d.locale === "ko") $("report-locale").value = d.locale;

  const measures = Array.isArray(d.measures) ? d.measures : [];
  const m = clear($("measure"));
  m.append(el("option", { value: "" }, t("rep.measure.all")));
  for (const x of measures) {
    // {name, label} by the contract; the server sends {name, text} (the measure's formula).
    let label = x.label && x.label !== x.name ? x.label + " (" + x.name + ")" : x.name;
    if (!x.label && x.text) {
      const formula = Array.from(String(x.text));
      label += " — " + (formula.length > 48 ? formula.slice(0, 47).join("") + "…" : formula.join(""));
    }
    m.append(el("option", { value: x.name, title: x.text || null }, label));
  }
  $("explain-card").hidden = false;
}

/** The title with the chosen month and sheet filled in. */
function updateTitle() {
  if (!rep.current) return;
  const body = reportBody();
  $("report-title").textContent = templateTitle(rep.current, body.period, body.each);
}

/** The body every action sends: the month (monthly templates), the sheet (each: templates) and the locale. */
function reportBody(extra) {
  const body = { locale: $("report-locale").value };
  if (rep.current && rep.current.monthly && $("period").value) body.period = $("period").value;
  if (rep.current && rep.current.each && $("each").value) body.each = $("each").value;
  return Object.assign(body, extra || {});
}

async function runAction(fn) {
  if (!rep.current) return;
  const buttons = document.querySelectorAll("#report button");
  buttons.forEach((b) => { b.disabled = true; });
  try {
    await fn(rep.current.name, rep.seq);
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

async function check(name, seq) {
  clearResults();
  setReportStatus(t("rep.checking"));
  try {
    const data = await apiJSON(templatePath(name, "check"), { method: "POST", json: reportBody() });
    if (seq !== rep.seq) return;
    const box = clear($("check-result"));
    box.append(el("strong", null, "✓ " + t("rep.ok")));
    if (data.summary) box.append(el("pre", null, data.summary));
    box.hidden = false;
    announce(t("rep.ok"));
  } catch (err) {
    if (seq !== rep.seq) return;
    renderErrors($("report-errors"), errorsOf(err));
  } finally {
    if (seq === rep.seq) setReportStatus("");
  }
}

async function preview(name, seq) {
  clearResults();
  setReportStatus(t("rep.rendering"));
  try {
    const data = await apiJSON(templatePath(name, "preview"), { method: "POST", json: reportBody() });
    if (seq !== rep.seq) return;
    const pages = clear($("pages"));
    const title = templateTitle(rep.current, reportBody().period, reportBody().each);
    (data.pages || []).forEach((p, i) => {
      const img = el("img", {
        src: "data:image/png;base64," + p.png,
        alt: t("rep.pageAlt", { title, n: i + 1 }),
        width: p.width, height: p.height, loading: "lazy",
      });
      pages.append(el("figure", { class: "page-figure" }, img, el("figcaption", null, t("rep.page", { n: i + 1 }))));
    });
    $("pages-card").hidden = false;
    renderWarnings($("report-warnings"), data.warnings || [], $("report-warnings-box"));
  } catch (err) {
    if (seq !== rep.seq) return;
    renderErrors($("report-errors"), errorsOf(err));
  } finally {
    if (seq === rep.seq) setReportStatus("");
  }
}

const EXTENSIONS = { "application/pdf": "pdf", "image/png": "png", "image/svg+xml": "svg", "application/zip": "zip", "application/hwp+zip": "hwpx" };

async function render(format, name, seq) {
  clearResults();
  setReportStatus(t("rep.rendering"));
  try {
    const body = reportBody({ format });
    const res = await api(templatePath(name, "render"), { method: "POST", json: body });
    const blob = await res.blob();
    const type = (res.headers.get("Content-Type") || "").split(";")[0].trim();
    const ext = EXTENSIONS[type] || format;
    const fallback = name + (body.period ? "-" + body.period : "") + "." + ext;
    const file = filenameOf(res) || fallback;
    saveBlob(blob, file);
    if (seq === rep.seq) setReportStatus(t("dl.done", { name: file }));
  } catch (err) {
    if (seq !== rep.seq) return;
    setReportStatus("");
    renderErrors($("report-errors"), errorsOf(err));
  }
}

async function explain() {
  if (!rep.current) return;
  const seq = rep.seq;
  const pre = $("explain-text");
  const button = $("explain");
  button.disabled = true;
  renderErrors($("explain-errors"), []);
  try {
    const extra = {};
    if ($("measure").value) extra.measure = $("measure").value;
    const data = await apiJSON(templatePath(rep.current.name, "explain"), { method: "POST", json: reportBody(extra) });
    if (seq !== rep.seq) return;
    const measures = Array.isArray(data.measures) ? data.measures : [];
    const text = measures.length === 1 && extra.measure
      ? measures[0].text
      : measures.map((m) => "■ " + m.name + "\n" + m.text).join("\n\n");
    pre.textContent = text;
    pre.hidden = false;
  } catch (err) {
    if (seq !== rep.seq) return;
    pre.hidden = true;
    renderErrors($("explain-errors"), errorsOf(err));
  } finally {
    button.disabled = false;
  }
}

function initReports() {
  $("check").addEventListener("click", () => runAction(check));
  $("preview-report").addEventListener("click", () => runAction(preview));
  $("render-pdf").addEventListener("click", () => runAction((n, s) => render("pdf", n, s)));
  $("render-png").addEventListener("click", () => runAction((n, s) => render("png", n, s)));
  $("render-hwpx").addEventListener("click", () => runAction((n, s) => render("hwpx", n, s)));
  $("explain").addEventListener("click", explain);
  $("measure").addEventListener("change", explain);
  // /reports#NAME chooses a template (links, back and forward).
  window.addEventListener("hashchange", () => {
    const wanted = decodeURIComponent(location.hash.replace(/^#/, ""));
    if (wanted && (!rep.current || rep.current.name !== wanted) && rep.templates.some((x) => x.name === wanted)) selectTemplate(wanted);
  });
  $("period").addEventListener("change", updateTitle);
  $("each").addEventListener("change", updateTitle);
  onLangChange(() => {
    renderTemplateList();
    updateTitle();
    const all = $("measure").querySelector("option[value='']");
    if (all) all.textContent = t("rep.measure.all");
    document.querySelectorAll(".page-figure figcaption").forEach((c, i) => { c.textContent = t("rep.page", { n: i + 1 }); });
  });
  loadTemplates();
}

document.addEventListener("DOMContentLoaded", initReports);
