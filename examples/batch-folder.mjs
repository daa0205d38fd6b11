// Convert a folder of .txt/.md/.html releases to JSONL with the library.
//   node examples/batch-folder.mjs <folder> [out.jsonl]   (default: fixtures/seeds to stdout)
// For large archives prefer the CLI: pressextract extract --out out.jsonl <folder>
import { createWriteStream } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { extract, formatFromPath } from "pressextract";

const folder = process.argv[2] ?? new URL("../fixtures/seeds/", import.meta.url).pathname;
const out = process.argv[3] ? createWriteStream(process.argv[3]) : process.stdout;

let releases = 0;
for (const name of (await readdir(folder)).sort()) {
  if (!/\.(txt|md|html?)$/i.test(name)) continue;
  const path = join(folder, name);
  try {
    const text = await readFile(path, "utf8");
    for (const r of extract(text, { source: path, format: formatFromPath(path) })) {
      out.write(JSON.stringify(r) + "\n");
      releases++;
    }
  } catch (e) {
    // One bad file must not stop the batch.
    console.error(`${path}: ${e.message}`);
  }
}
if (out !== process.stdout) out.end();
console.error(`${releases} releases written`);
