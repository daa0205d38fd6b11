/**
 * The name model and its file format.
 *
 * In memory: one row of TAG_COUNT int8 weights per feature bucket (2^bits
 * rows), and the scale that turns a sum of weights back into perceptron
 * units. Scores are integer sums, so tagging is exact and the same on every
 * machine.
 *
 * On disk (little-endian):
 *
 *   "PXNM"                 magic
 *   u16  format version    (3)
 *   u32  header length H
 *   H    UTF-8 JSON header {featureVersion, bits, tags, scale, rows, nouns, meta}
 *   nouns: the word hashes of the common-noun lexicon, ascending, each a
 *        varint of hash − previous hash (the first: the hash)
 *   i8 × 2^bits × TAG_COUNT: every row's weights as they lie in memory
 *
 * The weights are stored whole, not as the rows that are not all zero
 * (format 2, half the bytes on disk): reading them is one copy instead of a
 * loop over a million bytes, which took 9–12 ms of every process's and
 * worker's first release. The package compresses the zeros.
 */
import { FEATURE_VERSION, TAG_COUNT, TAGS } from "./features.js";
import { EMPTY_WORD_SET, WordSet } from "./word-set.js";

export interface NameModelMeta {
  /** What the model was trained on and how (free-form, for the data README and `--info`). */
  [key: string]: unknown;
}

export interface NameModel {
  featureVersion: number;
  bits: number;
  /** 2^bits × TAG_COUNT weights; row r is weights[r·TAG_COUNT …]. */
  weights: Int8Array;
  /** Perceptron units per weight step. */
  scale: number;
  /** Forms of German common nouns (the NOUN_FLAG feature); empty for a model trained without them. */
  nouns: WordSet;
  meta: NameModelMeta;
}

const MAGIC = [0x50, 0x58, 0x4e, 0x4d]; // "PXNM"
const FORMAT_VERSION = 3;

export class ModelFormatError extends Error {
  readonly code = "NAME_MODEL_INVALID";
}

export function encodeModel(model: NameModel): Uint8Array {
  const rows = model.weights.length / TAG_COUNT;
  let used = 0;
  for (let r = 0; r < rows; r++) if (rowMask(model.weights, r) !== 0) used++;
  const header = new TextEncoder().encode(JSON.stringify({
    featureVersion: model.featureVersion, bits: model.bits, tags: TAGS, scale: model.scale, rows: used, nouns: model.nouns.size, meta: model.meta,
  }));
  const out: number[] = [...MAGIC, FORMAT_VERSION & 255, FORMAT_VERSION >> 8];
  const len = header.length;
  out.push(len & 255, (len >>> 8) & 255, (len >>> 16) & 255, (len >>> 24) & 255);
  const body = new Uint8Array(header.length + model.nouns.size * 5);
  let p = 0;
  for (const b of header) body[p++] = b;
  let previousHash = 0;
  for (const h of model.nouns.hashes) {
    let delta = h - previousHash;
    previousHash = h;
    while (delta >= 0x80) { body[p++] = (delta & 0x7f) | 0x80; delta = Math.floor(delta / 128); }
    body[p++] = delta;
  }
  const file = new Uint8Array(out.length + p + model.weights.length);
  file.set(out, 0);
  file.set(body.subarray(0, p), out.length);
  file.set(new Uint8Array(model.weights.buffer, model.weights.byteOffset, model.weights.length), out.length + p);
  return file;
}

function rowMask(weights: Int8Array, r: number): number {
  let mask = 0;
  for (let t = 0; t < TAG_COUNT; t++) if (weights[r * TAG_COUNT + t] !== 0) mask |= 1 << t;
  return mask;
}

/** Reads a model file; throws ModelFormatError when the bytes are not one this version can use. */
export function decodeModel(bytes: Uint8Array): NameModel {
  const fail = (why: string): never => { throw new ModelFormatError(`name model: ${why}`); };
  if (bytes.length < 10 || MAGIC.some((m, i) => bytes[i] !== m)) fail("not a pressextract name model (bad magic)");
  const version = bytes[4]! | (bytes[5]! << 8);
  if (version !== FORMAT_VERSION) fail(`file format ${version}, this library reads ${FORMAT_VERSION}`);
  const len = (bytes[6]! | (bytes[7]! << 8) | (bytes[8]! << 16) | (bytes[9]! << 24)) >>> 0;
  if (10 + len > bytes.length) fail("truncated header");
  let header: { featureVersion?: unknown; bits?: unknown; tags?: unknown; scale?: unknown; rows?: unknown; nouns?: unknown; meta?: unknown };
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(10, 10 + len))) as typeof header;
  } catch {
    return fail("unreadable header");
  }
  if (header.featureVersion !== FEATURE_VERSION) fail(`trained on feature version ${String(header.featureVersion)}, this library computes ${FEATURE_VERSION}`);
  if (JSON.stringify(header.tags) !== JSON.stringify(TAGS)) fail("tag set differs");
  const bits = Number(header.bits);
  if (!Number.isInteger(bits) || bits < 8 || bits > 24) fail("bad bucket count");
  const scale = Number(header.scale);
  if (!(scale > 0)) fail("bad scale");
  const rows = 1 << bits;
  const weights = new Int8Array(rows * TAG_COUNT);
  let p = 10 + len;
  const end = bytes.length;
  const nounCount = Number(header.nouns ?? 0);
  if (!Number.isInteger(nounCount) || nounCount < 0 || nounCount > end) fail("bad noun count");
  const hashes = new Uint32Array(nounCount);
  let hash = 0;
  for (let k = 0; k < nounCount; k++) {
    let delta = 0, weight = 1, b: number;
    do {
      if (p >= end || weight > 2 ** 35) fail("truncated noun list");
      b = bytes[p++]!;
      delta += (b & 0x7f) * weight;
      weight *= 128;
    } while (b & 0x80);
    hash += delta;
    if (hash > 0xffffffff || (k > 0 && delta === 0)) fail("bad noun list");
    hashes[k] = hash;
  }
  if (end - p !== weights.length) fail(end - p < weights.length ? "truncated weights" : "bytes after the weights");
  weights.set(new Int8Array(bytes.buffer, bytes.byteOffset + p, weights.length));
  const meta = header.meta && typeof header.meta === "object" ? (header.meta as NameModelMeta) : {};
  return { featureVersion: FEATURE_VERSION, bits, weights, scale, nouns: nounCount ? new WordSet(hashes, true) : EMPTY_WORD_SET, meta };
}
