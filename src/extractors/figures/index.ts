/**
 * Figures: numbers with their unit or counted noun ("1,5 Millionen Euro",
 * "4,4 Prozent", "18 bis 27 Jahren", "elf weitere Modellkommunen").
 *
 * One pass over the numbers of the text; each hit is read with sticky tail
 * patterns (range, scale, unit, noun) and short context slices before it
 * (approximation, label, phone, age cues). Numbers that are dates, years,
 * times, durations, phone numbers, postcodes, house numbers, ordinals or
 * labels are dropped. A bare number without unit keeps a unit only from its
 * sentence ("3.418 offene Stellen, das sind 154 mehr" → 154 Stellen).
 */
import type { ExtractorInput } from "../context.js";
import type { Figure } from "../../schema/release.js";
import { parseNumberWord } from "../../lexicon/number-words.js";
import { currencyOf, percentOf, scaleFactor, TIME_UNIT_WORDS, YEAR_WORDS } from "../../lexicon/units.js";
import { DATIVE_CUE, nominativeUnit } from "./nouns.js";
import { quotedTitles, sortedDates, SpanCursor } from "./guards.js";
import { isLetterUnit } from "../../text/unicode-class.js";
import {
  AFTER_AREA_CODE, AGE_BOUND_BEFORE, AGE_CUE_BEFORE, AGE_GROUP_BEFORE, AGED_TAIL, APPROX_BEFORE, CLOCK_TAIL, COMPOUND_AFTER,
  CURRENCY_BEFORE, CURRENCY_TAIL, DIGIT_NUMBER, ELLIPSIS_TAIL, GLUED_BEFORE, LABEL_WORD, MEASURE_TAIL, MONTH_TAIL, NOUN_TAIL,
  NUMBER_TAIL_BEFORE, OLD_AFTER, ORDINAL_TAIL, PARTITIVE_GAP, PERCENT_TAIL, PHONE_LINE, RANGE_TAIL, SCALE_TAIL, SENTENCE_BREAK,
  SHARED_SCALE_GAP, SPAN_AFTER_AGED, TIME_SPAN_NOUN, TIMES_TAIL, WORD_NUMBER,
} from "./patterns.js";

/** How far back the context patterns look (same line only). */
const LOOKBEHIND = 60;
/** How far a bare number may stand from the figure it takes its unit from. */
const INHERIT_DISTANCE = 80;
/**
 * Counted nouns and money carry over to a bare number in the same sentence;
 * percentages and measures do not ("(2,4 Prozent) … schlossen bei 5.514,22").
 */
const INHERITABLE = (unit: string): boolean => unit === "EUR" || /^\p{Lu}\p{Ll}/u.test(unit);
/** A bare number before ")" or an article is a label or a pronoun-like use, not an elliptic count. */
const NOT_ELLIPTIC_AFTER = /^[ \t]*(?:\)|(?:der|die|das|den|dem|des)(?!\p{L}))/u;

/**
 * Capitalised words that may stand right before a number at the start of a
 * sentence without making it a label ("Insgesamt 300 Personen"): adverbs,
 * prepositions, articles, conjunctions and pronouns (closed classes).
 */
