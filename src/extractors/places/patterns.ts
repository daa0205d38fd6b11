/** Named regular expressions of the places extractor. */
import { CURRENCY_AFTER_PATTERN, SCALE_PATTERN } from "../../lexicon/units.js";

/** A word: letters/digits, hyphen-joined parts kept together ("Rhein-Erft-Kreis", "NRW-Süd"). */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/gu;

/** What may stand between two words of one place name: a space, an abbreviation dot, an opening bracket. */
export const NAME_GAP = /^(?:\.?[ \t\u00a0]{1,2}\(?|\.)$/;

/** A word that starts with a capital letter (names do in German). */
export const CAPITALISED = /^[\p{Lu}]/u;

/** All capitals (headline or dateline set in capitals: "KREIS WESEL"). */
export const ALL_CAPS = /^[\p{Lu}\p{N}]+(?:[-‐‑][\p{Lu}\p{N}]+)*$/u;

/** Sentence-ending or clause-breaking punctuation in the gap before a word. */
export const SENTENCE_BREAK = /[.!?:;\n]/;

/** Items of a list of places: "A, B und C", "A/B", "A oder B", "A sowie B"; a river after a slash may follow a town ("Eislingen/Fils, Süßen"). */
export const LIST_GAP = /^(?:\/[\p{Lu}][\p{L}-]*)?(?:\s*[,/]\s*|\s+(?:und|oder|sowie|bzw\.?)\s+|\s*,\s*(?:und|oder|sowie)\s+|\s*[–—-]\s*)$/u;

/** A German postcode: five digits standing alone. */
export const POSTCODE = /(?<![\d.,])\d{5}(?![\d.,]\d)/g;

/**
 * A postcode right before a town: "10247 Berlin", "D-50667 Köln"; four digits (Austria, Switzerland)
 * with a country prefix or where an address has them, after a comma or at the line's start
 * ("A-6020 Innsbruck", "Hauptstrasse 12, 8400 Winterthur"), not after a word ("seit 2019 Halle").
 */
export const POSTCODE_BEFORE = /(?:(?:^|[\s,(])(?:(?:D-)?\d{5}|(?:A|AT|CH)-\d{4})|(?:^|,)[ \t]*\d{4})[ \t\u00a0]+$/;

/** Currency words that are also place names ("Franken"): the whole word. */
const CURRENCY_WORD = new RegExp(`^(?:${CURRENCY_AFTER_PATTERN})$`, "u");
/** A number, maybe with a scale word, right before: "1,8 Mio. Franken", "5000 Franken". */
const NUMBER_BEFORE = new RegExp(`\\d(?:[ \\u00a0]+(?:${SCALE_PATTERN}))?[ \\u00a0]+$`, "u");

/** "1,8 Mio. Franken": a currency after a number, not the region. */
export function isCurrencyAfterNumber(text: string, span: { start: number; end: number }): boolean {
  return CURRENCY_WORD.test(text.slice(span.start, span.end)) && NUMBER_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start));
}

/** A numbered date before a dateline place: "04.07.14, ", "12.03.2024 – ". */
export const DATE_BEFORE_ON_LINE = /^\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*[,–—-]?\s*$/;

/**
 * After a dateline place: an agency/press mark "(pm)", a dash, or a comma with a date:
 * "Köln - Am …", "KREIS WESEL (pm) – …", "Hamburg, 3. Mai", a title "Alzey: Runder Tisch …".
 */
export const DATELINE_AFTER = /^(?:\s*\/[^\n]{1,60}?)?\s*(?:\([^()\n]{1,25}\)\s*[–—:-]?|[–—]|\s-\s|:\s|,\s*(?:den\s+)?\d{1,2}\.)/;

/** A name alone in brackets, as after a person: "Maria Muster (Mölln)". */
export const IN_BRACKETS_BEFORE = /\(\s*$/;
export const IN_BRACKETS_AFTER = /^\s*\)/;

/**
 * A street address with postcode and town:
 * "Potsdamer Straße 12\n10785 Berlin", "Konrad-Adenauer-Ring 12, 04109 Leipzig".
 * Groups: street, number, postcode, town.
 */
