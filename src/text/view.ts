/**
 * A TextView is text derived from a source string (parsed Markdown/HTML,
 * boilerplate blanked, hyphenation repaired) together with a map from each
 * view offset back to a source offset. Extraction reads the view; everything
 * reported maps back, so `source.slice(start, end) === text` always holds.
 */
import type { Span } from "../schema/release.js";

export interface TextView {
  readonly text: string;
  /** map[i] = source offset of view character i; map[text.length] = source offset just past the last character. */
  readonly map: Int32Array;
}

/** The identity view of a source string (or of a slice of it). */
export function identityView(source: string, start = 0, end = source.length): TextView {
  const map = new Int32Array(end - start + 1);
  for (let i = 0; i <= end - start; i++) map[i] = start + i;
  return { text: source.slice(start, end), map };
}

/** Source offset of a view offset used as a span start. */
export function sourceStart(view: TextView, i: number): number {
  return view.map[Math.min(Math.max(i, 0), view.text.length)]!;
}

/** Source offset of a view offset used as a span end (exclusive). */
export function sourceEnd(view: TextView, i: number): number {
  if (i <= 0) return view.map[0]!;
  const last = Math.min(i, view.text.length) - 1;
  return view.map[last]! + 1;
}

/** A view span mapped to the source. */
export function toSourceSpan(view: TextView, span: Span): Span {
  const start = sourceStart(view, span.start);
  const end = span.end > span.start ? sourceEnd(view, span.end) : start;
  return { start, end: Math.max(start, end) };
}

/** The sub-view for [start, end) of a view. */
export function subView(view: TextView, start: number, end: number): TextView {
  const map = new Int32Array(end - start + 1);
  map.set(view.map.subarray(start, end));
  map[end - start] = end > start ? view.map[end - 1]! + 1 : view.map[start]!;
  return { text: view.text.slice(start, end), map };
}

/** Replace the characters of each span with spaces (newlines kept): offsets stay the same. */
export function blankSpans(view: TextView, spans: readonly Span[]): TextView {
  if (spans.length === 0) return view;
  const parts: string[] = [];
  let from = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(from, s.start);
    const end = Math.min(view.text.length, s.end);
    if (end <= start) continue;
    parts.push(view.text.slice(from, start), view.text.slice(start, end).replace(/[^\n]/g, " "));
    from = end;
  }
  parts.push(view.text.slice(from));
  return { text: parts.join(""), map: view.map };
}

/** Remove the characters of each (sorted, disjoint) span; the map keeps pointing at the source. */
export function deleteSpans(view: TextView, spans: readonly Span[]): TextView {
  if (spans.length === 0) return view;
  let removed = 0;
  for (const s of spans) removed += s.end - s.start;
  const newLen = view.text.length - removed;
  const map = new Int32Array(newLen + 1);
  const parts: string[] = [];
  let from = 0;
  let j = 0;
  for (const s of spans) {
    parts.push(view.text.slice(from, s.start));
    map.set(view.map.subarray(from, s.start), j);
    j += Math.max(0, s.start - from);
    from = s.end;
  }
  parts.push(view.text.slice(from));
  map.set(view.map.subarray(from, view.text.length), j);
  map[newLen] = view.map[view.text.length]!;
  return { text: parts.join(""), map };
}
