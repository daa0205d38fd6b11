#!/usr/bin/env node
// Writes the SmartData v3 test split (held out of the name model's training) as a GermEval-style
// TSV, so ../shared/eval/germeval.mjs can score the whole project on it. Labels mapped as in
// training (src/tagger/data/README.md): person → PER; location, -city, -street, -stop → LOC
// (not when written in lower case); location-route → O; organization, -company → ORG.
//
//   node scripts/smartdata-tsv.mjs [--smartdata DIR] --out FILE
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readSmartDataFile, smartDataType } from "./lib/name-corpora.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    smartdata: { type: "string", default: join(root, "..", "shared", "corpus", "training", "smartdata") },
    out: { type: "string" },
  },
});
if (!args.out) { console.error("usage: smartdata-tsv.mjs --out FILE"); process.exit(2); }
const lines = [];
let sentences = 0;
for (const d of readSmartDataFile(join(args.smartdata, "v3_20200302-test.json.gz"))) {
  const text = d.text?.string ?? "";
  for (const s of d.sentences?.array ?? []) {
    const tokens = s.tokens?.array ?? [];
    if (!tokens.length) continue;
    lines.push(`#\t${d.id}::${s.index}`);
    let open = null; // type of the name being written, or null
    let dropping = false; // inside a name left out (a place in lower case)
    tokens.forEach((t, i) => {
      const word = text.slice(t.span.start, t.span.end).replace(/\s+/g, "");
      const m = /^([BI])-(.+)$/.exec(t.ner?.string ?? "O");
      const type = m ? smartDataType(m[2]) : null;
      let tag = "O";
      if (m?.[1] === "I" && (dropping || (type !== null && open === type))) {
        if (!dropping) tag = `I-${type}`;
      } else if (type !== null && !(type === "LOC" && /^\p{Ll}/u.test(word))) {
        tag = `B-${type}`;
      }
      dropping = m !== null && tag === "O" && (dropping || type !== null);
      open = tag === "O" ? null : type;
      if (word) lines.push(`${i + 1}\t${word}\t${tag}\tO`);
    });
    lines.push("");
    sentences++;
  }
}
writeFileSync(args.out, lines.join("\n") + "\n");
console.log(`${args.out}: ${sentences} sentences`);