const SENTENCE_WORDS = new Set([
  "insgesamt", "rund", "knapp", "etwa", "ca", "circa", "zirka", "über", "unter", "fast", "nur", "bereits", "schon", "noch", "gut",
  "davon", "darunter", "damit", "dabei", "dafür", "dazu", "hierfür", "mehr", "weniger", "mindestens", "maximal", "höchstens",
  "lediglich", "immerhin", "sogar", "allein", "jeweils", "je", "pro", "erst", "zusätzlich", "zudem", "außerdem", "auch", "weitere",
  "und", "oder", "sowie", "wie", "als", "dass", "weil", "wenn", "so", "jetzt", "heute", "derzeit", "aktuell", "bislang", "bisher",
  "inzwischen", "mittlerweile", "zuletzt", "zuvor", "damals", "genau", "exakt", "ganze", "hier", "dort", "dann", "da", "denn",
  "doch", "aber", "alle", "allen", "diese", "dieser", "diesen", "die", "der", "das", "den", "dem", "des", "mit", "von", "vom",
  "für", "bei", "beim", "an", "am", "in", "im", "auf", "aus", "nach", "seit", "ab", "bis", "zu", "zum", "zur", "um", "durch",
  "gegenüber", "neben", "zwischen", "ohne", "trotz", "wir", "sie", "es", "er", "ich", "ihr", "man", "nun", "somit", "also",
  "ungefähr", "nahezu", "beinahe", "annähernd", "schätzungsweise", "stolze", "satte", "weit", "deutlich", "ebenfalls",
  "gestern", "morgen", "jährlich", "täglich", "monatlich", "wöchentlich", "zusammen", "gemeinsam", "weltweit", "bundesweit",
  "landesweit", "europaweit", "deutschlandweit", "kreisweit", "stadtweit", "nunmehr", "seither", "erneut", "wieder", "alleine",
  "nochmals", "ebenso", "vor", "hinzu", "plus", "minus", "weiteren", "jede", "jeder", "jedes", "rd",
]);

/** Time nouns before a count are adverbials, not names: "diesen Monat 17.860 Arbeitslose". */
const TIME_NOUN = /^(?:jahr|jahres|monat|monats|woche|tag|quartal|halbjahr|vorjahr|vormonat|zeitraum|sommer|winter|herbst|frühjahr|frühling|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|abend|morgen|vormittag|nachmittag)$/u;

/** Nouns after a number that make it a time or a date, not a count: "18 Uhr", "13-15 Ende des Jahres". */
const NOT_COUNTED = /^(?:uhr|mal|male|malen|ende|anfang|mitte|beginn)$/u;

interface Candidate {
  start: number;
  end: number;
  numStart: number;
  value: number;
  max: number | null;
  unit: string | null;
  approx: boolean;
  /** Scale word factor (1 without one): a bare neighbour may share it. */
  scale: number;
  /** Scale × unit factor ("Mio. Euro" → 10⁶, "Cent" → 0.01). */
  multiplier: number;
  /** No unit and no noun: kept only if it can take one from its neighbours. */
  bare: boolean;
}

interface Reading {
  candidate: Candidate | null;
  /** Where the next search may start (after a consumed range). */
  resumeAt: number;
}

export function extractFigures(input: ExtractorInput): Figure[] {
  const text = input.text;
  const titles = new SpanCursor(quotedTitles(text));
  const dates = new SpanCursor(sortedDates(input.dates));
  const numbers = new NumberScan(text);
  const candidates: Candidate[] = [];
  for (let m = numbers.next(0); m; ) {
    const { candidate, resumeAt } = readFigure(text, m, titles, dates);
    if (candidate) candidates.push(candidate);
    m = numbers.next(Math.max(m.index + m[0].length, resumeAt));
  }
  return resolveBareNumbers(text, candidates).map((c) => toFigure(text, c));
}

/**
 * The numbers of a text in order, as one scan with both patterns would find
 * them: the next match at or after a position is the earlier of the next
 * digit number and the next number word (they cannot start at one position).
 * The shared regexes are reused; the scan is synchronous.
 */
class NumberScan {
  private digit: RegExpExecArray | null | undefined;
  private word: RegExpExecArray | null | undefined;
  constructor(private readonly text: string) {}

  next(from: number): RegExpExecArray | null {
    if (this.digit === undefined || (this.digit !== null && this.digit.index < from)) this.digit = execFrom(DIGIT_NUMBER, this.text, from);
    if (this.word === undefined || (this.word !== null && this.word.index < from)) this.word = execFrom(WORD_NUMBER, this.text, from);
    const d = this.digit, w = this.word;
    if (d && (!w || d.index < w.index)) return d;
    return w;
  }
}

function execFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}

