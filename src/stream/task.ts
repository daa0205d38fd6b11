/**
 * One unit of batch work: one input text → its releases, either as objects
 * (extractStream) or already formatted for output (the CLI), so that a worker
 * thread does the serialising and the main thread only writes.
 */
import { extractBatch } from "../extract.js";
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
  return runTasks([task])[0]!;
}

/**
 * Several tasks of one run (they share `only` and `output`) extracted
 * together, their releases through the stages side by side (extractBatch).
 */
export function runTasks(tasks: readonly Task[]): TaskResult[] {
  const first = tasks[0];
  if (!first) return [];
  const texts = tasks.map((t) => ({ text: t.text, source: t.source, format: t.format, referenceDate: t.referenceDate }));
  const output = first.output;
  return extractBatch(texts, first.only ? { only: first.only } : {}).map((releases) => ({
    releases: output ? null : releases,
    chunks: output ? releases.map((r) => formatRelease(r, output)) : null,
    releaseCount: releases.length,
    warnings: releases.reduce((n, r) => n + r.warnings.length, 0),
  }));
}
