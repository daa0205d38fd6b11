/**
 * extractStream: many inputs → their releases, in input order, as an async
 * iterable (the model is spaCy's `nlp.pipe`). With `jobs > 1` the inputs run
 * on a bounded pool of worker threads, the same one the CLI uses.
 */
import { INPUT_FORMATS, type InputFormat } from "../input/formats.js";
import { checkOnly, isCalendarDate, type OutputKind } from "../options.js";
import type { PressRelease } from "../schema/release.js";
import { runBatch, type BatchInput, type ExtractErrorInfo } from "./run.js";

export type { ExtractErrorCode, ExtractErrorInfo } from "./run.js";

/** One input of extractStream: a text, or a text with its own id, reference date and format. */
export type StreamInput =
  | string
  | { id?: string | number; text: string; referenceDate?: string | null; format?: InputFormat };

export interface ExtractStreamOptions {
  /** Fallback anchor (YYYY-MM-DD) for inputs without their own. */
  referenceDate?: string | null;
  /** Format of inputs that do not state one (default text). */
  format?: InputFormat;
  /** Extract only these kinds (see ExtractOptions.only). */
  only?: readonly OutputKind[];
  /** Worker threads (default 1: inline, no threads). Output order is input order whatever the number. */
  jobs?: number;
  /**
   * Time budget per input in milliseconds. An input that takes longer ends
   * its worker and comes out as an error (code TIMEOUT); the others go on.
   * Setting it runs the inputs on worker threads, also with jobs 1.
   */
  timeoutPerInput?: number;
  /**
   * Memory budget of one input: heap limit in MB. Workers run with a heap of
   * 1 GB (WORKER_HEAP_MB, or this budget if it is smaller); an input that
   * needs more is retried once on a worker with this limit, and one that
   * needs more than that comes out as an error (code OUT_OF_MEMORY). Setting
   * it runs the inputs on worker threads, also with jobs 1.
   */
  maxMemoryMb?: number;
  /** Cancels the run: workers end and the iteration throws the signal's reason. */
  signal?: AbortSignal;
}

/** An input that gave no releases because it could not be processed: data, not an exception. */
export interface ExtractFailure {
  /** The input's id (its position as a string when it had none). */
  source: string;
  /** Position of the input in the stream (0-based). */
  input: number;
  error: ExtractErrorInfo;
}

export type StreamItem = PressRelease | ExtractFailure;

export function isExtractFailure(item: StreamItem): item is ExtractFailure {
  return "error" in item;
}

function checkStreamOptions(o: ExtractStreamOptions): void {
  const bad = (why: string) => new TypeError(`extractStream: ${why}`);
  if (o.jobs !== undefined && (!Number.isInteger(o.jobs) || o.jobs < 1)) throw bad("jobs must be a whole number ≥ 1");
  if (o.timeoutPerInput !== undefined && !(o.timeoutPerInput > 0)) throw bad("timeoutPerInput must be a positive number of milliseconds");
  if (o.maxMemoryMb !== undefined && !(Number.isInteger(o.maxMemoryMb) && o.maxMemoryMb >= 16)) throw bad("maxMemoryMb must be a whole number ≥ 16");
  if (o.referenceDate != null && (typeof o.referenceDate !== "string" || !isCalendarDate(o.referenceDate))) {
    throw bad(`referenceDate must be a calendar date YYYY-MM-DD, got "${String(o.referenceDate)}"`);
  }
  if (o.format !== undefined && !INPUT_FORMATS.includes(o.format)) throw bad(`format must be one of ${INPUT_FORMATS.join(", ")}`);
  if (o.only !== undefined) {
    const why = checkOnly(o.only);
    if (why) throw bad(why);
  }
}

/** An input as the batch runner takes it; odd values become failures, not exceptions. */
function toBatchInput(input: unknown, index: number): BatchInput {
  if (typeof input === "string") return { id: String(index), text: input };
  if (input === null || typeof input !== "object") {
    return { id: String(index), failed: { code: "INPUT_INVALID", message: `expected a string or {id?, text, referenceDate?, format?}, got ${input === null ? "null" : typeof input}` } };
  }
  const o = input as Record<string, unknown>;
  let id = String(index);
  if (typeof o.id === "string") id = o.id;
  else if (typeof o.id === "number" && Number.isFinite(o.id)) id = String(o.id);
  else if (o.id != null) return { id, failed: { code: "INPUT_INVALID", message: `"id" must be a string or a number, got ${Array.isArray(o.id) ? "an array" : typeof o.id}` } };
  return { id, text: o.text as string, format: o.format as InputFormat | undefined, referenceDate: o.referenceDate as string | null | undefined };
}

async function* numbered(inputs: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<BatchInput> {
  let i = 0;
  for await (const input of inputs) yield toBatchInput(input, i++);
}

/**
 * Extracts every input of an (async) iterable and yields its releases in
 * input order. An input that cannot be processed (not a string, a bad
 * referenceDate, a timeout, a worker out of memory, an exception) yields one
 * ExtractFailure in its place instead. Breaking out of the loop or aborting
 * the signal ends the workers.
 *
 * ```ts
 * for await (const item of extractStream(texts, { jobs: 4 })) {
 *   if (isExtractFailure(item)) console.error(item.source, item.error.message);
 *   else save(item);
 * }
 * ```
 */
export async function* extractStream(
  inputs: AsyncIterable<StreamInput> | Iterable<StreamInput>,
  options: ExtractStreamOptions = {},
): AsyncGenerator<StreamItem, void, undefined> {
  checkStreamOptions(options);
  if (inputs === null || typeof inputs !== "object" || !(Symbol.asyncIterator in inputs || Symbol.iterator in inputs)) {
    throw new TypeError("extractStream: inputs must be an iterable or async iterable");
  }
  const isolate = options.timeoutPerInput !== undefined || options.maxMemoryMb !== undefined;
  const results = runBatch(numbered(inputs), {
    jobs: options.jobs ?? 1,
    isolate,
    timeoutMs: options.timeoutPerInput ?? 0,
    maxMemoryMb: options.maxMemoryMb ?? null,
    referenceDate: options.referenceDate ?? null,
    format: options.format ?? "text",
    only: options.only ?? null,
    output: null,
    signal: options.signal,
  });
  for await (const r of results) {
    if (r.error) yield { source: r.id, input: r.index, error: r.error };
    else yield* r.releases!;
  }
}
