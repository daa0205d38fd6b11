import { describe, expect, it } from "vitest";
import type { Organisation } from "../../schema/release.js";
import type { ExtractorInput } from "../context.js";
import type { NameSpan } from "../../tagger/tag.js";
import { layerOf } from "../../tagger/train.js";
import { mergeTaggedOrganisations, TAGGED_ORGANISATION_POLICY } from "./tagger-candidates.js";

/** The text's token layer and tagged ORG spans [surface, search from, score]. */
function input(text: string, spans: [string, number, number][]): ExtractorInput {
  const tokens = layerOf(text);
  const names: NameSpan[] = spans.map(([surface, from, score]) => {
    const start = text.indexOf(surface, from);
    let a = 0;
    while (tokens.start[a]! < start) a++;
    let b = a;
    while (b < tokens.count && tokens.end[b]! <= start + surface.length) b++;
    return { type: "ORG", start, end: start + surface.length, fromToken: a, toToken: b, score };
  });
  return { text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null, tokens, names };
}

describe("mergeTaggedOrganisations", () => {
  it("takes a name of several words the tagger is sure of, once per name, with its mentions", () => {
    const text = "Die Firma Helmsdorf Logistik liefert seit Mai. Helmsdorf Logistik wächst.";
    const out = mergeTaggedOrganisations(input(text, [["Helmsdorf Logistik", 0, 0.95], ["Helmsdorf Logistik", 30, 0.85]]), []);
    expect(out).toEqual([{
      name: "Helmsdorf Logistik", abbreviation: null,
      mentions: [{ text: "Helmsdorf Logistik", start: 10, end: 28 }, { text: "Helmsdorf Logistik", start: 47, end: 65 }],
    }]);
  });

  it("leaves out one-word spans, spans below score 0.8 and spans over a rule mention", () => {
    const text = "Das Programm QUADRA und die Brenner Werke sowie der Verein Talblick Nord e.V. tagten.";
    const rules: Organisation[] = [{ name: "Verein Talblick Nord e.V.", abbreviation: null, mentions: [{ text: "Verein Talblick Nord e.V.", start: 52, end: 77 }] }];
    const out = mergeTaggedOrganisations(input(text, [["QUADRA", 0, 0.99], ["Brenner Werke", 0, 0.75], ["Talblick Nord", 0, 0.99]]), rules);
    expect(out.map((o) => o.name)).toEqual(["Verein Talblick Nord e.V."]);
    expect(out[0]!.mentions).toHaveLength(1);
    // the same spans with a looser policy
    const loose = { ...TAGGED_ORGANISATION_POLICY, minScore: 0.5, minWords: 1 };
    expect(mergeTaggedOrganisations(input(text, [["QUADRA", 0, 0.99], ["Brenner Werke", 0, 0.75]]), [], loose).map((o) => o.name)).toEqual(["QUADRA", "Brenner Werke"]);
  });

  it("leaves out a span cut off by a hyphen or the end of the text", () => {
    const text = "Die Sächsischen Kultus- und Sozialbehörden sowie das Amt der Oberen Wasser";
    const out = mergeTaggedOrganisations(input(text, [["Sächsischen Kultus", 0, 0.95], ["Oberen Wasser", 0, 0.95]]), []);
    expect(out).toEqual([]);
  });

  it("names a span ending in a head noun in the nominative", () => {
    const text = "Der Vorschlag des Nordhessischen Städtebundes fand Zustimmung.";
    const out = mergeTaggedOrganisations(input(text, [["Nordhessischen Städtebundes", 0, 0.9]]), []);
    expect(out.map((o) => [o.name, o.mentions[0]!.text])).toEqual([["Nordhessischer Städtebund", "Nordhessischen Städtebundes"]]);
  });

  it("takes nothing when off", () => {
    const text = "Die Firma Helmsdorf Logistik liefert.";
    expect(mergeTaggedOrganisations(input(text, [["Helmsdorf Logistik", 0, 0.95]]), [], { ...TAGGED_ORGANISATION_POLICY, enabled: false })).toEqual([]);
  });
});
