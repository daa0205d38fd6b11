import { describe, expect, it } from "vitest";
import type { Span } from "../schema/release.js";
import { NON_FINAL_ABBREVIATIONS } from "../lexicon/abbreviations.js";
import { splitParagraphs, splitSentences, tokenize } from "./sentences.js";
import { trimSpan } from "./whitespace.js";

const texts = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("reads a long run of marks without a space after it as one sentence, and ends one after a run with a space", () => {
    for (const mark of [".", "…", "!"]) {
      const text = `Die Stadt${mark.repeat(5000)}Ende des Satzes. Ein neuer Satz${mark.repeat(3)} Noch einer.`;
      expect(texts(text, splitSentences(text))).toEqual([
        `Die Stadt${mark.repeat(5000)}Ende des Satzes.`,
        `Ein neuer Satz${mark.repeat(3)}`,
        "Noch einer.",
      ]);
    }
  });

  it("does not split after German abbreviations, ordinals, dates or initials", () => {
    const text =
      "Dr. Erika Muster (Stv. Leiterin) sprach am 12. April 2024 u.a. über z.B. Förderung, bzw. Nr. 5 und ca. 30 Teilnehmende gem. Abs. 2. " +
      "Der Verein XY e.V. lud am 04.07.2014 ein. A. Beispiel kam auch. Danach ging es weiter!";
    expect(texts(text, splitSentences(text))).toEqual([
      "Dr. Erika Muster (Stv. Leiterin) sprach am 12. April 2024 u.a. über z.B. Förderung, bzw. Nr. 5 und ca. 30 Teilnehmende gem. Abs. 2. Der Verein XY e.V. lud am 04.07.2014 ein.",
      "A. Beispiel kam auch.",
      "Danach ging es weiter!",
    ]);
  });

  it("ends a sentence at a year and after a closing quote", () => {
    const text = "Das Projekt läuft bis 2024. Es heißt „Start“. „Wir freuen uns.“ Sagt sie.";
    expect(texts(text, splitSentences(text))).toEqual(["Das Projekt läuft bis 2024.", "Es heißt „Start“.", "„Wir freuen uns.“", "Sagt sie."]);
  });

  it("treats a line break as a boundary unless the next line continues in lower case", () => {
    const text = "Überschrift ohne Punkt\nDer Text beginnt hier und geht\nweiter bis zum Ende.";
    expect(texts(text, splitSentences(text))).toEqual(["Überschrift ohne Punkt", "Der Text beginnt hier und geht\nweiter bis zum Ende."]);
  });

  it("keeps offsets into the whole text when splitting a paragraph", () => {
    const text = "Erster Absatz.\n\nZweiter Satz. Dritter Satz.";
    const [, second] = splitParagraphs(text);
    const spans = splitSentences(text, second!);
    expect(spans).toEqual([{ start: 16, end: 29 }, { start: 30, end: 43 }]);
  });
});

describe("splitParagraphs", () => {
  it("splits at blank lines and trims", () => {
    const text = "  Eins.\n\n \nZwei\nnoch zwei.\n\n";
    expect(texts(text, splitParagraphs(text))).toEqual(["Eins.", "Zwei\nnoch zwei."]);
  });
});

describe("tokenize", () => {
  it("keeps hyphenated words, abbreviations and ordinals whole and splits punctuation", () => {
    const text = "Dr. Müller-Bozkurt kam am 4. Mai (u.a. mit 1.500 Gästen).";
    expect(texts(text, tokenize(text))).toEqual(["Dr.", "Müller-Bozkurt", "kam", "am", "4.", "Mai", "(", "u.a.", "mit", "1.500", "Gästen", ")", "."]);
  });
});