function parseDigits(raw: string): number {
  // Swiss "1'234.50" uses a point as decimal mark after apostrophe groups
  if (/['’]/.test(raw)) return Number(raw.replace(/['’]/g, "").replace(",", "."));
  return Number(raw.replace(/[.\s\u00a0\u202f]/g, "").replace(",", "."));
}

function isArticleWord(word: string): boolean {
  return /^(?:ein(?:e[rnms]?)?|eins)$/i.test(word);
}

/** Tidy float products: 8,7 × 10⁹ is 8700000000, not 8700000000.000001. (Whole numbers below 10¹² are tidy already.) */
function tidy(n: number): number {
  if (Number.isInteger(n) && n !== 0 && Math.abs(n) < 1e12) return n;
  return Number(n.toPrecision(12));
}

function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function readFigure(
  text: string,
  m: RegExpExecArray,
  titles: SpanCursor<{ start: number; end: number }>,
  dates: SpanCursor<{ start: number; end: number; type: string }>,
): Reading {
  const numStart = m.index;
  const numEnd = m.index + m[0].length;
  const skip: Reading = { candidate: null, resumeAt: numEnd };
  const groups = m.groups ?? {};
  if (groups.compound) return skip; // 04.07.2014, 9:00, 8.0, 20.05.
  if (GLUED_BEFORE.test(text[numStart - 1] ?? "") || NUMBER_TAIL_BEFORE.test(text.slice(Math.max(0, numStart - 2), numStart))) {
    return skip;
  }

  const digits = groups.digits;
  const word = groups.word;
  let value: number | null;
  if (digits !== undefined) {
    if (/^0\d/.test(digits) && !digits.includes(",")) return skip; // area codes, "05 Feb"
    value = groups.minus ? -parseDigits(digits) : parseDigits(digits);
    if (/^\d{1,4}$/.test(digits) && stickyAt(ORDINAL_TAIL, text, numEnd)) return skip; // "3. Platz", not "1.000.000. Dann"
  } else {
    if (word === undefined) return skip;
    // the pattern lets an article through only before a scale word or a unit
    value = isArticleWord(word) ? 1 : parseNumberWord(word);
  }
  if (value === null || !Number.isFinite(value)) return skip;

  // ---- what follows the number
  let pos = numEnd;
  let max: number | null = null;
  const beforeLine = lineBefore(text, numStart);
  const approxMatch = mayEndWithApprox(beforeLine) ? APPROX_BEFORE.exec(beforeLine) : null;
  const lineStart = numStart - beforeLine.length;
  const approxAt = approxMatch ? approxMatch.index + approxMatch[0].indexOf(approxMatch[1]!) : beforeLine.length;
  /** The line before the number without the approximation word. */
  const prefix = beforeLine.slice(0, approxAt);

  const range = stickyAt(RANGE_TAIL, text, pos);
  if (range) {
    const connector = range[1]!.toLowerCase();
    const second = range.groups?.digits !== undefined ? parseDigits(range.groups.digits)
      : range.groups?.word !== undefined && !isArticleWord(range.groups.word) ? parseNumberWord(range.groups.word) : null;
    const allowed = connector !== "und" || /zwischen\s+$/i.test(prefix);
    if (allowed && second !== null && second > value) {
      max = second;
      pos = range.index + range[0].length;
    }
  }
  if (stickyAt(CLOCK_TAIL, text, pos) || stickyAt(MONTH_TAIL, text, pos) || stickyAt(TIMES_TAIL, text, pos)) {
    return { candidate: null, resumeAt: pos };
  }

  let scale = 1;
  const scaleMatch = stickyAt(SCALE_TAIL, text, pos);
  if (scaleMatch) {
    scale = scaleFactor(scaleMatch[1]!);
    pos = scaleMatch.index + scaleMatch[0].length;
  }

  let unit: string | null = null;
  let factor = 1;
  let strongUnit = scale !== 1; // money, percent, measure or scale: never a year or a label
  let unitEnd = pos;
  let age = false;
  let noun: string | null = null;
  /** A currency sign or code before the number ("CHF 2,5 Mio."), read once when no unit follows. */
  let currencyBefore: RegExpExecArray | null = null;
  const currency = stickyAt(CURRENCY_TAIL, text, pos);
  const percent = currency ? null : stickyAt(PERCENT_TAIL, text, pos);
  const measure = currency || percent ? null : stickyAt(MEASURE_TAIL, text, pos);
  if (currency) {
    ({ unit, factor } = currencyOf(currency[1]!));
    unitEnd = currency.index + currency[0].length;
    strongUnit = true;
  } else if (percent) {
    ({ unit, factor } = percentOf(percent[1]!));
    unitEnd = percent.index + percent[0].length;
    strongUnit = true;
  } else if (measure) {
    unit = measure[1]!;
    unitEnd = measure.index + measure[0].length;
    strongUnit = true;
  } else if (scale === 1 && digits !== undefined && stickyAt(AGED_TAIL, text, pos)) {
    unitEnd = AGED_TAIL.lastIndex;
    if (SPAN_AFTER_AGED.test(text.slice(unitEnd, unitEnd + 40))) return { candidate: null, resumeAt: unitEnd };
    unit = "Jahre";
    age = true;
  } else {
    currencyBefore = approxMatch ? null : CURRENCY_BEFORE.exec(prefix);
    const nounMatch = currencyBefore ? null : stickyAt(NOUN_TAIL, text, pos);
    // a capitalised article, pronoun or adverb starts the next sentence ("3 Mio. Die Arbeiten …")
    if (nounMatch && !SENTENCE_WORDS.has(nounMatch.groups!.noun!.toLowerCase())) {
      noun = nounMatch.groups!.noun!;
      unitEnd = nounMatch.index + nounMatch[0].length;
      const ellipsis = stickyAt(ELLIPSIS_TAIL, text, unitEnd);
      if (ellipsis) noun = `${noun}-${ellipsis[1]!}`; // the span stays "8 Ja"; the unit is "Ja-Stimmen"
    }
  }
  // glued letters that are no unit: "720x720", "3D", "10er"; compounds: "30-Minuten-Takt"
  if (digits !== undefined && !strongUnit && !age
    && (/\p{L}/u.test(text[numEnd] ?? "") || stickyAt(COMPOUND_AFTER, text, numEnd))) return skip;

  let start = lineStart + approxAt;
  if (!unit && !noun && currencyBefore) {
    ({ unit, factor } = currencyOf(currencyBefore[1]!));
    start = lineStart + currencyBefore.index + currencyBefore[0].indexOf(currencyBefore[1]!);
    strongUnit = true;
  }

  // ---- what stands before the number
  const approx = approxMatch !== null;
  const resumeAt = Math.max(pos, numEnd);
  const none: Reading = { candidate: null, resumeAt };
  if (PHONE_LINE.test(beforeLine) || AFTER_AREA_CODE.test(prefix)) return none;
  if (!approx && !strongUnit) {
    const previous = previousWord(prefix);
    if (previous && isLabelWord(previous) && !isSubjectBeforeCount(prefix, previous, noun, value)) return none;
  }
  if (digits !== undefined && !strongUnit && !approx) {
    // a year: counts of that size are mostly written "1.500"; a plain "1500 Besucher" is lost so that
    // "der 1958 erschienene Essay" or "bereits 1917 Meutereien" are not read as counts
    if (/^\d{4}$/.test(digits) && value >= 1000 && value < 2100) return none;
    if (/^\d{5}$/.test(digits) && isPostcode(text, numEnd)) return none;
  }
  if (titles.at(numStart)) return none;

  // ---- counted noun: durations are dates; ages are figures
  if (noun) {
    const lower = noun.toLowerCase();
    if (NOT_COUNTED.test(lower)) return none;
    if (TIME_UNIT_WORDS.has(lower)) {
      if (!YEAR_WORDS.has(lower) || !isAge(text, beforeLine, prefix, max !== null, unitEnd)) return none;
      age = true;
    }
    unit = nominativeUnit(noun, DATIVE_CUE.test(prefix));
  }
  const date = dates.at(numStart);
  if (date && !(age && date.type === "duration")) return none;
  if (word !== undefined && !unit) return none; // a bare number word is too often a pronoun ("die drei")

  const bare = unit === null;
  if (bare && digits !== undefined && /\s/.test(digits)) return none; // "123 456" alone is more often a phone number
  const end = bare ? resumeAt : unitEnd;
  return {
    resumeAt: Math.max(resumeAt, end),
    candidate: {
      start, end, numStart,
      value: tidy(value * scale * factor),
      max: max === null ? null : tidy(max * scale * factor),
      unit, approx, scale, bare, multiplier: scale * factor,
    },
  };
}

