/**
 * The analysed token layer: the segment stage's tokens with what every
 * extractor and the name tagger ask of a word, computed once per release.
 * Parallel typed arrays (one entry per token) instead of one object per
 * token: a release of 5 MB has a million tokens, and the layer should not
 * be a million objects for the collector to walk.
 *
 * Offsets are view coordinates, like every span the extractors see.
 */
import type { Span } from "../schema/release.js";
import { CharClass, charClass, HASH_SEED, lowerCode } from "./chars.js";
import { lexicalFlags, TokenFlag } from "./lexical-flags.js";
import type { TokenOffsets } from "../text/sentences.js";

/** The form of a token, from its characters alone. */
export const Shape = {
  /** A single character that is no letter or digit: punctuation, symbols. */
  Punct: 0,
  /** Only lower-case letters (with inner hyphens or apostrophes): "und", "e-mail". */
  Lower: 1,
  /** An upper-case letter, then lower-case ones: "Köln", "Müller-Bozkurt", "Rhein-kreis". */
  Capitalised: 2,
  /** Two or more letters, all upper case: "NRW", "BAMF", "KÖLN". */
  AllCaps: 3,
  /** One upper-case letter: an initial or a list letter. */
  Initial: 4,
  /** Upper case after lower case inside the word: "iPhone", "McDonald", "NRWBank". */
  MixedCase: 5,
  /** Only digits: "2024", "12". */
  Digits: 6,
  /** Digits with letters, dots or hyphens: "12.", "04.07.2014", "A9", "3sat". */
  DigitMix: 7,
  /** Letters with dots: "Dr.", "e.V.", "z.B.". */
  Abbreviation: 8,
  /** Anything else (letters without case, mixed scripts). */
  Other: 9,
} as const;
export type Shape = (typeof Shape)[keyof typeof Shape];

export interface TokenLayer {
  /** The text the offsets point into (the view). */
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Index of the token's sentence in the Doc's `sentences`; -1 outside every sentence. */
  readonly sentence: Int32Array;
  /** `Shape` of each token. */
  readonly shape: Uint8Array;
  /** `TokenFlag` bits of each token. */
  readonly flags: Uint32Array;
  /** Hash of the token as written (chars.ts `hashRange`): equal words have equal hashes. */
  readonly wordHash: Int32Array;
  /** Hash of the token's lower-case form. */
  readonly lowerHash: Int32Array;
  /**
   * The `CharClass`es of the token's characters, one bit each (`1 << CharClass.Dot`
   * …): which kinds of characters it holds, e.g. whether a word has a dot or an
   * apostrophe inside ("e.V.", "O'Brien").
   */
  readonly classes: Uint16Array;
}

/** Bit of a `CharClass` in `TokenLayer.classes`. */
export const classBit = (c: CharClass): number => 1 << c;

/** The token's text. */
export const tokenText = (layer: TokenLayer, i: number): string => layer.text.slice(layer.start[i]!, layer.end[i]!);

/** The token's lower-case form (built on demand: most readers only compare `lowerHash`). */
export const tokenLower = (layer: TokenLayer, i: number): string => tokenText(layer, i).toLowerCase();

