/**
 * German month names with their common abbreviations and Austrian forms,
 * plus English names (bylines of German sites use them): a closed class.
 */
const MONTHS: readonly (readonly string[])[] = [
  ["januar", "jänner", "jan", "january"],
  ["februar", "feber", "feb", "febr", "february"],
  ["märz", "maerz", "mär", "mrz", "march", "mar"],
  ["april", "apr"],
  ["mai", "may"],
  ["juni", "jun", "june"],
  ["juli", "jul", "july"],
  ["august", "aug"],
  ["september", "sep", "sept"],
  ["oktober", "okt", "october", "oct"],
  ["november", "nov"],
  ["dezember", "dez", "december", "dec"],
];

/** Lower-case month name or abbreviation → month number (1–12). */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

/** A regex alternation of all month names, longest first (use with the i flag). */
export const MONTH_NAME_PATTERN = [...MONTH_NUMBERS.keys()].sort((a, b) => b.length - a.length).join("|");
