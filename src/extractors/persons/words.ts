/**
 * Shared state and word tests of the persons extractor: the per-release context,
 * name chains, and memoised tests on tokens.
 */
import type { ExtractorInput } from "../context.js";
import type { Role } from "../../schema/release.js";
import { HONORIFICS, SURNAME_PARTICLES, TITLES } from "../../lexicon/honorifics.js";
import { PERSON_NOUNS } from "../../lexicon/roles.js";
import { firstNameGender, isFirstName, isGermanListFirstName, type Gender } from "./first-names.js";
import {
  ACRONYM, ADJECTIVE_ENDINGS, BODY_WORDS, NAME_WORD, NON_NAME_WORDS, NOUN_ENDINGS, PERSON_NOUN_ENDINGS, SPEECH_CUES, SPEECH_VERBS_AFTER,
} from "./patterns.js";
import { matchRoleWord, type RoleMatch } from "./role-nouns.js";
import { type Tokens, WordTable } from "./tokens.js";
import { type NamedSpan, SpanIndex } from "./span-index.js";
import { BoundedCache } from "../../text/bounded-cache.js";

export interface Chain {
  /** First token of the left context (role, honorific, title) or of the name. */
  from: number;
  /** Name tokens, inclusive. */
  nameFrom: number;
  nameTo: number;
  honorific: string | null;
  title: string | null;
  /** Token index of a role noun right before the name ("Kreisdirektor Dirk Brügge"). */
  roleAt: number | null;
  givenName: string | null;
  familyName: string;
  gender: Gender | null;
  roles: Role[];
  /** Part of an organisation's name, not a person ("Klinikum Nord – Anna Weber"). */
  dropped: boolean;
  /** Token index of an occupation or other person noun right before the name ("Architektin Mia X"). */
  nounAt?: number;
}

export type { NamedSpan };

export interface Ctx {
  text: string;
  tokens: Tokens;
  input: ExtractorInput;
  /** Spans of other stages' organisation and place mentions (with the entity's name). */
  orgSpans: NamedSpan[];
  placeSpans: NamedSpan[];
  /** The same as indexes (longest span at a character, overlap tests); built on first use. */
  orgIndex?: SpanIndex;
  placeIndex?: SpanIndex;
  /** The one place a territorial head ("Landkreis") stands for in this release, by head; filled on first use. */
  territories?: Map<string, string | null>;
}

// ---------------------------------------------------------------- tokens

/** Token i exists. */
export function has(ctx: Ctx, i: number): boolean { return i >= 0 && i < ctx.tokens.count; }

/** The text of token i ("" when there is none). */
export function textOf(ctx: Ctx, i: number): string {
  return has(ctx, i) ? ctx.text.slice(ctx.tokens.start[i]!, ctx.tokens.end[i]!) : "";
}

/** Token i is written `word` (compared in place, without cutting the token out). */
export function textIs(ctx: Ctx, i: number, word: string): boolean {
  if (!has(ctx, i)) return false;
  const a = ctx.tokens.start[i]!;
  return ctx.tokens.end[i]! - a === word.length && ctx.text.startsWith(word, a);
}

/** Token i is one of `words` (a short list of small words). */
export function textIn(ctx: Ctx, i: number, words: readonly string[]): boolean {
  for (const w of words) if (textIs(ctx, i, w)) return true;
  return false;
}

export function startOf(ctx: Ctx, i: number): number { return ctx.tokens.start[i]!; }
export function endOf(ctx: Ctx, i: number): number { return ctx.tokens.end[i]!; }
/** A line break lies between token i - 1 and token i. */
export function lineBefore(ctx: Ctx, i: number): boolean { return ctx.tokens.lineBefore[i] === 1; }

/** Token i starts with an ASCII lower-case letter, a digit or punctuation: none of the name tests pass. */
function plainStart(code: number): boolean { return (code >= 97 && code <= 122) || code < 65; }

