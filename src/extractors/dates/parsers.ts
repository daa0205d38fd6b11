/**
 * Parsers chrono's German strict mode lacks. Each is a chrono `Parser`: a
 * pattern and an extract function returning components, with tags (tags.ts)
 * for what components cannot say (precision, season, duration, anchor use).
 */
import type { Parser, ParsingContext, ParsingComponents, ParsingResult } from "chrono-node";
import { monthNumber } from "../../lexicon/months.js";
import { parseNumberWord } from "../../lexicon/number-words.js";
import * as P from "./patterns.js";
import type { StartCues } from "./cues.js";
import type { DateParsingOption } from "./chrono-config.js";
import { isLetterUnit, isSpaceUnit } from "../../text/unicode-class.js";
import { TAG, WEEKDAYS, addDays, anchorParts, isoWeek, relativeOffset, weekdayOf } from "./tags.js";

export interface NamedParser extends Parser {
  readonly name: string;
  /** Where a match can start (cues.ts): the parser runs only there. */
  readonly starts: StartCues;
}

/** `(1\d{3}|2[01]\d{2})` standing alone: four digits, 1000–2199. */
function yearDigits(text: string, start: number, end: number): boolean {
  if (end - start !== 4) return false;
  const c = text.charCodeAt(start);
  const d = text.charCodeAt(start + 1);
  return c === 49 || (c === 50 && (d === 48 || d === 49));
}
/** One or two digits (`\d{1,2}`), followed by a dot when `dot`. */
function dayDigits(text: string, start: number, end: number, dot: boolean): boolean {
  return end - start <= 2 && (!dot || text.charCodeAt(end) === 46);
}
const W = P.START_WORDS;

type Ctx = ParsingContext;
type Match = RegExpMatchArray;

/**
 * The word right before `index` (punctuation such as ":" stripped), lowercased:
 * what `/(\p{L}+)[.:]?\s*$/u` finds in the 40 characters before `index`,
 * read backwards (the regex tries every start in the slice).
 */
export function wordBefore(text: string, index: number): string {
  return lettersBefore(text, index, true).toLowerCase();
}

/**
 * The letters before `index` and trailing space, within 40 characters, as
 * written: `/(\p{L}+)[.:]?\s*$/u` (`/(\p{L}+)\s*$/u` without `mark`) on that
 * slice, read backwards.
 */
export function lettersBefore(text: string, index: number, mark: boolean): string {
  const from = Math.max(0, index - 40);
  let i = index;
  while (i > from && isSpaceUnit(text.charCodeAt(i - 1))) i--;
  if (mark && i > from && (text.charCodeAt(i - 1) === 46 || text.charCodeAt(i - 1) === 58)) i--;
  const end = i;
  i = letterRunStart(text, from, end);
  return i < end ? text.slice(i, end) : "";
}

/** Start of the run of letters (`\p{L}`, whole code points) that ends at `end`, not before `from`. */
function letterRunStart(text: string, from: number, end: number): number {
  let i = end;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) {
      const high = text.charCodeAt(i - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        if (!LETTER.test(text.slice(i - 2, i))) break;
        i -= 2;
        continue;
      }
    }
    if (!isLetterUnit(c)) break;
    i--;
  }
  return i;
}
const LETTER = /^\p{L}$/u;

/** True at the start of a sentence, a line or the text (only spaces/quotes between). */
function startsClause(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 6), index);
  return index === 0 || /(?:^|[.!?:;\n(„"])\s*$/u.test(before);
}

/** What follows the match: the next word (`/^[ \t]*([^\s]+)/` in the 40 characters after `end`). */
export function nextToken(text: string, end: number): string {
  const to = Math.min(text.length, end + 40);
  let i = end;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let j = i;
  while (j < to && !isSpaceUnit(text.charCodeAt(j))) j++;
  return j > i ? text.slice(i, j) : "";
}

/** True when the match ends a short line without sentence punctuation: a heading ("Westfront 1944/1945"). */
function endsHeading(text: string, index: number, end: number): boolean {
  if (!/^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 4))) return false;
  const before = text.slice(Math.max(0, index - 51), index); // bounded: no scan back over a long line
  const newline = before.lastIndexOf("\n");
  if (newline < 0 && index > 50) return false;
  return !/[.!?;:,]/.test(before.slice(newline + 1));
}

function isCapitalisedWord(token: string): boolean {
  return /^[\p{Lu}]\p{Ll}/u.test(token);
}

function components(ctx: Ctx, known: Record<string, number>, tags: string[]): ParsingComponents {
  const c = ctx.createParsingComponents(known as never);
  for (const t of tags) c.addTag(t);
  return c;
}

/** A relative adjective needs the anchor; resolve it to a year here. */
function relativeYear(ctx: Ctx, adjective: string): number {
  return anchorParts(ctx.refDate).year + relativeOffset(adjective);
}

