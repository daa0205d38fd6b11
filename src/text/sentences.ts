/**
 * Paragraphs, sentences and tokens with offsets. German specifics: no split
 * after abbreviations ("Dr.", "z.B.", "Nr."), ordinal dots ("12. April"),
 * dates ("04.07.2014") or initials ("A. Müller"); line breaks end a sentence
 * unless the next line continues it in lower case.
 */
import type { Span } from "../schema/release.js";
import { NON_FINAL_ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { trimSpan } from "./whitespace.js";

export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t]*\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  const push = (s: number, e: number) => {
    const t = trimSpan(text, s, e);
    if (t.end > t.start) out.push(t);
  };
  while ((m = re.exec(text))) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

const BOUNDARY_RE = /([.!?…]+)(["“”„‟'’»«)\]]*)(\s+)(?=\S)|\n/g;

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function isBoundary(text: string, m: RegExpExecArray): boolean {
  const next = text[m.index + m[0].length] ?? "";
  if (m[0] === "\n") {
    // A line break continues the sentence when the next line starts in lower case
    // or the line ends with a hyphen or comma.
    const prev = text.slice(Math.max(0, m.index - 2), m.index).trimEnd();
    if (/[,\-–(]$/.test(prev) && prev !== "") return false;
    return !/^\p{Ll}/u.test(next);
  }
  const punct = m[1]!;
  if (punct !== ".") return /^[\p{Lu}\p{N}"“„'‚»(\[–-]/u.test(next) || /\n/.test(m[3]!);
  const word = wordBefore(text, m.index);
  const bare = word.replace(/\.$/, "").toLowerCase();
  if (m[3]!.includes("\n\n")) return true;
  if (NON_FINAL_ABBREVIATIONS.has(bare)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial
  if (/^\d{1,2}$/.test(word)) return false; // an ordinal: "12. April", "3. Platz"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // "z.B", "e.V", "u.a"
  return /^[\p{Lu}\p{N}"“„'‚»(\[–-]/u.test(next);
}

export function splitSentences(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  const chunk = text.slice(within.start, within.end);
  let start = 0;
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(chunk))) {
    if (!isBoundary(chunk, m)) continue;
    const end = m[0] === "\n" ? m.index : m.index + m[1]!.length + m[2]!.length;
    const t = trimSpan(text, within.start + start, within.start + end);
    if (t.end > t.start) out.push(t);
    start = m.index + m[0].length;
  }
  const t = trimSpan(text, within.start + start, within.end);
  if (t.end > t.start) out.push(t);
  return out;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

/** Words (with inner hyphens and dots) and single punctuation marks. */
export function tokenize(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  const chunk = text.slice(within.start, within.end);
  for (const m of chunk.matchAll(TOKEN_RE)) {
    let end = m.index + m[0].length;
    // A final period belongs to the word only for abbreviations and ordinals.
    if (m[0].endsWith(".") && m[0].length > 1) {
      const bare = m[0].slice(0, -1).toLowerCase();
      if (!NON_FINAL_ABBREVIATIONS.has(bare) && !/^\d{1,2}$/.test(bare) && !/\./.test(bare)) end -= 1;
    }
    out.push({ start: within.start + m.index, end: within.start + end });
    if (end < m.index + m[0].length) out.push({ start: within.start + end, end: within.start + end + 1 });
  }
  return out;
}
