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

// A punctuation run is tried from its first mark only: tried from every mark, a long run
// without a space after it ("....x") is rescanned once per mark (quadratic).
const BOUNDARY_RE = /(?<![.!?…])([.!?…]+)(["“”„‟'’»«)\]]*)(\s+)(?=\S)|\n/g;

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

// Latin letters and digits written out: V8 runs this several times faster than \p{L} with the u flag.
// Letters of other scripts come out one token per character.
const W = "0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF";
const TOKEN_RE = new RegExp(`[${W}]+(?:[-'’.&][${W}]+)*\\.?|[^\\s${W}]`, "g");
const DOT = 46;

/** Words (with inner hyphens and dots) and single punctuation marks. */
export function tokenize(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  const re = new RegExp(TOKEN_RE.source, "g");
  re.lastIndex = within.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < within.end) {
    const word = m[0];
    const start = m.index;
    let end = start + word.length;
    if (end > within.end) end = within.end;
    // A final period belongs to the word only for abbreviations and ordinals.
    if (word.length > 1 && word.charCodeAt(word.length - 1) === DOT) {
      const bare = word.slice(0, -1);
      if (bare.includes(".") || /^\d{1,2}$/.test(bare) || NON_FINAL_ABBREVIATIONS.has(bare.toLowerCase())) {
        out.push({ start, end });
      } else {
        out.push({ start, end: end - 1 }, { start: end - 1, end });
      }
      continue;
    }
    out.push({ start, end });
  }
  return out;
}
