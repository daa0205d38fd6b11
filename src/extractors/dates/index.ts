import type { ExtractorInput } from "../context.js";
import type { DateMention } from "../../schema/release.js";
import { createDateChrono, parseDates } from "./chrono-config.js";
import { toMentions, type Anchor } from "./resolve.js";
import { FULL_DATE, NON_DATE_PREFIX } from "./patterns.js";
import { monthNumber } from "../../lexicon/months.js";

// Made by the first release with dates to read, not at import: it loads chrono-node.
let dateChrono: ReturnType<typeof createDateChrono> | undefined;

/** Chrono needs some reference; without an anchor its implied values are ignored. */
const NO_ANCHOR = new Date(2000, 0, 1, 12);

function parseAnchor(iso: string | null): Anchor | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function referenceDate(anchor: Anchor | null): Date {
  return anchor ? new Date(anchor.year, anchor.month - 1, anchor.day, 12) : NO_ANCHOR;
}

/**
 * The release's own date when the pipeline found none: the first full date in
 * the text ("12.04.2018", "12. April 2018") that is not history (more than two
 * years before the latest full date), found by one quick scan so that the text
 * is parsed only once.
 */
export function firstFullDate(text: string): string | null {
  const found: Array<{ year: number; iso: string }> = [];
  FULL_DATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FULL_DATE.exec(text)) !== null) {
    const day = Number(m[1]);
    const month = m[2] ? Number(m[2]) : monthNumber(m[3]!);
    const year = Number(m[4]);
    if (!month || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2199) continue;
    if (NON_DATE_PREFIX.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    found.push({ year, iso: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` });
  }
  const latest = Math.max(...found.map((f) => f.year));
  return found.find((f) => f.year >= latest - 2)?.iso ?? null;
}

/**
 * Dates, ranges and durations of one release. Relative and year-less dates
 * resolve against `input.anchorDate`; when that is null, the first full date
 * of the text (a publication line the pipeline did not recognise, or the date
 * of the reported event) serves.
 */
export function extractDates(input: ExtractorInput): DateMention[] {
  const text = input.text;
  const { anchor, ref } = anchorOf(input.anchorDate);
  return toMentions(text, parseDates((dateChrono ??= createDateChrono()), text, ref, input.anchorIsPublication === true), anchor);
}

/** The last anchor read, kept: a stream's releases mostly share few anchors, and local-time Dates are slow to build. */
let lastAnchor: { iso: string | null; anchor: Anchor | null; ref: Date } | null = null;

function anchorOf(iso: string | null): { anchor: Anchor | null; ref: Date } {
  if (!lastAnchor || lastAnchor.iso !== iso) {
    const anchor = parseAnchor(iso);
    lastAnchor = { iso, anchor, ref: referenceDate(anchor) };
  }
  return lastAnchor;
}
