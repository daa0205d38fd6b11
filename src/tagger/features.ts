/**
 * The tagger's features: hashed templates over the token layer. Training
 * and tagging call the same functions, so a model and the features it was
 * trained on cannot drift apart; `FEATURE_VERSION` is written into every
 * model file and a model of another version is refused.
 *
 * A feature is (template, value), hashed into one of 2^bits buckets; each
 * bucket holds one weight per tag. Nothing is allocated per token: the
 * features of a token are written into a caller's Int32Array.
 */
import { charClass, HASH_SEED, hashStep, lowerCode } from "../tokens/chars.js";
import type { TokenLayer } from "../tokens/layer.js";
import { TokenFlag } from "../tokens/lexical-flags.js";
import type { WordSet } from "./word-set.js";

/** Bump when a template changes: models trained on other features are refused. */
export const FEATURE_VERSION = 2;

export const TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
export const NAME_TYPES = ["PER", "LOC", "ORG"] as const;
export type NameType = (typeof NAME_TYPES)[number];
/** Tag index of B-type and I-type: 1 + 2·type and 2 + 2·type. */
export const beginTag = (type: number): number => 1 + 2 * type;
export const isInside = (tag: number): boolean => tag > 0 && (tag & 1) === 0;
export const typeOfTag = (tag: number): number => (tag - 1) >> 1;
/** History value before the first token of a sentence. */
export const START_TAG: number = TAG_COUNT;

/** Upper bound of the features of one token (static plus dynamic). */
export const MAX_FEATURES = 128;

/** Feature templates (the numbers are part of the model: append, never renumber). */
const T = {
  bias: 1,
  word: 2,
  lower: 3,
  prefix1: 4,
  prefix2: 5,
  prefix3: 6,
  prefix4: 7,
  suffix1: 8,
  suffix2: 9,
  suffix3: 10,
  suffix4: 11,
  shape: 12,
  shapeLength: 13,
  pattern: 14,
  flag: 15,
  lowerM1: 16,
  lowerM2: 17,
  lowerP1: 18,
  lowerP2: 19,
  shapeM1: 20,
  shapeP1: 21,
  flagM1: 22,
  flagP1: 23,
  lowerM1Shape: 24,
  lowerP1Shape: 25,
  shapeM1ShapeP1: 26,
  suffix3M1: 27,
  suffix3P1: 28,
  firstInSentenceShape: 29,
  suffix5: 30,
  suffix6: 31,
  prevTag: 32,
  prevTags: 33,
  prevTagShape: 34,
  prevTagLower: 35,
  prevTagFlagged: 36,
  keyBits: 37,
  compoundHead: 38,
} as const;

/** Bits above the token layer's flags, from the model's noun lexicon. */
export const NOUN_FLAG = 1 << 24;
/** The word ends in a listed noun of three or more letters but is none itself: a compound ("Nikolauskapelle"). */
export const COMPOUND_FLAG = 1 << 25;
/** Shortest compound head looked up. */
const MIN_HEAD = 3;

/**
 * What the tagger adds to the token layer from the model's noun lexicon, per
 * token: the layer's flags with NOUN_FLAG and COMPOUND_FLAG, and the hash of
 * the compound's head (the longest listed noun the word ends in; 0 for none).
 */
export interface LexiconView {
  flags: Uint32Array;
  head: Int32Array;
}

/**
 * The nouns are stored as hashes of their lower-case forms read backwards, so
 * one walk from a word's last letter to its first finds every listed noun it
 * ends in. Only capitalised words are looked up (German nouns are).
 */
export function lexiconView(layer: TokenLayer, nouns: WordSet): LexiconView {
  const count = layer.count, text = layer.text;
  const flags = new Uint32Array(count);
  const head = new Int32Array(count);
  const empty = nouns.size === 0;
  for (let i = 0; i < count; i++) {
    let f = layer.flags[i]!;
    if (!empty && layer.shape[i] === 2 /* Capitalised */) {
      const a = layer.start[i]!, b = layer.end[i]!;
      let h = HASH_SEED;
      for (let k = b - 1; k >= a; k--) {
        h = hashStep(h, lowerCode(text.charCodeAt(k)));
        if (b - k < MIN_HEAD || !nouns.has(h)) continue;
        if (k === a) f |= NOUN_FLAG;
        else { f |= COMPOUND_FLAG; head[i] = h; }
      }
      if (f & NOUN_FLAG) f &= ~COMPOUND_FLAG;
    }
    flags[i] = f;
  }
  return { flags, head };
}

