import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { extract } from "../extract.js";
import { layerOf } from "./train.js";
import { bestTag, referenceScores, tagNames, tagTokens, type NameSpan } from "./tag.js";
import { allowedAfter, COMPOUND_FLAG, lexiconView, mayStartName, NOUN_FLAG, nounKey, START_TAG, TAG_COUNT } from "./features.js";
import { WordSet } from "./word-set.js";
import { resizeWordSums } from "./word-sums.js";
import { nameModel, useNameModel } from "./load.js";

const shipped = readFileSync(new URL("./data/names.model.bin", import.meta.url));
const names = (text: string): string[] => {
  const model = nameModel();
  if (!model) throw new Error("no model");
  return tagNames(layerOf(text), model).map((n: NameSpan) => `${n.type} ${text.slice(n.start, n.end)}`);
};

afterEach(() => useNameModel(shipped));

describe("the shipped name model", () => {
  it("loads on first use", () => {
    const model = nameModel();
    expect(model?.bits).toBe(18);
    expect(model?.meta).toHaveProperty("trainedOn");
  });

  it("tags a surname standing alone", () => {
    expect(names("Am Dienstag sagte Kowalczyk, die Pläne seien noch nicht fertig.")).toEqual(["PER Kowalczyk"]);
  });

  it("tags a company without a legal form", () => {
    expect(names("Das Unternehmen Veltrona hat im vergangenen Jahr 40 neue Stellen geschaffen.")).toEqual(["ORG Veltrona"]);
  });

  it("tells a place from the same word as a surname", () => {
    expect(names("Der Wanderweg führt von Wangen nach Lindau.")).toEqual(["LOC Wangen", "LOC Lindau"]);
    expect(names("Landrätin Maria Lindau eröffnete die Ausstellung im Kreishaus.")).toEqual(["PER Maria Lindau"]);
  });

  it("tags no names in a sentence without any, and never a lower-case word", () => {
    expect(names("Die Sitzung beginnt um 10 Uhr im großen Saal.")).toEqual([]);
    const text = "Bürgermeister Jonas Falkenrath begrüßte die Gäste in Bad Mergentheim und dankte allen.";
    const model = nameModel()!;
    const spans = tagNames(layerOf(text), model);
    expect(spans.map((n) => text.slice(n.start, n.end))).toEqual(["Jonas Falkenrath", "Bad Mergentheim"]);
    for (const n of spans) {
      expect(n.score).toBeGreaterThan(0);
      expect(n.score).toBeLessThan(1);
      expect(/^\p{Lu}/u.test(text.slice(n.start, n.end))).toBe(true);
    }
  });

  it("gives the same spans and scores on every run", () => {
    const text = "Landrätin Maria Lindau und das Unternehmen Veltrona luden nach Lindau ein. Kowalczyk kam auch.";
    const model = nameModel()!;
    const first = JSON.stringify(tagNames(layerOf(text), model));
    for (let k = 0; k < 3; k++) expect(JSON.stringify(tagNames(layerOf(text), model))).toBe(first);
  });
});

describe("the names stage in the pipeline", () => {
  const release = "Der Wanderweg führt von Wangen nach Lindau. Landrätin Maria Lindau eröffnete die Ausstellung. " +
    "Lindau sagte, die Stadt Kernhausen sei Partner.";

  it("adds a place the rules miss, not a surname read as a place", () => {
    const [r] = extract(release);
    const lindau = r!.places.find((p) => p.name === "Lindau");
    expect(lindau?.mentions.map((m) => m.start)).toEqual([release.indexOf("Lindau")]);
    expect(r!.places.map((p) => p.name)).toContain("Kernhausen");
    useNameModel(null);
    const [rulesOnly] = extract(release);
    expect(rulesOnly!.places.map((p) => p.name)).not.toContain("Kernhausen");
  });

  it("tags nothing when the model is turned off", () => {
    useNameModel(null);
    expect(nameModel()).toBeNull();
    const [r] = extract("Die Stadt Kernhausen ist Partner.");
    expect(r!.places.map((p) => p.name)).not.toContain("Kernhausen");
  });
});

