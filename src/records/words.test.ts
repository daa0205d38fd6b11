import { describe, expect, it } from "vitest";
import { lowerCode } from "../tokens/chars.js";
import "./index.js"; // every cue of the records stage registers its words
import { EXOTIC_CHARS, registeredWords, SpanTest, TextScan, WordIndex } from "./words.js";

const TEXT = [
  "Talheim, 4. März 2025 – Der Kreistag hat am Montag den Beschluss gefasst: Das Modellprojekt „Brücken bauen“ wird vom Land gefördert.",
  "Am 12. Mai trafen sich Vertreter der Stadt zum Fachgespräch; eingeladen hatte die Stiftung Morgenrot (Talheim).",
  "Die Kundgebung fand nicht statt. Zur Lesung lädt der Verein am Freitag ein. »Wir freuen uns«, sagte sie. Kontakt: info@talheim.example, Tel. 01234 5678",
  "Beschlossen wurde auch, dass das Vorhaben in Kooperation mit der Hochschule umgesetzt wird; die TAGUNG beginnt um 9 Uhr.",
].join("\n");

function globalMatches(re: RegExp, s: string): [number, string][] {
  const g = new RegExp(re.source, re.flags.replace(/[gy]/g, "") + "g");
  return [...s.matchAll(g)].map((m) => [m.index, m[0]]);
}

const SCANS = [
  /\b(?:Beschluss|beschlossen|gefasst)\b/gu,
  /(?<![\p{L}])(?:trafen|treffen)\s+sich(?![\p{L}])/giu,
  /tagung|gespräch|kundgebung|tag/gi,
  /„[^„“”]{1,200}[“”"]|»[^»«]{1,200}«/gu,
  /\(([^()\n]{2,80})\)/gu,
  /(?:aus\s+)?Mitteln?/gu, // no leading word: a plain scan
];

describe("WordIndex scans", () => {
  it("find exactly what a global scan of the whole text finds", () => {
    const scans = SCANS.map((re) => new TextScan(re));
    const index = new WordIndex(TEXT);
    expect(index.exotic).toBe(false);
    SCANS.forEach((re, k) => expect(index.all(scans[k]!).map((m) => [m.index, m[0]]), re.source).toEqual(globalMatches(re, TEXT)));
  });

  it("scan the whole text for a regex whose words were registered after the index was built", () => {
    const index = new WordIndex(TEXT);
    const re = /\b(?:Hochschule|Stiftung)\b/gu;
    expect(index.all(new TextScan(re)).map((m) => [m.index, m[0]])).toEqual(globalMatches(re, TEXT));
    expect(index.mayHold(new SpanTest(/Morgenrot/u).need, index.wordsIn(0, 5))).toBe(true);
  });

  it("find exactly what a global scan of a slice finds, for every sentence-sized window", () => {
    const index = new WordIndex(TEXT);
    for (const re of SCANS) {
      const scan = new TextScan(re);
      for (let from = 0; from < TEXT.length; from += 17) {
        const to = Math.min(TEXT.length, from + 90);
        const slice = TEXT.slice(from, to);
        expect(index.allIn(scan, slice, from, to).map((m) => [m.index, m[0]]), `${re.source} @${from}`).toEqual(globalMatches(re, slice));
      }
    }
  });

  it("find the leftmost match of a slice as exec on the slice does", () => {
    const scans = SCANS.map((re) => new TextScan(re));
    const index = new WordIndex(TEXT);
    SCANS.forEach((re, k) => {
      const plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ""));
      for (let from = 0; from < TEXT.length; from += 13) {
        const to = Math.min(TEXT.length, from + 70);
        const slice = TEXT.slice(from, to);
        const m = index.firstIn(scans[k]!, slice, from, to);
        const want = plain.exec(slice);
        expect(m && [m.index, m[0]], `${re.source} @${from}`).toEqual(want && [want.index, want[0]]);
      }
    });
  });

  it("follow case folding in a text with a long s (ſ), where lower-casing would miss", () => {
    const text = TEXT.replace("Beschluss", "Beſchluss").replace("trafen sich", "trafen ſich");
    const index = new WordIndex(text);
    expect(index.exotic).toBe(true);
    for (const re of SCANS) {
      const scan = new TextScan(re);
      expect(index.all(scan).map((m) => [m.index, m[0]])).toEqual(globalMatches(re, text));
    }
    // The Kelvin sign lower-cases to k: no exotic release.
    expect(new WordIndex(TEXT.replace("Kundgebung", "\u212Aundgebung")).exotic).toBe(false);
  });
});

