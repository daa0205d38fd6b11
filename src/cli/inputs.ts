/**
 * Where CLI inputs come from: files, directories (walked for .txt/.md/.html,
 * following symbolic links), standard input, and JSONL streams. Each yields
 * items or failures that name the input; a failure never stops the other
 * inputs. Only regular files are read as texts (a FIFO or a device would
 * block or never end); JSONL may also come from a FIFO, as a stream.
 */
import { constants, createReadStream, openSync, type Stats } from "node:fs";
import { Socket } from "node:net";
import { open, readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { formatFromPath, INPUT_FORMATS, type InputFormat } from "../input/formats.js";
import { isCalendarDate } from "../options.js";
import type { BatchFailure, BatchInput, BatchItem, ExtractErrorCode } from "../stream/run.js";

/** Inputs larger than this are refused (a press release is a few kB; whole archives belong in JSONL). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** A JSONL line may be longer than its text (JSON escapes), but not without bound. */
export const MAX_JSONL_LINE_BYTES = 4 * MAX_INPUT_BYTES;
export const WALKED = /\.(txt|md|markdown|html?)$/i;

/** An input as read, with the id the JSONL line gave (for --mapper: null when it gave none). */
export interface ReadInput {
  input: BatchInput;
  key: string | number | null;
  /** How messages name the input: the path, or "dump.jsonl:17 (id x)". */
  label: string;
}

const failed = (id: string, code: ExtractErrorCode, message: string, key: string | number | null = null, label = id): ReadInput =>
  ({ input: { id, failed: { code, message } } satisfies BatchFailure, key, label });

const item = (id: string, text: string, format: InputFormat): ReadInput =>
  ({ input: { id, text, format } satisfies BatchItem, key: null, label: id });

/** Why a text cannot be read as a release, or null when it can. */
export function textProblem(text: string): { code: ExtractErrorCode; message: string } | null {
  if (text.trim() === "") return { code: "INPUT_EMPTY", message: "empty input" };
  if (text.includes("\u0000")) return { code: "INPUT_BINARY", message: "binary data (NUL bytes), not text" };
  let bad = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) bad++;
  if (bad > 8 && bad / text.length > 0.01) return { code: "INPUT_BINARY", message: "not valid UTF-8 text (binary or another encoding)" };
  return null;
}

/** What kind of file a non-regular file is, for the message. */
export function fileKind(st: Stats): string {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}

function errnoMessage(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === "ENOENT") return "no such file or directory";
  if (err.code === "EACCES") return "permission denied";
  if (err.code === "ELOOP") return "too many levels of symbolic links";
  return err.message;
}

