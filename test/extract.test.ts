import { describe, expect, it } from "vitest";
import { extract, extractBatch, customPipeline, pipelineFor, type Stage } from "../src/index.js";
import { PressReleaseSchema } from "../src/schema/release.js";
import { seed } from "./helpers.js";

describe("extract", () => {
  it("gives seed-000 as two releases with titles, datelines and spans", () => {
    const text = seed(0);
    const [a, b, ...rest] = extract(text, { source: "seed-000.txt" });
    expect(rest).toEqual([]);
    expect(a!.title).toBe(
      "Zweitgespräch zur Umsetzung des IQ Modellprojekts in der Regionalagentur Region Köln: Stadt Kerpen und der Rheinisch-Bergische Kreis zeigen Interesse am IQ Modellprojekt",
    );
    expect(a!.dateline).toMatchObject({ date: "2014-07-04", place: "Köln", text: "04.07.14, Köln" });
    expect(b!.title).toBe(
      "Erstes Austauschgespräch mit der Regionalagentur Köln im Rahmen des IQ NRW Modellprojekts „Interkulturelle Arbeitsmarktlotsen aus Migrantenorganisationen in NRW“",
    );
    expect(b!.dateline).toMatchObject({ date: "2014-04-30", place: "Köln" });
    expect(a!.referenceDate).toBe("2014-07-04");
    expect(a!.span.start).toBe(0);
    expect(text.slice(a!.span.start, a!.span.end)).toMatch(/^04\.07\.14, Köln[\s\S]*zum Download:$/);
    expect(text.slice(b!.span.start, b!.span.end)).toMatch(/^30\.04\.2014, Köln[\s\S]*fungieren\.$/);
    expect([a!.part, b!.part]).toEqual([0, 1]);
    expect(a!.source).toBe("seed-000.txt");
  });

  it("returns releases that validate against the schema, with true offsets, for every seed and format", () => {
    for (const n of [0, 1, 2, 3, 4]) {
      const text = seed(n);
      for (const r of extract(text, { source: `seed-00${n}` })) {
        expect(() => PressReleaseSchema.parse(r)).not.toThrow();
        const mentions = [
          ...r.dates, ...r.figures,
          ...r.places.flatMap((p) => p.mentions), ...r.organisations.flatMap((o) => o.mentions), ...r.persons.flatMap((p) => p.mentions),
        ];
        for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  it("uses the release's own date over referenceDate, referenceDate over a date in the text", () => {
    expect(extract(seed(0), { referenceDate: "2020-01-01" })[0]!.referenceDate).toBe("2014-07-04");
    expect(extract(seed(4), { referenceDate: "2022-03-18" })[0]!.referenceDate).toBe("2022-03-18");
    expect(extract(seed(4))[0]!.referenceDate).toBe("2022-03-17");
    expect(extract("Neue Bänke\n\nDie Stadt hat im Park neue Bänke aufgestellt, teilte sie mit.")[0]!.referenceDate).toBeNull();
  });

  it("reports non-German text with a warning and extracts nothing from it", () => {
    const en = "The city of Cologne and the district council met on 4 July 2014 to plan a new project for migrants with Mr Smith.";
    const [r] = extract(en);
    expect(r!.language).toEqual({ code: "eng", german: false });
    expect(r!.warnings).toEqual([expect.objectContaining({ code: "LANGUAGE_NOT_GERMAN", start: 0, end: en.length })]);
    expect([r!.dates, r!.places, r!.persons, r!.figures]).toEqual([[], [], [], []]);
  });

  it("returns no release for empty or blank input", () => {
    expect(extract("")).toEqual([]);
    expect(extract(" \n\t ")).toEqual([]);
  });

  it("keeps offsets into the HTML and Markdown the caller passed", () => {
    const html = "<h1>Neue Schule</h1><p>Kiel, den 04.05.2023</p><p>Die Stadt hat heute die neue Schule am Hafen eröffnet. Viele Gäste kamen zur Feier in die Aula.</p>";
    const [r] = extract(html, { format: "html" });
    expect(r!.title).toBe("Neue Schule");
    expect(r!.dateline).toMatchObject({ date: "2023-05-04", place: "Kiel" });
    expect(html.slice(r!.dateline!.start!, r!.dateline!.end!)).toBe("Kiel, den 04.05.2023");
    expect(html.slice(r!.span.start, r!.span.end)).toMatch(/^Neue Schule[\s\S]*in die Aula\.$/);
    const md = "# Neue Schule\n\nKiel, den 04.05.2023\n\nDie Stadt hat heute die **neue Schule** am Hafen eröffnet. Viele Gäste kamen zur Feier.";
    const [m] = extract(md, { format: "markdown" });
    expect(m!.title).toBe("Neue Schule");
    expect(md.slice(m!.dateline!.start!, m!.dateline!.end!)).toBe("Kiel, den 04.05.2023");
  });

  it("gives each mention of HTML and Markdown input its plain text next to the raw source text", () => {
    const html = "<p>Kiel, den 04.05.2023</p><p>Die Stadt hat am <b>12. Mai</b> 2023 die neue Schule eröffnet, sagte Bürgermeisterin <i>Anna</i> Beispiel-Frau vor 200&nbsp;Gästen.</p>";
    const [r] = extract(html, { format: "html" });
    const date = r!.dates.find((d) => d.value === "2023-05-12")!;
    expect(date.text).toBe("am <b>12. Mai</b> 2023");
    expect(date.plain).toBe("am 12. Mai 2023");
    const person = r!.persons.find((p) => p.familyName === "Beispiel-Frau")!;
    expect(person.mentions[0]).toMatchObject({ text: "Anna</i> Beispiel-Frau", plain: "Anna Beispiel-Frau" });
    expect(r!.figures[0]).toMatchObject({ text: "200&nbsp;Gästen", plain: "200\u00a0Gästen" });
    expect(r!.dateline).toMatchObject({ text: "Kiel, den 04.05.2023", plain: "Kiel, den 04.05.2023" });
    const [m] = extract("Die Stadt hat am **12. Mai** 2023 die neue Schule am Hafen eröffnet und viele Gäste zur Feier eingeladen.", { format: "markdown", referenceDate: "2023-05-01" });
    expect(m!.dates[0]).toMatchObject({ text: "am **12. Mai** 2023", plain: "am 12. Mai 2023" });
    // Plain text input has no plain field: text is already plain.
    const [t] = extract("Die Stadt hat am 12. Mai 2023 die neue Schule am Hafen eröffnet und viele Gäste zur Feier eingeladen.");
    expect(t!.dates[0]).not.toHaveProperty("plain");
  });

  it("runs only the stages that the kinds in `only` need, with the same results for those kinds", () => {
    const dates = pipelineFor(["dates"]).order;
    expect(dates).toEqual(expect.arrayContaining(["clean", "segment", "language", "anchor", "dates"]));
    for (const other of ["figures", "places", "organisations", "persons", "records"]) expect(dates).not.toContain(other);
    expect(pipelineFor(["figures"]).order).toEqual([...dates, "figures"]);
    const persons = pipelineFor(["persons"]).order;
    expect(persons).toEqual(expect.arrayContaining(["places", "organisations", "persons"]));
    expect(persons).not.toContain("dates");
    expect(persons).not.toContain("records");
    for (const n of [0, 3]) {
      const full = extract(seed(n));
      const dates = extract(seed(n), { only: ["dates"] });
      const people = extract(seed(n), { only: ["persons"] });
      expect(dates.map((r) => r.dates)).toEqual(full.map((r) => r.dates));
      expect(people.map((r) => r.persons)).toEqual(full.map((r) => r.persons));
      for (const r of dates) expect([r.figures, r.places, r.organisations, r.persons, r.records]).toEqual([[], [], [], [], []]);
      // Kinds computed only as a need of a chosen kind are left out too.
      for (const r of people) expect([r.dates, r.places, r.organisations, r.records]).toEqual([[], [], [], []]);
      expect(full.some((r) => r.places.length > 0 && r.persons.length > 0)).toBe(true);
    }
  });

  it("throws TypeError for programmer errors in options", () => {
    expect(() => extract("Text", { only: [] })).toThrow(/non-empty array/);
    expect(() => extract("Text", { only: ["weather" as "dates"] })).toThrow(/unknown kind "weather"/);
    expect(() => extract("Text", { only: ["dates"], pipeline: customPipeline([]) })).toThrow(/either only or pipeline/);
    expect(() => extract("Text", { referenceDate: "2024-02-30" })).toThrow(/referenceDate must be YYYY-MM-DD/);
    expect(() => extract("Text", { referenceDate: "12.04.2018" })).toThrow(TypeError);
    expect(() => extract("Text", { format: "pdf" as never })).toThrow(/format must be/);
    expect(() => extract(42 as never)).toThrow(/must be a string/);
  });

  it("runs a custom stage in the standard pipeline", () => {
    const shout: Stage = {
      name: "shout",
      needs: ["title"],
      provides: [],
      run: (doc) => ({ ...doc, warnings: [...doc.warnings, { code: "TITLE_SEEN", message: "title found", start: 0, end: 0 }] }),
    };
    const [r] = extract(seed(4), { pipeline: customPipeline([shout]) });
    expect(r!.warnings.map((w) => w.code)).toContain("TITLE_SEEN");
  });
});

describe("extractBatch", () => {
  it("gives each text what extract gives it, with per-text source, format and reference date", () => {
    const texts = [0, 1, 2, 3, 4].map((n) => seed(n));
    const items = [
      ...texts.map((text, i) => ({ text, source: `seed-${i}` })),
      { text: "<p>Am Montag besuchte Landrätin Anna Beispiel das Rathaus in Kernhausen.</p>", source: "h", format: "html" as const, referenceDate: "2024-03-14" },
      "",
    ];
    const batch = extractBatch(items, { referenceDate: "2020-01-01" });
    expect(batch).toHaveLength(items.length);
    items.forEach((item, i) => {
      const one = typeof item === "string"
        ? extract(item, { referenceDate: "2020-01-01" })
        : extract(item.text, { referenceDate: item.referenceDate ?? "2020-01-01", source: item.source, ...(item.format ? { format: item.format } : {}) });
      expect(batch[i]).toEqual(one);
    });
    expect(batch[5]![0]!.dates[0]!.value).toBe("2024-03-11");
    expect(batch[6]).toEqual([]);
  });

  it("keeps only the kinds asked for", () => {
    const [releases] = extractBatch([seed(0)], { only: ["dates"] });
    expect(releases![0]!.dates.length).toBeGreaterThan(0);
    expect(releases![0]!.persons).toEqual([]);
  });
});
