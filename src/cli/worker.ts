/**
 * The extraction side of `pressextract extract`: one task is one input text,
 * the result its releases already formatted for output, so that a worker
 * thread does the serialising and the main thread only writes.
 */
import { extract } from "../extract.js";
import type { InputItem } from "./inputs.js";
import { formatRelease, type OutputFormat } from "./output.js";

export type WorkerTask = Pick<InputItem, "id" | "text" | "format"> & { referenceDate: string | null; output: OutputFormat };

export interface WorkerResult {
  /** One formatted chunk per release, in order. */
  chunks: string[];
  warnings: number;
}

export default function runTask(task: WorkerTask): WorkerResult {
  const releases = extract(task.text, { source: task.id, format: task.format, referenceDate: task.referenceDate });
  return {
    chunks: releases.map((r) => formatRelease(r, task.output)),
    warnings: releases.reduce((n, r) => n + r.warnings.length, 0),
  };
}