/** Files under `dir` in name order; symbolic links are followed (each directory once, so link cycles end). */
async function* walk(dir: string, visited: Set<string>): AsyncGenerator<string | ReadInput> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield failed(dir, "INPUT_UNREADABLE", `cannot read directory: ${errnoMessage(e)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      yield* walk(p, visited);
    } else if (e.isSymbolicLink()) {
      let target: Stats;
      try {
        target = await stat(p);
      } catch (err) {
        if (WALKED.test(e.name)) yield failed(p, "INPUT_UNREADABLE", `broken symbolic link: ${errnoMessage(err)}`);
        continue;
      }
      if (target.isDirectory()) yield* walk(p, visited);
      else if (WALKED.test(e.name)) yield p;
    } else if (WALKED.test(e.name)) {
      // Also FIFOs and devices named .txt: readTextFile says what they are.
      yield p;
    }
  }
}

/** Device and inode of a file. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

/** A named file read as one text: regular files only, never the output file, and at most MAX_INPUT_BYTES. */
async function readTextFile(path: string, format: InputFormat, output: FileIdentity | null): Promise<ReadInput> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return failed(path, "INPUT_UNREADABLE", `cannot read: ${fileKind(st)}, not a regular file`);
    if (st.size > MAX_INPUT_BYTES) {
      return failed(path, "INPUT_TOO_LARGE", `file is ${st.size} bytes, over the limit of ${MAX_INPUT_BYTES} bytes per text (use --input jsonl for archives)`);
    }
    // Read through a handle checked again after opening (the path may have been swapped) and never past the limit.
    const handle = await open(path, "r");
    try {
      const st2 = await handle.stat();
      if (!st2.isFile()) return failed(path, "INPUT_UNREADABLE", `cannot read: ${fileKind(st2)}, not a regular file`);
      if (output && st2.dev === output.dev && st2.ino === output.ino) return failed(path, "INPUT_UNREADABLE", "is the --out file; skipped");
      const buf = Buffer.alloc(Math.min(MAX_INPUT_BYTES + 1, Math.max(st2.size + 1, 1)));
      let size = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buf, size, buf.length - size, size);
        if (bytesRead === 0) break;
        size += bytesRead;
        if (size >= buf.length) break;
      }
      if (size > MAX_INPUT_BYTES) return failed(path, "INPUT_TOO_LARGE", `over the limit of ${MAX_INPUT_BYTES} bytes per text`);
      const text = buf.subarray(0, size).toString("utf8");
      const why = textProblem(text);
      return why ? failed(path, why.code, why.message) : item(path, text, format);
    } finally {
      await handle.close();
    }
  } catch (e) {
    return failed(path, "INPUT_UNREADABLE", `cannot read: ${errnoMessage(e)}`);
  }
}

async function readAll(stream: Readable, name: string, format: InputFormat): Promise<ReadInput> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), "utf8");
    size += buf.length;
    if (size > MAX_INPUT_BYTES) return failed(name, "INPUT_TOO_LARGE", `over the limit of ${MAX_INPUT_BYTES} bytes per text (use --input jsonl for archives)`);
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  const why = textProblem(text);
  return why ? failed(name, why.code, why.message) : item(name, text, format);
}

/** The id of a JSONL object: strings and finite numbers as given, nothing else. */
function jsonlKey(id: unknown): { key: string | number | null; problem: string | null } {
  if (id === undefined || id === null) return { key: null, problem: null };
  if (typeof id === "string") return { key: id, problem: null };
  if (typeof id === "number" && Number.isFinite(id)) return { key: id, problem: null };
  const what = Array.isArray(id) ? "an array" : typeof id === "number" ? String(id) : typeof id;
  return { key: null, problem: `"id" must be a string or a number, got ${what}` };
}

/**
 * One JSONL line → an item or a failure naming "<input>:<line>"; null for a
 * blank line (in mapper mode a blank line is a failure too, so that every
 * line has its answer).
 */
export function parseJsonlLine(line: string, where: string, strict = false): ReadInput | null {
  if (line.trim() === "") return strict ? failed(where, "INPUT_EMPTY", "empty line") : null;
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return failed(where, "INPUT_INVALID", `invalid JSON: ${(e as Error).message}`);
  }
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return failed(where, "INPUT_INVALID", "expected a JSON object {\"id\", \"text\", ...}");
  const o = obj as Record<string, unknown>;
  const { key, problem } = jsonlKey(o.id);
  if (problem) return failed(where, "INPUT_INVALID", problem);
  const id = key === null ? where : String(key);
  const label = key === null ? where : `${where} (id ${id})`;
  const bad = (code: ExtractErrorCode, message: string) => failed(id, code, message, key, label);
  if (typeof o.text !== "string") return bad("INPUT_INVALID", 'missing "text" (a string)');
  if (o.referenceDate != null && (typeof o.referenceDate !== "string" || !isCalendarDate(o.referenceDate))) {
    return bad("INPUT_INVALID", '"referenceDate" must be a calendar date YYYY-MM-DD');
  }
  if (o.format != null && !INPUT_FORMATS.includes(o.format as InputFormat)) {
    return bad("INPUT_INVALID", `"format" must be one of ${INPUT_FORMATS.join(", ")}`);
  }
  if (o.text.length > MAX_INPUT_BYTES) return bad("INPUT_TOO_LARGE", `text over the limit of ${MAX_INPUT_BYTES} characters`);
  const why = textProblem(o.text);
  if (why) return bad(why.code, why.message);
  const out: BatchItem = { id, text: o.text, format: (o.format as InputFormat | undefined) ?? "text" };
  if (typeof o.referenceDate === "string") out.referenceDate = o.referenceDate;
  return { input: out, key, label };
}

/**
 * Lines of a byte stream, each at most `max` bytes: a longer line is
 * reported as null and skipped up to its end, so one endless line (or
 * /dev/zero) never fills the memory.
 */
export async function* boundedLines(stream: AsyncIterable<Buffer | string>, max: number): AsyncGenerator<string | null> {
  let parts: Buffer[] = [];
  let size = 0;
  let overlong = false;
  const finish = (): string | null => {
    const line = overlong ? null : Buffer.concat(parts, size).toString("utf8").replace(/\r$/, "");
    parts = [];
    size = 0;
    overlong = false;
    return line;
  };
  for await (const chunk of stream) {
    let buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    for (let nl = buf.indexOf(10); nl >= 0; nl = buf.indexOf(10)) {
      if (!overlong && size + nl <= max) parts.push(buf.subarray(0, nl)), (size += nl);
      else overlong = true;
      yield finish();
      buf = buf.subarray(nl + 1);
    }
    if (buf.length === 0) continue;
    if (!overlong && size + buf.length <= max) parts.push(buf), (size += buf.length);
    else (overlong = true), (parts = []), (size = 0);
  }
  if (size > 0 || overlong) yield finish();
}

async function* readJsonl(stream: AsyncIterable<Buffer | string>, name: string, strict: boolean): AsyncGenerator<ReadInput> {
  let n = 0;
  for await (const line of boundedLines(stream, MAX_JSONL_LINE_BYTES)) {
    n++;
    const where = `${name}:${n}`;
    const ev = line === null
      ? failed(where, "INPUT_TOO_LARGE", `line over the limit of ${MAX_JSONL_LINE_BYTES} bytes`)
      : parseJsonlLine(line, where, strict);
    if (ev) yield ev;
  }
}

export interface InputOptions {
  mode: "text" | "markdown" | "html" | "jsonl";
  stdin: AsyncIterable<Buffer | string>;
  /** Mapper mode: every JSONL line gets an answer, blank lines too. */
  strict?: boolean;
  /** The output file, never read as an input (a link in a walked directory may lead to it). */
  output?: FileIdentity | null;
}

async function openFile(path: string): Promise<Readable> {
  const stream = createReadStream(path);
  const openFailed = await new Promise<Error | null>((resolve) => {
    stream.once("open", () => resolve(null));
    stream.once("error", (e) => resolve(e));
  });
  if (openFailed) throw openFailed;
  return stream;
}

/**
 * A FIFO opened without blocking and read through the event loop: a plain
 * open() would wait for a writer in a libuv thread that nothing can end (not
 * even process.exit, which joins that thread). Without a writer it reads as
 * empty.
 */
function openFifo(path: string): Readable {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  return new Socket({ fd, readable: true, writable: false });
}

/** Every input of the given paths, in order, streaming. */
export async function* readInputs(paths: readonly string[], opts: InputOptions): AsyncGenerator<ReadInput> {
  const forced = opts.mode === "jsonl" ? undefined : opts.mode;
  const strict = opts.strict ?? false;
  for (const path of paths) {
    if (path === "-") {
      if (opts.mode === "jsonl") yield* readJsonl(opts.stdin, "<stdin>", strict);
      else yield await readAll(opts.stdin as Readable, "<stdin>", forced ?? "text");
      continue;
    }
    let st: Stats;
    try {
      st = await stat(path);
    } catch (e) {
      yield failed(path, "INPUT_UNREADABLE", `cannot read: ${errnoMessage(e)}`);
      continue;
    }
    if (st.isDirectory()) {
      for await (const f of walk(path, new Set())) {
        if (typeof f !== "string") yield f;
        else yield await readTextFile(f, forced && forced !== "text" ? forced : formatFromPath(f), opts.output ?? null);
      }
    } else if (opts.mode === "jsonl") {
      // A JSONL stream may come from a FIFO (`<(zcat dump.jsonl.gz)`); devices and sockets are refused.
      if (!st.isFile() && !st.isFIFO()) {
        yield failed(path, "INPUT_UNREADABLE", `cannot read: ${fileKind(st)}, not a regular file or FIFO`);
        continue;
      }
      let stream: Readable;
      try {
        stream = st.isFIFO() ? openFifo(path) : await openFile(path);
      } catch (e) {
        yield failed(path, "INPUT_UNREADABLE", `cannot read: ${errnoMessage(e)}`);
        continue;
      }
      try {
        let lines = 0;
        for await (const ev of readJsonl(stream, path, strict)) {
          lines++;
          yield ev;
        }
        if (lines === 0 && st.isFIFO()) yield failed(path, "INPUT_EMPTY", "the FIFO gave no data (no writer)");
      } finally {
        stream.destroy();
      }
    } else {
      // --input text|markdown|html overrides the extension for files named explicitly.
      yield await readTextFile(path, forced && forced !== "text" ? forced : formatFromPath(path), opts.output ?? null);
    }
  }
}
