/**
 * What both assemblers read: the release text with its sentences, paragraphs,
 * quoted stretches and the earlier stages' mentions, plus small helpers over
 * spans. The records stage needs the other stages (the runner sees to that),
 * so an empty list means "nothing found", never "not run".
 */
import type { ExtractorInput } from "../extractors/context.js";
import type { DateMention, Figure, Organisation, Person, Place, Span } from "../schema/release.js";

export interface RecordContext {
  text: string;
  sentences: Span[];
  paragraphs: Span[];
  title: Span | null;
  dateline: Span | null;
  anchorDate: string | null;
  dates: DateMention[];
  figures: Figure[];
  places: Place[];
  organisations: Organisation[];
  persons: Person[];
  /** Inner spans of quoted stretches („…“, "…", »…«), in text order. */
  quotes: Span[];
}

export function buildContext(input: ExtractorInput): RecordContext {
  const text = input.text;
  return {
    text,
    sentences: input.sentences,
    paragraphs: input.paragraphs,
    title: input.title,
    dateline: input.dateline,
    anchorDate: input.anchorDate,
    dates: input.dates ?? [],
    figures: input.figures ?? [],
    places: input.places ?? [],
    organisations: input.organisations ?? [],
    persons: input.persons ?? [],
    quotes: findQuotes(text),
  };
}

// Opening and closing marks of German, English and guillemet quotations.
const QUOTE_RE = /„([^„“”"\n]{1,300}(?:\n[^„“”"\n]{1,300})?)[“”"]|»([^»«\n]{1,300})«|«([^»«\n]{1,300})»|“([^„“”"\n]{1,300})”|(?<=^|[\s(\[–—-])"(\S[^"\n]{0,299}(?<=\S))"(?![\p{L}\p{N}])/gu;

/**
 * Quoted names ("Projekt „X“", "Fachtag „Y“"): short quotations that read as
 * a name. Quoted speech (long, or with a sentence end inside) is left out.
 */
export function findQuotes(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(QUOTE_RE)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "";
    if (!isNameLike(inner)) continue;
    const start = m.index + 1;
    out.push({ start, end: start + inner.length });
  }
  return out;
}

function isNameLike(inner: string): boolean {
  const t = inner.trim();
  if (!t || t.split(/\s+/).length > 18) return false;
  if (/[.!?,;:]$/.test(t) || /[.!?]\s+\p{Lu}/u.test(t)) return false;
  return /^[\p{Lu}\p{N}]/u.test(t) || /^\p{Ll}+\p{Lu}/u.test(t);
}

/** Index of the span in `spans` that contains `pos`, or -1. */
export function indexAt(spans: readonly Span[], pos: number): number {
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (pos >= s.start && pos < s.end) return i;
  }
  return -1;
}

/** The sentence holding `pos`; when the splitter left a gap, the stretch between sentence ends. */
export function sentenceAt(ctx: RecordContext, pos: number): Span {
  const i = indexAt(ctx.sentences, pos);
  if (i >= 0) return ctx.sentences[i]!;
  let start = 0;
  let end = ctx.text.length;
  for (const s of ctx.sentences) {
    if (s.end <= pos) start = Math.max(start, s.end);
    else if (s.start > pos) { end = Math.min(end, s.start); break; }
  }
  return { start, end };
}

export function paragraphAt(ctx: RecordContext, pos: number): Span {
  const i = indexAt(ctx.paragraphs, pos);
  return i >= 0 ? ctx.paragraphs[i]! : sentenceAt(ctx, pos);
}

export function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function quoteAt(ctx: RecordContext, pos: number): Span | null {
  for (const q of ctx.quotes) if (pos >= q.start && pos < q.end) return q;
  return null;
}

/** Folds case, umlauts and punctuation the way names are compared. */
export function fold(s: string): string {
  return s.normalize("NFC").toLowerCase()
    .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9+%]+/g, " ").trim();
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Collapses runs of white space (names quoted across a line break). */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Mentions of any entity list as flat spans with the entity's index. */
export function mentionsOf<T extends { mentions: readonly Span[] }>(items: readonly T[]): { item: T; span: Span }[] {
  const out: { item: T; span: Span }[] = [];
  for (const item of items) for (const m of item.mentions) out.push({ item, span: { start: m.start, end: m.end } });
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Precision rank of an ISO date value: day 3, month 2, season/half/quarter 1.5, year 1. */
export function precision(value: string | null): number {
  if (!value) return 0;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 3;
  if (/^\d{4}-\d{2}$/.test(value)) return 2;
  if (/^\d{4}-[A-Z]/.test(value)) return 1.5;
  if (/^\d{4}$/.test(value)) return 1;
  return 0;
}
