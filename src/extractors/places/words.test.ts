import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitParagraphs, splitSentences, tokenize } from "../../text/sentences.js";
import { analyseTokens } from "../../tokens/layer.js";
import { NAME_GAP, wordSpans } from "./patterns.js";
import { placeWords } from "./words.js";
import { isNameGap } from "./index.js";

const scanned = (text: string): [number, number][] => {
  const out: [number, number][] = [];
  wordSpans(text, (s, e) => out.push([s, e]));
  return out;
};
const fromLayer = (text: string): [number, number][] => {
  const layer = analyseTokens(text, tokenize(text), splitParagraphs(text).flatMap((p) => splitSentences(text, p)));
  const w = placeWords(text, layer);
  return Array.from({ length: w.count }, (_, i) => [w.start[i]!, w.end[i]!] as [number, number]);
};

describe("place words from the token layer", () => {
  it("are the words a scan of the text finds, also where the layer's tokens differ", () => {
    const text = "Die e.V.-Mitglieder aus Köln‐Bonn, O'Brien und Jose\u0301 trafen sich am 12. Mai in St.Wendel (m² Ωmega-Stadt 𝔘𝔫𝔦 İzmir).";
    expect(fromLayer(text)).toEqual(scanned(text));
  });

  it("take a layer token as the word where it is one, and scan elsewhere", () => {
    const text = "Treffen in Kerpen und bei der Caritas e.V. in Bad-Boll";
    const layer = analyseTokens(text, tokenize(text), []);
    const w = placeWords(text, layer);
    const kerpen = Array.from({ length: w.count }, (_, i) => i).find((i) => text.slice(w.start[i]!, w.end[i]!) === "Kerpen")!;
    expect(w.layerToken[kerpen]).toBeGreaterThanOrEqual(0);
    const e = Array.from({ length: w.count }, (_, i) => i).find((i) => text.slice(w.start[i]!, w.end[i]!) === "e")!;
    expect(w.layerToken[e]).toBe(-1);
    expect(text.slice(w.start[w.count - 1]!, w.end[w.count - 1]!)).toBe("Bad-Boll");
  });

  it("agree with the scan on any text (property)", () => {
    const pieces = ["Köln", "a", "B", "-", "‐", "‑", ".", "'", "’", "&", " ", "\n", "\u0301", "Ω", "²", "𝔘", "\ud835", "12", "e.V.", "(", ",", "İ", "ǅ", "Straße"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join("");
      expect(fromLayer(text)).toEqual(scanned(text));
    }), { numRuns: 2000 });
  });

  it("scan the text alone when there is no layer", () => {
    const text = "Nach Rottweil‐Süd, dann Plön.";
    const w = placeWords(text);
    expect(w.count).toBe(4);
    expect([...w.layerToken.subarray(0, w.count)]).toEqual([-1, -1, -1, -1]);
  });
});

describe("name gap", () => {
  it("is NAME_GAP without cutting the gap", () => {
    const alphabet = [".", " ", "\t", "\u00a0", "(", "x", "\n"];
    const all: string[] = [""];
    for (let len = 1; len <= 4; len++) for (const s of all.filter((x) => x.length === len - 1)) for (const c of alphabet) all.push(s + c);
    for (const gap of all) {
      const text = `A${gap}B`;
      if (isNameGap(text, 1, 1 + gap.length) !== NAME_GAP.test(gap)) expect(JSON.stringify(gap)).toBe("a gap both read alike");
    }
  });
});
