/**
 * Project records: named projects, programmes and initiatives a release is
 * about, with the dates, places, organisations, people and figures tied to them.
 *
 * Names come from (1) a quotation right after a project noun ("Projekt „X“",
 * "Modellvorhaben „X“"), or a quotation whose first word is one ("„Masterplan X“");
 * (2) an acronym name right after a project noun ("Förderprogramm ABC – …");
 * (3) when neither exists, a descriptive phrase on a project noun in the lead
 * or in a funding sentence ("Projekt zur Stärkung der …", "sieben
 * Integrationsprojekte"). Later project nouns without a name ("das Projekt")
 * refer back to the nearest named project before them.
 */
import type { DateMention, Figure, Organisation, Person, PersonRef, ProjectRecord, Span } from "../schema/release.js";
import {
  COORDINATOR_CUES, END_CUES, FUNDER_CUES, LEAD_CUES, NAME_FUNCTION_WORDS, PARTICIPANT_CUES, PARTNER_CUES,
  LEADING_ROLE, MEETING_HEADS, NOT_PROJECT_COMPOUNDS, PERSON_PROJECT_CUES, PROJECT_HEAD_GENDER, PROJECT_HEADS, PROJECT_STAFF_CUES, PROJECT_SUFFIXES, START_CUES, WEAK_PROJECT_HEADS, type OrgCue,
} from "../lexicon/record-triggers.js";
import {
  CueSet, DAY_STATED, SpanList, execIn, fold, headScan, indexAt, inside, insideAny, isReleaseStamp, matchesIn, mergedSpans, nextSentence, paragraphAt, perSpan, precision, quoteAt,
  sentenceAt, squash, subjectOf, testIn, tokensHolding, charTest, isSpace, type Located, type RecordContext,
} from "./context.js";
import { BoundedCache } from "../text/bounded-cache.js";
import { firstAtOrAfter, SpanTest, TextScan, type WordIndex } from "./words.js";
import { NUMBER_WORD_PATTERN } from "../lexicon/number-words.js";
import { TERRITORIAL_NOUNS } from "../lexicon/organisation-heads.js";

export type ProjectRole = ProjectRecord["organisations"][number]["role"];

/** A project noun in the text ("Modellprojekts", "Förderprogramm", "Initiativen"). */
export interface ProjectNoun {
  start: number;
  end: number;
  head: string;
  /** The inflection ending after the head ("s" in "Projekts"). */
  suffix: string;
  /** The part before the head, lower-cased ("integration" in "Integrationsprojekte"). */
  modifier: string;
  plural: boolean;
}

export interface ProjectFound {
  name: string;
  /** Name occurrences and nouns that refer to the project, in text order. */
  mentions: Span[];
  /** Spans of the name occurrences only. */
  nameSpans: Span[];
  descriptive: boolean;
  /** A descriptive name on a plural noun ("sieben Integrationsprojekte"): a group, not one project. */
  plural: boolean;
  programme: string | null;
}

// Modifiers that say what kind of project, not which one ("Modellprojekt", "Teilprojekt").
const TYPE_MODIFIERS = new Set([
  "", "modell", "teil", "förder", "landes", "bundes", "pilot", "folge", "gesamt", "sonder", "verbund",
  "kooperations", "leuchtturm", "einzel", "haupt", "unter", "nachfolge", "anschluss", "senats", "rahmen",
]);
// "zur Verfügung stellen" and friends: a zur/zum that starts no name.
const IDIOM_AFTER_ZUR = /^(?:Verfügung|Seite|Kenntnis|Sprache|Folge|Zeit|Beispiel|Einsatz|Anwendung|Tragen|Ausdruck|Abstimmung|Diskussion|Debatte|Umsetzung)\b/u;

const WORD_RE = /[\p{L}][\p{L}\p{N}+]*(?:-[\p{L}\p{N}+]+)*/gu;
const ACRONYM_RE = /^(?:\p{Lu}[\p{Lu}\p{N}+]+|\p{Lu}[\p{Lu}\p{N}+]*-\p{L}[\p{L}\p{N}]*)$/u;
const FUNCTION_WORDS = new Set(NAME_FUNCTION_WORDS);
const HEADS_LONGEST_FIRST = [...PROJECT_HEADS].sort((a, b) => b.length - a.length);
// A word can only hold a project noun when it ends in a head and one of its endings: one test instead of a loop per word.
const PROJECT_TAIL_RE = new RegExp(`(?:${PROJECT_HEADS.join("|")})(?:${PROJECT_SUFFIXES.filter(Boolean).join("|")})?$`, "u");
const UPPER_START_RE = /^[\p{Lu}]/u;
const NOT_PROJECT = NOT_PROJECT_COMPOUNDS;
// Any head anywhere: only the words holding one are read.
const PROJECT_HEAD_HIT_RE = headScan(PROJECT_HEADS);

export function findProjectNouns(text: string, words: WordIndex | null = null): ProjectNoun[] {
  const out: ProjectNoun[] = [];
  for (const m of tokensHolding(text, words, WORD_RE, PROJECT_HEAD_HIT_RE)) {
    const word = m[0];
    let noun = NOUN_OF_WORD.get(word);
    if (noun === undefined) NOUN_OF_WORD.set(word, (noun = projectNounOf(word)));
    if (noun) out.push({ start: m.index, end: m.index + word.length, ...noun });
  }
  return out;
}

type NounForm = Omit<ProjectNoun, "start" | "end">;
// Words repeat: what a word says as a project noun, once per word.
const NOUN_OF_WORD = new BoundedCache<string, NounForm | null>(20_000);

/** The project noun a word is ("Integrationsprojekte": head projekt, suffix e, plural), or null. */
function projectNounOf(word: string): NounForm | null {
  if (!UPPER_START_RE.test(word)) return null;
  const lower = word.toLowerCase();
  if (!PROJECT_TAIL_RE.test(lower)) return null;
  for (const head of HEADS_LONGEST_FIRST) {
    const at = lower.lastIndexOf(head);
    if (at < 0) continue;
    const suffix = lower.slice(at + head.length);
    if (!PROJECT_SUFFIXES.includes(suffix)) continue;
    const modifier = lower.slice(0, at).replace(/[-\s]+$/, "");
    const plural = suffix === "e" || suffix === "en" || (suffix === "n" && head.endsWith("e"));
    // "Projektes" is singular; "Initiativen", "Programme", "Projekte" are plural.
    if (NOT_PROJECT.some((x) => lower.endsWith(x, at + head.length))) return null;
    return { head, suffix, modifier, plural };
  }
  return null;
}

// Quick tests of single characters, and of what must be there before a rule's regex can match:
// most project nouns are followed by a lower-case word and preceded by an article.
const isUpper = charTest(/\p{Lu}/u);
const isLower = charTest(/\p{Ll}/u);
const isNumber = charTest(/\p{N}/u);
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
const HYPHEN = 45, PLUS = 43;

/** Whether an acronym ("ABC", "SFX+", "NRW-Süd") may start after the spaces or tabs at `pos` (within 160 characters). */
function acronymMayFollow(text: string, pos: number): boolean {
  let i = pos;
  while (i < pos + 160 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i === pos) return false;
  const a = text.charCodeAt(i), b = text.charCodeAt(i + 1);
  if (isSurrogate(a) || isSurrogate(b)) return true;
  return isUpper(a) && (isUpper(b) || isNumber(b) || b === PLUS || b === HYPHEN);
}

/** Whether an ASCII digit lies in text[from, to). */
function digitWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Whether the word before the white space before `pos` is capitalised with lower-case letters after ("Familienpolitischen"). */
function capitalisedWordBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  if (i < 0 || !isSpace(text.charCodeAt(i))) return false;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  while (i >= 0 && isLower(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return isUpper(c) || isSurrogate(c);
}

/** Strips a trailing short acronym in brackets ("… Vereine (LV) im Kreis") and spaces. */
function cleanName(raw: string): string {
  return squash(raw.replace(/\s*\((?:\p{Lu}[\p{L}\p{N}+]{0,7})\)/gu, "")).replace(/^[–—-]\s*|\s*[–—-]$/g, "");
}

const NAME_STOP_WORDS = new Set(["der", "die", "das", "des", "dem", "den", "und", "fuer", "in", "im", "am", "an", "zur", "zum", "von", "vom", "mit", "aus", "auf"]);
const CONTENT_TOKENS = new BoundedCache<string, ReadonlySet<string>>();

/** The content words of a name, folded (memoised: the same names are compared again and again). */
function contentTokens(s: string): ReadonlySet<string> {
  let t = CONTENT_TOKENS.get(s);
  if (!t) {
    if (CONTENT_TOKENS.size > 20000) CONTENT_TOKENS.clear();
    t = new Set(fold(s).split(" ").filter((w) => w && !NAME_STOP_WORDS.has(w)));
    CONTENT_TOKENS.set(s, t);
  }
  return t;
}

export function sameProjectName(a: string, b: string): boolean {
  const x = fold(a), y = fold(b);
  if (!x || !y) return false;
  if (x === y || holdsWords(x, y) || holdsWords(y, x)) return true;
  const p = contentTokens(a), q = contentTokens(b);
  let inter = 0;
  for (const t of p) if (q.has(t)) inter++;
  return inter / (p.size + q.size - inter || 1) >= 0.5;
}

/** Whether the words `inner` occur in `outer` as whole words (` ${outer} ` holds ` ${inner} `; both folded, single-spaced). */
export function holdsWords(outer: string, inner: string): boolean {
  if (!inner) return !outer; // "  " lies only in the padded empty string
  for (let i = outer.indexOf(inner); i >= 0; i = outer.indexOf(inner, i + 1)) {
    const end = i + inner.length;
    if ((i === 0 || outer[i - 1] === " ") && (end === outer.length || outer[end] === " ")) return true;
  }
  return false;
}

/** The words between a project noun and a quotation may be a genitive or a place ("Netzwerk Talstadt –", "Vorhabens des ABF"). */
function nounGovernsQuote(text: string, noun: ProjectNoun, quoteStart: number): boolean {
  const gap = text.slice(noun.end, quoteStart - 1);
  if (gap.length > 40 || /[.!?;:\n]/.test(gap.replace(/^\s*[:–-]\s*$/, ""))) return false;
  const words = gap.split(/\s+/).filter((w) => w && !/^[–—-]$/.test(w));
  if (words.length > 3) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:des|der|dem|den|zum|zur|im|in)$/.test(w));
}

