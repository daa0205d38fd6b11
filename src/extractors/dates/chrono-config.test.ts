import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { ParsingResult } from "chrono-node";
import { describe, expect, it } from "vitest";
import { createDateChrono, parseDates, parseDatesByScan, rawDates } from "./chrono-config.js";
import { CueScanner, expandWords, timeWindows } from "./cues.js";
import { implausibleTimeRefiner } from "./refiners.js";

const chrono = createDateChrono();
const REF = new Date(2024, 2, 15, 12);

function describeResult(r: ParsingResult): string {
  const part = (c: ParsingResult["start"] | null | undefined) =>
    c ? `${JSON.stringify((c as unknown as { knownValues: object }).knownValues)}${[...c.tags()].sort().join(",")}` : "-";
  return `${r.index}|${r.text}|${part(r.start)}|${part(r.end)}|${[...r.tags()].sort().join(",")}`;
}

/** Raw results as the `implausibleTime` refiner leaves them: the clock times the cue executor skips are gone there. */
function plausibleRaw(results: ParsingResult[], text: string): string[] {
  const context = { text } as never;
  return implausibleTimeRefiner.refine(context, results).map(describeResult);
}

/** Both executors give the same results on `text`. */
function expectSameAsFullScan(text: string): void {
  const byCues = parseDates(chrono, text, REF).map(describeResult);
  const byScan = parseDatesByScan(chrono, text, REF).map(describeResult);
  expect(byCues, text).toEqual(byScan);
  expect(plausibleRaw(rawDates(chrono, text, REF), text), text).toEqual(plausibleRaw(parseDatesByScan(chrono, text, REF, false), text));
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces of date and time expressions (and of their look-alikes) for random texts.
const PIECES = [
  "am", "Am", "AM", "den", "vom", "bis", "von", "um", "Um", "UM", "ab", "gegen", "zum", "seit", "im", "Jahr", "Jahres", "Jahren",
  "Uhr", "uhr", "UHR", "Uhrzeit", "Datum", "Termin", "März", "Mai", "Sept.", "Juni", "Jan", "August", "Dezember",
  "12.", "1.", "31.", "3", "18", "9", "24", "30", "00", "2024", "1999", "2030", "0930", "2024-05-01", "12.05.", "12.05.2024",
  "17./18.", "09/2020", "18.30", "9:30", "14:00:00", "8h30", "20er", "1990er", "19.", "Jahrhunderts", "v.", "Chr.", "KW", "Q3",
  "ersten", "Halbjahr", "Quartal", "kommenden", "vergangenen", "nächsten", "Woche", "Monat", "Tagen", "Tag", "heute", "gestern",
  "morgen", "Morgen", "abends", "nachts", "Montag", "Mittwoch", "selben", "folgenden", "Vorjahr", "Anfang", "Ende", "Mitte",
  "Herbst", "Sommer", "zwei", "ein", "halbes", "maximal", "rund", "einjährige", "Laufzeit", "zweitägige", "vor", "Vor",
  "-", "–", "/", ":", ".", ",", "(", ")", "„", "“", "Tel.", "Nr.", "§", "Gäste", "Euro", "km", "Stadt", "Rathaus", "ſ",
];
const GLUE = [" ", " ", " ", " ", "", "\n", "  ", ", ", ". ", "\u00a0", "-", " – ", "\n\n"];

describe("the cue executor", () => {
  it("gives the full scans' results on invented texts", () => {
    for (const text of [
      "Die Sitzung am Dienstag, dem 13. November 2024, beginnt um 18.30 Uhr im Rathaus von Musterstadt.",
      "Termin: 17./18. Juni 2024, jeweils von 14 bis 19 Uhr; Einlass um 9:30.",
      "Datum 18.30 und um 18.30 sowie UM 9 UHR, 8h30 und 14:00:00 Uhr.",
      "amden12. Mai, am den 3. Juni, den 4.Juli 2025 und AM 5. August.",
      "Veröffentlicht am 12.03.2024 um 10:15 Uhr. Förderperiode 2021-2027, Schuljahr 2005/2006.",
      "Im ersten Halbjahr 2022 und im 3. Quartal, Q3 2022, KW 12/2024, in der kommenden Woche.",
      "Die einjährige Laufzeit endet zum 30. Juni 2022; zwei Wochen später, am selben Tag, im Vorjahr.",
      "2024-05-01T10:00 und 12/05/2024 sowie 1.5.",
      `um${" ".repeat(300)}18.30 und 14${" ".repeat(500)}Uhr`,
      "18 Uhr",
      "um 9",
      "Uhr",
    ]) expectSameAsFullScan(text);
  });

  // FUZZ=100000 SEED=… npx vitest run … for a longer search (100 000 texts passed when this was written).
  it("gives the full scans' results on random sequences of date pieces", () => {
    const next = random(Number(process.env.SEED ?? 20261206));
    for (let n = 0; n < Number(process.env.FUZZ ?? 2500); n++) {
      const length = 2 + Math.floor(next() * 24);
      let text = "";
      for (let k = 0; k < length; k++) {
        text += PIECES[Math.floor(next() * PIECES.length)]!;
        if (k < length - 1) text += GLUE[Math.floor(next() * GLUE.length)]!;
      }
      expectSameAsFullScan(text);
    }
  });

  it("gives the full scans' results on the project's fixtures and the shared corpora", () => {
    const dirs = ["fixtures/seeds", "fixtures/heldout", "fixtures/heldout2", "../shared/corpus/seeds"];
    let texts = 0;
    for (const dir of dirs) {
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((name) => name.endsWith(".txt"))) {
        expectSameAsFullScan(readFileSync(`${dir}/${f}`, "utf8"));
        texts++;
      }
    }
    const wikiwars = "../shared/corpus/wikiwarsde/keyinline";
    if (existsSync(wikiwars)) {
      for (const f of readdirSync(wikiwars).slice(0, 6)) {
        const xml = readFileSync(`${wikiwars}/${f}`, "utf8");
        expectSameAsFullScan((/<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? "").replace(/<[^>]+>/g, ""));
        texts++;
      }
    }
    expect(texts).toBeGreaterThan(10);
  }, 60_000);
});