/** The hash a noun is stored under: its lower-case form read backwards (see lexiconView). */
export function nounKey(noun: string): number {
  let h = HASH_SEED;
  for (let k = noun.length - 1; k >= 0; k--) h = hashStep(h, lowerCode(noun.charCodeAt(k)));
  return h;
}

/**
 * The facts that decide most capitalised words, as one value (a conjunction
 * a linear model cannot form itself): shape, sentence start, common noun,
 * first name, place, role noun, institution head.
 */
function keyBits(shape: number, flags: number): number {
  return shape
    | (flags & TokenFlag.SentenceStart ? 16 : 0)
    | (flags & NOUN_FLAG ? 32 : flags & COMPOUND_FLAG ? 1024 : 0)
    | (flags & TokenFlag.FirstName ? 64 : 0)
    | (flags & (TokenFlag.Place | TokenFlag.PlaceStart) ? 128 : 0)
    | (flags & TokenFlag.RoleNoun ? 256 : 0)
    | (flags & TokenFlag.OrganisationHead ? 512 : 0);
}

/** murmur3's finaliser: spreads (template, value) over the buckets. */
function bucketOf(template: number, value: number, mask: number): number {
  let h = Math.imul(template, 0x9e3779b1) ^ value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & mask;
}

const BOUNDARY = 0x5bd1e995 | 0;
const lengthBucket = (n: number): number => (n <= 4 ? n : n <= 6 ? 5 : n <= 9 ? 6 : 7);

/** Hash of the last 3 lower-case letters of token j (BOUNDARY when j is outside the sentence). */
function suffix3(layer: TokenLayer, j: number): number {
  const text = layer.text;
  const a = layer.start[j]!, b = layer.end[j]!;
  let h = HASH_SEED;
  for (let k = b - 1; k >= a && k >= b - 3; k--) h = hashStep(h, lowerCode(text.charCodeAt(k)));
  return h;
}

/**
 * Writes the features of token i that do not depend on earlier tags into
 * `out` (bucket indices, each times TAG_COUNT: the offset of the bucket's
 * weights) and returns how many.
 */
