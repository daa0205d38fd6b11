/**
 * From chrono results to DateMentions: ISO values at the text's precision,
 * years for year-less dates, relative dates dropped when nothing anchors them.
 *
 * Year-less dates ("am 4. November", "im Mai") take their year from the
 * release's anchor ("news" reading); without an anchor they are left out. A text whose explicit years all lie far
 * from the anchor is a narrative (a history, a chronicle): there a year-less
 * date continues the last year the text named, as HeidelTime does.
 */
import type { ParsingComponents, ParsingResult } from "chrono-node";
import type { DateMention, DateMod } from "../../schema/release.js";
import { isDuration, precisionOf } from "./refiners.js";
import { TAG, addDays, pad, tagValue, tagsOf, weekdayOf } from "./tags.js";

export interface Anchor {
  year: number;
  month: number;
  day: number;
}

const MODS: ReadonlySet<string> = new Set(["start", "mid", "end", "approx", "max", "min"]);

function explicitYear(c: ParsingComponents): number | null {
  if (tagsOf(c).has(TAG.relative) || tagValue(tagsOf(c), TAG.value) !== null) return null;
  return c.isCertain("year") ? c.get("year") : null;
}

/** Narrative when there is no anchor, or when the text names at least three years and none near the anchor's. */
export function isNarrative(results: readonly ParsingResult[], anchor: Anchor | null): boolean {
  if (!anchor) return false; // nothing to compare with: year-less dates stay unresolved
  const years: number[] = [];
  for (const r of results) {
    for (const c of [r.start, r.end]) {
      const y = c ? explicitYear(c) : null;
      if (y !== null) years.push(y);
    }
  }
  return years.length >= 3 && !years.some((y) => Math.abs(y - anchor.year) <= 1);
}

/** The year of a month nearest the anchor ("im Dezember" said in January is last December). */
function closestYear(anchor: Anchor, month: number): number {
  const diff = month - anchor.month;
  if (diff > 6) return anchor.year - 1;
  if (diff < -6) return anchor.year + 1;
  return anchor.year;
}

interface State {
  anchor: Anchor | null;
  narrative: boolean;
  lastYear: number | null;
  /** The last date the text named, at its precision (for "am selben Tag", "zwei Tage später"). */
  lastPoint: { year: number; month: number | null; day: number | null } | null;
  /** The last mention, when it was a range of days: its ends (YYYY-MM-DD) and where it ends in the text. */
  lastDays: { from: string; to: string; end: number } | null;
}

/** How far after a range of days a weekday still points into it, in characters of one paragraph. */
const WEEKDAY_IN_RANGE_REACH = 400;
const MAX_RANGE_DAYS = 14;

/**
 * "vom 27. bis 29. Juni … Zum Festakt am Samstagabend": a weekday right after a range of days that
 * holds it once is that day of the range (YYYY-MM-DD), not the one nearest the release's date.
 */