/** Token j follows token i on the same line with only a little horizontal space. */
export function inlineNext(ctx: Ctx, i: number, j: number): boolean {
  if (!has(ctx, i) || !has(ctx, j)) return false;
  const a = ctx.tokens.end[i]!, b = ctx.tokens.start[j]!;
  const gap = b - a;
  if (gap < 1 || gap > 3) return false;
  // Same as INLINE_GAP, without slicing: spaces, tabs, no-break spaces only.
  for (let k = a; k < b; k++) {
    const c = ctx.text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

export function isNameWord(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if ((c0 >= 97 && c0 <= 122) || c0 < 65 || w.length < 2) return false;
  return NAME_WORD.test(w) && !NON_NAME_WORDS.has(w);
}

// Word tests that depend on the text alone, computed once per distinct word and kept across
// releases (one cache probe per token instead of several regex tests, lowercasings and lookups).
const W_KNOWN = 1, W_NAME = 2, W_FIRST = 4, W_ROLE = 8, W_ROLE_FN = 16, W_PERSON_NOUN = 32, W_SLOT = 64, W_SLOT_STRICT = 128;
const W_HONORIFIC = 256, W_TITLE_START = 512, W_SINGLE_UPPER = 1024;
/** firstNameGender of the word: "f", "m"; neither for null. */
const W_GENDER_F = 1 << 11, W_GENDER_M = 1 << 12;
/** A listed first name (W_FIRST) that is also on the German list (isGermanListFirstName). */
const W_GERMAN = 1 << 13;
/** A chain can start only at a word with one of these bits (see readChain). */
export const W_CHAIN_START = W_FIRST | W_ROLE | W_PERSON_NOUN | W_SLOT_STRICT | W_HONORIFIC | W_TITLE_START | W_SINGLE_UPPER;
/** The bits that open a chain by themselves, without a verb of speech next to the word. */
export const W_CHAIN_OPENER = W_FIRST | W_ROLE | W_PERSON_NOUN | W_HONORIFIC | W_TITLE_START | W_SINGLE_UPPER;
const SINGLE_UPPER = /^\p{Lu}$/u;

function wordInfoUncached(w: string): number {
  let v = W_KNOWN;
  const name = isNameWord(w);
  if (name) v |= W_NAME;
  if (name && isFirstName(w)) {
    v |= W_FIRST;
    if (isGermanListFirstName(w)) v |= W_GERMAN;
  }
  if (matchRoleWord(w)) v |= W_ROLE;
  const roleFn = matchRoleWord(w, true) !== null;
  if (roleFn) v |= W_ROLE_FN;
  const personNoun = isPersonNoun(w);
  if (personNoun) v |= W_PERSON_NOUN;
  // The text part of the slot test: a name word that is no role, person noun, honorific, body or acronym.
  // After a given name, honorific or title (the loose slot) a word that looks like an occupation only by
  // its ending is a surname: "Dörte Lindqvist", "Frau Holmqvist" (not "Journalist", which the list names).
  const personNounByList = personNoun && !personNounByEndingOnly(w);
  if (name && !roleFn && !HONORIFICS.has(w) && !BODY_WORDS.test(w) && !ACRONYM.test(w)) {
    if (!personNounByList) v |= W_SLOT;
    if (!personNoun && !NOUN_ENDINGS.test(w) && !ADJECTIVE_ENDINGS.test(w)) v |= W_SLOT_STRICT;
  }
  if (HONORIFICS.has(w)) v |= W_HONORIFIC;
  if (TITLE_STARTS.has(w)) v |= W_TITLE_START;
  if (SINGLE_UPPER.test(w)) v |= W_SINGLE_UPPER;
  const gender = firstNameGender(w);
  if (gender === "f") v |= W_GENDER_F;
  else if (gender === "m") v |= W_GENDER_M;
  return v;
}

// A two-way cache by word hash (each word has two possible slots, from the low and high bits of its
// hash), word and bits side by side: a hit costs no string. Only speed depends on it: the bits are a
// function of the word.
const CACHE_BITS = 15, CACHE_MASK = (1 << CACHE_BITS) - 1;
const cache: (string | number | undefined)[] = new Array<string | number | undefined>(2 << CACHE_BITS);

function cachedWordInfo(text: string, a: number, b: number, hash: number): number {
  const first = (hash & CACHE_MASK) << 1, second = ((hash >>> CACHE_BITS) & CACHE_MASK) << 1;
  const w1 = cache[first] as string | undefined;
  if (w1 !== undefined && w1.length === b - a && text.startsWith(w1, a)) return cache[first + 1] as number;
  const w2 = cache[second] as string | undefined;
  if (w2 !== undefined && w2.length === b - a && text.startsWith(w2, a)) return cache[second + 1] as number;
  const word = text.slice(a, b);
  const v = wordInfoUncached(word);
  const slot = w1 === undefined || w2 !== undefined ? first : second;
  cache[slot] = word;
  cache[slot + 1] = v;
  return v;
}

/**
 * The bits of capitalised token i from an earlier token of the same word in this release (a small
 * table by hash, which stays in the processor's cache), else from the cache across releases.
 */
function releaseWordInfo(ctx: Ctx, i: number): number {
  const t = ctx.tokens, table = t.words, mask = t.wordsMask, text = ctx.text;
  const h = t.hash[i]!, a = t.start[i]!, len = t.end[i]! - a;
  let slot = (h ^ (h >>> 16)) & mask;
  for (;;) {
    const e = table[slot]!;
    if (e === 0) break;
    const j = e - 1, b = t.start[j]!;
    if (t.hash[j] === h && t.end[j]! - b === len && sameChars(text, b, a, len)) return t.info[j]!;
    slot = (slot + 1) & mask;
  }
  const v = cachedWordInfo(text, a, a + len, h);
  table[slot] = i + 1;
  return v;
}

function sameChars(text: string, p: number, q: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (text.charCodeAt(p + k) !== text.charCodeAt(q + k)) return false;
  return true;
}

/** The word-test bits of token i (0 when there is no token i). */
export function wordInfo(ctx: Ctx, i: number): number {
  if (!has(ctx, i)) return 0;
  const tokens = ctx.tokens;
  let v = tokens.info[i]!;
  if (v !== 0) return v;
  // Lowercase ASCII starts, digits and punctuation pass none of the name tests: no lookup for those.
  v = plainStart(ctx.text.charCodeAt(tokens.start[i]!)) ? W_KNOWN : releaseWordInfo(ctx, i);
  tokens.info[i] = v;
  return v;
}

export function nameTok(ctx: Ctx, i: number): boolean { return (wordInfo(ctx, i) & W_NAME) !== 0; }

export function firstTok(ctx: Ctx, i: number): boolean { return (wordInfo(ctx, i) & W_FIRST) !== 0; }

export function honorificTok(ctx: Ctx, i: number): boolean { return (wordInfo(ctx, i) & W_HONORIFIC) !== 0; }

/** isGermanListFirstName of token i. */
export function germanListTok(ctx: Ctx, i: number): boolean {
  const v = wordInfo(ctx, i);
  return (v & W_FIRST) !== 0 ? (v & W_GERMAN) !== 0 : isGermanListFirstName(textOf(ctx, i));
}

export function singleUpperTok(ctx: Ctx, i: number): boolean { return (wordInfo(ctx, i) & W_SINGLE_UPPER) !== 0; }

// Closed classes of small words, asked of the neighbours of every candidate: looked up in place.
const SPEECH_CUE_TABLE = new WordTable([...SPEECH_CUES].map((w) => [w, true] as const));
const SPEECH_VERB_AFTER_TABLE = new WordTable([...SPEECH_VERBS_AFTER].map((w) => [w, true] as const));
const PARTICLE_TABLE = new WordTable([...SURNAME_PARTICLES].map((w) => [w, true] as const));

/** SPEECH_CUES.has(text of token i). */
export function speechCueTok(ctx: Ctx, i: number): boolean { return has(ctx, i) && SPEECH_CUE_TABLE.at(ctx.tokens, i, ctx.text) === true; }

/** SPEECH_VERBS_AFTER.has(text of token i). */
export function speechVerbAfterTok(ctx: Ctx, i: number): boolean { return has(ctx, i) && SPEECH_VERB_AFTER_TABLE.at(ctx.tokens, i, ctx.text) === true; }

/** SURNAME_PARTICLES.has(text of token i). */
export function particleTok(ctx: Ctx, i: number): boolean { return has(ctx, i) && PARTICLE_TABLE.at(ctx.tokens, i, ctx.text) === true; }

/** The token is a role noun (or, with function nouns, "Leitung", "Vorstand" …): same as matchRoleWord(text, fn) !== null. */
export function roleTok(ctx: Ctx, i: number, allowFunctionNouns = false): boolean {
  return (wordInfo(ctx, i) & (allowFunctionNouns ? W_ROLE_FN : W_ROLE)) !== 0;
}

/** matchRoleWord for a token, skipping the lookup for the many tokens that are no role noun. */
export function roleMatchTok(ctx: Ctx, i: number, allowFunctionNouns = false): RoleMatch | null {
  return roleTok(ctx, i, allowFunctionNouns) ? matchRoleWord(textOf(ctx, i), allowFunctionNouns) : null;
}

export function personNounTok(ctx: Ctx, i: number): boolean { return (wordInfo(ctx, i) & W_PERSON_NOUN) !== 0; }

/** firstNameGender of the given name written from token `from` to token `to`. */
export function givenNameGender(ctx: Ctx, from: number, to: number): Gender | null {
  if (from === to && !plainStart(ctx.text.charCodeAt(ctx.tokens.start[from]!))) {
    // (the bits of capitalised words; wordInfo does not look up the others)
    const v = wordInfo(ctx, from);
    return v & W_GENDER_F ? "f" : v & W_GENDER_M ? "m" : null;
  }
  return firstNameGender(ctx.text.slice(ctx.tokens.start[from]!, ctx.tokens.end[to]!));
}

/** First words of titles, to skip the title scan for all other tokens. */
export const TITLE_STARTS: ReadonlySet<string> = new Set(TITLES.map((t) => /^[\p{L}]+/u.exec(t)?.[0] ?? t));

/** Titles as sticky regexes; a space before a dot is tolerated ("Dr . Meier" in tokenised text). */
export const TITLE_RES: { title: string; re: RegExp }[] = TITLES.map((title) => ({
  title,
  re: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\./g, " ?\\.").replace(/ (?!\?)/g, " ?") + (title.endsWith(".") ? "(?!-)" : "(?![\\p{L}])"), "uy"),
}));

