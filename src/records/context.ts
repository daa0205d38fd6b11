/**
 * What both assemblers read: the release text with its sentences, paragraphs,
 * quoted stretches and the earlier stages' mentions, plus small helpers over
 * spans. The records stage needs the other stages (the runner sees to that),
 * so an empty list means "nothing found", never "not run".
 *
 * Everything a rule asks about a stretch of text ("the org mentions in this
 * sentence", "the quotation at this offset", "the line of this date") is
 * answered by bisection over lists built once here, so the stage stays linear
 * (n log n) in the input however long a release or a sentence is.
 */
import type { ExtractorInput } from "../extractors/context.js";
import type { DateMention, Figure, Organisation, Person, Place, Span } from "../schema/release.js";
import { BoundedCache } from "../text/bounded-cache.js";
import { FULL_MONTH_PATTERN } from "../lexicon/months.js";
import { requiredItems, splitTop } from "./patterns.js";
import { SpanTest, TextScan, WordIndex } from "./words.js";
import { backReferences } from "./back-references.js";
import { SPEECH_WORD } from "../lexicon/speech.js";

/** "am 27. September", "am Freitag, 3.5.": a day stated for something, with or without a year. */
export const DAY_STATED = new SpanTest(new RegExp(String.raw`\b(?:am|vom)\s+(?:\p{L}+,?\s+)?\d{1,2}\.\s*(?:(?:${FULL_MONTH_PATTERN})\b|\d{1,2}\.)`, "iu"));

/** A mention of some entity (or any located item) with its span. */
export interface Located<T> {
  item: T;
  span: Span;
}

/** Items in text order (by start, then end) with range queries by bisection. */
export class SpanList<T> {
  readonly items: readonly Located<T>[];
  private readonly starts: Float64Array;

  constructor(items: Located<T>[]) {
    // Mentions mostly come in text order already: sorting is then skipped.
    let sorted = true;
    for (let i = 1; i < items.length && sorted; i++) sorted = byStartThenEnd(items[i - 1]!.span, items[i]!.span) <= 0;
    this.items = sorted ? items : items.sort((a, b) => byStartThenEnd(a.span, b.span));
    const starts = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) starts[i] = items[i]!.span.start;
    this.starts = starts;
  }

  get length(): number {
    return this.items.length;
  }

  /** Index of the first item starting at or after `pos`. */
  firstFrom(pos: number): number {
    let lo = 0, hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Items starting in [from, to) and ending by `maxEnd` (default `to`), in text order. */
  within(from: number, to: number, maxEnd = to): Located<T>[] {
    const out: Located<T>[] = [];
    for (let i = this.firstFrom(from); i < this.items.length; i++) {
      const x = this.items[i]!;
      if (x.span.start >= to) break;
      if (x.span.end <= maxEnd) out.push(x);
    }
    return out;
  }

  /** The first item starting in [from, to) and ending by `maxEnd` for which `test` holds (`within(…).find(test)`, nothing allocated). */
  find(from: number, to: number, maxEnd: number, test: (x: Located<T>) => boolean): Located<T> | undefined {
    for (let i = this.firstFrom(from); i < this.items.length; i++) {
      const x = this.items[i]!;
      if (x.span.start >= to) break;
      if (x.span.end <= maxEnd && test(x)) return x;
    }
    return undefined;
  }

  /** Whether an item starting in [from, to) and ending by `maxEnd` passes `test` (`within(…).some(test)`). */
  some(from: number, to: number, maxEnd: number, test: (x: Located<T>) => boolean): boolean {
    return this.find(from, to, maxEnd, test) !== undefined;
  }

  /** Items inside `span`, in text order. */
  inside(span: Span): Located<T>[] {
    return this.within(span.start, span.end);
  }

  /** Whether an item lies inside `span`. */
  anyInside(span: Span): boolean {
    for (let i = this.firstFrom(span.start); i < this.items.length; i++) {
      const x = this.items[i]!;
      if (x.span.start >= span.end) return false;
      if (x.span.end <= span.end) return true;
    }
    return false;
  }
}

