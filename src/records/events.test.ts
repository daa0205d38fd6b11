// Gatherings as an open class: compound heads with a stop list, act verbs, verb frames, council
// decisions, weekdays inside a stated range, and the organiser and venue rules that come with them.
import { describe, expect, it } from "vitest";
import type { MeetingRecord } from "../schema/release.js";
import { assembleRecords } from "./index.js";
import { date, input, org, person, place, range, spanOf } from "./test-helpers.js";

const meetings = (text: string, extra: Parameters<typeof input>[1] = {}) =>
  assembleRecords(input(text, extra)).filter((r): r is MeetingRecord => r.type === "meeting");

describe("gathering nouns by head and compound", () => {
  it("reads any compound on -tag, -messe, -börse, -austausch, -stunde as a gathering", () => {
    const cases: [string, string, string][] = [
      ["Am 4. Mai 2024 fand in der Turnhalle der erste Spiele-Tag statt.", "4. Mai 2024", "Spiele-Tag"],
      ["Die Gesundheitsmesse öffnet am 4. Mai 2024 ihre Türen.", "4. Mai 2024", "Gesundheitsmesse"],
      ["Mit einer Praktikumsbörse am 4. Mai 2024 begann die Woche.", "4. Mai 2024", "Praktikumsbörse"],
      ["Die Lehrkräfte kamen am 4. Mai 2024 zu einem Erfahrungsaustausch ins Schulamt.", "4. Mai 2024", "Erfahrungsaustausch"],
      ["Am 4. Mai 2024 lud die Gemeinde zur Feierstunde ins Rathaus.", "4. Mai 2024", "Feierstunde"],
    ];
    for (const [t, form, kind] of cases) {
      const found = meetings(t, { dates: [date(t, form, "2024-05-04")] });
      expect(found, t).toEqual([expect.objectContaining({ kind, date: "2024-05-04" })]);
      const m = found[0]!;
      expect(t.slice(m.evidence.start, m.evidence.end), t).toBe(t);
    }
  });

  it("reads an honouring, a reading or a presentation with a modifier ('Bestenehrung', 'Autorenlesung', 'Buchpräsentation') and a webinar, not the bare nouns", () => {
    const cases: [string, string][] = [
      ["Bei der Bestenehrung am 4. Mai 2024 wurden 40 Gesellen ausgezeichnet.", "Bestenehrung"],
      ["Die Bibliothek lädt am 4. Mai 2024 zur Autorenlesung ein.", "Autorenlesung"],
      ["Am 4. Mai 2024 bietet die Kammer ein Webinar zur Steuer an.", "Webinar"],
      ["Die Bibliothek lädt am 4. Mai 2024 zur Buchpräsentation ein.", "Buchpräsentation"],
    ];
    for (const [t, kind] of cases) {
      expect(meetings(t, { dates: [date(t, "4. Mai 2024", "2024-05-04")] }), t).toEqual([expect.objectContaining({ kind, date: "2024-05-04" })]);
    }
    for (const t of ["Das Gesetz passierte am 4. Mai 2024 die zweite Lesung.", "Die Ehrung erhielt sie am 4. Mai 2024 für ihr Lebenswerk.",
      "Die Präsentation vom 4. Mai 2024 hatte zehn Folien."]) {
      expect(meetings(t, { dates: [date(t, "4. Mai 2024", "2024-05-04")] }), t).toEqual([]);
    }
  });

  it("reads 'die Lange Nacht der …' as a gathering, not a long night of something else", () => {
    const t = "Die Lange Nacht der Museen beginnt am 4. Mai 2024 um 18 Uhr.";
    expect(meetings(t, { dates: [date(t, "4. Mai 2024", "2024-05-04")] })).toEqual([expect.objectContaining({ kind: "Lange Nacht", date: "2024-05-04" })]);
    const n = "Sie hat am 4. Mai 2024 die ganze lange Nacht gearbeitet.";
    expect(meetings(n, { dates: [date(n, "4. Mai 2024", "2024-05-04")] })).toEqual([]);
  });

  it("takes the subject of the dating sentence as organiser after its abbreviation in brackets, with 'geehrt'", () => {
    const t = "Die Handwerkskammer Talheim (HWK) hat am 4. Mai 2024 ihre besten Gesellen geehrt. Bei der Bestenehrung sprach der Präsident.";
    const [m] = meetings(t, { dates: [date(t, "4. Mai 2024", "2024-05-04")], organisations: [org(t, "Handwerkskammer Talheim")] });
    expect(m).toMatchObject({ kind: "Bestenehrung", date: "2024-05-04", organisers: ["Handwerkskammer Talheim"] });
  });

  it("does not read weekdays, birthdays, holidays, parliaments or exchange programmes as gatherings", () => {
    const negatives = [
      "Am Dienstag, 4. Mai 2024, beschloss die Stiftung neue Regeln.",
      "Zum 80. Geburtstag am 4. Mai 2024 gratulierte die Stadt.",
      "Der Nationalfeiertag am 4. Mai 2024 ist arbeitsfrei.",
      "Im Berufsalltag am 4. Mai 2024 zeigte sich der Erfolg.",
      "Der Landtag hat das Gesetz veröffentlicht.",
      "Der Schüleraustausch läuft seit dem 4. Mai 2024.",
      // inflected: the compound is no gathering with its case ending either
      "Die Ärzte führten am 4. Mai 2024 Vertreter des Kreistags durch die Räume.",
      "Der Etat des Landtages wurde am 4. Mai 2024 vor den Feiertagen gedruckt.",
    ];
    for (const t of negatives) {
      const dates = t.includes("4. Mai 2024") ? [date(t, "4. Mai 2024", "2024-05-04")] : [];
      expect(meetings(t, { dates }), t).toEqual([]);
    }
  });

  it("keeps the habit out: a regular gathering is none, a one-off beside a habit in another clause is", () => {
    expect(meetings("Der Arbeitskreis trifft sich regelmäßig im Rathaus.")).toEqual([]);
    const t = "Die Lehrkräfte trafen sich in Talstadt zum Fachaustausch, mit dem künftig mehr gelingen soll.";
    expect(meetings(t, { places: [place(t, "Talstadt", "municipality")] })).toEqual([
      expect.objectContaining({ kind: "Fachaustausch", date: null, place: "Talstadt" }),
    ]);
  });

  it("reads a stated day without a year as a report of the gathering", () => {
    const t = "Am 14. Oktober gibt es im Park einen Familien-Tag.";
    expect(meetings(t)).toEqual([expect.objectContaining({ kind: "Familien-Tag", date: null })]);
    expect(meetings("Einen Familien-Tag könnte es dort auch einmal geben.")).toEqual([]);
  });
});

