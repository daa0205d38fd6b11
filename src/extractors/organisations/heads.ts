/** Recognises a head noun of an institution inside a (compound) word. */
import { ORGANISATION_HEADS, type OrganisationHead } from "../../lexicon/organisation-heads.js";

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

// One pass over the word's end decides whether any head can match at all.
const ANY_HEAD_AT_END = new RegExp(`(?:${LOWER.map((h) => h.noun.replace(/[-]/g, "\\-")).join("|")})(?:e?s)?$`, "i");
const STARTS_UPPER = /^\p{Lu}/u;

// Words repeat within and across releases: remember the answers (bounded).
const memo = new Map<string, HeadMatch | null>();

export function matchHead(word: string): HeadMatch | null {
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
    for (const ending of GENITIVE) {
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
      // A compound joins lower-case ("Landratsamt") or with a hyphen ("Stadtumbau-Ausschuss").
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