/** Title written at token i ("Dr.", "Prof. Dr.-Ing."): its text and the index after it. */
export function readTitle(ctx: Ctx, i: number): { title: string; next: number } | null {
  if ((wordInfo(ctx, i) & W_TITLE_START) === 0) return null;
  const at = ctx.tokens.start[i]!;
  for (const { title, re } of TITLE_RES) {
    re.lastIndex = at;
    const m = re.exec(ctx.text);
    if (!m) continue;
    const end = at + m[0].length;
    let j = i;
    while (j < ctx.tokens.count && ctx.tokens.end[j]! <= end) j++;
    return { title, next: j };
  }
  return null;
}

export const PERSON_NOUN_SET: ReadonlySet<string> = new Set(PERSON_NOUNS);
export const PERSON_NOUN_HEADS: readonly string[] = PERSON_NOUNS.map((n) => n.toLowerCase());

/** An occupation, kinship or nobility noun before a name: "Architekt", "Fußball-Experte", "Kaiser". */
export const PERSON_NOUN_CACHE = new BoundedCache<string, boolean>();

export function isPersonNoun(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if ((c0 >= 97 && c0 <= 122) || c0 < 65) return false;
  let hit = PERSON_NOUN_CACHE.get(w);
  if (hit === undefined) {
    hit = personNounUncached(w);
    if (PERSON_NOUN_CACHE.size > 50_000) PERSON_NOUN_CACHE.clear();
    PERSON_NOUN_CACHE.set(w, hit);
  }
  return hit;
}

