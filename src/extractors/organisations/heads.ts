/** Recognises a head noun of an institution inside a (compound) word. */
import { ORGANISATION_HEADS, type OrganisationHead } from "../../lexicon/organisation-heads.js";
import { BoundedCache } from "../../text/bounded-cache.js";

export interface HeadMatch {
  head: OrganisationHead;
  /** The word in the nominative singular ("Bundesamtes" → "Bundesamt"). */
  base: string;
  /** The word is a compound longer than the head ("Landratsamt"). */
  compound: boolean;
}

// Longest nouns first so "Netzwerk" wins over "Werk" and "Senatsverwaltung" over "Verwaltung".
const HEADS_BY_LENGTH = [...ORGANISATION_HEADS].sort((a, b) => b.noun.length - a.noun.length);
const LOWER = HEADS_BY_LENGTH.map((h) => ({
  head: h,
  noun: h.noun.toLowerCase(),
  exact: h.exact ? new Set(h.exact.map((w) => w.toLowerCase())) : null,
  not: new Set((h.notCompounds ?? []).map((w) => w.toLowerCase())),
}));
const GENITIVE = ["", "s", "es"] as const;
/** A plural-only head ("Stadtwerke") declines only in the dative ("den Stadtwerken"). */
const PLURAL_CASES = ["", "n"] as const;
const endingsOf = (h: OrganisationHead): readonly string[] => (h.plural ? PLURAL_CASES : GENITIVE);

// One pass over the word's end decides whether any head can match at all.
const ANY_HEAD_AT_END = new RegExp(`(?:${LOWER.map((h) => h.noun.replace(/[-]/g, "\\-")).join("|")})(?:e?s|n)?$`, "i");
const STARTS_UPPER = /^\p{Lu}/u;

// Words repeat within and across releases: remember the answers (bounded).
const memo = new BoundedCache<string, HeadMatch | null>();

/**
 * Every form a head can end in (noun + "", "s", "es") by its last three
 * lower-case letters, packed into one number: most words are rejected by one
 * integer lookup before the memo has to hash the string (the memo lookup was
 * the hottest line of the stage).
 */
const TAILS = new Set<number>();
for (const h of LOWER) for (const ending of endingsOf(h.head)) {
  const form = h.noun + ending;
  const tail = packTail(form, form.length);
  if (tail >= 0) TAILS.add(tail);
}
const UNKNOWN_TAIL = -1;

/** Lower-case code of a Latin-1 letter (-1 beyond Latin-1, where lower-casing is not a fixed offset). */
function lowerLatin1(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 192 && c <= 222 && c !== 215) return c + 32;
  return c < 256 ? c : -1;
}

/** The three letters before `end`, lower-cased and packed; UNKNOWN_TAIL when they cannot be packed. */
function packTail(word: string, end: number): number {
  if (end < 3) return UNKNOWN_TAIL;
  const a = lowerLatin1(word.charCodeAt(end - 3)), b = lowerLatin1(word.charCodeAt(end - 2)), c = lowerLatin1(word.charCodeAt(end - 1));
  if (a < 0 || b < 0 || c < 0) return UNKNOWN_TAIL;
  return (a << 16) | (b << 8) | c;
}

/** False when word.slice(0, end) certainly matches no head (cheap: no string is built or hashed). */
export function mayMatchHead(word: string, end: number = word.length): boolean {
  const first = word.charCodeAt(0);
  // STARTS_UPPER for ASCII: only A–Z; other first letters go the long way
  if (first < 128 && (first < 65 || first > 90)) return false;
  const tail = packTail(word, end);
  // every head noun has at least three letters, so a shorter word matches none
  if (end < 3) return false;
  return tail === UNKNOWN_TAIL || TAILS.has(tail);
}

export function matchHead(word: string): HeadMatch | null {
  if (!mayMatchHead(word)) return null;
  const known = memo.get(word);
  if (known !== undefined) return known;
  const result = STARTS_UPPER.test(word) && ANY_HEAD_AT_END.test(word) ? findHead(word) : null;
  if (memo.size > 50_000) memo.clear();
  memo.set(word, result);
  return result;
}

function findHead(word: string): HeadMatch | null {
  const lower = word.toLowerCase();
  for (const h of LOWER) {
    for (const ending of endingsOf(h.head)) {
      const suffix = h.noun + ending;
      if (!lower.endsWith(suffix)) continue;
      // "Fonds" has no genitive ending; "Amts" must not be read as "Amt"+"s" of a noun ending in s.
      if (ending && h.noun.endsWith("s") && !h.noun.endsWith("ss")) continue;
      const baseLen = word.length - ending.length;
      const base = word.slice(0, baseLen);
      const baseLower = base.toLowerCase();
      if (h.exact && !h.exact.has(baseLower)) continue;
      // notCompounds also block longer compounds ("Atomkraftwerk"); the bare noun blocks only itself
      // (only real compounds act as suffixes: "Samt" must not block "Bundesamt")
      for (const n of h.not) if (baseLower === n || (n.length >= h.noun.length + 4 && baseLower.endsWith(n))) return null;
      const compound = baseLen > h.noun.length;
      // A compound joins lower-case ("Landratsamt") or with a hyphen ("Verkehrs-Ausschuss").
      if (compound) {
        const joint = word[baseLen - h.noun.length]!;
        const before = word[baseLen - h.noun.length - 1]!;
        if (joint !== joint.toLowerCase() && before !== "-") continue;
      }
      return { head: h.head, base, compound };
    }
  }
  return null;
}

const STEM_PLURALS: readonly (readonly [string, string])[] = [["verbände", "verband"], ["ämter", "amt"], ["bünde", "bund"], ["zentren", "zentrum"]];

/** The singular of a plural head formed with an ending ("Integrationsnetzwerke", "Agenturen"), else null. */
export function matchPluralHead(word: string): HeadMatch | null {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 101 && last !== 110 && last !== 114) return null; // "e", "n" or "r"
  // plurals with an umlaut or a changed stem: "Caritasverbände", "Jugendämter", "Familienzentren"
  if (word.length > 6 && (last === 114 ? word.endsWith("ämter") : word.charCodeAt(word.length - 2) === (last === 101 ? 100 : 101))) {
    for (const [plural, singular] of STEM_PLURALS) {
      if (!word.endsWith(plural) || word.length <= plural.length) continue;
      const m = matchHead(word.slice(0, -plural.length) + singular);
      if (m && m.compound) return m;
    }
  }
  if (last === 114) return null;
  for (const ending of ["en", "e", "n"]) {
    if (!word.endsWith(ending) || !mayMatchHead(word, word.length - ending.length)) continue;
    const m = matchHead(word.slice(0, -ending.length));
    if (m && m.base === word.slice(0, -ending.length)) return m;
  }
  return null;
}
