/**
 * The extraction worker: the library itself, bundled for the browser.
 */
import { extract, formatFromPath, loadNameModel, loadTables, type InputFormat } from "../../src/index.js";
import { guessFormat } from "./format.js";
import type { ExtractRequest, ExtractResponse } from "./protocol.js";

function resolveFormat(request: ExtractRequest): InputFormat {
  if (request.format !== "auto") return request.format;
  return request.fileName ? formatFromPath(request.fileName) : guessFormat(request.text);
}

function handle(request: ExtractRequest): ExtractResponse {
  const format = resolveFormat(request);
  const started = performance.now();
  try {
    const releases = extract(request.text, { format, referenceDate: request.referenceDate, source: request.source });
    return { id: request.id, ok: true, releases, format, ms: performance.now() - started };
  } catch (e) {
    return { id: request.id, ok: false, error: e instanceof Error ? e.message : String(e), format };
  }
}

// The lookup tables (gazetteer, first names) are a static file of the build too;
// extraction needs them, so a failure here is reported with the first request.
const tablesLoaded = loadTables().catch((e: unknown) => e);

// The name tagger's model is a static file of the build (Vite emits it for the
// library's `new URL(…, import.meta.url)`); without it the rules work alone.
try {
  await loadNameModel();
} catch {
  // A missing model file is not the user's problem: extraction still works.
}

const tablesFailure = await tablesLoaded;
if (tablesFailure) console.error(tablesFailure);

// The first extraction builds the word-list indexes (about a second); do it
// while the user is still reading the page, with an invented sentence.
try {
  extract("Am 3. Mai 2021 trafen sich Anna Beispiel (Leiterin des Amtes) und 20 Gäste in Musterstadt.");
} catch {
  // A failing warm-up is not the user's problem; real requests report errors.
}

self.addEventListener("message", (event: MessageEvent<ExtractRequest>) => {
  self.postMessage(handle(event.data));
});
