/**
 * Per-word sums of the model's weights, so that tagging adds up a few
 * vectors per token instead of some forty weight rows.
 *
 * The word features of a token and the features its neighbours read of it
 * (features.ts) depend only on the word as written and its two position
 * flags (sentence start, line start). Their weights are summed once per such
 * word into five vectors of TAG_COUNT integers: the word's own, and what a
 * token sees of it at distance −2, −1, +1, +2. Sums of int8 weights are exact,
 * so scores are the same as adding the rows one by one.
 *
 * The sums live in a direct-mapped cache keyed by the word, one per model.
 * A slot is one record of 128 bytes holding the key (hash, position flags,
 * length), the word's characters and its sums, so a hit reads two adjacent
 * cache lines and no string (words longer than MAX_CHARS are not cached). A
 * hit is exact: hash and length first, then the characters against the text.
 * A miss recomputes: which words happen to be cached changes speed only,
 * never a score.
 */
import type { TokenLayer } from "../tokens/layer.js";
import { TokenFlag } from "../tokens/lexical-flags.js";
import { lastHead, lexiconFlags, MAX_FEATURES, NEIGHBOURS, neighbourFeatures, TAG_COUNT, wordFeatures } from "./features.js";
import type { NameModel } from "./model.js";

/** Vectors per word: its own features, then the neighbour features at −2, −1, +1, +2. */
export const GROUPS = 1 + NEIGHBOURS.length;
const STRIDE = GROUPS * TAG_COUNT;
/** Longest word kept in the cache (longer ones, well under 1 % of tokens, are summed each time). */
const MAX_CHARS = 25;
/** A record in int16 units: hash (int32), key (int32: length, position flags), the characters, the sums. */
const CHARS = 4;
const SUMS = CHARS + MAX_CHARS;
const RECORD = SUMS + STRIDE;
const POSITION = TokenFlag.SentenceStart | TokenFlag.LineStart;
/** Cached words by default: 4 MB of records (2^14 slots: hit rate 91 % in the grouped bench, 2^15: 95 %, names stage ~9 % cheaper). */
const DEFAULT_SLOTS = 1 << 15;
/** Records after the cache: one per window place (sums that must not go into a slot, see TokenWindow), then the sentence boundary. */
const SPARE = 8;

export class WordSums {
  /** The records (slots, then SPARE window records, then the boundary's); sums are read from here directly. */
  readonly data: Int16Array;
  private readonly keys: Int32Array;
  private readonly chars: Uint16Array;
  /** Offset in `data` of what a token sees beyond its sentence's edge, per neighbour group (group 1 … 4 at + g·TAG_COUNT). */
  readonly boundary: number;
  private readonly mask: number;
  private readonly features = new Int32Array(MAX_FEATURES);

  constructor(private readonly model: NameModel, readonly slots = DEFAULT_SLOTS) {
    if ((slots & (slots - 1)) !== 0 || (RECORD & 1) !== 0) throw new Error("word sums: slots must be a power of two, records whole int32s");
    const buffer = new ArrayBuffer((slots + SPARE + 1) * RECORD * 2);
    this.data = new Int16Array(buffer);
    this.keys = new Int32Array(buffer);
    this.chars = new Uint16Array(buffer);
    this.mask = (1 << model.bits) - 1;
    this.boundary = (slots + SPARE) * RECORD + SUMS;
    NEIGHBOURS.forEach((d, g) => {
      const n = neighbourFeatures(emptyLayer, 0, -1, d, this.mask, this.features, 0);
      this.add(this.boundary + (g + 1) * TAG_COUNT, n);
    });
  }

  /** The slot a token's word is cached in. */
  slotOf(layer: TokenLayer, j: number): number {
    let h = layer.wordHash[j]! ^ Math.imul((layer.flags[j]! & POSITION) + 1, 0x9e3779b1);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    return h & (this.slots - 1);
  }

  /** Offset in `data` of the sums cached for token j's word in `slot`, or −1 when the slot holds another word. */
  lookup(layer: TokenLayer, j: number, slot: number): number {
    const a = layer.start[j]!, len = layer.end[j]! - a;
    const key = slot * (RECORD >> 1);
    if (this.keys[key] !== layer.wordHash[j] || this.keys[key + 1] !== keyOf(len, layer.flags[j]!)) return -1;
    const text = layer.text, chars = this.chars, at = slot * RECORD + CHARS;
    for (let k = 0; k < len; k++) if (chars[at + k] !== text.charCodeAt(a + k)) return -1;
    return slot * RECORD + SUMS;
  }

  /** Whether token j's word may be cached (not too long). */
  cacheable(layer: TokenLayer, j: number): boolean {
    return layer.end[j]! - layer.start[j]! <= MAX_CHARS;
  }

