/**
 * The chrono configuration of this extractor: German strict mode (casual mode
 * reads "so", "mo", "fr" inside running text as weekdays) cloned, with the
 * parsers of parsers.ts added and chrono's refiners replaced by the ones in
 * refiners.ts (chrono's own filter drops bare years, and its range merger
 * cannot tell a duration from a date).
 *
 * `parseDates` runs that configuration with a linear executor: chrono's own
 * `Chrono.parse` re-slices the remaining text after every match and every
 * rejected candidate, which is quadratic on long texts (measured: 0.25 MB/s on
 * WikiWarsDE articles of ~30 KB; the executor below runs the same parsers and
 * refiners with one global regex scan per parser).
 */
// The German entry point only: chrono-node's root entry loads every locale (about 270 modules, 130 ms at import).
import type * as ChronoDe from "chrono-node/de";
import type { Chrono } from "chrono-node/de";
import type { Parser, ParsingContext } from "chrono-node";
import { chronoDeModule } from "../../deps/optional.js";
import { PARSERS, type NamedParser } from "./parsers.js";
import { CueScanner, isSpace, type StartCues } from "./cues.js";
import { REFINERS } from "./refiners.js";
import { NOT_AFTER_WORD } from "./patterns.js";

/**
 * chrono-node, loaded by the first createDateChrono rather than at import
 * (deps/optional.ts): every date scan runs on a chrono that call made.
 */
let de: typeof ChronoDe | undefined;
type ParsingResult = ChronoDe.ParsingResult;
let ParsingResult: typeof ChronoDe.ParsingResult;
let ParsingComponents: typeof ChronoDe.ParsingComponents;
function loadChrono(): typeof ChronoDe {
  if (de === undefined) ({ ParsingResult, ParsingComponents } = de = chronoDeModule());
  return de;
}

/**
 * chrono parsers whose results this extractor always discards (weekday alone;
 * "in einer Stunde"): skipped for speed. Matched by class name; should a
 * bundler rename classes, they merely run and their results are filtered.
 */
const SKIPPED_CHRONO_PARSERS = new Set(["DEWeekdayParser", "DETimeUnitWithinFormatParser"]);

/** `(\W|^)` or `([^\d]|^)` before the digits: the match starts one character earlier (or at 0). */
function beforeDigits(start: number): number {
  return start > 0 ? start - 1 : 0;
}