describe("cues", () => {
  it("finds whole words, digit runs and word endings, in order", () => {
    const scanner = new CueScanner([
      { words: ["Mai", "am"] },
      { digits: (_t, s, e) => e - s === 4 },
      { endings: ["jährige"] },
      null,
    ]);
    const text = "am 4. Mai 2024 die einjährige Maibaum-Zeit, Mai2024 Amt";
    const [words, digits, endings, none] = scanner.scan(text);
    expect(words).toEqual([0, 6, 44]); // "Mai2024": a candidate, the pattern decides
    expect(digits).toEqual([10, 47]);
    expect(endings).toEqual([22]);
    expect(none).toBeNull();
  });

  it("opens a clock-time window back to a character no time can contain", () => {
    const text = "Rathaus, von 14 bis 19 Uhr";
    const cue = text.indexOf("Uhr");
    // "," ends the walk back: every position from the space after it to "Uhr" is tried.
    expect(timeWindows(text, [cue])).toEqual(Array.from({ length: cue - 8 + 1 }, (_, i) => 8 + i));
  });

  it("spells out small regex sources and refuses what it cannot spell", () => {
    expect(expandWords("[Dd]iese[sn]?|neue[nm]")).toEqual(["Diese", "Dieses", "Diesen", "diese", "dieses", "diesen", "neuen", "neuem"]);
    expect(expandWords("(Folgetag|Vortag)(?:es|s)?")).toEqual(["Folgetag", "Folgetages", "Folgetags", "Vortag", "Vortages", "Vortags"]);
    expect(() => expandWords("Jahre?")).toThrow();
    expect(() => expandWords("\\d{4}")).toThrow();
  });
});
