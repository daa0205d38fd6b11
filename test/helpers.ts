import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = join(ROOT, "..", "shared");

/** A seed text from fixtures/ (the seeds may be copied into the project). */
export function seed(n: number): string {
  return readFileSync(join(ROOT, "fixtures", "seeds", `seed-00${n}.txt`), "utf8");
}
