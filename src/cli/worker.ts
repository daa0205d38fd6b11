/**
 * The worker-thread side of `pressextract extract --jobs N`: one task is one
 * input text, the result its releases (structured-cloned back).
 */
import { extract } from "../extract.js";
import type { PressRelease } from "../schema/release.js";
import type { InputItem } from "./inputs.js";

export type WorkerTask = Pick<InputItem, "id" | "text" | "format"> & { referenceDate: string | null };

export default function runTask(task: WorkerTask): PressRelease[] {
  return extract(task.text, { source: task.id, format: task.format, referenceDate: task.referenceDate });
}
