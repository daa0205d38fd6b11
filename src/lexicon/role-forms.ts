/**
 * Inflected forms of the role nouns in ./roles.ts, and a matcher that
 * recognises a role noun at the end of a compound ("Integrations|staatssekretärin",
 * "Wirtschafts|landesrat"). Shared by the persons extractor (roles) and the
 * organisations extractor (a role noun before a name is a title, not a body).
 */
import { FUNCTION_NOUNS, ROLE_ABBREVIATIONS, ROLE_FALSE_HEADS, ROLE_NOUNS } from "./roles.js";
import { BoundedCache } from "../text/bounded-cache.js";

export type FormGender = "m" | "f" | "x";

export interface RoleForm {
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

/** Abbreviated titles ("LRin", "LH"): whole words only, never compound heads. */
const ABBREVIATIONS = new Map<string, RoleForm>(ROLE_ABBREVIATIONS.map(([abbr, m, f]) => {
  const feminine = /\p{Lu}in$/u.test(abbr);
  // Like a nominalised adjective, the gender comes from the person unless the form shows it.
  return [abbr, { form: abbr.toLowerCase(), gender: feminine ? "f" : "x", masculine: m, feminine: f, adjective: !feminine, plural: false }];
}));

/** An abbreviated title ("LAbg", "LRin"): a dot glued to it belongs to it ("LAbg. Gruber"). */
export function isRoleAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word);
}

const FUNCTION_FORMS = FUNCTION_NOUNS.map((n) => n.toLowerCase()).sort((a, b) => b.length - a.length);

const CACHE = new BoundedCache<string, RoleMatch | null>();
const CACHE_FN = new BoundedCache<string, RoleMatch | null>();

/** A word that is a role noun or a compound ending with one (with function nouns: also "Leitung", "Koordination" …). */
export function matchRoleWord(word: string, allowFunctionNouns = false): RoleMatch | null {
  const c0 = word.charCodeAt(0);
  if ((c0 >= 97 && c0 <= 122) || c0 < 65) return null;
  const cache = allowFunctionNouns ? CACHE_FN : CACHE;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const m = matchUncached(word, allowFunctionNouns);
  cache.set(word, m);
  return m;
}

function matchUncached(word: string, allowFunctionNouns: boolean): RoleMatch | null {
  if (!/^\p{Lu}/u.test(word)) return null;
  const abbreviation = ABBREVIATIONS.get(word);
  if (abbreviation) return { prefix: "", form: abbreviation, function: false };
  const lower = word.toLowerCase();
  if (ROLE_FALSE_HEADS.some((h) => lower.endsWith(h))) return null;
  for (const form of BY_TAIL.get(lower.slice(-3)) ?? []) {
    if (!lower.endsWith(form.form)) continue;
    const prefix = word.slice(0, word.length - form.form.length);
    // a short prefix only as an acronym with a hyphen ("TH-Präsident", "EU-Kommissarin")
    if (prefix !== "" && prefix.replace(/-$/, "").length < 3 && !/^\p{Lu}{2}-$/u.test(prefix)) continue;
    return { prefix, form, function: false };
  }
  if (allowFunctionNouns) {
    for (const fn of FUNCTION_FORMS) {
      if (!lower.endsWith(fn)) continue;
      const prefix = word.slice(0, word.length - fn.length);
      if (prefix !== "" && prefix.length < 3) continue;
      return { prefix: "", form: { form: fn, gender: "x", masculine: word, feminine: word, adjective: false, plural: false }, function: true };
    }
  }
  return null;
}
