// Time per stage in CPU time (process.cpuUsage: this thread plus GC and
// compiler threads), so that a comparison holds on a machine other work shares.
// For speed work on one stage: run before and after a change, back to back.
//
//   node bench/stages.mjs [--mb 5] [--runs 5] [--stage records] [--json] [--grouped]
//
// --grouped: 32 texts at a time, their releases through each stage together
// (extractBatch, the library's and the CLI's path); default: one release at a time.
//
// Corpus: the texts of ../shared/corpus/{seeds,dev} repeated to --mb MB, as in bench/run.mjs.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createPipeline, prepareDocs, STANDARD_STAGES, toPressRelease } from "../dist/src/index.js";

const { values: args } = parseArgs({
  options: { mb: { type: "string", default: "5" }, runs: { type: "string", default: "5" }, stage: { type: "string" }, json: { type: "boolean", default: false }, grouped: { type: "boolean", default: false } },
});
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const texts = ["seeds", "dev"].map((c) => join(root, "..", "shared", "corpus", c)).filter(existsSync)
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8")));
if (texts.length === 0) {
  console.error("bench/stages: no corpus texts in ../shared/corpus");
  process.exit(2);
}
const batch = [];
let bytes = 0;
while (bytes < Number(args.mb) * 1024 * 1024) for (const t of texts) (batch.push(t), (bytes += Buffer.byteLength(t)));
const MB = bytes / 1024 / 1024;

const pipeline = createPipeline(STANDARD_STAGES);
const stageByName = new Map(STANDARD_STAGES.map((s) => [s.name, s]));
for (const t of texts) prepareDocs(t).forEach((d) => toPressRelease(pipeline.run(d))); // warm-up
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const runs = [];
for (let r = 0; r < Number(args.runs); r++) {
  const per = Object.fromEntries(pipeline.order.map((n) => [n, 0]));
  const t0 = cpuMs();
  const group = args.grouped ? 32 : 1;
  for (let g = 0; g < batch.length; g += group) {
    let docs = batch.slice(g, g + group).flatMap((t) => prepareDocs(t));
    for (const name of pipeline.order) {
      const stage = stageByName.get(name);
      const s0 = cpuMs();
      docs = docs.map((d) => stage.run(d));
      per[name] += cpuMs() - s0;
    }
    for (const d of docs) toPressRelease(d);
  }
  runs.push({ total: cpuMs() - t0, per });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const total = median(runs.map((r) => r.total));
const rows = pipeline.order.filter((n) => !args.stage || n === args.stage).map((n) => ({ stage: n, ms: median(runs.map((r) => r.per[n])) }));
if (args.json) console.log(JSON.stringify({ mb: MB, totalMs: total, mbPerCpuSecond: MB / (total / 1000), stages: rows }));
else {
  console.log(`${MB.toFixed(1)} MB, ${args.runs} runs, medians of CPU time; whole pipeline ${total.toFixed(0)} ms = ${(MB / (total / 1000)).toFixed(2)} MB per CPU second`);
  for (const r of rows) console.log(`${r.stage.padEnd(14)} ${r.ms.toFixed(0).padStart(7)} ms  ${(100 * r.ms / total).toFixed(1).padStart(5)} %`);
}
