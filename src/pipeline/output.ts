/**
 * Turns a finished Doc into the PressRelease of the output contract: every
 * span maps from view to source offsets, and every mention's text is the
 * source slice, so `source.slice(start, end) === text` holds by construction.
 */
import type { PressRelease } from "../schema/release.js";
import { SCHEMA_VERSION } from "../schema/version.js";
import { squeeze } from "../text/whitespace.js";
import { sourceEnd, sourceStart, type TextView } from "../text/view.js";
import type { Doc } from "./doc.js";

/**
 * Deep copy of extractor output with each {start, end} (and its text) mapped
 * to the source. With `plain` (Markdown and HTML input), each mention also
 * gets `plain`: the text it was read from, markup removed.
 */
export function mapToSource<T>(value: T, view: TextView, source: string, plain = false): T {
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = mapToSource(value[i], view, source, plain);
    return out as T;
  }
  if (value === null || typeof value !== "object") return value;
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // for-in over these plain objects gives Object.entries' keys and order without the pairs it allocates.
  for (const k in obj) {
    const v = obj[k];
    out[k] = v !== null && typeof v === "object" ? mapToSource(v, view, source, plain) : v;
  }
  const { start, end } = obj;
  if (typeof start === "number" && typeof end === "number") {
    // toSourceSpan, without the span objects
    const s = sourceStart(view, start);
    const e = Math.max(s, end > start ? sourceEnd(view, end) : s);
    out.start = s;
    out.end = e;
    if (typeof obj.text === "string") {
      out.text = source.slice(s, e);
      if (plain) out.plain = view.text.slice(start, end);
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
