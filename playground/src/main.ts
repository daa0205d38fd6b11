/**
 * The playground page: input → extract() in the browser → highlighted text,
 * record cards, entity tables, warnings and the raw JSON.
 */
import "./styles.css";
import type { InputFormat, PressRelease, Span } from "../../src/index.js";
import { excerpt, h } from "./dom.js";
import { highlightsOf, KIND_LABELS, MENTION_KINDS, renderHighlightedText, type Highlight as MentionHighlight } from "./highlight.js";
import type { ExtractRequest, ExtractResponse } from "./protocol.js";
import { renderEntities, renderRecords, renderWarnings } from "./render.js";
import { SAMPLES } from "./samples.js";

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`playground: #${id} missing in index.html`);
  return el as T;
}

const sourceInput = byId<HTMLTextAreaElement>("source");
const formatSelect = byId<HTMLSelectElement>("format");
const referenceDateInput = byId<HTMLInputElement>("reference-date");
const inputPanel = byId<HTMLElement>("input-panel");
const fileInput = byId<HTMLInputElement>("file-input");
const statusBox = byId<HTMLElement>("status");
const errorBox = byId<HTMLElement>("error");
const legend = byId<HTMLFieldSetElement>("legend");
const legendItems = byId<HTMLElement>("legend-items");
const releasesBox = byId<HTMLElement>("releases");
const resultsBox = byId<HTMLElement>("results");
const jsonPanel = byId<HTMLElement>("json-panel");
const jsonBox = byId<HTMLElement>("json");
const copyStatus = byId<HTMLElement>("copy-status");
const tooltip = byId<HTMLElement>("tooltip");
const autoOption = formatSelect.querySelector<HTMLOptionElement>('option[value="auto"]')!;

/** The text and name of the last loaded file or sample; "auto" goes by its name while the text is unchanged. */
let loaded: { text: string; name: string } | null = null;
/** What each highlight element stands for (for the tooltip). */
let markInfo = new WeakMap<HTMLElement, MentionHighlight>();
/** Each release's text element with the source offset it starts at (for "Show in text"). */
let textPanes: { pane: HTMLElement; from: number; to: number }[] = [];
let lastJson = "";

// ---------------------------------------------------------------- input

function load(text: string, name: string): void {
  sourceInput.value = text;
  loaded = { text, name };
  run();
}

for (const sample of SAMPLES) {
  const button = h("button", { type: "button", class: "chip", "data-sample": sample.path, title: `fixtures/${sample.path}` }, sample.name.replace(/\.[a-z]+$/i, ""));
  button.addEventListener("click", () => load(sample.text, sample.name));
  byId("sample-buttons").append(button);
}

let debounce: ReturnType<typeof setTimeout> | undefined;
sourceInput.addEventListener("input", () => {
  clearTimeout(debounce);
  debounce = setTimeout(run, 300);
});
sourceInput.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    run();
  }
});
formatSelect.addEventListener("change", run);
referenceDateInput.addEventListener("change", run);
byId("extract").addEventListener("click", run);
byId("clear").addEventListener("click", () => {
  sourceInput.value = "";
  loaded = null;
  run();
  sourceInput.focus();
});
byId("open-file").addEventListener("click", () => fileInput.click());
fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file) void loadFile(file);
  fileInput.value = "";
});

async function loadFile(file: File): Promise<void> {
  try {
    load(await file.text(), file.name);
  } catch (e) {
    showError(`Could not read ${file.name}: ${String(e)}`);
  }
}

// Dropping a file (or dragged text) anywhere on the input panel loads it.
inputPanel.addEventListener("dragover", (e) => {
  e.preventDefault();
  inputPanel.classList.add("dragging");
});
inputPanel.addEventListener("dragleave", (e) => {
  if (!inputPanel.contains(e.relatedTarget as Node | null)) inputPanel.classList.remove("dragging");
});
inputPanel.addEventListener("drop", (e) => {
  e.preventDefault();
  inputPanel.classList.remove("dragging");
  const file = e.dataTransfer?.files[0];
  if (file) return void loadFile(file);
  const plain = e.dataTransfer?.getData("text/plain");
  const html = e.dataTransfer?.getData("text/html");
  if (plain) load(plain, "dropped.txt");
  else if (html) load(html, "dropped.html");
});

