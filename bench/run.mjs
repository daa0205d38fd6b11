// Throughput of the whole pipeline, single-threaded, on the corpus texts in
// ../shared/corpus (seeds + dev) repeated to at least 10 MB. Prints medians.
//   npm run bench            (after npm install)
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../dist/src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpora = ["seeds", "dev"].map((c) => join(root, "..", "shared", "corpus", c)).filter(existsSync);
const texts = corpora.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(dir, f), "utf8")));
if (texts.length === 0) {
  console.error("bench: no corpus texts found in ../shared/corpus");
  process.exit(2);
}
const TARGET = Number(process.env.BENCH_MB ?? 10) * 1024 * 1024;
const batch = [];
let bytes = 0;
while (bytes < TARGET) for (const t of texts) { batch.push(t); bytes += Buffer.byteLength(t); }

const runs = Number(process.env.BENCH_RUNS ?? 3);
const results = [];
extract(texts[0]); // warm-up: module-level tables
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  let releases = 0;
  for (const t of batch) releases += extract(t).length;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  results.push({ mbps: bytes / 1024 / 1024 / s, rps: releases / s });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`corpus: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${batch.length} texts, ${runs} runs`);
console.log(`whole pipeline, 1 thread: ${median(results.map((r) => r.mbps)).toFixed(2)} MB/s, ${median(results.map((r) => r.rps)).toFixed(0)} releases/s (median)`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
