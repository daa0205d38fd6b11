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
