/**
 * Paragraphs, sentences and tokens with offsets. German specifics: no split
 * after abbreviations ("Dr.", "z.B.", "Nr."), ordinal dots ("12. April"),
 * dates ("04.07.2014") or initials ("A. Müller"); line breaks end a sentence
 * unless the next line continues it in lower case.
 */
import type { Span } from "../schema/release.js";
import { NON_FINAL_ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { trimSpan } from "./whitespace.js";
import { isLetterUnit, isLowerUnit, isNumberUnit, isSpaceUnit, isUpperUnit } from "./unicode-class.js";

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

/** The marks that end a sentence, and the closing quotes and brackets that may follow them. */
const isEndMark = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
const isCloser = (c: number): boolean =>
  c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 39 || c === 0x2019 ||
  c === 0xbb || c === 0xab || c === 41 || c === 93; // " “ ” „ ‟ ' ’ » « ) ]
/** What may open a sentence after a boundary: upper case, digits, quotes, brackets, dashes. */
const opensSentence = (c: number): boolean =>
  isUpperUnit(c) || isNumberUnit(c) || c === 34 || c === 0x201c || c === 0x201e || c === 39 || c === 0x201a || c === 0xbb ||
  c === 40 || c === 91 || c === 0x2013 || c === 45;
const NEWLINE = 10;

const BOUNDARY_CANDIDATE = /[.!?…\n]/g;
/** The last search, kept: a search that ran past a paragraph's end answers the next paragraph's first one. */
const lastSearch = { text: "", from: 0, found: 0 };

/**
 * The next end mark or line break at or after `from` (text.length if none).
 * The regex engine skips text far faster than a loop over characters; a
 * search that runs past the span asked about is remembered, so splitting a
 * text paragraph by paragraph still reads each character once.
 */
function nextBoundaryCandidate(text: string, from: number): number {
  if (lastSearch.text === text && from >= lastSearch.from && from <= lastSearch.found) return lastSearch.found;
  BOUNDARY_CANDIDATE.lastIndex = from;
  const found = BOUNDARY_CANDIDATE.test(text) ? BOUNDARY_CANDIDATE.lastIndex - 1 : text.length;
  lastSearch.text = text;
  lastSearch.from = from;
  lastSearch.found = found;
  return found;
}

/** The word before `end` (letters, digits, dots), not reaching before `from`. */
function wordStart(text: string, from: number, end: number): number {
  let i = end;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c !== 46 && !isLetterUnit(c) && !isNumberUnit(c)) break;
    i--;
  }
  return i;
}

/** "z.B", "e.V", "u.a": letters each followed by a dot, then a letter. */
function isDottedShortForm(text: string, start: number, end: number): boolean {
  if (end - start < 3 || (end - start) % 2 === 0) return false;
  for (let i = start; i < end; i += 2) {
    if (!isLetterUnit(text.charCodeAt(i))) return false;
    if (i + 1 < end && text.charCodeAt(i + 1) !== 46) return false;
  }
  return true;
}

/**
 * Whether a line break at `at` (inside [from, to)) ends a sentence: not when
 * the line ends with a comma, hyphen, dash or opening bracket, nor when the
 * next line starts in lower case.
 */
function lineBreakEnds(text: string, from: number, to: number, at: number): boolean {
  let p = at;
  const windowStart = Math.max(from, at - 2);
  while (p > windowStart && isSpaceUnit(text.charCodeAt(p - 1))) p--;
  if (p > windowStart) {
    const last = text.charCodeAt(p - 1);
    if (last === 44 || last === 45 || last === 0x2013 || last === 40) return false;
  }
  return !(at + 1 < to && isLowerUnit(text.charCodeAt(at + 1)));
}

/**
 * Whether marks [at, marksEnd), closers up to `spaceStart` and space up to
 * `next` end a sentence: not after abbreviations ("Dr."), ordinals ("12."),
 * initials ("A.") or short forms ("z.B."); only before what may open one.
 */
function marksEnd(text: string, from: number, at: number, marksEnd: number, spaceStart: number, next: number): boolean {
  const opener = opensSentence(text.charCodeAt(next));
  let newlines = 0;
  for (let i = spaceStart; i < next; i++) if (text.charCodeAt(i) === NEWLINE) newlines++;
  if (marksEnd - at !== 1 || text.charCodeAt(at) !== 46) return opener || newlines > 0;
  const start = wordStart(text, from, at);
  if (hasBlankLine(text, spaceStart, next)) return true;
  const bareEnd = at > start && text.charCodeAt(at - 1) === 46 ? at - 1 : at;
  if (bareEnd > start && bareEnd - start <= LONGEST_ABBREVIATION && NON_FINAL_ABBREVIATIONS.has(text.slice(start, bareEnd).toLowerCase())) return false;
  if (at - start === 1 && isUpperUnit(text.charCodeAt(start))) return false; // an initial
  if (isOrdinal(text, start, at)) return false; // "12. April", "3. Platz"
  if (isDottedShortForm(text, start, at)) return false; // "z.B", "e.V", "u.a"
  return opener;
}

function hasBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) if (text.charCodeAt(i) === NEWLINE && text.charCodeAt(i + 1) === NEWLINE) return true;
  return false;
}

