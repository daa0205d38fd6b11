/**
 * Builds the place gazetteer from the generated data (data/gazetteer.json, see
 * scripts/build-gazetteer.mjs) and the closed classes in src/lexicon/places-de.ts:
 * entries, and a map from every surface form (declined, prefixed, short) to the
 * entries it may name. Run at build time only (scripts/build-tables.mjs): the
 * result is encoded into the prebuilt tables (`encodePlaceTables`) that
 * src/lexicon/place-names.ts reads; the runtime never imports this module.
 */
import type { GazetteerEntry, SurfaceHit } from "../../lexicon/place-names.js";
import {
  COORDINATE_SCALE, FIRST_WORD_BITS_COUNT, NO_COORDINATE, PLACE_TYPE_CODES, POPULATION_MARK_BASE, firstTwoUnits, wordHash,
} from "../../lexicon/place-names.js";
import {
  AUSTRIAN_LAENDER, CITY_BOROUGHS, CITY_EXONYMS, COUNTRY_ALIASES, GERMAN_REGIONS, LAENDER, LAND_BY_AGS_PREFIX,
  GENERIC_PLACE_WORDS, MACRO_REGIONS, OTHER_COUNTRY_LIKE, SWISS_KANTONE,
} from "../../lexicon/places-de.js";
import { packStrings } from "../../lexicon/tables/sorted-keys.js";
import type { SectionArray } from "../../lexicon/tables/format.js";
import { declinedForms, districtForms, saintForms, stemOf } from "./variants.js";
import { surfaceKey, STANDALONE_FOREIGN_POPULATION, STANDALONE_TOWN_POPULATION } from "./gazetteer.js";

/** A bare stem ("Frankfurt") stands alone only for a very large town. */
const STANDALONE_STEM_POPULATION = 300_000;

type Row = (string | number | null)[];
/** The shape of data/gazetteer.json. */
export interface GazetteerFile {
  municipalities: Row[];
  districts: Row[];
  cityAliases: Row[];
  countries: [string, string[]][];
  foreignCities: Row[];
  firstNames: string[];
}

const landOf = (ags: string) => LAND_BY_AGS_PREFIX[ags.slice(0, 2)] ?? null;
const str = (v: unknown): string => (typeof v === "string" ? v : String(v ?? ""));
const num = (v: unknown): number => (typeof v === "number" ? v : 0);

/** The gazetteer as the generator builds it (objects), before it is encoded into tables. */
export interface BuiltGazetteer {
  entries: GazetteerEntry[];
  /** Surface key → the entries it may name, in insertion order. */
  surfaces: Map<string, SurfaceHit[]>;
  /** Lower-case German first names (data/gazetteer.json `firstNames`). */
  firstNames: string[];
}

export function buildGazetteer(file: GazetteerFile): BuiltGazetteer {
  const FIRST_NAMES: ReadonlySet<string> = new Set(file.firstNames);
  const isFirstName = (name: string) => FIRST_NAMES.has(name.toLowerCase());
  /** A bare stem ("Frankfurt") stands alone only for a very large town. */
  const stemStandalone = (e: GazetteerEntry, stem: string) =>
    e.population >= STANDALONE_STEM_POPULATION && !FIRST_NAMES.has(stem.toLowerCase());
  const entries: GazetteerEntry[] = [];
  const surfaces = new Map<string, SurfaceHit[]>();

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

  return { entries, surfaces, firstNames: [...file.firstNames] };
}


/**
 * The gazetteer as table sections (`places.*`, read by src/lexicon/place-names.ts):
 * strings in one pool, surface keys sorted with the range of their hits, hits
 * as entry index and flags, entries as columns. Throws when a value would not
 * come back exactly as built.
 */
