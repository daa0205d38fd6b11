import { describe, expect, it } from "vitest";
import { tokenize as sharedTokenize } from "../../text/sentences.js";
import { analyseTokens } from "../../tokens/layer.js";
import { tokenize, type OrgTokens } from "./tokens.js";
import { organisationTokens as orgTokens } from "./view.js";
import { classifyWord, WordBit } from "./word-class.js";
import { gazetteerCandidates, listedNameBits } from "./gazetteer.js";

/** The view as plain rows, to compare. */
const rows = (tk: OrgTokens): [string, number, number, number][] =>
  Array.from({ length: tk.count }, (_, i) => [tk.words[i]!, tk.start[i]!, tk.end[i]!, tk.bits[i]!]);

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
    const words = tk.words.slice(0, tk.count);
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
    const triggers = Array.from(tk.triggers, (i) => tk.words[i]);
    expect(triggers).toEqual(["Landratsamt", "GmbH", "(", "MG", "FC", "Jobcenter"]);
    expect(tk.bits[tk.words.indexOf("Landratsamt")]! & WordBit.Head).not.toBe(0);
    expect(tk.bits[tk.words.indexOf("und")]! & WordBit.Head).toBe(0);
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
