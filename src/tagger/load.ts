/**
 * Where the name model comes from. Loaded once, on first use (the names
 * stage of the first release), never at import.
 *
 * - Node: the file `PRESSEXTRACT_NAME_MODEL` names (`none`: no model, the
 *   rules alone), else the model shipped beside this module
 *   (data/names.model.bin), read synchronously.
 * - Browsers (no file system): `await loadNameModel()` fetches the shipped
 *   file (bundlers such as Vite emit it as an asset for the `new URL(…,
 *   import.meta.url)` below); until then the tagger is off and the rules work
 *   alone.
 * - Anyone: `useNameModel(bytes)` sets the model from bytes, `null` turns
 *   the tagger off.
 */
import { decodeModel, type NameModel } from "./model.js";

/** The environment variable naming another model file (CLI, scorers, cross-validation). */
export const NAME_MODEL_ENV = "PRESSEXTRACT_NAME_MODEL";

const SHIPPED = new URL("./data/names.model.bin", import.meta.url);

let current: NameModel | null | undefined;

interface NodeLike {
  env?: Record<string, string | undefined>;
  getBuiltinModule?: (id: string) => unknown;
}

/** The model to tag with, or null when none can be had here (a browser before `loadNameModel`). */
export function nameModel(): NameModel | null {
  if (current === undefined) current = readFromFileSystem();
  return current;
}

/** Sets the model from the bytes of a model file (throws ModelFormatError for bad bytes); null turns the tagger off. */
export function useNameModel(bytes: Uint8Array | null): void {
  current = bytes === null ? null : decodeModel(bytes);
}

/** Fetches and sets the shipped model (or the one at `url`): for browsers, before the first extract. */
export async function loadNameModel(url: string | URL = SHIPPED): Promise<void> {
  const target = new URL(url, SHIPPED);
  // Node's fetch reads no file: URLs; there the file system serves them.
  const fs = nodeFs();
  if (target.protocol === "file:" && fs) {
    useNameModel(fs.readFileSync(target));
    return;
  }
  const response = await fetch(target);
  if (!response.ok) throw new Error(`name model: ${String(url)} answered ${response.status}`);
  useNameModel(new Uint8Array(await response.arrayBuffer()));
}

function nodeFs(): { readFileSync(path: string | URL): Uint8Array } | undefined {
  const proc = (globalThis as { process?: NodeLike }).process;
  return proc?.getBuiltinModule?.("node:fs") as { readFileSync(path: string | URL): Uint8Array } | undefined;
}

function readFromFileSystem(): NameModel | null {
  const proc = (globalThis as { process?: NodeLike }).process;
  const fs = nodeFs();
  if (!fs) return null;
  const override = proc?.env?.[NAME_MODEL_ENV];
  // A model the caller names must load: a wrong path is a configuration error, not a reason to tag silently without it.
  if (override === "none") return null;
  if (override) return decodeModel(fs.readFileSync(override));
  if (SHIPPED.protocol !== "file:") return null;
  try {
    return decodeModel(fs.readFileSync(SHIPPED));
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT") return null;
    throw e;
  }
}
