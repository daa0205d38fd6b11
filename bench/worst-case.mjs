// The worst-case section of the benchmark: each shape of bench/shapes.mjs at a
// small and a large size (10 kB and 160 kB; the Markdown list at 160 kB and
// 1.28 MB; deep HTML at 1,250 and 20,000 levels), each run in its own process
// through the library's `extract`, with the time (best of a few runs), the
// growth per doubling of the input and the peak RSS. Writes bench/WORST-CASE.md.
//
//   node bench/worst-case.mjs [--runs 3] [--timeout 60] [--only "<shape>"]
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SHAPES } from "./shapes.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_SIZES = [10_000, 160_000];

/** Runs the section; returns its Markdown report. */
export function runWorstCase({ runs = 3, timeoutS = 60, only = null, log = console.log } = {}) {
  const rows = [];
  for (const [name, shape] of Object.entries(SHAPES)) {
    if (only && name !== only) continue;
    const sizes = shape.benchSizes ?? DEFAULT_SIZES;
    const results = sizes.map((size) => {
      const r = spawnSync(process.execPath, [join(here, "worst-one.mjs"), name, String(size), String(runs)], { encoding: "utf8", timeout: timeoutS * 1000 });
      if (r.error || r.status !== 0) return { size, failed: r.error ? `> ${timeoutS} s` : `exit ${r.status}` };
      return { size, ...JSON.parse(r.stdout.trim().split("\n").pop()) };
    });
    const [small, large] = [results[0], results[results.length - 1]];
    const doublings = Math.log2(large.chars / small.chars);
    // Time per character from one doubling to the next: 1.0 is linear, 2.0 quadratic.
    const growth = small.ms > 0 && large.ms > 0 ? (large.ms / small.ms) ** (1 / doublings) / 2 : NaN;
    const cell = (r) => (r.failed ? r.failed : r.error ? `throws: ${r.error}` : `${r.ms < 10 ? r.ms.toFixed(1) : r.ms.toFixed(0)} ms`);
    const row = `| ${name} | ${shape.note} | ${results.map((r) => `${(r.chars ?? r.size).toLocaleString("en")}: ${cell(r)}`).join("<br>")} | ${Number.isFinite(growth) ? growth.toFixed(2) + "×" : "–"} | ${results.map((r) => (r.rssMb ? r.rssMb.toFixed(0) : "–")).join(" / ")} |`;
    log(row);
    rows.push(row);
  }
  return `# Worst-case inputs

Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.
Measured ${new Date().toISOString().slice(0, 10)} with \`node bench/worst-case.mjs\` (also run by \`npm run bench\`).

Each input (bench/shapes.mjs: German prose around the shape, so the extractors run) goes
through the library's \`extract\` in a process of its own, after a warm-up extraction that
loads the tables: the time is extraction alone, best of ${runs} runs. Growth per doubling is
the time per character from one doubling of the input to the next, (t_large / t_small)^(1/d) / 2
over the d doublings between the sizes: 1.00× is linear, 2.00× quadratic; target ≤ 1.3×. At
10 kB fixed costs weigh more, which pulls the figure below 1. Peak RSS is the whole process
(about 120 MB of it is Node and the loaded tables).

| shape | what | chars: time | growth per doubling | peak RSS MB |
|---|---|---|---|---|
${rows.join("\n")}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, timeout: { type: "string", default: "60" }, only: { type: "string" }, out: { type: "string" } } });
  const report = runWorstCase({ runs: Number(values.runs), timeoutS: Number(values.timeout), only: values.only ?? null });
  if (!values.only) writeFileSync(values.out ?? join(here, "WORST-CASE.md"), report);
}