/** `text` has `word` (lower case) right before `end`, in any case. */
function endsWithWord(text: string, end: number, word: string): boolean {
  if (end < word.length) return false;
  for (let k = 0; k < word.length; k++) {
    if ((text.charCodeAt(end - word.length + k) | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

function skipSpaceBack(text: string, at: number): number {
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/**
 * DEMonthNameLittleEndianParser: `(\W|^)(?:am\s*?)?(?:den\s*?)?(\d{1,2})\.` —
 * the match starts before "am", "den" or the day number.
 */
function littleEndianStarts(text: string, start: number, end: number, out: number[]): void {
  if (end - start > 2 || text.charCodeAt(end) !== 46) return;
  const k = skipSpaceBack(text, start);
  if (endsWithWord(text, k, "den")) {
    const den = k - 3;
    const k2 = skipSpaceBack(text, den);
    if (endsWithWord(text, k2, "am")) out.push(beforeDigits(k2 - 2));
    out.push(beforeDigits(den));
  } else if (endsWithWord(text, k, "am")) out.push(beforeDigits(k - 2));
  out.push(beforeDigits(start));
}

/** Where the matches of chrono's own parsers start, by class name (unknown classes scan the whole text). */
const CHRONO_STARTS: Readonly<Record<string, StartCues>> = {
  // (\W|^)(\d{4})-
  ISOFormatParser: { digitStarts: (t, s, e, out) => { if (e - s === 4 && t.charCodeAt(e) === 45) out.push(beforeDigits(s)); } },
  // ([^\d]|^)([0-3]?\d)[/.-]
  SlashDateFormatParser: {
    digitStarts: (t, s, e, out) => {
      const next = t.charCodeAt(e);
      if (e - s <= 2 && (next === 47 || next === 46 || next === 45)) out.push(beforeDigits(s));
    },
  },
  DEMonthNameLittleEndianParser: { digitStarts: littleEndianStarts },
  DETimeExpressionParser: { clockTime: true },
  DESpecificTimeExpressionParser: { clockTime: true },
};

/** The parsers of the configuration, each with where its matches can start (null: scans the whole text). */
interface ConfiguredParsers {
  readonly parsers: readonly Parser[];
  readonly cues: CueScanner;
}
const configured = new WeakMap<Chrono, ConfiguredParsers>();

function configuredParsers(instance: Chrono): ConfiguredParsers {
  let c = configured.get(instance);
  if (!c || c.parsers !== instance.parsers) {
    const specs = instance.parsers.map((p) => (p as NamedParser).starts ?? CHRONO_STARTS[p.constructor.name] ?? null);
    c = { parsers: instance.parsers, cues: new CueScanner(specs) };
    configured.set(instance, c);
  }
  return c;
}

/**
 * chrono's ParsingContext class. "chrono-node/de" does not export it, so it is
 * taken from the context that `Chrono.parse` hands its refiners (once).
 */
let contextClass: (new (text: string, ref: Date, option: DateParsingOption) => ParsingContext) | undefined;
/** What the project's parsers read from the context's option besides chrono's own fields. */
export interface DateParsingOption {
  /** The reference date is the day the text speaks from, so a clause's tense may place a weekday. */
  tenseDecides?: boolean;
}

function parsingContext(text: string, ref: Date, tenseDecides = false): ParsingContext {
  if (!contextClass) {
    const probe = new (loadChrono().Chrono)({ parsers: [], refiners: [{ refine: (ctx, results) => ((contextClass = ctx.constructor as typeof contextClass), results) }] });
    probe.parse("", ref);
  }
  return new contextClass!(text, ref, { tenseDecides });
}

export function createDateChrono(): Chrono {
  const instance = loadChrono().strict.clone();
  const seen = new Set<string>();
  instance.parsers = instance.parsers.filter((p) => {
    const name = p.constructor.name;
    if (SKIPPED_CHRONO_PARSERS.has(name) || (name === "ISOFormatParser" && seen.has(name))) return false;
    seen.add(name);
    return true;
  });
  instance.parsers.push(...PARSERS);
  instance.refiners = [...REFINERS];
  return instance;
}

/**
 * How a parser pattern is scanned. A pattern that opens with the left-edge
 * lookbehind `NOT_AFTER_WORD` is scanned without it and the edge is checked by
 * hand: V8 cannot skip ahead to a pattern's first characters past a leading
 * lookbehind (measured 2–3 times slower scans). Same matches: a rejected
 * position simply moves the scan on by one, as the regex engine would.
 */
interface Scan { re: RegExp; sticky: RegExp; leftEdge: boolean }
const scans = new WeakMap<RegExp, Scan>();

/** Whether `|` occurs outside groups and classes (then a leading lookbehind binds to the first branch only). */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") { i++; continue; }
    if (inClass) { if (c === "]") inClass = false; continue; }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

function scanOf(pattern: RegExp): Scan {
  let scan = scans.get(pattern);
  if (!scan) {
    const flags = pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g";
    const rest = pattern.source.slice(NOT_AFTER_WORD.length);
    const strip = pattern.source.startsWith(NOT_AFTER_WORD) && !pattern.flags.includes("i") && !hasTopLevelAlternation(rest);
    const source = strip ? rest : pattern.source;
    scan = { re: new RegExp(source, flags), sticky: new RegExp(source, flags.replace("g", "") + "y"), leftEdge: strip };
    scans.set(pattern, scan);
  }
  return scan;
}

/** The class of `NOT_AFTER_WORD`: ASCII letters and digits, Latin-1 and Latin Extended letters (one UTF-16 unit). */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** One parser's match turned into a result, or null (chrono's `Parser.extract` contract). */
function resultOf(parser: Parser, context: ParsingContext, match: RegExpExecArray): ParsingResult | null {
  const extracted = parser.extract(context, match);
  if (!extracted) return null;
  if (extracted instanceof ParsingResult) return extracted;
  if (extracted instanceof ParsingComponents) {
    const result = context.createParsingResult(match.index, match[0]);
    result.start = extracted;
    return result;
  }
  return context.createParsingResult(match.index, match[0], extracted);
}

/** A parser's scan over the whole text (one global regex scan). */
function scanWhole(parser: Parser, context: ParsingContext, text: string, results: ParsingResult[]): void {
  const { re, leftEdge } = scanOf(parser.pattern(context));
  re.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    const at = match.index;
    if (leftEdge && at > 0 && isWordUnit(text.charCodeAt(at - 1))) {
      re.lastIndex = at + 1;
      continue;
    }
    const result = resultOf(parser, context, match);
    if (!result) {
      re.lastIndex = at + 1;
      continue;
    }
    results.push(result);
    re.lastIndex = Math.max(at + 1, result.index + result.text.length);
  }
}

/**
 * A parser's scan at its candidate positions only (sorted): the pattern runs
 * anchored at each candidate at or after the end of the last result, which
 * is what the whole-text scan does at the positions where a match can start.
 */
function scanAt(parser: Parser, context: ParsingContext, text: string, candidates: readonly number[], results: ParsingResult[]): void {
  if (candidates.length === 0) return;
  const { sticky: re, leftEdge } = scanOf(parser.pattern(context));
  let next = 0;
  for (const at of candidates) {
    if (at < next) continue;
    if (leftEdge && at > 0 && isWordUnit(text.charCodeAt(at - 1))) continue;
    re.lastIndex = at;
    const match = re.exec(text);
    if (match === null) continue;
    const result = resultOf(parser, context, match);
    if (!result) continue;
    results.push(result);
    next = Math.max(at + 1, result.index + result.text.length);
  }
}

/** Every parser's results, sorted by position: each parser runs only where it can match (cues.ts). */
function scanAll(instance: Chrono, context: ParsingContext, text: string): ParsingResult[] {
  const { parsers, cues } = configuredParsers(instance);
  const candidates = cues.scan(text);
  const results: ParsingResult[] = [];
  for (let i = 0; i < parsers.length; i++) {
    const at = candidates[i];
    if (at) scanAt(parsers[i]!, context, text, at, results);
    else scanWhole(parsers[i]!, context, text, results);
  }
  return results.sort((a, b) => a.index - b.index);
}

/** Same results as `instance.parse(text, ref)`, in linear time. */
export function parseDates(instance: Chrono, text: string, ref: Date, tenseDecides = false): ParsingResult[] {
  const context = parsingContext(text, ref, tenseDecides);
  let results = scanAll(instance, context, text);
  for (const refiner of instance.refiners) results = refiner.refine(context, results);
  return results;
}

/** `parseDates` without the refiners (for tests). */
export function rawDates(instance: Chrono, text: string, ref: Date): ParsingResult[] {
  return scanAll(instance, parsingContext(text, ref), text);
}

/**
 * The reference for tests: every parser scans the whole text. Same results
 * as `parseDates`; the raw results differ only in chrono's clock times that
 * the `implausibleTime` refiner drops.
 */
export function parseDatesByScan(instance: Chrono, text: string, ref: Date, refine = true): ParsingResult[] {
  const context = parsingContext(text, ref);
  let results: ParsingResult[] = [];
  for (const parser of instance.parsers) scanWhole(parser, context, text, results);
  results.sort((a, b) => a.index - b.index);
  if (refine) for (const refiner of instance.refiners) results = refiner.refine(context, results);
  return results;
}
