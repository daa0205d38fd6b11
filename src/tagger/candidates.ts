/**
 * Helpers for the extractors that merge the tagger's spans with their rules
 * (src/extractors/{places,organisations,persons}/tagger-candidates.ts):
 * picking the spans of one type, and telling which stretches of the text
 * the rules already cover.
 */
import type { NameSpan } from "./tag.js";
import type { NameType } from "./features.js";

/** The tagger's spans of one type with at least `minScore`, in text order. */
export function taggedSpans(names: readonly NameSpan[] | undefined, type: NameType, minScore: number): NameSpan[] {
  if (!names) return [];
  return names.filter((n) => n.type === type && n.score >= minScore);
}

/**
 * Characters of the text some mention already covers: one byte per
 * character, so marking and asking are linear in the spans' lengths.
 */
export class Coverage {
  private readonly marks: Uint8Array;
  constructor(length: number) {
    this.marks = new Uint8Array(length);
  }

  add(start: number, end: number): void {
    this.marks.fill(1, Math.max(0, start), Math.min(end, this.marks.length));
  }

  /** True when any character of [start, end) is covered. */
  overlaps(start: number, end: number): boolean {
    const m = this.marks;
    for (let i = Math.max(0, start); i < end && i < m.length; i++) if (m[i] === 1) return true;
    return false;
  }
}

/** Coverage of every mention of the given entities. */
export function coverageOf(length: number, ...groups: readonly (readonly { mentions: readonly { start: number; end: number }[] }[] | undefined)[]): Coverage {
  const c = new Coverage(length);
  for (const g of groups) for (const e of g ?? []) for (const m of e.mentions) c.add(m.start, m.end);
  return c;
}

/** Entities after tagged mentions were added: each one's mentions in text order, the entities by their first mention. */
export function inTextOrder<T extends { mentions: { start: number }[] }>(entities: T[]): T[] {
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
