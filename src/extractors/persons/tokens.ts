/**
 * The persons extractor's tokens: words of letters with inner hyphens and apostrophes
 * ("Müller-Bozkurt", "O'Brien"), digit runs and single other characters ("Dr." is "Dr" and
 * "."), as parallel typed arrays with offsets, a line-break flag and a hash of the word.
 *
 * With the shared token layer (src/tokens) the words are read from it: a layer token of
 * Latin letters alone is the same word here, with the same hash. The layer's rules differ
 * elsewhere (it keeps "Dr.", "e.V.", "12.", "A9" and "H&M" whole, splits letters of other
 * scripts one by one), so those stretches are scanned here by the rules below, and the
 * tokens are the same as without the layer.
 */
import type { TokenLayer } from "../../tokens/layer.js";
import { Shape } from "../../tokens/layer.js";
import { HASH_SEED, hashRange, hashStep } from "../../tokens/chars.js";
import { int32, uint32, uint8 } from "./scratch.js";

/**
 * The tokens of one release. The arrays come from scratch space reused by the next call of
 * `tokenize` (./scratch.ts): they may be longer than `count`, and are valid until that call.
 */
export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** 1 when a line break lies between the previous token and this one. */
  readonly lineBefore: Uint8Array;
  /** Hash of the token as written (src/tokens/chars.ts, the same as the layer's `wordHash`). */
  readonly hash: Int32Array;
  /** Bits of the word tests that depend on the text alone (words.ts: wordInfo), 0 until first asked. */
  readonly info: Uint32Array;
  /** Memo of the strict surname-slot test, which also looks at other stages' spans (0 unknown, 1 yes, 2 no). */
  readonly slotStrict: Uint8Array;
  /** An open-addressing table by hash of the distinct words asked so far (token index + 1; 0 empty), for words.ts. */
  readonly words: Int32Array;
  /** Its size minus one (a power of two minus one). */
  readonly wordsMask: number;
}

const START = int32(), END = int32(), HASH = int32(), WORDS = int32();
const LINE = uint8(), SLOT_STRICT = uint8();
const INFO = uint32();

// Character classes by UTF-16 code unit, filled lazily: 1 letter/mark, 2 digit, 3 space, 4 other.
const CLASS = new Uint8Array(65536);
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
function classOf(code: number): number {
  let c = CLASS[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = code >= 48 && code <= 57 ? 2 : LETTER.test(ch) ? 1 : SPACE.test(ch) ? 3 : 4;
    CLASS[code] = c;
  }
  return c;
}

const isJoiner = (code: number): boolean => code === 45 || code === 39 || code === 0x2019;

/** The columns while scanning, grown as needed. */
class Columns {
  count = 0;
  constructor(public start: Int32Array, public end: Int32Array, public line: Uint8Array, public hash: Int32Array) {}

  push(start: number, end: number, lineBefore: boolean, hash: number): void {
    const n = this.count;
    if (n === this.start.length) {
      this.start = START.grow(this.start, n); this.end = END.grow(this.end, n);
      this.line = LINE.grow(this.line, n); this.hash = HASH.grow(this.hash, n);
    }
    this.start[n] = start;
    this.end[n] = end;
    this.line[n] = lineBefore ? 1 : 0;
    this.hash[n] = hash;
    this.count = n + 1;
  }

  done(): Tokens {
    const n = this.count;
    // at most half full: a power of two of at least twice the tokens
    const size = 1 << Math.max(4, 32 - Math.clz32(n * 2));
    return {
      count: n, start: this.start, end: this.end, lineBefore: this.line, hash: this.hash,
      info: INFO.take(n, true), slotStrict: SLOT_STRICT.take(n, true), words: WORDS.take(size, true), wordsMask: size - 1,
    };
  }
}

/**
 * Splits text into words (letters with inner hyphens and apostrophes), digit runs and single
 * other characters, keeping offsets. A hand-written scanner: the regex version ran at 3 MB/s.
 * With `layer` (the shared tokens of the same text), words of Latin letters are taken from it.
 */