/** "März 2019", "Sept. 2020". */
export const monthYearParser: NamedParser = {
  name: "monthYear",
  starts: { words: W.monthName },
  pattern: () => P.MONTH_YEAR,
  extract(ctx, m) {
    const month = monthNumber(m[1]!);
    const year = Number(m[2]);
    if (!month) return null;
    if (/^\p{Ll}/u.test(ctx.text.charAt(m.index! + m[0].length))) return null; // "2019er"
    return components(ctx, { year, month }, [TAG.precision + "month"]);
  },
};

/** "September dieses Jahres", "Mai vergangenen Jahres". */
export const monthRelativeYearParser: NamedParser = {
  name: "monthRelativeYear",
  starts: { words: W.fullMonth },
  pattern: () => P.MONTH_RELATIVE_YEAR,
  extract(ctx, m) {
    const month = monthNumber(m[1]!);
    if (!month) return null;
    return components(ctx, { year: relativeYear(ctx, m[2]!), month }, [TAG.precision + "month", TAG.relative, TAG.relYear + relativeOffset(m[2]!)]);
  },
};

/** "im Mai", "Anfang September", "von August zu September": the year comes from the anchor or the narrative. */
export const monthAloneParser: NamedParser = {
  name: "monthAlone",
  starts: { words: W.fullMonth },
  pattern: () => P.MONTH_ALONE,
  extract(ctx, m) {
    const index = m.index!;
    if (!P.MONTH_ALONE_CUE.test(ctx.text.slice(Math.max(0, index - 12), index))) return null;
    const month = monthNumber(m[1]!);
    if (!month) return null;
    // "August Bebel": a month name followed by a capitalised word is a name.
    const next = nextToken(ctx.text, index + m[0].length);
    if (isCapitalisedWord(next) && monthNumber(next) === null) return null;
    return components(ctx, { month }, [TAG.precision + "month"]);
  },
};

/** True when a bare number before `end` in `text` stands where a year can stand. */
function yearContextOk(text: string, index: number, end: number, requireFreeRight: boolean): boolean {
  const prev = wordBefore(text, index);
  const next = nextToken(text, end);
  const nextCapital = isCapitalisedWord(next) && monthNumber(next) === null;
  if (P.PERIOD_NOUN_SUFFIX.test(prev) && prev.length > 0) return true;
  if (P.UNIT_TOKEN.test(next)) return false; // "von 1600 km"
  // "von 1500 auf 1800 Personen", "von 1500 bis 2000 Euro": a range of amounts.
  const amountRange = /^\s*(?:auf|bis|und|oder|[-–])\s*\d[\d.,]*\s+(\S+)/u.exec(text.slice(end, end + 40));
  if (amountRange && ((isCapitalisedWord(amountRange[1]!) && monthNumber(amountRange[1]!) === null) || P.UNIT_TOKEN.test(amountRange[1]!))) return false;
  if (P.YEAR_CUE_WORD.test(prev)) return !nextCapital || /^(jahr|jahre|jahres|jahren)$/.test(prev);
  if (P.ARTICLE_WORD.test(prev)) {
    // "des 1855 verstorbenen Kaufmanns" (a participle) is a year; "die 1400 hessischen Truppen" a count.
    if (!/^\p{Ll}/u.test(next)) return false;
    const afterNext = /^\s*\S+\s+(\S+)/u.exec(text.slice(end, end + 60))?.[1] ?? "";
    return P.PARTICIPLE.test(next) || !isCapitalisedWord(afterNext);
  }
  // "wurden 1500 neue Stellen", "2000 neue Stellen": number, adjective, noun is a count.
  const afterNextWord = /^\s*\S+\s+(\S+)/u.exec(text.slice(end, end + 60))?.[1] ?? "";
  const countPhrase = /^\p{Ll}+(?:e|en|er|es|em)$/u.test(next) && isCapitalisedWord(afterNextWord) && !P.PARTICIPLE.test(next);
  if (endsHeading(text, index, end)) return true;
  // A year alone on its line: a heading of a chronicle.
  if (/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, index - 8), index)) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 4))) return true;
  if (startsClause(text, index)) return (/^(?:\p{Ll}|,)/u.test(next) && !countPhrase) || (!requireFreeRight && next === "");
  // "hatte 1920 einen Pakt", "entsandte 1919 eine Gruppe": between a lowercase word and a lowercase word or a clause end.
  const prevOriginal = lettersBefore(text, index, false);
  const prevLower = /^\p{Ll}/u.test(prevOriginal);
  if (prevLower && !countPhrase && !P.QUANTITY_WORD.test(prev) && /^(?:\p{Ll}|[,;.)–—]|$)/u.test(next) && !/^(?:auf|bis|und|oder)$/i.test(next)) return true;
  return false;
}

/** A bare year where it denotes time: "im Jahr 2025", "seit 2022", "des 1855 verstorbenen", "2016 wurden". */
export const bareYearParser: NamedParser = {
  name: "bareYear",
  starts: { digits: yearDigits },
  pattern: () => P.BARE_YEAR,
  extract(ctx, m) {
    const index = m.index!;
    if (!yearContextOk(ctx.text, index, index + m[0].length, true)) return null;
    return components(ctx, { year: Number(m[1]) }, [TAG.precision + "year"]);
  },
};

