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
import * as de from "chrono-node/de";
import { ParsingResult, ParsingComponents, type Chrono } from "chrono-node/de";
import type { Parser, ParsingContext } from "chrono-node";
import { PARSERS } from "./parsers.js";
import { REFINERS } from "./refiners.js";
import { NOT_AFTER_WORD } from "./patterns.js";

/**
 * chrono parsers whose results this extractor always discards (weekday alone;
 * "in einer Stunde"): skipped for speed. Matched by class name; should a
 * bundler rename classes, they merely run and their results are filtered.
 */
const SKIPPED_CHRONO_PARSERS = new Set(["DEWeekdayParser", "DETimeUnitWithinFormatParser"]);

// Either case spelled out: the same as the `i` flag here, and V8 scans it several times faster.
const TIME_TRIGGER = /\d\s*[Uu][Hh][Rr]|[Uu][Mm]\s+\d|\d:\d\d/;

/** A chrono parser with a trigger test (see NamedParser.trigger). */
function withTrigger(parser: Parser, trigger: RegExp): Parser & { trigger: RegExp } {
  return {
    trigger,
    pattern: (context) => parser.pattern(context),
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * chrono's ParsingContext class. "chrono-node/de" does not export it, so it is
 * taken from the context that `Chrono.parse` hands its refiners (once).
 */
let contextClass: (new (text: string, ref: Date) => ParsingContext) | undefined;
function parsingContext(text: string, ref: Date): ParsingContext {
  if (!contextClass) {
    const probe = new de.Chrono({ parsers: [], refiners: [{ refine: (ctx, results) => ((contextClass = ctx.constructor as typeof contextClass), results) }] });
    probe.parse("", ref);
  }
  return new contextClass!(text, ref);
}

export function createDateChrono(): Chrono {
  const instance = de.strict.clone();
  const seen = new Set<string>();
  instance.parsers = instance.parsers.filter((p) => {
    const name = p.constructor.name;
    if (SKIPPED_CHRONO_PARSERS.has(name) || (name === "ISOFormatParser" && seen.has(name))) return false;
    seen.add(name);
    return true;
  });
  // chrono's parsers all need a digit; its time parsers only matter next to "Uhr" or "um 9:00" (timeJoin).
  instance.parsers = instance.parsers.map((p) => withTrigger(p, /Time/.test(p.constructor.name) ? TIME_TRIGGER : /\d/));
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
interface Scan { re: RegExp; leftEdge: boolean }
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
    scan = strip ? { re: new RegExp(rest, flags), leftEdge: true } : { re: new RegExp(pattern.source, flags), leftEdge: false };
    scans.set(pattern, scan);
  }
  return scan;
}

/** The class of `NOT_AFTER_WORD`: ASCII letters and digits, Latin-1 and Latin Extended letters (one UTF-16 unit). */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Same results as `instance.parse(text, ref)`, in linear time per parser. */
export function parseDates(instance: Chrono, text: string, ref: Date): ParsingResult[] {
  const context = parsingContext(text, ref);
  let results: ParsingResult[] = [];
  for (const parser of instance.parsers) {
    const trigger = (parser as { trigger?: RegExp }).trigger;
    if (trigger && !trigger.test(text)) continue;
    const { re, leftEdge } = scanOf(parser.pattern(context));
    re.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = re.exec(text)) !== null) {
      const at = match.index;
      if (leftEdge && at > 0 && isWordUnit(text.charCodeAt(at - 1))) {
        re.lastIndex = at + 1;
        continue;
      }
      const extracted = parser.extract(context, match);
      if (!extracted) {
        re.lastIndex = at + 1;
        continue;
      }
      let result: ParsingResult;
      if (extracted instanceof ParsingResult) result = extracted;
      else if (extracted instanceof ParsingComponents) {
        result = context.createParsingResult(match.index, match[0]);
        result.start = extracted;
      } else result = context.createParsingResult(match.index, match[0], extracted);
      results.push(result);
      re.lastIndex = Math.max(at + 1, result.index + result.text.length);
    }
  }
  results.sort((a, b) => a.index - b.index);
  for (const refiner of instance.refiners) results = refiner.refine(context, results);
  return results;
}
