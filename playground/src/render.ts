/**
 * The readable parts of one release: record cards, entity tables, warnings.
 */
import type { MeetingRecord, PersonRef, PressRelease, ProjectRecord, Span } from "../../src/index.js";
import { dateValue, figureValue, roleText } from "./describe.js";
import { excerpt, h } from "./dom.js";

/** Called by the "Show in text" buttons with the span to select. */
export type ShowSpan = (span: Span) => void;

const DASH = "–";

function list(items: readonly string[]): HTMLElement | string {
  if (items.length === 0) return DASH;
  return h("ul", { class: "inline-list" }, ...items.map((i) => h("li", {}, i)));
}

/** A definition list of label/value rows; rows with no value show a dash. */
function facts(rows: [string, Node | string | null | undefined][]): HTMLElement {
  const dl = h("dl", { class: "facts" });
  for (const [label, value] of rows) dl.append(h("dt", {}, label), h("dd", {}, value ?? DASH));
  return dl;
}

/** A table: on a narrow screen its rows stack (see styles.css); a too-wide one scrolls inside its wrapper. */
function table(caption: string, head: string[], rows: (string | Node)[][]): HTMLElement {
  return h(
    "div",
    { class: "table-wrap" },
    // Explicit roles: the narrow layout restyles the table as blocks, which would drop its semantics.
    h(
      "table",
      { role: "table" },
      h("caption", { class: "visually-hidden" }, caption),
      h("thead", { role: "rowgroup" }, h("tr", { role: "row" }, ...head.map((c) => h("th", { scope: "col", role: "columnheader" }, c)))),
      // data-label: on a narrow screen each row is shown as a stack of "label: value" lines.
      h(
        "tbody",
        { role: "rowgroup" },
        ...rows.map((r) => h("tr", { role: "row" }, ...r.map((c, i) => h("td", { role: "cell", "data-label": head[i] }, c || DASH)))),
      ),
    ),
  );
}

function peopleTable(caption: string, people: readonly PersonRef[]): HTMLElement | string {
  if (people.length === 0) return h("p", { class: "muted" }, `${caption}: none found.`);
  return table(caption, ["Name", "Role", "Organisation"], people.map((p) => [p.name, p.role ?? "", p.organisation ?? ""]));
}

function evidence(source: string, span: Span, show: ShowSpan, what: string): HTMLElement {
  return h(
    "div",
    { class: "evidence" },
    h("blockquote", { lang: "de" }, excerpt(source, span.start, span.end)),
    button("Show in text", `Select the evidence of ${what} in the text`, () => show(span)),
  );
}

function button(label: string, ariaLabel: string, onClick: () => void): HTMLButtonElement {
  const b = h("button", { type: "button", class: "secondary small", "aria-label": ariaLabel }, label);
  b.addEventListener("click", onClick);
  return b;
}

function meetingCard(r: MeetingRecord, source: string, show: ShowSpan): HTMLElement {
  const title = `Meeting: ${r.kind}`;
  return h(
    "article",
    { class: "card card-meeting", "data-type": "meeting" },
    h("h4", {}, h("span", { class: "badge" }, "Meeting"), " ", h("span", { lang: "de" }, r.kind)),
    facts([
      ["Date", r.date],
      ["Place", r.place],
      ["Project", r.project],
      ["Organisers", list(r.organisers)],
    ]),
    peopleTable(`Participants of ${r.kind}`, r.participants),
    evidence(source, r.evidence, show, title),
  );
}

function projectCard(r: ProjectRecord, source: string, show: ShowSpan): HTMLElement {
  return h(
    "article",
    { class: "card card-project", "data-type": "project" },
    h("h4", {}, h("span", { class: "badge" }, "Project"), " ", h("span", { lang: "de" }, r.name)),
    facts([
      ["Programme", r.programme],
      ["Start", r.start],
      ["End", r.end],
      ["Duration", r.duration],
      ["Places", list(r.places)],
      ["Organisations", list(r.organisations.map((o) => `${o.name} (${o.role})`))],
      ["Figures", list(r.figures.map(figureValue))],
    ]),
    peopleTable(`People of ${r.name}`, r.people),
    evidence(source, r.evidence, show, `project ${r.name}`),
  );
}

export function renderRecords(release: PressRelease, source: string, show: ShowSpan): HTMLElement {
  const section = h("section", { class: "records", "aria-label": "Records" }, h("h3", {}, `Records (${release.records.length})`));
  if (release.records.length === 0) {
    section.append(h("p", { class: "muted" }, "No meeting or project records."));
    return section;
  }
  const cards = h("div", { class: "cards" });
  for (const r of release.records) {
    cards.append(r.type === "meeting" ? meetingCard(r, source, show) : projectCard(r, source, show));
  }
  section.append(cards);
  return section;
}

export function renderWarnings(release: PressRelease, source: string): HTMLElement {
  const section = h("section", { class: "warnings", "aria-label": "Warnings" }, h("h3", {}, `Warnings (${release.warnings.length})`));
  if (release.warnings.length === 0) {
    section.append(h("p", { class: "muted" }, "No warnings."));
    return section;
  }
  section.append(
    h(
      "ul",
      { class: "warning-list" },
      ...release.warnings.map((w) =>
        h(
          "li",
          {},
          h("code", { class: "warning-code" }, w.code),
          " ",
          w.message,
          w.end > w.start ? h("blockquote", { lang: "de" }, excerpt(source, w.start, w.end, 160)) : null,
        ),
      ),
    ),
  );
  return section;
}

/** The entities as tables, one collapsible group per kind. */
export function renderEntities(release: PressRelease): HTMLElement {
  const section = h("section", { class: "entities", "aria-label": "Entities" }, h("h3", {}, "Entities"));
  const group = (title: string, count: number, content: () => HTMLElement, open = false): void => {
    const details = h("details", { open }, h("summary", {}, `${title} (${count})`));
    details.append(count === 0 ? h("p", { class: "muted" }, "None found.") : content());
    section.append(details);
  };
  group("Persons", release.persons.length, () =>
    table(
      "Persons",
      ["Name", "Title / address", "Roles", "Mentions"],
      release.persons.map((p) => [
        p.name,
        [p.honorific, p.title].filter(Boolean).join(" "),
        list(p.roles.map((r) => roleText(r) || DASH)),
        String(p.mentions.length),
      ]),
    ), true);
  group("Places", release.places.length, () =>
    table(
      "Places",
      ["Name", "Type", "State", "Mentions"],
      release.places.map((p) => [p.name, p.type, p.state ?? "", String(p.mentions.length)]),
    ));
  group("Organisations", release.organisations.length, () =>
    table(
      "Organisations",
      ["Name", "Abbreviation", "Mentions"],
      release.organisations.map((o) => [o.name, o.abbreviation ?? "", String(o.mentions.length)]),
    ));
  group("Dates", release.dates.length, () =>
    table("Dates", ["Text", "Type", "Value"], release.dates.map((d) => [d.text, d.type, dateValue(d)])));
  group("Figures", release.figures.length, () =>
    table("Figures", ["Text", "Value"], release.figures.map((f) => [f.text, figureValue(f)])));
  return section;
}