/** "2021-2027", "2005/2006", "2025/26": a closed range of years. */
export const yearSpanParser: NamedParser = {
  name: "yearSpan",
  starts: { digits: yearDigits },
  pattern: () => P.YEAR_SPAN,
  extract(ctx, m) {
    const index = m.index!;
    const from = Number(m[1]);
    let to = Number(m[3]);
    if (m[3]!.length === 2) to = Math.floor(from / 100) * 100 + to;
    if (to <= from || to - from > 60) return null;
    if (m[2] === "/" && m[3]!.length === 2 && to !== from + 1) return null;
    const end = index + m[0].length;
    const prev = wordBefore(ctx.text, index);
    const next = nextToken(ctx.text, end);
    const cued = P.PERIOD_NOUN_SUFFIX.test(prev) || P.YEAR_CUE_WORD.test(prev) || P.ARTICLE_WORD.test(prev) || endsHeading(ctx.text, index, end);
    if (!cued && isCapitalisedWord(next)) return null; // "1000-2000 Euro"
    const result = ctx.createParsingResult(index, m[0], { year: from }, { year: to });
    result.start.addTag(TAG.precision + "year");
    result.end!.addTag(TAG.precision + "year");
    result.addTag(TAG.range);
    return result;
  },
};

const SEASON_SUFFIX: Record<string, string> = { frühjahr: "SP", frühling: "SP", sommer: "SU", herbst: "FA", winter: "WI" };

/** "im Herbst 2021" → 2021-FA; "Sommer dieses Jahres"; "im Winter" (year from the anchor). */
export const seasonParser: NamedParser = {
  name: "season",
  starts: { words: W.season },
  pattern: () => P.SEASON,
  extract(ctx, m) {
    const index = m.index!;
    const suffix = SEASON_SUFFIX[m[1]!.toLowerCase()]!;
    const tags = [TAG.suffix + suffix, TAG.precision + "year"];
    if (m[2]) return components(ctx, { year: Number(m[2]) }, tags);
    if (m[3]) return components(ctx, { year: relativeYear(ctx, m[3]) }, [...tags, TAG.relative, TAG.relYear + relativeOffset(m[3])]);
    const before = ctx.text.slice(Math.max(0, index - 14), index);
    if (!P.SEASON_CUE.test(before)) return null;
    // "vergangenen Herbst": the last autumn before the anchor; "kommenden Sommer": the next one.
    const relative = P.SEASON_RELATIVE_CUE.exec(before);
    if (relative) {
      const anchor = anchorParts(ctx.refDate);
      const offset = seasonYearOffset(suffix, anchor.month, relativeOffset(relative[1]!));
      return components(ctx, { year: anchor.year + offset }, [...tags, TAG.relative, TAG.relYear + offset]);
    }
    return components(ctx, {}, tags); // year unknown: the resolver supplies it
  },
};

/** Months a season starts and ends in (winter: December to February, named by the year it starts in). */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/**
 * Year offset (from the anchor's year) of the previous (direction -1) or next
 * (+1) season before or after an anchor month: "vergangenen Herbst" said in
 * June 2024 is autumn 2023, said in December 2024 autumn 2024.
 */
export function seasonYearOffset(suffix: string, anchorMonth: number, direction: number): number {
  const [first, last] = SEASON_MONTHS[suffix] ?? [1, 12];
  if (direction < 0) {
    // Winter of the year before ends in February of the anchor's year.
    if (suffix === "WI") return anchorMonth > 2 ? -1 : -2;
    return anchorMonth > last ? 0 : -1;
  }
  if (direction > 0) return anchorMonth < first ? 0 : 1;
  return 0;
}

const ORDINALS: Record<string, number> = { erst: 1, zweit: 2, dritt: 3, viert: 4 };

/** "im ersten Halbjahr 2022" → 2022-H1; "3. Quartal 2022" → 2022-Q3; "Q3 2022". */
export const halfOrQuarterParser: NamedParser = {
  name: "halfOrQuarter",
  starts: { words: W.ordinal, digits: (t, s, e) => e - s === 1 && t.charCodeAt(s) >= 49 && t.charCodeAt(s) <= 52 && t.charCodeAt(e) === 46 },
  pattern: () => P.HALF_OR_QUARTER,
  extract(ctx, m) {
    let suffix: string;
    if (m[3]) suffix = m[3].toUpperCase();
    else {
      const ord = m[1]!.toLowerCase();
      const isHalf = /halbjahr|hälfte/i.test(m[2]!);
      let n = /^\d/.test(ord) ? Number(ord[0]) : ORDINALS[ord.replace(/e[nmrs]?$/, "")] ?? (ord.startsWith("letzt") ? (isHalf ? 2 : 4) : 0);
      if (!n || (isHalf && n > 2)) return null;
      suffix = (isHalf ? "H" : "Q") + n;
    }
    const tags = [TAG.suffix + suffix, TAG.precision + "year"];
    if (m[2] === "Hälfte" && !m[4] && !m[5]) return null; // "die zweite Hälfte" of anything
    if (m[4]) return components(ctx, { year: Number(m[4]) }, tags);
    if (m[5]) return components(ctx, { year: relativeYear(ctx, m[5]) }, [...tags, TAG.relative, TAG.relYear + relativeOffset(m[5])]);
    return components(ctx, {}, tags);
  },
};