// The regex implementation the character scanners replaced, kept as the reference they must equal.
// A punctuation run is tried from its first mark only: tried from every mark, a long run
// without a space after it ("....x") is rescanned once per mark (quadratic).
const BOUNDARY_RE = /(?<![.!?…])([.!?…]+)(["“”„‟'’»«)\]]*)(\s+)(?=\S)|\n/g;

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function isBoundary(text: string, m: RegExpExecArray): boolean {
  const next = text[m.index + m[0].length] ?? "";
  if (m[0] === "\n") {
    // A line break continues the sentence when the next line starts in lower case
    // or the line ends with a hyphen or comma.
    const prev = text.slice(Math.max(0, m.index - 2), m.index).trimEnd();
    if (/[,\-–(]$/.test(prev) && prev !== "") return false;
    return !/^\p{Ll}/u.test(next);
  }
  const punct = m[1]!;
  if (punct !== ".") return /^[\p{Lu}\p{N}"“„'‚»(\[–-]/u.test(next) || /\n/.test(m[3]!);
  const word = wordBefore(text, m.index);
  const bare = word.replace(/\.$/, "").toLowerCase();
  if (m[3]!.includes("\n\n")) return true;
  if (NON_FINAL_ABBREVIATIONS.has(bare)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial
  if (/^\d{1,2}$/.test(word)) return false; // an ordinal: "12. April", "3. Platz"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // "z.B", "e.V", "u.a"
  return /^[\p{Lu}\p{N}"“„'‚»(\[–-]/u.test(next);
}

function referenceSplitSentences(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  const chunk = text.slice(within.start, within.end);
  let start = 0;
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(chunk))) {
    if (!isBoundary(chunk, m)) continue;
    const end = m[0] === "\n" ? m.index : m.index + m[1]!.length + m[2]!.length;
    const t = trimSpan(text, within.start + start, within.start + end);
    if (t.end > t.start) out.push(t);
    start = m.index + m[0].length;
  }
  const t = trimSpan(text, within.start + start, within.end);
  if (t.end > t.start) out.push(t);
  return out;
}

// Latin letters and digits written out: V8 runs this several times faster than \p{L} with the u flag.
// Letters of other scripts come out one token per character.
const W = "0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF";
const TOKEN_RE = new RegExp(`[${W}]+(?:[-'’.&][${W}]+)*\\.?|[^\\s${W}]`, "g");
const DOT = 46;

/** Words (with inner hyphens and dots) and single punctuation marks. */
function referenceTokenize(text: string, within: Span = { start: 0, end: text.length }): Span[] {
  const out: Span[] = [];
  const re = new RegExp(TOKEN_RE.source, "g");
  re.lastIndex = within.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < within.end) {
    const word = m[0];
    const start = m.index;
    let end = start + word.length;
    if (end > within.end) end = within.end;
    // A final period belongs to the word only for abbreviations and ordinals.
    if (word.length > 1 && word.charCodeAt(word.length - 1) === DOT) {
      const bare = word.slice(0, -1);
      if (bare.includes(".") || /^\d{1,2}$/.test(bare) || NON_FINAL_ABBREVIATIONS.has(bare.toLowerCase())) {
        out.push({ start, end });
      } else {
        out.push({ start, end: end - 1 }, { start: end - 1, end });
      }
      continue;
    }
    out.push({ start, end });
  }
  return out;
}

describe("the character scanners", () => {
  const pieces = ["Dr.", "z.B.", "u.a.", "e.V.", "A.", "12.", "2024.", "Nr.", "Abs.", "Die", "der", "Stadt", "ging", "weiter", "ENDE",
    "„", "“", "”", "»", "«", "(", ")", "[", "]", "'", "’", ".", "..", "...", "…", "!", "?!", ",", "-", "–", " ", " ", " ", "  ", "\n", "\n\n",
    "\n ", "\t", "\u00a0", "ü", "Ärger", "İ", "ß", "x-y", "o'Neil", "H&M", "1.500", "😀", "𝐀", "Ⅻ", "ǅ", "١٢", "日本"];
  let seed = 5;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const randomText = () => {
    let text = "";
    const length = Math.floor(next() * 40);
    for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)]! + (next() < 0.4 ? " " : "");
    return text;
  };

  it("split sentences as the regex did", () => {
    for (let n = 0; n < Number(process.env.FUZZ ?? 4000); n++) {
      const text = randomText();
      expect(splitSentences(text), JSON.stringify(text)).toEqual(referenceSplitSentences(text));
      const a = Math.floor(next() * (text.length + 1));
      const b = a + Math.floor(next() * (text.length - a + 1));
      expect(splitSentences(text, { start: a, end: b }), JSON.stringify([text, a, b])).toEqual(referenceSplitSentences(text, { start: a, end: b }));
    }
  });

  it("tokenize as the regex did", () => {
    for (let n = 0; n < Number(process.env.FUZZ ?? 4000); n++) {
      const text = randomText();
      expect(tokenize(text), JSON.stringify(text)).toEqual(referenceTokenize(text));
      const a = Math.floor(next() * (text.length + 1));
      const b = a + Math.floor(next() * (text.length - a + 1));
      expect(tokenize(text, { start: a, end: b }), JSON.stringify([text, a, b])).toEqual(referenceTokenize(text, { start: a, end: b }));
    }
  });

  it("tokenize a long text (the offsets' scratch room grows past what is kept), then a short one", () => {
    const long = "Die Gäste (rund 1.500) kamen am 4. Mai nach Musterstadt, z.B. mit dem Bus. ".repeat(3000);
    expect(tokenize(long)).toEqual(referenceTokenize(long));
    expect(tokenize("Ein Satz.")).toEqual([{ start: 0, end: 3 }, { start: 4, end: 8 }, { start: 8, end: 9 }]);
  });
});