/** An acronym-led name after a project noun: "Förderprogramm ABC – Arbeit durch Bildung". */
function acronymNameAfter(text: string, noun: ProjectNoun): Span | null {
  if (!acronymMayFollow(text, noun.end)) return null;
  const rest = text.slice(noun.end, noun.end + 160);
  const lead = /^[ \t]+/.exec(rest);
  if (!lead) return null;
  let pos = noun.end + lead[0].length;
  const tokens: Span[] = [];
  const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}+]*(?:-[\p{L}\p{N}+]+)*|[–—-]/uy;
  let first = true;
  // Acronyms chain ("ABC NRW-Süd"); after a dash the spelled-out name follows ("ABC – Arbeit durch Bildung").
  let spelled = false;
  while (tokens.length < 10) {
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(text);
    if (!m) break;
    const w = m[0];
    if (first) {
      if (!ACRONYM_RE.test(w)) return null;
      first = false;
    } else if (/^[–—-]$/.test(w)) {
      if (spelled) break;
      spelled = true;
    } else if (!(ACRONYM_RE.test(w) || (spelled && (/^\p{Lu}/u.test(w) || (["durch", "für", "und", "in"].includes(w) && /^\s+\p{Lu}/u.test(text.slice(m.index + w.length))))))) {
      break;
    }
    tokens.push({ start: m.index, end: m.index + w.length });
    const sp = /^[ \t]+/.exec(text.slice(m.index + w.length));
    if (!sp) break;
    pos = m.index + w.length + sp[0].length;
  }
  while (tokens.length && /^(?:[–—-]|durch|für|und|in)$/.test(text.slice(tokens.at(-1)!.start, tokens.at(-1)!.end))) tokens.pop();
  if (!tokens.length) return null;
  return { start: tokens[0]!.start, end: tokens.at(-1)!.end };
}

// Modifiers that make an "initiative" a group of people rather than an undertaking.
const PERSON_GROUP_MODIFIERS = new Set(["schüler", "bürger", "eltern", "anwohner", "studenten", "studierenden", "jugend", "senioren", "mütter", "väter", "nachbarschafts"]);
// An acronym with a number ("SFB 1598", "LIFE 20") right before a quotation.
const CODE_BEFORE_QUOTE = /(?<![\p{L}\p{N}])\p{Lu}{2,6}[ -]\d{1,5}\s*$/u;

/** Whether a digit ends the text before `end` (past white space): what a code before a quotation needs. */
function digitBefore(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** How many words a name of single-spaced words has. */
function wordCount(name: string): number {
  let n = 1;
  for (let i = name.indexOf(" "); i >= 0; i = name.indexOf(" ", i + 1)) n++;
  return n;
}

/** Capitalised words after a project noun closed by their abbreviation in brackets: the name with its noun. */
function definedNameAfter(text: string, noun: ProjectNoun): Span | null {
  // The abbreviation in brackets closes the name: no bracket, no name.
  const bracket = text.indexOf("(", noun.end);
  if (bracket < 0 || bracket >= noun.end + 120) return null;
  const m = /^[ \t]+((?:\p{Lu}[\p{L}-]*|für|und|der|des|im|in)(?:[ \t]+(?:\p{Lu}[\p{L}-]*|für|und|der|des|im|in)){0,5}?)[ \t]*\(\p{Lu}[\p{Lu}\p{N}+]{1,7}\)/u.exec(text.slice(noun.end, noun.end + 120));
  if (!m || !/^\p{Lu}/u.test(m[1]!) || !/\p{Lu}[\p{L}-]*$/u.test(m[1]!)) return null;
  return { start: noun.start, end: noun.end + m[0].indexOf(m[1]!) + m[1]!.length };
}

/** A descriptive name built on a project noun: "Modellprojekt der X zur Stärkung von Y in der Region". */
function descriptiveName(text: string, noun: ProjectNoun): Span | null {
  const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}+]*(?:-[\p{L}\p{N}+]+)*-?|[^\s\p{L}\p{N}]/uy;
  const tokens: { s: number; e: number; w: string }[] = [];
  let pos = noun.end;
  for (let i = 0; i < 24; i++) {
    const sp = /^[ \t]*/.exec(text.slice(pos))!;
    TOKEN_RE.lastIndex = pos + sp[0].length;
    const m = TOKEN_RE.exec(text);
    if (!m) break;
    tokens.push({ s: m.index, e: m.index + m[0].length, w: m[0] });
    pos = m.index + m[0].length;
    if (/^[^\s\p{L}\p{N}]$/u.test(m[0])) break;
  }
  let end = noun.end;
  let i = 0;
  const isNoun = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);
  // Optional genitive owner: "der Stiftung Morgenrot", "der ABF".
  if (tokens[i] && /^(?:der|des)$/.test(tokens[i]!.w)) {
    let j = i + 1;
    while (j < tokens.length && j - i <= 3 && (isNoun(tokens[j]!.w) || (/^\p{Ll}/u.test(tokens[j]!.w) && isNoun(tokens[j + 1]?.w) && !/^(?:zur|zum|für|gegen)$/.test(tokens[j]!.w)))) j++;
    if (j > i + 1 && isNoun(tokens[j - 1]!.w)) { end = tokens[j - 1]!.e; i = j; }
  }
  let complement = false;
  // "Projekt zur Stärkung …", "Konzept für Familien und Senioren", "Initiative gegen Kinderarmut".
  const prep = tokens[i]?.w ?? "";
  if ((/^(?:zur|zum)$/.test(prep) && !IDIOM_AFTER_ZUR.test(tokens[i + 1]?.w ?? "")) || /^(?:für|gegen)$/.test(prep)) {
    let j = i + 1;
    let lastNoun = -1;
    while (j < tokens.length && j - i <= 14) {
      const w = tokens[j]!.w;
      if (isNoun(w)) lastNoun = j;
      else if (FUNCTION_WORDS.has(w)) { /* keep going */ }
      else if (/-$/.test(w) && /^(?:und|oder)$/.test(tokens[j + 1]?.w ?? "")) { /* "Fach- und …" */ }
      else if (/^\p{Ll}+(?:e|en|er|es|em)$/u.test(w) && isNoun(tokens[j + 1]?.w)) { /* attributive adjective */ }
      else break;
      j++;
    }
    if (lastNoun > i) { end = tokens[lastNoun]!.e; complement = true; }
  }
  const typed = !TYPE_MODIFIERS.has(noun.modifier);
  if (!typed && !complement) return null;
  return { start: noun.start, end };
}

// A brand-shaped name: an inner capital ("upperGrowth", "DataLab"), letters around digits ("Bio3DPrint") or "@".
const BRAND_RE = /^(?=[\p{L}\p{N}@.+-]{5,40}$)(?=.*(?:\p{Ll}\p{Lu}|\p{L}\d+\p{L}|\p{L}@\p{L}))[\p{L}\p{N}@.+-]+$/u;
// Capitalised words closed by a number: "Digitales Archiv 2", "Talland 2030".
const NUMBERED_RE = /^\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}\s+\d{1,4}\+?$/u;

/** Whether a body's mention overlaps `span` ("des Europäischen Sozialfonds Plus" is a body, not a programme name). */
function overlapsOrg(ctx: RecordContext, span: Span): boolean {
  return ctx.orgMentions.some(span.start - 300, span.end, Number.MAX_SAFE_INTEGER, (o) => o.span.start < span.end && o.span.end > span.start);
}

/** Whether the sentence of `span` states a day ("am 3. Mai", a day-precise date). */
function dayInSentence(ctx: RecordContext, span: Span): boolean {
  const s = sentenceAt(ctx, span.start);
  // A day something happens on: a day date or a closed day range; "seit 1. März" starts something instead.
  return perSpan(ctx, "dayInSentence", s, () => ctx.dateList.some(s.start, s.end, s.end, (d) => (d.item.type === "date" && precision(d.item.value) === 3
      && !/\b(?:seit|ab|bis)\s*$/iu.test(ctx.text.slice(Math.max(s.start, d.span.start - 8), d.span.start)))
      || (d.item.type === "range" && precision(d.item.from) === 3 && precision(d.item.to) === 3))
    || testIn(ctx, DAY_STATED, s.start, s.end));
}

// A gathering noun right before a quotation: the quotation names the gathering.
const GATHERING_BEFORE = new SpanTest(new RegExp(String.raw`(?:${MEETING_HEADS.map((h) => h.head).join("|")})\p{Ll}{0,2}\s*[„"»«]?$`, "iu"));

// Funding or launching right before a quoted name in its clause, the name its object after an article:
// "Förderung für ein „X“", "fördert … den Aufbau eines „X“", "seit März gibt es die „X“".
const FUNDED_BEFORE = new SpanTest(/(?:[Ff]örder\p{L}*|[Ff]inanzier\p{L}*|\bStart|\bstarte\p{L}*|\bgestartet|\blanciert\p{L}*|\bgegründet|\beingerichtet|\bins\s+Leben\s+gerufen|\bgibt\s+es)\b[^.,;:!?„“"»«]{0,80}\b(?:ein|eine|einen|eines|einem|einer|der|die|das|den|dem|des)\s+[„"»«]?$/u);

/**
 * A quoted name that is what a funding or a launch is for ("eine Förderung für ein „X“",
 * "Start der „X“"). Not on a day (then it is an event), not a body's name, at most six words.
 */
