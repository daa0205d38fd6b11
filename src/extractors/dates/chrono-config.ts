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
import * as chrono from "chrono-node";
import { ParsingContext, ParsingResult, ParsingComponents, type Parser } from "chrono-node";
import { PARSERS } from "./parsers.js";
import { REFINERS } from "./refiners.js";

/**
 * chrono parsers whose results this extractor always discards (weekday alone;
 * "in einer Stunde"): skipped for speed. Matched by class name; should a
 * bundler rename classes, they merely run and their results are filtered.
 */
const SKIPPED_CHRONO_PARSERS = new Set(["DEWeekdayParser", "DETimeUnitWithinFormatParser"]);

const TIME_TRIGGER = /\d\s*Uhr|um\s+\d|\d:\d\d/i;

/** A chrono parser with a trigger test (see NamedParser.trigger). */
function withTrigger(parser: Parser, trigger: RegExp): Parser & { trigger: RegExp } {
  return {
    trigger,
    pattern: (context) => parser.pattern(context),
    extract: (context, match) => parser.extract(context, match),
  };
}

export function createDateChrono(): chrono.Chrono {
  const instance = chrono.de.strict.clone();
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

const globalPatterns = new WeakMap<RegExp, RegExp>();

function globalVersion(pattern: RegExp): RegExp {
  let g = globalPatterns.get(pattern);
  if (!g) {
    g = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g");
    globalPatterns.set(pattern, g);
  }
  return g;
}

/** Same results as `instance.parse(text, ref)`, in linear time per parser. */
export function parseDates(instance: chrono.Chrono, text: string, ref: Date): ParsingResult[] {
  const context = new ParsingContext(text, ref);
  let results: ParsingResult[] = [];
  for (const parser of instance.parsers) {
    const trigger = (parser as { trigger?: RegExp }).trigger;
    if (trigger && !trigger.test(text)) continue;
    const re = globalVersion(parser.pattern(context));
    re.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = re.exec(text)) !== null) {
      const at = match.index;
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
