// The benchmark: throughput, time per stage and memory of the whole pipeline
// on the corpus texts of ../shared/corpus (seeds + dev) repeated to at least
// 10 MB, side by side with chrono-node de.strict alone and compromise's
// tokenizer alone on the same text; and peak RSS of the CLI on a long JSONL
// stream. Medians over several runs. Writes bench/RESULTS.md. Then the
// worst-case section (bench/worst-case.mjs): adversarial input shapes at two
// sizes with their growth per doubling, written to bench/WORST-CASE.md.
//
//   npm run bench                         (after npm install)
//   npm run bench -- --runs 5 --mb 10 --stream-mb 1024
//   npm run bench -- --worst-only         (only the worst-case section)
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as chrono from "chrono-node";
import nlp from "compromise/one";
import { runWorstCase } from "./worst-case.mjs";
import { halves, head, runCli, sizeSweep, startup } from "./startup-and-scaling.mjs";
import { PerformanceObserver } from "node:perf_hooks";
import { createPipeline, extract, prepareDocs, STANDARD_STAGES, toPressRelease } from "../dist/src/index.js";
import { AUTO_JOBS_GROW_AFTER_CHARS } from "../dist/src/cli/main.js";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" }, mb: { type: "string", default: "10" }, "stream-mb": { type: "string", default: "50" }, out: { type: "string" },
    "worst-only": { type: "boolean", default: false },
  },
});
const worstCase = () => {
  console.log("\nWorst-case inputs (bench/WORST-CASE.md):");
  writeFileSync(join(dirname(fileURLToPath(import.meta.url)), "WORST-CASE.md"), runWorstCase());
};
if (args["worst-only"]) {
  worstCase();
  process.exit(0);
}
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpora = ["seeds", "dev"].map((c) => join(root, "..", "shared", "corpus", c)).filter(existsSync);
const texts = corpora.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8")));
if (texts.length === 0) {
  console.error("bench: no corpus texts in ../shared/corpus");
  process.exit(2);
}
const runs = Number(args.runs);
const target = Number(args.mb) * 1024 * 1024;
const batch = [];
let bytes = 0;
while (bytes < target) for (const t of texts) (batch.push(t), (bytes += Buffer.byteLength(t)));
const MB = bytes / 1024 / 1024;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (t0) => Number(process.hrtime.bigint() - t0) / 1e9;
const log = (s) => console.log(s);

// Whole pipeline, one thread, with time per stage.
const pipeline = createPipeline(STANDARD_STAGES);
const stageByName = new Map(STANDARD_STAGES.map((s) => [s.name, s]));
prepareDocs(texts[0]).forEach((d) => pipeline.run(d)); // warm-up: module tables, JIT
const whole = [];
const stageTimes = new Map(pipeline.order.map((n) => [n, []]));
// Main-thread GC pauses during the runs (PerformanceObserver "gc" entries).
let gcMs = 0;
const gcObserver = new PerformanceObserver((list) => { for (const e of list.getEntries()) gcMs += e.duration; });
gcObserver.observe({ entryTypes: ["gc"] });
const runsT0 = performance.now();
// The library's batch path (extractBatch: 32 texts at a time, their releases through each stage together).
const GROUP = 32;
for (let r = 0; r < runs; r++) {
  const per = new Map(pipeline.order.map((n) => [n, 0n]));
  let releases = 0;
  const t0 = process.hrtime.bigint();
  for (let g = 0; g < batch.length; g += GROUP) {
    let docs = batch.slice(g, g + GROUP).flatMap((t) => prepareDocs(t));
    for (const name of pipeline.order) {
      const stage = stageByName.get(name);
      const s0 = process.hrtime.bigint();
      docs = docs.map((d) => stage.run(d));
      per.set(name, per.get(name) + process.hrtime.bigint() - s0);
    }
    for (const d of docs) toPressRelease(d);
    releases += docs.length;
  }
  const s = seconds(t0);
  whole.push({ mbps: MB / s, rps: releases / s });
  for (const [n, ns] of per) stageTimes.get(n).push(Number(ns) / 1e9);
}
const runsMs = performance.now() - runsT0;
await new Promise((r) => setTimeout(r, 0)); // let the observer deliver its last entries
gcObserver.disconnect();
const gcShare = gcMs / runsMs;
const singleMbps = median(whole.map((w) => w.mbps));
// One text at a time through `extract` (every release through all stages before the next).
const oneByOne = [];
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  for (const t of batch) extract(t);
  oneByOne.push(MB / seconds(t0));
}
const oneByOneMbps = median(oneByOne);
const singleRps = median(whole.map((w) => w.rps));