  /** Sums token j's weights into `record` (a slot or a spare record); when `keep`, the slot is keyed by the word. Returns the sums' offset. */
  fill(layer: TokenLayer, j: number, record: number, keep: boolean): number {
    const at = record * RECORD + SUMS;
    const key = record * (RECORD >> 1);
    this.keys[key] = 0;
    this.keys[key + 1] = 0; // empty until filled: a spare record is never looked up
    const flags = lexiconFlags(layer, j, this.model.nouns);
    const head = lastHead;
    this.add(at, wordFeatures(layer, flags, head, j, this.mask, this.features, 0));
    for (let g = 1; g < GROUPS; g++) {
      this.add(at + g * TAG_COUNT, neighbourFeatures(layer, flags, j, NEIGHBOURS[g - 1]!, this.mask, this.features, 0));
    }
    if (keep) {
      const a = layer.start[j]!, len = layer.end[j]! - a, text = layer.text, chars = this.chars, c = record * RECORD + CHARS;
      for (let k = 0; k < len; k++) chars[c + k] = text.charCodeAt(a + k);
      this.keys[key] = layer.wordHash[j]!;
      this.keys[key + 1] = keyOf(len, layer.flags[j]!);
    }
    return at;
  }

  /** Writes the sum of the rows of the first n features at `at` (a word group holds at most ~40 weights of ±127: int16 suffices). */
  private add(at: number, n: number): void {
    const w = this.model.weights, features = this.features;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    for (let f = 0; f < n; f++) {
      const b = features[f]!;
      s0 += w[b]!; s1 += w[b + 1]!; s2 += w[b + 2]!; s3 += w[b + 3]!; s4 += w[b + 4]!; s5 += w[b + 5]!; s6 += w[b + 6]!;
    }
    const d = this.data;
    d[at] = s0; d[at + 1] = s1; d[at + 2] = s2; d[at + 3] = s3; d[at + 4] = s4; d[at + 5] = s5; d[at + 6] = s6;
  }

  /** The first record after the slots: window place k has record slots + k. */
  spareRecord(k: number): number {
    return this.slots + k;
  }
}

/** Key of a word besides its hash: length and position flags (+1, so an empty record matches no word). */
const keyOf = (length: number, flags: number): number => ((length << 2) | (flags & POSITION)) + 1;

/**
 * The sums of the tokens around the one being scored (decoding reads tokens
 * i − 2 … i + 2), as offsets into the cache's records, looked up when a token
 * is first reached. A word that would take a slot still read by a token of
 * the window (two words of the window on one slot), or that is too long to
 * cache, is summed into the window place's own spare record instead, so
 * nothing in the window changes until it is read.
 */
export class TokenWindow {
  private static readonly SIZE = 8;
  private readonly tokens = new Int32Array(TokenWindow.SIZE).fill(-1);
  private readonly offsets = new Int32Array(TokenWindow.SIZE);
  private readonly slots = new Int32Array(TokenWindow.SIZE).fill(-1);
  private layer: TokenLayer | null = null;

  constructor(private readonly cache: WordSums) {}

  begin(layer: TokenLayer): void {
    this.layer = layer;
    this.tokens.fill(-1);
    this.slots.fill(-1);
  }

  /** Offset in the cache's `data` of token j's five vectors. */
  at(j: number): number {
    const k = j & (TokenWindow.SIZE - 1);
    if (this.tokens[k] === j) return this.offsets[k]!;
    const layer = this.layer!, cache = this.cache;
    this.tokens[k] = j;
    if (!cache.cacheable(layer, j)) {
      this.slots[k] = -1;
      return (this.offsets[k] = cache.fill(layer, j, cache.spareRecord(k), false));
    }
    const slot = cache.slotOf(layer, j);
    this.slots[k] = slot;
    const hit = cache.lookup(layer, j, slot);
    if (hit >= 0) return (this.offsets[k] = hit);
    // a miss: the slot takes the word unless a token still read (within ±4 of j) sits in it
    const taken = this.inUse(slot, j);
    if (taken) this.slots[k] = -1;
    return (this.offsets[k] = cache.fill(layer, j, taken ? cache.spareRecord(k) : slot, !taken));
  }

  private inUse(slot: number, j: number): boolean {
    for (let k = 0; k < TokenWindow.SIZE; k++) {
      const t = this.tokens[k]!;
      if (t !== j && this.slots[k] === slot && t >= j - 4 && t <= j + 4) return true;
    }
    return false;
  }
}

const emptyLayer: TokenLayer = {
  text: "", count: 0, start: new Int32Array(0), end: new Int32Array(0), sentence: new Int32Array(0), shape: new Uint8Array(0),
  flags: new Uint32Array(0), wordHash: new Int32Array(0), lowerHash: new Int32Array(0), classes: new Uint16Array(0),
};

const cacheByModel = new WeakMap<NameModel, { cache: WordSums; window: TokenWindow }>();

/** The sums cache of a model (made on first use) and a window over it. */
export function wordSumsOf(model: NameModel): { cache: WordSums; window: TokenWindow } {
  let entry = cacheByModel.get(model);
  if (!entry) {
    const cache = new WordSums(model);
    cacheByModel.set(model, (entry = { cache, window: new TokenWindow(cache) }));
  }
  return entry;
}

/** Replaces a model's cache by one of `slots` slots (tests: a tiny cache forces every eviction path; no argument: the default size). */
export function resizeWordSums(model: NameModel, slots = DEFAULT_SLOTS): void {
  const cache = new WordSums(model, slots);
  cacheByModel.set(model, { cache, window: new TokenWindow(cache) });
}
