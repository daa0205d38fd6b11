import { describe, expect, it } from "vitest";
import { hyphenationSpans } from "./dehyphenate.js";
import { deleteSpans, identityView, sourceEnd, sourceStart } from "./view.js";

const repaired = (text: string) => deleteSpans(identityView(text), hyphenationSpans(text)).text;

describe("hyphenationSpans", () => {
  it("repairs hyphenation at and without a line break", () => {
    expect(repaired("aus Migran-tenorganisationen in NRW")).toBe("aus Migrantenorganisationen in NRW");
    expect(repaired("die Arbeits-\nmarktintegration")).toBe("die Arbeitsmarktintegration");
  });

  it("keeps real hyphens: compounds with capitals, loans, suspended hyphens, names", () => {
    for (const s of ["Rhein-Kreis Neuss", "das Know-how", "ein Check-in", "Berufs- und Ausbildung", "Müller-Bozkurt", "E-Mail", "deutsch-französische Freundschaft", "Kick-off"]) {
      expect(repaired(s)).toBe(s);
    }
  });

  it("maps repaired text back to the source", () => {
    const source = "aus Migran-tenorganisationen in NRW";
    const view = deleteSpans(identityView(source), hyphenationSpans(source));
    const start = view.text.indexOf("Migranten");
    const end = start + "Migrantenorganisationen".length;
    expect(source.slice(sourceStart(view, start), sourceEnd(view, end))).toBe("Migran-tenorganisationen");
  });
});
