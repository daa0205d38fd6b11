/**
 * Dependencies loaded on their first use instead of at import: parse5 for
 * HTML input only, the HTML entity names for Markdown input only, franc for
 * text whose German function words do not already show it is German (most
 * releases never ask franc), chrono-node with the first release that has
 * dates to read. At import they cost about 75 ms of CPU and 6 MB in every
 * process and worker thread.
 *
 * The public API is synchronous, so they load with Node's synchronous
 * require (it loads ES modules since Node 20.19, the oldest Node this package
 * supports). Where there is no such loader (browsers), bundlers take
 * ./optional.browser.ts instead, which imports them statically: package.json
 * "browser" maps the one to the other, and the playground's Vite config does
 * the same for the sources.
 */
import type * as ChronoDe from "chrono-node/de";
import type * as Entities from "decode-named-character-reference";
import type * as Franc from "franc-min";
import type * as Parse5 from "parse5";

interface NodeModuleApi {
  createRequire(from: string | URL): (id: string) => unknown;
}

let nodeRequire: ((id: string) => unknown) | undefined;

function requireDependency<T>(id: string): T {
  if (nodeRequire === undefined) {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const api = proc?.getBuiltinModule?.("node:module") as NodeModuleApi | undefined;
    if (!api) throw new Error(`pressextract: cannot load ${id} here (no synchronous loader); a bundler should use optional.browser.js (package.json "browser")`);
    nodeRequire = api.createRequire(import.meta.url);
  }
  return nodeRequire(id) as T;
}

let chronoDe: typeof ChronoDe | undefined;
let entities: typeof Entities | undefined;
let franc: typeof Franc | undefined;
let parse5: typeof Parse5 | undefined;

/** franc-min (language identification). */
export function francModule(): typeof Franc {
  return (franc ??= requireDependency<typeof Franc>("franc-min"));
}

/** parse5 (the HTML tokenizer). */
export function parse5Module(): typeof Parse5 {
  return (parse5 ??= requireDependency<typeof Parse5>("parse5"));
}

/**
 * chrono-node's German entry. Node's require takes chrono's CommonJS build (its
 * only instance in the process: the library imports chrono's types alone).
 */
export function chronoDeModule(): typeof ChronoDe {
  return (chronoDe ??= requireDependency<typeof ChronoDe>("chrono-node/de"));
}

/** decode-named-character-reference (the HTML entity names, for Markdown). */
export function namedCharacterReferences(): typeof Entities {
  return (entities ??= requireDependency<typeof Entities>("decode-named-character-reference"));
}
