/**
 * Shared state and word tests of the persons extractor: the per-release context,
 * name chains, and memoised tests on tokens.
 */
import type { ExtractorInput } from "../context.js";
import type { Role } from "../../schema/release.js";
import { HONORIFICS, TITLES } from "../../lexicon/honorifics.js";
import { PERSON_NOUNS } from "../../lexicon/roles.js";
import { isFirstName, type Gender } from "./first-names.js";
import { ACRONYM, ADJECTIVE_ENDINGS, BODY_WORDS, NAME_WORD, NON_NAME_WORDS, NOUN_ENDINGS, PERSON_NOUN_ENDINGS } from "./patterns.js";
import { matchRoleWord, type RoleMatch } from "./role-nouns.js";
import type { Token } from "./tokens.js";
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

export interface NamedSpan { start: number; end: number; name?: string }

export interface Ctx {
  text: string;
  tokens: Token[];
  input: ExtractorInput;
  /** Spans of other stages' organisation and place mentions (with the entity's name). */
  orgSpans: NamedSpan[];
  placeSpans: NamedSpan[];
  /** For each character, the longest organisation (orgAt) or place (placeAt) span covering it: an index into the spans, -1 for none. */
  orgAt?: Int32Array;
  placeAt?: Int32Array;
  /** Characters covered by organisation (bit 1) and place (bit 2) mentions; built on first use. */
  cover?: Uint8Array;
  /** The one place a territorial head ("Landkreis") stands for in this release, by head; filled on first use. */
  territories?: Map<string, string | null>;
}

// ---------------------------------------------------------------- tokens

export function tok(ctx: Ctx, i: number): Token | undefined { return ctx.tokens[i]; }

/** Token j follows token i on the same line with only a little horizontal space. */
export function inlineNext(ctx: Ctx, i: number, j: number): boolean {
  const a = ctx.tokens[i], b = ctx.tokens[j];
  if (!a || !b) return false;
  const gap = b.start - a.end;
  if (gap < 1 || gap > 3) return false;
  // Same as INLINE_GAP, without slicing: spaces, tabs, no-break spaces only.
  for (let k = a.end; k < b.start; k++) {
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
// releases (one Map lookup per token instead of several regex tests, lowercasings and lookups).
const W_KNOWN = 1, W_NAME = 2, W_FIRST = 4, W_ROLE = 8, W_ROLE_FN = 16, W_PERSON_NOUN = 32, W_SLOT = 64, W_SLOT_STRICT = 128;
const W_HONORIFIC = 256, W_TITLE_START = 512, W_SINGLE_UPPER = 1024;
/** A chain can start only at a word with one of these bits (see readChain). */
export const W_CHAIN_START = W_FIRST | W_ROLE | W_PERSON_NOUN | W_SLOT_STRICT | W_HONORIFIC | W_TITLE_START | W_SINGLE_UPPER;
const WORD_INFO = new BoundedCache<string, number>();
const SINGLE_UPPER = /^\p{Lu}$/u;

function wordInfoUncached(w: string): number {
  let v = W_KNOWN;
  const name = isNameWord(w);
  if (name) v |= W_NAME;
  if (name && isFirstName(w)) v |= W_FIRST;
  if (matchRoleWord(w)) v |= W_ROLE;
  const roleFn = matchRoleWord(w, true) !== null;
  if (roleFn) v |= W_ROLE_FN;
  const personNoun = isPersonNoun(w);
  if (personNoun) v |= W_PERSON_NOUN;
  // The text part of slotWordUncached: a name word that is no role, person noun, honorific, body or acronym.
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
  return v;
}

export function wordInfo(t: Token): number {
  let v = t.info;
  if (v !== 0) return v;
  const w = t.text;
  const c0 = w.charCodeAt(0);
  // Lowercase ASCII starts, digits and punctuation pass none of the tests.
  if ((c0 >= 97 && c0 <= 122) || c0 < 65) v = W_KNOWN;
  else {
    v = WORD_INFO.get(w) ?? 0;
    if (v === 0) {
      v = wordInfoUncached(w);
      if (WORD_INFO.size > 100_000) WORD_INFO.clear();
      WORD_INFO.set(w, v);
    }
  }
  t.info = v;
  return v;
}

export function nameTok(t: Token): boolean { return (wordInfo(t) & W_NAME) !== 0; }

export function firstTok(t: Token): boolean { return (wordInfo(t) & W_FIRST) !== 0; }

/** The token is a role noun (or, with function nouns, "Leitung", "Vorstand" …): same as matchRoleWord(t.text, fn) !== null. */
export function roleTok(t: Token, allowFunctionNouns = false): boolean {
  return (wordInfo(t) & (allowFunctionNouns ? W_ROLE_FN : W_ROLE)) !== 0;
}

/** matchRoleWord for a token, skipping the lookup for the many tokens that are no role noun. */
export function roleMatchTok(t: Token, allowFunctionNouns = false): RoleMatch | null {
  return roleTok(t, allowFunctionNouns) ? matchRoleWord(t.text, allowFunctionNouns) : null;
}

export function personNounTok(t: Token): boolean { return (wordInfo(t) & W_PERSON_NOUN) !== 0; }

/** First words of titles, to skip the title scan for all other tokens. */
export const TITLE_STARTS: ReadonlySet<string> = new Set(TITLES.map((t) => /^[\p{L}]+/u.exec(t)?.[0] ?? t));

/** Titles as sticky regexes; a space before a dot is tolerated ("Dr . Meier" in tokenised text). */
export const TITLE_RES: { title: string; re: RegExp }[] = TITLES.map((title) => ({
  title,
  re: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\\\./g, " ?\\.").replace(/ (?!\?)/g, " ?") + (title.endsWith(".") ? "(?!-)" : "(?![\\p{L}])"), "uy"),
}));

