/**
 * The pressextract command (./bin.ts runs it). See `pressextract --help`. A thin user of the
 * library's batch runner (src/stream): this file parses options, checks
 * paths, and writes what the runner hands back in input order.
 */
import { createWriteStream, existsSync, fstatSync, readFileSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { checkOnly, isCalendarDate, OUTPUT_KINDS, type OutputKind } from "../options.js";
import { runBatch, type BatchInput } from "../stream/run.js";
import { WORKER_HEAP_MB } from "../stream/limits.js";
import { parseCommandArgs, suggestion, UsageError, type OptionSpecs } from "./args.js";
import { readInputs, MAX_INPUT_BYTES, type FileIdentity, type ReadInput } from "./inputs.js";
import { createProgress } from "./progress.js";
import { createWriter, OUTPUT_FORMATS, put, type OutputFormat, type OutputSpec } from "./output.js";
import { outputIsInput } from "./paths.js";

/** Default time budget per input, in seconds: a 20 MB text (the size limit) takes about 20 s. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

/**
 * The default --jobs starts its second and later workers only after this much
 * input. On the 2-core development machine a second worker started later pays
 * only when about 8 MB or more of input remain for it (it competes with the
 * first for the cores while it warms up): with the threshold at 6 million
 * characters, 8, 12 and 16 MB inputs ran 1.2, 0.7 and 0.3 s slower than on
 * one worker; at 16 million, 12 MB took as long as on one worker, 24 MB 0.4 s
 * and 48 MB 4.9 s less (README "--jobs default"). Below this threshold the
 * default is exactly --jobs 1; just above it a run may lose up to about 1 s.
 */
export const AUTO_JOBS_GROW_AFTER_CHARS = 16_000_000;
const AUTO_JOBS_GROW_AFTER_MB = AUTO_JOBS_GROW_AFTER_CHARS / 1_000_000;

const HELP = `pressextract — typed data from German press releases

Usage:
  pressextract extract [options] <file|dir|->...
  pressextract extract --mapper [options] [file|-]
  pressextract schema
  pressextract --help | --version

extract options:
  --format jsonl|json|csv      output (default jsonl: one release per line;
                               csv: one row per mention, role and record)
  --input text|markdown|html|jsonl
                               how to read the inputs (default: by file
                               extension, .md markdown, .html html, else text;
                               jsonl: each line is {"id","text","referenceDate"?,"format"?})
  --reference-date YYYY-MM-DD  fallback anchor for relative dates of every input
  --only KIND[,KIND...]        extract only these: ${OUTPUT_KINDS.join(", ")}
  --out FILE                   write there instead of stdout (never one of the inputs)
  -j, --jobs N                 worker threads (default: the number of cores, the
                               second and later ones started only after the first
                               ${AUTO_JOBS_GROW_AFTER_MB} MB of input); output order is input order
  --timeout-per-input SECONDS  time budget of one input (default ${DEFAULT_TIMEOUT_SECONDS}; 0: none);
                               an input over it is reported and the run goes on
  --max-memory MB              memory budget of one input (default: half the
                               memory over the jobs, 1024 to 4096): workers run
                               with a ${WORKER_HEAP_MB} MB heap, an input that needs more
                               is retried once on a worker with this heap limit;
                               one over it is reported and the run goes on
  --csv-delimiter CHAR         CSV field delimiter (default ","; ";" or tab for
                               spreadsheets with a German locale)
  --bom                        start CSV with a UTF-8 byte order mark (Excel)
  --mapper                     strict streaming mapper for cluster engines:
                               JSONL in (default: standard input), exactly one
                               line out per line in, in order:
                               {"id","releases":[...]} or {"id","error":{...}}

Directories are walked for .txt, .md and .html files (symbolic links are
followed). "-" reads standard input. Only regular files are read as texts
(JSONL may also come from a FIFO). Inputs over ${MAX_INPUT_BYTES / 1024 / 1024} MB per text are
refused (put archives in JSONL). Every input is extracted on a worker thread,
so one that runs too long or out of memory is reported without stopping the
others. A progress bar appears on stderr when it is a terminal; a one-line
summary (inputs, releases, warnings, errors, time) ends every run. Ctrl-C
stops taking new inputs, finishes those in flight and leaves the output with
complete lines only (exit 130); a second Ctrl-C stops at once.
Bad inputs (missing, unreadable, binary, empty, invalid JSONL lines, over the
time or memory budget) are reported on stderr by name; the others are still
processed and the exit code is 1 (0 with --mapper, where errors are data).

Examples:
  pressextract extract fixtures/seeds/seed-000.txt
  pressextract extract --format csv --csv-delimiter ";" --bom --out mentions.csv archive/
  pressextract extract --input jsonl --reference-date 2024-01-31 dump.jsonl > releases.jsonl
  pressextract extract --only dates,figures --input jsonl dump.jsonl
  cat release.html | pressextract extract --input html -
  parallel --pipe --keep-order -S host1,host2 pressextract extract --mapper < dump.jsonl
  pressextract schema > pressrelease.schema.json
`;

const COMMANDS = ["extract", "schema", "help"];

const EXTRACT_OPTIONS: OptionSpecs = {
  format: { type: "string" },
  input: { type: "string" },
  "reference-date": { type: "string" },
  only: { type: "string" },
  out: { type: "string" },
  jobs: { type: "string", short: "j" },
  "timeout-per-input": { type: "string" },
  "max-memory": { type: "string" },
  "csv-delimiter": { type: "string" },
  bom: { type: "boolean" },
  mapper: { type: "boolean" },
  help: { type: "boolean", short: "h" },
};

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
  /** Worker module (tests inject faulty workers). */
  workerFile?: string;
  /** Graceful stop (first Ctrl-C): no new inputs; what is in flight is still written. */
  signal?: AbortSignal;
  /** Hard stop (second Ctrl-C): in-flight inputs are dropped. */
  abort?: AbortSignal;
}