// ---------------------------------------------------------------- run

function showError(message: string): void {
  errorBox.textContent = message;
  errorBox.hidden = false;
}

const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
/** Only the answer to the latest request is shown; older ones are stale. */
let latestRequest = 0;
/** The text of the latest request: offsets in its answer point into this string. */
let latestText = "";

function run(): void {
  clearTimeout(debounce);
  const text = sourceInput.value;
  if (!text.trim()) {
    latestRequest++;
    hideTooltip();
    errorBox.hidden = true;
    autoOption.textContent = "Auto";
    render([], text, 0);
    setBusy(false);
    statusBox.textContent = "Paste a release or pick a sample.";
    return;
  }
  const fromFile = loaded && loaded.text === text ? loaded.name : null;
  const request: ExtractRequest = {
    id: ++latestRequest,
    text,
    format: formatSelect.value as InputFormat | "auto",
    fileName: fromFile,
    referenceDate: referenceDateInput.value || null,
    source: fromFile ?? "pasted",
  };
  latestText = text;
  setBusy(true);
  worker.postMessage(request);
}

function setBusy(busy: boolean): void {
  resultsBox.setAttribute("aria-busy", String(busy));
  if (busy) statusBox.textContent = "Extracting…";
}

worker.addEventListener("message", (event: MessageEvent<ExtractResponse>) => {
  const answer = event.data;
  if (answer.id !== latestRequest) return;
  const text = latestText;
  hideTooltip();
  errorBox.hidden = true;
  setBusy(false);
  autoOption.textContent = `Auto (${answer.format})`;
  if (!answer.ok) {
    render([], text, 0);
    statusBox.textContent = "Extraction failed.";
    showError(answer.error);
    return;
  }
  render(answer.releases, text, answer.ms);
  if (answer.releases.length === 0) statusBox.textContent = "No release found in the text.";
});
worker.addEventListener("error", (event) => {
  setBusy(false);
  statusBox.textContent = "Extraction failed.";
  showError(`The extraction worker failed: ${event.message}`);
});

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function summary(releases: PressRelease[], ms: number): string {
  const sum = (f: (r: PressRelease) => number): number => releases.reduce((a, r) => a + f(r), 0);
  const meetings = sum((r) => r.records.filter((x) => x.type === "meeting").length);
  const projects = sum((r) => r.records.filter((x) => x.type === "project").length);
  return [
    count(releases.length, "release"),
    count(sum((r) => r.persons.length), "person"),
    count(sum((r) => r.places.length), "place"),
    count(sum((r) => r.organisations.length), "organisation"),
    count(sum((r) => r.dates.length), "date"),
    count(sum((r) => r.figures.length), "figure"),
    count(meetings, "meeting"),
    count(projects, "project"),
    count(sum((r) => r.warnings.length), "warning"),
  ].join(" · ") + ` — ${Math.round(ms)} ms`;
}

// ---------------------------------------------------------------- render

function render(releases: PressRelease[], source: string, ms: number): void {
  markInfo = new WeakMap();
  textPanes = [];
  releasesBox.replaceChildren();
  legend.hidden = jsonPanel.hidden = releases.length === 0;
  clearEvidence();
  if (releases.length === 0) {
    lastJson = "";
    jsonBox.textContent = "";
    return;
  }
  statusBox.textContent = summary(releases, ms);
  renderLegend(releases);
  releases.forEach((release, i) => releasesBox.append(renderRelease(release, i, releases.length, source)));
  lastJson = JSON.stringify(releases.length === 1 ? releases[0] : releases, null, 2);
  jsonBox.textContent = lastJson;
  copyStatus.textContent = "";
}

