/**
 * Units that follow a German number (closed classes): currencies, percent
 * forms, scale words ("Millionen"), units of measurement and time units (a
 * number with a time unit is a duration, not a figure). Month names live in
 * months.ts. Regex sources are written for the `u`
 * and `i` flags; case matters only where the mapping functions say so.
 */

/** Scale words: "1,5 Millionen" → 1 500 000. */
export const SCALE_PATTERN =
  "Tausend|Tsd\\.|Millionen|Million|Mio\\.?|Mill\\.|Milliarden|Milliarde|Mrd\\.?|Billionen|Billion|Bio\\.";

export function scaleFactor(word: string): number {
  const w = word.toLowerCase();
  if (w.startsWith("tausend") || w.startsWith("tsd")) return 1e3;
  if (w.startsWith("mrd") || w.startsWith("milliarde")) return 1e9;
  if (w.startsWith("mio") || w.startsWith("mill")) return 1e6;
  if (w.startsWith("bio") || w.startsWith("billion")) return 1e12;
  return 1;
}

/** Currency after the number ("5.000 Euro", "20 Cent", "10 €"). */
export const CURRENCY_AFTER_PATTERN =
  "Euro|EUR|€|TEUR|T€|Eurocent|Cent|Ct\\.|US-Dollar|Dollar|USD|US\\$|\\$|Schweizer Franken|Franken|CHF|Pfund|GBP|£";
/** Currency before the number ("€ 5.000", "EUR 1,5 Mio.", Swiss "Fr. 3,2 Mio."). */
export const CURRENCY_BEFORE_PATTERN = "EUR|€|USD|US\\$|\\$|CHF|SFr\\.|sFr\\.|Fr\\.|GBP|£";

/** ISO code and factor to the main unit for a currency word. */
export function currencyOf(word: string): { unit: string; factor: number } {
  const w = word.toLowerCase();
  if (w === "cent" || w === "ct." || w === "eurocent") return { unit: "EUR", factor: 0.01 };
  if (w === "teur" || w === "t€") return { unit: "EUR", factor: 1000 };
  if (w === "euro" || w === "eur" || w === "€") return { unit: "EUR", factor: 1 };
  if (w.includes("dollar") || w.includes("$") || w === "usd") return { unit: "USD", factor: 1 };
  if (w.includes("franken") || w === "chf" || w === "fr." || w === "sfr.") return { unit: "CHF", factor: 1 };
  return { unit: "GBP", factor: 1 };
}

/** Percent forms; "Zehntelprozentpunkte" are tenths of a percentage point. */
export const PERCENT_PATTERN =
  "Prozent|%|v\\.\\s?H\\.|Zehntelprozentpunkte[n]?|Zehntelprozentpunkt|Prozentpunkte[n]?|Prozentpunkt|Promille|‰";

export function percentOf(word: string): { unit: string; factor: number } {
  const w = word.toLowerCase();
  if (w.startsWith("zehntelprozentpunkt")) return { unit: "Prozentpunkte", factor: 0.1 };
  if (w.startsWith("prozentpunkt")) return { unit: "Prozentpunkte", factor: 1 };
  if (w === "promille" || w === "‰") return { unit: "‰", factor: 1 };
  return { unit: "%", factor: 1 };
}

/**
 * Units of measurement, kept as written (abbreviation or word). Longer forms
 * first so the alternation takes the whole unit.
 */
export const MEASURE_PATTERN = [
  "Quadratkilometer[n]?", "Quadratmeter[n]?", "Kubikmeter[n]?", "Kilometer[n]?", "Zentimeter[n]?", "Millimeter[n]?", "Meter[n]?",
  "Hektar", "Kilogramm", "Gramm", "Tonnen", "Tonne", "Liter[n]?",
  "Kilowattstunden", "Megawattstunden", "Gigawattstunden", "Kilowatt", "Megawatt", "Gigawatt",
  "km/h", "km²", "m²", "m³", "qkm", "qm", "km", "cm", "mm", "m", "ha", "kg", "kWh", "MWh", "GWh", "TWh", "kWp", "MWp", "kW", "MW", "GW",
  "°C", "Grad",
].join("|");

/** Time units: a count of these is a duration (the dates stage), unless it is an age. */
export const TIME_UNIT_WORDS = new Set([
  "sekunde", "sekunden", "minute", "minuten", "stunde", "stunden", "tag", "tage", "tagen", "woche", "wochen",
  "monat", "monate", "monaten", "quartal", "quartale", "quartalen", "halbjahr", "halbjahre", "halbjahren",
  "jahr", "jahre", "jahren", "jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrhundert", "jahrhunderte", "jahrhunderten",
  "semester", "schuljahr", "schuljahre", "schuljahren",
  "sek", "min", "std", "h", "wo", "mon",
]);

/** Year words: the time units that make an age ("18 bis 27 Jahren", "ab 25 Jahren"). */
export const YEAR_WORDS = new Set(["jahr", "jahre", "jahren", "lebensjahr", "lebensjahre", "lebensjahren"]);
