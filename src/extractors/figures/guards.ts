/**
 * Spans inside which numbers are not figures: quoted titles ("Gastro 8.0",
 * „Mit 10 Schritten zum Ziel“) and dates found by the
 * dates stage. Both are read in text order with a moving cursor.
 */
import type { DateMention, Span } from "../../schema/release.js";
import { QUOTED } from "./patterns.js";
import { SPEECH_WORD } from "../../lexicon/speech.js";

const MAX_TITLE_WORDS = 8;

/** Short quotations without pronouns or finite auxiliaries: names of projects, programmes, events. */
export function quotedTitles(text: string): Span[] {
  const spans: Span[] = [];
  const quoted = QUOTED; // shared and synchronous: reset instead of recompiling
  quoted.lastIndex = 0;
  for (let m = quoted.exec(text); m; m = quoted.exec(text)) {
    const inner = m[1]!;
    const words = inner.trim().split(/\s+/);
    if (words.length > MAX_TITLE_WORDS || SPEECH_WORD.test(inner) || /[.!?]\s/.test(inner)) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Answers "is this offset inside one of the spans?" for increasing offsets. */
export class SpanCursor<T extends Span> {
  private next = 0;
  constructor(private readonly spans: readonly T[]) {}
  /** The span holding `offset`, or null. Offsets must not decrease between calls. */
  at(offset: number): T | null {
    while (this.next < this.spans.length && this.spans[this.next]!.end <= offset) this.next++;
    for (let i = this.next; i < this.spans.length && this.spans[i]!.start <= offset; i++) {
      if (this.spans[i]!.end > offset) return this.spans[i]!;
    }
    return null;
  }
}

export function sortedDates(dates: readonly DateMention[] | undefined): DateMention[] {
  return [...(dates ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
}
