import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { WorkerPool } from "./pool.js";
import { ROOT } from "../../test/helpers.js";

const workerFile = join(ROOT, "test/fixtures/thread-worker.mjs");

/** The worker threads started for tasks of these sizes, all queued at once. */
async function threadsServing(weights: number[], growAfterChars: number): Promise<number> {
  const pool = new WorkerPool({ size: 2, workerFile, timeoutMs: 0, maxMemoryMb: null, growAfterChars });
  try {
    await Promise.all(weights.map((w) => pool.run<number>(null, w)));
    return pool.threads;
  } finally {
    await pool.destroy();
  }
}

describe("when the pool starts its second worker", () => {
  it("keeps a small run on one worker", async () => {
    expect(await threadsServing([100, 100, 100, 100, 100, 100], 1000)).toBe(1);
  });

  it("adds workers once the run has handed over more than growAfterChars", async () => {
    expect(await threadsServing([600, 600, 600, 600, 600, 600, 600, 600], 1000)).toBe(2);
  });

  it("uses every worker at once without a threshold", async () => {
    expect(await threadsServing([1, 1, 1, 1, 1, 1], 0)).toBe(2);
  });
});

describe("memory: ordinary workers get the heap the work needs, a task that needs more is retried with the whole budget", () => {
  const heapWorker = join(ROOT, "test/fixtures/heap-worker.mjs");
  /** Each task's answer is the heap limit (MB) of the worker that served it. */
  const pool = (workerMemoryMb: number | null, largeTaskChars?: number) =>
    new WorkerPool({ size: 1, workerFile: heapWorker, timeoutMs: 0, maxMemoryMb: 512, workerMemoryMb, ...(largeTaskChars ? { largeTaskChars } : {}) });

  it("runs ordinary tasks on a worker with the small heap, and retries one that runs out of it on a worker with the budget", async () => {
    const p = pool(64);
    try {
      const [before, heavy, after] = await Promise.all([p.run<number>("short"), p.run<number>("HEAVY"), p.run<number>("short")]);
      expect(before).toBeLessThan(256);
      expect(after).toBeLessThan(256);
      expect(heavy).toBeGreaterThanOrEqual(512);
    } finally {
      await p.destroy();
    }
  });

  it("sends a task larger than largeTaskChars to a worker with the budget at once", async () => {
    const p = pool(64, 10);
    try {
      expect(await p.run<number>("short", 5)).toBeLessThan(256);
      expect(await p.run<number>("a long one", 11)).toBeGreaterThanOrEqual(512);
    } finally {
      await p.destroy();
    }
  });

  it("gives every worker the budget when the small heap is not below it (one tier)", async () => {
    const p = pool(null);
    try {
      expect(await p.run<number>("short")).toBeGreaterThanOrEqual(512);
    } finally {
      await p.destroy();
    }
  });

  it("gives up the small heap when a worker cannot even start in it", async () => {
    // 16 MB of old generation cannot hold a worker's start; the pool goes on with the budget, not broken.
    const p = pool(16);
    try {
      expect(await p.run<number>("short")).toBeGreaterThanOrEqual(512);
    } finally {
      await p.destroy();
    }
  });
});
