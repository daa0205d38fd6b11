/**
 * The place lookup of the places extractor: the prebuilt gazetteer tables
 * (src/lexicon/place-names.ts; built from data/gazetteer.json and the closed
 * classes in src/lexicon/places-de.ts by ./gazetteer-build.ts at build time),
 * opened on first use, and how entries rank when a form names several.
 */
import { placeTable, wordHash, FIRST_WORD_BITS_COUNT, type GazetteerEntry, type PlaceTable, type SurfaceHit } from "../../lexicon/place-names.js";
import { WORD } from "./patterns.js";

export { wordHash, FIRST_WORD_BITS_COUNT, type GazetteerEntry, type SurfaceHit };

/** Towns at least this large are taken without a cue (unless their name is also a first name). */
export const STANDALONE_TOWN_POPULATION = 50_000;
/** Foreign towns at least this large are taken without a cue. */
export const STANDALONE_FOREIGN_POPULATION = 500_000;

/** Key of a surface form: its words joined by single spaces ("St. Wendel" → "St Wendel", "Halle (Saale)" → "Halle Saale"). */
export function surfaceKey(form: string): string {
  // Most forms are already their key (letters, single spaces, inner hyphens): no regex scan needed.
  if (PLAIN_FORM.test(form)) return form;
  return (form.match(WORD) ?? []).join(" ");
}
/** Letters (ASCII, Latin-1, Latin Extended-A/B) in words joined by one space or hyphen: WORD's matches joined by spaces. */
const PLAIN_FORM = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?:[ -][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*$/;

/** The gazetteer as the extractor reads it. */
export interface Gazetteer {
  /** Surface key → the places it may name. */
  surfaces: { get(key: string): SurfaceHit[] | undefined; has(key: string): boolean };
  /** Every key of some surface's first words ("Landkreis", "Landkreis Sankt"): a match can only grow through these. */
  prefixes: { has(key: string): boolean };
  /** Length of the longest surface key: no longer string can be a form. */
  maxKeyLength: number;
  /** The tables themselves. */
  table: PlaceTable;
}

let cached: { table: PlaceTable; gazetteer: Gazetteer } | undefined;

/** The lookup, opened on first use. */
export function gazetteer(): Gazetteer {
  const table = placeTable();
  if (cached?.table !== table) {
    cached = {
      table,
      gazetteer: {
        surfaces: { get: (key) => table.lookup(key), has: (key) => table.keyIndex(key) >= 0 },
        prefixes: { has: (key) => table.isWordPrefix(key) },
        maxKeyLength: table.maxKeyLength,
        table,
      },
    };
  }
  return cached.gazetteer;
}

/** False when no gazetteer form starts with text[start, end). */
export function mayStartForm(g: Gazetteer, text: string, start: number, end: number): boolean {
  return g.table.mayStartForm(text, start, end);
}

/** German first names (lower case) of the gazetteer's list: "Dirk Brügge" is a person, "Hagen" needs a cue. */
export const FIRST_NAMES: { has(lowerCaseName: string): boolean } = {
  has: (name) => placeTable().firstNames.has(name),
};

/** Rank of an entry when one form names several places: Länder and countries first, then size. */
/** The entry a form names when it stands alone (the highest ranked of its hits), or null for a form the gazetteer lacks. */
export function bestEntryOf(form: string): GazetteerEntry | null {
  const hits = gazetteer().surfaces.get(surfaceKey(form));
  if (!hits?.length) return null;
  let best = hits[0]!.entry;
  for (const h of hits) if (entryRank(h.entry) > entryRank(best)) best = h.entry;
  return best;
}

export function entryRank(e: GazetteerEntry): number {
  const typeRank = e.type === "state" ? 6 : e.type === "country" ? 5 : e.type === "district" ? 4
    : e.type === "region" ? 3.5 : e.citySection ? 1 : 3;
  const homeBonus = e.country === "DE" ? 10 : e.country === "AT" || e.country === "CH" ? 3 : 1;
  return typeRank * 1e12 + Math.min(e.population * homeBonus, 1e11);
}
