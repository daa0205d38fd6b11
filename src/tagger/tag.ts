/**
 * Tagging: greedy left-to-right decoding with the two previous tags as
 * features (the way the model was trained), BIO constraints enforced, one
 * sentence at a time. Output: name spans with a type and a score.
 */
import type { TokenLayer } from "../tokens/layer.js";
import {
  allowedAfter, historyFeatures, type LexiconView, isInside, MAX_FEATURES, mayStartName, NAME_TYPES, NEIGHBOURS, neighbourOf, pairFeatures,
  START_TAG, staticFeatures, TAG_COUNT, typeOfTag, type NameType,
} from "./features.js";
import { wordSumsOf, type TokenWindow, type WordSums } from "./word-sums.js";
import type { NameModel } from "./model.js";

export interface NameSpan {
  type: NameType;
  /** View offsets of the span. */
  start: number;
  end: number;
  /** Token indices in the layer: [fromToken, toToken). */
  fromToken: number;
  toToken: number;
  /**
   * How sure the tagger is, in [0, 1): the lowest, over the span's tokens,
   * of margin / (margin + 5), where margin is how far (in perceptron units)
   * the chosen tag scored above the best other tag allowed there. 0.5 means
   * a margin of 5; thresholds in the extractors are on this number.
   */
  score: number;
}

/** Scores of the allowed tags for token i from the weights row by row (the reference for the cached sums; training scores the same way). */
export function referenceScores(
  layer: TokenLayer, lex: LexiconView, i: number, prev: number, prev2: number, model: NameModel, scores: Float64Array,
): void {
  const mask = (1 << model.bits) - 1;
  let n = staticFeatures(layer, lex, i, mask, features);
  n = historyFeatures(layer, i, prev, prev2, mask, features, n);
  addRows(model.weights, features, n, scores, true);
}

function addRows(weights: Int8Array, features: Int32Array, n: number, scores: Float64Array, reset: boolean): void {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
  for (let f = 0; f < n; f++) {
    const b = features[f]!;
    s0 += weights[b]!; s1 += weights[b + 1]!; s2 += weights[b + 2]!; s3 += weights[b + 3]!;
    s4 += weights[b + 4]!; s5 += weights[b + 5]!; s6 += weights[b + 6]!;
  }
  if (reset) { scores[0] = s0; scores[1] = s1; scores[2] = s2; scores[3] = s3; scores[4] = s4; scores[5] = s5; scores[6] = s6; }
  else { scores[0]! += s0; scores[1]! += s1; scores[2]! += s2; scores[3]! += s3; scores[4]! += s4; scores[5]! += s5; scores[6]! += s6; }
}

/** Adds TAG_COUNT numbers of `from` at `at` into scores. */
function addVector(from: Int16Array, at: number, scores: Float64Array): void {
  scores[0]! += from[at]!; scores[1]! += from[at + 1]!; scores[2]! += from[at + 2]!; scores[3]! += from[at + 3]!;
  scores[4]! += from[at + 4]!; scores[5]! += from[at + 5]!; scores[6]! += from[at + 6]!;
}

/** Scores of token i: the per-word sums of the token and its neighbours, then the pair and history rows. */
function scoreToken(layer: TokenLayer, i: number, prev: number, prev2: number, model: NameModel, cache: WordSums, window: TokenWindow, mask: number): void {
  const v = cache.data;
  const own = window.at(i);
  scores[0] = v[own]!; scores[1] = v[own + 1]!; scores[2] = v[own + 2]!; scores[3] = v[own + 3]!;
  scores[4] = v[own + 4]!; scores[5] = v[own + 5]!; scores[6] = v[own + 6]!;
  for (let g = 0; g < NEIGHBOURS.length; g++) {
    const j = neighbourOf(layer, i, NEIGHBOURS[g]!);
    addVector(v, (j < 0 ? cache.boundary : window.at(j)) + (g + 1) * TAG_COUNT, scores);
  }
  let n = pairFeatures(layer, i, neighbourOf(layer, i, -1), neighbourOf(layer, i, 1), mask, features, 0);
  n = historyFeatures(layer, i, prev, prev2, mask, features, n);
  addRows(model.weights, features, n, scores, false);
}

/** The best tag allowed after `prev` (ties: the lower tag index, O first). */
export function bestTag(scores: Float64Array, prev: number): number {
  let best = 0, bestScore = scores[0]!;
  for (let t = 1; t < TAG_COUNT; t++) {
    if (!allowedAfter(prev, t)) continue;
    if (scores[t]! > bestScore) { best = t; bestScore = scores[t]!; }
  }
  return best;
}

/** The margin that scores 0.5. */
const MARGIN_HALF = 5;
const features = new Int32Array(MAX_FEATURES);
const scores = new Float64Array(TAG_COUNT);

/** Tags and per-token confidence for every token of the layer. */
export function tagTokens(layer: TokenLayer, model: NameModel): { tags: Uint8Array; confidence: Float32Array } {
  const count = layer.count;
  const tags = new Uint8Array(count);
  const confidence = new Float32Array(count);
  const mask = (1 << model.bits) - 1;
  const scale = model.scale;
  const { cache, window } = wordSumsOf(model);
  window.begin(layer);
  let prev = START_TAG, prev2 = START_TAG;
  for (let i = 0; i < count; i++) {
    if (i === 0 || layer.sentence[i] !== layer.sentence[i - 1]) { prev = START_TAG; prev2 = START_TAG; }
    if ((prev === 0 || prev === START_TAG) && !mayStartName(layer, i)) {
      confidence[i] = 1;
      prev2 = prev; prev = 0;
      continue;
    }
    scoreToken(layer, i, prev, prev2, model, cache, window, mask);
    const best = bestTag(scores, prev);
    // the margin over the runner-up among the allowed tags, in perceptron units, squashed into [0, 1)
    const top = scores[best]!;
    let second = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) if (t !== best && allowedAfter(prev, t) && scores[t]! > second) second = scores[t]!;
    const margin = (top - second) * scale;
    tags[i] = best;
    confidence[i] = margin / (margin + MARGIN_HALF);
    prev2 = prev; prev = best;
  }
  return { tags, confidence };
}

/** Spans of the tagged names. */
export function tagNames(layer: TokenLayer, model: NameModel): NameSpan[] {
  const { tags, confidence } = tagTokens(layer, model);
  return spansOf(layer, tags, confidence);
}

export function spansOf(layer: TokenLayer, tags: Uint8Array, confidence: Float32Array): NameSpan[] {
  const out: NameSpan[] = [];
  const count = layer.count;
  for (let i = 0; i < count; i++) {
    const tag = tags[i]!;
    if (tag === 0 || isInside(tag)) continue;
    let j = i + 1;
    let score = confidence[i]!;
    while (j < count && isInside(tags[j]!) && typeOfTag(tags[j]!) === typeOfTag(tag)) {
      if (confidence[j]! < score) score = confidence[j]!;
      j++;
    }
    out.push({
      type: NAME_TYPES[typeOfTag(tag)]!, start: layer.start[i]!, end: layer.end[j - 1]!, fromToken: i, toToken: j,
      score: Math.round(score * 1000) / 1000,
    });
    i = j - 1;
  }
  return out;
}
