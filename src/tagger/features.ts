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
import { WordSet } from "./word-set.js";
import { gazetteer } from "../extractors/places/gazetteer.js";

/** Bump when a template changes: models trained on other features are refused. */
export const FEATURE_VERSION = 3;

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
/** The word ends in the name of a Land, a country or a region but is none itself ("Nordostniedersachsen", "Ostfranken"). */
export const PLACE_COMPOUND_FLAG = 1 << 26;
/** Shortest compound head looked up. */
const MIN_HEAD = 3;
/** Shortest place name looked up at a word's end. */
const MIN_PLACE_HEAD = 5;

let placeHeadSet: WordSet | undefined;
/**
 * One-word names of Länder, countries and regions in the gazetteer (forms
 * that need no cue), keyed like the nouns (lower case, read backwards):
 * built on first use from the shipped gazetteer, the same at training and
 * tagging.
 */
function placeHeads(): WordSet {
  if (placeHeadSet) return placeHeadSet;
  const keys: number[] = [];
  const table = gazetteer().table;
  for (let i = 0; i < table.keys.size; i++) {
    const form = table.keys.key(i);
    if (form.length < MIN_PLACE_HEAD || form.includes(" ") || form.includes("-")) continue;
    if (table.hitsAt(i).some((h) => h.standalone && (h.entry.type === "state" || h.entry.type === "country" || h.entry.type === "region"))) keys.push(nounKey(form));
  }
  return (placeHeadSet = new WordSet(keys));
}

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
  const count = layer.count;
  const flags = new Uint32Array(count);
  const head = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    flags[i] = lexiconFlags(layer, i, nouns);
    head[i] = lastHead;
  }
  return { flags, head };
}

/** The head hash found by the last lexiconFlags call (0: none); a second result without an allocation. */
export let lastHead = 0;

