/**
 * Splits one input into releases: at separator lines ("*****", "-----",
 * "=====") and at repeated dateline headers ("30.04.2014, Köln" after a
 * first release). Parts too small to be a release join their neighbour.
 */
import type { Span } from "../schema/release.js";
import { isLetterUnit } from "../text/unicode-class.js";

// Space within a line: \r, \u2028 and \u2029 end a line for ^ and $ too, so a run of them
// must not be taken as leading space (it would be rescanned from each of its line starts).
const SEPARATOR_RE = /^[^\S\n\r\u2028\u2029]*([*=#~_\-–—+])(?:[^\S\n\r\u2028\u2029]*\1){4,}[^\S\n\r\u2028\u2029]*$/gmu;
const DATELINE_HEADER_RE = /^[^\S\n\r\u2028\u2029]*\d{1,2}\.\d{1,2}\.\d{2,4}[^\S\n\r\u2028\u2029]*,[^\S\n\r\u2028\u2029]*\p{Lu}[\p{L} .'’/-]{1,40}$/gmu;
/** A part needs this many letters to stand as a release of its own. */
const MIN_LETTERS = 150;

export function splitReleases(text: string): Span[] {
  const cuts: { at: number; skipTo: number }[] = [];
  for (const m of text.matchAll(SEPARATOR_RE)) cuts.push({ at: m.index, skipTo: m.index + m[0].length });
  const headers = [...text.matchAll(DATELINE_HEADER_RE)];
  if (headers.length >= 2) for (const m of headers) if (m.index > 0) cuts.push({ at: m.index, skipTo: m.index });
  cuts.sort((a, b) => a.at - b.at);

  const parts: Span[] = [];
  let start = 0;
  for (const c of cuts) {
    if (c.at < start) continue;
    parts.push({ start, end: c.at });
    start = c.skipTo;
  }
  parts.push({ start, end: text.length });

  // Counts letters up to MIN_LETTERS only: that is all the merge needs to know. The scan
  // stops at the part's end (a search for the next letter could run to the end of the
  // text once per part: quadratic for many parts without letters).
  const letters = (s: Span) => {
    let n = 0;
    for (let i = s.start; i < s.end && n < MIN_LETTERS; i++) if (isLetterUnit(text.charCodeAt(i))) n++;
    return n;
  };
  // Each part counted once: a merged release's count is the sum of its parts' (the gaps
  // between them, separator lines, hold no letters), capped like the count itself.
  const merged: Span[] = [];
  let lastLetters = 0;
  for (const p of parts) {
    const n = letters(p);
    if (n === 0) continue; // the gap between a separator and a header
    const last = merged[merged.length - 1];
    if (last && (n < MIN_LETTERS || lastLetters < MIN_LETTERS)) {
      last.end = p.end;
      lastLetters = Math.min(MIN_LETTERS, lastLetters + n);
    } else {
      merged.push({ ...p });
      lastLetters = n;
    }
  }
  // Trim each release to its content.
  return merged.map((p) => {
    let { start: s, end: e } = p;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    return e > s ? { start: s, end: e } : p;
  });
}
