/**
 * Language of a release body with franc-min. franc reads only the first 2048
 * characters, so it is given a sample from the body (after the header), not
 * the page furniture. Short texts where German is among the close runners-up
 * count as German: franc's trigram scores are unstable below a few hundred
 * characters (one sentence of a German news text often scores as Dutch or
 * Luxembourgish).
 *
 * Speed: franc costs 2–5 ms per release, more than all segmentation together
 * (measured with the benchmark). Text in which German function words make up
 * a large share of the words is German without asking franc: the share is
 * counted over the first 800 characters of the sample, and, when those fall
 * short (a list of dates or names before the prose), over the whole sample.
 * The count runs over the text as it is, without building the sample (one
 * pass, no strings); franc decides everything else, and names the language
 * when it is not German.
 */
import { francModule } from "../deps/optional.js";
import type { Language } from "../schema/release.js";

const SAMPLE = 2048;
const SHORT = 400;
const MIN_LETTERS = 20;
const FUNCTION_WORD_SAMPLE = 800;
/** Share of German function words above which a text is German (German news prose: 0.25–0.35; English or Dutch prose: under 0.05). */
const CLEARLY_GERMAN = 0.18;
const MIN_WORDS = 30;

export function detectLanguage(text: string): Language {
  const counts = countFunctionWords(text);
  if (clearlyGerman(counts.head) || clearlyGerman(counts.all)) return { code: "deu", german: true };
  const sample = text.slice(0, SAMPLE * 2).replace(/\s+/g, " ").trim().slice(0, SAMPLE);
  if (!hasLetters(sample, MIN_LETTERS)) return { code: "und", german: false };
  const { franc, francAll } = francModule(); // loaded here: clearly German text never needs it
  const code = franc(sample, { minLength: 10 });
  if (code === "deu") return { code, german: true };
  if (sample.length < SHORT) {
    const ranked = francAll(sample, { minLength: 10 }).slice(0, 4);
    const deu = ranked.find(([lang]) => lang === "deu");
    if (deu && deu[1] >= 0.9) return { code: "deu", german: true };
    // German function words decide where trigrams cannot.
    const { words, german } = counts.head;
    if (german >= 2 && german / words >= 0.12) return { code: "deu", german: true };
  }
  return { code, german: false };
}

interface WordCount {
  words: number;
  german: number;
}

function clearlyGerman(c: WordCount): boolean {
  return c.words >= MIN_WORDS && c.german / c.words >= CLEARLY_GERMAN;
}

function hasLetters(s: string, min: number): boolean {
  const re = /\p{L}/gu;
  let n = 0;
  while (n < min && re.exec(s)) n++;
  return n >= min;
}

/**
 * The commonest German function words (articles, pronouns, prepositions, conjunctions, auxiliaries): a
 * closed class. Left out are those that are as common in English, Dutch or Portuguese ("in", "an", "er",
 * "um"): one short sentence in those languages must not reach the share of German words.
 */
export const GERMAN_FUNCTION_WORDS: readonly string[] = [
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "aber", "wenn",
  "weil", "sowie", "nicht", "mit", "von", "zu", "zum", "zur", "für", "auf", "aus", "bei", "nach", "über", "unter",
  "vor", "durch", "seit", "gegen", "ohne", "im", "am", "vom", "beim", "ist", "sind", "war", "waren", "wird", "werden",
  "wurde", "wurden", "hat", "haben", "hatte", "hatten", "gibt", "kann", "soll", "ich", "es", "sie", "wir", "sich",
  "auch", "dass", "als", "wie", "noch",
];

/**
 * Words are runs of [a-zäöüß] in the lower-cased sample (what
 * `sample.toLowerCase().match(/[a-zäöüß]+/g)` finds). Each letter is a code
 * 1–30; a word of up to six letters packs into one number, so a function word
 * is found without building a string.
 */
const LETTER_CODE = new Uint8Array(0x250);
for (let c = 97; c <= 122; c++) LETTER_CODE[c] = LETTER_CODE[c - 32] = c - 96;
for (const [lower, upper, code] of [[0xe4, 0xc4, 27], [0xf6, 0xd6, 28], [0xfc, 0xdc, 29], [0xdf, 0xdf, 30]] as const) {
  LETTER_CODE[lower] = LETTER_CODE[upper] = code;
}
const PACKED_MAX = 6;
const FUNCTION_WORD_KEYS: ReadonlySet<number> = new Set(GERMAN_FUNCTION_WORDS.map((w) => {
  let key = 0;
  for (const ch of w) key = key * 32 + LETTER_CODE[ch.charCodeAt(0)]!;
  return key;
}));

/** The letter code of a character once lower-cased, or 0 ("İ" is handled by the caller). */
function letterCode(c: number): number {
  if (c < 0x250) return LETTER_CODE[c]!;
  if (c === 0x1e9e) return 30; // ẞ → ß
  if (c === 0x212a) return 11; // Kelvin sign → k
  return 0;
}

function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Counts words and function words; a word cut by the end of the head counts there with its first part. */
class WordCounter {
  readonly head: WordCount = { words: 0, german: 0 };
  readonly all: WordCount = { words: 0, german: 0 };
  private letters = 0;
  private key = 0;
  private startsInHead = false;

  add(code: number, inHead: boolean): void {
    if (this.letters === 0) this.startsInHead = inHead;
    this.letters++;
    if (this.letters <= PACKED_MAX) this.key = this.key * 32 + code;
  }

  private isFunctionWord(): number {
    return this.letters <= PACKED_MAX && FUNCTION_WORD_KEYS.has(this.key) ? 1 : 0;
  }

  /** The head ends here: a word running on counts there with its letters so far. */
  cutHead(): void {
    if (this.letters === 0) return;
    this.head.words++;
    this.head.german += this.isFunctionWord();
    this.startsInHead = false;
  }

  end(): void {
    if (this.letters === 0) return;
    const german = this.isFunctionWord();
    this.all.words++;
    this.all.german += german;
    if (this.startsInHead) {
      this.head.words++;
      this.head.german += german;
    }
    this.letters = 0;
    this.key = 0;
  }
}

/**
 * Function words among the words of the sample's first 800 characters
 * (`head`) and of the whole sample (`all`), where the sample is the text's
 * first 4096 characters with runs of space as one space, trimmed, cut to 2048
 * (as `detectLanguage` builds it for franc).
 */
export function countFunctionWords(text: string): { head: WordCount; all: WordCount } {
  const counter = new WordCounter();
  const end = Math.min(text.length, SAMPLE * 2);
  let i = 0;
  while (i < end && isSpace(text.charCodeAt(i))) i++; // trimmed
  let length = 0; // characters of the sample so far
  while (i < end && length < SAMPLE) {
    if (length === FUNCTION_WORD_SAMPLE) counter.cutHead();
    const inHead = length < FUNCTION_WORD_SAMPLE;
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      counter.end();
      while (i < end && isSpace(text.charCodeAt(i))) i++;
    } else if (c === 0x130) {
      counter.add(9, inHead); // "İ" lower-cases to "i" and a combining dot, which ends the word
      counter.end();
      i++;
    } else {
      const code = letterCode(c);
      if (code) counter.add(code, inHead);
      else counter.end();
      i++;
    }
    length++;
  }
  counter.end();
  return { head: counter.head, all: counter.all };
}
