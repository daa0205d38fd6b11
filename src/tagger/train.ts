/**
 * Training the name model: an averaged perceptron over the features of
 * ./features.ts, decoded greedily with the predicted previous tags as
 * history (as tagging does), BIO tags for PER, LOC, ORG.
 *
 * Deterministic: sentences are visited in an order drawn from a seeded
 * generator, every sum runs in a fixed order, and IEEE doubles give the
 * same result on every machine. Used by scripts/train-names.mjs; nothing
 * here reads files.
 */
import type { Span } from "../schema/release.js";
import { splitParagraphs, splitSentences, tokenize } from "../text/sentences.js";
import { analyseTokens, type TokenLayer } from "../tokens/layer.js";
import {
  beginTag, FEATURE_VERSION, isInside, MAX_FEATURES, mayStartName, NAME_TYPES, START_TAG, staticFeatures, TAG_COUNT,
  typeOfTag, historyFeatures, lexiconView, type NameType,
} from "./features.js";
import type { NameModel, NameModelMeta } from "./model.js";
import { bestTag, spansOf } from "./tag.js";
import { EMPTY_WORD_SET, type WordSet } from "./word-set.js";

/** A name in a training text: character offsets and type. */
export interface GoldName {
  type: NameType;
  start: number;
  end: number;
}

export interface TrainingDoc {
  layer: TokenLayer;
  /** Gold tag per token. */
  gold: Uint8Array;
  /** Names that fell inside a token and could not be tagged (for reports). */
  dropped: number;
  /**
   * The corpus the document comes from, for feature augmentation (Daumé,
   * "Frustratingly easy domain adaptation", 2007): 1 the target domain,
   * 2 another; every feature also fires a copy of its own per domain, and
   * the target domain's copies are folded into the shipped weights. Unset:
   * no copies.
   */
  domain?: 1 | 2;
}

/** Tokens, sentences and analysed layer of a text, as the pipeline computes them. */
export function layerOf(text: string): TokenLayer {
  const sentences: Span[] = splitParagraphs(text).flatMap((p) => splitSentences(text, p));
  return analyseTokens(text, tokenize(text), sentences);
}

/** A training document: the text's token layer and the gold names as BIO tags over its tokens. */
export function trainingDoc(text: string, names: readonly GoldName[]): TrainingDoc {
  const layer = layerOf(text);
  const gold = new Uint8Array(layer.count);
  let dropped = 0;
  // Longer names first: a name inside another (in corpora with nesting) does not cut it.
  const sorted = [...names].sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const n of sorted) {
    if (n.start < lastEnd) continue;
    let first = -1, last = -1;
    for (let i = lowerBound(layer, n.start); i < layer.count && layer.start[i]! < n.end; i++) {
      if (layer.start[i]! >= n.start && layer.end[i]! <= n.end) { if (first < 0) first = i; last = i; }
    }
    if (first < 0) { dropped++; continue; }
    const type = NAME_TYPES.indexOf(n.type);
    gold[first] = beginTag(type);
    for (let i = first + 1; i <= last; i++) gold[i] = beginTag(type) + 1;
    lastEnd = n.end;
  }
  return { layer, gold, dropped };
}