function fundedOrLaunched(ctx: RecordContext, q: Span): boolean {
  const s = sentenceAt(ctx, q.start);
  // "der Veranstaltung „Offene Bühne“", "zum Fachtag „X“": the name of a gathering.
  if (testIn(ctx, GATHERING_BEFORE, Math.max(s.start, q.start - 40), q.start)) return false;
  if (!testIn(ctx, FUNDED_BEFORE, Math.max(s.start, q.start - 101), Math.max(s.start, q.start - 1))) return false;
  if (ctx.text.slice(q.start, q.end).trim().split(/\s+/).length > 6) return false;
  return !dayInSentence(ctx, q) && !namedBody(ctx, q) && !ctx.personMentions.anyInside(q);
}

/** A quotation that is part of a body's name given before it ("den Verein „Lichtblick“"). */
function namedBody(ctx: RecordContext, q: Span): boolean {
  return ctx.orgMentions.some(q.start - 60, q.end, Number.MAX_SAFE_INTEGER, (o) => o.span.start < q.start - 1 && o.span.end > q.start);
}

/**
 * A quoted name in the title whose first noun the body takes up again at least twice with an
 * article ("„Lernwerkstatt Stadt und Land“ … die Lernwerkstatt … der Lernwerkstatt"):
 * the release is about it.
 */
function titleTopic(ctx: RecordContext, q: Span): boolean {
  if (!ctx.title || !inside(q, ctx.title)) return false;
  const { text } = ctx;
  const first = /^\p{Lu}\p{Ll}{3,}/u.exec(text.slice(q.start, q.end))?.[0];
  if (!first || !/\s/u.test(text.slice(q.start, q.end).trim())) return false;
  let count = 0;
  for (let i = text.indexOf(first, ctx.title.end); i >= 0 && count < 2; i = text.indexOf(first, i + first.length)) {
    if (/\b(?:der|die|das|dem|den|des|ein|eine|eines|einem|einer)\s+(?:\p{Ll}+\s+)?$/iu.test(text.slice(Math.max(0, i - 30), i))
      && !/^\p{Ll}{3,}/u.test(text.slice(i + first.length).replace(/^(?:es|s)/u, "x"))) count++;
  }
  return count >= 2;
}

// Between two coordinated quotations: a bracketed place or note, then a comma or "und".
const COORDINATION_GAP = /^[“”"«»\s]*(?:\([^()\n]{1,40}\))?\s*(?:,|und|sowie|oder)\s*(?:die|der|das|den|dem)?\s*[„"»«]?$/u;

/** Quotations coordinated with one already named (in either direction), not yet named themselves. */
function coordinatedQuotes(ctx: RecordContext, named: Set<Span>): Span[] {
  const qs = ctx.quotes;
  const linked = (i: number) => i + 1 < qs.length && qs[i + 1]!.start - qs[i]!.end <= 60
    && COORDINATION_GAP.test(ctx.text.slice(qs[i]!.end, qs[i + 1]!.start));
  const out: Span[] = [];
  let i = 0;
  while (i < qs.length) {
    // A chain of linked quotations: i .. j.
    let j = i;
    while (linked(j)) j++;
    if (j > i) {
      const chain = qs.slice(i, j + 1);
      if (chain.some((q) => named.has(q))) out.push(...chain.filter((q) => !named.has(q)));
    }
    i = j + 1;
  }
  return out;
}

// A bracket's first item: "(DataLab@Nord, Näheres unten)" gives "DataLab@Nord".
const BRACKET_SCAN = new TextScan(/\(([^()\n]{2,80})\)/gu);

/**
 * Names in brackets in a sentence about projects (a project noun in it or in the two before):
 * brand-shaped ones ("(Bio3DPrint)"), and capitalised words closed by a number ("(Digitales
 * Archiv 2)") when a brand-shaped one stands in the same sentence. Not a body, person or
 * place already known.
 */
function bracketNames(ctx: RecordContext, nouns: ProjectNoun[]): Span[] {
  const { text } = ctx;
  const bySentence = new Map<number, { span: Span; brand: boolean }[]>();
  for (const m of ctx.words.all(BRACKET_SCAN)) {
    const content = m[1]!;
    const item = /^\s*([^,;:]+?)\s*(?:[,;:]|$)/u.exec(content)?.[1] ?? "";
    const start = m.index + 1 + content.indexOf(item);
    const span = { start, end: start + item.length };
    const brand = BRAND_RE.test(item);
    if (!brand && !NUMBERED_RE.test(item)) continue;
    // "(ots) (Talheim)", "(pm)": a source tag at a line start or in the dateline.
    if ((ctx.dateline && inside(span, ctx.dateline)) || /(?:^|\n)[ \t]*(?:\([^()\n]*\)[ \t]*)*$/u.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    if (ctx.orgMentions.anyInside(span) || ctx.personMentions.anyInside(span) || ctx.placeMentions.anyInside(span)) continue;
    const s = sentenceAt(ctx, start);
    let list = bySentence.get(s.start);
    if (!list) { list = []; bySentence.set(s.start, list); }
    list.push({ span, brand });
  }
  const out: Span[] = [];
  const nounStarts = nouns.map((n) => n.start);
  const brands = [...bySentence.values()].flat().filter((x) => x.brand).map((x) => x.span.start).sort((a, b) => a - b);
  // A brand-shaped bracket within 300 characters (the list may run over a line break).
  const brandNear = (pos: number) => {
    let lo = 0, hi = brands.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (brands[mid]! < pos - 300) lo = mid + 1; else hi = mid; }
    return lo < brands.length && brands[lo]! <= pos + 300;
  };
  for (const [start, list] of bySentence) {
    if (!list.some((x) => x.brand || brandNear(x.span.start))) continue;
    // A project noun in this sentence or the two before it.
    const i = indexAt(ctx.sentences, start);
    const from = i >= 2 ? ctx.sentences[i - 2]!.start : i === 1 ? ctx.sentences[0]!.start : start;
    const to = sentenceAt(ctx, start).end;
    let lo = 0, hi = nounStarts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (nounStarts[mid]! < from) lo = mid + 1; else hi = mid; }
    if (lo >= nounStarts.length || nounStarts[lo]! >= to) continue;
    out.push(...list.filter((x) => x.brand || brandNear(x.span.start)).map((x) => x.span));
  }
  return out;
}

/** "Strategie für den Wohnungsmarkt Talland 2030", "Agenda 2030": a project noun, up to four capitalised words, and a number closing them. */
function numberedNameAfter(text: string, noun: ProjectNoun): Span | null {
  if (!digitWithin(text, noun.end, noun.end + 120)) return null;
  const m = /^[ \t]+(?:(?:für|den|die|das|der|des|im|in)[ \t]+){0,2}(?:\p{Lu}[\p{L}-]*[ \t]+){0,4}(\d{1,4}(?:\.\d{3})*\+?)(?![\p{L}\p{N}]|[.,]\d)/u.exec(text.slice(noun.end, noun.end + 120));
  if (!m) return null;
  const end = noun.end + m[0].length;
  // "Projekt 200 Teilnehmer", "Programm 5 Millionen Euro": a quantity, not a name.
  if (/^[ \t]*(?:\p{Lu}|%|€|Mio|Mrd|Millionen|Milliarden|Prozent|Euro)/u.test(text.slice(end, end + 12))) return null;
  return { start: noun.start, end };
}

// A capitalised adjective after an article or a preposition, right before the noun: "das Familienpolitische Gesamtkonzept".
const ADJECTIVE_BEFORE = /(?<![\p{L}])(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|im|am|vom|zum|zur|beim|ins|ihr|ihre|ihres|ihrem|sein|seine|seines|seinem|unser|unsere)\s+(\p{Lu}\p{Ll}{2,}(?:e|es|en|em|er))\s+$/u;
const ADJECTIVE_ENDING: Readonly<Record<"m" | "f" | "n", string>> = { m: "er", f: "e", n: "es" };

/**
 * A proper name made of a capitalised adjective and a project noun, in the nominative: "des
 * Familienpolitischen Gesamtkonzepts" gives "Familienpolitisches Gesamtkonzept". An adjective in
 * -er stays as it is (a place adjective, "Kölner Programm", does not decline).
 */
function adjectiveName(text: string, noun: ProjectNoun): { name: string; span: Span } | null {
  if (!capitalisedWordBefore(text, noun.start)) return null;
  const from = Math.max(0, noun.start - 60);
  const m = ADJECTIVE_BEFORE.exec(text.slice(from, noun.start));
  if (!m) return null;
  const adjective = m[1]!;
  const start = from + m.index + m[0].lastIndexOf(adjective);
  const gender = PROJECT_HEAD_GENDER[noun.head] ?? "n";
  const nominative = adjective.endsWith("er") ? adjective : adjective.replace(/(?:es|en|em|e)$/u, "") + ADJECTIVE_ENDING[gender];
  const word = text.slice(noun.start, noun.end);
  const lemma = (noun.suffix === "s" || noun.suffix === "es") ? word.slice(0, -noun.suffix.length) : word;
  return { name: `${nominative} ${lemma}`, span: { start, end: noun.end } };
}