/** "dieses Jahres", "im kommenden Jahr", "seit dem vergangenen Jahr", "diesen Monat". */
export const relativeYearOrMonthParser: NamedParser = {
  name: "relativeYearOrMonth",
  starts: { words: [...W.relativeAdjective, ...W.newYear] },
  pattern: () => P.RELATIVE_YEAR_OR_MONTH,
  extract(ctx, m) {
    const offset = relativeOffset(m[1]!);
    const a = anchorParts(ctx.refDate);
    if (/^jahr/i.test(m[2]!)) return components(ctx, { year: a.year + offset }, [TAG.precision + "year", TAG.relative, TAG.relYear + offset]);
    const total = a.year * 12 + (a.month - 1) + offset;
    return components(ctx, { year: Math.floor(total / 12), month: (total % 12) + 1 }, [TAG.precision + "month", TAG.relative]);
  },
};

/** "in der kommenden Woche" → the anchor's ISO week + 1 ("2024-W12"); "KW 12/2024" → "2024-W12". */
export const weekParser: NamedParser = {
  name: "week",
  starts: { words: [...W.relativeAdjective, ...W.week] },
  pattern: () => P.WEEK,
  extract(ctx, m) {
    const a = anchorParts(ctx.refDate);
    if (m[1]) {
      const d = addDays(a.year, a.month, a.day, 7 * relativeOffset(m[1]));
      const w = isoWeek(d.year, d.month, d.day);
      return components(ctx, {}, [TAG.value + `${w.year}-W${String(w.week).padStart(2, "0")}`, TAG.relative]);
    }
    const week = Number(m[2]);
    if (week < 1 || week > 53) return null;
    const year = m[3] ?? m[4];
    const tags = [TAG.value + `${year ?? a.year}-W${String(week).padStart(2, "0")}`];
    if (!year) tags.push(TAG.relative);
    return components(ctx, {}, tags);
  },
};

/** "Vorjahr", "Jahresbeginn", "Jahresende", "Ende des Jahres", "Mitte des Monats". */
export const yearPartParser: NamedParser = {
  name: "yearPart",
  starts: { words: W.yearPart },
  pattern: () => P.YEAR_PART_WORD,
  extract(ctx, m) {
    const a = anchorParts(ctx.refDate);
    const word = (m[1] ?? m[3] ?? "").toLowerCase();
    const part = (m[2] ?? "").toLowerCase();
    const isMonth = /monat/.test(word);
    let offset = 0;
    let mod: string | null = null;
    if (word.startsWith("vorjahr") || word.startsWith("vormonat")) offset = -1;
    else if (word.startsWith("jahresbeginn") || word.startsWith("jahresanfang") || part === "anfang") mod = "start";
    else if (word.startsWith("jahresmitte") || part === "mitte") mod = "mid";
    else if (word.startsWith("jahresende") || part === "ende") mod = "end";
    const tags: string[] = [TAG.relative];
    if (mod) tags.push(TAG.mod + mod);
    if (!isMonth) return components(ctx, { year: a.year + offset }, [...tags, TAG.precision + "year", TAG.relYear + offset]);
    const total = a.year * 12 + (a.month - 1) + offset;
    return components(ctx, { year: Math.floor(total / 12), month: (total % 12) + 1 }, [...tags, TAG.precision + "month"]);
  },
};

const DAY_WORD_OFFSET: Record<string, number> = {
  heute: 0, gestern: -1, vorgestern: -2, morgen: 1, übermorgen: 2, heutigen: 0, gestrigen: -1, morgigen: 1,
};

/** "heute", "gestern", "am heutigen Mittwoch". Generic "bis heute", "noch heute" are not dates. */
export const relativeDayParser: NamedParser = {
  name: "relativeDay",
  starts: { words: [...W.relativeDay, ...W.am] },
  pattern: () => P.RELATIVE_DAY,
  extract(ctx, m) {
    const index = m.index!;
    const word = (m[1] ?? m[2]!).toLowerCase();
    if (m[1]) {
      const prev = wordBefore(ctx.text, index);
      if (/^(bis|noch|schon|auch|erst|gerade|von|ab|seit|für|nach|wie|als)$/.test(prev)) return null;
      if (/^\s+(noch|schon)\b/u.test(ctx.text.slice(index + m[0].length, index + m[0].length + 8))) return null;
      // "Morgen" capitalised is the morning; "heute" capitalised at a sentence start is fine.
      if (word === "morgen" && m[1] !== "morgen") return null;
    }
    const a = anchorParts(ctx.refDate);
    const d = addDays(a.year, a.month, a.day, DAY_WORD_OFFSET[word] ?? 0);
    return components(ctx, { year: d.year, month: d.month, day: d.day }, [TAG.precision + "day", TAG.relative]);
  },
};