// The libraries alone on the same text.
const libRuns = (fn) => {
  const out = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    for (const t of batch) fn(t);
    out.push(MB / seconds(t0));
  }
  return median(out);
};
const chronoMbps = libRuns((t) => chrono.de.strict.parse(t, new Date(2024, 0, 1)));
const compromiseMbps = libRuns((t) => nlp.tokenize(t));

// The CLI: --jobs 1 and --jobs 2 on a long JSONL stream of the same texts, with peak RSS.
const dir = mkdtempSync(join(tmpdir(), "pressextract-bench-"));
const bin = join(root, JSON.parse(readFileSync(join(root, "package.json"), "utf8")).bin.pressextract);

/** Runs the CLI under /usr/bin/time-like accounting: wall time and peak RSS (from the child's resource usage). */
function cli(jobs, input) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, "extract", "--jobs", String(jobs), "--input", "jsonl", "--out", join(dir, "out.jsonl"), input], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      const s = seconds(t0);
      if (code !== 0) return reject(new Error(`CLI exited ${code}: ${err.slice(0, 500)}`));
      resolve({ s, rssMb: maxRssOf(child) });
    });
  });
}
// Node has no per-child peak RSS; read it from /proc while the child runs.
const peaks = new Map();
function maxRssOf(child) {
  return peaks.get(child.pid) ?? NaN;
}
const watch = setInterval(() => {
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      const ppid = /PPid:\s+(\d+)/.exec(status);
      if (hwm && ppid && Number(ppid[1]) === process.pid) peaks.set(Number(pid), Math.max(peaks.get(Number(pid)) ?? 0, Number(hwm[1]) / 1024));
    } catch {}
  }
}, 200);

const streamMb = Number(args["stream-mb"]);
const streamPath = join(dir, "stream.jsonl");
await new Promise((resolve) => {
  const w = createWriteStream(streamPath);
  let written = 0;
  let i = 0;
  const lines = batch.map((t) => JSON.stringify({ text: t }) + "\n");
  const pump = () => {
    while (written < streamMb * 1024 * 1024) {
      const l = lines[i++ % lines.length];
      written += Buffer.byteLength(l);
      if (!w.write(l)) return w.once("drain", pump);
    }
    w.end(resolve);
  };
  pump();
});
// The CLI on the long stream: start-up (about a second per worker) is small against it.
const stream1 = await cli(1, streamPath);
const stream = await cli(2, streamPath);
const cli1 = streamMb / stream1.s;
const cli2 = streamMb / stream.s;
// The machine's ceiling for two threads: two independent --jobs 1 processes on the two halves at once.
const [halfA, halfB] = await halves(streamPath, dir);
const pairT0 = process.hrtime.bigint();
await Promise.all([runCli(bin, halfA, join(dir, "a.out"), 1), runCli(bin, halfB, join(dir, "b.out"), 1)]);
const pairMbps = streamMb / seconds(pairT0);
// The --jobs default (workers beyond the first after AUTO_JOBS_GROW_AFTER_CHARS) on inputs of several sizes.
const jobsStudy = [];
for (const mb of [0.25, 1, 2, 4, 8]) {
  const path = join(dir, `in-${mb}.jsonl`);
  writeFileSync(path, head(streamPath, Math.round(mb * 2 ** 20)));
  const row = { mb };
  for (const [key, jobs] of [["one", 1], ["two", 2], ["auto", null]]) row[key] = (await runCli(bin, path, join(dir, "j.out"), jobs)).s;
  jobsStudy.push(row);
}
clearInterval(watch);
rmSync(dir, { recursive: true, force: true });

// Start-up in fresh processes, and single texts of growing size.
const start = startup(root, texts[0]);
const sweep = sizeSweep({ texts, pipeline, stageByName, prepareDocs });

