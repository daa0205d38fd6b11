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
import { matchRoleWord } from "./role-nouns.js";
import type { Token } from "./tokens.js";

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
}

export interface Ctx {
  text: string;
  tokens: Token[];
  input: ExtractorInput;
  /** Spans of other stages' organisation and place mentions. */
  orgSpans: { start: number; end: number }[];
  placeSpans: { start: number; end: number }[];
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

export function nameTok(t: Token): boolean {
  if (t.nameWord === 0) t.nameWord = isNameWord(t.text) ? 1 : 2;
  return t.nameWord === 1;
}

export function firstTok(t: Token): boolean {
  if (t.firstName === 0) t.firstName = nameTok(t) && isFirstName(t.text) ? 1 : 2;
  return t.firstName === 1;
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
export const PERSON_NOUN_CACHE = new Map<string, boolean>();

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


/** A word that may fill a surname slot after a role noun (no common noun, body or place). */
export function slotWordOk(ctx: Ctx, t: Token, strict: boolean): boolean {
  const memo = strict ? t.slotStrict : t.slotLoose;
  if (memo !== 0) return memo === 1;
  const ok = slotWordUncached(ctx, t, strict);
  if (strict) t.slotStrict = ok ? 1 : 2; else t.slotLoose = ok ? 1 : 2;
  return ok;
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

