import data from "./data/first-names.json" with { type: "json" };

export type Gender = "m" | "f";

const GENDER = new Map<string, Gender | null>();
for (const n of data.male) GENDER.set(n, "m");
for (const n of data.female) GENDER.set(n, "f");
for (const n of data.unisex) GENDER.set(n, null);

/** True when every hyphen part of the word is a listed first name ("Wolf-Rüdiger"). */
export function isFirstName(word: string): boolean {
  const c0 = word.charCodeAt(0);
  if ((c0 >= 97 && c0 <= 122) || c0 < 65) return false;
  const lower = word.toLowerCase();
  if (GENDER.has(lower)) return true;
  return lower.includes("-") && lower.split("-").every((p) => GENDER.has(p));
}

/** Gender of a listed first name (by its first hyphen part), or null. */
export function firstNameGender(word: string): Gender | null {
  const first = word.toLowerCase().split("-")[0] ?? "";
  return GENDER.get(first) ?? null;
}

const GERMAN = new Set<string>(data.german);

/** A name of the German list: safe enough to stand alone ("mit Claire"). */
export function isGermanListFirstName(word: string): boolean {
  return GERMAN.has(word.toLowerCase());
}
