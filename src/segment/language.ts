/**
 * Language of a release body with franc-min. franc reads only the first 2048
 * characters, so it is given a sample from the body (after the header), not
 * the page furniture. Short texts where German is among the close runners-up
 * count as German: franc's trigram scores are unstable below a few hundred
 * characters (one sentence of a German news text often scores as Dutch or
 * Luxembourgish).
 */
import { franc, francAll } from "franc-min";
import type { Language } from "../schema/release.js";

const SAMPLE = 2048;
const SHORT = 400;
const MIN_LETTERS = 20;

export function detectLanguage(text: string): Language {
  const sample = text.replace(/\s+/g, " ").trim().slice(0, SAMPLE);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS) return { code: "und", german: false };
  const code = franc(sample, { minLength: 10 });
  if (code === "deu") return { code, german: true };
  if (sample.length < SHORT) {
    const ranked = francAll(sample, { minLength: 10 }).slice(0, 4);
    const deu = ranked.find(([lang]) => lang === "deu");
    if (deu && deu[1] >= 0.9) return { code: "deu", german: true };
    // German function words decide where trigrams cannot.
    const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
    const german = words.filter((w) => GERMAN_FUNCTION_WORDS.has(w)).length;
    if (german >= 2 && german / words.length >= 0.12) return { code: "deu", german: true };
  }
  return { code, german: false };
}

/** The commonest German function words (articles, prepositions, conjunctions): a closed class. */
const GERMAN_FUNCTION_WORDS = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "nicht", "mit",
  "von", "zu", "zum", "zur", "für", "auf", "aus", "bei", "nach", "über", "unter", "vor", "im", "ist", "sind", "wird",
  "werden", "wurde", "hat", "haben", "auch", "sich", "dass", "als", "wie", "noch", "am", "vom", "beim",
]);
