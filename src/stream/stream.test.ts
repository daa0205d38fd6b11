import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../extract.js";
import { extractStream, isExtractFailure, type StreamInput, type StreamItem } from "./index.js";
import { runBatch, type BatchResult } from "./run.js";
import { ROOT, seed } from "../../test/helpers.js";

const release = (i: number) =>
  `Meldung ${i}\n\nMusterstadt, ${(i % 28) + 1}. März 2024 – Der Rat der Stadt Musterstadt hat am Montag über die Schule Nummer ${i} beraten und 250 Euro bewilligt.`;

async function collect(it: AsyncIterable<StreamItem>): Promise<StreamItem[]> {
  const out: StreamItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function* slowly<T>(xs: T[], ms = 5): AsyncGenerator<T> {
  for (const x of xs) {
    await new Promise((r) => setTimeout(r, ms));
    yield x;
  }
}

describe("extractStream", () => {
  it("yields the releases of every input in input order, the same as extract, with jobs 1 and 2", async () => {
    const texts = Array.from({ length: 12 }, (_, i) => release(i));
    const expected = texts.flatMap((t, i) => extract(t, { source: String(i) }));
    const one = await collect(extractStream(texts));
    const two = await collect(extractStream(slowly(texts), { jobs: 2 }));
    expect(one).toEqual(expected);
    expect(two).toEqual(expected);
    expect(two.map((r) => (r as { source: string }).source)).toEqual(texts.map((_, i) => String(i)));
  });

  it("takes objects with ids, reference dates and formats, and an input holding two releases", async () => {
    const two = seed(0); // two releases, separated by a line of asterisks
    const items = await collect(extractStream([
      { id: "a", text: "<p>Am Montag tagte der Rat der Stadt Musterstadt über die neue Schule und den Haushalt der Stadt.</p>", format: "html", referenceDate: "2024-05-08" },
      { id: 7, text: two },
    ]));
    expect(items.map((x) => [(x as { source: string }).source, (x as { part: number }).part])).toEqual([["a", 0], ["7", 0], ["7", 1]]);
    expect((items[0] as { referenceDate: string }).referenceDate).toBe("2024-05-08");
  });

  it("reports bad inputs as failures in their place and goes on", async () => {
    const inputs = [
      release(0), 42, { id: { x: 1 }, text: release(1) }, { id: "bad-date", text: release(2), referenceDate: "2024-02-30" },
      { id: "bad-format", text: release(3), format: "pdf" }, { id: "no-text" }, release(4),
    ] as unknown as StreamInput[];
    const items = await collect(extractStream(inputs, { only: ["dates"] }));
    const summary = items.map((x) => (isExtractFailure(x) ? `${x.input}:${x.error.code}` : `ok:${x.source}`));
    expect(summary).toEqual(["ok:0", "1:INPUT_INVALID", "2:INPUT_INVALID", "3:INPUT_INVALID", "4:INPUT_INVALID", "5:INPUT_INVALID", "ok:6"]);
    const failures = items.filter(isExtractFailure);
    expect(failures.map((f) => f.source)).toEqual(["1", "2", "bad-date", "bad-format", "no-text"]);
    expect(failures[0]!.error.message).toContain("expected a string or {id?, text");
    expect(failures[1]!.error.message).toBe('"id" must be a string or a number, got object');
    expect(failures[2]!.error.message).toContain('"referenceDate" must be a calendar date');
  });

  it("throws a TypeError for options a programmer got wrong", async () => {
    await expect(collect(extractStream([], { jobs: 0 }))).rejects.toThrow(TypeError);
    await expect(collect(extractStream([], { only: ["dates", "weather" as "dates"] }))).rejects.toThrow(/unknown kind "weather"/);
    await expect(collect(extractStream([], { referenceDate: "2024-13-01" }))).rejects.toThrow(TypeError);
    await expect(collect(extractStream(42 as unknown as string[]))).rejects.toThrow(/iterable/);
  });

  it("stops at an AbortSignal: the iteration throws the signal's reason and takes no more inputs", async () => {
    let pulled = 0;
    async function* endless() {
      for (let i = 0; ; i++) {
        pulled = i + 1;
        await new Promise((r) => setTimeout(r, 2));
        yield release(i);
      }
    }
    for (const jobs of [1, 2]) {
      const controller = new AbortController();
      const seen: StreamItem[] = [];
      const run = (async () => {
        for await (const x of extractStream(endless(), { jobs, signal: controller.signal })) {
          seen.push(x);
          if (seen.length === 3) controller.abort(new Error(`stop ${jobs}`));
        }
      })();
      await expect(run).rejects.toThrow(`stop ${jobs}`);
      const at = pulled;
      await new Promise((r) => setTimeout(r, 50));
      expect(pulled).toBe(at);
      expect(seen).toHaveLength(3);
    }
    const already = AbortSignal.abort(new Error("before"));
    await expect(collect(extractStream([release(0)], { signal: already }))).rejects.toThrow("before");
  });

  it("ends its workers when the loop is left early", async () => {
    let n = 0;
    for await (const x of extractStream(Array.from({ length: 50 }, (_, i) => release(i)), { jobs: 2 })) {
      expect(isExtractFailure(x)).toBe(false);
      if (++n === 2) break;
    }
    expect(n).toBe(2);
  });
});

describe("runBatch budgets (the pool behind extractStream and the CLI)", () => {
  const faulty = join(ROOT, "test/fixtures/faulty-worker.mjs");
  const opts = { isolate: true, referenceDate: null, format: "text" as const, only: ["dates" as const], output: null, workerFile: faulty };

  it("turns a timeout, an out-of-memory worker, an exception and a crash into results, and the run goes on", async () => {
    const inputs = [
      { id: "ok-1", text: release(1) }, { id: "spin", text: "HANG" }, { id: "hog", text: "HOG" },
      { id: "boom", text: "BOOM" }, { id: "crash", text: "CRASH" }, { id: "ok-2", text: release(2) },
    ];
    const results: BatchResult[] = [];
    for await (const r of runBatch(inputs, { ...opts, jobs: 1, timeoutMs: 3000, maxMemoryMb: 64 })) results.push(r);
    expect(results.map((r) => [r.index, r.id, r.error?.code ?? `releases:${r.releaseCount}`])).toEqual([
      [0, "ok-1", "releases:1"], [1, "spin", "TIMEOUT"], [2, "hog", "OUT_OF_MEMORY"],
      [3, "boom", "EXTRACTION_FAILED"], [4, "crash", "WORKER_EXITED"], [5, "ok-2", "releases:1"],
    ]);
    expect(results[3]!.error!.message).toBe("extraction failed: injected failure");
  });

  it("retries an input that runs out of an ordinary worker's heap on a worker with the whole budget: its output is complete", async () => {
    // An ordinary worker of 64 MB, a budget of 256 MB: "HEAVY" holds 120 MB before its real extraction.
    const texts = [release(1), `HEAVY\n\n${release(2)}`, release(3)];
    const inputs = texts.map((text, i) => ({ id: `r${i}`, text }));
    const results: BatchResult[] = [];
    const tiers = { ...opts, only: null, output: { format: "jsonl" as const }, jobs: 1, timeoutMs: 0, maxMemoryMb: 256, workerMemoryMb: 64 };
    for await (const r of runBatch(inputs, tiers)) results.push(r);
    expect(results.map((r) => r.error)).toEqual([null, null, null]);
    const expected = texts.map((t, i) => extract(t, { source: `r${i}` }).map((r) => JSON.stringify(r) + "\n"));
    expect(results.map((r) => r.chunks)).toEqual(expected);
    expect(expected[1]!.join("")).toContain("HEAVY");
  });

  it("reports an input that runs out of the whole budget too, naming the budget", async () => {
    const results: BatchResult[] = [];
    const tiers = { ...opts, jobs: 1, timeoutMs: 0, maxMemoryMb: 256, workerMemoryMb: 64 };
    for await (const r of runBatch([{ id: "hog", text: "HOG" }, { id: "ok", text: release(1) }], tiers)) results.push(r);
    expect(results.map((r) => r.error?.code ?? `releases:${r.releaseCount}`)).toEqual(["OUT_OF_MEMORY", "releases:1"]);
    expect(results[0]!.error!.message).toBe("ran out of memory (heap limit 256 MB per worker)");
  });

  it("reports a worker module that cannot start instead of retrying for ever", async () => {
    const results: BatchResult[] = [];
    const broken = { ...opts, workerFile: join(ROOT, "test/fixtures/no-such-worker.mjs"), jobs: 2, timeoutMs: 0, maxMemoryMb: null };
    for await (const r of runBatch([{ id: "a", text: release(1) }, { id: "b", text: release(2) }], broken)) results.push(r);
    expect(results.map((r) => r.error?.code)).toEqual(["WORKER_EXITED", "WORKER_EXITED"]);
  });
});
