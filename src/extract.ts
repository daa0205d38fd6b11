/**
 * The library's main entry: one input string → one PressRelease per release.
 */
import { loadInput, type InputFormat, INPUT_FORMATS } from "./input/index.js";
import type { Doc } from "./pipeline/doc.js";
import { toPressRelease } from "./pipeline/output.js";
import { createPipeline, type Pipeline, type Stage } from "./pipeline/runner.js";
import { STANDARD_STAGES } from "./pipeline/stages.js";
import type { PressRelease } from "./schema/release.js";
import { splitReleases } from "./segment/releases.js";
import { subView, toSourceSpan } from "./text/view.js";

export interface ExtractOptions {
  /** Fallback anchor (YYYY-MM-DD) for relative dates when a release states no date of its own. */
  referenceDate?: string | null;
  /** How to read the input: plain text (default), Markdown or HTML. */
  format?: InputFormat;
  /** Path or id reported as `source` (default ""). */
  source?: string;
  /** A custom pipeline (see createPipeline); default: the standard stages. */
  pipeline?: Pipeline;
}

const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

let standard: Pipeline | undefined;
/** The standard pipeline (built once). */
export function standardPipeline(): Pipeline {
  standard ??= createPipeline(STANDARD_STAGES);
  return standard;
}

/** A pipeline of the standard stages plus (or replacing, by name) the given ones. */
export function customPipeline(stages: readonly Stage[]): Pipeline {
  const names = new Set(stages.map((s) => s.name));
  return createPipeline([...STANDARD_STAGES.filter((s) => !names.has(s.name)), ...stages]);
}

/** Throws a TypeError for options a programmer got wrong. */
function checkOptions(text: unknown, options: ExtractOptions): void {
  if (typeof text !== "string") throw new TypeError(`extract: text must be a string, got ${typeof text}`);
  const ref = options.referenceDate;
  if (ref != null && (!ISO_DATE_RE.test(ref) || Number.isNaN(Date.parse(ref)))) {
    throw new TypeError(`extract: referenceDate must be YYYY-MM-DD, got "${ref}"`);
  }
  if (options.format !== undefined && !INPUT_FORMATS.includes(options.format)) {
    throw new TypeError(`extract: format must be one of ${INPUT_FORMATS.join(", ")}, got "${options.format}"`);
  }
}

/** The Docs of an input before any stage ran: one per release. */
export function prepareDocs(text: string, options: ExtractOptions = {}): Doc[] {
  checkOptions(text, options);
  const whole = loadInput(text, options.format ?? "text");
  return splitReleases(whole.text)
    .filter((r) => whole.text.slice(r.start, r.end).trim() !== "")
    .map((r, part) => ({
      sourceId: options.source ?? "",
      source: text,
      part,
      span: toSourceSpan(whole, r),
      options: { referenceDate: options.referenceDate ?? null },
      view: subView(whole, r.start, r.end),
      warnings: [],
    }));
}

/** Extracts every release in `text`. Offsets in the result point into `text`. */
export function extract(text: string, options: ExtractOptions = {}): PressRelease[] {
  const pipeline = options.pipeline ?? standardPipeline();
  return prepareDocs(text, options).map((doc) => toPressRelease(pipeline.run(doc)));
}
