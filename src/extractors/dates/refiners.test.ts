import { describe, expect, it } from "vitest";
import { keys, run } from "./test-helpers.js";

describe("implausibleTime and dropBareTime", () => {
  it("never outputs a time without a date, nor numbers chrono takes for times", () => {
    expect(keys("Beginn um 18.30 Uhr im Saal.")).toEqual([]);
    expect(keys("2024: ein gutes Jahr für alle")).toEqual([]);
    expect(keys("Gruppen von 18 Personen")).toEqual([]);
    expect(keys("Das Ergebnis lag in einer Höhe von 5 Millionen.")).toEqual([]);
  });
});

describe("nonDateFilter", () => {
  it("drops phone and fax numbers, postcodes, versions and paragraphs", () => {
    expect(keys("Tel.: 030 – 29006948, Fax: 030 – 29006950, 10247 Berlin")).toEqual([]);
    expect(keys("Telefon 04.07.14-22")).toEqual([]);
    expect(keys("nach § 12.03.2009 und Art. 3.4.2010")).toEqual([]);
    expect(keys("Gastro 8.0 und SGB II")).toEqual([]);
  });
});

describe("partOfPeriod", () => {
  it("marks start, middle and end of months and years", () => {
    const [a] = run("Der Umzug ist Mitte Oktober 2025 geplant.");
    expect(a).toMatchObject({ value: "2025-10", mod: "mid", text: "Mitte Oktober 2025", start: 14, end: 32 });
    expect(run("Ende 1941 kam der Winter.")[0]).toMatchObject({ value: "1941", mod: "end" });
    expect(run("Ende des Jahres 1939 war es still.")[0]).toMatchObject({ value: "1939", mod: "end", text: "Ende des Jahres 1939" });
  });
  it("does not mark a full date", () => {
    expect(run("Ende 3. März 2020")[0]).toMatchObject({ value: "2020-03-03", mod: null });
  });
});

describe("closedRange", () => {
  it("merges dates joined by bis, und, or a dash", () => {
    const [m] = run("Die Tagung findet vom 14. bis 16. Mai 2024 in der Halle statt.");
    expect(m).toMatchObject({ type: "range", from: "2024-05-14", to: "2024-05-16" });
    expect(keys("für den Zeitraum vom 1. August 2023 bis zum 31. Dezember 2025")).toEqual(["range:2023-08-01/2025-12-31"]);
    expect(keys("zwischen Juli 2005 und Juni 2007")).toEqual(["range:2005-07/2007-06"]);
    expect(keys("von 2020 bis 2021")).toEqual(["range:2020/2021"]);
    expect(keys("im Zeitraum 2024 bis 2026")).toEqual(["range:2024/2026"]);
    expect(run("im Zeitraum 2024 bis 2026")[0]).toMatchObject({ text: "im Zeitraum 2024 bis 2026", start: 0, end: 25 });
  });
  it("shares the year of the later end", () => {
    expect(keys("vom 1. August bis 31. Dezember 2025")).toEqual(["range:2025-08-01/2025-12-31"]);
    expect(keys("vom 1. Dezember bis 31. Januar 2025")).toEqual(["range:2024-12-01/2025-01-31"]);
  });
  it("does not merge dates in a list", () => {
    expect(keys("am 3. Mai 2020 und am 5. Mai 2020")).toEqual(["date:2020-05-03", "date:2020-05-05"]);
  });
});

describe("openRange", () => {
  it("opens a range with seit, ab, von … an, bis, spätestens", () => {
    const [m] = run("Das Projekt läuft seit Juli 2021 erfolgreich.");
    expect(m).toMatchObject({ type: "range", from: "2021-07", to: null, text: "seit Juli 2021", start: 18, end: 32 });
    expect(keys("Ab 2026 soll es weitergehen.")).toEqual(["range:2026/"]);
    expect(keys("von 2023 an")).toEqual(["range:2023/"]);
    expect(keys("noch bis März 2019 laufende Projekt")).toEqual(["range:/2019-03"]);
    expect(keys("Bewerbungen bis spätestens 10. Februar 2025")).toEqual(["range:/2025-02-10"]);
    expect(keys("Anmeldung bis zum 30.Juni 2023.")).toEqual(["range:/2023-06-30"]);
  });
  it("reads zum as an end only after a verb of ending", () => {
    expect(keys("Das Angebot endet zum 30. Juni 2022.")).toEqual(["range:/2022-06-30"]);
    expect(keys("Das Gesetz tritt zum 1. Januar 2024 in Kraft.")).toEqual(["date:2024-01-01"]);
  });
  it("leaves durations after seit as durations", () => {
    expect(keys("seit 20 Jahren")).toEqual(["duration:P20Y"]);
  });
});

describe("timeJoin", () => {
  it("joins a time to its date in the same sentence or after a label", () => {
    const text = "Am Dienstag, dem 13. November 2018, beginnt um 18.30 Uhr die Sitzung.";
    const [m] = run(text);
    expect(m).toMatchObject({ type: "date", value: "2018-11-13T18:30", start: 17, end: 56 });
    expect(keys("Termin:\nMittwoch, 17. September 2025\nUhrzeit:\n9:00 Uhr")).toEqual(["date:2025-09-17T09:00"]);
    expect(keys("am 5. Mai 2014 von 18 bis 20 Uhr")).toEqual(["date:2014-05-05T18:00"]);
  });
  it("does not join across a sentence", () => {
    expect(keys("Am 4. Mai 2012 war es so. Um 18 Uhr ging es los.")).toEqual(["date:2012-05-04"]);
  });
});

describe("nonDateFilter and slashes", () => {
  it("keeps month lists but drops URLs and numbers glued by a slash", () => {
    expect(keys("im Februar/März 2024")).toEqual(["date:2024-02", "date:2024-03"]);
    expect(keys("siehe https://example.de/2023/08/13/")).toEqual([]);
    expect(keys("Tel. 0221/12.03.2014")).toEqual([]);
  });
});
