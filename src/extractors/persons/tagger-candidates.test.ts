import { describe, expect, it } from "vitest";
import type { Person } from "../../schema/release.js";
import type { ExtractorInput } from "../context.js";
import type { NameSpan } from "../../tagger/tag.js";
import { layerOf } from "../../tagger/train.js";
import { mergeTaggedPersons, TAGGED_PERSON_POLICY } from "./tagger-candidates.js";

function input(text: string, spans: [string, string, number, number?][]): ExtractorInput {
  const tokens = layerOf(text);
  const names: NameSpan[] = spans.map(([type, surface, from, score = 0.9]) => {
    const start = text.indexOf(surface, from);
    let a = 0;
    while (tokens.start[a]! < start) a++;
    let b = a;
    while (b < tokens.count && tokens.end[b]! <= start + surface.length) b++;
    return { type: type as NameSpan["type"], start, end: start + surface.length, fromToken: a, toToken: b, score };
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

  it("makes a lone name the tagger is sure of a new person, and later mentions of it one person", () => {
    const rules = () => [person(text, "Petra Kowalczyk", "Kowalczyk")];
    const out = mergeTaggedPersons(input(text, [["PER", "Brandtner", 0]]), rules());
    expect(out.map((p) => p.name)).toEqual(["Petra Kowalczyk", "Brandtner"]);
    expect(out[1]!.familyName).toBe("Brandtner");
    expect(out[1]!.givenName).toBeNull();
    expect(out[1]!.mentions).toEqual([{ text: "Brandtner", start: text.indexOf("Brandtner"), end: text.indexOf("Brandtner") + 9 }]);
    const twice = "Brandtner kam spät. Später sagte Brandtner nichts mehr.";
    const both = mergeTaggedPersons(input(twice, [["PER", "Brandtner", 0], ["PER", "Brandtner", 5]]), []);
    expect(both.map((p) => [p.name, p.mentions.map((m) => m.start)])).toEqual([["Brandtner", [0, twice.lastIndexOf("Brandtner")]]]);
  });

  it("takes no new lone name below score 0.7, none when the policy forbids new persons", () => {
    const rules = () => [person(text, "Petra Kowalczyk", "Kowalczyk")];
    expect(mergeTaggedPersons(input(text, [["PER", "Brandtner", 0, 0.65]]), rules()).map((p) => p.name)).toEqual(["Petra Kowalczyk"]);
    const closed = { ...TAGGED_PERSON_POLICY, newPersons: false };
    expect(mergeTaggedPersons(input(text, [["PER", "Brandtner", 0]]), rules(), closed).map((p) => p.name)).toEqual(["Petra Kowalczyk"]);
    // a link needs no score
    const linked = mergeTaggedPersons(input(text, [["PER", "Kowalczyk", 20, 0.1]]), rules());
    expect(linked[0]!.mentions).toHaveLength(2);
  });

  it("takes no form of address, title, role noun, institution, month or abbreviation as a new person", () => {
    const t = "Im Juli dankte Herrn Brandtner die Geschäftsführerin Dr. Falk vom Landratsamt und der Kreisverwaltung Abt. Nord.";
    const spans: [string, string, number][] = [["PER", "Juli", 0], ["PER", "Herrn", 0], ["PER", "Geschäftsführerin", 0], ["PER", "Dr.", 0], ["PER", "Landratsamt", 0], ["PER", "Abt.", 0]];
    expect(mergeTaggedPersons(input(t, spans), [])).toEqual([]);
    // the same sentence's surname is taken
    expect(mergeTaggedPersons(input(t, [...spans, ["PER", "Brandtner", 0]]), []).map((p) => p.name)).toEqual(["Brandtner"]);
  });

  it("leaves spans over a rule mention alone", () => {
    const out = mergeTaggedPersons(input(text, [["PER", "Petra Kowalczyk", 0]]), [person(text, "Petra Kowalczyk", "Kowalczyk")]);
    expect(out[0]!.mentions).toHaveLength(1);
  });

  it("new lone names: takes one word, not several, nor a word glued to another, after St. or in quotes", () => {
    const open = { ...TAGGED_PERSON_POLICY, newPersons: true, newLoneOnly: true };
    const t = "Stadtinfo_Veltrona: Gestern sprach Brandtner mit Jonas Falkenrath in St. Ansbert über die Schule „Wilma“ .";
    const spans: [string, string, number][] = [["PER", "Veltrona", 0], ["PER", "Brandtner", 0], ["PER", "Jonas Falkenrath", 0], ["PER", "Ansbert", 0], ["PER", "Wilma", 0]];
    const out = mergeTaggedPersons(input(t, spans), [], open);
    expect(out.map((p) => [p.name, p.mentions[0]!.start])).toEqual([["Brandtner", t.indexOf("Brandtner")]]);
    // so does the shipped policy
    expect(mergeTaggedPersons(input(t, spans), []).map((p) => p.name)).toEqual(["Brandtner"]);
  });
});