/** "am Mittwoch", "am kommenden Freitag": the weekday nearest the anchor (or the next/previous one). */
export const weekdayParser: NamedParser = {
  name: "weekday",
  starts: { words: W.weekdayLead },
  pattern: () => P.WEEKDAY,
  extract(ctx, m) {
    const target = WEEKDAYS[m[2]!.toLowerCase()]!;
    const a = anchorParts(ctx.refDate);
    const today = weekdayOf(a.year, a.month, a.day);
    const forward = (target - today + 7) % 7;
    const dir = (m[1] ?? "").toLowerCase();
    let delta: number;
    if (/^(kommend|nächst|folgend)/.test(dir)) delta = forward === 0 ? 7 : forward;
    else if (/^(vergangen|letzt|vorig)/.test(dir)) delta = forward === 0 ? -7 : forward - 7;
    else {
      // From the day a release speaks from, its clause's tense places the weekday ("besuchte am Freitag":
      // the last one; "wird am Montag eröffnet": the next one); otherwise the weekday nearest the anchor.
      const tense = (ctx.option as DateParsingOption).tenseDecides ? tenseAround(ctx.text, m.index!) : null;
      delta = tense === "past" ? (forward === 0 ? 0 : forward - 7) : tense === "future" ? forward : forward <= 3 ? forward : forward - 7;
    }
    const d = addDays(a.year, a.month, a.day, delta);
    const tags = [TAG.precision + "day", TAG.relative];
    if (!dir) tags.push(TAG.weekday + target);
    return components(ctx, { year: d.year, month: d.month, day: d.day, weekday: target }, tags);
  },
};

/**
 * Finite verbs that set a clause in the past or the future (closed classes: auxiliaries, the perfect with
 * "haben", the preterite of verbs releases report with, present forms that announce).
 */
const PAST_CUE = /(?<![\p{L}])(?:wurden?|war(?:en)?|hatten?|(?:hat|haben)(?=[^.!?\n]*?(?<![\p{L}])(?!geöffnet|geschlossen)(?:ge\p{Ll}{3,}(?:t|en)|(?:be|er|ver|ent|über|unter|emp)\p{Ll}{3,}t|\p{Ll}{3,}iert)(?=\s*(?:[.,;!?]|$)))|(?:besuch|eröffne|überreich|unterzeichne|informier|begrüß|feier|tag|stell|teil|zeig|erklär|sag|beton|verabschiede|präsentier|ehr)ten?|(?:traf|kam|fand|sprach|nahm|lud|übergab)(?:en)?|beschlossen?)(?![\p{L}])/u;
const FUTURE_CUE = /(?<![\p{L}])(?:wird|werden|soll|sollen|findet|finden|beginnt|beginnen|startet|starten|lädt|laden|öffnet|öffnen|kann|können)(?![\p{L}])/u;

/** "past" or "future" when the sentence around `index` (up to 200 characters each way) has cues of one only. */
function tenseAround(text: string, index: number): "past" | "future" | null {
  let start = index, end = index;
  while (start > 0 && index - start < 200 && !endsSentence(text, start - 1)) start--;
  while (end < text.length && end - index < 200 && !endsSentence(text, end)) end++;
  const sentence = text.slice(start, end);
  const past = PAST_CUE.test(sentence), future = FUTURE_CUE.test(sentence);
  return past === future ? null : past ? "past" : "future";
}
/** "!", "?", a line break, or a full stop that is no ordinal or time ("3. Mai", "7.30 Uhr") before a space. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === "!" || c === "?" || c === "\n") return true;
  return c === "." && !/\d/.test(text[i - 1] ?? "") && /\s/.test(text[i + 1] ?? " ");
}

/** "05 Feb 2026", "5 February 2024", "June 19, 2024". */
export const spacedDayMonthYearParser: NamedParser = {
  name: "spacedDayMonthYear",
  starts: { words: W.monthName, digits: (t, s, e) => dayDigits(t, s, e, false) },
  pattern: () => P.SPACED_DAY_MONTH_YEAR,
  extract(ctx, m) {
    const day = Number(m[1] ?? m[5]);
    const month = monthNumber(m[2] ?? m[4]!);
    const year = Number(m[3] ?? m[6]);
    if (!month || day < 1 || day > 31) return null;
    return components(ctx, { year, month, day }, [TAG.precision + "day"]);
  },
};

/** "am 17./18. Juni 2024": two days of one month joined by a slash. */
export const dayPairParser: NamedParser = {
  name: "dayPair",
  starts: { digits: (t, s, e) => dayDigits(t, s, e, true) },
  pattern: () => P.DAY_PAIR,
  extract(ctx, m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    const month = monthNumber(m[3]!);
    if (!month || from < 1 || to > 31 || to <= from) return null;
    return dayRange(ctx, m.index!, m[0], from, to, month, m[4]);
  },
};