describe("acts that report a gathering", () => {
  it("reads signing as a gathering with its actors as participants", () => {
    const t = "Landrätin Eva Probe und Bürgermeister Jan Muster haben heute in Talstadt einen Partnerschaftsvertrag unterzeichnet.";
    const found = meetings(t, {
      anchorDate: "2024-03-01",
      places: [place(t, "Talstadt", "municipality")],
      persons: [person(t, "Eva Probe", "Landrätin", null), person(t, "Jan Muster", "Bürgermeister", null)],
    });
    expect(found).toEqual([expect.objectContaining({ kind: "Unterzeichnung", date: "2024-03-01", place: "Talstadt" })]);
    expect(found[0]!.participants.map((p) => p.name)).toEqual(["Eva Probe", "Jan Muster"]);
  });

  it("leaves out a person who was only represented", () => {
    const t = "In Vertretung von Ministerin Ida Muster überreichte Staatssekretär Olaf Kern dem Verein Lichtblick die Urkunde.";
    const found = meetings(t, {
      persons: [person(t, "Olaf Kern", "Staatssekretär", null), person(t, "Ida Muster", "Ministerin", null)],
      organisations: [org(t, "Verein Lichtblick")],
    });
    expect(found).toEqual([expect.objectContaining({ kind: "Übergabe" })]);
    expect(found[0]!.participants.map((p) => p.name)).toEqual(["Olaf Kern"]);
  });

  it("does not read figurative, attributive or quoted acts as gatherings", () => {
    const negatives = [
      "Das Programm eröffnet jungen Menschen neue Perspektiven in der Stiftung Lichtblick.",
      "Die unterzeichnete Vereinbarung liegt der Stiftung Lichtblick vor.",
      "„Wir haben die Unterlagen der Stiftung Lichtblick übergeben“, sagte sie.",
    ];
    for (const t of negatives) expect(meetings(t, { organisations: [org(t, "Stiftung Lichtblick")] }), t).toEqual([]);
  });

  it("names the gathering by a noun rather than by the act verb", () => {
    const t = "Die Gemeinde Talheim hat am 12. Mai 2024 das Bürgerhaus eröffnet. Bei der Einweihung spielte die Musikschule.";
    const [m] = meetings(t, { dates: [date(t, "12. Mai 2024", "2024-05-12")], organisations: [org(t, "Gemeinde Talheim")] });
    expect(m).toMatchObject({ kind: "Einweihung", date: "2024-05-12", organisers: ["Gemeinde Talheim"] });
  });
});

