/**
 * Progress on stderr while a batch runs, only when stderr is a terminal
 * (cli-progress); silent otherwise. The total is the size of the inputs
 * when all of them are plain files, so the bar can show time left.
 */
import { statSync } from "node:fs";
import { createRequire } from "node:module";
import type { Writable } from "node:stream";
import type cliProgressModule from "cli-progress";

// Loaded only when there is a terminal to draw on (about 15 ms at start otherwise).
const loadCliProgress = () => createRequire(import.meta.url)("cli-progress") as typeof cliProgressModule;

export interface Progress {
  tick(chars: number, releases: number): void;
  /** Print a line without tearing the bar. */
  log(line: string): void;
  stop(): void;
}

function totalSize(paths: readonly string[]): number {
  let total = 0;
  for (const p of paths) {
    try {
      const st = statSync(p);
      if (!st.isFile()) return 0;
      total += st.size;
    } catch {
      return 0;
    }
  }
  return total;
}

export function createProgress(stderr: Writable, paths: readonly string[]): Progress {
  const tty = (stderr as Writable & { isTTY?: boolean }).isTTY === true;
  if (!tty) {
    return { tick() {}, log: (line) => void stderr.write(line), stop() {} };
  }
  const total = totalSize(paths);
  const cliProgress = loadCliProgress();
  const bar = new cliProgress.SingleBar(
    {
      stream: stderr as unknown as NodeJS.WritableStream,
      format: total
        ? "{bar} {percentage}% | {releases} releases | {rate} MB/s | {duration_formatted} elapsed, {eta_formatted} left"
        : "{releases} releases | {rate} MB/s | {duration_formatted} elapsed",
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let done = 0;
  bar.start(total || 1, 0, { releases: 0, rate: "0.00" });
  return {
    tick(chars, releases) {
      done += chars;
      const rate = done / 1024 / 1024 / Math.max(0.001, (Date.now() - started) / 1000);
      bar.update(total ? Math.min(done, total) : 0, { releases, rate: rate.toFixed(2) });
    },
    log(line) {
      bar.stop();
      stderr.write(line);
      bar.start(total || 1, total ? Math.min(done, total) : 0);
    },
    stop: () => bar.stop(),
  };
}