/** The last words of the approximation phrases (patterns.ts APPROX), lower case. */
const APPROX_LAST_WORDS: ReadonlySet<string> = new Set([
  "über", "unter", "als", "zu", "die", "rund", "rd.", "knapp", "etwa", "ca.", "circa", "zirka", "ungefähr", "fast", "nahezu",
  "beinahe", "annähernd", "mindestens", "mind.", "höchstens", "maximal", "max.", "gut", "schätzungsweise", "gerundet",
]);
const HORIZONTAL_SPACE_CODES: ReadonlySet<number> = new Set([32, 9, 0xa0, 0x202f]);

/**
 * Whether the line before a number ends with an approximation word and space:
 * APPROX_BEFORE (case-insensitive, tried from every position of the line) can
 * only match then, so most numbers are spared it.
 */
export function mayEndWithApprox(line: string): boolean {
  let end = line.length;
  while (end > 0 && HORIZONTAL_SPACE_CODES.has(line.charCodeAt(end - 1))) end--;
  if (end === line.length) return false;
  let start = end;
  while (start > 0 && start > end - 16) {
    const c = line.charCodeAt(start - 1);
    if (c !== 46 && !isLetterUnit(c)) break;
    start--;
  }
  // "ſ" folds to "s" under the pattern's i and u flags; toLowerCase keeps it
  return APPROX_LAST_WORDS.has(line.slice(start, end).toLowerCase().replace(/ſ/g, "s"));
}