/** The package version, from the package.json above this file (src/, dist/src/ or dist/bundle/). */
function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++, dir = dirname(dir)) {
    const p = join(dir, "package.json");
    if (existsSync(p)) {
      const pkg = JSON.parse(readFileSync(p, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "pressextract") return pkg.version ?? "unknown";
    }
  }
  return "unknown";
}


/** Heap limit per worker: half the memory shared by the jobs, within 1–4 GB. */
export function defaultMaxMemoryMb(jobs: number): number {
  return Math.min(4096, Math.max(1024, Math.floor(totalmem() / 1024 / 1024 / 2 / jobs)));
}

interface ExtractSettings {
  format: OutputFormat;
  mode: "text" | "markdown" | "html" | "jsonl";
  referenceDate: string | null;
  only: OutputKind[] | null;
  out: string | null;
  jobs: number;
  /** Workers beyond the first start after this many characters (the default --jobs only). */
  growAfterChars: number;
  timeoutMs: number;
  maxMemoryMb: number;
  delimiter: string;
  bom: boolean;
  mapper: boolean;
  paths: string[];
}

/** The extract options checked; a UsageError says what is wrong. */
function extractSettings(values: Record<string, string | boolean | undefined>, positionals: string[]): ExtractSettings {
  const str = (k: string) => values[k] as string | undefined;
  const mapper = values.mapper === true;
  const format = (str("format") ?? "jsonl") as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(", ")}${suggestion(format, OUTPUT_FORMATS)}`);
  const modes = ["text", "markdown", "html", "jsonl"] as const;
  const mode = (str("input") ?? (mapper ? "jsonl" : "text")) as ExtractSettings["mode"];
  if (!modes.includes(mode)) throw new UsageError(`--input must be text, markdown, html or jsonl${suggestion(mode, modes)}`);
  if (mapper && mode !== "jsonl") throw new UsageError("--mapper reads JSONL: leave out --input or give --input jsonl");
  if (mapper && format !== "jsonl") throw new UsageError("--mapper writes JSONL: leave out --format");
  const ref = str("reference-date") ?? null;
  if (ref !== null && !isCalendarDate(ref)) throw new UsageError(`--reference-date must be a calendar date YYYY-MM-DD, got "${ref}"`);
  let only: OutputKind[] | null = null;
  if (str("only") !== undefined) {
    only = str("only")!.split(",").map((s) => s.trim()).filter(Boolean) as OutputKind[];
    const why = checkOnly(only);
    if (why) {
      const unknown = only.find((k) => !OUTPUT_KINDS.includes(k)) ?? "";
      throw new UsageError(`--${why}${unknown ? suggestion(unknown, OUTPUT_KINDS) : ""}`);
    }
  }
  // The default uses every core, but starts workers beyond the first only for
  // runs large enough to pay for their start-up; a number given is taken as is.
  const jobs = str("jobs") === undefined ? availableParallelism() : Number(str("jobs"));
  const growAfterChars = str("jobs") === undefined ? AUTO_JOBS_GROW_AFTER_CHARS : 0;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError("--jobs must be a whole number from 1 to 256");
  const timeout = str("timeout-per-input") === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(str("timeout-per-input"));
  if (!Number.isFinite(timeout) || timeout < 0) throw new UsageError("--timeout-per-input must be a number of seconds (0: no limit)");
  const memory = str("max-memory") === undefined ? defaultMaxMemoryMb(jobs) : Number(str("max-memory"));
  if (!Number.isInteger(memory) || memory < 64) throw new UsageError("--max-memory must be a whole number of MB, at least 64");
  let delimiter = str("csv-delimiter") ?? ",";
  if (delimiter === "tab" || delimiter === "\\t") delimiter = "\t";
  if ([...delimiter].length !== 1 || /["\r\n]/.test(delimiter)) throw new UsageError('--csv-delimiter must be one character other than a quote or a line break (or "tab")');
  if (str("csv-delimiter") !== undefined && format !== "csv") throw new UsageError("--csv-delimiter is for --format csv");
  if (values.bom === true && format !== "csv") throw new UsageError("--bom is for --format csv (JSON must not start with a byte order mark)");
  const paths = positionals.length === 0 && mapper ? ["-"] : positionals;
  if (paths.length === 0) throw new UsageError("no input given (a file, a directory, or - for standard input)");
  if (paths.filter((p) => p === "-").length > 1) throw new UsageError('standard input ("-") can be read only once');
  return {
    format, mode, referenceDate: ref, only, out: str("out") ?? null, jobs, growAfterChars, timeoutMs: Math.round(timeout * 1000),
    maxMemoryMb: memory, delimiter, bom: values.bom === true, mapper, paths,
  };
}

export async function main(argv: string[], io: CliIo, options: MainOptions = {}): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command) {
      io.stdout.write(HELP);
      return 2;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      parseCommandArgs(rest, {}, false);
      io.stdout.write(HELP);
      return 0;
    }
    if (command === "--version" || command === "-v") {
      parseCommandArgs(rest, {}, false);
      io.stdout.write(`pressextract ${version()}\n`);
      return 0;
    }
    if (command === "schema") {
      const { values } = parseCommandArgs(rest, { help: { type: "boolean", short: "h" } }, false);
      if (values.help) {
        io.stdout.write(HELP);
        return 0;
      }
      // Loaded here, not at start: zod and the schemas cost every other command about 70 ms.
      const { pressReleaseJsonSchema } = await import("../schema/release.js");
      io.stdout.write(JSON.stringify(pressReleaseJsonSchema(), null, 2) + "\n");
      return 0;
    }
    if (command !== "extract") {
      if (command.startsWith("-")) return fail(io, `unknown option ${command} (options come after the command: pressextract extract [options] ...)`);
      return fail(io, `unknown command "${command}"${suggestion(command, COMMANDS)}`);
    }
    const { values, positionals } = parseCommandArgs(rest, EXTRACT_OPTIONS, true);
    if (values.help) {
      io.stdout.write(HELP);
      return 0;
    }
    return await runExtract(extractSettings(values, positionals), io, options);
  } catch (e) {
    if (e instanceof UsageError) return fail(io, e.message);
    throw e;
  }
}

async function runExtract(s: ExtractSettings, io: CliIo, options: MainOptions): Promise<number> {
  // Before anything is opened: writing to an input would truncate it before it is read.
  if (s.out !== null) {
    const clash = await outputIsInput(s.out, s.paths, s.mode, io.stdin);
    if (clash) return fail(io, `--out ${s.out} is ${clash}; refusing to overwrite an input`);
  }
  let out: Writable = io.stdout;
  let outIdentity: FileIdentity | null = null;
  if (s.out !== null) {
    const file = createWriteStream(s.out);
    const opened = await new Promise<Error | null>((resolve) => {
      file.once("open", () => resolve(null));
      file.once("error", (e) => resolve(e));
    });
    if (opened) return fail(io, `cannot write ${s.out}: ${opened.message}`);
    out = file;
    outIdentity = fstatSync((file as unknown as { fd: number }).fd);
  }

  const writer = createWriter(out, s.format, { delimiter: s.delimiter, bom: s.bom });
  const progress = createProgress(io.stderr, s.paths);
  const summary = { inputs: 0, releases: 0, warnings: 0, problems: 0 };
  const report = (label: string, message: string) => {
    summary.problems++;
    progress.log(`pressextract: ${label}: ${message}\n`);
  };
  // The id and label of each input, in order: results come back in the same order.
  const pending: ReadInput[] = [];
  async function* batchInputs(): AsyncGenerator<BatchInput> {
    for await (const r of readInputs(s.paths, { mode: s.mode, stdin: io.stdin as AsyncIterable<Buffer>, strict: s.mapper, output: outIdentity })) {
      pending.push(r);
      yield r.input;
    }
  }
  const spec: OutputSpec = s.mapper ? { format: "json" } : { format: s.format, delimiter: s.delimiter };
  const t0 = performance.now();
  let hardStopped = false;
  try {
    const results = runBatch(batchInputs(), {
      jobs: s.jobs, growAfterChars: s.growAfterChars, isolate: true, timeoutMs: s.timeoutMs, maxMemoryMb: s.maxMemoryMb, referenceDate: s.referenceDate,
      format: "text", only: s.only, output: spec, signal: options.abort, stop: options.signal, workerFile: options.workerFile,
    });
    for await (const r of results) {
      const read = pending.shift()!;
      if (s.mapper) {
        const line = r.error
          ? JSON.stringify({ id: read.key, error: r.error })
          : `{"id":${JSON.stringify(read.key)},"releases":[${r.chunks!.join(",")}]}`;
        await put(out, line + "\n");
      }
      if (r.error) {
        report(read.label, r.error.message);
        continue;
      }
      summary.inputs++;
      summary.releases += r.releaseCount;
      summary.warnings += r.warnings;
      if (r.releaseCount === 0 && !s.mapper) report(read.label, "no release found in the text");
      if (!s.mapper) for (const chunk of r.chunks!) await writer.write(chunk);
      progress.tick(r.chars, summary.releases);
    }
  } catch (e) {
    if (!options.abort?.aborted) throw e;
    hardStopped = true;
  }
  if (!s.mapper) await writer.end();
  if (out !== io.stdout) await new Promise<void>((resolve) => out.end(resolve));
  progress.stop();
  const seconds = (performance.now() - t0) / 1000;
  const interrupted = options.signal?.aborted || hardStopped ? ", interrupted" : "";
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  io.stderr.write(
    `pressextract: ${plural(summary.inputs, "input")}, ${plural(summary.releases, "release")}, ` +
      `${plural(summary.warnings, "warning")}, ${plural(summary.problems, "error")} in ${seconds.toFixed(1)} s${interrupted}\n`,
  );
  if (interrupted) return 130;
  if (s.mapper) return 0;
  return summary.problems ? 1 : 0;
}