function dayInLastRange(text: string, r: ParsingResult, state: State): string | null {
  const weekday = tagValue(tagsOf(r.start), TAG.weekday);
  const range = state.lastDays;
  if (weekday === null || !range || r.index - range.end > WEEKDAY_IN_RANGE_REACH || text.slice(range.end, r.index).includes("\n\n")) return null;
  const from = pointOf(range.from)!;
  let found: string | null = null;
  for (let k = 0; k <= MAX_RANGE_DAYS; k++) {
    const d = addDays(from.year, from.month!, from.day!, k);
    const iso = `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
    if (iso > range.to) return found;
    if (weekdayOf(d.year, d.month, d.day) === Number(weekday)) {
      if (found) return null;
      found = iso;
    }
  }
  return null; // longer than two weeks: no one day
}

/** Parse an ISO value back into parts ("2014-09" → 2014, 9, null); null for seasons, centuries, BC. */
function pointOf(value: string): State["lastPoint"] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)/.exec(value);
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** The last point moved by `amount` units, at the unit's precision; null when the point is too coarse. */
function shiftPoint(point: NonNullable<State["lastPoint"]>, unit: string, amount: number): string | null {
  if (unit === "Y" || unit === "year") return pad(point.year + amount, 4);
  if (point.month === null) return null;
  if (unit === "M" || unit === "month") {
    const total = point.year * 12 + (point.month - 1) + amount;
    return `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1, 2)}`;
  }
  if (point.day === null) return null;
  const d = addDays(point.year, point.month, point.day, unit === "W" ? amount * 7 : amount);
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** ISO value of one end of a mention, or null when it cannot be anchored. */
export function valueOf(c: ParsingComponents, state: State): string | null {
  const tags = tagsOf(c);
  const fixed = tagValue(tags, TAG.value);
  if (fixed !== null) return tags.has(TAG.relative) && !state.anchor ? null : fixed;
  const anaphor = tagValue(tags, TAG.anaphor);
  if (anaphor !== null) {
    const [unit, offset] = anaphor.split(":");
    return state.lastPoint ? shiftPoint(state.lastPoint, unit!, Number(offset)) : null;
  }
  const relYear = tagValue(tags, TAG.relYear);
  const narrativeYear = state.narrative && relYear !== null && state.lastYear !== null ? state.lastYear + Number(relYear) : null;
  if (tags.has(TAG.relative) && !state.anchor && narrativeYear === null) return null;
  const suffix = tagValue(tags, TAG.suffix);
  const precision = precisionOf(c);
  let year: number | null;
  if (narrativeYear !== null) year = narrativeYear;
  else if (c.isCertain("year")) year = c.get("year");
  else if (state.narrative) year = state.lastYear;
  else if (!state.anchor) year = null;
  else if (suffix) year = state.anchor.year;
  else year = closestYear(state.anchor, c.get("month") ?? state.anchor.month);
  if (year === null || year < 0) return null;
  const yyyy = pad(year, 4);
  if (suffix) return `${yyyy}-${suffix}`;
  if (precision === "year") return yyyy;
  const mm = pad(c.get("month")!, 2);
  if (precision === "month") return `${yyyy}-${mm}`;
  const dd = pad(c.get("day")!, 2);
  if (precision === "day") return `${yyyy}-${mm}-${dd}`;
  return `${yyyy}-${mm}-${dd}T${pad(c.get("hour")!, 2)}:${pad(c.get("minute") ?? 0, 2)}`;
}

function modOf(c: ParsingComponents): DateMod | null {
  const m = tagValue(tagsOf(c), TAG.mod);
  return m && MODS.has(m) ? (m as DateMod) : null;
}

/** Convert refined chrono results into mentions with offsets into `text`. */
export function toMentions(text: string, results: readonly ParsingResult[], anchor: Anchor | null): DateMention[] {
  const state: State = { anchor, narrative: isNarrative(results, anchor), lastYear: null, lastPoint: null, lastDays: null };
  const out: DateMention[] = [];
  for (const r of results) {
    const start = r.index;
    const end = r.index + r.text.length;
    const mentionText = text.slice(start, end);
    if (isDuration(r)) {
      const value = tagValue(tagsOf(r.start), TAG.value);
      const shift = tagValue(tagsOf(r.start), TAG.shift);
      const d = value ? /^P(\d+)([YMWD])$/.exec(value) : null;
      const applies = shift !== null && (shift !== "1n" || state.narrative);
      const shifted = applies && d && state.lastPoint ? shiftPoint(state.lastPoint, d[2]!, Number(d[1]) * parseInt(shift!, 10)) : null;
      if (shifted) out.push({ text: mentionText, start, end, type: "date", value: shifted, from: null, to: null, mod: null });
      else if (value) out.push({ text: mentionText, start, end, type: "duration", value, from: null, to: null, mod: modOf(r.start) });
      continue;
    }
    const open = tagValue(tagsOf(r.start), TAG.open);
    const inRange = dayInLastRange(text, r, state);
    const resolved = valueOf(r.start, state);
    const startValue = inRange && resolved ? inRange + resolved.slice(10) : resolved;
    const endValue = r.end ? valueOf(r.end, state) : null;
    for (const c of [r.start, r.end]) {
      const y = c ? explicitYear(c) : null;
      if (y !== null) state.lastYear = y;
    }
    const last = pointOf(endValue ?? startValue ?? "");
    if (last) state.lastPoint = last;
    state.lastDays = r.end && !open && startValue && endValue && startValue.length >= 10 && endValue.length >= 10
      && !tagValue(tagsOf(r.start), TAG.suffix) && !tagValue(tagsOf(r.end), TAG.suffix)
      ? { from: startValue.slice(0, 10), to: endValue.slice(0, 10), end }
      : inRange ? state.lastDays : null;
    if (r.end) {
      if (startValue === null && endValue === null) continue;
      out.push({ text: mentionText, start, end, type: "range", value: null, from: startValue, to: endValue, mod: null });
    } else if (open === "from" || open === "to") {
      if (startValue === null) continue;
      out.push({ text: mentionText, start, end, type: "range", value: null, from: open === "from" ? startValue : null, to: open === "to" ? startValue : null, mod: modOf(r.start) });
    } else {
      if (startValue === null) continue;
      const far = tagValue(tagsOf(r.start), TAG.farTime);
      if (far && state.narrative) {
        // In a chronicle, report the day and the hour as two expressions, as TIMEX annotators do.
        const [dateEnd, timeStart] = far.split(":").map(Number) as [number, number];
        out.push({ text: text.slice(start, dateEnd), start, end: dateEnd, type: "date", value: startValue.slice(0, 10), from: null, to: null, mod: null });
        out.push({ text: text.slice(timeStart, end), start: timeStart, end, type: "date", value: startValue, from: null, to: null, mod: null });
        continue;
      }
      out.push({ text: mentionText, start, end, type: "date", value: startValue, from: null, to: null, mod: modOf(r.start) });
    }
  }
  return out;
}