/** The text before `offset` on the same line, at most LOOKBEHIND characters. */
function lineBefore(text: string, offset: number): string {
  const from = Math.max(0, offset - LOOKBEHIND);
  const slice = text.slice(from, offset);
  const newline = slice.lastIndexOf("\n");
  return newline < 0 ? slice : slice.slice(newline + 1);
}

/**
 * "haben die Jobcenter 233 Personen vermittelt": a capitalised noun after a
 * determiner, then a number and a plural-looking noun, is a subject followed
 * by a count, not a label ("Baustein 6 „Teilhabemanagement“", "Referat 21").
 */
function isSubjectBeforeCount(prefix: string, previous: string, noun: string | null, value: number): boolean {
  if (!noun || value <= 1 || LABEL_WORD.test(previous) || !PLURAL_LOOKING.test(noun)) return false;
  // "mit 18.560 Euro 17 Projekte": the word is the unit of the amount before it
  if (UNIT_OF_AMOUNT.test(prefix)) return true;
  const before = previousWord(prefix.slice(0, prefix.length - previous.length - (prefix.length - prefix.trimEnd().length)));
  // "die Kinder 20 …", and "in Bayern 695 Menschen": a name after a preposition is no label of the number
  return before !== null && (DETERMINER.test(before) || NAME_PREPOSITION.test(before));
}
const UNIT_OF_AMOUNT = /\d[ \t\u00a0\u202f]+\p{L}+\.?[ \t\u00a0\u202f]+$/u;
const NAME_PREPOSITION = /^(?:in|im|aus|nach|bei|beim|für|von|vom|am|auf|zum|zur|seit|bis|ab|vor|mit|über|unter|gegenüber|durch|ohne|um|laut)$/iu;
const PLURAL_LOOKING = /(?:e|en|er|n|s|innen)$/u;
const DETERMINER = /^(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|alle|allen|unsere?[rnms]?|ihre?[rnms]?|seine?[rnms]?|diese[rnms]?|jede[rnms]?)$/iu;