// A count right before a plural noun, an adjective between allowed: "sieben Sportprojekte", "fünf neue Projekte".
const COUNT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\d+|${NUMBER_WORD_PATTERN})\s+(?:\p{Ll}+\s+)?$`, "iu");

/**
 * A name read off the text around a noun, with the noun in the nominative singular: "Ende
 * ihres Sportprojekts" gives "Sportprojekt".
 */
function nominativeName(text: string, span: Span, noun: ProjectNoun): string {
  const raw = text.slice(span.start, span.end);
  if (noun.plural || (noun.suffix !== "s" && noun.suffix !== "es") || noun.start < span.start || noun.end > span.end) return cleanName(raw);
  const at = noun.end - span.start;
  return cleanName(raw.slice(0, at - noun.suffix.length) + raw.slice(at));
}

/** "Programmeröffnung", "Projektstart", "Projektvorstellung": a launch of the programme(s) named next. */
const LAUNCH_SCAN = new TextScan(/(?<![\p{L}])(?:Programm|Projekt|Förderprogramm)(?:eröffnung|start|auftakt|vorstellung|präsentation)(?:en)?(?![\p{L}])/gu);

const FUNDING_CUE = new SpanTest(/Euro|€|[Ff]örder|[Ff]inanz|Mittel|Zuschuss|Zuwendung/u);

// A release naming more distinct undertakings than this is a list or a directory, not a set of records.
const MAX_PROJECTS = 60;
// Spellings of one project looked up again in the text, most frequent first.
const MAX_FORMS = 8;

type Found = { name: string; span: Span; descriptive: boolean; plural?: boolean; code?: string };

export function findProjects(ctx: RecordContext, nouns: ProjectNoun[]): ProjectFound[] {
  const { text } = ctx;
  const found: Found[] = [];
  const used = new Set<ProjectNoun>();

  // (1) quotations governed by a project noun, or opening with one.
  let k = -1; // the last noun ending at or before the quotation (both lists are in text order)
  const quoted = new Set<Span>();
  const hasProjectNoun = nouns.length > 0;
  for (const q of ctx.quotes) {
    while (k + 1 < nouns.length && nouns[k + 1]!.end <= q.start) k++;
    const last = k >= 0 ? nouns[k] : undefined;
    const noun = last && last.end >= q.start - 45 ? last : undefined;
    const inner = text.slice(q.start, q.end);
    const firstWord = /^[\p{L}-]+/u.exec(inner)?.[0] ?? "";
    const opens = findProjectNouns(firstWord).length > 0 && /^\p{Lu}/u.test(firstWord) && /\s/.test(inner.trim());
    // „X“-Projekt: the noun as a compound right after the quotation.
    const compound = text.charCodeAt(q.end + 1) === HYPHEN && /^[“”"»«]-\p{L}*(?:[Pp]rojekt|[Pp]rogramm|[Ii]nitiative|[Vv]orhaben|[Kk]ampagne)/u.test(text.slice(q.end, q.end + 40));
    // A group of people ("Schülerinitiative „X“", "Bürgerinitiative „Y“") is no project.
    const governed = !!noun && nounGovernsQuote(text, noun, q.start);
    if (governed && PERSON_GROUP_MODIFIERS.has(noun.modifier)) continue;
    // "Der SFB 1598 „X“": a programme code right before the quotation names an undertaking.
    const codeMatch = digitBefore(text, q.start - 1) ? CODE_BEFORE_QUOTE.exec(text.slice(Math.max(0, q.start - 24), q.start - 1)) : null;
    // "Forum „X“ am 3. Mai" is a gathering; a standing forum without a day is an undertaking.
    if (governed && noun.head === "forum" && dayInSentence(ctx, q)) continue;
    const named = governed || opens || compound || !!codeMatch
      // „upperGrowth“, „DataLab@Nord“: a brand-shaped name in a release about projects.
      || (hasProjectNoun && BRAND_RE.test(inner.trim()) && !ctx.orgMentions.anyInside(q))
      || fundedOrLaunched(ctx, q) || titleTopic(ctx, q);
    if (named) {
      const name = nominativeQuote(text, q, cleanName(inner));
      if (name.length < 3 || wordCount(name) > 25) continue;
      if (governed) used.add(noun);
      quoted.add(q);
      found.push({ name, span: q, descriptive: false, code: codeMatch ? codeMatch[0].trim() : undefined });
    }
  }
  // (1a) quotations coordinated with a named one: "die „Initiative Lesestunde“ (Talheim), „Musik für alle“ (Bergstadt) und „Umwege“".
  for (const q of coordinatedQuotes(ctx, quoted)) {
    const name = cleanName(text.slice(q.start, q.end));
    if (name.length >= 3 && wordCount(name) <= 12) found.push({ name, span: q, descriptive: false });
  }
  // (1b) names in brackets: "(DataLab@Nord)", "(Bio3DPrint) sowie … (Digitales Archiv 2)".
  if (hasProjectNoun) for (const b of bracketNames(ctx, nouns)) found.push({ name: text.slice(b.start, b.end), span: b, descriptive: false });
  // (2) acronym names after a project noun.
  for (const noun of nouns) {
    if (used.has(noun) || quoteAt(ctx, noun.start)) continue;
    const span = acronymNameAfter(text, noun);
    if (!span) continue;
    used.add(noun);
    found.push({ name: cleanName(text.slice(span.start, span.end)), span, descriptive: false });
  }
  // (2a) a name defined with its abbreviation: "Rahmenprogramm Lebendige Quartiere (RLQ)".
  for (const noun of nouns) {
    if (used.has(noun) || noun.plural || quoteAt(ctx, noun.start)) continue;
    const span = definedNameAfter(text, noun);
    if (!span) continue;
    used.add(noun);
    found.push({ name: cleanName(text.slice(span.start, span.end)), span, descriptive: false });
  }
  // (2c) a name with a number after a project noun: "Strategie für den Wohnungsmarkt Talland 2030", "Agenda 2030".
  for (const noun of nouns) {
    if (used.has(noun) || noun.plural || quoteAt(ctx, noun.start)) continue;
    const span = numberedNameAfter(text, noun);
    // "Bündnis 90/Die Grünen": a named organisation, not a project
    if (!span || overlapsOrg(ctx, span)) continue;
    used.add(noun);
    found.push({ name: nominativeName(text, span, noun), span, descriptive: false });
  }
  // (2d) a capitalised adjective before a project noun mid-sentence: "das Familienpolitische Gesamtkonzept".
  for (const noun of nouns) {
    if (used.has(noun) || noun.plural || quoteAt(ctx, noun.start)) continue;
    const named = adjectiveName(text, noun);
    if (!named || overlapsOrg(ctx, named.span)) continue;
    used.add(noun);
    found.push({ name: named.name, span: named.span, descriptive: false });
  }
  // (2b) acronym names after a gathering compound on a project noun: "Programmeröffnungen ABF und SFX+".
  for (const m of ctx.words.all(LAUNCH_SCAN)) {
    let pos = m.index + m[0].length;
    for (;;) {
      const a = /^[ \t]+(\p{Lu}[\p{Lu}\p{N}+]+)(?![\p{L}\p{N}])/u.exec(text.slice(pos, pos + 80));
      if (!a) break;
      const start = pos + a[0].length - a[1]!.length;
      const span = { start, end: start + a[1]!.length };
      found.push({ name: a[1]!, span, descriptive: false });
      pos = span.end;
      const joint = /^[ \t]*(?:,|und|sowie)(?=[ \t])/u.exec(text.slice(pos, pos + 20));
      if (!joint) break;
      pos += joint[0].length;
    }
  }
  // (3) descriptive names, only when nothing is named.
  if (!found.length) {
    const lead: Span[] = [];
    for (const s of ctx.sentences) {
      if (lead.length >= 2) break;
      if (!ctx.title || s.start >= ctx.title.end) lead.push(s);
    }
    for (const noun of nouns) {
      const sentence = sentenceAt(ctx, noun.start);
      const inTitle = ctx.title ? inside(noun, ctx.title) : false;
      const inLead = lead.some((s) => inside(noun, s));
      if (!inTitle && !inLead && !perSpan(ctx, "fundingCue", sentence, () => testIn(ctx, FUNDING_CUE, sentence.start, sentence.end))) continue;
      if (quoteAt(ctx, noun.start)) continue;
      if (WEAK_PROJECT_HEADS.includes(noun.head) || PERSON_GROUP_MODIFIERS.has(noun.modifier)) continue;
      // A plural names a group of projects only when counted ("sieben Sportprojekte"); "die Bauprojekte" are just some.
      if (noun.plural && !COUNT_BEFORE.test(text.slice(Math.max(0, noun.start - 40), noun.start))) continue;
      const span = descriptiveName(text, noun);
      if (!span) continue;
      used.add(noun);
      found.push({ name: nominativeName(text, span, noun), span, descriptive: true, plural: noun.plural });
      break;
    }
  }

  const projects = mergeFound(ctx, found);
  referBack(ctx, projects, nouns, used);
  headMentions(ctx, projects);
  assignProgrammes(ctx, projects);
  return projects.map(({ counts: _c, codes: _d, ...rest }) => rest);
}

type Merged = ProjectFound & { counts: Map<string, number>; codes: Set<string> };

/**
 * One project per real-world thing: names the scorer would also take as one are merged, the most
 * frequent spelling wins, and unquoted repetitions of a spelling (and of a programme code) become
 * mentions too.
 */
function mergeFound(ctx: RecordContext, found: Found[]): Merged[] {
  const { text } = ctx;
  const projects: Merged[] = [];
  const byName = new Map<string, Merged>();
  for (const f of found) {
    const same = byName.get(f.name) ?? projects.find((p) => sameProjectName(p.name, f.name));
    if (same) {
      same.nameSpans.push(f.span);
      same.counts.set(f.name, (same.counts.get(f.name) ?? 0) + 1);
      if (f.code && same.codes.size < 4) same.codes.add(f.code);
      byName.set(f.name, same);
    } else if (projects.length < MAX_PROJECTS) {
      const counts = new Map<string, number>().set(f.name, 1);
      const codes = new Set<string>();
      if (f.code) codes.add(f.code);
      const p: Merged = { name: f.name, mentions: [], nameSpans: [f.span], descriptive: f.descriptive, plural: !!f.plural, programme: null, counts, codes };
      projects.push(p);
      byName.set(f.name, p);
    }
  }
  for (const p of projects) {
    // The form the release uses most; ties go to the first.
    let best = p.name, n = 0;
    for (const [k, v] of p.counts) if (v > n) { best = k; n = v; }
    p.name = best;
    // Unquoted repetitions of the name ("Gesund älter werden ist beliebt").
    const forms = [...p.counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_FORMS).map(([form]) => form);
    p.nameSpans = withoutContained(p.nameSpans, forms.flatMap((form) => occurrences(text, form)));
    p.mentions.push(...p.nameSpans);
    // "Der SFB 1598 „X“ … Sprecherin des SFB": the code and its acronym refer to the project.
    const codeSpans: Span[] = [];
    for (const code of p.codes) for (const form of new Set([code, code.split(/[ -]/)[0]!])) codeSpans.push(...occurrences(text, form));
    if (codeSpans.length) p.mentions = withoutOverlapping(p.mentions, codeSpans);
  }
  return projects;
}

/** `kept` in text order plus those of `extra` that lie inside none of them nor inside an earlier extra. */
function withoutContained(kept: Span[], extra: Span[]): Span[] {
  const all = [...kept.map((s) => ({ s, kept: true })), ...extra.map((s) => ({ s, kept: false }))]
    .sort((a, b) => a.s.start - b.s.start || b.s.end - a.s.end || Number(b.kept) - Number(a.kept));
  const out: Span[] = [];
  let maxEnd = -1;
  for (const { s, kept: k } of all) {
    if (k || s.end > maxEnd) out.push(s);
    maxEnd = Math.max(maxEnd, s.end);
  }
  return out;
}

/** `kept` plus those of `extra` that overlap none of them nor an earlier extra, in text order. */
function withoutOverlapping(kept: Span[], extra: Span[]): Span[] {
  const all = [...kept.map((s) => ({ s, kept: true })), ...extra.map((s) => ({ s, kept: false }))]
    .sort((a, b) => a.s.start - b.s.start || Number(b.kept) - Number(a.kept));
  const out: Span[] = [];
  let maxEnd = -1;
  for (const { s, kept: k } of all) {
    if (k || s.start >= maxEnd) {
      out.push(s);
      maxEnd = Math.max(maxEnd, s.end);
    }
  }
  return out;
}

/**
 * "einer „Lernwerkstatt Stadt und Land“": a quoted name after a genitive article declines its
 * first noun; when the text also uses the bare form ("die Lernwerkstatt"), that is the name's.
 */
function nominativeQuote(text: string, q: Span, name: string): string {
  if (!/\b(?:des|eines)\s+[„"»«]$/u.test(text.slice(Math.max(0, q.start - 8), q.start))) return name;
  const first = /^\p{Lu}\p{Ll}+?(?:es|s)(?=\s)/u.exec(name)?.[0];
  if (!first) return name;
  const stem = first.endsWith("es") && text.includes(`${first.slice(0, -2)} `) ? first.slice(0, -2) : first.slice(0, -1);
  // The bare form standing alone somewhere (a bounded number of looks).
  let tries = 0;
  for (let i = text.indexOf(stem); i >= 0 && tries < 50; i = text.indexOf(stem, i + 1), tries++) {
    if ((i === 0 || !/\p{L}/u.test(text[i - 1]!)) && !/\p{L}/u.test(text[i + stem.length] ?? "")) return stem + name.slice(first.length);
  }
  return name;
}

/**
 * "„Lernwerkstatt Stadt und Land“ … die Lernwerkstatt … der Lernwerkstatt": the first
 * noun of a name of several words, taken up with an article at least twice, refers to the project.
 */
function headMentions(ctx: RecordContext, projects: Merged[]): void {
  const { text } = ctx;
  for (const p of projects) {
    const first = /^\p{Lu}\p{Ll}{5,}(?=\s)/u.exec(p.name)?.[0];
    if (!first || findProjectNouns(first).length) continue;
    const hits: Span[] = [];
    for (let i = text.indexOf(first); i >= 0 && hits.length < 200; i = text.indexOf(first, i + first.length)) {
      const tail = /^(?:es|s)?(?![\p{L}])/u.exec(text.slice(i + first.length, i + first.length + 3));
      if (!tail || (i > 0 && /\p{L}/u.test(text[i - 1]!))) continue;
      if (!/\b(?:der|die|das|dem|den|des)\s+(?:\p{Ll}+\s+)?$/iu.test(text.slice(Math.max(0, i - 30), i))) continue;
      hits.push({ start: i, end: i + first.length + tail[0].length });
    }
    if (hits.length < 2) continue;
    p.mentions = withoutOverlapping(p.mentions, hits);
  }
}

/** Nouns without a name ("das Projekt") refer back to the nearest project named before them. */
function referBack(ctx: RecordContext, projects: Merged[], nouns: ProjectNoun[], used: Set<ProjectNoun>): void {
  if (!projects.length) return;
  const named = projects.flatMap((p) => p.nameSpans.map((s) => ({ p, s }))).sort((a, b) => a.s.start - b.s.start);
  const starts = named.map((x) => x.s.start);
  const firstFrom = (pos: number) => firstAtOrAfter(starts, pos);
  const nameLists = new Map(projects.map((p) => [p, new SpanList(p.nameSpans.map((s) => ({ item: 0, span: s })))]));
  // Running maximum of name ends: a noun inside a name (or right before its closing mark) is part of it.
  const maxEnd: number[] = [];
  for (const x of named) maxEnd.push(Math.max(maxEnd.at(-1) ?? -1, x.s.end));
  for (const noun of nouns) {
    if (PERSON_GROUP_MODIFIERS.has(noun.modifier)) continue;
    const i = firstFrom(noun.start + 1); // names starting at or before the noun
    if (i > 0 && maxEnd[i - 1]! + 1 >= noun.end && namedHolds(named, i, noun)) continue;
    const next = named[firstFrom(noun.end)];
    const governs = next && next.s.start - noun.end <= 45 ? next : undefined;
    if (governs && used.has(noun)) { governs.p.mentions.push({ start: noun.start, end: noun.end }); continue; }
    const prev = lastEndingBy(named, firstFrom(noun.start), noun.start) ?? named[0]!;
    const target = prev.p;
    if (noun.plural && !target.descriptive) continue;
    if (WEAK_PROJECT_HEADS.includes(noun.head)) {
      // "der Seefonds", "die Diakonie-Kampagne": a weak noun with its own modifier names another thing,
      // unless the modifier is part of the project's name ("ABC-Netzwerk" for "ABC – Arbeit durch Bildung").
      const modifier = noun.modifier.replace(/-$/, "");
      if (!TYPE_MODIFIERS.has(modifier) && !contentTokens(target.name).has(fold(modifier))) continue;
      const para = paragraphAt(ctx, noun.start);
      if (!nameLists.get(target)!.anyInside(para) && !target.descriptive) continue;
    }
    target.mentions.push({ start: noun.start, end: noun.end });
  }
  for (const p of projects) p.mentions.sort((a, b) => a.start - b.start);
}

/** Whether one of the names starting before index `upTo` holds `noun` (its end may touch the closing mark). */
function namedHolds(named: { s: Span }[], upTo: number, noun: Span): boolean {
  for (let j = upTo - 1, seen = 0; j >= 0 && seen < 64; j--, seen++) {
    const s = named[j]!.s;
    if (noun.start >= s.start && noun.end <= s.end + 1) return true;
  }
  return false;
}

/** The name (among those starting before index `upTo`) that starts last among those ending by `pos`. */
function lastEndingBy<T extends { s: Span }>(named: T[], upTo: number, pos: number): T | undefined {
  for (let j = upTo - 1; j >= 0; j--) if (named[j]!.s.end <= pos) return named[j];
  return undefined;
}

const IN_FRAME_OF = new SpanTest(/im\s+Rahmen\s+(?:des|der|eines|einer)\s+[^.]{0,40}$/u);

/** A project named inside "im Rahmen des Förderprogramms „Y“" belongs to programme Y. */
function assignProgrammes(ctx: RecordContext, projects: Merged[]): void {
  if (projects.length < 2) return;
  const { text } = ctx;
  const allNames = new SpanList(projects.flatMap((p) => p.nameSpans.map((s) => ({ item: p, span: s }))));
  for (const p of projects) {
    const seen = new Set<number>();
    for (const s of p.nameSpans) {
      if (p.programme) break;
      const sentence = sentenceAt(ctx, s.start);
      if (seen.has(sentence.start)) continue;
      seen.add(sentence.start);
      for (const o of allNames.inside(sentence)) {
        if (o.item === p) continue;
        if (testIn(ctx, IN_FRAME_OF, Math.max(sentence.start, o.span.start - 80), o.span.start)) {
          p.programme = o.item.name;
          break;
        }
      }
    }
  }
}

/**
 * Where `form` occurs as whole words, any run of white space between its words: what a global
 * scan for `(?<![\p{L}\p{N}])w1\s+w2…(?![\p{L}\p{N}])` finds, by indexOf and character tests.
 */
function occurrences(text: string, form: string): Span[] {
  const words = form.split(" ");
  const out: Span[] = [];
  const first = words[0]!;
  if (!first) return out;
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
    if (i > 0 && isWordChar(text, i - 1, true)) continue;
    let pos = i + first.length;
    let ok = true;
    for (let w = 1; w < words.length && ok; w++) {
      const gap = pos;
      while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
      if (pos === gap || !text.startsWith(words[w]!, pos)) ok = false;
      else pos += words[w]!.length;
    }
    if (!ok || (pos < text.length && isWordChar(text, pos, false))) continue;
    out.push({ start: i, end: pos });
    i = pos - 1;
  }
  return out;
}
const WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const isWordUnit = charTest(WORD_CHAR_RE);

/** Whether the code point ending (`before`) or starting at `i` is a letter or digit. */
function isWordChar(text: string, i: number, before: boolean): boolean {
  const c = text.charCodeAt(i);
  if (before && c >= 0xdc00 && c <= 0xdfff && i > 0) return WORD_CHAR_RE.test(text.slice(i - 1, i + 1));
  if (!before && c >= 0xd800 && c <= 0xdbff) return WORD_CHAR_RE.test(text.slice(i, i + 2));
  return isWordUnit(c);
}

// ---------------------------------------------------------------- slots

const PRONOUN_START = /^\s*[„"]?(?:Es|Er|Sie|Dieses|Diese|Dieser|Damit|Dabei|Hierbei|Dafür|Hierfür|Mit\s+(?:der|dem|den|diese[rnm]?)\s+(?:Förderung|Geld|Mitteln|Zuschuss|Zuwendung|Unterstützung))\b/u;

// "Die Laufzeit endet am …", "Die Projektlaufzeit beträgt …": with one project in the release, it is that project's.
const RUNTIME_SENTENCE = /^\s*(?:Die\s+)?(?:Projekt)?[Ll]aufzeit\s+(?:endet|beginnt|läuft|reicht|beträgt|erstreckt)\b/u;
// A sentence that opens with a project role: "Träger ist …", "Kooperationspartner sind …", "Beteiligt sind …", "Gefördert wird …".
const ROLE_SENTENCE = /^\s*(?:(?:Projekt)?[Tt]räger(?:in)?|(?:Kooperations|Projekt|Verbund)?[Pp]artner(?:in|innen)?|Beteiligt|Gefördert|Finanziert|Umgesetzt|Durchgeführt|Betrieben|Koordiniert|Unterstützt|Getragen)\s+(?:ist|sind|wird|werden|war|waren)\b/u;
const RUNTIME_SENTENCE_TEST = new SpanTest(RUNTIME_SENTENCE);
const ROLE_SENTENCE_TEST = new SpanTest(ROLE_SENTENCE);
// Verb-second with a pronoun subject: "Ab 2026 wird es im ganzen Kreis umgesetzt", "Seit Mai läuft es".
const PRONOUN_AFTER_VERB = /^[^,.;:!?]{0,60}?\b(?:wird|werden|soll|sollen|ist|sind|kann|können|läuft|laufen|startet|starten|beginnt|endet)\s+(?:es|sie)\b/u;
// "Das Land stellt dafür … bereit": an adverb that points back to what the sentence before named.
const POINTING_BACK = /\b(?:dafür|hierfür|hierzu)\b/u;

/**
 * Sentences that speak about the project: those with a mention, a pronoun sentence right after
 * one, and, when it is the release's only project, sentences about "the" runtime.
 */
export function projectSentences(ctx: RecordContext, project: ProjectFound, sole = false): { span: Span; continuation: boolean }[] {
  const out: { span: Span; continuation: boolean }[] = [];
  const seen = new Set<number>();
  for (const m of project.mentions) {
    const s = sentenceAt(ctx, m.start);
    if (!seen.has(s.start)) { seen.add(s.start); out.push({ span: s, continuation: false }); }
  }
  // A run of up to three sentences that go on about it: "Im Herbst wird es … geben. Ab 2026 wird es … umgesetzt."
  for (const { span } of [...out]) {
    let last = span;
    for (let step = 0; step < 3; step++) {
      const next = nextSentence(ctx, last);
      if (!next || seen.has(next.start)) break;
      // Past the first step the run stays in its paragraph.
      if (step > 0 && !inside(next, paragraphAt(ctx, last.start))) break;
      const t = ctx.text.slice(next.start, Math.min(next.end, next.start + 400));
      if (!(PRONOUN_START.test(t) || PRONOUN_AFTER_VERB.test(t) || ROLE_SENTENCE.test(t) || POINTING_BACK.test(t))) break;
      seen.add(next.start);
      out.push({ span: next, continuation: true });
      last = next;
    }
  }
  if (sole) {
    // With one project in the release, its runtime and its roles may be stated anywhere.
    for (const s of ctx.sentences) {
      if (seen.has(s.start)) continue;
      const end = Math.min(s.end, s.start + 120);
      if (testIn(ctx, RUNTIME_SENTENCE_TEST, s.start, end) || testIn(ctx, ROLE_SENTENCE_TEST, s.start, end)) { seen.add(s.start); out.push({ span: s, continuation: true }); }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** True when `a` and `b` sit in one clause: nothing but words (no comma, colon or semicolon) between them. */
function sameClause(text: string, a: Span, b: Span): boolean {
  const lo = Math.min(a.end, b.end), hi = Math.max(a.start, b.start);
  if (hi - lo > 120) return false;
  return !/[,;:]/.test(text.slice(lo, hi));
}

function dateEndpoints(d: DateMention): { from: string | null; to: string | null } {
  if (d.type === "range") return { from: d.from, to: d.to };
  if (d.type === "date") return { from: d.value, to: null };
  return { from: null, to: null };
}

const START_CUE_RE = new SpanTest(new RegExp(START_CUES, "iu"));
// Launching, not deciding: a launch event's day is the start, a council's decision day is not.
const LAUNCH_CUE_RE = new SpanTest(/\b(?:gestartet|startet|starten|startete|begonnen|beginnt|begann|ins\s+Leben\s+gerufen|Start|Auftakt)\b/iu);
const END_CUE_RE = new SpanTest(new RegExp(END_CUES, "iu"));

/** Where a cue regex matches in a sentence, in text order (once per sentence and cue). */
function cueSpans(ctx: RecordContext, sentence: Span, re: SpanTest): Span[] {
  return perSpan(ctx, `cue:${re.re.source}`, sentence, () =>
    matchesIn(ctx, re, sentence.start, sentence.end).map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length })));
}

/** The cue matches of `sentence` starting in [from, to): a bisection into the sentence's matches. */
function cuesBetween(ctx: RecordContext, sentence: Span, re: SpanTest, from: number, to: number): Span[] {
  const spans = cueSpans(ctx, sentence, re);
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let i = lo; i < spans.length && spans[i]!.start < to; i++) out.push(spans[i]!);
  return out;
}

function cueNear(ctx: RecordContext, sentence: Span, at: Span, re: SpanTest, reach = 60): boolean {
  return cuesBetween(ctx, sentence, re, at.start - reach, at.end + reach + 1)
    .some((c) => Math.abs(c.start - at.start) <= reach || Math.abs(c.start - at.end) <= reach);
}

function cueInClause(ctx: RecordContext, sentence: Span, at: Span, re: SpanTest): boolean {
  // Cues more than 120 characters away are never in the same clause (sameClause); cue words stay short.
  return cuesBetween(ctx, sentence, re, at.start - 160, at.end + 121).some((c) => sameClause(ctx.text, at, c));
}

const HEUTE_WORD = new SpanTest(/\b[Hh]eute\b|\b[Hh]eutigen\b/u);

export function projectTimes(ctx: RecordContext, project: ProjectFound, sentences: { span: Span; continuation: boolean }[], meetingDates: Span[]) {
  const { text } = ctx;
  let start: string | null = null, end: string | null = null, duration: string | null = null;
  let startPos = Infinity, endPos = Infinity;
  let launchStart: string | null = null;
  const meetingStarts = new Set(meetingDates.map((x) => x.start));
  const mentions = new SpanList(project.mentions.map((m) => ({ item: 0, span: m })));
  // A mention in the same clause as the date: only those within 120 characters can be.
  const near = (d: Span, sentence: Span, continuation: boolean) =>
    continuation || mentions.within(Math.max(sentence.start, d.start - 400), Math.min(sentence.end, d.end + 121), sentence.end)
      .some((m) => m.span.start >= sentence.start && sameClause(text, m.span, d));
  for (const { span, continuation } of sentences) {
    for (const { item: d } of ctx.dateList.inside(span)) {
      if (isReleaseStamp(ctx, d)) continue;
      // A meeting's day is no start of the project, unless the meeting launched it ("Mit einer Jobbörse war das Projekt
      // am … gestartet"); even then a stated runtime wins.
      if (meetingStarts.has(d.start)) {
        if (!launchStart && d.type === "date" && d.value && cueInClause(ctx, span, d, LAUNCH_CUE_RE) && near(d, span, false)) launchStart = d.value.slice(0, 10);
        continue;
      }
      if (d.type === "duration") {
        if (!duration && near(d, span, continuation)) duration = d.value;
        continue;
      }
      const { from, to } = dateEndpoints(d);
      const isRange = d.type === "range";
      if (!near(d, span, continuation)) continue;
      // "am 4. Juli 2023 gemeinsam mit der Stadt das Modellprojekt „X“ gestartet": the verb may close a long clause.
      if (from && (isRange || cueNear(ctx, span, d, START_CUE_RE) || cueInClause(ctx, span, d, START_CUE_RE)) && d.start < startPos && precision(from) > 0) {
        start = from; startPos = d.start;
      }
      if (to && d.start < endPos) { end = to; endPos = d.start; }
      else if (!isRange && from && cueNear(ctx, span, d, END_CUE_RE, 40) && !cueNear(ctx, span, d, START_CUE_RE, 40) && d.start < endPos) {
        end = from; endPos = d.start;
      }
    }
    // "hat heute eine neue Initiative gestartet": the release date is the start.
    const heute = perSpan(ctx, "heuteWord", span, () => execIn(ctx, HEUTE_WORD, span.start, span.end));
    if (heute && ctx.anchorDate && !start) {
      const at = { start: span.start + heute.index, end: span.start + heute.index + heute[0].length };
      if (cueNear(ctx, span, at, START_CUE_RE, 80) && near(at, span, continuation)) { start = ctx.anchorDate; startPos = at.start; }
    }
  }
  return { start: start ?? launchStart, end, duration };
}

// The order roles are tried in: the first role a body gets is kept.
const ROLE_ORDER: readonly ProjectRole[] = ["funder", "coordinator", "lead", "partner", "participant"];
const ROLE_CUES: Record<ProjectRole, readonly OrgCue[]> = {
  funder: FUNDER_CUES, coordinator: COORDINATOR_CUES, lead: LEAD_CUES, partner: PARTNER_CUES, participant: PARTICIPANT_CUES,
};
// Every role's cues in one set: a sentence is scanned once for all of them.
const ORG_CUES = new CueSet(ROLE_ORDER.flatMap((role) => ROLE_CUES[role].map((c) => ({ ...c, role }))), "iu");
// A list of bodies tied to one cue stays short; a longer run is a directory.
const MAX_CHAIN = 12;
const MAX_ORGANISATIONS = 30;
const MAX_PEOPLE = 40;
const MAX_PLACES = 30;

type CueHit = { name: string; pos: number };

// Between coordinated bodies: a seat in brackets, a comma or "und", an article and a class noun ("sowie die Vereine X und Y").
const CHAIN_GAP = /^\s*(?:\([^()\n]{1,40}\)\s*)?(?:als\s+[\p{L}-]+\s*)?(?:,|und|sowie|&)\s*(?:der|dem|des|die|das|den)?\s*(?:\p{Lu}\p{Ll}+e\s+)?$/u;

/** Index of the first of `list` (in text order) starting at or after `pos`. */
function firstFrom<T>(list: readonly Located<T>[], pos: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.span.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The answer for most sentences: no cue ties a body to a project.
const NO_CUE_ORGS: ReadonlyMap<ProjectRole, readonly CueHit[]> = new Map(ROLE_ORDER.map((r) => [r, []]));

/** Bodies tied to a project by a cue in `sentence`, per role (once per sentence: every project asks). */
function sentenceCueOrgs(ctx: RecordContext, sentence: Span): ReadonlyMap<ProjectRole, readonly CueHit[]> {
  return perSpan(ctx, "cueOrgs", sentence, () => {
    if (!ctx.orgMentions.anyInside(sentence)) return NO_CUE_ORGS;
    const hits = ORG_CUES.scanSpan(ctx, sentence);
    if (hits.every((h) => !h.length)) return NO_CUE_ORGS;
    const byRole = new Map<ProjectRole, CueHit[]>(ROLE_ORDER.map((r) => [r, []]));
    const { text } = ctx;
    const orgMentions = ctx.orgMentions.inside(sentence);
    ORG_CUES.cues.forEach((cue, k) => {
      const out = byRole.get(cue.role)!;
      for (const m of hits[k]!) {
        if (out.length >= MAX_ORGANISATIONS) break;
        const cs = sentence.start + m.index, ce = cs + m[0].length;
        if (cue.side === "after") {
          const i = firstFrom(orgMentions, ce);
          const first = orgMentions[i];
          if (!first || first.span.start - ce > 50) continue;
          out.push({ name: first.item.name, pos: first.span.start });
          // Coordinated bodies: "durch das X und die Y".
          let last = first.span;
          for (let j = i + 1; j < orgMentions.length && j <= i + MAX_CHAIN; j++) {
            const o = orgMentions[j]!;
            if (o.span.start <= last.start) continue;
            if (CHAIN_GAP.test(text.slice(last.end, o.span.start))) {
              out.push({ name: o.item.name, pos: o.span.start });
              last = o.span;
            } else break;
          }
        } else {
          // The body ending last within 60 characters before the cue.
          let prev: Located<Organisation> | undefined;
          for (let j = firstFrom(orgMentions, cs - 300); j < orgMentions.length && orgMentions[j]!.span.start < cs; j++) {
            const o = orgMentions[j]!;
            if (o.span.end <= cs && cs - o.span.end <= 60) prev = o;
          }
          if (prev) out.push({ name: prev.item.name, pos: prev.span.start });
        }
      }
    });
    return byRole;
  });
}

const TOGETHER_WITH = new SpanTest(/\bgemeinsam\s+mit\s+/u);

/** Bodies after "gemeinsam mit" (and those coordinated with them), outside quoted speech (once per sentence). */
function launchPartners(ctx: RecordContext, sentence: Span): string[] {
  return perSpan(ctx, "launchPartners", sentence, () => {
    const { text } = ctx;
    const m = execIn(ctx, TOGETHER_WITH, sentence.start, sentence.end);
    if (!m) return [];
    const from = sentence.start + m.index + m[0].length;
    if (quoteAt(ctx, from)) return [];
    const out: string[] = [];
    let last: Span | null = null;
    for (const o of ctx.orgMentions.within(from, sentence.end)) {
      if (out.length >= MAX_CHAIN) break;
      const gap = text.slice(last ? last.end : from, o.span.start);
      if (last ? !/^\s*(?:,|und|sowie)\s*(?:der|dem|den|des)?\s*$/u.test(gap) : !/^(?:der|dem|den)?\s*$/u.test(gap)) break;
      out.push(o.item.name);
      last = o.span;
    }
    return out;
  });
}

const LAUNCH_VERB = new SpanTest(/\b(?:startet|startete|starten|starteten|gestartet|initiiert|initiierte|ins\s+Leben\s+gerufen|aufgelegt)\b/u);

/** Organisations by their folded name and abbreviation (once per release). */
function orgsByFold(ctx: RecordContext): Map<string, Organisation> {
  return perSpan(ctx, "orgsByFold", { start: 0, end: 0 }, () => {
    const map = new Map<string, Organisation>();
    for (const o of ctx.organisations) {
      for (const key of [fold(o.abbreviation ?? ""), fold(o.name)]) if (key && !map.has(key)) map.set(key, o);
    }
    return map;
  });
}

/** Organisations by their name (once per release). */
function orgsByName(ctx: RecordContext): Map<string, Organisation> {
  return perSpan(ctx, "orgsByName", { start: 0, end: 0 }, () => {
    const map = new Map<string, Organisation>();
    for (const o of ctx.organisations) if (!map.has(o.name)) map.set(o.name, o);
    return map;
  });
}

/** Between a project's name and the body it is carried out at. */
const HOST_BEFORE = /^[“”"«»\s]*(?:an\s+der|an\s+dem|am|bei\s+der|bei\s+dem|beim)\s+$/u;

export function projectOrganisations(ctx: RecordContext, project: ProjectFound, sentences: { span: Span }[]) {
  const { text } = ctx;
  const roles = new Map<string, ProjectRole>();
  const own = fold(project.name);
  const byName = orgsByName(ctx);
  const add = (name: string, role: ProjectRole) => {
    if (roles.has(name) || roles.size >= MAX_ORGANISATIONS) return;
    // The project itself, seen as a body ("ABC NRW-Süd" as organisation), is no partner of itself.
    const n = fold(name);
    const abbreviation = fold(byName.get(name)?.abbreviation ?? "");
    if (abbreviation === own) return;
    if (n === own || holdsWords(n, own) || (!holdsWords(own, n) && sameProjectName(name, project.name))) return;
    roles.set(name, role);
  };
  for (const { span } of sentences) {
    // "Das Jobcenter X hat … das Projekt „Y“ gestartet": the subject of a launch is the lead, however far from the verb.
    if (perSpan(ctx, "launchVerb", span, () => testIn(ctx, LAUNCH_VERB, span.start, span.end))) {
      const subject = perSpan(ctx, "launchSubject", span, () => subjectOf(ctx, span));
      if (subject) add(subject, "lead");
      // "… gemeinsam mit der X und der Y … gestartet": the co-launchers are partners.
      for (const name of launchPartners(ctx, span)) add(name, "partner");
    }
    const byRole = sentenceCueOrgs(ctx, span);
    for (const role of ROLE_ORDER) for (const o of byRole.get(role)!) add(o.name, role);
  }
  if (project.descriptive) {
    // "Modellprojekt der X zur …": the owner inside a descriptive name.
    for (const n of project.nameSpans) {
      for (const o of ctx.orgMentions.within(n.start + 1, n.end)) {
        if (/\b(?:des|der)\s+$/u.test(text.slice(n.start, o.span.start))) add(o.item.name, "lead");
      }
    }
  }
  const folded = orgsByFold(ctx);
  for (const m of project.mentions) {
    // "Modellprojekt der X", "Projekt „Y“ des X": the owner follows as a genitive.
    const owner = ctx.orgMentions.find(m.end, m.end + 40, Number.MAX_SAFE_INTEGER,
      (o) => /^[“”"«»\s]*(?:des|der)\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(m.end, o.span.start)));
    if (owner) add(owner.item.name, "lead");
    // "Sonderforschungsbereich „X“ an der Universität Y", "Projekt X am Klinikum Y": the body it is carried out at.
    const host = ctx.orgMentions.find(m.end, m.end + 40, Number.MAX_SAFE_INTEGER,
      (o) => HOST_BEFORE.test(text.slice(m.end, o.span.start)));
    if (host) add(host.item.name, "lead");
    // "ABC-Teilprojekt": the compound's first part is the body.
    const word = text.slice(m.start, m.end);
    const dash = word.indexOf("-");
    if (dash > 0) {
      const org = folded.get(fold(word.slice(0, dash)));
      if (org) add(org.name, "lead");
    }
  }
  return [...roles].map(([name, role]) => ({ name, role }));
}

const PERSON_ROLE_CUE = /projekt|koordination$/iu;
const PERSON_PROJECT_CUE = new SpanTest(new RegExp(PERSON_PROJECT_CUES, "iu"));

const PROJECT_STAFF = new SpanTest(new RegExp(PROJECT_STAFF_CUES, "u"));
const LEADING_ROLE_RE = new RegExp(LEADING_ROLE, "iu");

/** Persons named in a sentence about a project's staff ("Projektteam", "unter Leitung von"), once per release. */
function staffPersons(ctx: RecordContext): Set<Person> {
  return perSpan(ctx, "staffPersons", { start: 0, end: 0 }, () => {
    const out = new Set<Person>();
    for (const s of ctx.sentences) {
      if (!testIn(ctx, PROJECT_STAFF, s.start, s.end)) continue;
      for (const m of ctx.personMentions.inside(s)) out.add(m.item);
    }
    // Mentions outside every sentence read the stretch the splitter left.
    for (const m of ctx.personMentions.items) {
      if (out.has(m.item) || indexAt(ctx.sentences, m.span.start) >= 0) continue;
      const s = sentenceAt(ctx, m.span.start);
      if (perSpan(ctx, "staffCue", s, () => testIn(ctx, PROJECT_STAFF, s.start, s.end))) out.add(m.item);
    }
    return out;
  });
}

export function projectPeople(ctx: RecordContext, name: string, allSentences: { span: Span }[], main: boolean, leads: readonly string[] = []): PersonRef[] {
  const out: PersonRef[] = [];
  // Only sentences with a coordinating or launching verb tie a person to the project.
  const inCueSentence = new Set<Person>();
  for (const { span } of allSentences) {
    if (!perSpan(ctx, "personProjectCue", span, () => testIn(ctx, PERSON_PROJECT_CUE, span.start, span.end))) continue;
    for (const m of ctx.personMentions.inside(span)) inCueSentence.add(m.item);
  }
  const staff = main ? staffPersons(ctx) : new Set<Person>();
  for (const p of ctx.persons) {
    if (out.length >= MAX_PEOPLE) break;
    // (The cheap tests first; the name comparison only when they fail.)
    const bySentence = inCueSentence.has(p);
    // "Das Projektteam … unter Leitung von Teamleiterin X"; "Geschäftsführerin X vom Jobcenter" when the Jobcenter leads it.
    const byStaff = () => main && (staff.has(p)
      || p.roles.some((r) => r.role && r.organisation && leads.includes(r.organisation) && LEADING_ROLE_RE.test(r.role)));
    const byRole = () => (main && p.roles.some((r) => r.role && PERSON_ROLE_CUE.test(r.role)))
      // "Leiterin des Projekts „X“": the role's body is the project itself
      || p.roles.some((r) => r.organisation && sameProjectName(r.organisation, name));
    if (!bySentence && !byStaff() && !byRole()) continue;
    const role = p.roles.find((r) => r.role && PERSON_ROLE_CUE.test(r.role)) ?? p.roles[0];
    out.push({ name: p.name, role: role?.role ?? null, organisation: role?.organisation ?? null });
  }
  return out;
}

// Bodies named after their territory ("Stadt Talheim", "Landkreis X"; not a Land acting as government): the seat
// of one that leads a project is where the project runs ("Projekt X der Stadt Talheim").
const LOCAL_TERRITORIAL_NOUNS: ReadonlySet<string> = new Set(TERRITORIAL_NOUNS.filter((n) => !/^(?:Land|Freistaat|Bundesland)$/.test(n)));
function isTerritorialBody(name: string): boolean {
  const space = name.indexOf(" ");
  return space > 0 && LOCAL_TERRITORIAL_NOUNS.has(name.slice(0, space));
}

/**
 * Where a project runs: places named in its sentences, in the paragraphs that name it, and for
 * the main project in the title and lead. Not countries (where partners come from), addresses
 * (contacts), places named only inside a body's or another project's name ("Verein X Talstadt
 * e.V."), nor a body's seat in brackets ("die Werkstatt GmbH (Talstadt)"). Places inside the
 * project's own name count ("Netzwerk Stadt und Land Talheim"). In a sentence naming several
 * projects a place belongs to the project named nearest before it ("„A“ (X), „B“ (Y)").
 */
export function projectPlaces(ctx: RecordContext, projects: ProjectFound[], project: ProjectFound, sentences: { span: Span }[], main: boolean, leads: readonly string[] = []): string[] {
  const names: string[] = [];
  const self = projects.indexOf(project);
  const { bodies, allNames } = perSpan(ctx, "placeScope", { start: 0, end: 0 }, () => ({
    bodies: mergedSpans(ctx.organisations.flatMap((o) => o.mentions)),
    allNames: new SpanList(projects.flatMap((p, i) => p.nameSpans.map((n) => ({ item: i, span: n })))),
  }));
  const otherNames = mergedSpans(projects.flatMap((p, j) => (j === self ? [] : p.nameSpans)));
  const own = mergedSpans(project.nameSpans);
  const areas = mergedSpans([...sentences.map((s) => s.span), ...project.nameSpans.map((n) => paragraphAt(ctx, n.start)), ...(main ? leadAreas(ctx) : [])]);
  // A body named inside the project's own name ("Wohnkonzept der Stadt X") lends its place too.
  // So does a territorial body that leads it, where the project's sentences name it.
  const leadingTerritories = leads.filter(isTerritorialBody);
  const ownBodies = mergedSpans([
    ...own,
    ...own.flatMap((n) => ctx.orgMentions.within(n.start, n.end, Number.MAX_SAFE_INTEGER).map((o) => o.span)),
    ...(leadingTerritories.length ? ctx.organisations.filter((o) => leadingTerritories.includes(o.name)).flatMap((o) => o.mentions) : []),
  ]);
  const free = (m: Span) => !insideAny(otherNames, m) && (!insideAny(bodies, m) || insideAny(ownBodies, m)) && !seatOfBody(ctx, m) && !governmentOrOffice(ctx, m);
  for (const p of ctx.places) {
    if (names.length >= MAX_PLACES) break;
    if (p.type === "address") continue;
    // A country only where the project runs across it: "neue Jobs in ganz Nordland".
    // (The cheap test first: most mentions lie outside the project's sentences.)
    const ok = (m: Span) => insideAny(areas, m) && free(m) && ownsPlace(ctx, allNames, self, m)
      && (p.type !== "country" || /\b(?:in\s+ganz|ganz|bundesweit\s+in|überall\s+in)\s+$/u.test(ctx.text.slice(Math.max(0, m.start - 20), m.start)));
    if (!p.mentions.some(ok)) continue;
    if (!names.includes(p.name)) names.push(p.name);
  }
  return names;
}

// "das Land NRW fördert", "aus Mitteln des Landes Brandenburg": the government acting, not where the project runs.
// ("die Weiterentwicklung des Freistaats Thüringen" is the territory.)
const GOVERNMENT_BEFORE = /\b(?:[Dd]as|[Dd]em|[Vv]om|[Dd]es)\s+(?:Land|Landes)\s+$/u;

/** A place named as a government that acts ("Land Nordland") or as the office of a person ("Nordlands Staatssekretär"). */
function governmentOrOffice(ctx: RecordContext, m: Span): boolean {
  const { text } = ctx;
  if (landBefore(text, m.start) && GOVERNMENT_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) return true;
  return text[m.end - 1] === "s" && /^\s+\p{Lu}\p{Ll}+/u.test(text.slice(m.end, m.end + 30)) && ctx.personMentions.within(m.end, m.end + 60, m.end + 200).length > 0;
}

/** Whether "Land" or "Landes" and white space end the text before `pos` (what GOVERNMENT_BEFORE needs). */
function landBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  if (i < 0 || !isSpace(text.charCodeAt(i))) return false;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return text.endsWith("Land", i + 1) || text.endsWith("Landes", i + 1);
}

/** "die Werkstatt GmbH (Seedorf)": a place in brackets right after a body is its seat. */
function seatOfBody(ctx: RecordContext, m: Span): boolean {
  // "(" and white space only in the three characters before the place.
  const from = Math.max(0, m.start - 3);
  let i = m.start - 1;
  while (i >= from && isSpace(ctx.text.charCodeAt(i))) i--;
  if (i < from || ctx.text.charCodeAt(i) !== 40) return false;
  return ctx.orgMentions.within(m.start - 300, m.start, m.start).some((o) => /^\s*\(\s*$/u.test(ctx.text.slice(o.span.end, m.start)));
}

/** Whether, in the place's sentence, project `self` is named nearest before the place (or, with none before, nearest after it). */
function ownsPlace(ctx: RecordContext, allNames: SpanList<number>, self: number, m: Span): boolean {
  const s = sentenceAt(ctx, m.start);
  // The names in the sentence and whether more than one project is among them (once per sentence).
  const { names, several } = perSpan(ctx, "namesInSentence", s, () => {
    const list = allNames.inside(s);
    return { names: list, several: new Set(list.map((n) => n.item)).size > 1 };
  });
  if (!several) return true;
  let lo = 0, hi = names.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (names[mid]!.span.start < m.start) lo = mid + 1; else hi = mid; }
  let before: Located<number> | undefined;
  for (let j = lo - 1; j >= 0 && j >= lo - 8; j--) if (names[j]!.span.end <= m.start) { before = names[j]; break; }
  const owner = before ?? names.slice(lo).find((n) => n.span.start >= m.end);
  return !owner || owner.item === self;
}

/** The title and the first body paragraph. */
function leadAreas(ctx: RecordContext): Span[] {
  const out: Span[] = ctx.title ? [ctx.title] : [];
  const first = ctx.sentences.find((s) => (!ctx.title || s.start >= ctx.title.end) && !(ctx.dateline && inside(s, ctx.dateline)));
  if (first) out.push(paragraphAt(ctx, first.start));
  return out;
}

export function projectFigures(ctx: RecordContext, sentences: { span: Span }[]): Figure[] {
  const out = new Set<Figure>();
  for (const { span } of sentences) for (const f of ctx.figureList.inside(span)) out.add(f.item);
  return [...out].sort((a, b) => a.start - b.start);
}

/** The project the release is about: the one its title names, else the first named. */
function mainProject(ctx: RecordContext, projects: ProjectFound[]): number {
  const title = ctx.title;
  if (!title) return 0;
  const i = projects.findIndex((p) => p.mentions.some((m) => inside(m, title)));
  return i >= 0 ? i : 0;
}

export function assembleProjects(ctx: RecordContext, projects: ProjectFound[], meetingDates: Span[]): ProjectRecord[] {
  const main = mainProject(ctx, projects);
  return projects.map((project, i) => {
    const sentences = projectSentences(ctx, project, projects.length === 1);
    const organisations = projectOrganisations(ctx, project, sentences);
    const leads = organisations.filter((o) => o.role === "lead").map((o) => o.name);
    const places = projectPlaces(ctx, projects, project, sentences, i === main, leads);
    const { start, end, duration } = projectTimes(ctx, project, sentences, meetingDates);
    const first = project.nameSpans[0] ?? project.mentions[0]!;
    const evidence = sentenceAt(ctx, first.start);
    return {
      type: "project" as const,
      name: project.name,
      programme: project.programme,
      start, end, duration,
      places,
      organisations,
      people: projectPeople(ctx, project.name, sentences, i === main, leads),
      figures: projectFigures(ctx, sentences),
      evidence: { start: evidence.start, end: evidence.end },
    };
  });
}
