import { describe, expect, it } from "vitest";
import type { NameSpan } from "../../tagger/tag.js";
import type { ExtractorInput } from "../context.js";
import { mergeTaggedPlaces } from "./tagger-candidates.js";
import { layerOf } from "../../tagger/train.js";

function input(text: string, names: NameSpan[]): ExtractorInput {
  return { text, sentences: [{ start: 0, end: text.length }], paragraphs: [], title: null, dateline: null, anchorDate: null, names };
}

/** The token layer of `text` and a one-word LOC span (with token indices) for a word of it. */
function oneWordSpans(text: string) {
  const tokens = layerOf(text);
  const at = (w: string): NameSpan => {
    const start = text.indexOf(w);
    let a = 0;
    while (tokens.start[a]! < start) a++;
    return { type: "LOC", start, end: start + w.length, fromToken: a, toToken: a + 1, score: 0.9 };
  };
  return { tokens, at };
}

function tagged(text: string, word: string, score = 0.9): NameSpan {
  const start = text.indexOf(word);
  return { start, end: start + word.length, type: "LOC", score };
}

describe("places the tagger adds", () => {
  it("takes an unknown town, with its offsets, and a gazetteer form under its canonical name", () => {
    const text = "Die Gruppe fuhr von Kernhausen nach Kölns Altstadt.";
    const places = mergeTaggedPlaces(input(text, [tagged(text, "Kernhausen"), tagged(text, "Kölns")]), []);
    expect(places.map((p) => [p.name, p.mentions[0]!.start, p.mentions[0]!.end])).toEqual([
      ["Kernhausen", 20, 30], ["Köln", 36, 41],
    ]);
  });

  it("takes no place adjective, demonym, -isch word or role noun, however sure the tagger is", () => {
    const text = "Die Berliner Gäste lernten Deutsch und Türkisch; die Russische Botschaft und die Landrätin kamen.";
    const names = ["Berliner", "Deutsch", "Türkisch", "Russische", "Landrätin"].map((w) => tagged(text, w, 0.99));
    expect(mergeTaggedPlaces(input(text, names), [])).toEqual([]);
  });

  it("takes no span below the score threshold", () => {
    const text = "Sie kamen aus Kernhausen.";
    expect(mergeTaggedPlaces(input(text, [tagged(text, "Kernhausen", 0.3)]), [])).toEqual([]);
  });
});

describe("tagged places and the token layer", () => {
  it("takes no span that ends in a punctuation mark", () => {
    const text = "Die St . Veitskapelle liegt bei Kernhausen .";
    const tokens = layerOf(text);
    const span = (from: number, to: number): NameSpan => ({
      type: "LOC", start: tokens.start[from]!, end: tokens.end[to - 1]!, fromToken: from, toToken: to, score: 0.9,
    });
    // tokens: Die St . Veitskapelle liegt bei Kernhausen .
    const names = [span(1, 3), span(6, 7)];
    const withTokens: ExtractorInput = { ...input(text, names), tokens };
    expect(mergeTaggedPlaces(withTokens, []).map((p) => p.name)).toEqual(["Kernhausen"]);
  });
});

describe("tagged streets", () => {
  it("takes no name followed by a house number and a comma or postcode, but a town before a year", () => {
    const text = "Kontakt: Am Wehrbrink 12, 31137 Kernhausen. Im Jahr 2019 kam Grünbach 2020 dazu.";
    const { tokens, at } = oneWordSpans(text);
    const places = mergeTaggedPlaces({ ...input(text, [at("Wehrbrink"), at("Grünbach")]), tokens }, []);
    expect(places.map((p) => p.name)).toEqual(["Grünbach"]);
  });
});

describe("tagged names after an article", () => {
  it("takes no municipality's name after an article or contraction, but other names there", () => {
    const text = "Im Kernwald liegt das Heim „Am Mühlbach“ im Allgäu, der Gasthof Zum Kernhof bei Kernhausen; das Ansbach von einst ist fern.";
    const { tokens, at } = oneWordSpans(text);
    const names = ["Kernwald", "Mühlbach", "Allgäu", "Kernhof", "Kernhausen", "Ansbach"].map(at);
    const places = mergeTaggedPlaces({ ...input(text, names), tokens }, []);
    // "Mühlbach" is a town's short form in the gazetteer, "Ansbach" a town: after "Am" and "das" they name other things.
    // "Kernwald", "Kernhof" (unknown) and "Allgäu" (a region) stay.
    expect(places.map((p) => [p.name, p.mentions[0]!.start])).toEqual([["Kernwald", 3], ["Allgäu", 44], ["Kernhof", 68], ["Kernhausen", 80]]);
  });
});

describe("tagged districts", () => {
  it("names an unknown town after 'Landkreis'/'Kreis'/'Bezirk' with the noun, as a district; a known one keeps its entry", () => {
    const text = "Im Landkreis Hohenwald, im Bezirk Talwiesen und im Landkreis Ansbach sowie in Kernhausen.";
    const { tokens, at } = oneWordSpans(text);
    const places = mergeTaggedPlaces({ ...input(text, ["Hohenwald", "Talwiesen", "Ansbach", "Kernhausen"].map(at)), tokens }, []);
    expect(places.map((p) => [p.name, p.type, p.mentions[0]!.text, p.mentions[0]!.start])).toEqual([
      ["Landkreis Hohenwald", "district", "Landkreis Hohenwald", 3],
      ["Bezirk Talwiesen", "district", "Bezirk Talwiesen", 27],
      ["Ansbach", "municipality", "Ansbach", 61],
      ["Kernhausen", "other", "Kernhausen", 78],
    ]);
  });
});