function renderLegend(releases: PressRelease[]): void {
  const counts = Object.fromEntries(MENTION_KINDS.map((k) => [k, 0])) as Record<(typeof MENTION_KINDS)[number], number>;
  for (const r of releases) for (const hl of highlightsOf(r)) counts[hl.kind]++;
  legendItems.replaceChildren(
    ...MENTION_KINDS.map((kind) => {
      const box = h("input", { type: "checkbox", checked: !releasesBox.classList.contains(`hide-${kind}`), "data-kind": kind });
      box.addEventListener("change", () => releasesBox.classList.toggle(`hide-${kind}`, !box.checked));
      return h("label", { class: `legend-item m-${kind}-swatch` }, box, h("span", { class: `swatch m m-${kind}` }, KIND_LABELS[kind]), ` ${counts[kind]}`);
    }),
  );
}

function renderRelease(release: PressRelease, index: number, total: number, source: string): HTMLElement {
  const headingId = `release-${index}-heading`;
  const meta: string[] = [];
  if (release.dateline) meta.push(`Dateline: ${[release.dateline.date, release.dateline.place].filter(Boolean).join(", ")}`);
  meta.push(`Reference date: ${release.referenceDate ?? "none"}`);
  meta.push(`Language: ${release.language.code}${release.language.german ? "" : " (not German)"}`);

  const pane = h("div", {
    class: "source-text",
    lang: "de",
    tabindex: 0,
    role: "group",
    "aria-label": `Text of release ${index + 1} with highlights. Arrow keys move between highlights, Escape closes the details.`,
  });
  const highlights = highlightsOf(release);
  pane.append(renderHighlightedText(source, highlights, release.span.start, release.span.end, (mark, hl) => markInfo.set(mark, hl)));
  textPanes.push({ pane, from: release.span.start, to: release.span.end });

  return h(
    "section",
    { class: "release", "aria-labelledby": headingId },
    h(
      "header",
      { class: "release-header" },
      h("h2", { id: headingId }, total > 1 ? `Release ${index + 1} of ${total}` : "Release"),
      release.title ? h("p", { class: "release-title", lang: "de" }, release.title) : null,
      h("p", { class: "meta" }, meta.join(" · ")),
    ),
    h(
      "div",
      { class: "release-body" },
      h("div", { class: "text-column" }, h("h3", {}, "Text"), pane),
      h(
        "div",
        { class: "side-column" },
        renderRecords(release, source, showSpan),
        renderWarnings(release, source),
        renderEntities(release),
      ),
    ),
  );
}

// ---------------------------------------------------------------- tooltip

function marksFrom(el: Element | null): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (let m = el?.closest<HTMLElement>("mark.m"); m; m = m.parentElement?.closest<HTMLElement>("mark.m")) {
    if (markInfo.has(m)) marks.push(m);
  }
  return marks;
}

/** Shows what the innermost mark (and every mark around it) stands for. */
function showTooltip(target: HTMLElement): void {
  const marks = marksFrom(target);
  if (marks.length === 0) return hideTooltip();
  tooltip.replaceChildren(
    ...marks.map((m) => {
      const info = markInfo.get(m)!;
      return h(
        "div",
        { class: "tooltip-entry" },
        h("div", {}, h("span", { class: `tooltip-kind m m-${info.kind}` }, KIND_LABELS[info.kind]), " ", h("strong", { lang: "de" }, info.label)),
        info.details.length ? h("ul", { lang: "de" }, ...info.details.map((d) => h("li", {}, d))) : null,
        h("div", { class: "tooltip-text" }, `“${excerpt(m.textContent ?? "", 0, Infinity, 80)}”`),
      );
    }),
  );
  tooltip.hidden = false;
  document.querySelectorAll("[aria-describedby='tooltip']").forEach((el) => el.removeAttribute("aria-describedby"));
  target.setAttribute("aria-describedby", "tooltip");
  const rects = target.getClientRects();
  const rect = rects[0] ?? target.getBoundingClientRect();
  const width = tooltip.offsetWidth;
  const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
  tooltip.style.left = `${left + window.scrollX}px`;
  const below = rect.bottom + 6;
  const fitsBelow = below + tooltip.offsetHeight < window.innerHeight;
  tooltip.style.top = `${(fitsBelow ? below : rect.top - tooltip.offsetHeight - 6) + window.scrollY}px`;
}

