/**
 * How the parsers tell the resolver what chrono's components cannot hold:
 * precision, seasons and quarters, durations, modifiers. Tags are strings on
 * chrono's ParsingComponents ("pe:" = pressextract).
 */
import type { ParsingComponents } from "chrono-node";

export type Precision = "year" | "month" | "day" | "minute";

export const TAG = {
  /** Value at this precision: "pe:precision=month". */
  precision: "pe:precision=",
  /** Appended to the year: "pe:suffix=FA" → "2021-FA". */
  suffix: "pe:suffix=",
  /** The whole value, fixed: centuries "19", decades "199", durations "P9M". */
  value: "pe:value=",
  /** A duration, not a point in time. */
  duration: "pe:duration",
  mod: "pe:mod=",
  /** Computed from the anchor: dropped when there is none. */
  relative: "pe:relative",
  /** Years relative to "this year" ("im kommenden Jahr" → 1): in a narrative, relative to the last year named. */
  relYear: "pe:relyear=",
  /** Relative to the last date the text named: "day:1" (am folgenden Tag), "month:0" (im selben Monat). */
  anaphor: "pe:anaphor=",
  /** A duration counted from the last date named ("zwei Tage später" → +1, "zwei Tage zuvor" → -1; "1n": only in a narrative, "nach zwei Tagen"). */
  shift: "pe:shift=",
  /** A time joined to its date: "dateEnd:timeStart", so a narrative can report both parts as TIMEX annotators do. */
  farTime: "pe:fartime=",
  /** Open range: "pe:open=from" (seit, ab) or "pe:open=to" (bis). */
  open: "pe:open=",
  /** A closed range built by the closed-range refiner or a span parser. */
  range: "pe:range",
  /** A time that may be joined to a date, never output alone. */
  timeOnly: "pe:time",
  /** A weekday without "kommenden"/"letzten" ("pe:weekday=6"): inside a range named just before, that range's day. */
  weekday: "pe:weekday=",
} as const;

/**
 * The tags of components without chrono's defensive copy (`tags()` copies the
 * set on every call, which dominated the resolver's time). Read-only use.
 */
export function tagsOf(components: ParsingComponents): ReadonlySet<string> {
  const own = (components as unknown as { _tags?: unknown })._tags;
  return own instanceof Set ? (own as Set<string>) : components.tags();
}

/** The value after a tag prefix (the latest one set wins), or null. */
export function tagValue(tags: ReadonlySet<string>, prefix: string): string | null {
  let value: string | null = null;
  for (const t of tags) if (t.startsWith(prefix)) value = t.slice(prefix.length);
  return value;
}

/**
 * Set prefix+value. chrono's `tags()` returns a copy and has no removal, so a
 * later tag with the same prefix overrides an earlier one (see tagValue).
 */
export function setTag(components: ParsingComponents, prefix: string, value: string): void {
  components.addTag(prefix + value);
}

/** Year, month, day of the chrono reference date (the anchor). */
export function anchorParts(ref: Date): { year: number; month: number; day: number } {
  return { year: ref.getFullYear(), month: ref.getMonth() + 1, day: ref.getDate() };
}

/** Calendar arithmetic in days, without time zones. */
export function addDays(year: number, month: number, day: number, days: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
};

/** Offset in years or months that a relative adjective means ("kommenden" → +1). */
export function relativeOffset(adjective: string): number {
  const a = adjective.toLowerCase();
  if (a.startsWith("übernächst")) return 2;
  if (a.startsWith("vorletzt")) return -2;
  if (/^(kommend|nächst|folgend|neue)/.test(a)) return 1;
  if (/^(vergangen|letzt|vorig)/.test(a)) return -1;
  return 0; // dieses, laufenden
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** ISO 8601 week of a day: { year, week } (the week's year may differ from the day's). */
export function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return { year: date.getUTCFullYear(), week: Math.ceil(((date.getTime() - yearStart) / 86400000 + 1) / 7) };
}