/** A closed range of two days of one month (and year, when written), spanning `text` from `index`. */
function dayRange(ctx: Ctx, index: number, text: string, from: number, to: number, month: number, year: string | undefined): ParsingResult {
  const known: Record<string, number> = { month };
  if (year) known.year = Number(year);
  const result = ctx.createParsingResult(index, text, { ...known, day: from } as never, { ...known, day: to } as never);
  result.addTag(TAG.precision + "day");
  result.addTag(TAG.range);
  return result;
}

/**
 * "am 1. und 2. März", "zwischen dem 10. und 12. Juni": a range of days of one month (two
 * consecutive days, or any two after "zwischen"). "am 3. und 10. März" names two days, not a
 * range: left to the other parsers.
 */
export const dayAndDayParser: NamedParser = {
  name: "dayAndDay",
  starts: { digits: (t, s, e) => dayDigits(t, s, e, true) },
  pattern: () => P.DAY_AND_DAY,
  extract(ctx, m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    const month = monthNumber(m[3]!);
    if (!month || from < 1 || to > 31 || to <= from) return null;
    const index = m.index!;
    const between = P.BETWEEN_BEFORE.exec(ctx.text.slice(Math.max(0, index - 16), index));
    if (!between && to !== from + 1) return null;
    const start = between ? index - between[0].length : index;
    return dayRange(ctx, start, ctx.text.slice(start, index + m[0].length), from, to, month, m[4]);
  },
};

/** "am 20.05." without a year: the year comes from the anchor or the narrative. */
export const numericDayMonthParser: NamedParser = {
  name: "numericDayMonth",
  starts: { digits: (t, s, e) => dayDigits(t, s, e, true) },
  pattern: () => P.NUMERIC_DAY_MONTH,
  extract(ctx, m) {
    const index = m.index!;
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) return null;
    if (!P.DAY_MONTH_CUE.test(ctx.text.slice(Math.max(0, index - 16), index))) return null;
    return components(ctx, { month, day }, [TAG.precision + "day"]);
  },
};

/** "seit 09/2020", "Stand: 03.2024": month and year in digits, after a cue word. */
export const numericMonthYearParser: NamedParser = {
  name: "numericMonthYear",
  starts: { digits: (t, s, e) => dayDigits(t, s, e, false) },
  pattern: () => P.NUMERIC_MONTH_YEAR,
  extract(ctx, m) {
    const index = m.index!;
    if (!P.MONTH_YEAR_CUE.test(ctx.text.slice(Math.max(0, index - 16), index))) return null;
    return components(ctx, { year: Number(m[2]), month: Number(m[1]) }, [TAG.precision + "month"]);
  },
};

/** "20. Jahrhunderts" → "19"; "1990er Jahre" → "199"; "90er Jahren" → "199". */
export const centuryOrDecadeParser: NamedParser = {
  name: "centuryOrDecade",
  starts: { digits: (t, s, e) => dayDigits(t, s, e, true) || (e - s >= 2 && e - s <= 4 && t.charCodeAt(e - 1) === 48 && t.charCodeAt(e) === 101) },
  pattern: () => P.CENTURY_OR_DECADE,
  extract(ctx, m) {
    let value: string;
    if (m[1]) {
      const century = Number(m[1]);
      if (century < 1 || century > 21) return null;
      value = (m[2] ? "BC" : "") + String(century - 1).padStart(2, "0");
    } else if (m[3]) {
      const digits = m[3];
      if (digits.length === 3 && (Number(digits) < 100 || Number(digits) > 210)) return null;
      value = digits.length === 3 ? digits : (Number(digits) >= 30 ? "19" : "20") + digits[0];
    } else {
      value = "19" + m[4];
    }
    return components(ctx, {}, [TAG.value + value]);
  },
};

const AGO_UNIT: Record<string, "year" | "month" | "week" | "day"> = { jahr: "year", monat: "month", woche: "week", tag: "day" };

/** "vor einem Jahr" → the anchor's year minus one; "vor zwei Wochen" → a day. */
export const agoParser: NamedParser = {
  name: "ago",
  starts: { words: W.vor },
  pattern: () => P.AGO,
  extract(ctx, m) {
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : parseNumberWord(m[1]!);
    if (n === null || n < 1) return null;
    const unit = AGO_UNIT[m[2]!.toLowerCase().replace(/en$|n$/, "")];
    if (!unit) return null;
    const a = anchorParts(ctx.refDate);
    if (unit === "year") return components(ctx, { year: a.year - n }, [TAG.precision + "year", TAG.relative]);
    if (unit === "month") {
      const total = a.year * 12 + (a.month - 1) - n;
      return components(ctx, { year: Math.floor(total / 12), month: (total % 12) + 1 }, [TAG.precision + "month", TAG.relative]);
    }
    const d = addDays(a.year, a.month, a.day, -n * (unit === "week" ? 7 : 1));
    return components(ctx, { year: d.year, month: d.month, day: d.day }, [TAG.precision + "day", TAG.relative]);
  },
};

