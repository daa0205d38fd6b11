/**
 * Role nouns for persons: the nominative of a matched role word for the
 * person's gender, and role modifiers. The matcher itself (forms, compounds,
 * abbreviations) lives in src/lexicon/role-forms.ts, shared with organisations.
 */
import { ROLE_MODIFIER_ABBREVIATIONS, ROLE_MODIFIER_STEMS } from "../../lexicon/roles.js";
import { matchRoleWord, type RoleMatch } from "../../lexicon/role-forms.js";
import type { Gender } from "./first-names.js";

export { matchRoleWord, type RoleMatch };

/**
 * The gender of the role's nominative: nouns show it ("Leiter" stays "Leiter"
 * also for a woman, as written); nominalised adjectives take it from the
 * person ("die Vorsitzenden" → "Vorsitzende" for a woman).
 */
export function roleGender(match: RoleMatch, gender: Gender | null): Gender {
  const { form } = match;
  if (form.gender === "f") return "f";
  if (!form.adjective || form.gender === "m") return "m";
  return gender ?? (form.form.endsWith("e") ? "f" : "m");
}

/** The nominative singular of a matched role word for a person of the given gender. */
export function nominativeRole(match: RoleMatch, gender: Gender | null): string {
  const { form, prefix } = match;
  if (match.function) return form.masculine;
  const head = roleGender(match, gender) === "f" ? form.feminine : form.masculine;
  // Keep the head lowercase inside a compound: "Integrations" + "staatssekretärin".
  return prefix === "" ? head : prefix + (prefix.endsWith("-") ? head : head.toLowerCase());
}

/** A role modifier written before the role noun ("Stv.", "stellvertretende", "Parlamentarischer"). */
const MODIFIER_CACHE = new Map<string, boolean>();

export function isRoleModifier(word: string): boolean {
  let hit = MODIFIER_CACHE.get(word);
  if (hit === undefined) {
    const lower = word.toLowerCase();
    hit = ROLE_MODIFIER_ABBREVIATIONS.includes(word)
      || ROLE_MODIFIER_STEMS.some((s) => lower.startsWith(s) && /^(?:e|er|en|es|em)$/.test(lower.slice(s.length)));
    if (MODIFIER_CACHE.size > 50_000) MODIFIER_CACHE.clear();
    MODIFIER_CACHE.set(word, hit);
  }
  return hit;
}

/** Nominative form of an inflected modifier before a role noun of the given gender: "stellvertretenden" → "stellvertretende(r)". */
export function nominativeModifier(word: string, gender: Gender): string {
  if (word.endsWith(".")) return word;
  const lower = word.toLowerCase();
  const stem = ROLE_MODIFIER_STEMS.find((s) => lower.startsWith(s) && /^(?:e|er|en|es|em)$/.test(lower.slice(s.length)));
  if (!stem) return word;
  // Before a noun without article: "stellvertretender Leiter", "stellvertretende Leiterin".
  return word.slice(0, stem.length) + (gender === "f" ? "e" : "er");
}