function lowerBound(layer: TokenLayer, offset: number): number {
  let lo = 0, hi = layer.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (layer.end[mid]! <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export interface TrainOptions {
  /** log2 of the number of feature buckets. */
  bits?: number;
  epochs?: number;
  seed?: number;
  /** Weights are quantised to int8 with this quantile of |weight| mapped to 127 (larger ones clipped). */
  clipQuantile?: number;
  /** Forms of common nouns for the NOUN_FLAG feature (stored in the model). */
  nouns?: WordSet;
  /** Written into the model header. */
  meta?: NameModelMeta;
  /** Called after each epoch with the share of tokens tagged wrong in it. */
  progress?: (epoch: number, errorRate: number) => void;
}

/** A small seeded generator (mulberry32): the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAIN_SALT = [0, 0x5a5a5, 0x3c3c3];

interface Unit { doc: number; from: number; to: number }

/** Sentences of the documents as token ranges. */
function unitsOf(docs: readonly TrainingDoc[]): Unit[] {
  const units: Unit[] = [];
  docs.forEach((d, doc) => {
    const s = d.layer.sentence;
    let from = 0;
    for (let i = 1; i <= d.layer.count; i++) {
      if (i === d.layer.count || s[i] !== s[i - 1]) { units.push({ doc, from, to: i }); from = i; }
    }
  });
  return units;
}

export function train(docs: readonly TrainingDoc[], options: TrainOptions = {}): NameModel {
  const avg = trainAveraged(docs, options);
  return quantise(avg, options.bits ?? 18, options.clipQuantile ?? 1, options.nouns ?? EMPTY_WORD_SET, {
    ...options.meta, epochs: options.epochs ?? 10, seed: options.seed ?? 12,
  });
}

/** The averaged perceptron weights before quantisation (2^bits × TAG_COUNT). */
export function trainAveraged(docs: readonly TrainingDoc[], options: TrainOptions = {}): Float64Array {
  const bits = options.bits ?? 18;
  const epochs = options.epochs ?? 10;
  const random = seededRandom(options.seed ?? 12);
  const mask = (1 << bits) - 1;
  const nouns = options.nouns ?? EMPTY_WORD_SET;
  const size = (1 << bits) * TAG_COUNT;
  const w = new Float64Array(size);
  const total = new Float64Array(size);
  const stamp = new Float64Array(size);
  let step = 1;

  // The static features of every token, computed once.
  const offsets: Int32Array[] = [];
  const flat: Int32Array[] = [];
  const buffer = new Int32Array(MAX_FEATURES);
  for (const d of docs) {
    const off = new Int32Array(d.layer.count + 1);
    const lex = lexiconView(d.layer, nouns);
    const parts: number[] = [];
    for (let i = 0; i < d.layer.count; i++) {
      off[i] = parts.length;
      const n = staticFeatures(d.layer, lex, i, mask, buffer);
      for (let k = 0; k < n; k++) parts.push(buffer[k]!);
      if (d.domain) for (let k = 0; k < n; k++) parts.push((((buffer[k]! / TAG_COUNT) ^ DOMAIN_SALT[d.domain]!) & mask) * TAG_COUNT);
    }
    off[d.layer.count] = parts.length;
    offsets.push(off);
    flat.push(Int32Array.from(parts));
  }

  const update = (b: number, delta: number): void => {
    total[b]! += (step - stamp[b]!) * w[b]!;
    stamp[b] = step;
    w[b]! += delta;
  };
  // room for the domain copies of every static feature
  const features = new Int32Array(MAX_FEATURES * 2 + 16);
  const scores = new Float64Array(TAG_COUNT);
  const units = unitsOf(docs);
  for (let epoch = 0; epoch < epochs; epoch++) {
    // Fisher–Yates with the seeded generator
    for (let k = units.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      const tmp = units[k]!; units[k] = units[j]!; units[j] = tmp;
    }
    let seen = 0, wrong = 0;
    for (const u of units) {
      const d = docs[u.doc]!, off = offsets[u.doc]!, fs = flat[u.doc]!;
      let prev = START_TAG, prev2 = START_TAG;
      for (let i = u.from; i < u.to; i++) {
        if ((prev === 0 || prev === START_TAG) && !mayStartName(d.layer, i)) { prev2 = prev; prev = 0; continue; }
        let n = 0;
        for (let k = off[i]!; k < off[i + 1]!; k++) features[n++] = fs[k]!;
        n = historyFeatures(d.layer, i, prev, prev2, mask, features, n);
        for (let t = 0; t < TAG_COUNT; t++) scores[t] = 0;
        for (let f = 0; f < n; f++) {
          const b = features[f]!;
          for (let t = 0; t < TAG_COUNT; t++) scores[t]! += w[b + t]!;
        }
        const guess = bestTag(scores, prev);
        let truth = d.gold[i]!;
        // an I- tag after a predicted history that cannot continue it is learnt as the name's start
        if (isInside(truth) && (prev === 0 || prev === START_TAG || typeOfTag(prev) !== typeOfTag(truth))) truth -= 1;
        seen++;
        if (guess !== truth) {
          wrong++;
          for (let f = 0; f < n; f++) { update(features[f]! + truth, 1); update(features[f]! + guess, -1); }
        }
        step++;
        prev2 = prev; prev = guess;
      }
    }
    options.progress?.(epoch + 1, seen ? wrong / seen : 0);
  }
  // averages
  const avg0 = new Float64Array(size);
  for (let b = 0; b < size; b++) avg0[b] = (total[b]! + (step - stamp[b]!) * w[b]!) / step;
  // the target domain's own copies fold into the general weights
  const avg = new Float64Array(size);
  const rows = 1 << bits, salt = DOMAIN_SALT[1]! & mask;
  const augmented = docs.some((d) => d.domain);
  for (let r = 0; r < rows; r++) for (let t = 0; t < TAG_COUNT; t++) avg[r * TAG_COUNT + t] = avg0[r * TAG_COUNT + t]! + (augmented ? avg0[(r ^ salt) * TAG_COUNT + t]! : 0);
  return avg;
}

/** Int8 weights from averaged ones: |w| at the quantile maps to 127; weights that round to 0 are dropped. */
export function quantise(avg: Float64Array, bits: number, clipQuantile: number, nouns: WordSet, meta: NameModelMeta): NameModel {
  const magnitudes: number[] = [];
  for (let b = 0; b < avg.length; b++) if (avg[b] !== 0) magnitudes.push(Math.abs(avg[b]!));
  magnitudes.sort((a, b) => a - b);
  const at = magnitudes[Math.min(magnitudes.length - 1, Math.floor(clipQuantile * magnitudes.length))] ?? 1;
  const scale = at / 127 || 1;
  const weights = new Int8Array(avg.length);
  for (let b = 0; b < avg.length; b++) {
    const q = Math.round(avg[b]! / scale);
    weights[b] = q > 127 ? 127 : q < -127 ? -127 : q;
  }
  return { featureVersion: FEATURE_VERSION, bits, weights, scale, nouns, meta };
}

export interface TypeCounts { tp: number; fp: number; fn: number }

/** Exact-span scores of the tagger alone on gold documents, per type and overall. */
export function evaluate(docs: readonly TrainingDoc[], tagger: (layer: TokenLayer) => { tags: Uint8Array; confidence: Float32Array }): Record<NameType | "ALL", TypeCounts> {
  const counts = { PER: zero(), LOC: zero(), ORG: zero(), ALL: zero() };
  for (const d of docs) {
    const { tags, confidence } = tagger(d.layer);
    const key = (s: { type: string; fromToken: number; toToken: number }) => `${s.type}:${s.fromToken}:${s.toToken}`;
    const predicted = new Set(spansOf(d.layer, tags, confidence).map(key));
    const gold = new Set(spansOf(d.layer, d.gold, new Float32Array(d.layer.count).fill(1)).map(key));
    for (const k of predicted) { const t = k.split(":")[0] as NameType; if (gold.has(k)) { counts[t].tp++; counts.ALL.tp++; } else { counts[t].fp++; counts.ALL.fp++; } }
    for (const k of gold) if (!predicted.has(k)) { const t = k.split(":")[0] as NameType; counts[t].fn++; counts.ALL.fn++; }
  }
  return counts;
}

const zero = (): TypeCounts => ({ tp: 0, fp: 0, fn: 0 });

export function f1({ tp, fp, fn }: TypeCounts): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}
