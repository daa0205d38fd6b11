/**
 * Turns a finished Doc into the PressRelease of the output contract: every
 * span maps from view to source offsets, and every mention's text is the
 * source slice, so `source.slice(start, end) === text` holds by construction.
 */
import type { PressRelease, Span } from "../schema/release.js";
import { SCHEMA_VERSION } from "../schema/version.js";
import { squeeze } from "../text/whitespace.js";
import { toSourceSpan, type TextView } from "../text/view.js";
import type { Doc } from "./doc.js";

/**
 * Deep copy of extractor output with each {start, end} (and its text) mapped
 * to the source. With `plain` (Markdown and HTML input), each mention also
 * gets `plain`: the text it was read from, markup removed.
 */
export function mapToSource<T>(value: T, view: TextView, source: string, plain = false): T {
  if (Array.isArray(value)) return value.map((v) => mapToSource(v, view, source, plain)) as T;
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = mapToSource(v, view, source, plain);
  if (typeof obj.start === "number" && typeof obj.end === "number") {
    const s = toSourceSpan(view, { start: obj.start, end: obj.end } as Span);
    out.start = s.start;
    out.end = s.end;
    if (typeof obj.text === "string") {
      out.text = source.slice(s.start, s.end);
      if (plain) out.plain = view.text.slice(obj.start, obj.end);
    }
  }
  return out as T;
}

export function toPressRelease(doc: Doc): PressRelease {
  const plain = doc.format === "markdown" || doc.format === "html";
  const map = <T>(v: T): T => mapToSource(v, doc.view, doc.source, plain);
  const dl = doc.dateline;
  const dateline = dl && (dl.date || dl.place)
    ? { date: dl.date, place: dl.place, ...map({ text: "", ...dl.span }) }
    : null;
  return {
    schemaVersion: SCHEMA_VERSION,
    source: doc.sourceId,
    part: doc.part,
    span: doc.span,
    language: doc.language ?? { code: "und", german: false },
    title: doc.title ? squeeze(doc.view.text.slice(doc.title.start, doc.title.end)) : null,
    dateline,
    referenceDate: doc.anchorDate ?? null,
    dates: map(doc.dates ?? []),
    places: map(doc.places ?? []),
    organisations: map(doc.organisations ?? []),
    persons: map(doc.persons ?? []),
    figures: map(doc.figures ?? []),
    records: map(doc.records ?? []),
    warnings: doc.warnings,
  };
}