/** Title written at token i ("Dr.", "Prof. Dr.-Ing."): its text and the index after it. */
export function readTitle(ctx: Ctx, i: number): { title: string; next: number } | null {
  const t = tok(ctx, i);
  if (!t || !TITLE_STARTS.has(t.text)) return null;
  for (const { title, re } of TITLE_RES) {
    re.lastIndex = t.start;
    const m = re.exec(ctx.text);
    if (!m) continue;
    const end = t.start + m[0].length;
    let j = i;
    while (ctx.tokens[j] && ctx.tokens[j]!.end <= end) j++;
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

export function overlapsAny(spans: { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && s.end > start);
}

/** Characters covered by organisation (bit 1) and place (bit 2) mentions, built once per release. */
function coverage(ctx: Ctx): Uint8Array {
  if (ctx.cover) return ctx.cover;
  const cover = new Uint8Array(ctx.text.length + 1);
  for (const s of ctx.orgSpans) for (let k = Math.max(0, s.start); k < s.end && k < cover.length; k++) cover[k]! |= 1;
  for (const s of ctx.placeSpans) for (let k = Math.max(0, s.start); k < s.end && k < cover.length; k++) cover[k]! |= 2;
  ctx.cover = cover;
  return cover;
}

function covered(ctx: Ctx, bit: number, start: number, end: number): boolean {
  const cover = coverage(ctx);
  for (let k = Math.max(0, start); k < end && k < cover.length; k++) if (cover[k]! & bit) return true;
  return false;
}

/** For each character, the longest span covering it (index into spans), -1 for none; linear in the spans' lengths. */
function longestCover(spans: NamedSpan[], length: number): Int32Array {
  const at = new Int32Array(length + 1).fill(-1);
  spans.forEach((sp, n) => {
    for (let k = Math.max(0, sp.start); k < sp.end && k < at.length; k++) {
      const cur = at[k]!;
      if (cur < 0 || spans[cur]!.end - spans[cur]!.start < sp.end - sp.start) at[k] = n;
    }
  });
  return at;
}

/** The longest organisation span covering character i, or undefined. */
export function orgSpanAt(ctx: Ctx, i: number): NamedSpan | undefined {
  ctx.orgAt ??= longestCover(ctx.orgSpans, ctx.text.length);
  const n = i >= 0 && i < ctx.orgAt.length ? ctx.orgAt[i]! : -1;
  return n >= 0 ? ctx.orgSpans[n] : undefined;
}

/** The longest place span covering character i, or undefined. */
export function placeSpanAt(ctx: Ctx, i: number): NamedSpan | undefined {
  ctx.placeAt ??= longestCover(ctx.placeSpans, ctx.text.length);
  const n = i >= 0 && i < ctx.placeAt.length ? ctx.placeAt[i]! : -1;
  return n >= 0 ? ctx.placeSpans[n] : undefined;
}

/** Same as overlapsAny(ctx.orgSpans, start, end), by a per-character map instead of a scan of all spans. */
export function overlapsOrg(ctx: Ctx, start: number, end: number): boolean { return covered(ctx, 1, start, end); }

/** Same as overlapsAny(ctx.placeSpans, start, end). */
export function overlapsPlace(ctx: Ctx, start: number, end: number): boolean { return covered(ctx, 2, start, end); }


/** A word that may fill a surname slot after a role noun (no common noun, body or place). */
export function slotWordOk(ctx: Ctx, t: Token, strict: boolean): boolean {
  const info = wordInfo(t);
  if (!strict) return (info & W_SLOT) !== 0;
  if ((info & W_SLOT_STRICT) === 0) return false;
  if (t.slotStrict === 0) t.slotStrict = overlapsOrg(ctx, t.start, t.end) || overlapsPlace(ctx, t.start, t.end) ? 2 : 1;
  return t.slotStrict === 1;
}

export function slotWordUncached(ctx: Ctx, t: Token, strict: boolean): boolean {
  if (!nameTok(t) || matchRoleWord(t.text, true) || isPersonNoun(t.text) || HONORIFICS.has(t.text) || BODY_WORDS.test(t.text)) return false;
  if (ACRONYM.test(t.text)) return false;
  if (strict) {
    if (NOUN_ENDINGS.test(t.text) || ADJECTIVE_ENDINGS.test(t.text)) return false;
    if (overlapsAny(ctx.orgSpans, t.start, t.end) || overlapsAny(ctx.placeSpans, t.start, t.end)) return false;
  }
  return true;
}

