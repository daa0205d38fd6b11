import { describe, expect, it } from "vitest";
import { caseSpelled, lowerCasePattern, spelledCase } from "./case-spelled.js";

describe("caseSpelled", () => {
  it("spells letters outside and inside classes, and leaves escapes, quantifiers and groups alone", () => {
    expect(caseSpelled("Fotos?\\s*\\(c\\)")).toBe("[Ff][Oo][Tt][Oo][Ss]?\\s*\\([Cc]\\)");
    expect(caseSpelled("[^\\S\\n]{0,60}(?:ab|Ä)\\b")).toBe("[^\\S\\n]{0,60}(?:[Aa][Bb]|[Ää])\\b");
    expect(caseSpelled("[xß\\u00C0-]")).toBe("[Xxß\\u00C0-]");
  });

  it("refuses what it cannot spell exactly", () => {
    expect(() => caseSpelled("(?<name>a)")).toThrow();
    expect(() => caseSpelled("[a-z]")).toThrow();
    expect(() => caseSpelled("[\\u00C0-\\u00D6]")).toThrow();
    expect(() => caseSpelled("é")).toThrow();
    expect(() => caseSpelled("\\p{L}")).toThrow();
  });

  it("matches what the i flag matches, also on look-alike letters", () => {
    const patterns = [
      /^\s*(?:©|\(c\)|@|Copyright\b).{0,80}$|^.{0,80}\bAlle Rechte vorbehalten\b.{0,40}$/im,
      /^\s*(?:Geschrieben|Veröffentlicht|Erstellt)\s+(?:am|von|in)\b[^\d\n]{0,160}$/i,
      /(?:\.\.\.|…)\s*(?:(?:\]|weiterlesen|mehr)\s*)?$/i,
      /\((?:Fotos?|Bild(?:er)?|Grafik)\s*:[^()\n]{1,80}\)|^[^\S\n]*(?:Bildquelle|Symbolfoto)[^\S\n]*(?::|©)[^\n\r]{0,160}$/gim,
      /^[\s•·|›»>*\-–]*(?:zurück|gebärdensprache|menü)[\s.…:!»›>]*$/i,
    ];
    const pieces = ["Foto", "FOTO", "foto", "ſ", "\u212A", "İ", "ı", "ä", "Ä", "ö", "Ü", "ß", "ẞ", "µ", "Bild", "BILDER", "er", ":", "(", ")",
      " ", "\n", "©", "(c)", "(C)", "alle rechte VORBEHALTEN", "Copyright", "COPYRIGHT", "...", "…", "weiterlesen", "WEITERLESEN", "mehr",
      "zurück", "ZURÜCK", "GEBÄRDENSPRACHE", "Menü", "MENÜ", "x", "1", "veröffentlicht", "VERÖFFENTLICHT", "am", "AM", "Symbolfoto", "bildquelle"];
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 4000; n++) {
      let text = "";
      const length = 1 + Math.floor(next() * 14);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)]! + (next() < 0.5 ? " " : "");
      for (const re of patterns) {
        const spelled = spelledCase(re);
        expect([...text.matchAll(new RegExp(spelled.source, spelled.flags.replace("g", "") + "g"))].map((m) => [m.index, m[0]]), `${re} on ${JSON.stringify(text)}`)
          .toEqual([...text.matchAll(new RegExp(re.source, re.flags.replace("g", "") + "g"))].map((m) => [m.index, m[0]]));
      }
    }
  });
});

describe("lowerCasePattern", () => {
  it("finds a word where the lower-cased text contains it", () => {
    const words = ["spenden sie", "banküberweisung", "cookie", "datenschutzerklärung", "förderabo", "groß", "zählt"];
    const pieces = ["SPENDEN", "Sie", "sie", " ", "BAN", "\u212A", "K", "Ü", "ü", "berweisung", "COOKIE", "cooki", "E", "ſ", "Datenschutzerkl",
      "Ä", "rung", "FÖRDERABO", "GRO", "ẞ", "ß", "z", "Z", "ählt", "x"];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 5000; n++) {
      let text = "";
      const length = 1 + Math.floor(next() * 10);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)]!;
      for (const w of words) expect(new RegExp(lowerCasePattern(w)).test(text), `${w} in ${JSON.stringify(text)}`).toBe(text.toLowerCase().includes(w));
    }
  });
});