function hideTooltip(): void {
  tooltip.hidden = true;
}

releasesBox.addEventListener("mouseover", (e) => {
  const mark = (e.target as Element).closest<HTMLElement>("mark.m");
  if (mark) showTooltip(mark);
});
releasesBox.addEventListener("mouseout", (e) => {
  const to = e.relatedTarget as Element | null;
  if (!to?.closest("mark.m") && document.activeElement?.closest("mark.m") == null) hideTooltip();
});
releasesBox.addEventListener("focusin", (e) => {
  const mark = (e.target as Element).closest<HTMLElement>("mark.m");
  if (mark) showTooltip(mark);
  else hideTooltip();
});
releasesBox.addEventListener("focusout", (e) => {
  if (!(e.relatedTarget as Element | null)?.closest?.("mark.m")) hideTooltip();
});

// Arrow keys walk the highlights of one text; Tab leaves the text.
releasesBox.addEventListener("keydown", (e) => {
  const pane = (e.target as Element).closest<HTMLElement>(".source-text");
  if (!pane) return;
  if (e.key === "Escape") {
    hideTooltip();
    pane.focus();
    return;
  }
  const marks = [...pane.querySelectorAll<HTMLElement>("mark.m")].filter((m) => m.offsetParent !== null);
  if (marks.length === 0) return;
  const current = marks.indexOf(e.target as HTMLElement);
  let next: number;
  switch (e.key) {
    case "ArrowRight":
    case "ArrowDown":
      next = current < 0 ? 0 : Math.min(current + 1, marks.length - 1);
      break;
    case "ArrowLeft":
    case "ArrowUp":
      next = current < 0 ? marks.length - 1 : Math.max(current - 1, 0);
      break;
    case "Home":
      next = 0;
      break;
    case "End":
      next = marks.length - 1;
      break;
    default:
      return;
  }
  e.preventDefault();
  marks[next]!.focus();
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") hideTooltip();
});
window.addEventListener("resize", hideTooltip);

// ---------------------------------------------------------------- evidence

const supportsHighlights = typeof CSS !== "undefined" && "highlights" in CSS;

function clearEvidence(): void {
  if (supportsHighlights) CSS.highlights.delete("evidence");
}

/** Marks a source span in the text (CSS highlight, or the selection) and scrolls it into view. */
function showSpan(span: Span): void {
  const entry = textPanes.find((t) => span.start >= t.from && span.start < t.to);
  if (!entry) return;
  const range = document.createRange();
  const walker = document.createTreeWalker(entry.pane, NodeFilter.SHOW_TEXT);
  let offset = entry.from;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (!started && span.start < offset + length) {
      range.setStart(node, span.start - offset);
      started = true;
    }
    if (started && span.end <= offset + length) {
      range.setEnd(node, Math.max(0, span.end - offset));
      break;
    }
    offset += length;
  }
  if (!started) return;
  clearEvidence();
  if (supportsHighlights) CSS.highlights.set("evidence", new Highlight(range));
  else {
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const anchor = range.startContainer.parentElement ?? entry.pane;
  anchor.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
  entry.pane.focus({ preventScroll: true });
}

// ---------------------------------------------------------------- JSON

byId("copy-json").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(lastJson);
  } catch {
    // Clipboard API refused (e.g. not a secure context): copy the selected text instead.
    const range = document.createRange();
    range.selectNodeContents(jsonBox);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    if (!document.execCommand("copy")) {
      copyStatus.textContent = "Could not copy; the JSON is selected, press Ctrl+C.";
      return;
    }
  }
  copyStatus.textContent = `Copied ${lastJson.length.toLocaleString("en")} characters.`;
});

// The page may be opened with a sample: ?sample=seeds/seed-000.txt
const requested = new URLSearchParams(window.location.search).get("sample");
const initial = requested ? SAMPLES.find((s) => s.path === requested || s.name === requested) : undefined;
if (initial) load(initial.text, initial.name);
