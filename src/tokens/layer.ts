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
import { CharClass, charClass, HASH_SEED, hashStep, lowerCode } from "./chars.js";
import { lexicalFlags, TokenFlag } from "./lexical-flags.js";

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
}

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
 * `tokenize` gives them) against the sentences (sorted) they lie in.
 */
export function analyseTokens(text: string, tokens: readonly Span[], sentences: readonly Span[]): TokenLayer {
  const count = tokens.length;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const sentence = new Int32Array(count);
  const shape = new Uint8Array(count);
  const flags = new Uint32Array(count);
  const wordHash = new Int32Array(count);
  const lowerHash = new Int32Array(count);

  let s = 0;
  let previousSentence = -1;
  let previousEnd = 0;
  for (let i = 0; i < count; i++) {
    const t = tokens[i]!;
    const a = t.start, b = t.end;
    start[i] = a;
    end[i] = b;
    while (s < sentences.length && sentences[s]!.end <= a) s++;
    const inSentence = s < sentences.length && sentences[s]!.start <= a;
    const si = inSentence ? s : -1;
    sentence[i] = si;

    // One pass over the characters: hashes, classes present, case pattern.
    let h = HASH_SEED, hl = HASH_SEED;
    let upper = 0, lower = 0, digit = 0, hyphen = 0, dot = 0, other = 0, caseless = 0;
    let upperAfterLower = false;
    for (let k = a; k < b; k++) {
      const code = text.charCodeAt(k);
      h = hashStep(h, code);
      hl = hashStep(hl, lowerCode(code));
      switch (charClass(code)) {
        case CharClass.Upper: if (lower > 0) upperAfterLower = true; upper++; break;
        case CharClass.Lower: lower++; break;
        case CharClass.Digit: digit++; break;
        case CharClass.Hyphen: hyphen++; break;
        case CharClass.Dot: dot++; break;
        case CharClass.Caseless: caseless++; break;
        case CharClass.Joiner: break;
        default: other++;
      }
    }
    wordHash[i] = h;
    lowerHash[i] = hl;
    const letters = upper + lower + caseless;
    const firstClass = charClass(text.charCodeAt(a));
    let sh: Shape;
    if (letters === 0 && digit === 0) sh = Shape.Punct;
    else if (digit > 0) sh = letters === 0 && dot === 0 && hyphen === 0 ? Shape.Digits : Shape.DigitMix;
    else if (caseless > 0 || other > 0) sh = Shape.Other;
    else if (dot > 0) sh = Shape.Abbreviation;
    else if (upper === 0) sh = Shape.Lower;
    else if (upperAfterLower) sh = Shape.MixedCase;
    else if (lower === 0) sh = upper === 1 ? Shape.Initial : Shape.AllCaps;
    else sh = firstClass === CharClass.Upper ? Shape.Capitalised : Shape.MixedCase;
    shape[i] = sh;

    let f = 0;
    if (si >= 0 && si !== previousSentence) f |= TokenFlag.SentenceStart;
    if (i === 0 || lineBreakBetween(text, previousEnd, a)) f |= TokenFlag.LineStart;
    if (hyphen > 0) f |= TokenFlag.Hyphenated;
    if (digit > 0) f |= TokenFlag.HasDigit;
    if (letters > 0 && b - a <= 40) f |= cachedFlags(text, a, b, h);
    flags[i] = f;
    previousSentence = si;
    previousEnd = b;
  }
  return { text, count, start, end, sentence, shape, flags, wordHash, lowerHash };
}

// Words repeat: a direct-mapped cache by word hash answers most tokens without cutting a string.
// (Only speed depends on it: the flags are a function of the word.)
const CACHE_SIZE = 1 << 15;
const cacheWords: (string | undefined)[] = new Array<string | undefined>(CACHE_SIZE);
const cacheFlags = new Int32Array(CACHE_SIZE);

function cachedFlags(text: string, a: number, b: number, hash: number): number {
  const slot = hash & (CACHE_SIZE - 1);
  const known = cacheWords[slot];
  if (known !== undefined && known.length === b - a && text.startsWith(known, a)) return cacheFlags[slot]!;
  const word = text.slice(a, b);
  const flags = lexicalFlags(word);
  cacheWords[slot] = word;
  cacheFlags[slot] = flags;
  return flags;
}

/** A line break in text[from, to) (the gap between two tokens: short). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
