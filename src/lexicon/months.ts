/**
 * Month names (a closed class): German full names including the Austrian
 * "Jänner" and "Feber", the usual German abbreviations, and English names and
 * abbreviations (English month names appear in bylines and CMS date stamps:
 * "05 Feb 2026", "June 19, 2024").
 */
export const MONTHS: Readonly<Record<string, number>> = {
  // German
  januar: 1, jänner: 1, jaenner: 1, februar: 2, feber: 2, märz: 3, maerz: 3,
  april: 4, mai: 5, juni: 6, juli: 7, august: 8, september: 9, oktober: 10,
  november: 11, dezember: 12,
  // German abbreviations (with or without the dot)
  jan: 1, feb: 2, mär: 3, mrz: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9,
  sept: 9, okt: 10, nov: 11, dez: 12,
  // English (only names that differ from the German ones)
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, october: 10,
  december: 12, mar: 3, oct: 10, dec: 12,
};

/** Full names only: safe to match without a day number in front ("im März", "Mai 2016"). */
export const FULL_MONTH_NAMES: readonly string[] = [
  "januar", "jänner", "februar", "feber", "märz", "april", "mai", "juni", "juli",
  "august", "september", "oktober", "november", "dezember",
];

/** English full names (bylines: "June 19, 2024", "19 June 2024"). */
export const ENGLISH_MONTH_NAMES: readonly string[] = [
  "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december",
];

/** Regex source: one month name or abbreviation (longest first, so "Juni" wins over "Jun"). */
export const MONTH_NAME_PATTERN: string = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Regex source: one full German month name (longest first). */
export const FULL_MONTH_PATTERN: string = [...FULL_MONTH_NAMES, "maerz", "jaenner"]
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Month number for a name or abbreviation ("Sept." → 9, "Jänner" → 1), or null. */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, "");
  return MONTHS[key] ?? null;
}
