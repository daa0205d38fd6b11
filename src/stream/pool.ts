/**
 * A fixed-size pool of worker threads for batch extraction. Each task gets a
 * time budget that starts when a ready worker begins it, and a memory budget:
 * a task that runs too long or too large ends its worker, is rejected with a
 * TaskError saying why, and a fresh worker takes the worker's place. Workers
 * start when there is work for them (one short input on a many-core machine
 * starts one worker, not one per core). The main thread itself never runs
 * extraction.
 *
 * Memory: V8 sizes a heap's growth by its limit (a heap allowed 2 GB or more
 * grows to four times what it holds after each full collection, one of 1 GB
 * by 1.6 times, one of 256 MB by 1.3 times). So an ordinary worker gets a
 * heap limit that keeps it near its live data (workerMemoryMb, limits.ts) and
 * a young generation of its own; a task that runs out
 * of it is retried once on a worker with the whole budget (maxMemoryMb),
 * started for it beside the others and ended after it. Only a task that runs
 * out there too is rejected.
 */
import { Worker, type ResourceLimits } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import type { ReplyMessage } from "./serve.js";
import { exportTables } from "../lexicon/tables/load.js";
import { LARGE_TASK_CHARS, WORKER_YOUNG_GENERATION_MB } from "./limits.js";

export type TaskErrorCode = "TIMEOUT" | "OUT_OF_MEMORY" | "WORKER_EXITED" | "EXTRACTION_FAILED" | "ABORTED";

export class TaskError extends Error {
  readonly code: TaskErrorCode;
  constructor(code: TaskErrorCode, message: string) {
    super(message);
    this.name = "TaskError";
    this.code = code;
  }
}

export interface PoolOptions {
  size: number;
  /** The worker module (compiled JS) that calls serveTasks. */
  workerFile: string;
  /** Time budget per task in milliseconds; 0 for none. */
  timeoutMs: number;
  /** The memory budget of one task: heap limit in MB (V8 old generation); null for Node's default. */
  maxMemoryMb: number | null;
  /**
   * Heap limit of an ordinary worker in MB (old generation; its young
   * generation is WORKER_YOUNG_GENERATION_MB). A task that needs more is
   * retried on a worker with maxMemoryMb; one of more than largeTaskChars
   * goes there at once. Null (or not below maxMemoryMb): every worker gets
   * maxMemoryMb, as one tier.
   */
  workerMemoryMb?: number | null;
  /** Tasks larger than this many characters skip the ordinary workers (default LARGE_TASK_CHARS). */
  largeTaskChars?: number;
  /**
   * Workers beyond the first start only once the pool has been handed more
   * than this many characters (0: as soon as there is queued work). A worker
   * costs its start-up (loading the extractors and tables) before it helps,
   * so a small run is faster on one.
   */
  growAfterChars?: number;
}

interface Job {
  id: number;
  task: unknown;
  /** Runs on a worker with the whole memory budget (too large for an ordinary one, or out of memory there). */
  full: boolean;
  resolve(result: unknown): void;
  reject(error: TaskError): void;
}

interface Slot {
  worker: Worker;
  /** A worker with the whole memory budget, started for full jobs and ended when none is left. */
  full: boolean;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Why the worker is ending, when the pool or the runtime ended it. */
  failure: TaskError | null;
}

/** Workers that fail this often in a row before they are ready mean the worker module itself is broken. */
const MAX_START_FAILURES = 3;

/**
 * The compiled batch worker beside this module: in the package's bundle,
 * dist/bundle/worker.js (scripts/bundle.mjs points this URL there), in the
 * compiled modules dist/src/stream/worker.js. Under vitest, which runs the
 * TypeScript sources, the bundle's.
 */
export function defaultWorkerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts")) return here.replace(/[\\/]src[\\/]stream[\\/]pool\.ts$/, "/dist/bundle/worker.js");
  return fileURLToPath(new URL("./worker.js", import.meta.url));
}

export class WorkerPool {
  readonly #opts: PoolOptions;
  readonly #slots = new Set<Slot>();
  readonly #queue: Job[] = [];
  #nextId = 0;
  #closed = false;
  #startFailures = 0;
  #broken: TaskError | null = null;
  /** Characters of all tasks handed to the pool so far (weights given to run). */
  #charsSeen = 0;
  /** Ordinary workers have less heap than a task's budget (two tiers); false once one could not even start in it. */
  #tiered: boolean;

  constructor(opts: PoolOptions) {
    this.#opts = opts;
    const small = opts.workerMemoryMb ?? null;
    this.#tiered = small !== null && (opts.maxMemoryMb === null || small < opts.maxMemoryMb);
  }

  /** Worker threads started and not ended. */
  get threads(): number {
    return this.#slots.size;
  }