describe("verb frames for nouns of any head", () => {
  it("reads the noun after an invitation and the subject of 'findet … statt', with a day date only", () => {
    const invite = "Die Stadtbibliothek lädt am 4. Mai 2024 zur Lesung mit Anna Probe ein.";
    expect(meetings(invite, { dates: [date(invite, "4. Mai 2024", "2024-05-04")] })).toEqual([
      expect.objectContaining({ kind: "Lesung", date: "2024-05-04" }),
    ]);
    const takes = "Am 4. Mai 2024 findet im Park die Kinderolympiade statt.";
    expect(meetings(takes, { dates: [date(takes, "4. Mai 2024", "2024-05-04")] })).toEqual([
      expect.objectContaining({ kind: "Kinderolympiade", date: "2024-05-04" }),
    ]);
    // Undated, negated or an idiom after "zur": nothing.
    expect(meetings("Der Unterricht findet in kleinen Gruppen statt.")).toEqual([]);
    const not = "Am 4. Mai 2024 findet die Sprechzeit nicht statt.";
    expect(meetings(not, { dates: [date(not, "4. Mai 2024", "2024-05-04")] })).toEqual([]);
    const idiom = "Die Stiftung lädt am 4. Mai 2024 zur Teilnahme ein.";
    expect(meetings(idiom, { dates: [date(idiom, "4. Mai 2024", "2024-05-04")] })).toEqual([]);
  });

  it("reads the noun a relative clause with 'stattfand' refers to, not a genitive before it", () => {
    const t = "Schüler der Lindenschule nahmen an der Tanzwerkstatt teil, die am 4. Mai 2024 stattfand.";
    expect(meetings(t, { dates: [date(t, "4. Mai 2024", "2024-05-04")] })).toEqual([
      expect.objectContaining({ kind: "Tanzwerkstatt", date: "2024-05-04" }),
    ]);
  });
});

describe("sittings of deciding bodies", () => {
  it("reads a dated decision in a committee as its sitting, held by the committee", () => {
    const t = "Im Bauausschuss fiel am Montag, 2. März 2026, der Beschluss für den Radweg.";
    const [m, ...rest] = meetings(t, { dates: [date(t, "Montag, 2. März 2026", "2026-03-02")], organisations: [org(t, "Bauausschuss")] });
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ kind: "Sitzung", date: "2026-03-02", organisers: ["Bauausschuss"] });
  });

  it("takes the subject of 'in seiner Sitzung' as organiser", () => {
    const t = "Der Umweltausschuss hat in seiner Sitzung am 9. Juni 2026 den Plan vertagt.";
    const [m] = meetings(t, { dates: [date(t, "9. Juni 2026", "2026-06-09")], organisations: [org(t, "Umweltausschuss")] });
    expect(m).toMatchObject({ kind: "Sitzung", date: "2026-06-09", organisers: ["Umweltausschuss"] });
  });

  it("needs a day date and an article before the body: no sitting from an undated decision or a title", () => {
    const undated = "Der Kreistag hat den Haushalt beschlossen.";
    expect(meetings(undated, { organisations: [org(undated, "Kreistag")] })).toEqual([]);
    const title = "Landrat Kai Probe hat am 3. Mai 2024 die Förderung bewilligt.";
    expect(meetings(title, { dates: [date(title, "3. Mai 2024", "2024-05-03")] })).toEqual([]);
  });
});

describe("hosts in relative clauses", () => {
  it("takes the subject after a relative pronoun and the antecedent of a subject pronoun", () => {
    const a = "Gelobt wurde das Sommerfest, das die Stiftung Lindenhof am Samstag, 18. Juli 2026, mit vielen Nachbarn feierte.";
    expect(meetings(a, { dates: [date(a, "Samstag, 18. Juli 2026", "2026-07-18")], organisations: [org(a, "Stiftung Lindenhof")] })[0])
      .toMatchObject({ date: "2026-07-18", organisers: ["Stiftung Lindenhof"] });
    const b = "Die Ministerin besuchte am 22. Januar 2026 den Verein Lichtblick, der sein Jubiläum mit einem Empfang feierte.";
    expect(meetings(b, { dates: [date(b, "22. Januar 2026", "2026-01-22")], organisations: [org(b, "Verein Lichtblick")] })[0])
      .toMatchObject({ date: "2026-01-22", organisers: ["Verein Lichtblick"] });
  });

  it("does not take a body from a relative clause without a hosting verb", () => {
    const t = "Am 22. Januar 2026 war der Empfang, den die Stiftung Lindenhof bezahlte, gut besucht.";
    expect(meetings(t, { dates: [date(t, "22. Januar 2026", "2026-01-22")], organisations: [org(t, "Stiftung Lindenhof")] })[0])
      .toMatchObject({ kind: "Empfang", organisers: [] });
  });
});

