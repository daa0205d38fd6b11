/**
 * Refiners: passes over chrono's sorted results that prune, widen and merge
 * them. Each is a chrono `Refiner`; they run in the order of REFINERS.
 */
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import * as P from "./patterns.js";
import { TAG, setTag, tagValue, tagsOf } from "./tags.js";

export interface NamedRefiner extends Refiner {
  readonly name: string;
}

/** Tags of a result and of its start components together. */
function allTags(r: ParsingResult): ReadonlySet<string> {
  return tagsOf(r.start);
}

/** One of this extractor's parsers produced it (as opposed to chrono's own). */
function isOwn(r: ParsingResult): boolean {
  for (const t of allTags(r)) if (t.startsWith("pe:")) return true;
  return false;
}

export function isDuration(r: ParsingResult): boolean {
  return tagsOf(r.start).has(TAG.duration);
}

export function isRange(r: ParsingResult): boolean {
  return r.end != null || tagsOf(r.start).has(TAG.range) || tagValue(tagsOf(r.start), TAG.open) !== null;
}

/** A chrono time or weekday with no date: usable only when joined to a date. */
export function isBareTimeOrWeekday(r: ParsingResult): boolean {
  if (isOwn(r)) return false;
  return r.start.isOnlyTime() || r.start.isOnlyWeekdayComponent();
}

/** A point in time this extractor may output or combine. */
function isPoint(r: ParsingResult): boolean {
  return !isDuration(r) && !isRange(r) && !isBareTimeOrWeekday(r);
}

/** Precision of a point, from its tag or chrono's certain components. */
export function precisionOf(c: ParsingComponents): "year" | "month" | "day" | "minute" {
  const tagged = tagValue(tagsOf(c), TAG.precision);
  if (tagged === "year" || tagged === "month" || tagged === "day" || tagged === "minute") {
    if (tagged === "day" && c.isCertain("hour")) return "minute";
    return tagged;
  }
  if (c.isCertain("hour")) return "minute";
  if (c.isCertain("day")) return "day";
  if (c.isCertain("month")) return "month";
  return "year";
}

function widen(r: ParsingResult, ctx: ParsingContext, start: number, end: number): void {
  r.index = start;
  r.text = ctx.text.slice(start, end);
}

/** chrono reads "2024:" and "von 2020 bis 2021" as times: a time must look like one ("18.30 Uhr", "um 9:00"). */
export const implausibleTimeRefiner: NamedRefiner = {
  name: "implausibleTime",
  refine(ctx, results) {
    return results.filter((r) => {
      if (!isBareTimeOrWeekday(r)) return true;
      if (!r.start.isCertain("hour")) return false; // weekday alone: the weekday parser handles "am Mittwoch"
      return P.TIME_TEXT.test(ctx.text.slice(r.index, r.index + r.text.length + 6));
    });
  },
};

/**
 * chrono reads "am 26. Dezember 38 Santee" as the year 2038: after a month
 * name, a number of fewer than four digits is a count, not a year.
 */
export const shortYearRefiner: NamedRefiner = {
  name: "shortYear",
  refine(ctx, results) {
    for (const r of results) {
      if (isOwn(r) || r.end) continue;
      const m = /([A-Za-zäÄ]\.?,?\s+)(\d{1,3})$/.exec(r.text);
      if (!m || !r.start.isCertain("year")) continue;
      r.start.delete("year");
      widen(r, ctx, r.index, r.index + r.text.length - m[2]!.length - (m[1]!.length - m[1]!.trimEnd().length));
    }
    return results;
  },
};

/** Overlapping results: keep the longer one (on a tie, this extractor's over chrono's). */
export const overlapRemovalRefiner: NamedRefiner = {
  name: "overlapRemoval",
  refine(_ctx, results) {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const out: ParsingResult[] = [];
    for (const r of sorted) {
      const last = out[out.length - 1];
      if (last && r.index < last.index + last.text.length) {
        const better = r.text.length > last.text.length || (r.text.length === last.text.length && isOwn(r) && !isOwn(last));
        if (better) out[out.length - 1] = r;
        continue;
      }
      out.push(r);
    }
    return out;
  },
};

