// Rules added for the held-out patterns: meeting dates and hosts from neighbouring sentences,
// project start/end verbs, launchers, tied places, staff, coded and abbreviated names.
import { describe, expect, it } from "vitest";
import type { MeetingRecord, ProjectRecord } from "../schema/release.js";
import { assembleRecords } from "./index.js";
import { date, input, org, person, place, range, spanOf } from "./test-helpers.js";

const meetings = (text: string, extra: Parameters<typeof input>[1] = {}) =>
  assembleRecords(input(text, extra)).filter((r): r is MeetingRecord => r.type === "meeting");
const projects = (text: string, extra: Parameters<typeof input>[1] = {}) =>
  assembleRecords(input(text, extra)).filter((r): r is ProjectRecord => r.type === "project");

describe("meeting dates and hosts next door", () => {
  it("dates a gathering from the sentence before and takes the awarding body as host", () => {
    const t = "Am Freitag, 8. März 2024, hat die Stiftung Lindenhof drei Vereine ausgezeichnet. Die Preisverleihung fand im Rathaus statt.";
    const [m, ...rest] = meetings(t, { dates: [date(t, "8. März 2024", "2024-03-08")], organisations: [org(t, "Stiftung Lindenhof")] });
    expect(rest).toHaveLength(0);
    expect(m).toMatchObject({ kind: "Preisverleihung", date: "2024-03-08", organisers: ["Stiftung Lindenhof"] });
    expect(t.slice(m!.evidence.start, m!.evidence.end)).toBe("Die Preisverleihung fand im Rathaus statt.");
  });

  it("dates a gathering named in the title from the first body sentences", () => {
    const t = "Kreisverwaltung lädt zur Bürgerkonferenz ein\n\nWie geht es weiter mit dem Marktplatz? Darüber sprechen Bürgerinnen und Bürger am Mittwoch, 3. Juli 2024, im Gemeindesaal.";
    const [m] = meetings(t, {
      title: spanOf(t, "Kreisverwaltung lädt zur Bürgerkonferenz ein"),
      dates: [date(t, "3. Juli 2024", "2024-07-03")],
      organisations: [org(t, "Kreisverwaltung")],
    });
    expect(m).toMatchObject({ kind: "Bürgerkonferenz", date: "2024-07-03", organisers: ["Kreisverwaltung"] });
  });

  it("takes the one day date of the lead for the release's only gathering, with the launching subject as host", () => {
    const t = "Die Gemeinde Talheim hat am 12. Mai 2024 das neue Bürgerhaus offiziell eröffnet. Es kostete vier Millionen Euro.\n\nBei der Einweihung spielte die Musikschule.";
    const [m] = meetings(t, { dates: [date(t, "12. Mai 2024", "2024-05-12")], organisations: [org(t, "Gemeinde Talheim")] });
    expect(m).toMatchObject({ kind: "Einweihung", date: "2024-05-12", organisers: ["Gemeinde Talheim"] });
  });

  it("does not date a gathering from a release stamp line", () => {
    const t = "Pressemitteilung vom 02.05.2024\n\nAuf dem Fachtag sprach Ministerin Jana Beispiel über Pflege.";
    const [m] = meetings(t, { dates: [date(t, "02.05.2024", "2024-05-02")], persons: [person(t, "Jana Beispiel", "Ministerin", null)] });
    expect(m).toMatchObject({ kind: "Fachtag", date: null });
  });

  it("reads a project's launch event, skips an end date next door, and leaves the launch date to the project too", () => {
    const t = "Der Verein Lichtblick hat am 4. März 2024 das Projekt „Grüne Höfe“ gestartet. Es hat viele Unterstützer.\n\n" +
      "Die Laufzeit endet am 30. Juni 2026. Beim Projektstart im Rathaus sprach Landrätin Ida Muster.";
    const records = assembleRecords(input(t, {
      dates: [date(t, "4. März 2024", "2024-03-04"), date(t, "30. Juni 2026", "2026-06-30")],
      organisations: [org(t, "Verein Lichtblick")],
      persons: [person(t, "Ida Muster", "Landrätin", null)],
    }));
    expect(records.find((r) => r.type === "meeting")).toMatchObject({ kind: "Projektstart", date: "2024-03-04", organisers: ["Verein Lichtblick"], project: "Grüne Höfe" });
    expect(records.find((r) => r.type === "project")).toMatchObject({ name: "Grüne Höfe", start: "2024-03-04", end: "2026-06-30" });
  });

  it("does not take a body that is not the subject as host", () => {
    const t = "Am Freitag, 8. März 2024, erhielt der Verein Lichtblick einen Preis der Stiftung Lindenhof. Die Preisverleihung fand im Rathaus statt.";
    const [m] = meetings(t, { dates: [date(t, "8. März 2024", "2024-03-08")], organisations: [org(t, "Verein Lichtblick"), org(t, "Stiftung Lindenhof")] });
    expect(m).toMatchObject({ date: "2024-03-08", organisers: [] });
  });
});

