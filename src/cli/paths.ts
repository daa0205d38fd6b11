/**
 * Path checks made before the CLI opens anything: `--out` must not be one of
 * the inputs (opening it for writing would empty it before it is read).
 */
import { fstatSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, resolve, sep } from "node:path";
import { WALKED } from "./inputs.js";

/** The real path of `p`, also when `p` does not exist yet (its directory's real path + its name). */
async function realOrIntended(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    try {
      return resolve(await realpath(dirname(p)), basename(p));
    } catch {
      return resolve(p);
    }
  }
}

const sameFile = (a: { dev: number; ino: number }, b: { dev: number; ino: number }) => a.dev === b.dev && a.ino === b.ino;

/**
 * What `out` would overwrite among the inputs ("the input a.txt", "a file
 * in the walked directory d", "standard input"), or null. Compares real paths
 * and, for existing files, device and inode (hard links).
 */
export async function outputIsInput(out: string, paths: readonly string[], mode: string, stdin: unknown): Promise<string | null> {
  const outReal = await realOrIntended(out);
  const outStat = await stat(out).catch(() => null);
  for (const p of paths) {
    if (p === "-") {
      const fd = (stdin as { fd?: unknown }).fd;
      if (outStat && typeof fd === "number") {
        try {
          if (sameFile(fstatSync(fd), outStat)) return "standard input";
        } catch {
          // stdin without a file behind it
        }
      }
      continue;
    }
    const st = await stat(p).catch(() => null);
    if (!st) continue;
    const real = await realOrIntended(p);
    if (st.isDirectory()) {
      // Only a file the walk would read (.txt, .md, .html). A symbolic link in the directory that leads to
      // the output is caught while reading (readInputs' `output`).
      if (mode !== "jsonl" && outReal.startsWith(real.endsWith(sep) ? real : real + sep) && WALKED.test(outReal)) {
        return `a file in the input directory ${p}`;
      }
    } else if (real === outReal || (outStat && sameFile(st, outStat))) {
      return `the input ${p}`;
    }
  }
  return null;
}
