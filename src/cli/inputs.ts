/**
 * Where CLI inputs come from: files, directories (walked for .txt/.md/.html),
 * standard input, and JSONL streams. Each yields items or a problem that names
 * the input; a problem never stops the other inputs.
 */
import { createReadStream } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { formatFromPath, INPUT_FORMATS, type InputFormat } from "../input/index.js";

/** Inputs larger than this are refused (a press release is a few kB; whole archives belong in JSONL). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
const WALKED = /\.(txt|md|markdown|html?)$/i;

export interface InputItem {
  kind: "item";
  id: string;
  text: string;
  format: InputFormat;
  referenceDate?: string;
}

export interface InputProblem {
  kind: "problem";
  input: string;
  message: string;
}

export type InputEvent = InputItem | InputProblem;

const problem = (input: string, message: string): InputProblem => ({ kind: "problem", input, message });

/** Why a text cannot be read as a release, or null when it can. */
export function textProblem(text: string): string | null {
  if (text.trim() === "") return "empty input";
  if (text.includes("\u0000")) return "binary data (NUL bytes), not text";
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 8 && bad / text.length > 0.01) return "not valid UTF-8 text (binary or another encoding)";
  return null;
}

async function* walk(dir: string): AsyncGenerator<string | InputProblem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield problem(dir, `cannot read directory: ${(e as Error).message}`);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && WALKED.test(e.name)) yield p;
  }
}

async function readTextFile(path: string): Promise<InputEvent> {
  try {
    const st = await stat(path);
    if (st.size > MAX_INPUT_BYTES) {
      return problem(path, `file is ${st.size} bytes, over the limit of ${MAX_INPUT_BYTES} bytes per text (use --input jsonl for archives)`);
    }
    const text = await readFile(path, "utf8");
    const why = textProblem(text);
    if (why) return problem(path, why);
    return { kind: "item", id: path, text, format: formatFromPath(path) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "ENOENT" ? "no such file or directory" : err.code === "EACCES" ? "permission denied" : err.message;
    return problem(path, `cannot read: ${why}`);
  }
}

async function readAll(stream: Readable, name: string): Promise<InputEvent> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), "utf8");
    size += buf.length;
    if (size > MAX_INPUT_BYTES) return problem(name, `over the limit of ${MAX_INPUT_BYTES} bytes per text (use --input jsonl for archives)`);
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  const why = textProblem(text);
  return why ? problem(name, why) : { kind: "item", id: name, text, format: "text" };
}

/** One JSONL line → an item or a problem naming "<input>:<line>". */
export function parseJsonlLine(line: string, where: string): InputEvent | null {
  if (line.trim() === "") return null;
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return problem(where, `invalid JSON: ${(e as Error).message}`);
  }
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return problem(where, "expected a JSON object {\"id\", \"text\", ...}");
  const o = obj as Record<string, unknown>;
  if (typeof o.text !== "string") return problem(where, 'missing "text" (a string)');
  const id = o.id === undefined || o.id === null ? where : String(o.id);
  if (o.referenceDate !== undefined && o.referenceDate !== null && (typeof o.referenceDate !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(o.referenceDate))) {
    return problem(`${where} (id ${id})`, `"referenceDate" must be YYYY-MM-DD`);
  }
  if (o.format !== undefined && o.format !== null && !INPUT_FORMATS.includes(o.format as InputFormat)) {
    return problem(`${where} (id ${id})`, `"format" must be one of ${INPUT_FORMATS.join(", ")}`);
  }
  if (o.text.length > MAX_INPUT_BYTES) return problem(`${where} (id ${id})`, `text over the limit of ${MAX_INPUT_BYTES} characters`);
  const why = textProblem(o.text);
  if (why) return problem(`${where} (id ${id})`, why);
  const item: InputItem = { kind: "item", id, text: o.text, format: (o.format as InputFormat | undefined) ?? "text" };
  if (typeof o.referenceDate === "string") item.referenceDate = o.referenceDate;
  return item;
}

async function* readJsonl(stream: Readable, name: string): AsyncGenerator<InputEvent> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    const ev = parseJsonlLine(line, `${name}:${n}`);
    if (ev) yield ev;
  }
}

export interface InputOptions {
  mode: "text" | "markdown" | "html" | "jsonl";
  stdin: Readable;
}

/** Every input event of the given paths, in order, streaming. */
export async function* readInputs(paths: readonly string[], opts: InputOptions): AsyncGenerator<InputEvent> {
  const forced = opts.mode === "jsonl" ? undefined : opts.mode;
  for (const path of paths) {
    if (path === "-") {
      if (opts.mode === "jsonl") yield* readJsonl(opts.stdin, "<stdin>");
      else {
        const ev = await readAll(opts.stdin, "<stdin>");
        yield ev.kind === "item" && forced ? { ...ev, format: forced } : ev;
      }
      continue;
    }
    let st;
    try {
      st = await stat(path);
    } catch {
      yield problem(path, "cannot read: no such file or directory");
      continue;
    }
    if (st.isDirectory()) {
      for await (const f of walk(path)) {
        if (typeof f !== "string") yield f;
        else yield await readTextFile(f);
      }
    } else if (opts.mode === "jsonl") {
      const stream = createReadStream(path);
      const failed = await new Promise<Error | null>((resolve) => {
        stream.once("open", () => resolve(null));
        stream.once("error", (e) => resolve(e));
      });
      if (failed) yield problem(path, `cannot read: ${failed.message}`);
      else yield* readJsonl(stream, path);
    } else {
      const ev = await readTextFile(path);
      // --input text|markdown|html overrides the extension for files named explicitly.
      yield ev.kind === "item" && forced && forced !== "text" ? { ...ev, format: forced } : ev;
    }
  }
}