/** Token j's layer flags with NOUN_FLAG or COMPOUND_FLAG; the head's hash is left in `lastHead`. */
export function lexiconFlags(layer: TokenLayer, j: number, nouns: WordSet): number {
  let f = layer.flags[j]!;
  lastHead = 0;
  if (nouns.size === 0 || layer.shape[j] !== 2 /* Capitalised */) return f;
  const text = layer.text;
  const a = layer.start[j]!, b = layer.end[j]!;
  const places = placeHeads();
  let h = HASH_SEED;
  for (let k = b - 1; k >= a; k--) {
    h = hashStep(h, lowerCode(text.charCodeAt(k)));
    if (b - k < MIN_HEAD) continue;
    if (k > a && b - k >= MIN_PLACE_HEAD && places.has(h)) f |= PLACE_COMPOUND_FLAG;
    if (!nouns.has(h)) continue;
    if (k === a) f |= NOUN_FLAG;
    else { f |= COMPOUND_FLAG; lastHead = h; }
  }
  if (f & NOUN_FLAG) f &= ~COMPOUND_FLAG;
  return f;
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
 * The static features of a token (those that do not read earlier tags) fall
 * into three groups, so that tagging can add up the weights of the first two
 * once per word (tag.ts) instead of once per token:
 *
 * - word features: read only token j itself (its characters, lexicon flags
 *   and the two position flags, sentence start and line start);
 * - neighbour features: what token i sees of the token j at distance −2, −1,
 *   +1 or +2, again a function of token j alone (or of the sentence
 *   boundary, j = −1);
 * - pair features: read token i and a neighbour together (few).
 *
 * Each writes bucket offsets (bucket × TAG_COUNT) into `out` from `n` on and
 * returns the new count.
 */
export function wordFeatures(layer: TokenLayer, lexFlags: number, head: number, j: number, mask: number, out: Int32Array, n: number): number {
  const text = layer.text;
  const a = layer.start[j]!, b = layer.end[j]!;
  const shape = layer.shape[j]!;
  out[n++] = TAG_COUNT * bucketOf(T.bias, 0, mask);
  out[n++] = TAG_COUNT * bucketOf(T.word, layer.wordHash[j]!, mask);
  out[n++] = TAG_COUNT * bucketOf(T.lower, layer.lowerHash[j]!, mask);
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
  out[n++] = TAG_COUNT * bucketOf(T.keyBits, keyBits(shape, lexFlags), mask);
  if (head !== 0) out[n++] = TAG_COUNT * bucketOf(T.compoundHead, head, mask);
  for (let f = lexFlags; f !== 0; f &= f - 1) out[n++] = TAG_COUNT * bucketOf(T.flag, 31 - Math.clz32(f & -f), mask);
  return n;
}

/** Distances of the neighbour features, in the order tag.ts caches them. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;

/** The features token i reads from its neighbour j at `distance` (j = −1: beyond the sentence). */
export function neighbourFeatures(
  layer: TokenLayer, lexFlags: number, j: number, distance: number, mask: number, out: Int32Array, n: number,
): number {
  const lower = j >= 0 ? layer.lowerHash[j]! : BOUNDARY;
  if (distance === -2) { out[n++] = TAG_COUNT * bucketOf(T.lowerM2, lower, mask); return n; }
  if (distance === 2) { out[n++] = TAG_COUNT * bucketOf(T.lowerP2, lower, mask); return n; }
  const before = distance < 0;
  out[n++] = TAG_COUNT * bucketOf(before ? T.lowerM1 : T.lowerP1, lower, mask);
  out[n++] = TAG_COUNT * bucketOf(before ? T.shapeM1 : T.shapeP1, j >= 0 ? layer.shape[j]! : 15, mask);
  out[n++] = TAG_COUNT * bucketOf(before ? T.suffix3M1 : T.suffix3P1, j >= 0 ? suffix3(layer, j) : BOUNDARY, mask);
  const template = before ? T.flagM1 : T.flagP1;
  for (let f = j >= 0 ? lexFlags : 0; f !== 0; f &= f - 1) out[n++] = TAG_COUNT * bucketOf(template, 31 - Math.clz32(f & -f), mask);
  return n;
}

/** Features of token i together with its neighbours at −1 (m1) and +1 (p1), −1 for none. */
export function pairFeatures(layer: TokenLayer, i: number, m1: number, p1: number, mask: number, out: Int32Array, n: number): number {
  const shape = layer.shape[i]!;
  const lowerM1 = m1 >= 0 ? layer.lowerHash[m1]! : BOUNDARY;
  const lowerP1 = p1 >= 0 ? layer.lowerHash[p1]! : BOUNDARY;
  const shapeM1 = m1 >= 0 ? layer.shape[m1]! : 15;
  const shapeP1 = p1 >= 0 ? layer.shape[p1]! : 15;
  out[n++] = TAG_COUNT * bucketOf(T.shapeM1ShapeP1, shapeM1 * 16 + shapeP1, mask);
  out[n++] = TAG_COUNT * bucketOf(T.lowerM1Shape, hashStep(lowerM1, shape), mask);
  out[n++] = TAG_COUNT * bucketOf(T.lowerP1Shape, hashStep(lowerP1, shape), mask);
  if (m1 < 0) out[n++] = TAG_COUNT * bucketOf(T.firstInSentenceShape, shape, mask);
  return n;
}

/** The neighbour of token i at `distance` inside its sentence, or −1. */
export function neighbourOf(layer: TokenLayer, i: number, distance: number): number {
  const j = i + distance;
  if (j < 0 || j >= layer.count) return -1;
  const s = layer.sentence;
  const sentence = s[i]!;
  if (s[j] !== sentence) return -1;
  // ±2: the token in between lies in the same sentence too (tokens are sorted, sentences contiguous)
  return distance === -2 || distance === 2 ? (s[i + (distance >> 1)] === sentence ? j : -1) : j;
}

/**
 * All static features of token i (training, and the reference the cached
 * sums of tag.ts are tested against).
 */
export function staticFeatures(layer: TokenLayer, lex: LexiconView, i: number, mask: number, out: Int32Array): number {
  let n = wordFeatures(layer, lex.flags[i]!, lex.head[i]!, i, mask, out, 0);
  for (const d of NEIGHBOURS) {
    const j = neighbourOf(layer, i, d);
    n = neighbourFeatures(layer, j >= 0 ? lex.flags[j]! : 0, j, d, mask, out, n);
  }
  return pairFeatures(layer, i, neighbourOf(layer, i, -1), neighbourOf(layer, i, 1), mask, out, n);
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