const peakRss = process.resourceUsage().maxRSS / 1024;
const stageRows = pipeline.order.map((n) => {
  const s = median(stageTimes.get(n));
  return `| ${n} | ${(s * 1000).toFixed(0)} | ${((s / (MB / singleMbps)) * 100).toFixed(1)} % |`;
});
const report = `# Benchmark results

Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
Corpus: the ${texts.length} texts of ../shared/corpus/{seeds,dev} repeated to ${MB.toFixed(1)} MB (${batch.length} texts). Medians of ${runs} runs.
Measured ${new Date().toISOString().slice(0, 10)}.

| what | MB/s | releases/s | ratio to pipeline |
|---|---|---|---|
| whole pipeline, library, 1 thread (extractBatch, 32 texts at a time) | ${singleMbps.toFixed(2)} | ${singleRps.toFixed(0)} | 1.00 |
| whole pipeline, library, 1 thread (extract, one text at a time) | ${oneByOneMbps.toFixed(2)} | | ${(oneByOneMbps / singleMbps).toFixed(2)} |
| CLI, --jobs 1 (${streamMb} MB JSONL stream in, JSONL out) | ${cli1.toFixed(2)} | | ${(cli1 / singleMbps).toFixed(2)} |
| CLI, --jobs 2 (same stream) | ${cli2.toFixed(2)} | | ${(cli2 / singleMbps).toFixed(2)} (×${(cli2 / cli1).toFixed(2)} of --jobs 1) |
| chrono-node de.strict alone | ${chronoMbps.toFixed(2)} | | ${(chronoMbps / singleMbps).toFixed(2)} |
| compromise/one tokenizer alone | ${compromiseMbps.toFixed(2)} | | ${(compromiseMbps / singleMbps).toFixed(2)} |

Main-thread garbage collection took ${(gcShare * 100).toFixed(1)} % of the single-thread runs (PerformanceObserver "gc" entries).

Two threads, side by side on the same ${streamMb} MB stream: --jobs 2 ${cli2.toFixed(2)} MB/s; two independent --jobs 1
processes on its two halves at once ${pairMbps.toFixed(2)} MB/s (the machine's ceiling for two threads);
--jobs 2 reaches ×${(cli2 / pairMbps).toFixed(2)} of the pair.

Start-up (fresh processes, medians of 7; times from process start, Node's own start included in "total"):

| what | time | CPU time | RSS |
|---|---|---|---|
| \`node -e ""\` (Node itself) | ${start.nodeMs.toFixed(0)} ms | ${start.nodeCpuMs.toFixed(0)} ms | ${start.nodeRssMb.toFixed(0)} MB |
| import of the package | ${start.importMs.toFixed(0)} ms (total ${start.importTotalMs.toFixed(0)} ms) | ${start.importCpuMs.toFixed(0)} ms (total ${start.importCpuTotalMs.toFixed(0)} ms) | ${start.importRssMb.toFixed(0)} MB |
| import + first extract of one release | ${start.firstMs.toFixed(0)} ms (total ${start.firstTotalMs.toFixed(0)} ms) | ${start.firstCpuMs.toFixed(0)} ms (total ${start.firstCpuTotalMs.toFixed(0)} ms) | ${start.firstRssMb.toFixed(0)} MB |

The --jobs default (wall seconds of the CLI on JSONL inputs of the corpus texts; default = every core, the
second worker started after the first ${AUTO_JOBS_GROW_AFTER_CHARS / 1e6} million characters of input):

| input | --jobs 1 | --jobs 2 | default |
|---|---|---|---|
${jobsStudy.map((r) => `| ${r.mb} MB | ${r.one.toFixed(2)} | ${r.two.toFixed(2)} | ${r.auto.toFixed(2)} |`).join("\n")}

Single texts of growing size (ms per stage, medians of 3; growth per 10× of input, 10 is linear):

| stage | ${sweep.map((x) => `${(x.size / 1000).toLocaleString("en")} kB`).join(" | ")} | growth |
|---|${sweep.map(() => "---|").join("")}---|
${pipeline.order.map((n) => {
  const ms = sweep.map((x) => x.ms.get(n));
  const growth = ms[0] > 0.05 ? (ms[ms.length - 1] / ms[0]) ** (1 / (sweep.length - 1)) : NaN;
  return `| ${n} | ${ms.map((v) => v.toFixed(1)).join(" | ")} | ${Number.isFinite(growth) ? growth.toFixed(1) : "–"} |`;
}).join("\n")}

Time per stage (whole corpus, one thread):

| stage | ms | share |
|---|---|---|
${stageRows.join("\n")}

Memory: peak RSS of the benchmark process ${peakRss.toFixed(0)} MB; peak RSS of the CLI (--jobs 2) on a
${streamMb} MB JSONL stream: ${stream.rssMb.toFixed(0)} MB with --jobs 2 (main thread and both workers share one process), ${stream1.rssMb.toFixed(0)} MB with --jobs 1.

Worst-case inputs (adversarial shapes, time and growth per doubling): [WORST-CASE.md](WORST-CASE.md).
`;
log(report);
writeFileSync(args.out ?? join(root, "bench", "RESULTS.md"), report);
worstCase();