const UNIT_ISO: Array<[RegExp, string, number]> = [
  [/^jahrzehnt/i, "Y", 10],
  [/^jahr/i, "Y", 1],
  [/^monat/i, "M", 1],
  [/^woche/i, "W", 1],
  [/^tag/i, "D", 1],
  [/^stunde/i, "H", 1],
  [/^minute/i, "MIN", 1],
];

/** ISO 8601 duration for an amount of a unit ("9", "Monaten" → P9M; 1.5 years → P18M). */
export function isoDuration(amount: number, unit: string): string | null {
  const u = UNIT_ISO.find(([re]) => re.test(unit));
  if (!u) return null;
  let [, letter, factor] = u;
  let n = amount * factor;
  if (!Number.isInteger(n)) {
    if (letter === "Y") { n = n * 12; letter = "M"; }
    else if (letter === "D") { n = n * 24; letter = "H"; }
    else if (letter === "H") { n = n * 60; letter = "MIN"; }
    if (!Number.isInteger(n)) return null;
  }
  if (letter === "H") return `PT${n}H`;
  if (letter === "MIN") return `PT${n}M`;
  return `P${n}${letter}`;
}

const DURATION_MOD: Array<[RegExp, string]> = [
  [/^(maximal|höchstens|bis\s+zu)$/i, "max"],
  [/^(mindestens|wenigstens)$/i, "min"],
  [/^(rund|etwa|ca\.|circa|knapp|über|fast|nahezu|mehr\s+als|weniger\s+als)$/i, "approx"],
];

/** The amount a number token means ("9", "2,5", "zwei", "ein halbes", "eineinhalb"). */
function amountOf(token: string): number | null {
  const t = token.toLowerCase().replace(/\s+/g, " ");
  if (/^\d/.test(t)) return Number(t.replace(",", "."));
  if (/halbe/.test(t)) return 0.5;
  if (t === "eineinhalb" || t === "anderthalb") return 1.5;
  if (t === "zweieinhalb") return 2.5;
  if (t === "dreieinhalb") return 3.5;
  return parseNumberWord(t);
}

/** "maximal 9 Monaten" (P9M, max), "ein halbes Jahr" (P6M), "zwei Wochen", "drei erfolgreiche Jahre". */
export const durationParser: NamedParser = {
  name: "duration",
  starts: { words: W.durationUnit },
  // Scans for the unit noun (cheap) and reads the amount before it.
  pattern: () => P.DURATION_UNIT_WORD,
  extract(ctx, m) {
    const unitAt = m.index!;
    const lookback = ctx.text.slice(Math.max(0, unitAt - 60), unitAt);
    const head = P.DURATION_HEAD.exec(lookback);
    if (!head) return null;
    const index = unitAt - lookback.length + head.index;
    const amount = amountOf(head[2]!);
    if (amount === null || amount <= 0) return null;
    if (head[3] && !/^[a-zß-öø-ÿ]/.test(head[3])) return null; // an adjective in between, not a noun
    // "ein gutes Jahr" judges a year; "ein weiteres Jahr", "ein ganzes Jahr" measure one.
    if (head[3] && amount === 1 && !/^(?:weiter|ganz|voll|zusätzlich|knapp|gut)e[snmr]?$/.test(head[3]) ) return null;
    if (head[3] && amount === 1 && /^gut/.test(head[3]) && !/^gute[nm]$/.test(head[3])) return null; // "ein gutes Jahr", but "einen guten Monat"
    if (/^jahr/i.test(m[0]) && amount > 200) return null;
    const before = ctx.text.slice(Math.max(0, index - 30), index);
    // Ages and number ranges are figures: "im Alter von 18 bis 27 Jahren", "unter 25 Jahren", "ab 18 Jahren".
    if (/(?:alter|lebensjahr)\w*\s+(?:von\s+|zwischen\s+)?(?:\d+\s+(?:bis|und)\s+)?$/iu.test(before)) return null;
    if (NUMBER_THEN_CONNECTOR.test(before)) return null; // "zwei bis drei Jahre", "18-27 Jahre"
    // "so ein Tag", "was für ein Jahr": "ein" is the article of an exclamation, not an amount.
    if (/^ein/i.test(head[2]!) && SUCH_A.test(before)) return null;
    if (/(?:^|\s)(?:unter|ab|jünger|älter|mit|alle|jede|jeden|jedes)\s+$/iu.test(before)) return null; // ages, frequencies
    if (/(?:^|\s)bis\s+$/iu.test(before) && /^jahr/i.test(m[0]) && amount >= 12) return null; // "Jugendliche bis 25 Jahre"
    const modWord = head[1] ?? "";
    if (/^über$/i.test(modWord) && !/(?:seit|vor|nach|für|in|von)\s+$/iu.test(before)) return null;
    let end = unitAt + m[0].length;
    if (/^\s+(?:(?:und|oder)\s+)?(?:alt|älter|jünger|jung)\b/u.test(ctx.text.slice(end, end + 16))) return null;
    const later = /^\s+(später|danach|darauf|zuvor|vorher|früher)\b/iu.exec(ctx.text.slice(end, end + 12));
    const iso = isoDuration(amount, m[0]);
    if (!iso) return null;
    const mod = DURATION_MOD.find(([re]) => re.test(modWord.replace(/\s+/g, " ")))?.[1];
    if (later) end += later[0].length;
    const result = ctx.createParsingResult(index, end);
    if (later) result.start.addTag(TAG.shift + (/später|danach|darauf/i.test(later[1]!) ? "1" : "-1"));
    else if (/(?:^|\s)nach\s+$/iu.test(before)) result.start.addTag(TAG.shift + "1n");
    result.start.addTag(TAG.duration);
    result.start.addTag(TAG.value + iso);
    if (mod) result.start.addTag(TAG.mod + mod);
    return result;
  },
};

