import { describe, expect, it } from "vitest";
import { tokenize as sharedTokenize } from "../../text/sentences.js";
import { analyseTokens } from "../../tokens/layer.js";
import { tokenize, type OrgTokens } from "./tokens.js";
import { organisationTokens as orgTokens } from "./view.js";
import { classifyWord, plainWordBits, WordBit } from "./word-class.js";
import { gazetteerCandidates, listedNameBits } from "./gazetteer.js";

/** The view as plain rows, to compare. */
const rows = (tk: OrgTokens): [string, number, number, number][] =>
  Array.from({ length: tk.count }, (_, i) => [tk.word(i)!, tk.start[i]!, tk.end[i]!, tk.bits[i]!]);

/** The view derived from the shared token layer of the text (as the pipeline builds it). */
const fromLayer = (text: string): OrgTokens => orgTokens(text, analyseTokens(text, sharedTokenize(text), []));

/** What the view must hold: the scanner's tokens with their words' bits. */
const expected = (text: string): [string, number, number, number][] =>
  tokenize(text).map((t) => [t.text, t.start, t.end, classifyWord(t.text) | listedNameBits(t.text)]);

describe("organisation token view", () => {
  it("keeps the organisation boundaries where the shared tokens differ", () => {
    const text = "Die Muster Hilfe e. V. und die Beispiel GmbH & Co. KG, ver.di, Dr. Anna Nord (z.B. Presse- und Öffentlichkeitsarbeit) in Nordstadt/Südheim, ESF+, 12 m² und „α-Test“ 😀.";
    const tk = fromLayer(text);
    expect(rows(tk)).toEqual(expected(text));
    const words = Array.from({ length: tk.count }, (_, i) => tk.word(i));
    expect(words).toContain("e. V.");
    expect(words).toContain("GmbH & Co. KG");
    expect(words).toContain("Nordstadt/Südheim");
    expect(words).toContain("Presse-");
    expect(words).toContain("ESF+");
    expect(words).toContain("m²");
    // the shared layer keeps "Dr." and "z.B." whole; the rules read the dot apart
    expect(words).toContain("Dr");
    expect(words).not.toContain("Dr.");
    expect(words).toContain("z.B");
  });

  it("gives the same view with and without the shared layer, and for a layer of another text", () => {
    const text = "Das Amt für Soziales (AfS) der Stadt Nordheim und der Verein „Kinderhilfe“ e.V. laden ein.";
    expect(rows(orgTokens(text))).toEqual(rows(fromLayer(text)));
    const other = analyseTokens("Ganz anderer Text.", sharedTokenize("Ganz anderer Text."), []);
    expect(rows(orgTokens(text, other))).toEqual(expected(text));
  });

  it("agrees with the scanner on random text made of the characters where the tokenizers differ", () => {
    const pieces = ["a", "Ab", "e", "V", "GmbH", "Co", "KG", "S", "p", "A", "Dr", "z", "B", "12", "²", "α", "é", "ß", "Ö", "und", "oder",
      " ", " ", "  ", "\n", "\t", "\u00a0", ".", ",", "-", "/", "&", "+", "'", "’", "(", ")", "„", "“", "–", "😀", "𝐀", "\u0301", "ª"];
    let seed = 12345;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let round = 0; round < 3000; round++) {
      let text = "";
      const length = random(24);
      for (let k = 0; k < length; k++) text += pieces[random(pieces.length)];
      expect(rows(fromLayer(text)), JSON.stringify(text)).toEqual(expected(text));
    }
  });

  it("lists exactly the tokens a rule starts from", () => {
    const text = "Das Landratsamt und die Muster GmbH (MG) sowie der FC Nordheim und das Jobcenter.";
    const tk = orgTokens(text);
    const triggers = Array.from(tk.triggers, (i) => tk.word(i));
    expect(triggers).toEqual(["Landratsamt", "GmbH", "(", "MG", "FC", "Jobcenter"]);
    expect(tk.bits[1]! & WordBit.Head).not.toBe(0);
    expect(tk.bits[2]! & WordBit.Head).toBe(0);
    expect(tk.word(2)).toBe("und");
    expect(tk.word(-1)).toBeUndefined();
    expect(tk.word(tk.count)).toBeUndefined();
  });
});

describe("word bits read from the characters", () => {
  it("equal the full classification for every lower-case word they decide", () => {
    const words = ["der", "und", "regionale", "politischen", "ver.di", "z.B", "nord-süd", "straße", "größere", "ab-", "xe", "xen", "a-e",
      "team.arbeit.hamburg", "über", "année", "x²", "ª", "bzw", "ihre", "eine", "gGmbH", "mbH", "plc", "Der", "BAMF", "12", "(", "wwwx",
      "2024", "1.000", "3sat", "12er", ",", ".", "„", "–", "\u0301", "²", "&"];
    let decided = 0;
    for (const word of words) {
      const quick = plainWordBits(word, 0, word.length);
      if (quick < 0) continue;
      decided++;
      expect(quick, word).toBe(classifyWord(word));
    }
    expect(decided).toBeGreaterThan(15);
    // legal-form initials, capitals, digits and punctuation go the long way
    for (const word of ["eine", "gGmbH", "mbH", "plc", "Der", "BAMF", "Ähre", "😀"]) expect(plainWordBits(word, 0, word.length), word).toBe(-1);
    expect(plainWordBits("(", 0, 1)).toBe(WordBit.OpenParen);
    expect(plainWordBits("„", 0, 1)).toBe(0);
    expect(plainWordBits("1.000", 0, 5)).toBe(WordBit.InnerBreak);
    expect(plainWordBits("regionale", 0, 9) & WordBit.LowerAdjective).not.toBe(0);
    expect(plainWordBits("ver.di", 0, 6) & WordBit.InnerBreak).not.toBe(0);
    expect(plainWordBits("nord-süd", 0, 8) & WordBit.InnerBreak).toBe(0);
  });
});

describe("listed names inside a token", () => {
  const listed = (text: string) => gazetteerCandidates(orgTokens(text), new Map()).map((c) => [c.name, c.start]);

  it("start after a slash or dot inside a token, not after a hyphen or a letter", () => {
    expect(listed("Gefördert vom Jobcenter/Bundesagentur für Arbeit.")).toEqual([["Bundesagentur für Arbeit", 24]]);
    expect(listed("Siehe arbeitsagentur.Bundesagentur für Arbeit heute.")).toEqual([["Bundesagentur für Arbeit", 21]]);
    expect(listed("Kooperation Stadt-Bundesagentur für Arbeit.")).toEqual([]);
    expect(listed("Die XBundesagentur für Arbeit.")).toEqual([]);
  });
});
