/** Tokens with offsets: the unit the organisation rules walk over. */
import { LEGAL_FORM_AT, LEGAL_FORM_INITIAL } from "./patterns.js";

export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * The tokens TOKEN (./patterns.ts) describes, found by a scanner over char
 * codes: a word of letters and digits with inner hyphens, apostrophes,
 * slashes, dots or ampersands ("Rhein-Kreis", "ver.di"), optionally a
 * trailing hyphen before a conjunction ("Presse- und") or a plus ("ESF+");
 * any other non-space character alone. The scanner gives the same tokens as
 * the regex at about three times its speed (the regex was the stage's
 * second-hottest line).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    const start = i;
    const first = wordCharLength(text, i);
    if (first === 0) {
      // \S with the u flag: one code point
      i += isSurrogatePair(text, i) ? 2 : 1;
      tokens.push({ text: text.slice(start, i), start, end: i });
      continue;
    }
    i = wordRunEnd(text, i);
    // inner separators, each followed by another run
    for (;;) {
      const s = text.charCodeAt(i);
      if (!isInnerSeparator(s) || i + 1 >= n || wordCharLength(text, i + 1) === 0) break;
      i = wordRunEnd(text, i + 1);
    }
    if (text.charCodeAt(i) === 45 /* - */ && conjunctionFollows(text, i + 1)) i++;
    else if (text.charCodeAt(i) === 43 /* + */) i++;
    let end = i;
    // a legal form is one token even with dots and spaces inside ("e. V.", "GmbH & Co. KG")
    if (end - start <= 6 && LEGAL_FORM_INITIAL.test(text[start]!)) {
      LEGAL_FORM_AT.lastIndex = start;
      const legal = LEGAL_FORM_AT.exec(text);
      if (legal && legal[0].length >= end - start) end = start + legal[0].length;
    }
    tokens.push({ text: text.slice(start, end), start, end });
    i = end;
  }
  return tokens;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;

/** Length (0, 1 or 2 code units) of the letter or digit at i; 0 when there is none. */
function wordCharLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c < 256) return LATIN1_WORD[c - 128]! ? 1 : 0;
  if (isSurrogatePair(text, i)) return LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_NUMBER.test(text[i]!) ? 1 : 0;
}

function wordRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // table lookups for Latin-1 (nearly every character of a German text), the general test beyond
    if (c < 256) {
      if (LATIN1_WORD_ALL[c] === 0) return i;
      i++;
      continue;
    }
    const len = wordCharLength(text, i);
    if (len === 0) return i;
    i += len;
  }
  return i;
}

/** \p{L}\p{N} among U+0080–U+00FF, precomputed. */
const LATIN1_WORD = Uint8Array.from({ length: 128 }, (_, k) => (LETTER_OR_NUMBER.test(String.fromCharCode(128 + k)) ? 1 : 0));
/** \p{L}\p{N} among U+0000–U+00FF. */
const LATIN1_WORD_ALL = Uint8Array.from({ length: 256 }, (_, k) => (LETTER_OR_NUMBER.test(String.fromCharCode(k)) ? 1 : 0));
/** \s among U+0000–U+00FF, precomputed; beyond, the regex decides. */
const LATIN1_SPACE = Uint8Array.from({ length: 256 }, (_, k) => (SPACE.test(String.fromCharCode(k)) ? 1 : 0));

function isSpace(c: number): boolean {
  return c < 256 ? LATIN1_SPACE[c] === 1 : SPACE.test(String.fromCharCode(c));
}

function isSurrogatePair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** - ' ’ / . & */
function isInnerSeparator(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 47 || c === 46 || c === 38;
}

const CONJUNCTION_AFTER_HYPHEN = /\s+(?:und|oder|bzw\.?|sowie)\s/y;

/** "Presse- und": spaces, a conjunction and a space follow position i. */
function conjunctionFollows(text: string, i: number): boolean {
  if (!isSpace(text.charCodeAt(i))) return false;
  CONJUNCTION_AFTER_HYPHEN.lastIndex = i;
  return CONJUNCTION_AFTER_HYPHEN.test(text);
}

/** A line break between from and to (without copying the text). */
export function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
