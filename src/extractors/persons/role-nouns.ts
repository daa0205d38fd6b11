/**
 * Recognises role nouns as compound heads and gives their nominative form.
 */
import {
  FUNCTION_NOUNS, ROLE_FALSE_HEADS, ROLE_MODIFIER_ABBREVIATIONS, ROLE_MODIFIER_STEMS, ROLE_NOUNS,
} from "../../lexicon/roles.js";
import type { Gender } from "./first-names.js";
import { BoundedCache } from "../../text/bounded-cache.js";

type FormGender = "m" | "f" | "x";

interface RoleForm {
  /** Lowercased surface ending, e.g. "leiterin". */
  form: string;
  gender: FormGender;
  masculine: string;
  feminine: string;
  /** Nominalised adjective: gender must come from the person. */
  adjective: boolean;
  plural: boolean;
}

export interface RoleMatch {
  /** The compound prefix as written ("Integrations" in "Integrationsstaatssekretärin"). */
  prefix: string;
  form: RoleForm;
  function: boolean;
}

const FORMS: RoleForm[] = [];
function add(form: string, gender: FormGender, masculine: string, feminine: string, adjective = false, plural = false): void {
  FORMS.push({ form: form.toLowerCase(), gender, masculine, feminine, adjective, plural });
}
for (const r of ROLE_NOUNS) {
  const m = r.m;
  const f = r.f ?? r.m;
  switch (r.inflection) {
    case "er":
      add(m, "x", m, f); add(`${m}s`, "m", m, f); add(`${m}n`, "x", m, f, false, true);
      break;
    case "strong":
      add(m, "m", m, f); add(`${m}s`, "m", m, f); add(`${m}en`, "x", m, f, false, true); add(`${m}e`, "x", m, f, false, true);
      break;
    case "weak":
      add(m, "m", m, f); add(`${m}en`, "x", m, f);
      break;
    case "adj":
      add(`${m}er`, "m", `${m}er`, `${m}e`, true); add(`${m}e`, "x", `${m}er`, `${m}e`, true);
      add(`${m}en`, "x", `${m}er`, `${m}e`, true); add(`${m}em`, "m", `${m}er`, `${m}e`, true);
      break;
    case "fixed":
      add(m, "m", m, f);
      for (const [form, g] of r.extra ?? []) add(form, g, m, f, false, form.endsWith("e") || form.endsWith("en") || form.endsWith("er") || form.endsWith("leute"));
      break;
  }
  if (r.f && r.inflection !== "fixed") { add(r.f, "f", m, f); add(`${r.f}nen`, "f", m, f, false, true); }
  if (r.f && r.inflection === "fixed") add(r.f, "f", m, f);
}
// Longest ending first, so "vorsitzender" wins over "vorsitzende"; indexed by the last three letters.
FORMS.sort((a, b) => b.form.length - a.form.length);
const BY_TAIL = new Map<string, RoleForm[]>();
for (const f of FORMS) {
  const tail = f.form.slice(-3);
  BY_TAIL.set(tail, [...(BY_TAIL.get(tail) ?? []), f]);
}

const FUNCTION_FORMS = FUNCTION_NOUNS.map((n) => n.toLowerCase()).sort((a, b) => b.length - a.length);

const CACHE = new BoundedCache<string, RoleMatch | null>();
const CACHE_FN = new BoundedCache<string, RoleMatch | null>();

/** A word that is a role noun or a compound ending with one. */
export function matchRoleWord(word: string, allowFunctionNouns = false): RoleMatch | null {
  const c0 = word.charCodeAt(0);
  if ((c0 >= 97 && c0 <= 122) || c0 < 65) return null;
  const cache = allowFunctionNouns ? CACHE_FN : CACHE;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const m = matchUncached(word, allowFunctionNouns);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, m);
  return m;
}

function matchUncached(word: string, allowFunctionNouns: boolean): RoleMatch | null {
  const c0 = word.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) return null;
  if (!/^\p{Lu}/u.test(word)) return null;
  const lower = word.toLowerCase();
  if (ROLE_FALSE_HEADS.some((h) => lower.endsWith(h))) return null;
  for (const form of BY_TAIL.get(lower.slice(-3)) ?? []) {
    if (!lower.endsWith(form.form)) continue;
    const prefix = word.slice(0, word.length - form.form.length);
    if (prefix !== "" && prefix.replace(/-$/, "").length < 3) continue;
    return { prefix, form, function: false };
  }
  if (allowFunctionNouns) {
    for (const fn of FUNCTION_FORMS) {
      if (!lower.endsWith(fn)) continue;
      const prefix = word.slice(0, word.length - fn.length);
      if (prefix !== "" && prefix.length < 3) continue;
      const canonical = word;
      return { prefix: "", form: { form: fn, gender: "x", masculine: canonical, feminine: canonical, adjective: false, plural: false }, function: true };
    }
  }
  return null;
}

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
      || ROLE_MODIFIER_STEMS.some((s) => lower.startsWith(s) && /^(?:|e|er|en|es|em)$/.test(lower.slice(s.length)));
    if (MODIFIER_CACHE.size > 50_000) MODIFIER_CACHE.clear();
    MODIFIER_CACHE.set(word, hit);
  }
  return hit;
}

/** Nominative form of an inflected modifier before a role noun of the given gender: "stellvertretenden" → "stellvertretende(r)". */
export function nominativeModifier(word: string, gender: Gender): string {
  if (word.endsWith(".")) return word;
  const lower = word.toLowerCase();
  const stem = ROLE_MODIFIER_STEMS.find((s) => lower.startsWith(s) && /^(?:|e|er|en|es|em)$/.test(lower.slice(s.length)));
  if (!stem) return word;
  // Before a noun without article: "stellvertretender Leiter", "stellvertretende Leiterin".
  return word.slice(0, stem.length) + (gender === "f" ? "e" : "er");
}