/** Index of the first token that ends after `offset` (tokens are sorted), or `count`. */
export function tokenAt(layer: TokenLayer, offset: number): number {
  let lo = 0, hi = layer.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (layer.end[mid]! <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * Analyses the tokens of `text` (sorted, non-overlapping spans, as
 * `tokenize` or `tokenOffsets` give them) against the sentences (sorted) they lie in.
 */
export function analyseTokens(text: string, tokens: readonly Span[] | TokenOffsets, sentences: readonly Span[]): TokenLayer {
  const { count, offsets } = "offsets" in tokens ? tokens : packed(tokens);
  // One buffer for all the arrays: one allocation per release instead of eight.
  const buffer = new ArrayBuffer(count * 27);
  const start = new Int32Array(buffer, 0, count);
  const end = new Int32Array(buffer, 4 * count, count);
  const sentence = new Int32Array(buffer, 8 * count, count);
  const wordHash = new Int32Array(buffer, 12 * count, count);
  const lowerHash = new Int32Array(buffer, 16 * count, count);
  const flags = new Uint32Array(buffer, 20 * count, count);
  const classes = new Uint16Array(buffer, 24 * count, count);
  const shape = new Uint8Array(buffer, 26 * count, count);

  let s = 0;
  let previousSentence = -1;
  let previousEnd = 0;
  for (let i = 0; i < count; i++) {
    const a = offsets[2 * i]!, b = offsets[2 * i + 1]!;
    start[i] = a;
    end[i] = b;
    while (s < sentences.length && sentences[s]!.end <= a) s++;
    const inSentence = s < sentences.length && sentences[s]!.start <= a;
    const si = inSentence ? s : -1;
    sentence[i] = si;

    // One pass over the characters: hashes, the classes present, the case pattern.
    // ASCII (most characters) is read from two small tables, without a call.
    let h = HASH_SEED, hl = HASH_SEED;
    let mask = 0, upper = 0;
    let upperAfterLower = false;
    for (let k = a; k < b; k++) {
      const code = text.charCodeAt(k);
      let cls: number, lc: number;
      if (code < 128) {
        cls = ASCII_CLASS[code]!;
        lc = ASCII_LOWER[code]!;
      } else {
        cls = charClass(code);
        lc = lowerCode(code);
      }
      h = Math.imul(h ^ code, FNV_PRIME);
      hl = Math.imul(hl ^ lc, FNV_PRIME);
      if (cls === CharClass.Upper) {
        if (mask & LOWER_BIT) upperAfterLower = true;
        upper++;
      }
      mask |= 1 << cls;
    }
    wordHash[i] = h;
    lowerHash[i] = hl;
    classes[i] = mask;
    const letters = (mask & LETTER_BITS) !== 0;
    const digit = (mask & DIGIT_BIT) !== 0;
    let sh: Shape;
    if (!letters && !digit) sh = Shape.Punct;
    else if (digit) sh = !letters && (mask & (DOT_BIT | HYPHEN_BIT)) === 0 ? Shape.Digits : Shape.DigitMix;
    else if (mask & (CASELESS_BIT | OTHER_BITS)) sh = Shape.Other;
    else if (mask & DOT_BIT) sh = Shape.Abbreviation;
    else if (upper === 0) sh = Shape.Lower;
    else if (upperAfterLower) sh = Shape.MixedCase;
    else if ((mask & LOWER_BIT) === 0) sh = upper === 1 ? Shape.Initial : Shape.AllCaps;
    else sh = charClass(text.charCodeAt(a)) === CharClass.Upper ? Shape.Capitalised : Shape.MixedCase;
    shape[i] = sh;

    let f = 0;
    if (si >= 0 && si !== previousSentence) f |= TokenFlag.SentenceStart;
    if (i === 0 || lineBreakBetween(text, previousEnd, a)) f |= TokenFlag.LineStart;
    if (mask & HYPHEN_BIT) f |= TokenFlag.Hyphenated;
    if (digit) f |= TokenFlag.HasDigit;
    if (letters && b - a <= 40) f |= cachedFlags(text, a, b, h);
    flags[i] = f;
    previousSentence = si;
    previousEnd = b;
  }
  return { text, count, start, end, sentence, shape, flags, wordHash, lowerHash, classes };
}

/** Spans as offset pairs. */
function packed(tokens: readonly Span[]): TokenOffsets {
  const offsets = new Int32Array(2 * tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    offsets[2 * i] = tokens[i]!.start;
    offsets[2 * i + 1] = tokens[i]!.end;
  }
  return { count: tokens.length, offsets };
}

const FNV_PRIME = 0x01000193; // chars.ts hashStep, inlined
const LOWER_BIT = 1 << CharClass.Lower;
const DIGIT_BIT = 1 << CharClass.Digit;
const DOT_BIT = 1 << CharClass.Dot;
const HYPHEN_BIT = 1 << CharClass.Hyphen;
const CASELESS_BIT = 1 << CharClass.Caseless;
const LETTER_BITS = (1 << CharClass.Upper) | LOWER_BIT | CASELESS_BIT;
/** Characters that are neither letters, digits nor joiners (Unknown never occurs; Space inside a token is odd input). */
const OTHER_BITS = (1 << CharClass.Unknown) | (1 << CharClass.Space) | (1 << CharClass.Other);

/** Class and lower-case code of the ASCII characters (the same as charClass and lowerCode). */
const ASCII_CLASS = new Uint8Array(128);
const ASCII_LOWER = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_CLASS[c] = charClass(c);
  ASCII_LOWER[c] = lowerCode(c);
}

// Words repeat: a direct-mapped cache by word hash answers most tokens without cutting a string.
// (Only speed depends on it: the flags are a function of the word.)
const CACHE_SIZE = 1 << 15;
const cacheWords: (string | undefined)[] = new Array<string | undefined>(CACHE_SIZE);
const cacheHashes = new Int32Array(CACHE_SIZE);
const cacheFlags = new Int32Array(CACHE_SIZE);

function cachedFlags(text: string, a: number, b: number, hash: number): number {
  const slot = hash & (CACHE_SIZE - 1);
  const known = cacheWords[slot];
  // The full hash first: a slot shared by another word is told without comparing characters.
  if (cacheHashes[slot] === hash && known !== undefined && known.length === b - a && sameChars(known, text, a)) return cacheFlags[slot]!;
  const word = text.slice(a, b);
  const flags = lexicalFlags(word);
  cacheWords[slot] = word;
  cacheHashes[slot] = hash;
  cacheFlags[slot] = flags;
  return flags;
}

/** Whether text[a, a + word.length) is `word` (short words: a loop beats a call to startsWith). */
function sameChars(word: string, text: string, a: number): boolean {
  for (let j = 0; j < word.length; j++) if (word.charCodeAt(j) !== text.charCodeAt(a + j)) return false;
  return true;
}

/** A line break in text[from, to) (the gap between two tokens: short). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