export function tokenize(text: string, layer?: TokenLayer): Tokens {
  const n = text.length;
  const shared = layer && layer.text === text ? layer : undefined;
  const capacity = shared ? shared.count + (shared.count >> 2) + 16 : (n >> 2) + 16;
  const out = new Columns(START.take(capacity, false), END.take(capacity, false), LINE.take(capacity, false), HASH.take(capacity, false));
  let s = 0;
  let nextAmpersand = shared ? text.indexOf("&") : -1;
  let i = 0;
  let lineBefore = false;
  while (i < n) {
    const code = text.charCodeAt(i);
    const c = classOf(code);
    if (c === 3) { if (code === 10 || code === 13) lineBefore = true; i++; continue; }
    if (shared && c === 1) {
      while (s < shared.count && shared.start[s]! < i) s++;
      if (nextAmpersand >= 0 && nextAmpersand < i) nextAmpersand = text.indexOf("&", i);
      const end = s < shared.count && shared.start[s] === i ? sameWordEnd(text, shared, s, nextAmpersand) : -1;
      if (end > 0) {
        out.push(i, end, lineBefore, shared.wordHash[s]!);
        lineBefore = false;
        i = end;
        continue;
      }
    }
    const start = i;
    let h = hashStep(HASH_SEED, code);
    if (c === 1) {
      i++;
      while (i < n) {
        const k = text.charCodeAt(i);
        if (classOf(k) === 1) { h = hashStep(h, k); i++; continue; }
        // Inner hyphen or apostrophe followed by a letter.
        if (isJoiner(k) && i + 1 < n && classOf(text.charCodeAt(i + 1)) === 1) {
          h = hashStep(hashStep(h, k), text.charCodeAt(i + 1));
          i += 2;
          continue;
        }
        break;
      }
    } else if (c === 2) {
      i++;
      while (i < n) {
        const k = text.charCodeAt(i);
        if (classOf(k) !== 2) break;
        h = hashStep(h, k);
        i++;
      }
    } else {
      i++;
    }
    out.push(start, i, lineBefore, h);
    lineBefore = false;
  }
  return out.done();
}

/**
 * The end of layer token s when this scanner would read the same word there, else -1.
 * A layer word of two or more characters without digits and dots is Latin letters joined by
 * hyphens, apostrophes or "&" (each followed by a letter); it is the same word unless it holds
 * "&" (split here) or the word runs on here past its end (a letter of another script or a
 * combining mark, directly or after a hyphen or apostrophe).
 */
function sameWordEnd(text: string, layer: TokenLayer, s: number, nextAmpersand: number): number {
  const a = layer.start[s]!, b = layer.end[s]!;
  if (b - a < 2) return -1;
  const shape = layer.shape[s]!;
  if (shape !== Shape.Lower && shape !== Shape.Capitalised && shape !== Shape.AllCaps && shape !== Shape.MixedCase) return -1;
  if (nextAmpersand >= a && nextAmpersand < b) return -1;
  if (b < text.length) {
    const next = text.charCodeAt(b);
    if (classOf(next) === 1) return -1;
    if (isJoiner(next) && b + 1 < text.length && classOf(text.charCodeAt(b + 1)) === 1) return -1;
  }
  return b;
}

/**
 * A small table of words, looked up at a token by its hash and checked against the text in
 * place: no string is cut for the many tokens that are not in it. For closed word classes
 * asked of every candidate's neighbours, and for the surnames of a release.
 */
export class WordTable<V> {
  private readonly buckets: ({ word: string; value: V }[] | undefined)[];
  private readonly mask: number;

  /** The words (each once) with their values. */
  constructor(entries: readonly (readonly [string, V])[]) {
    // mostly empty buckets: most tokens are rejected by one read
    const size = 1 << Math.max(4, 32 - Math.clz32(entries.length * 4));
    this.buckets = new Array<{ word: string; value: V }[] | undefined>(size);
    this.mask = size - 1;
    for (const [word, value] of entries) (this.buckets[hashRange(word, 0, word.length) & this.mask] ??= []).push({ word, value });
  }

  /** The value of token i of `tokens` (text[start, end)), or undefined. */
  at(tokens: Tokens, i: number, text: string): V | undefined {
    const bucket = this.buckets[tokens.hash[i]! & this.mask];
    if (bucket === undefined) return undefined;
    const a = tokens.start[i]!, len = tokens.end[i]! - a;
    for (const e of bucket) if (e.word.length === len && text.startsWith(e.word, a)) return e.value;
    return undefined;
  }
}

