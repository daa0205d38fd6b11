/**
 * Named regexes of the organisations extractor, compiled once.
 */
import { LEGAL_FORM_SOURCES } from "../../lexicon/legal-forms.js";

/**
 * One token: a legal form with its dots ("e.V."), a word with inner hyphens,
 * slashes, dots or ampersands ("Rhein-Kreis", "Berlin/Brandenburg", "ver.di"),
 * optionally a trailing hyphen ("Presse-" in "Presse- und …") or plus
 * ("ESF+"), or any other single non-space character. The specification of
 * ./tokens.ts, which implements it with a faster char-code scanner.
 */
export const TOKEN = new RegExp(
  `[\\p{L}\\p{N}]+(?:[-'’/.&][\\p{L}\\p{N}]+)*(?:-(?=\\s+(?:und|oder|bzw\\.?|sowie)\\s)|\\+)?` +
    `|\\S`,
  "gu",
);

/** A legal form starting exactly at lastIndex (sticky), to re-join "e. V." or "GmbH & Co. KG" after tokenizing. */
export const LEGAL_FORM_AT = new RegExp(`(?:${LEGAL_FORM_SOURCES.join("|")})(?![\\p{L}\\p{N}])`, "uy");

/** First letters of legal forms: only tokens starting with one can begin a legal form. */
export const LEGAL_FORM_INITIAL = /^[eEgGmKOAPUSLNBIC]/;

/** A token that is exactly a legal form. */
export const LEGAL_FORM_TOKEN = new RegExp(`^(?:${LEGAL_FORM_SOURCES.join("|")})$`, "u");

/** First letters of the legal forms (each source starts with a literal letter). */
const LEGAL_FORM_FIRST = new Set(LEGAL_FORM_SOURCES.map((f) => f.charCodeAt(0)));
if (LEGAL_FORM_SOURCES.some((f) => !/^\p{L}/u.test(f))) throw new Error("legal forms must start with a letter");

/** False when the token cannot be a legal form (its first letter starts none): spares most tokens the regex. */
export function mayBeLegalForm(word: string): boolean {
  return LEGAL_FORM_FIRST.has(word.charCodeAt(0));
}

/** Starts with a capital letter (or a digit-led name like "1. FC" is not handled). */
export const CAPITALISED = /^[\p{Lu}]/u;

/** An acronym: at least two capitals, letters/digits/+/& only ("BAMF", "KfW", "ESF+", "BMWSB"). */
export const ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}][\p{L}\p{N}&+]{1,11}$/u;

/**
 * False when the word has fewer than two capitals, so ACRONYM cannot match:
 * a scan of char codes that spares most tokens the regex (beyond Latin-1 it
 * answers true and leaves the decision to the regex).
 */
export function mayBeAcronym(word: string): boolean {
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215)) { if (++capitals === 2) return true; }
    else if (c >= 256) return true;
  }
  return false;
}

/** False when ALL_CAPS_ACRONYM cannot match: wrong length or a lower-case second letter (a cheap pre-check). */
export function mayBeAllCapsAcronym(word: string): boolean {
  if (word.length < 3 || word.length > 14) return false; // 3–7 code points, up to 14 code units
  const second = word.charCodeAt(1);
  return !((second >= 97 && second <= 122) || (second >= 223 && second <= 255 && second !== 247));
}

/** An all-capital acronym of three to seven characters ("KVB", "EWAG"). */
export const ALL_CAPS_ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&]{2,6}$/u;

/** A declinable adjective before a head noun: "Europäischen", "Kommunales", "Technische". */
export const DECLINABLE_ADJECTIVE =
  /^[\p{Lu}][\p{L}-]*(?:isch|lich|ig|al|ell|iv|är|eu|ei|ut|ch|rt|st|nt|ar|ös)(?:e|er|es|en|em)$/u;

/** An adjective derived from a place: "Berliner", "Thüringer", "Kölner" (indeclinable). */
export const PLACE_ADJECTIVE = /^[\p{Lu}][\p{Ll}]{2,}er$/u;

/** A lower-case adjective inside a complement: "regionale", "politische", "nukleare". */
export const LOWER_ADJECTIVE = /^[\p{Ll}][\p{Ll}-]*(?:e|en|er|es|em)$/u;

/** Suffixes of abstract common nouns: a word with one is not a name after a head noun (not "-ur": "Stiftung Natur", "Verein Kultur"). */
export const COMMON_NOUN_SUFFIX = /(?:ung|ungen|heit|keit|schaft|tion|tionen|sion|tät|ismus|nis|nisse|ment|ik|linge?)$/u;

/** "(BAMF)" right after a name. */
export const PARENTHESISED_ACRONYM = /^\s*\(\s*([\p{Lu}][\p{L}\p{N}&+.\-]{0,11})\s*\)/u;

/** Quotes that open and close a name. */
export const OPEN_QUOTE = /^[„"»“‚']$/u;
export const CLOSE_QUOTE = /^[“"«”‘']$/u;
