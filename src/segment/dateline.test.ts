import { describe, expect, it } from "vitest";
import { findDateline, findReleaseDate } from "./dateline.js";
import { findHeader } from "./header.js";

const body = "Die Verwaltung hat heute einen Bericht vorgelegt, der die Lage der Kommunen im Land beschreibt.";

function dateline(text: string) {
  const h = findHeader(text);
  const d = findDateline(text, h.headerEnd, h.bodyStart);
  return d && { date: d.date, place: d.place, text: text.slice(d.span.start, d.span.end) };
}

describe("findDateline", () => {
  it.each([
    ["04.07.14, Köln\nTitel der Meldung\nKöln - Am 04.07.2014 " + body, { date: "2014-07-04", place: "Köln", text: "04.07.14, Köln" }],
    ["Titel\n\nMagdeburg, den 14.06.2024\n\n" + body, { date: "2024-06-14", place: "Magdeburg", text: "Magdeburg, den 14.06.2024" }],
    ["Titel\n\nKIEL. " + body, { date: null, place: "Kiel", text: "KIEL." }],
    ["Titel\n\nHamburg (pm) – " + body, { date: null, place: "Hamburg", text: "Hamburg (pm) –" }],
    ["Titel\n\n[Osnabrück] " + body, { date: null, place: "Osnabrück", text: "[Osnabrück]" }],
    ["Titel\n\nFrankfurt am Main - " + body, { date: null, place: "Frankfurt am Main", text: "Frankfurt am Main -" }],
    ["Pressemitteilung Nr. 279 vom 25.11.2021 Titel\n\n" + body, { date: "2021-11-25", place: null, text: "Pressemitteilung Nr. 279 vom 25.11.2021" }],
    ["Titel\n\n27.09.2024 | Presseinfo Nr. 53\n\n" + body, { date: "2024-09-27", place: null, text: "27.09.2024" }],
    ["26. April 2024\n\nTitel\n\n" + body, { date: "2024-04-26", place: null, text: "26. April 2024" }],
    ["Titel\n\nDresden, 3. März 2025 – " + body, { date: "2025-03-03", place: "Dresden", text: "Dresden, 3. März 2025 –" }],
    ["Titel\n\nGreifswald, 21.11.2024 – " + body, { date: "2024-11-21", place: "Greifswald", text: "Greifswald, 21.11.2024 –" }],
    ["Titel\n\nWinterthur, 14. Mai 2025. " + body, { date: "2025-05-14", place: "Winterthur", text: "Winterthur, 14. Mai 2025." }],
    ["(pm) Kaiserslautern – " + body, { date: null, place: "Kaiserslautern", text: "(pm) Kaiserslautern –" }],
    ["Titel\n\nGöttingen/Hannover (ots)\n\n" + body, { date: null, place: "Göttingen/Hannover", text: "Göttingen/Hannover (ots)" }],
    ["Titel\n\n05 Feb 2026\n\n" + body, { date: "2026-02-05", place: null, text: "05 Feb 2026" }],
  ])("%j", (text, want) => {
    expect(dateline(text)).toEqual(want);
  });

  it("finds no place in a sentence that starts with an article, a title or a long run of capitals", () => {
    expect(dateline("Titel\n\nDer Kreis - so heißt es - hat entschieden, dass die Verwaltung einen Bericht schreibt.")).toBeNull();
    expect(dateline("Titel\n\nDr. Erika Mustermann hat heute in der Stadt einen Vortrag über die Geschichte der Region gehalten.")).toBeNull();
    expect(dateline("Titel\n\nStaatssekretärin Erika Mustermann - Stadt hat heute einen Vortrag über die Geschichte gehalten.")).toBeNull();
    expect(dateline("Titel\n\n" + body + "\n\nGeschäftsführer Dr. Max Muster - so heißt es - hat heute einen Vortrag über die Geschichte gehalten.")).toBeNull();
  });

  it("rejects impossible dates", () => {
    expect(findReleaseDate("31.02.2024")).toBeNull();
    expect(findReleaseDate("Datum: 11.05.2021")?.date).toBe("2021-05-11");
  });
});

describe("findHeader", () => {
  it("takes a title of several short lines up to the body dateline", () => {
    const text = "04.07.14, Köln\nErste Zeile des Titels:\nzweite Zeile\nKöln - Am 04.07.2014 " + body;
    const h = findHeader(text);
    expect(text.slice(h.title!.start, h.title!.end)).toBe("Erste Zeile des Titels:\nzweite Zeile");
    expect(text.slice(h.bodyStart!, h.bodyStart! + 4)).toBe("Köln");
  });

  it("skips furniture lines before the title", () => {
    const text = "Pressemitteilung: 2024\nMagdeburg, den 14.06.2024\n\nTalente gesucht\n\n" + body;
    const h = findHeader(text);
    expect(text.slice(h.title!.start, h.title!.end)).toBe("Talente gesucht");
  });

  it("gives no title to a release that starts with its body", () => {
    expect(findHeader(body + " " + body).title).toBeNull();
  });
});
