#!/usr/bin/env node
/**
 * The pressextract command. See `pressextract --help`.
 */
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import type { Writable } from "node:stream";
import { pressReleaseJsonSchema } from "../schema/release.js";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { readInputs, MAX_INPUT_BYTES } from "./inputs.js";
import { runBatch } from "./batch.js";
import { createProgress } from "./progress.js";
import { createWriter, OUTPUT_FORMATS, type OutputFormat } from "./output.js";

const HELP = `pressextract — typed data from German press releases

Usage:
  pressextract extract [options] <file|dir|->...
  pressextract schema
  pressextract --help | --version

extract options:
  --format jsonl|json|csv      output (default jsonl: one release per line;
                               csv: one row per mention)
  --input text|markdown|html|jsonl
                               how to read the inputs (default: by file
                               extension, .md markdown, .html html, else text;
                               jsonl: each line is {"id","text","referenceDate"?,"format"?})
  --reference-date YYYY-MM-DD  fallback anchor for relative dates of every input
  --out FILE                   write there instead of stdout
  -j, --jobs N                 worker threads (default: the number of cores);
                               output order is input order whatever N is

Directories are walked for .txt, .md and .html files. "-" reads standard input.
Inputs over ${MAX_INPUT_BYTES / 1024 / 1024} MB per text are refused (put archives in JSONL).
A progress bar appears on stderr when it is a terminal; a one-line summary
(inputs, releases, warnings, errors, time) ends every run. Ctrl-C stops
taking new inputs and leaves the output with complete lines only (exit 130).
Bad inputs (missing, unreadable, binary, empty, invalid JSONL lines) are reported
on stderr by name; the others are still processed and the exit code is 1.

Examples:
  pressextract extract fixtures/seeds/seed-000.txt
  pressextract extract --format csv --out mentions.csv archive/
  pressextract extract --input jsonl --reference-date 2024-01-31 dump.jsonl > releases.jsonl
  cat release.html | pressextract extract --input html -
  pressextract schema > pressrelease.schema.json
`;

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: Writable;
  stderr: Writable;
}

function fail(io: CliIo, message: string): number {
  io.stderr.write(`pressextract: ${message}\nTry "pressextract --help".\n`);
  return 2;
}

export interface MainOptions {
  /** Worker module for --jobs > 1 (tests inject faulty workers). */
  workerFile?: string;
  /** Aborting stops taking new inputs; complete lines are still written. */
  signal?: AbortSignal;
}

export async function main(argv: string[], io: CliIo, options: MainOptions = {}): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.stdout.write(HELP);
    return command ? 0 : 2;
  }
  if (command === "--version" || command === "-v") {
    io.stdout.write("pressextract 0.1.0\n");
    return 0;
  }
  if (command === "schema") {
    io.stdout.write(JSON.stringify(pressReleaseJsonSchema(), null, 2) + "\n");
    return 0;
  }
  if (command !== "extract") return fail(io, `unknown command "${command}"`);

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "jsonl" },
        input: { type: "string" },
        "reference-date": { type: "string" },
        out: { type: "string" },
        jobs: { type: "string", short: "j" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    return fail(io, (e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) return fail(io, `--format must be one of ${OUTPUT_FORMATS.join(", ")}`);
  const mode = values.input ?? "text";
  if (!["text", "markdown", "html", "jsonl"].includes(mode)) return fail(io, "--input must be text, markdown, html or jsonl");
  const ref = values["reference-date"];
  if (ref !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(ref) || Number.isNaN(Date.parse(ref)))) {
    return fail(io, "--reference-date must be YYYY-MM-DD");
  }
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) return fail(io, "--jobs must be a whole number from 1 to 256");
  if (positionals.length === 0) return fail(io, "no input given (a file, a directory, or - for standard input)");

  let out: Writable = io.stdout;
  if (values.out) {
    out = createWriteStream(values.out);
    const opened = await new Promise<Error | null>((resolve) => {
      out.once("open", () => resolve(null));
      out.once("error", (e) => resolve(e));
    });
    if (opened) return fail(io, `cannot write ${values.out}: ${opened.message}`);
  }

  const writer = createWriter(out, format);
  const progress = createProgress(io.stderr, positionals);
  const summary = { inputs: 0, releases: 0, warnings: 0, problems: 0 };
  const t0 = performance.now();
  await runBatch(
    readInputs(positionals, { mode: mode as "text" | "jsonl", stdin: io.stdin as never }),
    { jobs, referenceDate: ref ?? null, output: format, ...(options.workerFile ? { workerFile: options.workerFile } : {}), ...(options.signal ? { signal: options.signal } : {}) },
    {
      async onReleases(item, { chunks, warnings }) {
        summary.inputs++;
        if (chunks.length === 0) this.onProblem(item.id, "no release found in the text");
        summary.releases += chunks.length;
        summary.warnings += warnings;
        for (const chunk of chunks) await writer.write(chunk);
        progress.tick(item.text.length, summary.releases);
      },
      onProblem(input, message) {
        summary.problems++;
        progress.log(`pressextract: ${input}: ${message}\n`);
      },
    },
  );
  await writer.end();
  if (out !== io.stdout) await new Promise<void>((resolve) => out.end(resolve));
  progress.stop();
  const seconds = (performance.now() - t0) / 1000;
  const interrupted = options.signal?.aborted ? ", interrupted" : "";
  io.stderr.write(
    `pressextract: ${summary.inputs} input${summary.inputs === 1 ? "" : "s"}, ${summary.releases} release${summary.releases === 1 ? "" : "s"}, ` +
      `${summary.warnings} warning${summary.warnings === 1 ? "" : "s"}, ${summary.problems} error${summary.problems === 1 ? "" : "s"} in ${seconds.toFixed(1)} s${interrupted}\n`,
  );
  if (options.signal?.aborted) return 130;
  return summary.problems ? 1 : 0;
}

// Run when executed as the command (not when imported by tests).
const invoked = process.argv[1] ?? "";
if (/(?:cli[\\/]main\.[jt]s|pressextract)$/.test(invoked)) {
  // A closed pipe ("pressextract ... | head") ends the run quietly.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  const interrupt = new AbortController();
  process.once("SIGINT", () => interrupt.abort());
  process.once("SIGTERM", () => interrupt.abort());
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, { signal: interrupt.signal }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`pressextract: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
