/**
 * The words the places extractor reads: the matches of `WORD` (letters,
 * marks and digits of any script, hyphen-joined parts kept together), as
 * parallel arrays, taken from the shared token layer where a layer token is
 * exactly one such word.
 *
 * The layer's tokens follow other rules ("e.V." and "O'Brien" are one token
 * there, two words here; a letter outside the Latin ranges is a token of its
 * own there, part of the word here), so a token is taken as a word only when
 * it is a clean run of Latin letters and digits with inner hyphens that no
 * neighbouring character continues. Everywhere else the words are scanned
 * from the text as before (`nextWord`), from a point where a scan of the
 * whole text would be at rest: the result is the same words either way.
 */
import type { TokenLayer } from "../../tokens/layer.js";
import { CharClass } from "../../tokens/chars.js";
import { capitalisedAt, isHyphen, nextWord, wordCharWidth } from "./patterns.js";

/**
 * Classes that keep a layer token from being one word as it stands: a dot or an
 * apostrophe/ampersand inside ("e.V.", "O'Brien"), and (from a tokenizer other
 * than the segment stage's) spaces or symbols.
 */
const NOT_ONE_WORD = (1 << CharClass.Dot) | (1 << CharClass.Joiner) | (1 << CharClass.Space) | (1 << CharClass.Other) | (1 << CharClass.Unknown);

/** Code units of the segment tokenizer's letter runs (TOKEN_RE's `W`): Latin letters and ASCII digits. */
function isLatinWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}

/** A word of the text; its string is cut only when asked for (most words are never looked at). */
export class Word {
  private cut: string | undefined;
  constructor(private readonly source: string, readonly start: number, readonly end: number) {}
  get text(): string {
    return (this.cut ??= this.source.slice(this.start, this.end));
  }
  /** `isCapitalised(text)` without cutting the string. */
  get capitalised(): boolean {
    return capitalisedAt(this.source, this.start, this.end);
  }
}

/**
 * The words of one text. The arrays are scratch space shared by every call
 * (extraction is synchronous; the words live only while one text is read), so
 * a release costs no new arrays once one as long has been read.
 */
export class Words {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  /** Index of the layer token that is exactly this word, or -1 (scanned words, or no layer). */
  layerToken: Int32Array;
  /** Word objects made so far (for the context rules, which look at few words). */
  readonly #objects = new Map<number, Word>();

  constructor(readonly text: string, capacity: number) {
    const arrays = scratch.start.length >= capacity ? scratch : keep(newScratch(capacity));
    this.start = arrays.start;
    this.end = arrays.end;
    this.layerToken = arrays.layerToken;
  }

  /** Word i as an object, or undefined past the ends. */
  at(i: number): Word | undefined {
    if (i < 0 || i >= this.count) return undefined;
    let w = this.#objects.get(i);
    if (w === undefined) this.#objects.set(i, (w = new Word(this.text, this.start[i]!, this.end[i]!)));
    return w;
  }

  /** Whether word i starts with a capital letter (no string is cut). */
  capitalised(i: number): boolean {
    return capitalisedAt(this.text, this.start[i]!, this.end[i]!);
  }

  push(start: number, end: number, layerToken: number): void {
    const k = this.count;
    if (k === this.start.length) this.#grow();
    this.start[k] = start;
    this.end[k] = end;
    this.layerToken[k] = layerToken;
    this.count = k + 1;
  }

  #grow(): void {
    const grown = keep(newScratch(this.start.length * 2));
    grown.start.set(this.start);
    grown.end.set(this.end);
    grown.layerToken.set(this.layerToken);
    this.start = grown.start;
    this.end = grown.end;
    this.layerToken = grown.layerToken;
  }
}

interface Scratch { start: Int32Array; end: Int32Array; layerToken: Int32Array }
function newScratch(capacity: number): Scratch {
  const n = Math.max(1024, capacity);
  const buffer = new ArrayBuffer(n * 12);
  return { start: new Int32Array(buffer, 0, n), end: new Int32Array(buffer, 4 * n, n), layerToken: new Int32Array(buffer, 8 * n, n) };
}
let scratch = newScratch(0);
/** Scratch arrays are kept for the next text up to this many words (768 KB); a longer text's arrays go with it. */
const KEPT_WORDS = 1 << 16;
function keep(arrays: Scratch): Scratch {
  if (arrays.start.length <= KEPT_WORDS) scratch = arrays;
  return arrays;
}

/** Whether a word character ends at `i` (exclusive): text[i - 1], or the pair before it. */
function wordCharEndsAt(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return wordCharWidth(text, i - 2) === 2;
  }
  return wordCharWidth(text, i - 1) === 1;
}

/**
 * Whether the layer token text[a, b) (a clean Latin run) is a whole word:
 * no word character or joining hyphen on either side.
 */
function standsAlone(text: string, a: number, b: number): boolean {
  if (a > 0) {
    const c = text.charCodeAt(a - 1);
    // Fast path: ASCII space and punctuation other than the hyphen.
    if (!(c < 128 && !isLatinWordUnit(c) && c !== 0x2d)) {
      if (wordCharEndsAt(text, a)) return false;
      if (isHyphen(c) && wordCharEndsAt(text, a - 1)) return false;
    }
  }
  if (b < text.length) {
    const c = text.charCodeAt(b);
    if (!(c < 128 && !isLatinWordUnit(c) && c !== 0x2d)) {
      if (wordCharWidth(text, b) > 0) return false;
      if (isHyphen(c) && b + 1 < text.length && wordCharWidth(text, b + 1) > 0) return false;
    }
  }
  return true;
}

const span = new Int32Array(2);

/** The words of `text`, from the token layer where it has them (see the module comment); valid until the next call. */
export function placeWords(text: string, layer?: TokenLayer): Words {
  if (!layer || layer.text !== text) {
    const words = new Words(text, text.length >> 3);
    for (let at = 0; nextWord(text, at, span); at = span[1]!) words.push(span[0]!, span[1]!, -1);
    return words;
  }
  const words = new Words(text, layer.count + 16);
  // Words are final up to `done`, which is always a point a scan of the whole text could resume from
  // (the end of a word, or 0).
  let done = 0;
  const { start, end, classes } = layer;
  const n = layer.count;
  for (let i = 0; i < n; i++) {
    const a = start[i]!, b = end[i]!;
    if (b <= done) continue;
    // (Inner hyphens stand between letters in the segment tokenizer's tokens; the ends are checked.)
    if (a >= done && (classes[i]! & NOT_ONE_WORD) === 0) {
      const first = text.charCodeAt(a), last = text.charCodeAt(b - 1);
      if (isLatinWordUnit(first) && isLatinWordUnit(last) && standsAlone(text, a, b)) {
        words.push(a, b, i);
        done = b;
        continue;
      }
      // Punctuation (no word character in the token) starts and continues no word.
      if (b - a === 1 && first < 128 && !isLatinWordUnit(first) && first !== 0x2d) continue;
    }
    if (a >= done && b - a === 1 && wordCharWidth(text, a) === 0 && !isHyphen(text.charCodeAt(a))) continue;
    // Else scan the words that start before the token's end, from the last resume point.
    for (let at = done; nextWord(text, at, span) && span[0]! < b; at = span[1]!) {
      words.push(span[0]!, span[1]!, -1);
      done = span[1]!;
    }
    if (done < b) done = b;
  }
  return words;
}
