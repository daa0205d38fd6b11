/**
 * Spans of line-break hyphenation to delete for extraction:
 * "Migran-\ntenorganisationen" and the copy-and-paste form where the line
 * break was lost inside a noun ("Migran-tenorganisationen"). English loans
 * with short lower-case second parts ("Know-how", "Check-in") stay as they are.
 */
import type { Span } from "../schema/release.js";

const LINE_BREAK_RE = /(?<=\p{Ll})-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu;
// A capitalised word part, the hyphen, then four lower-case letters (no lookbehind: it is slow on long texts).
const INLINE_RE = /(?:^|[^\p{L}-])\p{Lu}\p{Ll}+-(?=\p{Ll}{4,})/gu;

export function hyphenationSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(LINE_BREAK_RE)) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(INLINE_RE)) {
    const hyphen = m.index + m[0].length - 1;
    spans.push({ start: hyphen, end: hyphen + 1 });
  }
  return spans.sort((a, b) => a.start - b.start);
}
