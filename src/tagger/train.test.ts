import { describe, expect, it } from "vitest";
import { encodeModel } from "./model.js";
import { tagNames } from "./tag.js";
import { layerOf, train, trainingDoc, type GoldName } from "./train.js";

// Invented sentences with their names (character offsets from the words).
function doc(text: string, names: [GoldName["type"], string][]) {
  const gold = names.map(([type, w]) => ({ type, start: text.indexOf(w), end: text.indexOf(w) + w.length }));
  return { ...trainingDoc(text, gold), domain: 1 as const };
}
const docs = [
  doc("Gestern besuchte Anna Brettschneider die Stadt Korbach.", [["PER", "Anna Brettschneider"], ["LOC", "Korbach"]]),
  doc("Die Firma Holzwerk Lindner baut in Korbach eine Halle.", [["ORG", "Holzwerk Lindner"], ["LOC", "Korbach"]]),
  doc("Brettschneider sagte, der Verein Lesefreunde helfe.", [["PER", "Brettschneider"], ["ORG", "Lesefreunde"]]),
  doc("In Wolfhagen trafen sich Jonas Kettler und Mia Sauer.", [["LOC", "Wolfhagen"], ["PER", "Jonas Kettler"], ["PER", "Mia Sauer"]]),
  doc("Die Sitzung im Rathaus dauerte zwei Stunden.", []),
];

describe("trainingDoc", () => {
  it("turns character spans into BIO tags over the pipeline's tokens", () => {
    const d = docs[3]!;
    const tags = [...d.gold].map((t, i) => `${d.layer.text.slice(d.layer.start[i]!, d.layer.end[i]!)}/${t}`);
    expect(tags).toEqual(["In/0", "Wolfhagen/3", "trafen/0", "sich/0", "Jonas/1", "Kettler/2", "und/0", "Mia/1", "Sauer/2", "./0"]);
  });

  it("drops a name that lies inside one token and counts it", () => {
    const d = trainingDoc("Die Korbach-Halle ist neu.", [{ type: "LOC", start: 4, end: 11 }]);
    expect([...d.gold].every((t) => t === 0)).toBe(true);
    expect(d.dropped).toBe(1);
  });
});

describe("train", () => {
  it("learns its training names and gives the same bytes on every run", () => {
    const a = train(docs, { bits: 12, epochs: 8, seed: 3 });
    const b = train(docs, { bits: 12, epochs: 8, seed: 3 });
    expect(encodeModel(a)).toEqual(encodeModel(b));
    const text = "Gestern besuchte Anna Brettschneider die Stadt Korbach.";
    expect(tagNames(layerOf(text), a).map((n) => `${n.type} ${text.slice(n.start, n.end)}`)).toEqual(["PER Anna Brettschneider", "LOC Korbach"]);
    expect(tagNames(layerOf("Die Sitzung im Rathaus dauerte zwei Stunden."), a)).toEqual([]);
  });

  it("gives another model for another seed (the order of the sentences matters)", () => {
    const a = encodeModel(train(docs, { bits: 12, epochs: 3, seed: 3 }));
    const c = encodeModel(train(docs, { bits: 12, epochs: 3, seed: 4 }));
    expect(a).not.toEqual(c);
  });
});