/** A person noun only through PERSON_NOUN_ENDINGS, not the list nor a listed compound head. */
function personNounByEndingOnly(w: string): boolean {
  if (PERSON_NOUN_SET.has(w)) return false;
  const dash = w.lastIndexOf("-");
  if (dash > 0 && PERSON_NOUN_SET.has(w.slice(dash + 1))) return false;
  const lower = w.toLowerCase();
  if (w.length > 8 && PERSON_NOUN_HEADS.some((h) => h.length >= 5 && lower.endsWith(h) && lower.length - h.length >= 4)) return false;
  return PERSON_NOUN_ENDINGS.test(w);
}

export function personNounUncached(w: string): boolean {
  if (PERSON_NOUN_SET.has(w) || PERSON_NOUN_ENDINGS.test(w)) return true;
  const dash = w.lastIndexOf("-");
  if (dash > 0 && PERSON_NOUN_SET.has(w.slice(dash + 1))) return true;
  const lower = w.toLowerCase();
  return w.length > 8 && PERSON_NOUN_HEADS.some((h) => h.length >= 5 && lower.endsWith(h) && lower.length - h.length >= 4);
}

/** Lowercase words before a name that mark a common noun or a place instead ("eine Art", "in San Remo"). */
export const NOT_BEFORE_NAME: ReadonlySet<string> = new Set(
  "ein eine einen einem einer eines kein keine zum zur im am vom beim ins in ersten zweiten letzten dieser diese dieses jeder jede".split(" "),
);

