/**
 * Unicode general categories of single UTF-16 code units, as a `u`-flag regex
 * tests them on a one-unit string (`/^\p{Ll}/u.test(text[i])`; a lone
 * surrogate is in none). Filled lazily: each code unit is classified by the
 * regexes once, then every answer is one array read. For scanners that walk
 * text character by character instead of running a regex per character.
 */
const KNOWN = 1;
const LETTER = 2;
const UPPER = 4;
const LOWER = 8;
const NUMBER = 16;
const SPACE = 32;

const FLAGS = new Uint8Array(65536);

function classify(code: number): number {
  const ch = String.fromCharCode(code);
  let f = KNOWN;
  if (/\p{L}/u.test(ch)) f |= LETTER;
  if (/\p{Lu}/u.test(ch)) f |= UPPER;
  if (/\p{Ll}/u.test(ch)) f |= LOWER;
  if (/\p{N}/u.test(ch)) f |= NUMBER;
  if (/\s/.test(ch)) f |= SPACE;
  return f;
}

function flags(code: number): number {
  let f = FLAGS[code]!;
  if (f === 0) FLAGS[code] = f = classify(code);
  return f;
}

/** `\p{L}` */
export const isLetterUnit = (code: number): boolean => (flags(code) & LETTER) !== 0;
/** `\p{Lu}` */
export const isUpperUnit = (code: number): boolean => (flags(code) & UPPER) !== 0;
/** `\p{Ll}` */
export const isLowerUnit = (code: number): boolean => (flags(code) & LOWER) !== 0;
/** `\p{N}` */
export const isNumberUnit = (code: number): boolean => (flags(code) & NUMBER) !== 0;
/** `\s` */
export const isSpaceUnit = (code: number): boolean => (flags(code) & SPACE) !== 0;