/** One or two ASCII digits. */
function isOrdinal(text: string, start: number, end: number): boolean {
  if (end - start < 1 || end - start > 2) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const LONGEST_ABBREVIATION = Math.max(...[...NON_FINAL_ABBREVIATIONS].map((a) => a.length));

/**
 * Sentences of `text` inside `within`. A boundary is a run of end marks (tried
 * from its first mark only: from every mark, a long run without space after
 * it would be rescanned once per mark), closing quotes, then space before a
 * non-space character; or a line break.
 */
export function splitSentences(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  const from = within.start;
  const to = within.end;
  let start = from;
  const push = (end: number) => {
    const t = trimSpan(text, start, end);
    if (t.end > t.start) out.push(t);
  };
  let i = from;
  for (;;) {
    i = nextBoundaryCandidate(text, i);
    if (i >= to) break;
    const c = text.charCodeAt(i);
    if (isEndMark(c) && (i === from || !isEndMark(text.charCodeAt(i - 1)))) {
      let m = i + 1;
      while (m < to && isEndMark(text.charCodeAt(m))) m++;
      let q = m;
      while (q < to && isCloser(text.charCodeAt(q))) q++;
      let s = q;
      while (s < to && isSpaceUnit(text.charCodeAt(s))) s++;
      if (s > q && s < to) {
        if (marksEnd(text, from, i, m, q, s)) {
          push(q);
          start = s;
        }
        i = s;
        continue;
      }
    }
    if (c === NEWLINE) {
      if (lineBreakEnds(text, from, to, i)) {
        push(i);
        start = i + 1;
      }
    }
    i++;
  }
  push(to);
  return out;
}

// Latin letters and digits written out: V8 runs this several times faster than \p{L} with the u flag.
// Letters of other scripts come out one token per character.
const WORD_UNIT = new Uint8Array(0x1f00);
for (const [a, b] of [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x24f], [0x1e00, 0x1eff]] as const) {
  for (let c = a; c <= b; c++) WORD_UNIT[c] = 1;
}
const isWordUnit = (c: number): boolean => c < 0x1f00 && WORD_UNIT[c] === 1;
/** Inside a word between two runs of letters: hyphen, apostrophes, dot, ampersand. */
const isInnerJoiner = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;
const DOT = 46;

/**
 * Token offsets in one typed array: token i is [offsets[2i], offsets[2i + 1]).
 * What the pipeline passes from the segment to the analyse stage: two numbers
 * per token instead of an object, which the collector would otherwise copy
 * for as long as the batch runs.
 */
export interface TokenOffsets {
  readonly count: number;
  readonly offsets: Int32Array;
}

/**
 * Words (with inner hyphens and dots) and single punctuation marks: what
 * `/[W]+(?:[-'’.&][W]+)*\.?|[^\sW]/g` finds (W: Latin letters and digits),
 * read character by character.
 */
export function tokenize(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const { count, offsets } = tokenOffsets(text, within);
  const out = new Array<Span>(count);
  for (let i = 0; i < count; i++) out[i] = { start: offsets[2 * i]!, end: offsets[2 * i + 1]! };
  return out;
}

/** The tokens of `tokenize`, as offsets. */
export function tokenOffsets(text: string, within: Span = { start: 0, end: text.length }): TokenOffsets {
  const out = new OffsetList();
  const n = text.length;
  let i = within.start;
  while (i < n && i < within.end) {
    const c = text.charCodeAt(i);
    const start = i;
    if (isWordUnit(c)) {
      i++;
      while (i < n && isWordUnit(text.charCodeAt(i))) i++;
      while (i + 1 < n && isInnerJoiner(text.charCodeAt(i)) && isWordUnit(text.charCodeAt(i + 1))) {
        i += 2;
        while (i < n && isWordUnit(text.charCodeAt(i))) i++;
      }
      if (i < n && text.charCodeAt(i) === DOT) i++;
      const end = Math.min(i, within.end);
      // A final period belongs to the word only for abbreviations and ordinals.
      if (i - start > 1 && text.charCodeAt(i - 1) === DOT && !periodBelongs(text, start, i - 1)) {
        out.push(start, end - 1);
        out.push(end - 1, end);
      } else out.push(start, end);
      continue;
    }
    i++;
    if (!isSpaceUnit(c)) out.push(start, Math.min(i, within.end));
  }
  return out.done();
}

/** Scratch room for the offsets while tokenizing, kept from call to call up to this many entries (256 kB: a worker holds no more after a long text). */
const KEPT_SCRATCH = 1 << 16;
let scratch = new Int32Array(1 << 12);

/** Offset pairs gathered in the shared scratch array (grown by doubling), then copied out at their exact size. */
class OffsetList {
  private length = 0;
  private room = scratch;

  push(start: number, end: number): void {
    if (this.length + 2 > this.room.length) {
      const grown = new Int32Array(this.room.length * 2);
      grown.set(this.room);
      this.room = grown;
      if (grown.length <= KEPT_SCRATCH) scratch = grown;
    }
    this.room[this.length++] = start;
    this.room[this.length++] = end;
  }

  done(): TokenOffsets {
    return { count: this.length >> 1, offsets: this.room.slice(0, this.length) };
  }
}

/** A word [start, end) before a period: an abbreviation with inner dots, an ordinal, or a known short form. */
function periodBelongs(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === DOT) return true;
  if (isOrdinal(text, start, end)) return true;
  return end - start <= LONGEST_ABBREVIATION && NON_FINAL_ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}
