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
 * The sums live in a direct-mapped cache keyed by the word (checked against
 * the text, no string cut on a hit), one per model. A hit answers from the
 * cache, a miss recomputes: which words happen to be cached changes speed
 * only, never a score.
 */
import type { TokenLayer } from "../tokens/layer.js";
import { TokenFlag } from "../tokens/lexical-flags.js";
import { lastHead, lexiconFlags, MAX_FEATURES, NEIGHBOURS, neighbourFeatures, TAG_COUNT, wordFeatures } from "./features.js";
import type { NameModel } from "./model.js";

/** Vectors per word: its own features, then the neighbour features at −2, −1, +1, +2. */
export const GROUPS = 1 + NEIGHBOURS.length;
const STRIDE = GROUPS * TAG_COUNT;
const SLOTS = 1 << 14;
const POSITION = TokenFlag.SentenceStart | TokenFlag.LineStart;

export class WordSums {
  /** Sums of the cached words, STRIDE per slot (a word group holds at most ~40 weights of ±127: int16 suffices). */
  readonly sums = new Int16Array(SLOTS * STRIDE);
  /** What a token sees beyond its sentence's edge, per neighbour group (index 1 … 4). */
  readonly boundary = new Int32Array(STRIDE);
  private readonly words: (string | undefined)[] = new Array<string | undefined>(SLOTS);
  /** Per slot: the word's hash and its position flags (a cheap test before the exact one against the text). */
  private readonly keys = new Int32Array(SLOTS * 2);
  private readonly mask: number;
  private readonly features = new Int32Array(MAX_FEATURES);

  constructor(private readonly model: NameModel) {
    this.mask = (1 << model.bits) - 1;
    NEIGHBOURS.forEach((d, g) => {
      const n = neighbourFeatures(emptyLayer, 0, -1, d, this.mask, this.features, 0);
      this.add(this.boundary, (g + 1) * TAG_COUNT, n);
    });
  }

  /** Offset in `sums` of token j's five vectors (STRIDE numbers), valid until the next call. */
  slot(layer: TokenLayer, j: number): number {
    const position = layer.flags[j]! & POSITION;
    const hash = layer.wordHash[j]!;
    let h = hash ^ Math.imul(position + 1, 0x9e3779b1);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    const slot = h & (SLOTS - 1);
    const keys = this.keys;
    if (keys[2 * slot] !== hash || keys[2 * slot + 1] !== position + 1 || !this.holds(slot, layer, j)) {
      this.words[slot] = layer.text.slice(layer.start[j]!, layer.end[j]!);
      keys[2 * slot] = hash;
      keys[2 * slot + 1] = position + 1;
      this.fill(layer, j, slot * STRIDE);
    }
    return slot * STRIDE;
  }

  private holds(slot: number, layer: TokenLayer, j: number): boolean {
    const known = this.words[slot];
    const a = layer.start[j]!;
    return known !== undefined && known.length === layer.end[j]! - a && layer.text.startsWith(known, a);
  }

  private fill(layer: TokenLayer, j: number, at: number): void {
    const flags = lexiconFlags(layer, j, this.model.nouns);
    const head = lastHead;
    this.sums.fill(0, at, at + STRIDE);
    this.add(this.sums, at, wordFeatures(layer, flags, head, j, this.mask, this.features, 0));
    for (let g = 1; g < GROUPS; g++) {
      this.add(this.sums, at + g * TAG_COUNT, neighbourFeatures(layer, flags, j, NEIGHBOURS[g - 1]!, this.mask, this.features, 0));
    }
  }

  private add(into: Int16Array | Int32Array, at: number, n: number): void {
    const w = this.model.weights;
    for (let f = 0; f < n; f++) {
      const b = this.features[f]!;
      for (let t = 0; t < TAG_COUNT; t++) into[at + t]! += w[b + t]!;
    }
  }
}

/**
 * The vectors of the tokens around the one being scored (decoding reads
 * tokens i − 2 … i + 2), copied out of the cache when a token is first
 * reached: later reads stay in a few hot cache lines, and a cache slot that
 * another word takes meanwhile cannot change them.
 */
export class TokenWindow {
  private static readonly SIZE = 8;
  private readonly tokens = new Int32Array(TokenWindow.SIZE).fill(-1);
  readonly vectors = new Int32Array(TokenWindow.SIZE * STRIDE);
  private layer: TokenLayer | null = null;

  constructor(private readonly cache: WordSums) {}

  begin(layer: TokenLayer): void {
    this.layer = layer;
    this.tokens.fill(-1);
  }

  /** Offset in `vectors` of token j's five vectors. */
  at(j: number): number {
    const k = j & (TokenWindow.SIZE - 1);
    const at = k * STRIDE;
    if (this.tokens[k] !== j) {
      const from = this.cache.slot(this.layer!, j);
      const sums = this.cache.sums, v = this.vectors;
      for (let x = 0; x < STRIDE; x++) v[at + x] = sums[from + x]!;
      this.tokens[k] = j;
    }
    return at;
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
