// Worst-case growth of the records stage (issue 11): generated inputs at 10 kB, 160 kB and
// 1.28 MB, the earlier stages run once to prepare each input, then the records stage alone is
// timed (best of a few runs). Linear time means the ratio per doubling stays near 1.0
// (≤ 1.3 is the bound); a quadratic stage shows 2.0.
//
//   node bench/records-linear.mjs                 (after npm run build)
//   node bench/records-linear.mjs --sizes 10,160  (kB)
import { parseArgs } from "node:util";
import { extractorInput, prepareDocs, STANDARD_STAGES } from "../dist/src/index.js";
import { assembleRecords } from "../dist/src/records/index.js";

const { values: args } = parseArgs({ options: { sizes: { type: "string", default: "10,160,1280" }, only: { type: "string" } } });
const sizes = args.sizes.split(",").map((s) => Number(s) * 1024);

// Each generator repeats one unit; the units are invented and cover every record rule's trigger.
const GENERATORS = {
  "meeting sentence": "Landrätin Dr. Erika Sommer und Bürgermeister Paul Winter (Stadt Talheim) trafen sich am 4. Juli 2024 im Rathaus Talheim zum Fachgespräch „Arbeit im Quartier“ des Jobcenters Talheim, auf Einladung der Stiftung Morgenrot. ",
  "Sitzung ": "Sitzung ",
  "project sentence": "Das Modellprojekt „Brücken bauen“ wird vom Ministerium für Arbeit und Soziales gefördert und läuft vom 1. März 2024 bis 28. Februar 2026. ",
  "event verbs": "Der Verein Lichtblick e.V. überreichte am Freitag den Preis, Staatssekretär Jan Berger unterzeichnete den Vertrag und eröffnete die Ausstellung. ",
  "event nouns": "Fachtag, Messe, Workshop, Spatenstich, Empfang, Festakt, Podiumsdiskussion, Dienstag, Geburtstag. ",
  "programme names": "Mit der Initiative „Zukunft 2030“ (ZK30), dem Programm upperGrowth und dem Aktionsplan Talheim 2030 fördert das Land Projekte. ",
  "list of people": "Es kamen:\n- Anna Berg (Sozialverband Talheim)\n- Dr. Olaf Kern, Leiter des Amts für Soziales\n",
  "verb frames": "Die Stadt lädt am 4. Mai 2024 zur Lesung ein. Am 5. Mai 2024 findet die Kinderolympiade statt. Der Beschluss ist am 6. Mai 2024 im Sozialausschuss gefallen. ",
  "quotes, brackets": "Den Preis erhielten die „Initiative Lesestunde“ (Talheim), „Musik für alle“ (Bergstadt) und „Umwege“ sowie das Projekt (DataLab@Nord) und (Digitales Archiv 2). ",
  // no sentence end at all: one sentence holding every mention, weekday, range and relative clause
  "one endless sentence": "zum Empfang am Sonntagmittag vom 12. bis 14. September 2025 mit dem Verein Lichtblick, der sein Jubiläum feierte, und der Sitzung des Ausschusses, ",
};

const prepStages = STANDARD_STAGES.filter((s) => s.name !== "records");

function prepare(text) {
  return prepareDocs(text).map((doc) => {
    for (const s of prepStages) doc = s.run(doc);
    return doc;
  });
}

function timeRecords(docs) {
  // Best of several runs, and at least 0.5 s of runs, so small inputs are not timed on a cold JIT or a busy core.
  let best = Infinity;
  let records = 0;
  let spent = 0;
  for (let r = 0; r < 3 || (spent < 500 && r < 200); r++) {
    const t0 = process.hrtime.bigint();
    records = 0;
    // assembleRecords directly: the stage skips text the language check does not read as German ("Sitzung Sitzung …").
    for (const d of docs) records += assembleRecords(extractorInput(d)).length;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, ms);
    spent += ms;
    if (best > 5000) break;
  }
  return { ms: best, records };
}

// Warm-up: JIT and module tables.
timeRecords(prepare(GENERATORS["meeting sentence"].repeat(20)));

const rows = [];
for (const [name, unit] of Object.entries(GENERATORS)) {
  if (args.only && !name.includes(args.only)) continue;
  let prev = null;
  for (const size of sizes) {
    const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const p0 = process.hrtime.bigint();
    const docs = prepare(text);
    const prepMs = Number(process.hrtime.bigint() - p0) / 1e6;
    const { ms, records } = timeRecords(docs);
    // Growth per doubling: (t2/t1)^(1/log2(n2/n1)) divided by the size ratio per doubling (2).
    const perDoubling = prev ? (ms / prev.ms) ** (1 / Math.log2(size / prev.size)) / 2 : null;
    rows.push({ name, kB: size / 1024, prepMs: Math.round(prepMs), recordsMs: ms.toFixed(1), records, perDoubling: perDoubling?.toFixed(2) ?? "" });
    console.log(`${name.padEnd(18)} ${String(size / 1024).padStart(6)} kB  prep ${String(Math.round(prepMs)).padStart(7)} ms  records ${ms.toFixed(1).padStart(9)} ms  (${records} records)  ${perDoubling ? `growth per doubling ${perDoubling.toFixed(2)}x of linear` : ""}`);
    prev = { ms, size };
  }
}
