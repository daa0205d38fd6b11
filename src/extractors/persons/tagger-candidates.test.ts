import { describe, expect, it } from "vitest";
import type { Person } from "../../schema/release.js";
import type { ExtractorInput } from "../context.js";
import type { NameSpan } from "../../tagger/tag.js";
import { layerOf } from "../../tagger/train.js";
import { mergeTaggedPersons, TAGGED_PERSON_POLICY } from "./tagger-candidates.js";

function input(text: string, spans: [string, string, number][]): ExtractorInput {
  const tokens = layerOf(text);
  const names: NameSpan[] = spans.map(([type, surface, from]) => {
    const start = text.indexOf(surface, from);
    let a = 0;
    while (tokens.start[a]! < start) a++;
    let b = a;
    while (b < tokens.count && tokens.end[b]! <= start + surface.length) b++;
    return { type: type as NameSpan["type"], start, end: start + surface.length, fromToken: a, toToken: b, score: 0.9 };
  });
  return { text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null, tokens, names };
}
const person = (text: string, name: string, family: string): Person => {
  const start = text.indexOf(name);
  return { name, title: null, honorific: null, givenName: name.split(" ")[0]!, familyName: family, roles: [], mentions: [{ text: name, start, end: start + name.length }] };
};

describe("mergeTaggedPersons", () => {
  const text = "Petra Kowalczyk eröffnete die Sitzung. Danach sprach Kowalczyk über den Haushalt, Brandtner schwieg.";

  it("links a tagged lone surname to the person of the release with that family name", () => {
    const out = mergeTaggedPersons(input(text, [["PER", "Kowalczyk", 20]]), [person(text, "Petra Kowalczyk", "Kowalczyk")]);
    expect(out).toHaveLength(1);
    expect(out[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Petra Kowalczyk", "Kowalczyk"]);
  });

  it("creates no new person under the shipped policy, and one when the policy allows it", () => {
    const rules = () => [person(text, "Petra Kowalczyk", "Kowalczyk")];
    expect(mergeTaggedPersons(input(text, [["PER", "Brandtner", 0]]), rules()).map((p) => p.name)).toEqual(["Petra Kowalczyk"]);
    const open = { ...TAGGED_PERSON_POLICY, newPersons: true };
    const out = mergeTaggedPersons(input(text, [["PER", "Brandtner", 0]]), rules(), open);
    expect(out.map((p) => p.name)).toEqual(["Petra Kowalczyk", "Brandtner"]);
    expect(out[1]!.familyName).toBe("Brandtner");
  });

  it("leaves spans over a rule mention alone", () => {
    const out = mergeTaggedPersons(input(text, [["PER", "Petra Kowalczyk", 0]]), [person(text, "Petra Kowalczyk", "Kowalczyk")]);
    expect(out[0]!.mentions).toHaveLength(1);
  });

  it("with new lone names allowed: takes one word, not several, nor a word glued to another, after St. or in quotes", () => {
    const open = { ...TAGGED_PERSON_POLICY, newPersons: true, newLoneOnly: true };
    const t = "Stadtinfo_Veltrona: Gestern sprach Brandtner mit Jonas Falkenrath in St. Ansbert über die Schule „Wilma“ .";
    const spans: [string, string, number][] = [["PER", "Veltrona", 0], ["PER", "Brandtner", 0], ["PER", "Jonas Falkenrath", 0], ["PER", "Ansbert", 0], ["PER", "Wilma", 0]];
    const out = mergeTaggedPersons(input(t, spans), [], open);
    expect(out.map((p) => [p.name, p.mentions[0]!.start])).toEqual([["Brandtner", t.indexOf("Brandtner")]]);
    // the shipped policy takes none of them
    expect(mergeTaggedPersons(input(t, spans), [])).toEqual([]);
  });
});
