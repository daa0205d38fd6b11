/**
 * A set of words by their 32-bit hash (chars.ts `hashRange` of the word as
 * written), for lexicon features: asking costs one or two array reads and
 * no string. Open addressing over a power-of-two table at most half full.
 * Two words with the same hash are one entry: a lexicon feature may fire for
 * a word not in the list about once in 2^32 / size lookups, which the
 * weights absorb like any other hash collision.
 */
export class WordSet {
  private readonly table: Int32Array;
  private readonly mask: number;
  /** The distinct hashes, ascending as unsigned numbers (what the model file stores). */
  readonly hashes: Uint32Array;

  /** `sorted`: the hashes are already distinct and ascending as unsigned numbers (a model file's list), taken as they are. */
  constructor(hashes: Iterable<number> | Uint32Array, sorted = false) {
    const unique = sorted && hashes instanceof Uint32Array ? hashes : Uint32Array.from(new Set([...hashes].map((h) => h >>> 0))).sort();
    this.hashes = unique;
    let size = 16;
    while (size < unique.length * 2) size <<= 1;
    this.table = new Int32Array(size);
    this.mask = size - 1;
    for (const h of unique) {
      const key = slotKey(h);
      let slot = mix(key) & this.mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot] = key;
    }
  }

  get size(): number {
    return this.hashes.length;
  }

  has(hash: number): boolean {
    const key = slotKey(hash);
    const t = this.table;
    let slot = mix(key) & this.mask;
    for (;;) {
      const k = t[slot]!;
      if (k === key) return true;
      if (k === 0) return false;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** 0 marks an empty slot: the hash 0 is stored as 1 (one more collision in 2^32). */
const slotKey = (h: number): number => (h | 0) === 0 ? 1 : h | 0;

/** FNV hashes are weak in their low bits: spread them before masking. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h;
}

export const EMPTY_WORD_SET = new WordSet([]);
