/**
 * Typed arrays reused from one release to the next. Extraction runs one release at a time and
 * synchronously, and a dozen fresh typed arrays per release cost more than the work on a small
 * release (each is a call into the runtime, and memory outside the heap for the collector to
 * sweep). What one call of extractPersons leaves in them is dead when the next one starts.
 *
 * Arrays longer than MAX_KEPT are handed out but not kept, so one very long text does not hold
 * megabytes afterwards.
 */
const MAX_KEPT = 1 << 17;

type Typed = Int32Array | Uint32Array | Uint8Array;

export class Scratch<T extends Typed> {
  private kept: T;
  constructor(private readonly make: (length: number) => T) {
    this.kept = make(0);
  }

  /** An array of at least `length` entries; the first `length` are zero when `zero` is set. */
  take(length: number, zero: boolean): T {
    if (length > this.kept.length) {
      const fresh = this.make(Math.max(length, this.kept.length * 2, 64));
      if (fresh.length <= MAX_KEPT) this.kept = fresh;
      return fresh;
    }
    if (zero) this.kept.fill(0, 0, length);
    return this.kept;
  }

  /** A longer array holding the first `used` entries of `a` (taken from this scratch), for growing while filling. */
  grow(a: T, used: number): T {
    const bigger = this.make(a.length * 2 + 64);
    bigger.set(a.subarray(0, used));
    if (bigger.length <= MAX_KEPT) this.kept = bigger;
    return bigger;
  }
}

export const int32 = (): Scratch<Int32Array> => new Scratch((n) => new Int32Array(n));
export const uint32 = (): Scratch<Uint32Array> => new Scratch((n) => new Uint32Array(n));
export const uint8 = (): Scratch<Uint8Array> => new Scratch((n) => new Uint8Array(n));

/** Marks per token or character for one pass of a rule ("covered", "taken"): one pass at a time. */
const MARKS = uint8();

/** `length` zeroed bytes for one pass; valid until the next call. */
export function marks(length: number): Uint8Array {
  return MARKS.take(length, true);
}
