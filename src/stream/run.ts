/**
 * The ordered batch runner behind extractStream and the CLI: inputs are read
 * as they come, extracted inline or on a bounded pool of worker threads, and
 * their results come out in input order. At most `window` inputs are in
 * flight, so a stream of any length runs in bounded memory; a result is
 * handed on as soon as it and all before it are done, also while the next
 * input has not arrived yet (a mapper on a pipe flushes as it goes). A bad
 * input, a timeout or an out-of-memory worker is a result with an error; the
 * run goes on.
 */
import { INPUT_FORMATS, type InputFormat } from "../input/formats.js";
import { isCalendarDate, type OutputKind } from "../options.js";
import type { PressRelease } from "../schema/release.js";
import type { OutputSpec } from "../cli/output.js";
import type { Task, TaskResult } from "./task.js";
import type { TaskError, WorkerPool } from "./pool.js";
import { WORKER_HEAP_MB } from "./limits.js";

export type ExtractErrorCode =
  | "INPUT_INVALID" | "INPUT_UNREADABLE" | "INPUT_EMPTY" | "INPUT_BINARY" | "INPUT_TOO_LARGE"
  | "TIMEOUT" | "OUT_OF_MEMORY" | "WORKER_EXITED" | "EXTRACTION_FAILED";

export interface ExtractErrorInfo {
  code: ExtractErrorCode;
  message: string;
}

/** One text to extract. */
export interface BatchItem {
  id: string;
  text: string;
  format?: InputFormat | undefined;
  referenceDate?: string | null | undefined;
}

/** An input already known to be bad (unreadable file, invalid JSONL line): passed through in order. */
export interface BatchFailure {
  id: string;
  failed: ExtractErrorInfo;
}

export type BatchInput = BatchItem | BatchFailure;

export interface BatchResult {
  /** Position of the input in the stream (0-based). */
  index: number;
  id: string;
  /** The input's text length in characters (0 for failures). */
  chars: number;
  error: ExtractErrorInfo | null;
  /** The releases (no output format) … */
  releases: PressRelease[] | null;
  /** … or one formatted chunk per release (with an output format). */
  chunks: string[] | null;
  releaseCount: number;
  warnings: number;
}

export interface BatchOptions {
  /** Worker threads; 1 runs inline unless `isolate`. */
  jobs: number;
  /** Workers beyond the first start only after this many characters of input (see PoolOptions); default 0. */
  growAfterChars?: number;
  /** Run in a worker thread even with one job (time budget and heap limit need one). */
  isolate: boolean;
  /** Time budget per input in ms (workers only); 0 for none. */
  timeoutMs: number;
  /** Memory budget of one input: heap limit in MB of the worker that may use it all; null for Node's default. */
  maxMemoryMb: number | null;
  /**
   * Heap limit of an ordinary worker in MB (default WORKER_HEAP_MB); an input that
   * needs more is retried on a worker with maxMemoryMb. Null: every worker gets maxMemoryMb.
   */
  workerMemoryMb?: number | null | undefined;
  /** Fallback anchor for inputs without their own referenceDate. */
  referenceDate: string | null;
  /** Format of inputs that do not state one. */
  format: InputFormat;
  only: readonly OutputKind[] | null;
  /** Format releases where they are extracted; null: release objects. */
  output: OutputSpec | null;
  /** Hard cancel: in-flight work is dropped, workers end, the iteration throws the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Graceful stop: no new inputs are read; what is in flight still comes out. */
  stop?: AbortSignal | undefined;
  /** Worker module (compiled JS); tests inject faulty ones. */
  workerFile?: string | undefined;
}

const isFailure = (x: BatchInput): x is BatchFailure => "failed" in x;

/** At most this many inputs, and this many characters, are extracted together. */
const GROUP_SIZE = 32;
const GROUP_CHARS = 256_000;

function failure(index: number, id: string, error: ExtractErrorInfo): BatchResult {
  return { index, id, chars: 0, error, releases: null, chunks: null, releaseCount: 0, warnings: 0 };
}