describe("days and venues", () => {
  it("dates a gathering by the weekday inside a stated range", () => {
    const t = "Die Feuerwehr feiert vom 12. bis 14. September 2025 ihr Jubiläum. Beim Empfang am Sonntagmittag spricht der Landrat.";
    const [m] = meetings(t, { dates: [range(t, "12. bis 14. September 2025", "2025-09-12", "2025-09-14")] });
    expect(m).toMatchObject({ kind: "Empfang", date: "2025-09-14" });
    const none = "Beim Empfang am Sonntagmittag spricht der Landrat.";
    expect(meetings(none)[0]).toMatchObject({ kind: "Empfang", date: null });
  });

  it("takes the place after a venue noun, the visited place, and not a guest's origin or a body's name", () => {
    const venue = "Am 3. November 2025 lud der Kreis zur Zukunftskonferenz ins Gemeindehaus Talstadt ein.";
    expect(meetings(venue, { dates: [date(venue, "3. November 2025", "2025-11-03")], places: [place(venue, "Talstadt", "municipality")] })[0])
      .toMatchObject({ kind: "Zukunftskonferenz", place: "Talstadt" });
    const visit = "Heute besuchte die Ministerin Eva Probe den Bezirk Bergland.";
    expect(meetings(visit, { anchorDate: "2026-02-11", places: [place(visit, "Bezirk Bergland", "district")], persons: [person(visit, "Eva Probe", "Ministerin", null)] })[0])
      .toMatchObject({ kind: "Besuch", date: "2026-02-11", place: "Bezirk Bergland" });
    const origin = "Zum Konzert am 3. November 2025 kommt der Chor aus Dorfen in Bergland.";
    expect(meetings(origin, { dates: [date(origin, "3. November 2025", "2025-11-03")], places: [place(origin, "Bergland", "region")] })[0])
      .toMatchObject({ kind: "Konzert", place: null });
    const body = "Heute besuchte die Ministerin Eva Probe die Bergland Rotor GmbH.";
    expect(meetings(body, {
      anchorDate: "2026-02-11", places: [place(body, "Bergland", "region")], organisations: [org(body, "Bergland Rotor GmbH")],
      persons: [person(body, "Eva Probe", "Ministerin", null)],
    })[0]).toMatchObject({ kind: "Besuch", place: null });
    expect(spanOf(body, "Bergland").start).toBeGreaterThan(0);
  });
});

describe("venues, hosts and projects of gatherings, second round", () => {
  it("takes a named venue when the town in it is not known as a place", () => {
    const t = "Am 3. November 2025 lud der Kreis zur Zukunftskonferenz ins Gemeindehaus Talstedt ein.";
    expect(meetings(t, { dates: [date(t, "3. November 2025", "2025-11-03")] })[0]).toMatchObject({ place: "Gemeindehaus Talstedt" });
    expect(meetings(t, { dates: [date(t, "3. November 2025", "2025-11-03")], places: [place(t, "Talstedt", "municipality")] })[0])
      .toMatchObject({ place: "Talstedt" });
  });

  it("takes the subject of 'tagt' as organiser, past a genitive attribute", () => {
    const t = "Der Sozialausschuss des Gemeinderats der Stadt Talheim tagt am Mittwoch, 4. Februar 2026, im Rathaus.";
    const [m] = meetings(t, { dates: [date(t, "Mittwoch, 4. Februar 2026", "2026-02-04")], organisations: [org(t, "Sozialausschuss"), org(t, "Stadt Talheim")] });
    expect(m).toMatchObject({ kind: "Sitzung", date: "2026-02-04", organisers: ["Sozialausschuss"] });
  });

  it("links no project when the gathering's sentence names two", () => {
    const t = "Die Programmeröffnungen ABF und SFX+ lockten am 5. Mai 2026 viele Gäste nach Talheim.";
    const [m] = meetings(t, { dates: [date(t, "5. Mai 2026", "2026-05-05")] });
    expect(m).toMatchObject({ kind: "Programmeröffnung", project: null });
  });
});
