import { describe, expect, it } from "vitest";
import { splitParagraphs, splitSentences, tokenize, tokenOffsets } from "../text/sentences.js";
import { analyseTokens, Shape, tokenAt, tokenLower, tokenText, type TokenLayer } from "./layer.js";
import { TokenFlag } from "./lexical-flags.js";

function layerOf(text: string): TokenLayer {
  const sentences = splitParagraphs(text).flatMap((p) => splitSentences(text, p));
  return analyseTokens(text, tokenize(text), sentences);
}
const indexOf = (l: TokenLayer, word: string, from = 0): number => {
  for (let i = from; i < l.count; i++) if (tokenText(l, i) === word) return i;
  throw new Error(`no token ${word}`);
};

describe("analyseTokens", () => {
  const text = "Frau Dr. Anna Beispiel, Geschäftsführerin der Muster GmbH, sprach im März in Köln.\nDas Landratsamt und NRW-Ministerin von Hagen luden ein; 2024 kamen 12.000 Gäste.";
  const l = layerOf(text);

  it("keeps the tokens' view offsets and the sentence each lies in", () => {
    for (let i = 0; i < l.count; i++) expect(text.slice(l.start[i]!, l.end[i]!)).toBe(tokenText(l, i));
    expect(l.sentence[indexOf(l, "Köln")]).toBe(0);
    expect(l.sentence[indexOf(l, "Landratsamt")]).toBe(1);
    expect(tokenAt(l, text.indexOf("Köln") + 2)).toBe(indexOf(l, "Köln"));
  });

  it("gives each token its shape", () => {
    expect(l.shape[indexOf(l, "Köln")]).toBe(Shape.Capitalised);
    expect(l.shape[indexOf(l, "sprach")]).toBe(Shape.Lower);
    expect(l.shape[indexOf(l, ",")]).toBe(Shape.Punct);
    expect(l.shape[indexOf(l, "GmbH")]).toBe(Shape.MixedCase);
    expect(l.shape[indexOf(l, "2024")]).toBe(Shape.Digits);
    expect(l.shape[indexOf(l, "12.000")]).toBe(Shape.DigitMix);
    expect(l.shape[indexOf(l, "Dr.")]).toBe(Shape.Abbreviation);
    expect(l.shape[indexOf(l, "NRW-Ministerin")]).toBe(Shape.Capitalised);
    const caps = layerOf("Der BAMF-Bericht kam aus dem BAMF.");
    expect(caps.shape[indexOf(caps, "BAMF")]).toBe(Shape.AllCaps);
  });

  it("flags position, form and lexicon entries", () => {
    const has = (word: string, flag: number) => (l.flags[indexOf(l, word)]! & flag) !== 0;
    expect(has("Frau", TokenFlag.SentenceStart | TokenFlag.LineStart | TokenFlag.Honorific)).toBe(true);
    expect(has("Das", TokenFlag.SentenceStart) && has("Das", TokenFlag.LineStart)).toBe(true);
    expect(has("Dr.", TokenFlag.Title)).toBe(true);
    expect(has("Anna", TokenFlag.FirstName)).toBe(true);
    expect(has("Geschäftsführerin", TokenFlag.RoleNoun)).toBe(true);
    expect(has("NRW-Ministerin", TokenFlag.RoleNoun) && has("NRW-Ministerin", TokenFlag.Hyphenated)).toBe(true);
    expect(has("GmbH", TokenFlag.LegalForm)).toBe(true);
    expect(has("März", TokenFlag.Month)).toBe(true);
    expect(has("Köln", TokenFlag.Place) && has("Köln", TokenFlag.PlaceStart)).toBe(true);
    expect(has("Landratsamt", TokenFlag.OrganisationHead)).toBe(true);
    expect(has("von", TokenFlag.SurnameParticle)).toBe(true);
    expect(has("2024", TokenFlag.HasDigit)).toBe(true);
  });

  it("flags nothing from the lexicon for ordinary words", () => {
    const lexical = ~(TokenFlag.SentenceStart | TokenFlag.LineStart | TokenFlag.Hyphenated | TokenFlag.HasDigit);
    for (const w of ["sprach", "im", "luden", "kamen", "Gäste", "Beispiel"]) expect(l.flags[indexOf(l, w)]! & lexical).toBe(0);
    expect(l.flags[indexOf(l, "Köln")]! & TokenFlag.SentenceStart).toBe(0);
    expect(l.flags[indexOf(l, "Köln")]! & TokenFlag.FirstName).toBe(0);
  });

  it("hashes equal words equally and lower-cases without building strings", () => {
    const h = layerOf("Köln, KÖLN und köln; Bonn");
    const [a, b, c, d] = [0, 2, 4, 6];
    expect(tokenLower(h, b)).toBe("köln");
    expect(h.lowerHash[a]).toBe(h.lowerHash[b]);
    expect(h.lowerHash[b]).toBe(h.lowerHash[c]);
    expect(h.wordHash[a]).not.toBe(h.wordHash[b]);
    expect(h.lowerHash[a]).not.toBe(h.lowerHash[d]);
  });

  it("handles empty text and tokens outside every sentence", () => {
    expect(analyseTokens("", [], []).count).toBe(0);
    const t = "Eins zwei";
    const layer = analyseTokens(t, tokenize(t), []);
    expect([...layer.sentence]).toEqual([-1, -1]);
    expect(layer.flags[0]! & TokenFlag.SentenceStart).toBe(0);
  });

  it("reads the same layer from offset pairs (the pipeline's form) as from spans", () => {
    const sentences = splitParagraphs(text).flatMap((p) => splitSentences(text, p));
    const packed = tokenOffsets(text);
    expect(packed.count).toBe(tokenize(text).length);
    expect([...packed.offsets]).toEqual(tokenize(text).flatMap((t) => [t.start, t.end]));
    const fromPairs = analyseTokens(text, packed, sentences);
    for (const key of ["start", "end", "sentence", "shape", "flags", "wordHash", "lowerHash", "classes"] as const) {
      expect([...fromPairs[key]], key).toEqual([...l[key]]);
    }
    // "Dr." keeps its dot, the sentence's final period is a token of its own
    expect(text.slice(packed.offsets[2]!, packed.offsets[3]!)).toBe("Dr.");
    expect(text.slice(packed.offsets[2 * (packed.count - 1)]!, packed.offsets[2 * packed.count - 1]!)).toBe(".");
  });
});