describe("project slots", () => {
  it("reads a start verb that closes a long clause, the launcher as lead, co-launchers as partners, and the runtime sentence", () => {
    const t = "Die Stadt Talheim hat am 4. März 2024 gemeinsam mit dem Verein Lichtblick das Modellprojekt „Wohnen am Bach“ gestartet. Die Laufzeit endet am 31. Dezember 2026.";
    const [p] = projects(t, {
      dates: [date(t, "4. März 2024", "2024-03-04"), date(t, "31. Dezember 2026", "2026-12-31")],
      organisations: [org(t, "Stadt Talheim"), org(t, "Verein Lichtblick")],
    });
    expect(p).toMatchObject({ name: "Wohnen am Bach", start: "2024-03-04", end: "2026-12-31" });
    expect(p!.organisations).toEqual([{ name: "Stadt Talheim", role: "lead" }, { name: "Verein Lichtblick", role: "partner" }]);
  });

  it("never takes the dateline's date as the start", () => {
    const t = "Talheim, 3. März 2025 – Der Landkreis startet das Förderprogramm „Dorf im Blick“ in den Jahren 2025 und 2026.";
    const [p] = projects(t, { dates: [date(t, "3. März 2025", "2025-03-03"), range(t, "in den Jahren 2025 und 2026", "2025", "2026")] });
    expect(p).toMatchObject({ name: "Dorf im Blick", start: "2025", end: "2026" });
  });

  it("keeps to places tied to the project", () => {
    const t = "Das Projekt „Grüne Höfe“ startet in Talheim.\n\nDer Bürgermeister war zuvor in Bergstadt zu Gast.";
    const [p] = projects(t, { places: [place(t, "Talheim", "city"), place(t, "Bergstadt", "city")] });
    expect(p!.places).toEqual(["Talheim"]);
  });

  it("adds the project team's leader and the lead body's head", () => {
    const t = "Der Verein Lichtblick hat das Projekt „Grüne Höfe“ gestartet. Das Projektteam arbeitet unter Leitung von Teamleiterin Mara Beispiel. Geschäftsführerin Ida Muster vom Verein Lichtblick freut sich. Landrat Kai Probe gratuliert.";
    const [p] = projects(t, {
      organisations: [org(t, "Verein Lichtblick")],
      persons: [person(t, "Mara Beispiel", "Teamleiterin", null), person(t, "Ida Muster", "Geschäftsführerin", "Verein Lichtblick"), person(t, "Kai Probe", "Landrat", null)],
    });
    expect(p!.people.map((x) => x.name)).toEqual(["Mara Beispiel", "Ida Muster"]);
  });
});

describe("project names", () => {
  it("reads a name defined with its abbreviation after a programme noun", () => {
    const t = "Hintergrund ist das Förderprogramm Lebendige Ortskerne (LOK), das Gemeinden unterstützt.";
    expect(projects(t).map((p) => p.name)).toEqual(["Förderprogramm Lebendige Ortskerne"]);
  });

  it("reads a quoted name after a programme code and links the code's later mentions", () => {
    const t = "Der SFB 2001 „Wälder im Wandel“ beginnt im Januar. Sprecherin des SFB ist Anna Muster.";
    const [p] = projects(t, { persons: [person(t, "Anna Muster", null, null)] });
    expect(p).toMatchObject({ name: "Wälder im Wandel" });
    expect(p!.people.map((x) => x.name)).toEqual(["Anna Muster"]);
  });

  it("does not take a group of people for a project", () => {
    const t = "Den zweiten Preis erhielt die Schülerinitiative „Mut tut gut“ der Talschule.";
    expect(projects(t)).toEqual([]);
  });
});
