/**
 * The place lookup, built once at module load from the generated gazetteer
 * (data/gazetteer.json, see scripts/build-gazetteer.mjs) and the closed classes
 * in src/lexicon/places-de.ts: entries, and a map from every surface form
 * (declined, prefixed, short) to the entries it may name.
 */
import data from "./data/gazetteer.json" with { type: "json" };
import type { PlaceType } from "../../schema/release.js";
import {
  AUSTRIAN_LAENDER, CITY_BOROUGHS, CITY_EXONYMS, COUNTRY_ALIASES, GERMAN_REGIONS, LAENDER, LAND_BY_AGS_PREFIX,
  GENERIC_PLACE_WORDS, MACRO_REGIONS, OTHER_COUNTRY_LIKE, SWISS_KANTONE,
} from "../../lexicon/places-de.js";
import { declinedForms, districtForms, saintForms, stemOf } from "./variants.js";
import { WORD } from "./patterns.js";

export interface GazetteerEntry {
  name: string;
  type: PlaceType;
  state: string | null;
  ags: string | null;
  lat: number | null;
  lon: number | null;
  population: number;
  /** ISO alpha-2 of the country the place lies in ("DE" for German places). */
  country: string;
  /** A part of a town ("Altona", "Nippes"): named only with a cue. */
  citySection: boolean;
}

export interface SurfaceHit {
  entry: GazetteerEntry;
  /**
   * Whether this form names the place on its own. Forms that are short, are
   * also first names, belong to small towns or town parts, or are bare stems
   * ("Frankfurt" of "Frankfurt am Main") need a cue in the text.
   */
  standalone: boolean;
  /** Set when the form is the bare stem of the name ("Frankfurt" of "Frankfurt am Main"): the stem. */
  shortName?: string;
  /** Set when the form is an official name other than the entry's ("Mülheim an der Ruhr" for "Mülheim"). */
  officialName?: string;
}

/** A bare stem ("Frankfurt") stands alone only for a very large town. */
const STANDALONE_STEM_POPULATION = 300_000;
const stemStandalone = (e: GazetteerEntry, stem: string) =>
  e.population >= STANDALONE_STEM_POPULATION && !FIRST_NAMES.has(stem.toLowerCase());

/** Towns at least this large are taken without a cue (unless their name is also a first name). */
export const STANDALONE_TOWN_POPULATION = 50_000;
/** Foreign towns at least this large are taken without a cue. */
export const STANDALONE_FOREIGN_POPULATION = 500_000;

type Row = (string | number | null)[];
interface GazetteerFile {
  municipalities: Row[];
  districts: Row[];
  cityAliases: Row[];
  countries: [string, string[]][];
  foreignCities: Row[];
  firstNames: string[];
}
const file = data as unknown as GazetteerFile;

export const FIRST_NAMES: ReadonlySet<string> = new Set(file.firstNames);

const isFirstName = (name: string) => FIRST_NAMES.has(name.toLowerCase());
const landOf = (ags: string) => LAND_BY_AGS_PREFIX[ags.slice(0, 2)] ?? null;
const str = (v: unknown): string => (typeof v === "string" ? v : String(v ?? ""));
const num = (v: unknown): number => (typeof v === "number" ? v : 0);