/** Phone and fax numbers, file numbers, versions, paragraphs; digits glued to the match. */
export const nonDateFilterRefiner: NamedRefiner = {
  name: "nonDateFilter",
  refine(ctx, results) {
    return results.filter((r) => {
      // chrono's relative parsers ("in einer H[öhe]" → in one hour) state no calendar date.
      if (!isOwn(r) && !isBareTimeOrWeekday(r) && !(r.start.isCertain("day") && r.start.isCertain("month") && /\d/.test(r.text))) return false;
      const before = ctx.text.slice(Math.max(0, r.index - 16), r.index);
      const after = ctx.text.charAt(r.index + r.text.length);
      // Glued to digits or inside a URL, e-mail or file number ("0221/12.03.2014", "/2023/08/13/"); "Februar/März 2024" is fine.
      const token = before.slice(before.search(/\S*$/));
      if (/[\d+@=_]\/?$/.test(token) || /(?:https?:|www\.|\.[a-z]{2,4}\/)/i.test(token) || /^[\d@]/.test(after)) return false;
      if (/\d[.:]$/.test(before)) return false;
      if (/^\d/.test(r.text) && P.NON_DATE_PREFIX.test(before)) return false;
      if (!isDuration(r) && !isBareTimeOrWeekday(r) && tagValue(tagsOf(r.start), TAG.value) === null) {
        const y = r.start.get("year");
        if (y !== null && r.start.isCertain("year") && (y < 1000 || y > 2199)) return false;
      }
      return true;
    });
  },
};

/** "Anfang September", "Ende 1941", "Mitte des Jahres 2020": a part of a month or year (mod start/mid/end). */
export const partOfPeriodRefiner: NamedRefiner = {
  name: "partOfPeriod",
  refine(ctx, results) {
    for (const r of results) {
      if (!isPoint(r) || tagValue(tagsOf(r.start), TAG.mod)) continue;
      const precision = precisionOf(r.start);
      if (precision !== "year" && precision !== "month") continue;
      const before = ctx.text.slice(Math.max(0, r.index - 30), r.index);
      const m = P.PART_PREFIX.exec(before);
      if (m) {
        const word = m[1]!.toLowerCase();
        const mod = word === "mitte" ? "mid" : word === "ende" || word === "ausgang" ? "end" : "start";
        setTag(r.start, TAG.mod, mod);
        widen(r, ctx, r.index - (before.length - m.index - (m[0].length - m[0].trimStart().length)), r.index + r.text.length);
        continue;
      }
      const a = P.APPROX_PREFIX.exec(before);
      if (a && precision === "year") {
        setTag(r.start, TAG.mod, "approx");
        widen(r, ctx, r.index - a[0].trimStart().length, r.index + r.text.length);
      }
    }
    return results;
  },
};

/** Copy a missing year from the other end of a range ("vom 1. August bis 31. Dezember 2025"). */
function shareYear(from: ParsingComponents, to: ParsingComponents): void {
  if (!from.isCertain("year") && to.isCertain("year") && tagValue(tagsOf(from), TAG.value) === null) {
    let year = to.get("year")!;
    const fm = from.get("month");
    const tm = to.get("month");
    if (from.isCertain("month") && to.isCertain("month") && fm !== null && tm !== null && fm > tm) year -= 1;
    from.assign("year", year);
  }
  if (!to.isCertain("year") && from.isCertain("year") && tagValue(tagsOf(to), TAG.value) === null) {
    to.assign("year", from.get("year")!);
  }
  if (precisionOf(from) === "day" && !from.isCertain("month") && to.isCertain("month")) from.assign("month", to.get("month")!);
}

