#!/usr/bin/env node
// Builds the prebuilt lookup tables src/lexicon/data/tables.bin from
//   src/extractors/places/data/gazetteer.json    (scripts/build-gazetteer.mjs) + src/lexicon/places-de.ts
//   src/extractors/persons/data/first-names.json (scripts/build-first-names.mjs)
// by the builders in the compiled library (dist/: run `npm run build` first):
// the place surfaces with their declined forms (src/extractors/places/gazetteer-build.ts)
// and the first names with their genders (src/lexicon/first-names-build.ts), in the
// container of src/lexicon/tables/format.ts. The runtime reads the file as is: no JSON
// is parsed and no map is built when a process or worker starts.
//
//   npm run tables                          (build, then write the file and copy it to dist/)
//   node scripts/build-tables.mjs           (writes the file; dist/ must be current)
//   node scripts/build-tables.mjs --check   (exit 1 when the committed file is not current)
//
// src/lexicon/tables.test.ts reruns the builders on the TypeScript sources and fails when
// the committed file differs.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const TABLES_PATH = join(root, "src", "lexicon", "data", "tables.bin");
const GAZETTEER_JSON = join(root, "src", "extractors", "places", "data", "gazetteer.json");
const FIRST_NAMES_JSON = join(root, "src", "extractors", "persons", "data", "first-names.json");

/**
 * The table file's bytes. `modules` are the builder modules (the compiled ones from
 * dist/, or the TypeScript sources under vitest): { gazetteerBuild, firstNamesBuild, format }.
 */
export function buildTables({ gazetteerBuild, firstNamesBuild, format }) {
  const gazetteer = gazetteerBuild.buildGazetteer(JSON.parse(readFileSync(GAZETTEER_JSON, "utf8")));
  const places = gazetteerBuild.encodePlaceTables(gazetteer);
  const firstNames = firstNamesBuild.encodeFirstNameTables(JSON.parse(readFileSync(FIRST_NAMES_JSON, "utf8")));
  return format.encodeTableFile({ ...places.sections, ...firstNames.sections }, { ...places.meta, ...firstNames.meta });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = (p) => import(pathToFileURL(join(root, "dist", "src", p)).href);
  const bytes = buildTables({
    gazetteerBuild: await dist("extractors/places/gazetteer-build.js"),
    firstNamesBuild: await dist("lexicon/first-names-build.js"),
    format: await dist("lexicon/tables/format.js"),
  });
  if (process.argv.includes("--check")) {
    let current = null;
    try { current = readFileSync(TABLES_PATH); } catch {}
    if (!current || Buffer.compare(current, Buffer.from(bytes)) !== 0) {
      console.error(`${TABLES_PATH} is not current: run npm run tables`);
      process.exit(1);
    }
    console.log("tables.bin is current");
  } else {
    writeFileSync(TABLES_PATH, bytes);
    console.log(`wrote ${TABLES_PATH}: ${bytes.length} bytes`);
  }
}
