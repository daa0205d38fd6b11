#!/usr/bin/env node
/**
 * The `pressextract` command: runs main() (./main.ts) on the process's
 * arguments and streams. Kept apart from main.ts so that importing the CLI
 * (tests, benches) starts nothing.
 */
import { main } from "./main.js";

// A closed pipe ("pressextract ... | head") ends the run quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
const stop = new AbortController();
const abort = new AbortController();
const interrupt = () => (stop.signal.aborted ? abort.abort() : stop.abort());
process.on("SIGINT", interrupt);
process.on("SIGTERM", interrupt);
const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
main(process.argv.slice(2), io, { signal: stop.signal, abort: abort.signal }).then(
  (code) => {
    process.exitCode = code;
    // An interrupted run may leave a read pending (a pipe or FIFO with no writer): end once stdout is flushed.
    if (stop.signal.aborted) process.stdout.write("", () => process.exit(code));
  },
  (e: unknown) => {
    process.stderr.write(`pressextract: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 70;
  },
);
