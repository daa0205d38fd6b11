// Start-up cost of the library in fresh processes: import time and RSS after the import,
// first extract of one release (time and RSS), and Node's own baseline (an empty process).
// Medians over several processes, run one after the other. Wall times (performance.now, from
// the process's time origin) and CPU times (all threads of the process: on a shared machine
// the robust figure).
//
//   node bench/startup.mjs [--runs 7] [--text ../shared/corpus/seeds/seed-000.txt]
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "7" },
    text: { type: "string", default: join(root, "..", "shared", "corpus", "seeds", "seed-000.txt") },
  },
});
const index = pathToFileURL(join(root, "dist", "src", "index.js")).href;

// Runs in the child: times from process start (performance.now() counts from the time origin).
const probe = `
const mb = () => process.memoryUsage().rss / 2 ** 20;
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const t0 = performance.now(), rss0 = mb(), c0 = cpuMs();
const lib = await import(${JSON.stringify(index)});
const t1 = performance.now(), rss1 = mb(), c1 = cpuMs();
const text = (await import("node:fs")).readFileSync(${JSON.stringify(args.text)}, "utf8");
lib.extract(text, { referenceDate: "2024-01-01" });
const t2 = performance.now(), rss2 = mb(), c2 = cpuMs();
console.log(JSON.stringify({ start: t0, imp: t1 - t0, first: t2 - t1, total: t2, rss0, rss1, rss2, cpu: c2, impCpu: c1 - c0, firstCpu: c2 - c1 }));
`;
const empty = `console.log(JSON.stringify({ rss0: process.memoryUsage().rss / 2 ** 20, start: performance.now() }))`;

const runs = Number(args.runs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
const bases = [];
for (let r = 0; r < runs; r++) {
  bases.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", empty], { encoding: "utf8" })));
  rows.push(JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" })));
}
const m = (k, xs = rows) => median(xs.map((x) => x[k])).toFixed(0);
console.log(`node -e "" RSS ${m("rss0", bases)} MB (Node's baseline, at the first line of a script)`);
console.log(`import: ${m("imp")} ms (CPU ${m("impCpu")} ms), RSS ${m("rss1")} MB`);
console.log(`first extract: ${m("first")} ms (CPU ${m("firstCpu")} ms), RSS ${m("rss2")} MB`);
console.log(`import + first extract: ${(median(rows.map((x) => x.imp + x.first))).toFixed(0)} ms (process start to end ${m("total")} ms, CPU ${m("cpu")} ms)`);
