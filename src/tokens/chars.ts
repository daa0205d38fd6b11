/**
 * Character classes and lower-casing by UTF-16 code unit, filled lazily:
 * the token layer and the tagger look at every character of a release, so
 * each answer is one array read after the first time a code unit is seen.
 */

export const CharClass = {
  Unknown: 0,
  Upper: 1,
  Lower: 2,
  /** A letter without case (CJK, Arabic, …) or a combining mark. */
  Caseless: 3,
  Digit: 4,
  Hyphen: 5,
  Dot: 6,
  /** Apostrophes and the ampersand: inside names ("O'Brien", "H&M"). */
  Joiner: 7,
  Space: 8,
  Other: 9,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const CLASS = new Uint8Array(65536);
const LOWER = new Uint16Array(65536);
const LOWER_KNOWN = new Uint8Array(65536);
const UPPER_RE = /\p{Lu}|\p{Lt}/u;
const LOWER_RE = /\p{Ll}/u;
const LETTER_RE = /[\p{L}\p{M}]/u;
const SPACE_RE = /\s/u;

function classify(code: number): CharClass {
  if (code >= 65 && code <= 90) return CharClass.Upper;
  if (code >= 97 && code <= 122) return CharClass.Lower;
  if (code >= 48 && code <= 57) return CharClass.Digit;
  if (code === 45 || code === 0x2010 || code === 0x2011) return CharClass.Hyphen;
  if (code === 46) return CharClass.Dot;
  if (code === 39 || code === 0x2019 || code === 38) return CharClass.Joiner;
  const ch = String.fromCharCode(code);
  if (SPACE_RE.test(ch)) return CharClass.Space;
  if (UPPER_RE.test(ch)) return CharClass.Upper;
  if (LOWER_RE.test(ch)) return CharClass.Lower;
  if (LETTER_RE.test(ch)) return CharClass.Caseless;
  return CharClass.Other;
}

/** The class of one UTF-16 code unit (a lone surrogate is Other). */
export function charClass(code: number): CharClass {
  let c = CLASS[code]!;
  if (c === 0) CLASS[code] = c = classify(code);
  return c as CharClass;
}

/** The lower-case code unit (unchanged when lower-casing would change the length). */
export function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if (LOWER_KNOWN[code] === 0) {
    const l = String.fromCharCode(code).toLowerCase();
    LOWER[code] = l.length === 1 ? l.charCodeAt(0) : code;
    LOWER_KNOWN[code] = 1;
  }
  return LOWER[code]!;
}

// FNV-1a over code units; 32-bit, the same on every machine.
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

/** Hash of text[start, end) as written. */
export function hashRange(text: string, start: number, end: number): number {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/** Hash of a string as written (the same as hashRange over it). */
export const hashString = (s: string): number => hashRange(s, 0, s.length);
