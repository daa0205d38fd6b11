/**
 * First names with their gender, from the prebuilt tables (section
 * `firstNames`, generated from src/extractors/persons/data/first-names.json by
 * scripts/build-tables.mjs): one sorted list of the lower-case names with a
 * byte of flags each, looked up by binary search.
 */
import { SortedKeys } from "./tables/sorted-keys.js";
import { tableFile, tablesGeneration } from "./tables/load.js";

export type Gender = "m" | "f";

/** Flag bits of a name (table section `firstNames.flags`). */
export const FirstNameFlag = { Male: 1, Female: 2, Unisex: 4, German: 8 } as const;

interface FirstNameTable { generation: number; keys: SortedKeys; flags: Uint8Array }
let table: FirstNameTable | undefined;

function firstNameTable(): FirstNameTable {
  const generation = tablesGeneration();
  if (table?.generation !== generation) {
    const file = tableFile();
    table = { generation, keys: new SortedKeys(file.u16("firstNames.chars"), file.u32("firstNames.offsets")), flags: file.u8("firstNames.flags") };
  }
  return table;
}

/** Flags of the lower-case name lower[a, b), 0 when unlisted. */
function flagsOf(lower: string, a = 0, b = lower.length): number {
  const t = firstNameTable();
  const i = t.keys.indexOf(lower, a, b);
  return i < 0 ? 0 : t.flags[i]!;
}

/** Gender of flags: unisex wins over female over male (the generator's precedence); undefined when unlisted. */
function genderOfFlags(f: number): Gender | null | undefined {
  if (f & FirstNameFlag.Unisex) return null;
  if (f & FirstNameFlag.Female) return "f";
  if (f & FirstNameFlag.Male) return "m";
  return undefined;
}

/** True when every hyphen part of the word is a listed first name ("Karl-Heinz"). */
export function isFirstName(word: string): boolean {
  const c0 = word.charCodeAt(0);
  if ((c0 >= 97 && c0 <= 122) || c0 < 65) return false;
  const lower = word.toLowerCase();
  if (genderOfFlags(flagsOf(lower)) !== undefined) return true;
  let from = 0;
  let hyphen = lower.indexOf("-");
  if (hyphen < 0) return false;
  for (;;) {
    const end = hyphen < 0 ? lower.length : hyphen;
    if (genderOfFlags(flagsOf(lower, from, end)) === undefined) return false;
    if (hyphen < 0) return true;
    from = hyphen + 1;
    hyphen = lower.indexOf("-", from);
  }
}

/** Gender of a listed first name (by its first hyphen part), or null. */
export function firstNameGender(word: string): Gender | null {
  const lower = word.toLowerCase();
  const hyphen = lower.indexOf("-");
  return genderOfFlags(flagsOf(lower, 0, hyphen < 0 ? lower.length : hyphen)) ?? null;
}

/** A name of the German list: safe enough to stand alone ("mit Claire"). */
export function isGermanListFirstName(word: string): boolean {
  return (flagsOf(word.toLowerCase()) & FirstNameFlag.German) !== 0;
}