describe("WordIndex filters", () => {
  const TESTS = [
    /\b(?:Tel|Telefon|Fax|Mobil)\b\.?:?\s*[+(\d]|\bE-?Mail\b|[\w.-]@[\w-]+\.\w/iu,
    /,\s*(?:den|die|das|dem)\s+(?:der|die|das)\s+/u,
    /\bnicht\b/u,
    /\bin\s+Kooperation\s+mit\b/iu,
    /\b(?:am|vom)\s+(?:\p{L}+,?\s+)?\d{1,2}\.\s*(?:März|Mai\b|\d{1,2}\.)/iu,
    /im\s+Rahmen\s+(?:des|der)\s+[^.]{0,40}$/u,
  ];

  it("never turn away a stretch that holds a match, and turn away stretches without the needed words", () => {
    const index = new WordIndex(TEXT);
    let turnedAway = 0;
    for (const re of TESTS) {
      const t = new SpanTest(re);
      for (let from = 0; from < TEXT.length; from += 7) {
        for (const len of [12, 40, 120]) {
          const to = Math.min(TEXT.length, from + len);
          const holds = t.re.test(TEXT.slice(from, to));
          const may = index.mayHold(t.need, index.wordsIn(from, to));
          if (holds) expect(may, `${re.source} @${from}+${len}`).toBe(true);
          if (!may) turnedAway++;
        }
      }
    }
    expect(turnedAway).toBeGreaterThan(500);
  });

  it("reads the words a stretch holds, not those that only overlap it", () => {
    const text = "Die Tagung in Talheim";
    const index = new WordIndex(text);
    const need = new SpanTest(/Tagung/u).need;
    expect(index.mayHold(need, index.wordsIn(0, text.length))).toBe(true);
    expect(index.mayHold(need, index.wordsIn(5, text.length))).toBe(false);
    expect(index.mayHold(need, index.wordsIn(0, 9))).toBe(false);
  });

  it("finds every occurrence of every registered word, overlapping ones too (the automaton against indexOf)", () => {
    const words = registeredWords();
    // Words run into each other ("sitzungstreffen") and stand in mixed case, so suffixes, prefixes and
    // words inside words all occur; the automaton must report each where indexOf finds it.
    const text = words.map((w, i) => (i % 3 === 0 ? w.toUpperCase() : w) + (i % 2 ? " " : "")).join("");
    const lower = text.toLowerCase();
    const index = new WordIndex(text);
    expect(index.exotic).toBe(false);
    let checked = 0;
    for (let from = 0; from < text.length; from += 37) {
      const to = Math.min(text.length, from + 61);
      const bits = index.wordsIn(from, to);
      words.forEach((w, id) => {
        const at = lower.indexOf(w, from);
        const inside = at >= 0 && at + w.length <= to;
        expect([w, from, (bits[id >> 5]! >>> (id & 31)) & 1]).toEqual([w, from, inside ? 1 : 0]);
        checked += inside ? 1 : 0;
      });
    }
    expect(checked).toBeGreaterThan(words.length);
  });
});

describe("EXOTIC_CHARS", () => {
  it("holds every character that case-insensitive matching takes for a letter of a registered word while lower-casing does not", () => {
    const letters = new Set<string>();
    for (const w of registeredWords()) for (const ch of w) if (/\p{L}/u.test(ch)) (letters.add(ch), letters.add(ch.toUpperCase()));
    expect(letters.size).toBeGreaterThan(20);
    const found = new Set<number>();
    for (const d of letters) {
      const want = lowerCode(d.toLowerCase().charCodeAt(0));
      for (const flags of ["i", "iu"]) {
        const re = new RegExp(`^${d}$`, flags);
        for (let c = 0; c < 0xd800; c++) if (lowerCode(c) !== want && re.test(String.fromCharCode(c))) found.add(c);
        for (let c = 0xe000; c < 0x10000; c++) if (lowerCode(c) !== want && re.test(String.fromCharCode(c))) found.add(c);
      }
    }
    expect([...found].sort((a, b) => a - b)).toEqual([...EXOTIC_CHARS]);
  });
});
