/**
 * Highlighting: the mentions of one release become nested <mark> elements
 * over its source text. Mentions may nest (a place inside an organisation
 * name) or, rarely, cross; crossing ones are split at the boundary so the
 * DOM stays a tree and every character keeps all its marks.
 */
import type { PressRelease } from "../../src/index.js";
import { describeDate, describeFigure, describePerson, describePlace, describeOrganisation } from "./describe.js";

export const MENTION_KINDS = ["date", "figure", "place", "organisation", "person"] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

export const KIND_LABELS: Record<MentionKind, string> = {
  date: "Date",
  figure: "Figure",
  place: "Place",
  organisation: "Organisation",
  person: "Person",
};

/** One highlight: a stretch of the source and what the library says about it. */
export interface Highlight {
  start: number;
  end: number;
  kind: MentionKind;
  /** Short heading of the tooltip, e.g. the canonical name. */
  label: string;
  /** Further tooltip lines: normalised value, type, roles. */
  details: string[];
}

/** Every mention of a release as a highlight, in source offsets. */
export function highlightsOf(release: PressRelease): Highlight[] {
  const out: Highlight[] = [];
  for (const d of release.dates) out.push({ start: d.start, end: d.end, kind: "date", ...describeDate(d) });
  for (const f of release.figures) out.push({ start: f.start, end: f.end, kind: "figure", ...describeFigure(f) });
  for (const p of release.places) {
    const info = describePlace(p);
    for (const m of p.mentions) out.push({ start: m.start, end: m.end, kind: "place", ...info });
  }
  for (const o of release.organisations) {
    const info = describeOrganisation(o);
    for (const m of o.mentions) out.push({ start: m.start, end: m.end, kind: "organisation", ...info });
  }
  for (const p of release.persons) {
    const info = describePerson(p);
    for (const m of p.mentions) out.push({ start: m.start, end: m.end, kind: "person", ...info });
  }
  return out;
}

export interface SpanNode {
  highlight: Highlight | null;
  start: number;
  end: number;
  children: SpanNode[];
}

/**
 * Arranges highlights into a tree of properly nested nodes inside [from, to).
 * Outer spans first (start ascending, longer first); a span that crosses the
 * end of the one it starts in is split there and the rest re-queued.
 */
export function nestHighlights(highlights: readonly Highlight[], from: number, to: number): SpanNode {
  const seen = new Set<string>();
  const queue = highlights
    .map((h) => ({ ...h, start: Math.max(h.start, from), end: Math.min(h.end, to) }))
    .filter((h) => h.start < h.end)
    .filter((h) => {
      const key = `${h.start}:${h.end}:${h.kind}:${h.label}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const kindRank = (k: MentionKind): number => MENTION_KINDS.indexOf(k);
  const order = (a: Highlight, b: Highlight): number =>
    a.start - b.start || b.end - a.end || kindRank(b.kind) - kindRank(a.kind);
  queue.sort(order);

  const root: SpanNode = { highlight: null, start: from, end: to, children: [] };
  const stack: SpanNode[] = [root];
  while (queue.length > 0) {
    const h = queue.shift()!;
    while (stack.length > 1 && stack[stack.length - 1]!.end <= h.start) stack.pop();
    const parent = stack[stack.length - 1]!;
    let piece = h;
    if (h.end > parent.end) {
      piece = { ...h, end: parent.end };
      const rest = { ...h, start: parent.end };
      const at = queue.findIndex((q) => order(rest, q) < 0);
      queue.splice(at === -1 ? queue.length : at, 0, rest);
    }
    const node: SpanNode = { highlight: piece, start: piece.start, end: piece.end, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

/** Renders `source[from, to)` with its highlights; returns the container's children. */
export function renderHighlightedText(
  source: string,
  highlights: readonly Highlight[],
  from: number,
  to: number,
  register: (mark: HTMLElement, highlight: Highlight) => void,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const emit = (node: SpanNode, into: HTMLElement | DocumentFragment): void => {
    let cursor = node.start;
    for (const child of node.children) {
      if (child.start > cursor) into.append(source.slice(cursor, child.start));
      const h = child.highlight!;
      const mark = document.createElement("mark");
      mark.className = `m m-${h.kind}`;
      mark.dataset.kind = h.kind;
      mark.dataset.start = String(h.start);
      mark.dataset.end = String(h.end);
      // Reached with the arrow keys inside the text (one tab stop for the whole text).
      mark.tabIndex = -1;
      register(mark, h);
      emit(child, mark);
      into.append(mark);
      cursor = child.end;
    }
    if (cursor < node.end) into.append(source.slice(cursor, node.end));
  };
  emit(nestHighlights(highlights, from, to), fragment);
  return fragment;
}