/** The extractor input with every earlier stage's results present, plus what the assemblers derive once. */
export interface RecordContext extends Required<Omit<ExtractorInput, "tokens" | "names" | "anchorIsPublication" | "datelinePlace">> {
  /** Inner spans of quoted stretches („…“, "…", »…«) that read as names, in text order. */
  quotes: Span[];
  /** Every quoted stretch, names and speech alike, in text order. */
  speech: Span[];
  /**
   * Every organisation / place / person mention with its entity, and the dates and figures, in text order.
   * The organisations' also where the text names a body again by its head ("die Hochschule", back-references.ts).
   */
  orgMentions: SpanList<Organisation>;
  placeMentions: SpanList<Place>;
  personMentions: SpanList<Person>;
  dateList: SpanList<DateMention>;
  figureList: SpanList<Figure>;
  /** Offsets of the line breaks, for line lookups by bisection. */
  lineBreaks: number[];
  /** Where the registered cue words occur in the release, for filters and scans (words.ts). */
  words: WordIndex;
  /** Per-release memos for rules that several records ask about the same sentence, by rule name and span key. */
  memo: Map<string, Map<number, unknown>>;
}

export function buildContext(input: ExtractorInput): RecordContext {
  const text = input.text;
  const organisations = input.organisations ?? [];
  const places = input.places ?? [];
  const persons = input.persons ?? [];
  const dates = input.dates ?? [];
  const figures = input.figures ?? [];
  const lineBreaks: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineBreaks.push(i);
  const words = new WordIndex(text);
  const named = new SpanList(mentionsOf(organisations));
  const backReferenced = backReferences(text, organisations, named);
  return {
    text,
    sentences: inOrder(input.sentences),
    paragraphs: inOrder(input.paragraphs),
    title: input.title,
    dateline: input.dateline,
    anchorDate: input.anchorDate,
    dates,
    figures,
    places,
    organisations,
    persons,
    quotes: findQuotes(words),
    speech: findSpeech(words),
    orgMentions: backReferenced.length ? new SpanList([...named.items, ...backReferenced]) : named,
    placeMentions: new SpanList(mentionsOf(places)),
    personMentions: new SpanList(mentionsOf(persons)),
    dateList: new SpanList(dates.map((d) => ({ item: d, span: d }))),
    figureList: new SpanList(figures.map((f) => ({ item: f, span: f }))),
    lineBreaks,
    words,
    memo: new Map(),
  };
}

const QUOTE_SCAN = new TextScan(/„([^„“”"\n]{1,300}(?:\n[^„“”"\n]{1,300})?)[“”"]|»([^»«\n]{1,300})«|«([^»«\n]{1,300})»|“([^„“”"\n]{1,300})”|(?<=^|[\s(\[–—-])"(\S[^"\n]{0,299}(?<=\S))"(?![\p{L}\p{N}])/gu);

/**
 * Quoted names ("Projekt „X“", "Fachtag „Y“"): short quotations that read as
 * a name. Quoted speech (long, or with a sentence end inside) is left out.
 */
export function findQuotes(words: WordIndex): Span[] {
  const out: Span[] = [];
  for (const m of words.all(QUOTE_SCAN)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "";
    if (!isNameLike(inner)) continue;
    const start = m.index + 1;
    out.push({ start, end: start + inner.length });
  }
  return out;
}