/** The word before the trailing horizontal space of `prefix` ("Baustein" in "Der Baustein "), or null. */
function previousWord(prefix: string): string | null {
  let end = prefix.length;
  while (end > 0 && HORIZONTAL_SPACE.test(prefix[end - 1]!)) end--;
  if (end === prefix.length) return null;
  let start = end;
  while (start > 0 && !WORD_BREAK.test(prefix[start - 1]!)) start--;
  return end > start ? prefix.slice(start, end) : null;
}
const HORIZONTAL_SPACE = /[ \t\u00a0\u202f]/;
const WORD_BREAK = /[\s(]/;

/** "Nr. 16", "Baustein 6", "Marktplatz 3", "IQ 3": a name or an address, not a count. */
function isLabelWord(previous: string): boolean {
  if (LABEL_WORD.test(previous)) return true;
  if (!/^\p{Lu}/u.test(previous) || /[:,;!?)\]"“”]$/u.test(previous)) return false;
  // a period ends the sentence, except after a street abbreviation ("Hauptstr. 5")
  if (previous.endsWith(".")) return /(?:str|pl)\.$/u.test(previous);
  const lower = previous.toLowerCase();
  return !SENTENCE_WORDS.has(lower) && !TIME_NOUN.test(lower);
}

/** "10247 Berlin", "in 50667 Köln": five plain digits before a capitalised word (counts are written "10.247"). */
function isPostcode(text: string, numEnd: number): boolean {
  return /^[ \t\u00a0]+\p{Lu}/u.test(text.slice(numEnd, numEnd + 3));
}

function isAge(text: string, beforeLine: string, prefix: string, isRange: boolean, unitEnd: number): boolean {
  if (AGE_CUE_BEFORE.test(prefix) || AGE_BOUND_BEFORE.test(beforeLine)) return true;
  if (OLD_AFTER.test(text.slice(unitEnd, unitEnd + 8))) return true;
  const group = AGE_GROUP_BEFORE.exec(beforeLine);
  if (!group || TIME_SPAN_NOUN.test(group[1]!)) return false;
  return isRange || /(?:über|unter)\s+$/.test(beforeLine);
}

/**
 * A bare number takes the scale and unit of the scaled figure right after it
 * ("8,7 der mehr als 10,3 Milliarden Euro"), or the noun of a partitive
 * ("8 von 10 Befragten"), else the unit of the previous
 * figure in its sentence ("3.418 offene Stellen, das sind 154 mehr"), else it
 * is dropped.
 */
function resolveBareNumbers(text: string, candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (!c.bare) {
      kept.push(c);
      continue;
    }
    const next = candidates[i + 1];
    if (next && !next.bare && next.scale !== 1 && c.value < 1000 && c.max === null
      && SHARED_SCALE_GAP.test(text.slice(c.end, next.numStart))) {
      kept.push({ ...c, value: tidy(c.value * next.multiplier), unit: next.unit, bare: false });
      continue;
    }
    if (next && !next.bare && next.scale === 1 && next.unit && c.max === null && c.value <= next.value
      && PARTITIVE_GAP.test(text.slice(c.end, next.numStart))) {
      kept.push({ ...c, unit: next.unit, bare: false });
      continue;
    }
    const previous = kept[kept.length - 1];
    if (previous && previous.unit && INHERITABLE(previous.unit) && c.start - previous.end < INHERIT_DISTANCE
      && !SENTENCE_BREAK.test(text.slice(previous.end, c.start)) && !NOT_ELLIPTIC_AFTER.test(text.slice(c.end, c.end + 6))) {
      kept.push({ ...c, unit: previous.unit, bare: false });
    }
  }
  return kept;
}

function toFigure(text: string, c: Candidate): Figure {
  const figure: Figure = {
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    value: c.value,
    unit: c.unit,
    approx: c.approx,
  };
  if (c.max !== null) figure.max = c.max;
  return figure;
}
