// Shapes that used to cost quadratic time in this extractor: they must give the
// same answers as short inputs (speed itself is measured by `npm run bench`).
import { describe, expect, it } from "vitest";
import type { Place } from "../../schema/release.js";
import { extractPlaces } from "./index.js";

const run = (text: string): Place[] =>
  extractPlaces({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null });
const names = (text: string) => run(text).map((p) => p.name);

describe("places on long and repetitive input", () => {
  it("accepts a list from a cue at its end, however long the list", () => {
    // The last town stands alone on its line (a cue); the list before it follows.
    expect(names("Die Tour führt durch Plön, Preetz, Eutin,\nLütjenburg\nund endet dort.")).toEqual(["Plön", "Preetz", "Eutin", "Lütjenburg"]);
    const long = "Die Tour führt durch " + "Plön, Preetz, ".repeat(400) + "Eutin,\nLütjenburg\nund endet dort.";
    const plön = run(long).find((p) => p.name === "Plön");
    expect(plön?.mentions).toHaveLength(400);
    // Without the cue nothing in the list counts.
    expect(names("Die Tour führt durch Plön, Preetz, Eutin, Lütjenburg und endet dort.")).toEqual([]);
  });

  it("records each mention of a repeated place once, in text order", () => {
    const text = "Treffen in Berlin. ".repeat(2000);
    const berlin = run(text).find((p) => p.name === "Berlin");
    expect(berlin?.mentions).toHaveLength(2000);
    expect(berlin?.mentions[1999]).toEqual({ text: "Berlin", start: 19 * 1999 + 11, end: 19 * 1999 + 17 });
  });

  it("reads a long hyphen chain as no place, and the places after it as usual", () => {
    const text = "Der " + "A-".repeat(3000) + "B sowie Dresden-Chemnitz.";
    const places = run(text);
    expect(places.map((p) => p.name)).toEqual(["Dresden", "Chemnitz"]);
    expect(text.slice(places[0]!.mentions[0]!.start, places[0]!.mentions[0]!.end)).toBe("Dresden");
  });

  it("keeps line cues (postcode, a place alone on its line) after a very long line", () => {
    expect(names("Kontakt: " + "x ".repeat(5000) + "24306 Plön")).toEqual(["Plön"]);
    expect(names("x ".repeat(5000) + "\nPlön\n")).toEqual(["Plön"]);
    // Far into a long line, a small town without a cue stays out.
    expect(names("x ".repeat(5000) + "Plön liegt am See")).toEqual([]);
  });
});
