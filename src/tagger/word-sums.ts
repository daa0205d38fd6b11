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
  private readonly position = new Uint8Array(SLOTS);
  private readonly hashes = new Int32Array(SLOTS);
  /** The word's flags with the noun-lexicon bits, and its compound head (features.ts lexiconFlags). */
  private readonly lexFlags = new Uint32Array(SLOTS);
  private readonly heads = new Int32Array(SLOTS);
  /** When each slot last took a word (a clock that only grows; 0: never). */
  private readonly stamps = new Float64Array(SLOTS);
  private clock = 0;
  private layer: TokenLayer | null = null;
  private tokenSlot = new Int32Array(0);
  private tokenStamp = new Float64Array(0);
  /** Bit g set: group g of the slot is summed (groups are filled when first asked for). */
  private readonly filled = new Uint8Array(SLOTS);
  private readonly mask: number;
  private readonly features = new Int32Array(MAX_FEATURES);

  constructor(private readonly model: NameModel) {
    this.mask = (1 << model.bits) - 1;
    NEIGHBOURS.forEach((d, g) => {
      const n = neighbourFeatures(emptyLayer, 0, -1, d, this.mask, this.features, 0);
      this.add(this.boundary, (g + 1) * TAG_COUNT, n);
    });
  }

  /**
   * Offset in `sums` of group g (0: the word's own, 1–4: neighbour at NEIGHBOURS[g − 1]) of token j's
   * vectors, valid until the next call.
   */
  group(layer: TokenLayer, j: number, g: number): number {
    // a token asked for again (by up to five tokens around it) whose slot was not refilled since: no lookup
    if (this.layer === layer && this.tokenStamp[j] === this.stamps[this.tokenSlot[j]!]) {
      return this.at(this.tokenSlot[j]!, layer, j, g);
    }
    const position = layer.flags[j]! & POSITION;
    const hash = layer.wordHash[j]!;
    let h = hash ^ Math.imul(position + 1, 0x9e3779b1);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    const slot = h & (SLOTS - 1);
    if (this.hashes[slot] !== hash || this.position[slot] !== position || !this.holds(slot, layer, j)) {
      this.words[slot] = layer.text.slice(layer.start[j]!, layer.end[j]!);
      this.hashes[slot] = hash;
      this.position[slot] = position;
      this.filled[slot] = 0;
      this.stamps[slot] = ++this.clock;
      this.lexFlags[slot] = lexiconFlags(layer, j, this.model.nouns);
      this.heads[slot] = lastHead;
    }
    if (this.layer === layer) {
      this.tokenSlot[j] = slot;
      this.tokenStamp[j] = this.stamps[slot]!;
    }
    return this.at(slot, layer, j, g);
  }

  private at(slot: number, layer: TokenLayer, j: number, g: number): number {
    const at = slot * STRIDE + g * TAG_COUNT;
    if ((this.filled[slot]! & (1 << g)) === 0) {
      this.fill(layer, j, slot, g, at);
      this.filled[slot]! |= 1 << g;
    }
    return at;
  }

  /** Starts a layer: tokens remember their slot while it holds their word. */
  begin(layer: TokenLayer): void {
    this.layer = layer;
    if (this.tokenSlot.length < layer.count) {
      this.tokenSlot = new Int32Array(layer.count);
      this.tokenStamp = new Float64Array(layer.count);
    }
    // -1 matches no slot; stamps only grow, so a stamp left from an earlier layer could not match either
    this.tokenStamp.fill(-1, 0, layer.count);
  }

  private holds(slot: number, layer: TokenLayer, j: number): boolean {
    const known = this.words[slot];
    const a = layer.start[j]!;
    return known !== undefined && known.length === layer.end[j]! - a && layer.text.startsWith(known, a);
  }

  private fill(layer: TokenLayer, j: number, slot: number, g: number, at: number): void {
    const flags = this.lexFlags[slot]!;
    const n = g === 0
      ? wordFeatures(layer, flags, this.heads[slot]!, j, this.mask, this.features, 0)
      : neighbourFeatures(layer, flags, j, NEIGHBOURS[g - 1]!, this.mask, this.features, 0);
    this.sums.fill(0, at, at + TAG_COUNT);
    this.add(this.sums, at, n);
  }

  private add(into: Int16Array | Int32Array, at: number, n: number): void {
    const w = this.model.weights;
    for (let f = 0; f < n; f++) {
      const b = this.features[f]!;
      for (let t = 0; t < TAG_COUNT; t++) into[at + t]! += w[b + t]!;
    }
  }
}

const emptyLayer: TokenLayer = {
  text: "", count: 0, start: new Int32Array(0), end: new Int32Array(0), sentence: new Int32Array(0), shape: new Uint8Array(0),
  flags: new Uint32Array(0), wordHash: new Int32Array(0), lowerHash: new Int32Array(0),
};

const cacheByModel = new WeakMap<NameModel, WordSums>();

/** The sums cache of a model (made on first use). */
export function wordSumsOf(model: NameModel): WordSums {
  let sums = cacheByModel.get(model);
  if (!sums) cacheByModel.set(model, (sums = new WordSums(model)));
  return sums;
}
