import data from "./data/first-names.json" with { type: "json" };

export type Gender = "m" | "f";

// The lists of data/first-names.json are sorted (the generator sorts them), so a binary search
// answers without building a ~62,000-entry Map at load time (that build cost 50–150 ms per process).
const MALE: readonly string[] = data.male;
const FEMALE: readonly string[] = data.female;
const UNISEX: readonly string[] = data.unisex;
const GERMAN: readonly string[] = data.german;

function inSorted(list: readonly string[], word: string): boolean {
  let lo = 0, hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid]!;
    if (v === word) return true;
    if (v < word) lo = mid + 1; else hi = mid - 1;
  }
  return false;
}

/** Gender of a lowercased listed name: unisex wins over female over male (the generator's precedence); undefined when unlisted. */
function genderOf(lower: string): Gender | null | undefined {
  if (inSorted(UNISEX, lower)) return null;
  if (inSorted(FEMALE, lower)) return "f";
  if (inSorted(MALE, lower)) return "m";
  return undefined;
}

/** True when every hyphen part of the word is a listed first name ("Wolf-Rüdiger"). */
export function isFirstName(word: string): boolean {
  const c0 = word.charCodeAt(0);
  if ((c0 >= 97 && c0 <= 122) || c0 < 65) return false;
  const lower = word.toLowerCase();
  if (genderOf(lower) !== undefined) return true;
  return lower.includes("-") && lower.split("-").every((p) => genderOf(p) !== undefined);
}

/** Gender of a listed first name (by its first hyphen part), or null. */
export function firstNameGender(word: string): Gender | null {
  const first = word.toLowerCase().split("-")[0] ?? "";
  return genderOf(first) ?? null;
}

/** A name of the German list: safe enough to stand alone ("mit Claire"). */
export function isGermanListFirstName(word: string): boolean {
  return inSorted(GERMAN, word.toLowerCase());
}
