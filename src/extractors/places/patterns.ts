/** Named regular expressions of the places extractor. */

/** A word: letters/digits, hyphen-joined parts kept together ("Rhein-Erft-Kreis", "NRW-Ost"). */
export const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐‑][\p{L}\p{M}\p{N}]+)*/gu;

/** What may stand between two words of one place name: a space, an abbreviation dot, an opening bracket. */
export const NAME_GAP = /^(?:\.?[ \t\u00a0]{1,2}\(?|\.)$/;

/** A word that starts with a capital letter (names do in German). */
export const CAPITALISED = /^[\p{Lu}]/u;

/** All capitals (headline or dateline set in capitals: "KREIS ROTTWEIL"). */
export const ALL_CAPS = /^[\p{Lu}\p{N}]+(?:[-‐‑][\p{Lu}\p{N}]+)*$/u;

/** Sentence-ending or clause-breaking punctuation in the gap before a word. */
export const SENTENCE_BREAK = /[.!?:;\n]/;

/** Items of a list of places: "A, B und C", "A/B", "A oder B", "A sowie B"; a river after a slash may follow a town ("Eislingen/Fils, Süßen"). */
export const LIST_GAP = /^(?:\/[\p{Lu}][\p{L}-]*)?(?:\s*[,/]\s*|\s+(?:und|oder|sowie|bzw\.?)\s+|\s*,\s*(?:und|oder|sowie)\s+|\s*[–—-]\s*)$/u;

/** A German postcode: five digits standing alone. */
export const POSTCODE = /(?<![\d.,])\d{5}(?![\d.,]\d)/g;

/** A postcode right before a town: "10247 Berlin", "D-50667 Köln". */
export const POSTCODE_BEFORE = /(?:^|[\s,(])(?:D-)?\d{5}[ \t\u00a0]+$/;

/** A numbered date before a dateline place: "04.07.14, ", "12.03.2024 – ". */
export const DATE_BEFORE_ON_LINE = /^\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*[,–—-]?\s*$/;

/**
 * After a dateline place: an agency/press mark "(pm)", a dash, or a comma with a date:
 * "Köln - Am …", "KREIS ROTTWEIL (pm) – …", "Hamburg, 3. Mai", a title "Zierenberg: Runder Tisch …".
 */
export const DATELINE_AFTER = /^(?:\s*\/[^\n]{1,60}?)?\s*(?:\([^()\n]{1,25}\)\s*[–—:-]?|[–—]|\s-\s|:\s|,\s*(?:den\s+)?\d{1,2}\.)/;

/** A name alone in brackets, as after a person: "Maria Muster (Zierenberg)". */
export const IN_BRACKETS_BEFORE = /\(\s*$/;
export const IN_BRACKETS_AFTER = /^\s*\)/;

/**
 * A street address with postcode and town:
 * "Petersburger Straße 92\n10247 Berlin", "Juri-Gagarin-Ring 150, 99084 Erfurt".
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