export const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])` +
  String.raw`(?<street>(?:(?:Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Zum|Zur|Unter den|Hinter dem|Vor dem|Platz der|Platz des)[ \t]+)?` +
  String.raw`(?:[\p{Lu}][\p{L}-]*[ \t]+){0,2}` +
  String.raw`[\p{Lu}]?[\p{L}-]*?(?:[Ss]tra(?:ß|ss)e|[Ss]tr\.|[Ww]eg|[Pp]latz|[Aa]llee|[Rr]ing|[Gg]asse|[Dd]amm|[Uu]fer|[Cc]haussee|[Mm]arkt|[Pp]romenade|[Ss]teig|[Pp]fad|[Ww]all|[Gg]raben|[Hh]of|[Bb]erg|[Ff]eld|[Pp]ark|[Kk]ai|[Gg]arten|[Aa]nger|[Zz]eile|[Ss]tieg|[Tt]wiete|[Dd]eich|[Pp]lan|[Ll]inden))` +
  String.raw`[ \t]+(?<number>\d{1,4}[ \t]?[a-zA-Z]?(?:[ \t]?[-–/][ \t]?\d{1,4}[a-zA-Z]?)?)` +
  String.raw`(?:[ \t]*,[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+[|·][ \t]+|[ \t]+)(?:D-)?(?<postcode>\d{5})[ \t]+` +
  String.raw`(?<town>[\p{Lu}][\p{L}-]+(?:[ \t](?:am|an der|im|in der|ob der|bei)[ \t][\p{Lu}][\p{L}-]+|[ \t]\([\p{L} .]+\))?)`,
  "gu",
);

/** Whether a code point is a letter, mark or digit (the characters of `WORD`). */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const wordCharCache = new Map<number, boolean>();
function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  let known = wordCharCache.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    wordCharCache.set(cp, known);
  }
  return known;
}

/** Width (1 or 2 UTF-16 units) of the word character at `i`, or 0 when none starts there. */
export function wordCharWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return isWordCodePoint(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isWordCodePoint(c) ? 1 : 0;
}

export const isHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011;

/**
 * The next `WORD` match at or after `from`, by a character scan: written to
 * out[0], out[1] as [start, end); false when there is none. Measured 3–4
 * times faster than `matchAll(WORD)` (Unicode property classes and match
 * objects are costly), with the same result.
 */
export function nextWord(text: string, from: number, out: Int32Array): boolean {
  const n = text.length;
  let i = from;
  let w = 0;
  while (i < n && (w = wordCharWidth(text, i)) === 0) i++;
  if (i >= n) return false;
  const start = i;
  i += w;
  for (;;) {
    while (i < n && (w = wordCharWidth(text, i)) > 0) i += w;
    // A hyphen joins two parts only with a word character after it ("NRW-Süd", not "Kreis-").
    if (i + 1 < n && isHyphen(text.charCodeAt(i)) && wordCharWidth(text, i + 1) > 0) { i += 1; continue; }
    break;
  }
  out[0] = start;
  out[1] = i;
  return true;
}

/** The `WORD` matches of a text as [start, end) pairs (see `nextWord`). */
export function wordSpans(text: string, visit: (start: number, end: number) => void): void {
  const span = new Int32Array(2);
  for (let at = 0; nextWord(text, at, span); at = span[1]!) visit(span[0]!, span[1]!);
}

/** Known answers of `CAPITALISED` for one BMP code unit: 0 not yet asked, 1 capital, 2 not. */
const CAPITAL_UNIT = new Uint8Array(65536);

/** `isCapitalised(text.slice(start, end))` without cutting the string (end > start). */
export function capitalisedAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  if (c >= 0xd800 && c <= 0xdfff) return CAPITALISED.test(text.slice(start, end));
  let known = CAPITAL_UNIT[c]!;
  if (known === 0) CAPITAL_UNIT[c] = known = CAPITALISED.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/** Whether a word starts with a capital letter: `CAPITALISED.test`, with a fast path for ASCII. */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(word);
}
