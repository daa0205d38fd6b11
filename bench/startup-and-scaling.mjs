// Sections of the benchmark that need their own processes: start-up (import,
// first extract, RSS), the CLI with --jobs 2 against two independent --jobs 1
// processes on the two halves of the same input (the machine's ceiling), the
// --jobs default on inputs of several sizes, and a size sweep of single texts
// with time per stage (no stage may grow faster than the input).
import { spawn, spawnSync } from "node:child_process";
import { closeSync, createReadStream, createWriteStream, openSync, readFileSync, readSync, statSync } from "node:fs";
import { pipeline } from "node:stream/promises";
import { join } from "node:path";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Import of the package, and import + first extract of one release, each in a
 * fresh process (medians of `runs`): wall time from process start as Node
 * reports it (performance.now() counts from the process's time origin), CPU
 * time (user + system of the process so far: steadier than wall time on a
 * machine shared with other jobs) and RSS. `node -e ""` gives Node's own
 * baseline.
 */
export function startup(root, sampleText, runs = 7) {
  const entry = join(root, JSON.parse(readFileSync(join(root, "package.json"), "utf8")).main);
  const script = (firstExtract) => `
    const cpu = () => { const r = process.resourceUsage(); return (r.userCPUTime + r.systemCPUTime) / 1000; };
    const t0 = performance.now(), c0 = cpu();
    const m = await import(${JSON.stringify(entry)});
    const tImport = performance.now(), cImport = cpu();
    const rssImport = process.memoryUsage().rss;
    let tFirst = null, cFirst = null, rssFirst = null;
    if (${firstExtract}) { m.extract(${JSON.stringify(sampleText)}); tFirst = performance.now(); cFirst = cpu(); rssFirst = process.memoryUsage().rss; }
    console.log(JSON.stringify({ start: t0, imported: tImport, first: tFirst, c0, cImport, cFirst, rssImport, rssFirst }));`;
  const one = (code) => JSON.parse(spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" }).stdout.trim());
  const baseline = [], imports = [], firsts = [];
  for (let r = 0; r < runs; r++) {
    baseline.push(one(`const r = process.resourceUsage(); console.log(JSON.stringify({ t: performance.now(), cpu: (r.userCPUTime + r.systemCPUTime) / 1000, rss: process.memoryUsage().rss }))`));
    imports.push(one(script(false)));
    firsts.push(one(script(true)));
  }
  const mb = (b) => b / 2 ** 20;
  return {
    nodeMs: median(baseline.map((b) => b.t)),
    nodeRssMb: mb(median(baseline.map((b) => b.rss))),
    nodeCpuMs: median(baseline.map((b) => b.cpu)),
    importCpuMs: median(imports.map((i) => i.cImport - i.c0)),
    importCpuTotalMs: median(imports.map((i) => i.cImport)),
    firstCpuMs: median(firsts.map((f) => f.cFirst - f.c0)),
    firstCpuTotalMs: median(firsts.map((f) => f.cFirst)),
    importMs: median(imports.map((i) => i.imported - i.start)),
    importTotalMs: median(imports.map((i) => i.imported)),
    importRssMb: mb(median(imports.map((i) => i.rssImport))),
    firstMs: median(firsts.map((f) => f.first - f.start)),
    firstTotalMs: median(firsts.map((f) => f.first)),
    firstRssMb: mb(median(firsts.map((f) => f.rssFirst))),
  };
}

/** Runs the CLI on a JSONL file; resolves with wall seconds. `jobs` null: the default. */
export function runCli(bin, input, out, jobs) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const args = [bin, "extract", ...(jobs === null ? [] : ["--jobs", String(jobs)]), "--input", "jsonl", "--out", out, input];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`CLI exited ${code}: ${err.slice(0, 500)}`));
      resolve({ s: Number(process.hrtime.bigint() - t0) / 1e9, pid: child.pid });
    });
  });
}

/** Splits a JSONL file into two halves by lines (equal bytes as near as a line allows), without reading it whole. */
export async function halves(path, dir) {
  const size = statSync(path).size;
  const fd = openSync(path, "r");
  const probe = Buffer.alloc(1 << 20);
  const n = readSync(fd, probe, 0, probe.length, Math.floor(size / 2));
  closeSync(fd);
  const newline = probe.subarray(0, n).indexOf(10);
  const cut = newline < 0 ? size : Math.floor(size / 2) + newline + 1;
  const a = join(dir, "half-a.jsonl"), b = join(dir, "half-b.jsonl");
  await pipeline(createReadStream(path, { end: cut - 1 }), createWriteStream(a));
  await pipeline(createReadStream(path, { start: cut }), createWriteStream(b));
  return [a, b];
}

/** The first `bytes` of a JSONL file, cut after its last whole line. */
export function head(path, bytes) {
  const fd = openSync(path, "r");
  const buffer = Buffer.alloc(bytes);
  const n = readSync(fd, buffer, 0, bytes, 0);
  closeSync(fd);
  return buffer.subarray(0, buffer.subarray(0, n).lastIndexOf(10) + 1);
}

/**
 * Single texts of about 10 kB, 100 kB and 1 MB made of the corpus texts run
 * together as one input, each through every stage (medians of `runs`), with the
 * growth from one size to the next per 10× of input (10.0 is linear).
 */
export function sizeSweep({ texts, pipeline, stageByName, prepareDocs, runs = 3, sizes = [10_000, 100_000, 1_000_000] }) {
  const joined = texts.join("\n\n");
  const input = (n) => {
    let s = "";
    while (s.length < n) s += joined;
    return s.slice(0, n);
  };
  const perSize = sizes.map((size) => {
    const text = input(size);
    const times = new Map(pipeline.order.map((n) => [n, []]));
    for (let r = 0; r < runs; r++) {
      const per = new Map(pipeline.order.map((n) => [n, 0]));
      for (let doc of prepareDocs(text)) {
        for (const name of pipeline.order) {
          const t0 = performance.now();
          doc = stageByName.get(name).run(doc);
          per.set(name, per.get(name) + performance.now() - t0);
        }
      }
      for (const [n, ms] of per) times.get(n).push(ms);
    }
    return { size, ms: new Map([...times].map(([n, xs]) => [n, median(xs)])) };
  });
  return perSize;
}