const SUCH_A = /(?:^|[^\p{L}])(?:so|solch|welch|was\s+für)\s+$/iu;

const NUMBER_THEN_CONNECTOR =
  /(?:\d|(?:^|[^\p{L}])(?:ein|eins|einem|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf))\s*(?:bis|-|–|oder|und)\s*$/iu;

const ADJ_UNIT: Record<string, string> = { jährig: "Y", tägig: "D", wöchig: "W", monatig: "M", stündig: "H" };

/** "einjährige Laufzeit" (P1Y), "zweitägige Veranstaltung" (P2D). "-jährig" only before a span noun: not ages. */
export const durationAdjectiveParser: NamedParser = {
  name: "durationAdjective",
  starts: { endings: P.DURATION_ADJECTIVE_ENDINGS },
  pattern: () => P.DURATION_ADJECTIVE_SUFFIX,
  extract(ctx, m) {
    const suffixAt = m.index!;
    const lookback = ctx.text.slice(Math.max(0, suffixAt - 40), suffixAt);
    const head = P.DURATION_ADJECTIVE_HEAD.exec(lookback);
    if (!head) return null;
    const index = suffixAt - lookback.length + head.index;
    const raw = head[1]!.replace(/-$/, "");
    const amount = amountOf(raw);
    if (amount === null || amount <= 0) return null;
    const end = suffixAt + m[0].length;
    const unit = ADJ_UNIT[m[1]!.toLowerCase()]!;
    if (unit === "Y" && !P.SPAN_NOUN.test(ctx.text.slice(end, end + 40))) return null;
    const name = { Y: "Jahr", D: "Tag", W: "Woche", M: "Monat", H: "Stunde" }[unit]!;
    const iso = isoDuration(amount, name);
    if (!iso) return null;
    const result = ctx.createParsingResult(index, end);
    result.start.addTag(TAG.duration);
    result.start.addTag(TAG.value + iso);
    return result;
  },
};

const ANAPHOR_UNIT: Record<string, string> = { tag: "day", monat: "month", jahr: "year" };

/** "am selben Tag", "im folgenden Jahr", "Folgejahr", "Vortag": resolved against the last date named (resolve.ts). */
export const anaphoricParser: NamedParser = {
  name: "anaphoric",
  starts: { words: W.anaphoric },
  pattern: () => P.ANAPHORIC,
  extract(ctx, m) {
    let unit: string;
    let offset: number;
    if (m[3]) {
      const w = m[3].toLowerCase();
      unit = w.startsWith("vortag") ? "day" : w.includes("jahr") ? "year" : w.includes("monat") ? "month" : "day";
      offset = w.startsWith("vortag") ? -1 : 1;
    } else {
      unit = ANAPHOR_UNIT[m[2]!.toLowerCase()]!;
      const adj = m[1]!.toLowerCase();
      offset = /selben|gleichen/.test(adj) ? 0 : adj.startsWith("vorherig") ? -1 : 1;
      // "im nächsten Jahr" is the anchor's next year (relativeYearOrMonth), not the narrative's.
      if (adj === "nächsten" && unit !== "day") return null;
    }
    return components(ctx, {}, [TAG.anaphor + unit + ":" + offset]);
  },
};

/** "490 v. Chr." → BC0490 (TIMEX2). */
export const bcYearParser: NamedParser = {
  name: "bcYear",
  starts: { digits: (_t, s, e) => e - s <= 4 },
  pattern: () => P.BC_YEAR,
  extract(ctx, m) {
    return components(ctx, {}, [TAG.value + "BC" + String(Number(m[1])).padStart(4, "0")]);
  },
};

/** All parsers this extractor adds to chrono, in a fixed order. */
export const PARSERS: readonly NamedParser[] = [
  monthYearParser,
  monthRelativeYearParser,
  monthAloneParser,
  bareYearParser,
  yearSpanParser,
  seasonParser,
  halfOrQuarterParser,
  relativeYearOrMonthParser,
  weekParser,
  yearPartParser,
  relativeDayParser,
  weekdayParser,
  spacedDayMonthYearParser,
  numericDayMonthParser,
  numericMonthYearParser,
  dayPairParser,
  dayAndDayParser,
  centuryOrDecadeParser,
  agoParser,
  durationParser,
  durationAdjectiveParser,
  anaphoricParser,
  bcYearParser,
];

