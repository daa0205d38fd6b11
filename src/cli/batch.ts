/**
 * Batch execution: inputs are extracted inline (--jobs 1) or on a pool of
 * worker threads (piscina), and written in input order whatever the number of
 * workers. At most `window` inputs are in flight, so memory stays bounded on
 * streams of any length. A failing input is reported and the run goes on;
 * piscina replaces a worker that crashed.
 */
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { InputEvent, InputItem } from "./inputs.js";
import type { OutputFormat } from "./output.js";
import type { WorkerResult, WorkerTask } from "./worker.js";

export interface BatchCallbacks {
  /** Called for each input's formatted releases, in input order. */
  onReleases(item: InputItem, result: WorkerResult): Promise<void>;
  /** Called for every input that could not be processed. */
  onProblem(input: string, message: string): void;
}

export interface BatchOptions {
  jobs: number;
  referenceDate: string | null;
  output: OutputFormat;
  /** Worker module (compiled JS) for jobs > 1; default: the worker beside this file. */
  workerFile?: string;
  /** Stops taking new inputs when aborted; what is in flight is still written. */
  signal?: AbortSignal;
}

/** The compiled worker beside this module (under vitest, the built copy in dist/). */
function defaultWorkerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith(".ts") ? here.replace(/[\\/]src[\\/]cli[\\/]batch\.ts$/, "/dist/src/cli/worker.js") : here.replace(/batch\.js$/, "worker.js");
}

export async function runBatch(events: AsyncIterable<InputEvent>, opts: BatchOptions, cb: BatchCallbacks): Promise<void> {
  const task = (item: InputItem): WorkerTask => ({
    id: item.id, text: item.text, format: item.format, referenceDate: item.referenceDate ?? opts.referenceDate, output: opts.output,
  });
  const pool = opts.jobs > 1
    ? new Piscina({ filename: opts.workerFile ?? defaultWorkerFile(), minThreads: opts.jobs, maxThreads: opts.jobs })
    : null;
  // With workers, the main thread never loads the extractors and their word lists (about 90 MB).
  const runTask = pool ? null : (await import("./worker.js")).default;
  const run = (item: InputItem): Promise<WorkerResult> =>
    pool ? (pool.run(task(item)) as Promise<WorkerResult>) : new Promise((resolve) => resolve(runTask!(task(item))));

  const window = Math.max(4, opts.jobs * 8);
  const inFlight: { item: InputItem; result: Promise<WorkerResult | Error> }[] = [];
  const drainOne = async () => {
    const head = inFlight.shift()!;
    const result = await head.result;
    if (result instanceof Error) cb.onProblem(head.item.id, `extraction failed: ${result.message}`);
    else await cb.onReleases(head.item, result);
  };
  try {
    for await (const ev of events) {
      if (opts.signal?.aborted) break;
      if (ev.kind === "problem") {
        cb.onProblem(ev.input, ev.message);
        continue;
      }
      inFlight.push({ item: ev, result: run(ev).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))) });
      if (inFlight.length >= window) await drainOne();
    }
    while (inFlight.length) await drainOne();
  } finally {
    await pool?.destroy();
  }
}