  /** Runs a task on a worker; `chars` is its size, for the rule of when to start more workers. */
  run<R>(task: unknown, chars = 0): Promise<R> {
    if (this.#closed) return Promise.reject(new TaskError("ABORTED", "the pool is closed"));
    if (this.#broken) return Promise.reject(this.#broken);
    this.#charsSeen += chars;
    const full = this.#tiered && chars > (this.#opts.largeTaskChars ?? LARGE_TASK_CHARS);
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, task, full, resolve: resolve as (r: unknown) => void, reject });
      this.#grow();
      this.#dispatch();
    });
  }

  /** Ends every worker; queued and running tasks are rejected (ABORTED). */
  async destroy(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const aborted = new TaskError("ABORTED", "cancelled");
    for (const job of this.#queue.splice(0)) job.reject(aborted);
    await Promise.all([...this.#slots].map((slot) => {
      slot.failure = aborted;
      return slot.worker.terminate();
    }));
  }

  /** The heap limits of an ordinary worker, or of one with the whole budget; undefined: Node's defaults. */
  #limits(full: boolean): ResourceLimits | undefined {
    const { maxMemoryMb, workerMemoryMb } = this.#opts;
    if (this.#tiered && !full) return { maxOldGenerationSizeMb: workerMemoryMb!, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
    return maxMemoryMb ? { maxOldGenerationSizeMb: maxMemoryMb } : undefined;
  }

  #spawn(full: boolean): void {
    const limits = this.#limits(full);
    const worker = new Worker(this.#opts.workerFile, {
      ...(limits ? { resourceLimits: limits } : {}),
      // Whatever a worker prints goes to stderr, never into the output on stdout.
      stdout: true,
      // The lookup tables as one SharedArrayBuffer: every worker reads this copy (worker.ts adopts it).
      workerData: { tables: exportTables() },
    });
    worker.stdout.pipe(process.stderr, { end: false });
    const slot: Slot = { worker, full, ready: false, job: null, timer: null, failure: null };
    this.#slots.add(slot);
    worker.on("message", (msg: ReplyMessage) => {
      if ("ready" in msg) {
        slot.ready = true;
        this.#startFailures = 0;
        this.#dispatch();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== msg.id || slot.failure) return;
      this.#release(slot);
      if (msg.ok) job.resolve(msg.result);
      else job.reject(new TaskError("EXTRACTION_FAILED", `extraction failed: ${msg.message}`));
      this.#dispatch();
    });
    worker.on("error", (err: Error & { code?: string }) => {
      slot.failure ??= err.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? new TaskError("OUT_OF_MEMORY", `ran out of memory (heap limit ${this.#opts.maxMemoryMb ?? "default"} MB per worker)`)
        : new TaskError("WORKER_EXITED", `the worker thread failed: ${err.message}`);
    });
    worker.on("exit", (code) => {
      this.#slots.delete(slot);
      const job = slot.job;
      this.#release(slot);
      const outOfMemory = slot.failure?.code === "OUT_OF_MEMORY";
      const tooSmallToStart = outOfMemory && !slot.ready && this.#tiered && !slot.full;
      if (tooSmallToStart) {
        // Not even the worker's own start fits its heap: every worker gets the whole budget from now on.
        this.#tiered = false;
        for (const queued of this.#queue) queued.full = false;
      }
      if (job && outOfMemory && this.#tiered && !slot.full && !this.#closed) {
        // Out of an ordinary worker's heap: once more, first in line, on a worker with the whole budget.
        job.full = true;
        this.#queue.unshift(job);
      } else if (job) job.reject(slot.failure ?? new TaskError("WORKER_EXITED", `the worker thread exited (code ${code})`));
      if (this.#closed) return;
      if (!slot.ready && !tooSmallToStart && ++this.#startFailures >= MAX_START_FAILURES) {
        this.#broken = slot.failure ?? new TaskError("WORKER_EXITED", `the worker thread could not start (exit code ${code})`);
        for (const queued of this.#queue.splice(0)) queued.reject(this.#broken);
        return;
      }
      this.#grow();
      this.#dispatch();
    });
  }

  /**
   * Starts ordinary workers while queued tasks outnumber the workers free for
   * them, up to the pool size; beyond the first only once the run is large
   * enough to pay for another worker's start-up (growAfterChars). A full job
   * gets one worker with the whole budget, beside them.
   */
  #grow(): void {
    let free = 0;
    let ordinary = 0;
    let fullWorker = false;
    for (const slot of this.#slots) {
      if (slot.full) fullWorker ||= !slot.failure;
      else {
        ordinary++;
        if (!slot.job && !slot.failure) free++;
      }
    }
    let queued = 0;
    let fullQueued = false;
    for (const job of this.#queue) job.full ? (fullQueued = true) : queued++;
    if (fullQueued && !fullWorker) this.#spawn(true);
    const limit = this.#charsSeen > (this.#opts.growAfterChars ?? 0) ? this.#opts.size : 1;
    for (let n = queued - free; n > 0 && ordinary < limit; n--, ordinary++) this.#spawn(false);
  }

  #release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (!slot.ready || slot.job || slot.failure) continue;
      const at = this.#queue.findIndex((job) => job.full === slot.full);
      if (at < 0) {
        // A worker with the whole budget has done its jobs: end it, so that its heap is given back.
        if (slot.full) this.#retire(slot);
        continue;
      }
      const job = this.#queue.splice(at, 1)[0]!;
      slot.job = job;
      const { timeoutMs } = this.#opts;
      if (timeoutMs > 0) {
        slot.timer = setTimeout(() => {
          slot.failure = new TaskError("TIMEOUT", `took longer than the time budget of ${formatSeconds(timeoutMs)} per input`);
          void slot.worker.terminate();
        }, timeoutMs);
      }
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
  }

  #retire(slot: Slot): void {
    slot.failure = new TaskError("WORKER_EXITED", "ended: no task for it");
    void slot.worker.terminate();
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