export function staticFeatures(layer: TokenLayer, lex: LexiconView, i: number, mask: number, out: Int32Array): number {
  const text = layer.text;
  const a = layer.start[i]!, b = layer.end[i]!;
  const sentence = layer.sentence[i]!;
  const shape = layer.shape[i]!;
  const lower = layer.lowerHash[i]!;
  let n = 0;

  out[n++] = TAG_COUNT * bucketOf(T.bias, 0, mask);
  out[n++] = TAG_COUNT * bucketOf(T.word, layer.wordHash[i]!, mask);
  out[n++] = TAG_COUNT * bucketOf(T.lower, lower, mask);
  // prefixes and suffixes of the lower-case form, and the run pattern ("Xx-Xx", "dd.dd", "XX")
  const len = b - a;
  let h = HASH_SEED;
  for (let k = 0; k < 4 && k < len; k++) {
    h = hashStep(h, lowerCode(text.charCodeAt(a + k)));
    if (k < len - 1) out[n++] = TAG_COUNT * bucketOf(T.prefix1 + k, h, mask);
  }
  h = HASH_SEED;
  for (let k = 0; k < 6 && k < len; k++) {
    h = hashStep(h, lowerCode(text.charCodeAt(b - 1 - k)));
    if (k < len - 1) out[n++] = TAG_COUNT * bucketOf(k < 4 ? T.suffix1 + k : T.suffix5 + k - 4, h, mask);
  }
  let pattern = HASH_SEED, last = -1;
  for (let k = a; k < b && k < a + 24; k++) {
    const c = charClass(text.charCodeAt(k));
    if (c !== last) { pattern = hashStep(pattern, c); last = c; }
  }
  out[n++] = TAG_COUNT * bucketOf(T.pattern, pattern, mask);
  out[n++] = TAG_COUNT * bucketOf(T.shape, shape, mask);
  out[n++] = TAG_COUNT * bucketOf(T.shapeLength, shape * 16 + lengthBucket(len), mask);
  const flags = lex.flags[i]!;
  out[n++] = TAG_COUNT * bucketOf(T.keyBits, keyBits(shape, flags), mask);
  if (lex.head[i] !== 0) out[n++] = TAG_COUNT * bucketOf(T.compoundHead, lex.head[i]!, mask);
  for (let f = flags; f !== 0; f &= f - 1) out[n++] = TAG_COUNT * bucketOf(T.flag, 31 - Math.clz32(f & -f), mask);

  // neighbours ±2 inside the sentence
  const count = layer.count;
  const m1 = i > 0 && layer.sentence[i - 1] === sentence ? i - 1 : -1;
  const m2 = m1 > 0 && layer.sentence[m1 - 1] === sentence ? m1 - 1 : -1;
  const p1 = i + 1 < count && layer.sentence[i + 1] === sentence ? i + 1 : -1;
  const p2 = p1 >= 0 && p1 + 1 < count && layer.sentence[p1 + 1] === sentence ? p1 + 1 : -1;
  const lowerM1 = m1 >= 0 ? layer.lowerHash[m1]! : BOUNDARY;
  const lowerP1 = p1 >= 0 ? layer.lowerHash[p1]! : BOUNDARY;
  const shapeM1 = m1 >= 0 ? layer.shape[m1]! : 15;
  const shapeP1 = p1 >= 0 ? layer.shape[p1]! : 15;
  out[n++] = TAG_COUNT * bucketOf(T.lowerM1, lowerM1, mask);
  out[n++] = TAG_COUNT * bucketOf(T.lowerM2, m2 >= 0 ? layer.lowerHash[m2]! : BOUNDARY, mask);
  out[n++] = TAG_COUNT * bucketOf(T.lowerP1, lowerP1, mask);
  out[n++] = TAG_COUNT * bucketOf(T.lowerP2, p2 >= 0 ? layer.lowerHash[p2]! : BOUNDARY, mask);
  out[n++] = TAG_COUNT * bucketOf(T.shapeM1, shapeM1, mask);
  out[n++] = TAG_COUNT * bucketOf(T.shapeP1, shapeP1, mask);
  out[n++] = TAG_COUNT * bucketOf(T.shapeM1ShapeP1, shapeM1 * 16 + shapeP1, mask);
  out[n++] = TAG_COUNT * bucketOf(T.lowerM1Shape, hashStep(lowerM1, shape), mask);
  out[n++] = TAG_COUNT * bucketOf(T.lowerP1Shape, hashStep(lowerP1, shape), mask);
  out[n++] = TAG_COUNT * bucketOf(T.suffix3M1, m1 >= 0 ? suffix3(layer, m1) : BOUNDARY, mask);
  out[n++] = TAG_COUNT * bucketOf(T.suffix3P1, p1 >= 0 ? suffix3(layer, p1) : BOUNDARY, mask);
  if (m1 < 0) out[n++] = TAG_COUNT * bucketOf(T.firstInSentenceShape, shape, mask);
  const flagsM1 = m1 >= 0 ? lex.flags[m1]! : 0;
  const flagsP1 = p1 >= 0 ? lex.flags[p1]! : 0;
  for (let f = flagsM1; f !== 0; f &= f - 1) out[n++] = TAG_COUNT * bucketOf(T.flagM1, 31 - Math.clz32(f & -f), mask);
  for (let f = flagsP1; f !== 0; f &= f - 1) out[n++] = TAG_COUNT * bucketOf(T.flagP1, 31 - Math.clz32(f & -f), mask);
  return n;
}

/** Appends the features that read the tags of the two previous tokens; returns the new count. */
export function historyFeatures(
  layer: TokenLayer, i: number, prev: number, prev2: number, mask: number, out: Int32Array, n: number,
): number {
  out[n++] = bucketOf(T.prevTag, prev, mask) * TAG_COUNT;
  out[n++] = bucketOf(T.prevTags, prev * 16 + prev2, mask) * TAG_COUNT;
  out[n++] = bucketOf(T.prevTagShape, prev * 16 + layer.shape[i]!, mask) * TAG_COUNT;
  out[n++] = bucketOf(T.prevTagLower, hashStep(layer.lowerHash[i]!, prev), mask) * TAG_COUNT;
  out[n++] = bucketOf(T.prevTagFlagged, prev * 1024 + (layer.flags[i]! >>> 4 & 1023), mask) * TAG_COUNT;
  return n;
}

/**
 * Tokens that are not scored when the previous tag is O: a name starts with
 * a capital, a digit or a mixed-case word ("1. FC", "iPhone"), not with a
 * lower-case word or a punctuation mark (those are tagged O unseen; the
 * check keeps tagging fast, and training applies the same rule).
 */
export function mayStartName(layer: TokenLayer, i: number): boolean {
  const shape = layer.shape[i]!;
  return shape !== 1 /* Lower */ && shape !== 0 /* Punct */;
}

/** True when `tag` may follow `prev` in BIO (I-X only after B-X or I-X). */
export function allowedAfter(prev: number, tag: number): boolean {
  if (!isInside(tag)) return true;
  return prev !== 0 && prev !== START_TAG && typeOfTag(prev) === typeOfTag(tag);
}

