/**
 * Encodes the first-name lists (src/extractors/persons/data/first-names.json)
 * as table sections (`firstNames.*`, read by ./first-names.ts). Build time
 * only (scripts/build-tables.mjs).
 */
import { FirstNameFlag } from "./first-names.js";
import { packStrings } from "./tables/sorted-keys.js";
import type { SectionArray } from "./tables/format.js";

/** The shape of first-names.json: sorted lower-case lists. */
export interface FirstNameLists {
  male: string[];
  female: string[];
  unisex: string[];
  german: string[];
}

export function encodeFirstNameTables(lists: FirstNameLists): { sections: Record<string, SectionArray>; meta: Record<string, number> } {
  const flags = new Map<string, number>();
  const mark = (names: readonly string[], flag: number) => {
    for (const n of names) flags.set(n, (flags.get(n) ?? 0) | flag);
  };
  mark(lists.male, FirstNameFlag.Male);
  mark(lists.female, FirstNameFlag.Female);
  mark(lists.unisex, FirstNameFlag.Unisex);
  mark(lists.german, FirstNameFlag.German);
  const names = [...flags.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const packed = packStrings(names);
  return {
    sections: {
      "firstNames.chars": packed.chars,
      "firstNames.offsets": packed.offsets,
      "firstNames.flags": Uint8Array.from(names, (n) => flags.get(n)!),
    },
    meta: { "firstNames.count": names.length },
  };
}
