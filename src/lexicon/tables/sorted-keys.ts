/**
 * A sorted list of strings in two typed arrays: the UTF-16 code units of all
 * strings one after the other, and where each starts. Looked up by binary
 * search against a range of a text, so a lookup cuts no string; sorted by
 * code unit (JavaScript's `<` on strings), so the strings that start with a
 * prefix form one run, and a multi-word key can be narrowed word by word
 * without building it (`narrow`).
 */
export class SortedKeys {
  readonly size: number;

  constructor(readonly chars: Uint16Array, readonly offsets: Uint32Array) {
    this.size = offsets.length - 1;
  }

  /** Length of key i. */
  keyLength(i: number): number {
    return this.offsets[i + 1]! - this.offsets[i]!;
  }

  /** Key i as a string (for the rare caller that needs it). */
  key(i: number): string {
    return stringOf(this.chars, this.offsets[i]!, this.offsets[i + 1]!);
  }

  /** Code unit `pos` of key i, or -1 past its end. */
  charAt(i: number, pos: number): number {
    const o = this.offsets[i]! + pos;
    return o < this.offsets[i + 1]! ? this.chars[o]! : -1;
  }

  /**
   * Compares key i from position `pos` on with text[a, b): negative when the
   * key sorts before, 0 when equal, positive when after.
   */
  compareFrom(i: number, pos: number, text: string, a: number, b: number): number {
    const chars = this.chars;
    let k = this.offsets[i]! + pos;
    const kEnd = this.offsets[i + 1]!;
    for (let t = a; t < b; t++, k++) {
      if (k >= kEnd) return -1;
      const d = chars[k]! - text.charCodeAt(t);
      if (d !== 0) return d;
    }
    return k < kEnd ? 1 : 0;
  }

  /** Whether key i starts with text[a, b). */
  hasPrefix(i: number, text: string, a: number, b: number): boolean {
    return this.#compareSegment(i, 0, text, a, b - a) === 0;
  }

  /** Index of the key equal to text[a, b), or -1. */
  indexOf(text: string, a = 0, b = text.length): number {
    let lo = 0, hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compareFrom(mid, 0, text, a, b);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }

  has(text: string, a = 0, b = text.length): boolean {
    return this.indexOf(text, a, b) >= 0;
  }

  /**
   * Of the keys [lo, hi) (all sharing their first `pos` code units), the run
   * whose code units from `pos` on start with text[a, b), written to `out`
   * as [out[0], out[1]) (empty when equal). No object per call: the hot loop
   * of the places extractor narrows once per word.
   */
  narrow(lo: number, hi: number, pos: number, text: string, a: number, b: number, out: Int32Array): void {
    const n = b - a;
    // First key whose segment is >= text[a, b) (a key shorter than the segment and equal so far sorts before).
    let l = lo, h = hi;
    while (l < h) {
      const mid = (l + h) >>> 1;
      if (this.#compareSegment(mid, pos, text, a, n) < 0) l = mid + 1; else h = mid;
    }
    const first = l;
    // First key whose segment is > text[a, b), i.e. does not start with it.
    h = hi;
    while (l < h) {
      const mid = (l + h) >>> 1;
      if (this.#compareSegment(mid, pos, text, a, n) <= 0) l = mid + 1; else h = mid;
    }
    out[0] = first;
    out[1] = l;
  }

  /** Compares key i's code units [pos, pos + n) (fewer when the key ends) with text[a, a + n): 0 when the key starts with it there. */
  #compareSegment(i: number, pos: number, text: string, a: number, n: number): number {
    const chars = this.chars;
    const kStart = this.offsets[i]! + pos;
    const kEnd = this.offsets[i + 1]!;
    for (let t = 0; t < n; t++) {
      const k = kStart + t;
      if (k >= kEnd) return -1;
      const d = chars[k]! - text.charCodeAt(a + t);
      if (d !== 0) return d;
    }
    return 0;
  }
}

/** The string of code units chars[from, to). */
export function stringOf(chars: Uint16Array, from: number, to: number): string {
  // In slices: String.fromCharCode takes its arguments on the stack.
  let s = "";
  for (let i = from; i < to; i += 4096) s += String.fromCharCode.apply(null, chars.subarray(i, Math.min(to, i + 4096)) as unknown as number[]);
  return s;
}

/** Packs strings for `SortedKeys` (or for a plain string pool: `sorted` false keeps the order). */
export function packStrings(strings: readonly string[], sorted = true): { chars: Uint16Array; offsets: Uint32Array } {
  const list = sorted ? [...strings].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)) : strings;
  if (sorted) for (let i = 1; i < list.length; i++) if (list[i - 1] === list[i]) throw new Error(`packStrings: duplicate key ${list[i]}`);
  let total = 0;
  for (const s of list) total += s.length;
  const chars = new Uint16Array(total);
  const offsets = new Uint32Array(list.length + 1);
  let at = 0;
  list.forEach((s, i) => {
    offsets[i] = at;
    for (let k = 0; k < s.length; k++) chars[at++] = s.charCodeAt(k);
  });
  offsets[list.length] = at;
  return { chars, offsets };
}
