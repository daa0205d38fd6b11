// Convert a folder of .txt/.md/.html releases to JSONL with extractStream:
// inputs are read lazily, extracted on two worker threads, and written in
// folder order; a file that cannot be processed is reported and skipped.
//   node examples/batch-folder.mjs <folder> [out.jsonl]   (default: fixtures/seeds to stdout)
// The CLI does the same with more care (sizes, encodings, symlinks):
//   pressextract extract --out out.jsonl <folder>
import { createWriteStream } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { extractStream, formatFromPath, isExtractFailure } from "pressextract";

const folder = process.argv[2] ?? new URL("../fixtures/seeds/", import.meta.url).pathname;
const out = process.argv[3] ? createWriteStream(process.argv[3]) : process.stdout;

async function* texts() {
  for (const name of (await readdir(folder)).sort()) {
    if (!/\.(txt|md|html?)$/i.test(name)) continue;
    const path = join(folder, name);
    yield { id: path, text: await readFile(path, "utf8"), format: formatFromPath(path) };
  }
}

let releases = 0;
for await (const item of extractStream(texts(), { jobs: 2, timeoutPerInput: 60_000 })) {
  if (isExtractFailure(item)) {
    console.error(`${item.source}: ${item.error.message}`);
    continue;
  }
  out.write(JSON.stringify(item) + "\n");
  releases++;
}
if (out !== process.stdout) out.end();
console.error(`${releases} releases written`);
