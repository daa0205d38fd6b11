import { describe, expect, it } from "vitest";
import type { NameSpan } from "../../tagger/tag.js";
import type { ExtractorInput } from "../context.js";
import { mergeTaggedPlaces } from "./tagger-candidates.js";

function input(text: string, names: NameSpan[]): ExtractorInput {
  return { text, sentences: [{ start: 0, end: text.length }], paragraphs: [], title: null, dateline: null, anchorDate: null, names };
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
