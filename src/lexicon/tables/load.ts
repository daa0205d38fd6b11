/**
 * Where the prebuilt lookup tables (gazetteer, first names) come from. Read
 * once, on first use, never at import; the bytes are the tables (no parse,
 * no objects built), so a worker thread can take the main thread's copy.
 *
 * - Node: data/tables.bin beside this module, read synchronously into a
 *   SharedArrayBuffer.
 * - Worker threads: `adoptTables(handle)` with the `exportTables()` handle of
 *   the thread that read them: N workers hold one copy of the bytes.
 * - Browsers (no file system): `await loadTables()` before the first extract
 *   (bundlers such as Vite emit the file as an asset for the `new URL(…,
 *   import.meta.url)` below).
 * - Anyone: `useTables(bytes)` sets them from the bytes of a table file.
 */
import { TableFile } from "./format.js";

const SHIPPED = new URL("../data/tables.bin", import.meta.url);

/** The bytes of the tables, to hand to another thread (postMessage / workerData pass a SharedArrayBuffer by reference). */
export interface TablesHandle {
  readonly kind: "pressextract-tables";
  readonly bytes: SharedArrayBuffer | ArrayBuffer;
}

let current: TableFile | undefined;
let currentBytes: SharedArrayBuffer | ArrayBuffer | undefined;
/** Bumped whenever the tables change, so that what was derived from them is derived again. */
let generation = 0;

/** The tables; read on first call (Node), else set before by adoptTables, loadTables or useTables. */
export function tableFile(): TableFile {
  if (current === undefined) setBytes(readShipped());
  return current!;
}

/** Changes whenever other tables are set: derived lookups compare it to know they are stale. */
export function tablesGeneration(): number {
  if (current === undefined) tableFile();
  return generation;
}

/** The tables' bytes for another thread; read here first if they are not yet. */
export function exportTables(): TablesHandle {
  if (currentBytes === undefined) tableFile();
  return { kind: "pressextract-tables", bytes: currentBytes! };
}

/** Takes the tables another thread exported (no copy when they are in a SharedArrayBuffer). */
export function adoptTables(handle: TablesHandle): void {
  if (handle?.kind !== "pressextract-tables" || !(handle.bytes instanceof ArrayBuffer || isShared(handle.bytes))) {
    throw new TypeError("adoptTables: not a handle from exportTables()");
  }
  setBytes(handle.bytes);
}

/** Sets the tables from the bytes of a table file (copied into a buffer of their own). */
export function useTables(bytes: Uint8Array): void {
  const own = newBuffer(bytes.length);
  new Uint8Array(own).set(bytes);
  setBytes(own);
}

/** Fetches and sets the shipped tables (or those at `url`): for browsers, before the first extract. */
export async function loadTables(url: string | URL = SHIPPED): Promise<void> {
  const target = new URL(url, SHIPPED);
  const fs = nodeFs();
  if (target.protocol === "file:" && fs) {
    setBytes(readFile(fs, target));
    return;
  }
  const response = await fetch(target);
  if (!response.ok) throw new Error(`lookup tables: ${String(url)} answered ${response.status}`);
  useTables(new Uint8Array(await response.arrayBuffer()));
}

function setBytes(bytes: SharedArrayBuffer | ArrayBuffer): void {
  const file = new TableFile(new Uint8Array(bytes));
  current = file;
  currentBytes = bytes;
  generation++;
}

const isShared = (b: unknown): b is SharedArrayBuffer =>
  typeof SharedArrayBuffer !== "undefined" && b instanceof SharedArrayBuffer;

/** A SharedArrayBuffer where the platform has one (browsers without cross-origin isolation do not). */
function newBuffer(length: number): SharedArrayBuffer | ArrayBuffer {
  return typeof SharedArrayBuffer !== "undefined" ? new SharedArrayBuffer(length) : new ArrayBuffer(length);
}

interface NodeFs {
  openSync(path: URL, flags: string): number;
  fstatSync(fd: number): { size: number };
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  closeSync(fd: number): void;
}

function nodeFs(): NodeFs | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.("node:fs") as NodeFs | undefined;
}

function readFile(fs: NodeFs, url: URL): SharedArrayBuffer | ArrayBuffer {
  const fd = fs.openSync(url, "r");
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = newBuffer(size);
    const view = new Uint8Array(buffer);
    for (let at = 0; at < size;) {
      const n = fs.readSync(fd, view, at, size - at, at);
      if (n <= 0) throw new Error(`lookup tables: ${url.href} ended after ${at} of ${size} bytes`);
      at += n;
    }
    return buffer;
  } finally {
    fs.closeSync(fd);
  }
}

function readShipped(): SharedArrayBuffer | ArrayBuffer {
  const fs = nodeFs();
  if (!fs || SHIPPED.protocol !== "file:") {
    throw new Error("lookup tables: not loaded; in a browser, await loadTables() before the first extract");
  }
  return readFile(fs, SHIPPED);
}
