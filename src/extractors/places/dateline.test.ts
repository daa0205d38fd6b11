import { describe, expect, it } from "vitest";
import type { Place } from "../../schema/release.js";
import { addDatelinePlace } from "./dateline.js";

function input(text: string, place: string) {
  const start = text.indexOf(place);
  return { text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null, datelinePlace: { start, end: start + place.length } };
}

describe("the dateline's place", () => {
  it("adds an unknown town as written, and an all-capitals one with only its first letters capital", () => {
    const a = "Sonnfeld, den 14.01.2026 – Die Klinik hat eröffnet.";
    expect(addDatelinePlace(input(a, "Sonnfeld"), [])).toEqual([
      { name: "Sonnfeld", type: "other", state: null, mentions: [{ text: "Sonnfeld", start: 0, end: 8 }] },
    ]);
    const b = "BAD SONNFELD-NORD. Die Klinik hat eröffnet.";
    expect(addDatelinePlace(input(b, "BAD SONNFELD-NORD"), []).map((p) => p.name)).toEqual(["Bad Sonnfeld-Nord"]);
  });

  it("takes a gazetteer form's entry, each part of 'A/B' on its own, and keeps places already there", () => {
    const t = "Köln/Sonnfeld, 3. März 2025 – Die Klinik hat eröffnet.";
    const known: Place = { name: "Sonnfeld", type: "other", state: null, mentions: [{ text: "Sonnfeld", start: 5, end: 13 }] };
    const out = addDatelinePlace(input(t, "Köln/Sonnfeld"), [known]);
    expect(out.map((p) => [p.name, p.type, p.mentions.map((m) => m.start)])).toEqual([["Köln", "municipality", [0]], ["Sonnfeld", "other", [5]]]);
  });

  it("adds no word naming the kind of text, no short capitals the tables lack (an agency), and nothing without a dateline place", () => {
    const t = "Pressemitteilung. Die Klinik hat eröffnet.";
    expect(addDatelinePlace(input(t, "Pressemitteilung"), [])).toEqual([]);
    const agency = "KNA – Die Klinik hat eröffnet.";
    expect(addDatelinePlace(input(agency, "KNA"), [])).toEqual([]);
    expect(addDatelinePlace({ ...input(t, "Pressemitteilung"), datelinePlace: null }, [])).toEqual([]);
  });
});
