#!/usr/bin/env node
// Builds src/extractors/persons/data/first-names.json from the first-name lists
// of the npm package gender-detection-from-name (MIT; German, English, Spanish,
// French, Italian and Turkish lists). German genders win over other languages;
// a name with different genders elsewhere is "unisex". `german` repeats the
// names of the German list: only those count when a first name stands alone
// (tried: adding names found in three of the six lists gave +5 true and +9
// false persons on GermEval dev).
//
// Left out (closed classes, not corpus answers): German function words,
// month and weekday names, honorifics, and tokens that are not plain names
// (digits, dots, spaces). These would otherwise turn "Mai" or "Will" at a
// sentence start into a first name.
//
//   node scripts/build-first-names.mjs          (writes the file)
//   node scripts/build-first-names.mjs --check  (exit 1 when the file is stale)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, "..", "src", "extractors", "persons", "data", "first-names.json");
const LANGS = ["de", "en", "es", "fr", "it", "tr"];

// German closed classes that must never count as a first name.
const EXCLUDED = new Set([
  // months and weekdays
  "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sonnabend",
  // articles, pronouns, prepositions, conjunctions, particles
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
  "er", "sie", "es", "wir", "ihr", "ich", "du", "man", "wer", "was", "wie", "wo", "so", "da", "dann", "doch",
  "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu", "zum", "zur", "um", "für", "vor", "über", "unter", "ab", "bis", "seit",
  "und", "oder", "aber", "denn", "als", "ob", "wenn", "weil", "dass", "nur", "auch", "noch", "schon", "nie", "ja", "nein", "will", "kann", "soll", "mag", "hat", "ist", "sind", "war",
  "alle", "viele", "neue", "neuen", "mehr", "gut", "tag", "see", "herr", "frau", "dank", "ende", "rat", "christ", "fair",
  "andere", "art", "mal", "firma", "kaiser", "general", "weil", "wenn",
  // English and Romance function words and place-name prefixes (names in film, song and place names)
  "the", "a", "an", "my", "your", "his", "her", "our", "their", "of", "and", "or", "to", "on", "at", "for", "with", "from", "by",
  "do", "does", "is", "are", "was", "be", "it", "you", "they", "he", "she", "me", "us", "no", "not", "all", "any", "one",
  "san", "santa", "santo", "são", "sao", "saint", "sainte", "st", "port", "porto", "puerto", "lido", "isola", "monte", "mont",
  "villa", "rio", "costa", "cap", "cape", "lake", "mount", "fort", "new", "north", "south", "east", "west", "great", "royal",
  "young", "happy", "old", "little", "big", "best", "dow", "sir", "lady", "lord", "don", "dona",
]);

// German common nouns that are also German given names: they count as given
// names before a surname ("Ernst Müller") but never alone ("einen Job", "der Roman").
const NOT_ALONE = new Set(["ernst", "wolf", "rose", "kai", "frank", "job", "rock", "roman", "flora", "linde", "falk", "fuchs", "stern", "engel", "heide", "sommer", "winter", "hahn", "graf", "adler", "urban", "vital", "mark", "roche", "line", "viola", "rosa", "harm"]);

export function buildFirstNames() {
  const genders = new Map();

  // German first so its gender wins.
  for (const lang of LANGS) {
    const map = require(`gender-detection-from-name/names/${lang}.js`);
    for (const [rawName, gender] of map) {
      const name = String(rawName).normalize("NFC").toLowerCase();
      if (!/^\p{L}[\p{L}'’-]*\p{L}$/u.test(name) || name.length < 2) continue;
      if (EXCLUDED.has(name)) continue;

      const g = gender === "male" ? "m" : gender === "female" ? "f" : "u";
      const seen = genders.get(name);
      if (seen === undefined) genders.set(name, lang === "de" ? `${g}!` : g);
      else if (!seen.endsWith("!") && seen !== g) genders.set(name, "u");
    }
  }
  const out = { source: "gender-detection-from-name (MIT), lists de en es fr it tr", male: [], female: [], unisex: [], german: [] };
  for (const [name, g] of [...genders].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const key = g.startsWith("m") ? "male" : g.startsWith("f") ? "female" : "unisex";
    out[key].push(name);
    if (g.endsWith("!") && !NOT_ALONE.has(name)) out.german.push(name);
  }
  return JSON.stringify(out) + "\n";
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const json = buildFirstNames();
  if (process.argv.includes("--check")) {
    const current = readFileSync(OUT, "utf8");
    if (current !== json) { console.error(`${OUT} is stale: run node scripts/build-first-names.mjs`); process.exit(1); }
    console.log("first-names.json is current");
  } else {
    writeFileSync(OUT, json);
    const o = JSON.parse(json);
    console.log(`wrote ${OUT}: ${o.male.length} male, ${o.female.length} female, ${o.unisex.length} unisex`);
  }
}