export function encodePlaceTables(g: BuiltGazetteer): { sections: Record<string, SectionArray>; meta: Record<string, number> } {
  const stringIds = new Map<string, number>();
  const strings: string[] = [];
  const sid = (s: string | null | undefined): number => {
    if (s === null || s === undefined) return -1;
    let id = stringIds.get(s);
    if (id === undefined) {
      id = strings.length;
      strings.push(s);
      stringIds.set(s, id);
    }
    return id;
  };

  const n = g.entries.length;
  const entryIndex = new Map(g.entries.map((e, i) => [e, i]));
  const name = new Int32Array(n), state = new Int32Array(n), ags = new Int32Array(n), country = new Int32Array(n);
  const type = new Uint8Array(n), citySection = new Uint8Array(n);
  const lat = new Int32Array(n), lon = new Int32Array(n);
  const population = new Uint32Array(n);
  const coordinate = (v: number | null, what: string): number => {
    if (v === null) return NO_COORDINATE;
    const scaled = Math.round(v * COORDINATE_SCALE);
    if (scaled / COORDINATE_SCALE !== v || Math.abs(scaled) >= 0x7fffffff) throw new Error(`gazetteer: ${what} ${v} is not a whole number of 1/${COORDINATE_SCALE} degree`);
    return scaled;
  };
  g.entries.forEach((e, i) => {
    name[i] = sid(e.name);
    state[i] = sid(e.state);
    ags[i] = sid(e.ags);
    country[i] = sid(e.country);
    const code = PLACE_TYPE_CODES.indexOf(e.type);
    if (code < 0) throw new Error(`gazetteer: unknown place type ${e.type}`);
    type[i] = code;
    citySection[i] = e.citySection ? 1 : 0;
    lat[i] = coordinate(e.lat, `latitude of ${e.name}`);
    lon[i] = coordinate(e.lon, `longitude of ${e.name}`);
    const mark = Number.MAX_SAFE_INTEGER - e.population;
    if (Number.isInteger(e.population) && e.population >= 0 && e.population < POPULATION_MARK_BASE) population[i] = e.population;
    else if (mark >= 0 && mark < 0xff) population[i] = 0xffffffff - mark;
    else throw new Error(`gazetteer: population ${e.population} of ${e.name} cannot be stored`);
  });

  const keys = [...g.surfaces.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let maxKeyLength = 0;
  for (const k of keys) {
    // A space sorts before every other code unit of a key: the lookup of whole-word prefixes relies on it.
    if (/[\u0000-\u001f]|^ | $|  /.test(k)) throw new Error(`gazetteer: key ${JSON.stringify(k)} has control characters or stray spaces`);
    maxKeyLength = Math.max(maxKeyLength, k.length);
  }
  const packedKeys = packStrings(keys);
  const hitCount = keys.reduce((sum, k) => sum + g.surfaces.get(k)!.length, 0);
  const keyHits = new Uint32Array(keys.length + 1);
  const hitInfo = new Int32Array(hitCount), hitShort = new Int32Array(hitCount), hitOfficial = new Int32Array(hitCount);
  let h = 0;
  keys.forEach((k, i) => {
    keyHits[i] = h;
    for (const hit of g.surfaces.get(k)!) {
      hitInfo[h] = (entryIndex.get(hit.entry)! << 1) | (hit.standalone ? 1 : 0);
      hitShort[h] = sid(hit.shortName);
      hitOfficial[h] = sid(hit.officialName);
      h++;
    }
  });
  keyHits[keys.length] = h;

  const firstWordBits = new Uint32Array(FIRST_WORD_BITS_COUNT / 32);
  for (const k of keys) {
    const space = k.indexOf(" ");
    const bit = wordHash(k, 0, space < 0 ? k.length : space);
    firstWordBits[bit >>> 5] = (firstWordBits[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }

  const runs = firstUnitRuns(keys);
  const pool = packStrings(strings, false);
  const firstNames = packStrings([...new Set(g.firstNames)]);
  return {
    sections: {
      "places.keys.chars": packedKeys.chars, "places.keys.offsets": packedKeys.offsets,
      "places.keyHits": keyHits, "places.hitInfo": hitInfo, "places.hitShort": hitShort, "places.hitOfficial": hitOfficial,
      "places.strings.chars": pool.chars, "places.strings.offsets": pool.offsets,
      "places.entry.name": name, "places.entry.type": type, "places.entry.state": state, "places.entry.ags": ags,
      "places.entry.lat": lat, "places.entry.lon": lon, "places.entry.population": population,
      "places.entry.country": country, "places.entry.citySection": citySection,
      "places.firstWordBits": firstWordBits,
      "places.firstUnit.codes": runs.oneCodes, "places.firstUnit.runs": runs.oneRuns,
      "places.firstTwoUnits.codes": runs.twoCodes, "places.firstTwoUnits.runs": runs.twoRuns,
      "places.firstNames.chars": firstNames.chars, "places.firstNames.offsets": firstNames.offsets,
    },
    meta: { "places.maxKeyLength": maxKeyLength },
  };
}

/**
 * The runs of the sorted keys that share their first code unit, and their first two
 * (`firstTwoUnits`): each code once, ascending, with its run [lo, hi) of key indexes.
 * The lookup narrows from such a run instead of searching all keys (place-names.ts #findRun);
 * made here, it costs the runtime nothing to build (it was a Map built on the first lookup).
 */
function firstUnitRuns(sortedKeys: readonly string[]) {
  const oneCodes: number[] = [], oneRuns: number[] = [], twoCodes: number[] = [], twoRuns: number[] = [];
  // Keys sorted by code unit: the keys with the same first units are adjacent, so a run grows until the code changes.
  const extend = (codes: number[], runs: number[], code: number, i: number) => {
    if (codes[codes.length - 1] === code) runs[runs.length - 1] = i + 1;
    else { codes.push(code); runs.push(i, i + 1); }
  };
  sortedKeys.forEach((k, i) => {
    extend(oneCodes, oneRuns, k.charCodeAt(0), i);
    if (k.length > 1) extend(twoCodes, twoRuns, firstTwoUnits(k.charCodeAt(0), k.charCodeAt(1)), i);
  });
  return {
    oneCodes: Uint16Array.from(oneCodes), oneRuns: Uint32Array.from(oneRuns),
    twoCodes: Uint32Array.from(twoCodes), twoRuns: Uint32Array.from(twoRuns),
  };
}
