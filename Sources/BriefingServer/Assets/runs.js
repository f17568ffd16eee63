// runs.js — the 월간 실행 page (/runs): each month's run of a monthly template, its files, its log,
// and a button to run it again.
//
// Element ids and classes (tests rely on them):
//   #refresh           reloads GET /api/runs
//   #runs              the list: <article class="card run" data-period=PERIOD data-template=…>
//                        .run-status (badge), .run-files (table; links a.file-link to /api/runs/PERIOD/FILE),
//                        .failures (ul), details.log > pre, button.rerun
//   #runs-empty        shown when there are no runs;  #runs-status  #runs-errors
"use strict";

const runsState = { templates: [] };

function statusClass(status) {
  const s = String(status || "").toLowerCase();
  if (["ok", "done", "succeeded", "success", "finished", "complete", "completed"].includes(s)) return "ok";
  if (["failed", "error", "partial"].includes(s)) return "failed";
  if (["running", "started", "pending"].includes(s)) return "running";
  return "";
}

function fileURL(period, path) {
  return "/api/runs/" + encodeURIComponent(period) + "/" + String(path).split("/").map(encodeURIComponent).join("/");
}

/** The template name POST /api/runs/PERIOD wants, from a run's template (a name or a path). */
function templateName(template) {
  const t0 = String(template || "");
  const known = runsState.templates.find((x) => x.name === t0 || x.path === t0 ||
    (x.path && (t0.endsWith("/" + x.path) || x.path.endsWith("/" + t0))));
  if (known) return known.name;
  // "templates/monthly-exports/monthly.yaml" → "monthly-exports"
  const parts = t0.split("/").filter(Boolean);
  if (parts.length >= 2 && /\.ya?ml$/i.test(parts[parts.length - 1])) return parts[parts.length - 2];
  return t0;
}

/** The finish time; only its clock when the run started the same day. */
function finishedText(run) {
  const start = formatTime(run.startedAt), end = formatTime(run.finishedAt);
  return start && end && start.slice(0, 10) === end.slice(0, 10) ? end.slice(11) : end;
}

function renderRun(run) {
  const period = run.period || "";
  const status = run.status || "";
  const sc = statusClass(status);
  const article = el("article", { class: "card run", dataset: { period, template: run.template || "" }, "aria-labelledby": "run-" + period });

  const rerun = el("button", { type: "button", class: "button small rerun" }, t("runs.rerun"));
  rerun.addEventListener("click", () => rerunPeriod(run, rerun, article));
  article.append(el("div", { class: "run-head" },
    el("h2", { id: "run-" + period }, period),
    el("span", { class: "template", title: run.template || "" }, templateName(run.template)),
    el("span", { class: "badge run-status " + sc }, tOr("status." + String(status).toLowerCase(), status)),
    el("span", { class: "run-times" },
      run.startedAt ? el("span", null, t("runs.started") + " " + formatTime(run.startedAt)) : null,
      run.finishedAt ? el("span", null, t("runs.finished") + " " + finishedText(run)) : null),
    el("span", { class: "spacer" }),
    rerun));

  const body = el("div", { class: "run-body" });
  const files = Array.isArray(run.files) ? run.files : [];
  if (files.length) {
    const hasChange = files.some((f) => f.change);
    const head = el("tr", null,
      el("th", { scope: "col" }, t("runs.file")),
      el("th", { scope: "col", class: "num" }, t("runs.size")),
      el("th", { scope: "col" }, t("runs.sha")),
      hasChange ? el("th", { scope: "col" }, t("runs.change")) : null);
    const tbody = el("tbody");
    for (const f of files) {
      const sha = f.sha256 ? String(f.sha256) : "";
      tbody.append(el("tr", null,
        el("td", { class: "file" }, el("a", { class: "file-link", href: fileURL(period, f.path), download: String(f.path).split("/").pop() }, f.path)),
        el("td", { class: "num" }, formatBytes(f.size)),
        el("td", { class: "sha", title: sha }, sha ? sha.slice(0, 12) + "…" : ""),
        hasChange ? el("td", null, f.change ? tOr("change." + f.change, f.change) : "") : null));
    }
    body.append(el("h3", null, t("runs.files")),
      el("div", { class: "table-scroll" }, el("table", { class: "data-table run-files" }, el("thead", null, head), tbody)));
  }
  const failures = Array.isArray(run.failures) ? run.failures : [];
  if (failures.length) {
    const ul = el("ul", { class: "failures", "aria-label": t("runs.failures") });
    for (const f of failures) {
      if (f && typeof f === "object") {
        const where = errorLocation(f);
        ul.append(el("li", null, where ? el("code", null, where) : null, where ? " " : null, f.message || JSON.stringify(f)));
      } else {
        ul.append(el("li", null, String(f)));
      }
    }
    body.append(ul);
  }
  if (run.log) {
    body.append(el("details", { class: "log" }, el("summary", null, t("runs.log")), el("pre", null, run.log)));
  }
  article.append(body);
  return article;
}

async function loadRuns() {
  const status = $("runs-status");
  renderErrors($("runs-errors"), []);
  try {
    const [runs, templates] = await Promise.all([
      apiJSON("/api/runs"),
      apiJSON("/api/templates").catch(() => ({ templates: [] })),
    ]);
    runsState.templates = Array.isArray(templates.templates) ? templates.templates : [];
    const list = clear($("runs"));
    const items = Array.isArray(runs.runs) ? runs.runs : [];
    for (const r of items) list.append(renderRun(r));
    $("runs-empty").hidden = items.length > 0;
  } catch (err) {
    renderErrors($("runs-errors"), errorsOf(err));
  } finally {
    status.hidden = true;
  }
}

async function rerunPeriod(run, button, article) {
  const status = $("runs-status");
  button.disabled = true;
  button.textContent = t("runs.rerunning");
  article.classList.add("busy");
  renderErrors($("runs-errors"), []);
  try {
    await apiJSON("/api/runs/" + encodeURIComponent(run.period), { method: "POST", json: { template: templateName(run.template) } });
    await loadRuns();
    status.textContent = t("runs.rerun.done", { period: run.period });
    status.hidden = false;
    announce(status.textContent);
  } catch (err) {
    button.disabled = false;
    button.textContent = t("runs.rerun");
    renderErrors($("runs-errors"), errorsOf(err));
  } finally {
    article.classList.remove("busy");
  }
}

function initRuns() {
  $("refresh").addEventListener("click", () => { $("runs-status").hidden = true; loadRuns(); });
  onLangChange(loadRuns);
  loadRuns();
}

document.addEventListener("DOMContentLoaded", initRuns);