function orgIndex(ctx: Ctx): SpanIndex { return ctx.orgIndex ??= new SpanIndex(ctx.orgSpans, ctx.text.length); }
function placeIndex(ctx: Ctx): SpanIndex { return ctx.placeIndex ??= new SpanIndex(ctx.placeSpans, ctx.text.length); }

/** The longest organisation span covering character i, or undefined. */
export function orgSpanAt(ctx: Ctx, i: number): NamedSpan | undefined { return orgIndex(ctx).at(i); }

/** The longest place span covering character i, or undefined. */
export function placeSpanAt(ctx: Ctx, i: number): NamedSpan | undefined { return placeIndex(ctx).at(i); }

/** Some organisation mention overlaps [start, end). */
export function overlapsOrg(ctx: Ctx, start: number, end: number): boolean { return orgIndex(ctx).touches(start, end); }

/** Some place mention overlaps [start, end). */
export function overlapsPlace(ctx: Ctx, start: number, end: number): boolean { return placeIndex(ctx).touches(start, end); }

/** Token i may fill a surname slot after a role noun (no common noun, body or place). */
export function slotWordOk(ctx: Ctx, i: number, strict: boolean): boolean {
  const info = wordInfo(ctx, i);
  if (!strict) return (info & W_SLOT) !== 0;
  if ((info & W_SLOT_STRICT) === 0) return false;
  const memo = ctx.tokens.slotStrict;
  if (memo[i] === 0) {
    const a = ctx.tokens.start[i]!, b = ctx.tokens.end[i]!;
    memo[i] = overlapsOrg(ctx, a, b) || overlapsPlace(ctx, a, b) ? 2 : 1;
  }
  return memo[i] === 1;
}
