/**
 * Declines words of an organisation name back to the nominative singular.
 * German adjectives before a head noun carry case endings ("der Europäischen
 * Kommission", "des Regionalen Integrationsnetzwerks"); the canonical form is
 * the strong nominative the body is listed under ("Europäische Kommission",
 * "Regionales Integrationsnetzwerk", "Europäischer Sozialfonds").
 */
import type { Gender } from "../../lexicon/organisation-heads.js";

const NOMINATIVE_ENDING: Record<Gender, string> = { m: "er", f: "e", n: "es" };

/**
 * "Europäischen" + m → "Europäischer". Words ending in "-er" are left as they
 * are: either already a strong nominative or an indeclinable place adjective
 * ("Thüringer", "Leipziger"), which a weak context would otherwise show as "-en".
 */
export function declineAdjective(word: string, gender: Gender): string {
  // "-ischer/-licher" before a feminine or neuter head is a case form ("laut Süddeutscher Zeitung")
  if (word.endsWith("er") && !(gender !== "m" && /(?:isch|lich|sch)er$/.test(word))) return word;
  const m = /^(.*?)(en|em|es|er|e)$/u.exec(word);
  if (!m) return word;
  return m[1]! + NOMINATIVE_ENDING[gender];
}

/**
 * Gender of a noun outside the head list, from its suffix (German
 * derivational suffixes fix the gender); feminine is the most common gender
 * of the nouns company names are built on ("Bahn", "Post", "Bank").
 */
export function guessGender(noun: string): Gender {
  const w = noun.toLowerCase();
  if (/(?:um|ment|werk|chen|lein|haus|amt|zentrum|institut|netzwerk|büro)$/.test(w)) return "n";
  if (/(?:ismus|ling|verband|verein|bund|rat|dienst|kreis|fonds|ring|konzern|betrieb)$/.test(w)) return "m";
  return "f";
}
