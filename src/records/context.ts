/**
 * What both assemblers read: the release text with its sentences, paragraphs,
 * quoted stretches and the earlier stages' mentions, plus small helpers over
 * spans. The records stage needs the other stages (the runner sees to that),
 * so an empty list means "nothing found", never "not run".
 */
import type { ExtractorInput } from "../extractors/context.js";
import type { Organisation, Place, Span } from "../schema/release.js";
import { BoundedCache } from "../text/bounded-cache.js";

/** The extractor input with every earlier stage's results present, plus what the assemblers derive once. */
export interface RecordContext extends Required<Omit<ExtractorInput, "tokens" | "names">> {
  /** Inner spans of quoted stretches („…“, "…", »…«), in text order. */
  quotes: Span[];
  /** Every organisation / place mention with its entity, in text order (built once: many rules scan them). */
  orgMentions: { item: Organisation; span: Span }[];
  placeMentions: { item: Place; span: Span }[];
  /** True when `sentences` are in text order without overlaps, so a lookup can bisect. */
  sentencesOrdered: boolean;
  /** Per-release memos for rules that several records ask about the same sentence, by rule name and span key. */
  memo: Map<string, Map<number, unknown>>;
}

export function buildContext(input: ExtractorInput): RecordContext {
  const text = input.text;
  const organisations = input.organisations ?? [];
  const places = input.places ?? [];
  return {
    text,
    sentences: input.sentences,
    paragraphs: input.paragraphs,
    title: input.title,
    dateline: input.dateline,
    anchorDate: input.anchorDate,
    dates: input.dates ?? [],
    figures: input.figures ?? [],
    places,
    organisations,
    persons: input.persons ?? [],
    quotes: findQuotes(text),
    orgMentions: mentionsOf(organisations),
    placeMentions: mentionsOf(places),
    sentencesOrdered: ordered(input.sentences),
    memo: new Map(),
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

function ordered(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.end) return false;
  return spans.every((s) => s.start <= s.end);
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
  const i = ctx.sentencesOrdered ? bisectAt(ctx.sentences, pos) : indexAt(ctx.sentences, pos);
  if (i >= 0) return ctx.sentences[i]!;
  let start = 0;
  let end = ctx.text.length;
  for (const s of ctx.sentences) {
    if (s.end <= pos) start = Math.max(start, s.end);
    else if (s.start > pos) { end = Math.min(end, s.start); break; }
  }
  return { start, end };
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

/** indexAt for spans in text order without overlaps. */
function bisectAt(spans: readonly Span[], pos: number): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence right after `span` (starting within 4 characters of its end), if any. */
export function nextSentence(ctx: RecordContext, span: Span): Span | undefined {
  return ctx.sentences.find((s) => s.start >= span.end && s.start - span.end < 4);
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

/**
 * A list of cue regexes over one stretch of text. `scan(s)` gives, per cue, exactly the matches
 * a global scan of that cue gives. Most stretches hold no cue at all, so each cue first checks
 * that one of the words every match must begin with occurs (plain substring search); only then
 * does its regex run.
 */
export class CueSet<T extends { pattern: string }> {
  private readonly res: RegExp[];
  /** Per cue: for each top-level alternative, the word sets a match must all hit (null: no filter). */
  private readonly needs: (string[][][] | null)[];
  private readonly caseless: boolean;

  constructor(readonly cues: readonly T[], flags: string) {
    const f = flags.replace(/[gy]/g, "");
    this.caseless = f.includes("i");
    this.res = cues.map((c) => new RegExp(c.pattern, `${f}g`));
    this.needs = cues.map((c) => {
      const alts = splitTop(c.pattern).map((alt) => requiredItems(alt).map((words) => (this.caseless ? words.map((w) => w.toLowerCase()) : words)));
      return alts.some((items) => !items.length) ? null : alts;
    });
  }

  scan(s: string): { index: number; text: string }[][] {
    const hay = this.caseless ? s.toLowerCase() : s;
    return this.cues.map((_, k) => {
      const needs = this.needs[k];
      if (needs && !needs.some((items) => items.every((words) => words.some((w) => hay.includes(w))))) return [];
      return execAll(this.res[k]!, s).map((m) => ({ index: m.index, text: m[0] }));
    });
  }
}

/**
 * Words one of which every match of `pattern` contains, or null when none can be read off. Of the
 * items a match must pass through (letter runs, unquantified groups, lookaheads), the one with
 * the longest shortest word is taken: "in\\s+(?:enger\\s+)?(?:Kooperation|Zusammenarbeit)" gives
 * Kooperation/Zusammenarbeit, not "in".
 */
export function leadWords(pattern: string): string[] | null {
  const out: string[] = [];
  for (const alt of splitTop(pattern)) {
    const best = bestItem(alt);
    if (!best) return null;
    out.push(...best);
  }
  return out.length ? out : null;
}

/** The most selective required item of one alternative (a sequence). */
function bestItem(seq: string): string[] | null {
  let best: string[] | null = null;
  for (const words of requiredItems(seq)) {
    const min = Math.min(...words.map((w) => w.length));
    if (!best || min > Math.min(...best.map((w) => w.length))) best = words;
  }
  return best;
}

/** Every item a match of one alternative (a sequence) must pass through, as the words one of which it contains. */
function requiredItems(seq: string): string[][] {
  const items: string[][] = [];
  const consider = (words: string[] | null) => {
    if (!words || !words.length || words.some((w) => !w)) return;
    items.push(words);
  };
  let i = 0;
  while (i < seq.length) {
    const c = seq[i]!;
    if (c === "(") {
      const close = groupEnd(seq.slice(i));
      if (close < 0) return items;
      const body = seq.slice(i, i + close + 1);
      const after = seq.slice(i + close + 1);
      const quant = /^(?:[?*]|\{0,)/.test(after);
      if (body.startsWith("(?<") || body.startsWith("(?!")) { /* look-behind, negative look-ahead: no words */ }
      else if (body.startsWith("(?=")) consider(leadWords(body.slice(3, -1)));
      else if (!quant) consider(leadWords(body.startsWith("(?:") ? body.slice(3, -1) : body.slice(1, -1)));
      i += close + 1;
      i += /^(?:[?*+]\??|\{\d*,?\d*\}\??)?/.exec(seq.slice(i))![0].length;
      continue;
    }
    if (c === "\\") { i += seq[i + 1] === "p" || seq[i + 1] === "P" ? seq.indexOf("}", i) + 1 - i : 2; continue; }
    if (c === "[") { i = classEnd(seq, i) + 1; continue; }
    const run = /^[\p{L}]+/u.exec(seq.slice(i))?.[0];
    if (run) {
      const next = seq[i + run.length];
      // A quantifier after the last letter makes that letter optional (or repeatable: still present once unless ?/*/{0,).
      const optionalLast = next === "?" || next === "*" || seq.startsWith("{0,", i + run.length);
      consider([optionalLast ? run.slice(0, -1) : run]);
      i += run.length;
      continue;
    }
    i++;
  }
  return items;
}

/** Index of the "]" closing the character class that opens at `i`. */
function classEnd(s: string, i: number): number {
  let j = i + 1;
  if (s[j] === "^") j++;
  if (s[j] === "]") j++;
  while (j < s.length && s[j] !== "]") j += s[j] === "\\" ? 2 : 1;
  return j;
}

/** Index of the ")" closing the group that opens at 0. */
function groupEnd(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") { i++; continue; }
    if (c === "[") { while (i < s.length && s[i] !== "]") { if (s[i] === "\\") i++; i++; } continue; }
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The top-level alternatives of a pattern. */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0, from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") { i++; continue; }
    if (c === "[") { while (i < s.length && s[i] !== "]") { if (s[i] === "\\") i++; i++; } continue; }
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) { out.push(s.slice(from, i)); from = i + 1; }
  }
  out.push(s.slice(from));
  return out;
}

/** The index after the code point at `i`. */
function advance(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
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
 * `heads` (letters only, any case), in text order. Scanning for the rare hits first and reading
 * only their words is much cheaper than tokenising every word. A scan may restart after any
 * character no token can hold, so each word is read from its own start.
 */
export function tokensHolding(text: string, wordRe: RegExp, heads: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let scannedTo = 0;
  const hitRe = heads;
  hitRe.lastIndex = 0;
  for (let h = hitRe.exec(text); h; h = hitRe.exec(text)) {
    if (h.index < scannedTo) continue;
    let p = h.index;
    while (p > scannedTo && TOKEN_CHAR_RE.test(text[p - 1]!)) p--;
    wordRe.lastIndex = p;
    for (let m = wordRe.exec(text); m && m.index <= h.index; m = wordRe.exec(text)) {
      const end = m.index + m[0].length;
      if (end > h.index) { out.push(m); scannedTo = end; break; }
      scannedTo = end;
    }
    if (hitRe.lastIndex < scannedTo) hitRe.lastIndex = scannedTo;
  }
  return out;
}

/** Head words (letters only) as one global case-insensitive scan; scanning the lower-cased text instead measured slower. */
export function headScan(heads: readonly string[]): RegExp {
  return new RegExp(heads.map(escapeRegExp).join("|"), "gi");
}

// Characters a word token may hold; a scan restarts safely after any other.
const TOKEN_CHAR_RE = /[\p{L}\p{N}+\-]/u;

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

/** Mentions of any entity list as flat spans with the entity's index. */
export function mentionsOf<T extends { mentions: readonly Span[] }>(items: readonly T[]): { item: T; span: Span }[] {
  const out: { item: T; span: Span }[] = [];
  for (const item of items) for (const m of item.mentions) out.push({ item, span: { start: m.start, end: m.end } });
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * A date that stamps the release rather than saying when something happens: inside the dateline,
 * in dateline shape at a line start ("Dresden, 3. März 2025 –"), or ending a short stamp line
 * ("Pressemitteilung vom 12.06.2024", "Letzte Aktualisierung: 28.01.2020").
 */
export function isReleaseStamp(ctx: RecordContext, d: Span): boolean {
  if (ctx.dateline && inside(d, ctx.dateline)) return true;
  const { text } = ctx;
  const lineStart = text.lastIndexOf("\n", d.start - 1) + 1;
  const nl = text.indexOf("\n", d.end);
  const lineEnd = nl < 0 ? text.length : nl;
  if (lineEnd - lineStart < 60 && /^[\s.)]*$/u.test(text.slice(d.end, lineEnd))) return true;
  return /^\s*\p{Lu}[\p{L}. /-]{1,40},\s*$/u.test(text.slice(lineStart, d.start)) && /^\s*(?:\([^)\n]{0,20}\)\s*)?[–—-]\s/u.test(text.slice(d.end, d.end + 30));
}

// The subject first (after a dateline "Ort –" and an article) and a finite verb right after it.
const SUBJECT_FIRST = /^(?:[^!?\n]{0,40}[–—]\s+)?[\s„"]*(?:(?:Die|Das|Der|Dafür\s+hat\s+(?:die|der|das))\s+)?$/u;
const FINITE_AFTER = /^\s+(?:hat|haben|hatte|hatten|lädt|laden|lud|luden|eröffnet|eröffnete|startet|startete|veranstaltet|veranstaltete|richtet|richtete|organisiert|organisierte|verleiht|verlieh|initiiert|initiierte)\b/u;
// Verb-second order: "Mit dem Preis hat die X …", "Dafür hat das X …".
const SUBJECT_AFTER_VERB = /^[^;!?\n]{0,80}?\b(?:hat|haben|hatte|hatten|lädt|laden|lud|luden|verleiht|verlieh|startet|startete)\s+(?:die|der|das|den)\s+$/u;

/** The body that is the grammatical subject of `sentence`: first (before its finite verb) or right after a verb in second place. */
export function subjectOf(ctx: RecordContext, sentence: Span, orgMentions: readonly { item: { name: string }; span: Span }[]): string | null {
  const { text } = ctx;
  for (const o of orgMentions) {
    if (!inside(o.span, sentence) || o.span.start - sentence.start > 100) continue;
    const before = text.slice(sentence.start, o.span.start);
    if ((SUBJECT_FIRST.test(before) && FINITE_AFTER.test(text.slice(o.span.end, Math.min(sentence.end, o.span.end + 20))))
      || SUBJECT_AFTER_VERB.test(before)) return o.item.name;
  }
  return null;
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
