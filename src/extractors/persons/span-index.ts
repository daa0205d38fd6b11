/**
 * Other stages' mentions (organisations or places) as an index for the persons rules:
 * which span is the longest one covering a character, and whether a range touches any.
 *
 * The text is cut at every span start and end into segments that the same spans cover;
 * each segment keeps its longest span. Memory and build time follow the spans, not the
 * text's length (a map per character cost 9 bytes a character for every release), and
 * each question is a binary search.
 */
export interface NamedSpan { start: number; end: number; name?: string }

export class SpanIndex {
  /** Segment k is [cuts[k], cuts[k + 1]). */
  private readonly cuts: number[];
  /** Index into `spans` of the longest span covering segment k (the first of equal ones), -1 for none. */
  private readonly longest: number[];

  /** `length` is the text's: spans are clipped to [0, length]. (Plain arrays: small, and cheap to make.) */
  constructor(readonly spans: readonly NamedSpan[], length: number) {
    const limit = length + 1;
    const points: number[] = [];
    for (const sp of spans) {
      const a = Math.max(0, sp.start), b = Math.min(sp.end, limit);
      if (a < b) points.push(a, b);
    }
    points.sort((x, y) => x - y);
    let n = 0;
    for (let k = 0; k < points.length; k++) if (k === 0 || points[k] !== points[k - 1]) points[n++] = points[k]!;
    points.length = n;
    this.cuts = points;
    this.longest = new Array<number>(Math.max(0, n - 1)).fill(-1);
    for (let index = 0; index < spans.length; index++) {
      const sp = spans[index]!;
      const a = Math.max(0, sp.start), b = Math.min(sp.end, limit);
      if (a >= b) continue;
      const len = sp.end - sp.start;
      for (let k = this.segmentAt(a); k < this.longest.length && this.cuts[k]! < b; k++) {
        const cur = this.longest[k]!;
        if (cur < 0 || spans[cur]!.end - spans[cur]!.start < len) this.longest[k] = index;
      }
    }
  }

  /** The segment holding character i, or -1 before the first cut. */
  private segmentAt(i: number): number {
    let lo = 0, hi = this.cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cuts[mid]! <= i) lo = mid + 1; else hi = mid;
    }
    return lo - 1;
  }

  /** The longest span covering character i (the first of equal length), or undefined. */
  at(i: number): NamedSpan | undefined {
    const k = this.segmentAt(i);
    const n = k >= 0 && k < this.longest.length ? this.longest[k]! : -1;
    return n >= 0 ? this.spans[n] : undefined;
  }

  /** Some span covers a character of [start, end). */
  touches(start: number, end: number): boolean {
    const from = Math.max(0, start);
    if (from >= end) return false;
    for (let k = Math.max(0, this.segmentAt(from)); k < this.longest.length && this.cuts[k]! < end; k++) {
      if (this.longest[k]! >= 0 && this.cuts[k + 1]! > from) return true;
    }
    return false;
  }
}