/** Key of a surface form: its words joined by single spaces ("St. Wendel" → "St Wendel", "Halle (Saale)" → "Halle Saale"). */
export function surfaceKey(form: string): string {
  // Most forms are already their key (letters, single spaces, inner hyphens): no regex scan needed.
  if (PLAIN_FORM.test(form)) return form;
  return (form.match(WORD) ?? []).join(" ");
}
/** Letters (ASCII, Latin-1, Latin Extended-A/B) in words joined by one space or hyphen: WORD's matches joined by spaces. */
const PLAIN_FORM = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?:[ -][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*$/;

export interface Gazetteer {
  entries: GazetteerEntry[];
  surfaces: Map<string, SurfaceHit[]>;
  /** Longest surface (in words) that starts with a word. */
  maxWordsByFirst: Map<string, number>;
  /** Every key of some surface's first words ("Landkreis", "Landkreis Sankt"): a match can only grow through these. */
  prefixes: Set<string>;
  /**
   * Bit filter of the first words of all forms, by `wordHash`: a word whose bit
   * is clear starts no form, told without cutting or hashing its string
   * (most capitalised words of a text are nouns that name no place).
   */
  firstWordBits: Uint32Array;
}

const FIRST_WORD_BITS = 1 << 18;
/** Size of `wordHash`'s range, for other bit filters. */
export const FIRST_WORD_BITS_COUNT = FIRST_WORD_BITS;

/** Hash of text[start, end) from its length and first, second and last characters. */
export function wordHash(text: string, start: number, end: number): number {
  const len = end - start;
  let h = Math.imul(text.charCodeAt(start), 0x9e3779b1) ^ Math.imul(len, 0x27d4eb2f);
  h ^= Math.imul(len > 1 ? text.charCodeAt(start + 1) + 7 : 0, 0x85ebca6b);
  h ^= Math.imul(text.charCodeAt(end - 1) + 13, 0xc2b2ae35);
  h ^= h >>> 15;
  return h & (FIRST_WORD_BITS - 1);
}

/** False when no gazetteer form starts with text[start, end). */
export function mayStartForm(g: Gazetteer, text: string, start: number, end: number): boolean {
  const bit = wordHash(text, start, end);
  return (g.firstWordBits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

function buildGazetteer(): Gazetteer {
  const entries: GazetteerEntry[] = [];
  const surfaces = new Map<string, SurfaceHit[]>();
  const maxWordsByFirst = new Map<string, number>();
  const prefixes = new Set<string>();

  const addSurface = (form: string, entry: GazetteerEntry, standalone: boolean, shortName?: string, officialName?: string) => {
    const key = surfaceKey(form);
    if (!key) return;
    const hit: SurfaceHit = { entry, standalone };
    if (shortName) hit.shortName = shortName;
    if (officialName) hit.officialName = officialName;
    const hits = surfaces.get(key);
    if (hits) {
      const same = hits.find((h) => h.entry === entry);
      if (same) { same.standalone ||= standalone; return; }
      hits.push(hit);
      return; // the key's prefixes and length are known
    }
    surfaces.set(key, [hit]);
    let words = 1;
    for (let at = key.indexOf(" "); at >= 0; at = key.indexOf(" ", at + 1)) {
      prefixes.add(key.slice(0, at));
      words++;
    }
    prefixes.add(key);
    const space = key.indexOf(" ");
    const first = space < 0 ? key : key.slice(0, space);
    maxWordsByFirst.set(first, Math.max(maxWordsByFirst.get(first) ?? 0, words));
  };
  const add = (e: GazetteerEntry) => { entries.push(e); return e; };

  // Länder with short forms; "Land NRW" etc. come from cues, the name itself stands alone.
  for (const land of LAENDER) {
    const e = add({ name: land.name, type: "state", state: land.name, ags: land.ags, lat: null, lon: null,
      population: Number.MAX_SAFE_INTEGER, country: "DE", citySection: false });
    for (const f of declinedForms(land.name)) addSurface(f, e, true);
    // Two-letter short forms ("BW", "MV") are also other abbreviations: they need a cue.
    for (const a of land.aliases) addSurface(a, e, a.length > 2);
  }

  // Countries: the shortest German name is canonical ("USA", "Russland", "Tschechien").
  for (const [iso, names] of file.countries) {
    const all = [...new Set([...names, ...(COUNTRY_ALIASES[iso] ?? [])])];
    const canonical = [...names].sort((a, b) => a.length - b.length || a.localeCompare(b))[0] ?? iso;
    const e = add({ name: canonical, type: "country", state: null, ags: null, lat: null, lon: null,
      population: Number.MAX_SAFE_INTEGER - 1, country: iso, citySection: false });
    for (const n of all) for (const f of declinedForms(n)) addSurface(f, e, n.length > 2);
  }
  for (const n of OTHER_COUNTRY_LIKE) {
    const e = add({ name: n, type: "country", state: null, ags: null, lat: null, lon: null,
      population: Number.MAX_SAFE_INTEGER - 1, country: "", citySection: false });
    for (const f of declinedForms(n)) addSurface(f, e, true);
  }

  // Regions and continents.
  for (const r of [...GERMAN_REGIONS, ...MACRO_REGIONS.map((name) => ({ name, aliases: [] as string[] }))]) {
    const e = add({ name: r.name, type: "region", state: null, ags: null, lat: null, lon: null,
      population: Number.MAX_SAFE_INTEGER - 3, country: "", citySection: false });
    for (const f of declinedForms(r.name)) addSurface(f, e, !isFirstName(r.name));
    for (const a of r.aliases ?? []) addSurface(a, e, true);
  }

  // Districts (Kreise, Landkreise, Regionalverband).
  for (const [canonical, , ags, population, core, namedLikeTown] of file.districts) {
    const code = str(ags);
    const e = add({ name: str(canonical), type: "district", state: landOf(code), ags: code, lat: null, lon: null,
      population: num(population), country: "DE", citySection: false });
    const bare = new Set(declinedForms(str(core)));
    // "im Harz", "im Emsland": a bare name that is also a region is the region; the Kreis has "Landkreis …".
    const regionNamed = surfaces.get(surfaceKey(str(core)))?.some((h) => h.entry.type === "region") ?? false;
    for (const f of districtForms(e.name, str(core), namedLikeTown === 1)) {
      if (bare.has(f) && regionNamed) continue;
      addSurface(f, e, !(bare.has(f) && isFirstName(str(core))));
    }
  }

  // Bezirke of Berlin and Hamburg.
  for (const b of CITY_BOROUGHS) {
    const e = add({ name: b.name, type: "district", state: b.state, ags: null, lat: null, lon: null,
      population: 0, country: "DE", citySection: true });
    // "Mitte" alone is a common word: only "Bezirk Mitte", "Berlin-Mitte".
    if (!GENERIC_PLACE_WORDS.has(b.name)) for (const f of declinedForms(b.name)) addSurface(f, e, b.name.includes("-"));
    addSurface(`Bezirk ${b.name}`, e, true);
    addSurface(`Bezirks ${b.name}`, e, true);
    addSurface(`${b.state}-${b.name}`, e, true);
  }

  // German municipalities and town parts (GeoNames).
  const municipalityByAgs = new Map<string, GazetteerEntry>();
  for (const [name, ags, lat, lon, population, section] of file.municipalities) {
    const code = str(ags);
    const canonical = CITY_EXONYMS[str(name)] ?? str(name);
    const e = add({ name: canonical, type: section ? "other" : "municipality", state: landOf(code),
      ags: section ? null : code, lat: num(lat), lon: num(lon), population: num(population), country: "DE",
      citySection: section === 1 });
    if (!section && !municipalityByAgs.has(code)) municipalityByAgs.set(code, e);
    const distinctive = canonical.includes(" ") || canonical.includes("-");
    const standalone = !section && !isFirstName(canonical) &&
      (e.population >= STANDALONE_TOWN_POPULATION || distinctive);
    for (const n of saintForms(canonical)) for (const f of declinedForms(n)) addSurface(f, e, standalone);
    if (canonical !== str(name)) addSurface(str(name), e, standalone);
    const stem = stemOf(canonical);
    if (stem) for (const f of declinedForms(stem)) addSurface(f, e, stemStandalone(e, stem), stem);
  }
  // Official names of kreisfreie Städte ("Freiburg im Breisgau", "Halle (Saale)").
  for (const [alias, ags] of file.cityAliases) {
    const code = str(ags);
    const e = municipalityByAgs.get(`${code}000`) ??
      entries.find((x) => x.type === "municipality" && x.ags?.startsWith(code) && x.name === str(alias));
    if (!e) continue;
    const aliasStandalone = !isFirstName(str(alias)) && (e.population >= STANDALONE_TOWN_POPULATION || /[ -]/.test(str(alias)));
    const official = str(alias) !== e.name ? str(alias) : undefined;
    for (const f of declinedForms(str(alias))) addSurface(f, e, aliasStandalone, undefined, official);
    const stem = stemOf(str(alias));
    if (stem && stem !== e.name) for (const f of declinedForms(stem)) addSurface(f, e, stemStandalone(e, stem), stem);
  }

  // Austrian Länder and Swiss Kantone.
  for (const l of AUSTRIAN_LAENDER) {
    const e = add({ name: l.name, type: "state", state: l.name, ags: null, lat: null, lon: null,
      population: Number.MAX_SAFE_INTEGER - 2, country: "AT", citySection: false });
    for (const f of declinedForms(l.name)) addSurface(f, e, true);
    addSurface(`Bundesland ${l.name}`, e, true);
  }
  for (const k of SWISS_KANTONE) {
    const e = add({ name: `Kanton ${k.name}`, type: "state", state: `Kanton ${k.name}`, ags: null, lat: null, lon: null,
      population: 0, country: "CH", citySection: false });
    for (const f of declinedForms(k.name)) {
      addSurface(`Kanton ${f}`, e, true);
      addSurface(`Kantons ${f}`, e, true);
    }
  }
  const austrianLand = new Map(AUSTRIAN_LAENDER.map((l) => [l.admin1, l.name]));
  const swissKanton = new Map(SWISS_KANTONE.map((k) => [k.admin1, `Kanton ${k.name}`]));
  const countryName = new Map(entries.filter((e) => e.type === "country").map((e) => [e.country, e.name]));

  // Foreign towns (GeoNames), with German names for the large ones.
  for (const [name, iso, admin1, lat, lon, population, section] of file.foreignCities) {
    const raw = str(name);
    if (/\d/.test(raw)) continue;
    const canonical = CITY_EXONYMS[raw] ?? raw;
    const c = str(iso);
    const state = c === "AT" ? austrianLand.get(str(admin1)) ?? null
      : c === "CH" ? swissKanton.get(str(admin1)) ?? null
      : countryName.get(c) ?? null;
    const e = add({ name: canonical, type: section ? "other" : "municipality", state, ags: null, lat: num(lat),
      lon: num(lon), population: num(population), country: c, citySection: section === 1 });
    const standalone = !section && !isFirstName(canonical) &&
      (e.population >= STANDALONE_FOREIGN_POPULATION || (c in { AT: 1, CH: 1 } && e.population >= 100_000));
    for (const f of declinedForms(canonical)) addSurface(f, e, standalone);
    if (canonical !== raw) addSurface(raw, e, false);
    const stem = stemOf(canonical);
    if (stem) addSurface(stem, e, false, stem);
  }

  const firstWordBits = new Uint32Array(FIRST_WORD_BITS / 32);
  for (const first of maxWordsByFirst.keys()) {
    const bit = wordHash(first, 0, first.length);
    firstWordBits[bit >>> 5] = (firstWordBits[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  return { entries, surfaces, maxWordsByFirst, prefixes, firstWordBits };
}

let cached: Gazetteer | null = null;

/** The lookup, built on first use. */
export function gazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}

/** Rank of an entry when one form names several places: Länder and countries first, then size. */
export function entryRank(e: GazetteerEntry): number {
  const typeRank = e.type === "state" ? 6 : e.type === "country" ? 5 : e.type === "district" ? 4
    : e.type === "region" ? 3.5 : e.citySection ? 1 : 3;
  const homeBonus = e.country === "DE" ? 10 : e.country === "AT" || e.country === "CH" ? 3 : 1;
  return typeRank * 1e12 + Math.min(e.population * homeBonus, 1e11);
}