/** Why an item cannot be extracted, or null. */
function itemProblem(item: BatchItem): string | null {
  if (typeof item.text !== "string") return `"text" must be a string, got ${item.text === null ? "null" : typeof item.text}`;
  if (item.format != null && !INPUT_FORMATS.includes(item.format)) return `"format" must be one of ${INPUT_FORMATS.join(", ")}`;
  const ref = item.referenceDate;
  if (ref != null && (typeof ref !== "string" || !isCalendarDate(ref))) return `"referenceDate" must be a calendar date YYYY-MM-DD`;
  return null;
}

export async function* runBatch(inputs: AsyncIterable<BatchInput> | Iterable<BatchInput>, opts: BatchOptions): AsyncGenerator<BatchResult> {
  const { signal, stop } = opts;
  signal?.throwIfAborted();
  const iterator: AsyncIterator<BatchInput> | Iterator<BatchInput> =
    Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : (inputs as Iterable<BatchInput>)[Symbol.iterator]();
  const usePool = opts.jobs > 1 || opts.isolate;
  // The extractors load only where they run: in the workers, or here for inline runs.
  let pool: WorkerPool | null = null;
  let runInline: ((tasks: readonly Task[]) => TaskResult[]) | null = null;
  if (usePool) {
    const { WorkerPool, defaultWorkerFile } = await import("./pool.js");
    pool = new WorkerPool({
      size: opts.jobs, workerFile: opts.workerFile ?? defaultWorkerFile(), timeoutMs: opts.timeoutMs, maxMemoryMb: opts.maxMemoryMb,
      workerMemoryMb: opts.workerMemoryMb === undefined ? WORKER_HEAP_MB : opts.workerMemoryMb, growAfterChars: opts.growAfterChars ?? 0,
    });
  } else {
    runInline = (await import("./task.js")).runTasks;
  }

  // Inputs are extracted in groups (their releases through the stages together, about a
  // third less CPU time than one by one: Pipeline.runAll). A group is sent when it is full,
  // or as soon as no further input is at hand, so a slow source (a mapper on a pipe) never
  // holds an input back. A group that fails in any way is retried input by input, so a
  // timeout, a crash or an exception is reported for the one input that caused it.
  interface Member { task: Task; index: number; id: string; chars: number; settle(r: BatchResult): void }
  let group: Member[] = [];
  let groupChars = 0;

  const settleWith = (m: Member, r: TaskResult) => m.settle({ index: m.index, id: m.id, chars: m.chars, error: null, ...r });
  const settleFailed = (m: Member, code: ExtractErrorCode, message: string) => m.settle(failure(m.index, m.id, { code, message }));
  const failedMessage = (e: unknown) => `extraction failed: ${e instanceof Error ? e.message : String(e)}`;

  const runOne = (m: Member): void => {
    if (runInline) {
      try {
        settleWith(m, runInline([m.task])[0]!);
      } catch (e) {
        settleFailed(m, "EXTRACTION_FAILED", failedMessage(e));
      }
      return;
    }
    pool!.run<TaskResult>(m.task, m.chars).then((r) => settleWith(m, r), (e: TaskError) =>
      settleFailed(m, e.code === "ABORTED" ? "EXTRACTION_FAILED" : e.code, e.message));
  };

  const flush = (): void => {
    const members = group;
    group = [];
    groupChars = 0;
    if (members.length === 1) return runOne(members[0]!);
    if (members.length === 0) return;
    const tasks = members.map((m) => m.task);
    if (runInline) {
      let results: TaskResult[] | null = null;
      try {
        results = runInline(tasks);
      } catch {
        results = null;
      }
      if (results) members.forEach((m, i) => settleWith(m, results[i]!));
      else members.forEach(runOne);
      return;
    }
    const chars = members.reduce((n, m) => n + m.chars, 0);
    pool!.run<TaskResult[]>(tasks, chars).then(
      (results) => members.forEach((m, i) => settleWith(m, results[i]!)),
      (e: TaskError) => (e.code === "ABORTED" ? members.forEach((m) => settleFailed(m, "EXTRACTION_FAILED", e.message)) : members.forEach(runOne)),
    );
  };

  const start = (input: BatchInput, index: number): Promise<BatchResult> => {
    if (isFailure(input)) return Promise.resolve(failure(index, input.id, input.failed));
    const why = itemProblem(input);
    if (why) return Promise.resolve(failure(index, input.id, { code: "INPUT_INVALID", message: why }));
    const task: Task = {
      source: input.id, text: input.text, format: input.format ?? opts.format,
      referenceDate: input.referenceDate ?? opts.referenceDate, only: opts.only, output: opts.output,
    };
    return new Promise<BatchResult>((settle) => {
      const chars = input.text.length;
      // A long input goes alone: grouping gains nothing there, and a retry would repeat much work.
      if (chars > GROUP_CHARS / 4 || groupChars + chars > GROUP_CHARS) flush();
      group.push({ task, index, id: input.id, chars, settle });
      groupChars += chars;
      if (chars > GROUP_CHARS / 4 || group.length >= GROUP_SIZE) flush();
    });
  };

  // Every event (a result done, an input read, a stop, an abort) wakes the loop, which then looks at
  // what changed. One short-lived promise per wait: nothing accumulates on long-lived promises over
  // a stream of millions of inputs.
  let wakeUp: (() => void) | null = null;
  const wake = () => {
    const w = wakeUp;
    wakeUp = null;
    w?.();
  };
  signal?.addEventListener("abort", wake);
  stop?.addEventListener("abort", wake);

  interface Pending { done: boolean; result: BatchResult | null }
  interface Read { done: boolean; next: IteratorResult<BatchInput> | null; error: unknown }
  // Room for a few full groups per worker (inline: one group).
  const window = usePool ? Math.max(4, opts.jobs * 3) * GROUP_SIZE : GROUP_SIZE;
  let flushTimer: NodeJS.Immediate | null = null;
  const inFlight: Pending[] = [];
  let reading: Read | null = null;
  let ended = false;
  let abandoned = false;
  let index = 0;
  try {
    for (;;) {
      signal?.throwIfAborted();
      if (reading?.done) {
        const { next, error } = reading;
        reading = null;
        if (error !== undefined) throw error;
        if (next!.done) ended = true;
        else {
          const pending: Pending = { done: false, result: null };
          inFlight.push(pending);
          void start(next!.value, index++).then((result) => {
            pending.done = true;
            pending.result = result;
            wake();
          });
        }
        continue;
      }
      if (reading && stop?.aborted) {
        // Stopped while waiting for input: that input is abandoned.
        reading = null;
        ended = abandoned = true;
      }
      const head = inFlight[0];
      if (head?.done) {
        inFlight.shift();
        yield head.result!;
        continue;
      }
      if (!ended && !reading && inFlight.length < window) {
        if (stop?.aborted) ended = true;
        else {
          const read: Read = { done: false, next: null, error: undefined };
          reading = read;
          Promise.resolve(iterator.next()).then(
            (next) => ((read.next = next), (read.done = true), wake()),
            (e: unknown) => ((read.error = e ?? new Error("input source failed")), (read.done = true), wake()),
          );
          continue;
        }
      }
      if (!inFlight.length && !reading) break;
      if (group.length > 0) {
        // Nothing more to read now (window full or input ended): send the group. A read under
        // way may bring the next input at once (a buffered file) or not (a pipe): send the
        // group if nothing arrived by the next turn of the event loop.
        if (!reading) flush();
        else flushTimer ??= setImmediate(() => {
          flushTimer = null;
          flush();
        });
      }
      await new Promise<void>((resolve) => (wakeUp = resolve));
    }
  } finally {
    if (flushTimer) clearImmediate(flushTimer);
    signal?.removeEventListener("abort", wake);
    stop?.removeEventListener("abort", wake);
    await pool?.destroy();
    // Not awaited: a source blocked on a read (a pipe with no writer) must not keep the run open.
    if (!ended || reading || abandoned) void Promise.resolve(iterator.return?.()).catch(() => {});
  }
}
