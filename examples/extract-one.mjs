// Extract one release with the library and print what was found.
//   node examples/extract-one.mjs [file]   (default: the seed-004 sample)
import { readFileSync } from "node:fs";
import { extract } from "pressextract";

const file = process.argv[2] ?? new URL("../fixtures/seeds/seed-004.txt", import.meta.url);
const text = readFileSync(file, "utf8");

for (const release of extract(text, { source: String(file) })) {
  console.log(`# ${release.title ?? "(no title)"}`);
  console.log(`dateline: ${JSON.stringify(release.dateline)}  anchor: ${release.referenceDate}`);
  for (const d of release.dates) console.log(`date    ${d.text} → ${d.type} ${d.value ?? `${d.from ?? ""}/${d.to ?? ""}`}`);
  for (const p of release.places) console.log(`place   ${p.name} (${p.type})`);
  for (const o of release.organisations) console.log(`org     ${o.name}${o.abbreviation ? ` (${o.abbreviation})` : ""}`);
  for (const p of release.persons) console.log(`person  ${p.name} ${p.roles.map((r) => [r.role, r.organisation].filter(Boolean).join(", ")).join("; ")}`);
  for (const f of release.figures) console.log(`figure  ${f.text} → ${f.value}${f.max != null ? `–${f.max}` : ""} ${f.unit ?? ""}`);
  for (const r of release.records) console.log(`record  ${r.type}: ${r.type === "meeting" ? r.kind : r.name}`);
  for (const w of release.warnings) console.log(`warning ${w.code}: ${w.message}`);
}