// Any quotation up to a paragraph long; the negated classes stop at the next opening mark, so the scan stays linear.
const SPEECH_SCAN = new TextScan(/„[^„“”]{1,2000}[“”"]|»[^»«]{1,2000}«|“[^„“”]{1,2000}”|(?<=^|[\s(\[–—-])"[^"]{1,2000}"/gu);

/** Every quoted stretch (inner span), in text order without overlaps. */
export function findSpeech(words: WordIndex): Span[] {
  const out: Span[] = [];
  for (const m of words.all(SPEECH_SCAN)) {
    if (m[0].includes("\n\n")) continue;
    out.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
  }
  return out;
}

/** Whether `pos` lies inside a quotation (quoted speech or a quoted name). */
export function inSpeech(ctx: RecordContext, pos: number): boolean {
  return indexAt(ctx.speech, pos) >= 0;
}

function isNameLike(inner: string): boolean {
  const t = inner.trim();
  if (!t || wordCountAbove(t, 18)) return false;
  if (/[.?,;:]$/.test(t) || /[.!?]\s+\p{Lu}/u.test(t)) return false;
  // "Demokratie leben!", "Mach mit!": a short slogan may end in "!"; speech has a pronoun or a finite auxiliary
  if (t.endsWith("!") && (wordCountAbove(t, 4) || SPEECH_WORD.test(t))) return false;
  return /^[\p{Lu}\p{N}]/u.test(t) || /^\p{Ll}+\p{Lu}/u.test(t);
}


const byStartThenEnd = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** Spans in text order without overlaps (a span overlapping an earlier one is dropped), so lookups can bisect. */
function inOrder(spans: readonly Span[]): Span[] {
  // The segmenter gives them in order: then one pass checks it and copies.
  let ordered = true;
  for (let i = 0; i < spans.length && ordered; i++) {
    const s = spans[i]!;
    ordered = s.start <= s.end && (i === 0 || s.start >= spans[i - 1]!.end);
  }
  if (ordered) return spans.slice();
  const sorted = spans.filter((s) => s.start <= s.end).sort(byStartThenEnd);
  const out: Span[] = [];
  for (const s of sorted) if (!out.length || s.start >= out.at(-1)!.end) out.push(s);
  return out;
}

/** Index of the first span in ordered `spans` ending after `pos` (the one holding `pos`, or the next one). */
function firstEndingAfter(spans: readonly Span[], pos: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the span in ordered `spans` that contains `pos`, or -1. */
export function indexAt(spans: readonly Span[], pos: number): number {
  const i = firstEndingAfter(spans, pos);
  const s = spans[i];
  return s && s.start <= pos ? i : -1;
}

/** Whether `t` matches in text[from, to) (as `t.re.test` on that slice); skipped where the words it needs are absent. */
export function testIn(ctx: RecordContext, t: SpanTest, from: number, to: number): boolean {
  return execIn(ctx, t, from, to) !== null;
}

/** The first match of `t` in text[from, to) (as `t.re.exec` on that slice, indices relative to `from`), or null. */
export function execIn(ctx: RecordContext, t: SpanTest, from: number, to: number): RegExpExecArray | null {
  if (to <= from && t.need) return null;
  if (!ctx.words.mayHoldIn(t.need, from, to)) return null;
  return ctx.words.firstIn(t, ctx.text.slice(from, to), from, to);
}

/** Every match of `t` in text[from, to) (a global scan of that slice, indices relative to `from`). */
export function matchesIn(ctx: RecordContext, t: SpanTest, from: number, to: number): RegExpExecArray[] {
  if (!ctx.words.mayHoldIn(t.need, from, to)) return [];
  return ctx.words.allIn(t, ctx.text.slice(from, to), from, to);
}

/** The sentence holding `pos`; when the splitter left a gap, the stretch between sentence ends. */
export function sentenceAt(ctx: RecordContext, pos: number): Span {
  const i = firstEndingAfter(ctx.sentences, pos);
  const s = ctx.sentences[i];
  if (s && s.start <= pos) return s;
  return { start: i > 0 ? ctx.sentences[i - 1]!.end : 0, end: s ? s.start : ctx.text.length };
}

/** A number naming a span (texts stay far below 4 M characters). */
export function spanKey(s: Span): number {
  return s.start * 4194304 + s.end;
}

/** The memo of one rule in this release. */
export function memoOf<T>(ctx: RecordContext, rule: string): Map<number, T> {
  let m = ctx.memo.get(rule);
  if (!m) { m = new Map(); ctx.memo.set(rule, m); }
  return m as Map<number, T>;
}

/** The result of `compute` for one sentence (or any span), computed once per release. */
export function perSpan<T>(ctx: RecordContext, rule: string, span: Span, compute: () => T): T {
  const memo = memoOf<T>(ctx, rule);
  const key = spanKey(span);
  const known = memo.get(key);
  if (known !== undefined || memo.has(key)) return known!;
  const value = compute();
  memo.set(key, value);
  return value;
}

/** The sentence right after `span` (starting within 4 characters of its end), if any. */
export function nextSentence(ctx: RecordContext, span: Span): Span | undefined {
  let i = firstEndingAfter(ctx.sentences, span.end);
  if (ctx.sentences[i] && ctx.sentences[i]!.start < span.end) i++;
  const next = ctx.sentences[i];
  return next && next.start - span.end < 4 ? next : undefined;
}

/** The sentence right before `span` (ending within 4 characters of its start), if any. */
export function previousSentence(ctx: RecordContext, span: Span): Span | undefined {
  const i = firstEndingAfter(ctx.sentences, span.start);
  const prev = ctx.sentences[ctx.sentences[i] && ctx.sentences[i]!.end <= span.start ? i : i - 1];
  return prev && prev.end <= span.start && span.start - prev.end < 4 ? prev : undefined;
}

export function paragraphAt(ctx: RecordContext, pos: number): Span {
  const i = indexAt(ctx.paragraphs, pos);
  return i >= 0 ? ctx.paragraphs[i]! : sentenceAt(ctx, pos);
}

/** The sentences inside `span` (a paragraph, the title), in text order. */
export function sentencesIn(ctx: RecordContext, span: Span): Span[] {
  const out: Span[] = [];
  for (let i = firstEndingAfter(ctx.sentences, span.start); i < ctx.sentences.length; i++) {
    const s = ctx.sentences[i]!;
    if (s.start >= span.end) break;
    if (inside(s, span)) out.push(s);
  }
  return out;
}

export function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The quotation holding `pos` (quotations are in text order without overlaps). */
export function quoteAt(ctx: RecordContext, pos: number): Span | null {
  const i = indexAt(ctx.quotes, pos);
  return i >= 0 ? ctx.quotes[i]! : null;
}

/** The first quotation starting in (from, to), if any. */
export function quoteStartingIn(ctx: RecordContext, from: number, to: number): Span | undefined {
  let i = firstEndingAfter(ctx.quotes, from);
  if (ctx.quotes[i] && ctx.quotes[i]!.start <= from) i++;
  const q = ctx.quotes[i];
  return q && q.start < to ? q : undefined;
}

/**
 * Every match of `sticky` (a regex with y whose matches begin at the text's start or at a line
 * break, "(?:^|\n)…") over the whole text, as a global scan gives them: tried only there.
 */
export function lineStartMatches(ctx: RecordContext, sticky: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { text, lineBreaks } = ctx;
  let free = 0;
  for (let i = -1; i < lineBreaks.length; i++) {
    const p = i < 0 ? 0 : lineBreaks[i]!;
    if (p < free) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      free = p + Math.max(1, m[0].length);
    }
  }
  return out;
}

/** Start and end of the line holding `pos`. */
export function lineAt(ctx: RecordContext, pos: number): Span {
  const b = ctx.lineBreaks;
  let lo = 0, hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return { start: lo > 0 ? b[lo - 1]! + 1 : 0, end: lo < b.length ? b[lo]! : ctx.text.length };
}

/** Spans merged where they overlap, in text order: containment in any of them is one bisection. */
export function mergedSpans(spans: readonly Span[]): Span[] {
  let ordered = true;
  for (let i = 1; i < spans.length && ordered; i++) ordered = spans[i - 1]!.start <= spans[i]!.start;
  const sorted = ordered ? spans : [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Whether `s` lies inside one of the merged spans `within`. */
export function insideAny(within: readonly Span[], s: Span): boolean {
  const i = indexAt(within, s.start);
  return i >= 0 && s.end <= within[i]!.end;
}

/** Whether `s` overlaps one of the ordered, non-overlapping spans `list`. */
export function overlapsAny(list: readonly Span[], s: Span): boolean {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  const n = list[lo];
  return !!n && n.start < s.end;
}

// The answer of most cues in most sentences: one shared empty list.
const NO_MATCHES: readonly RegExpExecArray[] = [];

/**
 * A list of cue regexes. `scanText` and `scanSpan` give, per cue, exactly the matches a global
 * scan of that cue gives over the whole text or over one stretch of it (indices relative to the
 * stretch). Most stretches hold no cue at all: each cue first checks that the words every match
 * needs occur there (words.ts); over the whole text, a cue whose matches
 * begin with known words is only tried where those words are.
 */
export class CueSet<T extends { pattern: string }> {
  private readonly scans: SpanTest[];
  /** The same needs as plain words, read by substring search in an exotic release (words.ts); made on first use. */
  private plainNeeds: (string[][][] | null)[] | null = null;
  private readonly caseless: boolean;

  constructor(readonly cues: readonly T[], flags: string) {
    this.caseless = flags.includes("i");
    this.scans = cues.map((c) => new SpanTest(new RegExp(c.pattern, flags)));
  }

  scanText(ctx: RecordContext): (readonly RegExpExecArray[])[] {
    const { words, text } = ctx;
    if (words.exotic) return this.scanPlain(text);
    const bits = perSpan(ctx, "words", { start: 0, end: text.length }, () => words.wordsIn(0, text.length));
    return this.scans.map((scan, k) => {
      if (!words.mayHold(scan.need, bits)) return NO_MATCHES;
      return scan.lead ? words.all(scan) : execAll(scan.global, text);
    });
  }

  scanSpan(ctx: RecordContext, span: Span): (readonly RegExpExecArray[])[] {
    if (ctx.words.exotic) return this.scanPlain(ctx.text.slice(span.start, span.end));
    const bits = ctx.words.wordsIn(span.start, span.end);
    let s: string | undefined;
    return this.scans.map((scan, k) => {
      if (!ctx.words.mayHold(scan.need, bits)) return NO_MATCHES;
      s ??= ctx.text.slice(span.start, span.end);
      return ctx.words.allIn(scan, s, span.start, span.end);
    });
  }

  /** The scan by substring search for the needed words: for a release with characters whose case folding the word index does not follow. */
  private scanPlain(s: string): (readonly RegExpExecArray[])[] {
    const hay = this.caseless ? s.toLowerCase() : s;
    this.plainNeeds ??= this.cues.map((c) => {
      const alts = splitTop(c.pattern).map((alt) => requiredItems(alt).map((words) => (this.caseless ? words.map((w) => w.toLowerCase()) : words)));
      return alts.some((items) => !items.length) ? null : alts;
    });
    return this.scans.map((scan, k) => {
      const needs = this.plainNeeds![k];
      if (needs && !needs.some((items) => items.every((words) => words.some((w) => hay.includes(w))))) return NO_MATCHES;
      return execAll(scan.global, s);
    });
  }
}

/** All matches of a global regex in `s` (like matchAll, without cloning the regex). */
export function execAll(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  return out;
}

/**
 * The tokens a full scan of `wordRe` (global) over `text` would give that contain one of the
 * heads `heads` finds, in text order (`words`: the text's word index, null for a short string).
 * Finding the rare hits first and reading only their words is much cheaper than tokenising every
 * word. A scan may restart after any character no token can hold, so each word is read from its
 * own start.
 */
export function tokensHolding(text: string, words: WordIndex | null, wordRe: RegExp, heads: TextScan): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let scannedTo = 0;
  let from = 0;
  const next = (pos: number) => {
    if (words) return words.next(heads, pos);
    heads.global.lastIndex = pos;
    return heads.global.exec(text);
  };
  for (let h = next(0); h; h = next(from)) {
    from = h.index + h[0].length;
    if (h.index < scannedTo) continue;
    let p = h.index;
    while (p > scannedTo && isTokenChar(text.charCodeAt(p - 1))) p--;
    wordRe.lastIndex = p;
    for (let m = wordRe.exec(text); m && m.index <= h.index; m = wordRe.exec(text)) {
      const end = m.index + m[0].length;
      if (end > h.index) { out.push(m); scannedTo = end; break; }
      scannedTo = end;
    }
    if (from < scannedTo) from = scannedTo;
  }
  return out;
}

/** Head words (letters only) as one case-insensitive scan of the whole text. */
export function headScan(heads: readonly string[]): TextScan {
  return new TextScan(new RegExp(heads.map(escapeRegExp).join("|"), "gi"));
}

// Characters a word token may hold; a scan restarts safely after any other.
const isTokenChar = charTest(/[\p{L}\p{N}+\-]/u);

/**
 * A one-character regex as a test of one UTF-16 code unit (what `re.test(text[i])` answers),
 * from a table filled on first sight: the loops that call it read text character by character.
 */
export function charTest(re: RegExp): (code: number) => boolean {
  const known = new Uint8Array(65536); // 0 not yet asked, 1 no, 2 yes
  return (code) => {
    let k = known[code]!;
    if (k === 0) known[code] = k = re.test(String.fromCharCode(code)) ? 2 : 1;
    return k === 2;
  };
}

export const isSpace = charTest(/\s/);

/** Whether `t` (trimmed) splits on white space into more than `max` words. */
function wordCountAbove(t: string, max: number): boolean {
  let words = 1;
  for (let i = 1; i < t.length; i++) {
    if (isSpace(t.charCodeAt(i)) && !isSpace(t.charCodeAt(i - 1)) && ++words > max) return true;
  }
  return false;
}

const FOLDED = new BoundedCache<string, string>();

/** Folds case, umlauts and punctuation the way names are compared (memoised: names repeat). */
export function fold(s: string): string {
  let f = FOLDED.get(s);
  if (f === undefined) {
    if (FOLDED.size > 20000) FOLDED.clear();
    f = foldUncached(s);
    FOLDED.set(s, f);
  }
  return f;
}

function foldUncached(s: string): string {
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

/** Mentions of any entity list as flat spans with their entity (the mention objects themselves: nothing here changes a span). */
export function mentionsOf<T extends { mentions: readonly Span[] }>(items: readonly T[]): Located<T>[] {
  const out: Located<T>[] = [];
  for (const item of items) for (const m of item.mentions) out.push({ item, span: m });
  return out;
}

/**
 * A date that stamps the release rather than saying when something happens: inside the dateline,
 * in dateline shape at a line start ("Dresden, 3. März 2025 –"), or ending a short stamp line
 * ("Pressemitteilung vom 19.09.2024", "Letzte Aktualisierung: 17.03.2023").
 */
export function isReleaseStamp(ctx: RecordContext, d: Span): boolean {
  if (ctx.dateline && inside(d, ctx.dateline)) return true;
  const { text } = ctx;
  const line = lineAt(ctx, d.start);
  const lineStart = line.start;
  const lineEnd = d.end > line.end ? lineAt(ctx, d.end).end : line.end;
  if (lineEnd - lineStart < 60 && /^[\s.)]*$/u.test(text.slice(d.end, lineEnd))) return true;
  return d.start - lineStart <= 60 && /^\s*\p{Lu}[\p{L}. /-]{1,40},\s*$/u.test(text.slice(lineStart, d.start)) && /^\s*(?:\([^)\n]{0,20}\)\s*)?[–—-]\s/u.test(text.slice(d.end, d.end + 30));
}

// The subject first (after a dateline "Ort –" and an article) and a finite verb right after it.
const SUBJECT_FIRST = /^(?:[^!?\n]{0,40}[–—]\s+)?[\s„"]*(?:(?:Die|Das|Der|Dafür\s+hat\s+(?:die|der|das))\s+)?$/u;
// The finite verb right after the subject, or after a genitive attribute of it ("Der Ausschuss des Gemeinderats der Stadt X tagt"),
// or its abbreviation in brackets ("Die Kammer X (IHK) hat").
const FINITE_AFTER = /^(?:\s*\([^()\n]{1,30}\))?(?:\s+(?:des|der)\s+(?:(?:\p{Lu}[\p{L}-]*|des|der|und|für)\s+){0,7}?)?\s*(?:hat|haben|hatte|hatten|lädt|laden|lud|luden|eröffnet|eröffnete|startet|startete|veranstaltet|veranstaltete|richtet|richtete|organisiert|organisierte|verleiht|verlieh|initiiert|initiierte|ehrt|ehrte|würdigt|würdigte|feiert|feierte|empfängt|empfing|tagt|tagte|tagten)\b/u;
// Verb-second order: "Mit dem Preis hat die X …", "Dafür hat das X …".
const SUBJECT_AFTER_VERB = /^[^;!?\n]{0,80}?\b(?:hat|haben|hatte|hatten|lädt|laden|lud|luden|verleiht|verlieh|startet|startete)\s+(?:die|der|das|den)\s+$/u;

/**
 * The body that is the grammatical subject of `sentence`: first (before its finite verb) or right
 * after a verb in second place. Only bodies within its first 100 characters are read; `skip`
 * leaves some out (a body inside a project's name).
 */
export function subjectOf(ctx: RecordContext, sentence: Span, skip?: (o: Located<Organisation>) => boolean): string | null {
  const { text } = ctx;
  for (const o of ctx.orgMentions.within(sentence.start, Math.min(sentence.end, sentence.start + 101), sentence.end)) {
    if (skip?.(o)) continue;
    const before = text.slice(sentence.start, o.span.start);
    if ((SUBJECT_FIRST.test(before) && FINITE_AFTER.test(text.slice(o.span.end, Math.min(sentence.end, o.span.end + 120))))
      || SUBJECT_AFTER_VERB.test(before)) return o.item.name;
  }
  return null;
}

/** Precision rank of an ISO date value: day 3, month 2, season/half/quarter 1.5, year 1. */
export function precision(value: string | null): number {
  if (!value || !digitsAt(value, 0, 4)) return 0;
  if (value.length === 4) return 1;
  if (value.charCodeAt(4) !== 45) return 0; // "-"
  if (digitsAt(value, 5, 2)) {
    if (value.length === 7) return 2;
    return value.charCodeAt(7) === 45 && digitsAt(value, 8, 2) ? 3 : 0;
  }
  const c = value.charCodeAt(5);
  return c >= 65 && c <= 90 ? 1.5 : 0;
}

/** Whether `s` holds `n` ASCII digits from `at`. */
function digitsAt(s: string, at: number, n: number): boolean {
  if (s.length < at + n) return false;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