/** "vom 14. bis 16. Mai", "zwischen Juli 2005 und Juni 2007", "von 2020 bis 2021". */
export const closedRangeRefiner: NamedRefiner = {
  name: "closedRange",
  refine(ctx, results) {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const a = results[i]!;
      const b = results[i + 1];
      if (b && isPoint(a) && isPoint(b)) {
        const gap = ctx.text.slice(a.index + a.text.length, b.index);
        const before = ctx.text.slice(Math.max(0, a.index - 50), a.index);
        const prefix = P.CLOSED_RANGE_PREFIX.exec(before);
        const weekdayGap = P.CLOSED_RANGE_GAP_WEEKDAY.exec(gap);
        const gapOk = P.CLOSED_RANGE_GAP.test(gap) || weekdayGap !== null;
        const isAnd = /^\s*,?\s*und\s/i.test(gap + " ");
        if (gapOk && (!isAnd || (prefix && /zwischen|jahren|jahre/i.test(prefix[1]!)))) {
          shareYear(a.start, b.start);
          const start = prefix ? a.index - (before.length - prefix.index - (prefix[0].length - prefix[0].trimStart().length)) : a.index;
          const merged = ctx.createParsingResult(start, b.index + b.text.length, a.start, b.start);
          merged.addTag(TAG.range);
          out.push(merged);
          i++;
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};

/** "seit Juli 2021" (from), "bis März 2019", "bis spätestens 10. Februar" (to), "von 2023 an" (from). */
export const openRangeRefiner: NamedRefiner = {
  name: "openRange",
  refine(ctx, results) {
    for (const r of results) {
      if (!isPoint(r)) continue;
      const before = ctx.text.slice(Math.max(0, r.index - 40), r.index);
      const m = P.OPEN_RANGE_PREFIX.exec(before);
      if (!m) continue;
      const cue = m[1]!.toLowerCase();
      const prefixStart = r.index - (before.length - m.index - (m[0].length - m[0].trimStart().length));
      let end = r.index + r.text.length;
      let side: "from" | "to" | null = null;
      if (cue === "seit" || cue === "ab") side = "from";
      else if (cue.startsWith("bis") || cue.startsWith("spätestens")) side = "to";
      else if (cue === "von") {
        const an = /^\s+an\b/u.exec(ctx.text.slice(end, end + 6));
        if (an) { side = "from"; end += an[0].length; }
      } else if (cue === "zum") {
        const window = ctx.text.slice(Math.max(0, r.index - 80), r.index); // bounded look-back
        const clause = window.slice(Math.max(window.lastIndexOf(". "), window.lastIndexOf("\n")) + 1);
        if (P.END_CUE.test(clause)) side = "to";
      }
      if (!side) continue;
      r.addTag(TAG.open + side);
      widen(r, ctx, prefixStart, end);
    }
    return results;
  },
};

/** "Am Dienstag, dem 13. November … um 18.30 Uhr" → the date at 18:30; "Mittwoch, 17. September 2025 / Uhrzeit: 9:00 Uhr". */
export const timeJoinRefiner: NamedRefiner = {
  name: "timeJoin",
  refine(ctx, results) {
    const used = new Set<ParsingResult>();
    for (let i = 0; i < results.length; i++) {
      const d = results[i]!;
      if (!isPoint(d) || precisionOf(d.start) !== "day" || d.start.isCertain("hour")) continue;
      // "Veröffentlicht am 12.03.2024 um 10:15 Uhr": the release's date, not a dated event.
      if (P.PUBLICATION_CUE.test(ctx.text.slice(Math.max(0, d.index - 40), d.index))) continue;
      const t = results[i + 1];
      if (!t || !isBareTimeOrWeekday(t) || !t.start.isCertain("hour")) continue;
      const gap = ctx.text.slice(d.index + d.text.length, t.index);
      const joined = P.TIME_LABEL_GAP.test(gap) || (gap.length <= 100 && !P.SENTENCE_END.test(gap) && !gap.includes("\n"));
      if (!joined) continue;
      d.start.addTag(`${TAG.farTime}${d.index + d.text.length}:${t.index}`);
      d.start.assign("hour", t.start.get("hour")!);
      d.start.assign("minute", t.start.get("minute") ?? 0);
      setTag(d.start, TAG.precision, "minute");
      const uhr = /^\s*Uhr/u.exec(ctx.text.slice(t.index + t.text.length, t.index + t.text.length + 6));
      widen(d, ctx, d.index, t.index + t.text.length + (uhr ? uhr[0].length : 0));
      used.add(t);
    }
    return results.filter((r) => !used.has(r));
  },
};

/** Times and weekdays nobody joined to a date are not output ("2024:", "von 18"). */
export const dropBareTimeRefiner: NamedRefiner = {
  name: "dropBareTime",
  refine(_ctx, results) {
    return results.filter((r) => !isBareTimeOrWeekday(r));
  },
};

export const REFINERS: readonly NamedRefiner[] = [
  implausibleTimeRefiner,
  shortYearRefiner,
  overlapRemovalRefiner,
  nonDateFilterRefiner,
  partOfPeriodRefiner,
  closedRangeRefiner,
  openRangeRefiner,
  timeJoinRefiner,
  dropBareTimeRefiner,
];