describe("scoring through the per-word sums", () => {
  // The reference: every feature row added one by one (as training scores), decoded the same way.
  /** Tags and confidence as tagTokens gives them, from row-by-row scores. */
  function reference(text: string): { tags: number[]; confidence: number[] } {
    const model = nameModel()!;
    const layer = layerOf(text);
    const lex = lexiconView(layer, model.nouns);
    const scores = new Float64Array(TAG_COUNT);
    const tags: number[] = [], confidence: number[] = [];
    let prev = START_TAG, prev2 = START_TAG;
    for (let i = 0; i < layer.count; i++) {
      if (i === 0 || layer.sentence[i] !== layer.sentence[i - 1]) { prev = START_TAG; prev2 = START_TAG; }
      let tag = 0, sure = 1;
      if (!((prev === 0 || prev === START_TAG) && !mayStartName(layer, i))) {
        referenceScores(layer, lex, i, prev, prev2, model, scores);
        tag = bestTag(scores, prev);
        let second = -Infinity;
        for (let t = 0; t < TAG_COUNT; t++) if (t !== tag && allowedAfter(prev, t) && scores[t]! > second) second = scores[t]!;
        const margin = (scores[tag]! - second) * model.scale;
        sure = Math.fround(margin / (margin + 5));
      }
      tags.push(tag);
      confidence.push(sure);
      prev2 = prev; prev = tag;
    }
    return { tags, confidence };
  }
  const tagged = (text: string) => {
    const { tags, confidence } = tagTokens(layerOf(text), nameModel()!);
    return { tags: [...tags], confidence: [...confidence] };
  };
  const texts = [
    "Landrätin Maria Lindau und das Unternehmen Veltrona luden nach Lindau ein. Kowalczyk kam auch.",
    "Die Nikolauskapelle am Marktbrunnen wurde 1807 abgebrochen.\nAm Dienstag sagte Falkenrath: „Wir bauen neu.“",
    "Der Wanderweg führt von Wangen nach Lindau, vorbei an der Kapelle St. Veit und dem Hof Grünbach.",
    // words longer than a cache record holds, one of them twice in a window
    "Die Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft und Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung, Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung Kowalczyk.",
    // the same word in several positions (sentence start, line start, inside) and next to itself
    "Lindau Lindau Lindau.\nLindau sagte Lindau, Lindau Lindau.",
    // two words of one length with the same 32-bit hash (so one cache slot): only their characters tell them apart
    "Der Verein Katsgmee lud Kakutugu ein. Kakutugu sagte, Katsgmee und Kakutugu planen weiter.",
  ];

  it("gives the tags and confidence of the row-by-row sums, whatever the cache held before", () => {
    const model = nameModel()!;
    for (const text of texts) {
      const expected = reference(text);
      expect(tagged(text)).toEqual(expected);
      // other words pass through the cache in between; the same text again gives the same tags
      for (const other of texts) tagTokens(layerOf(other.repeat(3)), model);
      expect(tagged(text)).toEqual(expected);
    }
  });

  it("has a pair of words with the same hash in its texts", () => {
    const layer = layerOf(texts[texts.length - 1]!);
    const hashOf = (w: string) => layer.wordHash[[...Array(layer.count).keys()].find((k) => layer.text.slice(layer.start[k]!, layer.end[k]!) === w)!];
    expect(hashOf("Katsgmee")).toBe(hashOf("Kakutugu"));
  });

  it("gives the same tags with a cache of one or two slots (every word of a window evicts another)", () => {
    const model = nameModel()!;
    try {
      for (const slots of [1, 2, 4]) {
        resizeWordSums(model, slots);
        for (const text of texts) expect(tagged(text)).toEqual(reference(text));
      }
    } finally {
      resizeWordSums(model);
    }
  });

  it("marks common nouns and compounds from the model's noun list", () => {
    const nouns = new WordSet(["Kapelle", "Brunnen", "Rat"].map(nounKey));
    const text = "Die Kapelle und die Nikolauskapelle am Stadtbrunnen, Stadtrat Veltrona und der Rat.";
    const layer = layerOf(text);
    const lex = lexiconView(layer, nouns);
    const word = (w: string) => { const i = [...Array(layer.count).keys()].find((k) => text.slice(layer.start[k]!, layer.end[k]!) === w)!; return { flags: lex.flags[i]!, head: lex.head[i]! }; };
    expect(word("Kapelle").flags & NOUN_FLAG).not.toBe(0);
    expect(word("Rat").flags & NOUN_FLAG).not.toBe(0);
    expect(word("Nikolauskapelle").flags & COMPOUND_FLAG).not.toBe(0);
    expect(word("Nikolauskapelle").head).toBe(nounKey("kapelle"));
    expect(word("Stadtbrunnen").head).toBe(nounKey("Brunnen"));
    expect(word("Stadtrat").head).toBe(nounKey("rat"));
    // a name, and lower-case words, are neither
    expect(word("Veltrona").flags & (NOUN_FLAG | COMPOUND_FLAG)).toBe(0);
    expect(word("Veltrona").head).toBe(0);
    expect(word("und").flags & (NOUN_FLAG | COMPOUND_FLAG)).toBe(0);
  });
});
