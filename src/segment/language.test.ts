import { describe, expect, it } from "vitest";
import { countFunctionWords, detectLanguage, GERMAN_FUNCTION_WORDS } from "./language.js";
import { seed } from "../../test/helpers.js";

describe("detectLanguage", () => {
  it("reads every seed as German", () => {
    for (const n of [0, 1, 2, 3, 4]) expect(detectLanguage(seed(n))).toEqual({ code: "deu", german: true });
  });

  it("reads a short German news sentence as German", () => {
    expect(detectLanguage("Der Bürgermeister eröffnete am Montag die neue Schule in der Stadt.").german).toBe(true);
  });

  it("reads short German sentences as German where franc's trigrams name another language", () => {
    for (const text of ["In Lindenau gibt es viele Projekte.", "Projekte gibt es in Lindenau.", "Der Mittelwert war zwölf Prozent.",
      "Wir wohnen seit Jahren in Lindenau."]) {
      expect(detectLanguage(text), text).toEqual({ code: "deu", german: true });
    }
  });

  it("does not take a short English, Spanish or Italian sentence for German", () => {
    expect(detectLanguage("The project in Lindenau is in good shape.").german).toBe(false);
    expect(detectLanguage("El proyecto es muy importante para la ciudad.").german).toBe(false);
    expect(detectLanguage("Il progetto è stato presentato ieri in città.").german).toBe(false);
  });

  it("does not take English or French text for German", () => {
    const en = "The city council approved the new budget on Monday after a long debate about schools, roads and housing for the coming years.";
    const fr = "Le conseil municipal a approuvé lundi le nouveau budget après un long débat sur les écoles, les routes et le logement.";
    expect(detectLanguage(en)).toEqual({ code: "eng", german: false });
    expect(detectLanguage(fr).german).toBe(false);
  });

  it("reads German prose after a list of names and figures as German", () => {
    const list = Array.from({ length: 40 }, (_, i) => `Teilnehmerin ${i + 1}: Mara Kowalczyk-Brandt, Lindenhof ${10 + i}`).join("\n");
    const prose = " Die Gemeinde hat die Liste mit den Namen der Teilnehmer am Freitag veröffentlicht. Die Sitzung des Rates wird im Rathaus stattfinden, und die Bürger sind zu der Beratung eingeladen. Es wird auch über den Haushalt für das kommende Jahr gesprochen.".repeat(6);
    expect(detectLanguage(list.slice(0, 780) + prose)).toEqual({ code: "deu", german: true });
  });

  it("says undetermined for too little text", () => {
    expect(detectLanguage("12 34 !!")).toEqual({ code: "und", german: false });
  });
});

describe("countFunctionWords", () => {
  /** What the counts stand for, spelled with strings and regexes. */
  function reference(text: string): { head: { words: number; german: number }; all: { words: number; german: number } } {
    const sample = text.slice(0, 4096).replace(/\s+/g, " ").trim().slice(0, 2048);
    const count = (s: string) => {
      const words = s.toLowerCase().match(/[a-zäöüß]+/g) ?? [];
      return { words: words.length, german: words.filter((w) => FUNCTION_WORDS.has(w)).length };
    };
    return { head: count(sample.slice(0, 800)), all: count(sample) };
  }
  const FUNCTION_WORDS = new Set(GERMAN_FUNCTION_WORDS);

  it("counts what the lower-cased sample's words hold, without building it", () => {
    const pieces = ["der", "Die", "UND", "werden", "einem", "über", "ÜBER", "İm", "\u212Aind", "GROẞ", "Straße", "city", "12", ",", "-",
      "\u00a0", "\n", "  ", "\t\n ", "x".repeat(40), "ſ", "😀", "Zuständigkeiten"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let text = "";
      const length = Math.floor(next() * 900);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)]! + (next() < 0.7 ? " " : "");
      expect(countFunctionWords(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });
});
