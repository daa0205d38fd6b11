import { describe, expect, it } from "vitest";
import { splitParagraphs, splitSentences, tokenize } from "./sentences.js";

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
