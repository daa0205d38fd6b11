/**
 * One unit of batch work: one input text → its releases, either as objects
 * (extractStream) or already formatted for output (the CLI), so that a worker
 * thread does the serialising and the main thread only writes.
 */
import { extract } from "../extract.js";
import type { InputFormat } from "../input/index.js";
import type { OutputKind } from "../options.js";
import type { PressRelease } from "../schema/release.js";
import { formatRelease, type OutputSpec } from "../cli/output.js";

export interface Task {
  source: string;
  text: string;
  format: InputFormat;
  referenceDate: string | null;
  only: readonly OutputKind[] | null;
  /** Format the releases here (one string each); null: return the objects. */
  output: OutputSpec | null;
}

export interface TaskResult {
  /** The releases, when the task had no output format. */
  releases: PressRelease[] | null;
  /** One formatted chunk per release, when it had. */
  chunks: string[] | null;
  releaseCount: number;
  warnings: number;
}

export function runTask(task: Task): TaskResult {
  const releases = extract(task.text, {
    source: task.source, format: task.format, referenceDate: task.referenceDate, ...(task.only ? { only: task.only } : {}),
  });
  const output = task.output;
  return {
    releases: output ? null : releases,
    chunks: output ? releases.map((r) => formatRelease(r, output)) : null,
    releaseCount: releases.length,
    warnings: releases.reduce((n, r) => n + r.warnings.length, 0),
  };
}
