import { describe, expect, it } from "vitest";
import type { MeetingRecord } from "../schema/release.js";
import { assembleRecords } from "./index.js";
import { date, input, org, person, place, range, spanOf } from "./test-helpers.js";

const meetings = (text: string, extra: Parameters<typeof input>[1] = {}) =>
  assembleRecords(input(text, extra)).filter((r): r is MeetingRecord => r.type === "meeting");

describe("meeting records", () => {
  const text =
    "12.03.2021, Talstadt\n" +
    "Koordinierungsgespräch zum Quartiersfonds\n\n" +
    "Talstadt - Am 12.03.2021 luden das Bildungswerk Nordtal gemeinsam mit der Stiftung Morgenrot zum ersten Koordinierungsgespräch in die Alte Weberei ein. " +
    "An dem Treffen nahmen Jana Beispiel (Leiterin Bildungswerk Nordtal) und Omar Muster teil. " +
    "Im Gespräch mit der Presse lobte Muster die Runde.";
  const extra = {
    dateline: spanOf(text, "12.03.2021, Talstadt"),
    title: spanOf(text, "Koordinierungsgespräch zum Quartiersfonds"),
    anchorDate: "2021-03-12",
    dates: [date(text, "12.03.2021", "2021-03-12"), date(text, "12.03.2021", "2021-03-12", 1)],
    places: [place(text, "Talstadt", "municipality")],
    organisations: [org(text, "Bildungswerk Nordtal"), org(text, "Stiftung Morgenrot")],
    persons: [person(text, "Jana Beispiel", "Leiterin", "Bildungswerk Nordtal"), person(text, "Omar Muster", null, null, "Omar Muster", "Muster")],
  };

  it("assembles one meeting from a dated compound noun and its undated anaphors", () => {
    const found = meetings(text, extra);
    expect(found).toHaveLength(1);
    const m = found[0]!;
    expect(m.kind).toBe("Koordinierungsgespräch");
    expect(m.date).toBe("2021-03-12");
    expect(m.place).toBe("Talstadt");
    expect(m.organisers).toEqual(["Bildungswerk Nordtal", "Stiftung Morgenrot"]);
    expect(m.participants.map((p) => p.name)).toEqual(["Jana Beispiel", "Omar Muster"]);
    expect(m.participants[0]).toEqual({ name: "Jana Beispiel", role: "Leiterin", organisation: "Bildungswerk Nordtal" });
    const evidence = text.slice(m.evidence.start, m.evidence.end);
    expect(evidence.startsWith("Talstadt - Am 12.03.2021 luden")).toBe(true);
  });

  it("takes no gathering's date from the dateline in the same sentence", () => {
    const t = "Talheim, 2. Oktober 2025 – Der Stadtrat hat an seiner Sitzung vom 30. September einen Kredit bewilligt.";
    const found = meetings(t, {
      dateline: spanOf(t, "Talheim, 2. Oktober 2025"), anchorDate: "2025-10-02",
      dates: [date(t, "2. Oktober 2025", "2025-10-02"), date(t, "30. September", "2025-09-30")],
    });
    expect(found.map((m) => [m.kind, m.date])).toEqual([["Sitzung", "2025-09-30"]]);
  });

  it("keeps two sittings with different dates apart", () => {
    const t = "In seiner Sitzung vom 3. Mai beschloss der Bauausschuss den Plan. Die nächste Sitzung findet am 17.05. statt.";
    const found = meetings(t, { anchorDate: "2023-05-04", dates: [date(t, "3. Mai", "2023-05-03"), date(t, "17.05.", "2023-05-17")] });
    expect(found.map((m) => [m.kind, m.date])).toEqual([["Sitzung", "2023-05-03"], ["Sitzung", "2023-05-17"]]);
  });

  it("names as participants of a sitting only the persons named with it", () => {
    const t = "In seiner Sitzung am 2. März 2022 beschloss der Rat den Haushalt. Kämmerin Eva Zahl hatte ihn vorgelegt.";
    const found = meetings(t, { dates: [date(t, "2. März 2022", "2022-03-02")], persons: [person(t, "Eva Zahl", "Kämmerin", null)] });
    expect(found[0]).toMatchObject({ kind: "Sitzung", date: "2022-03-02", participants: [] });
  });

  it("takes no place from a dateline that names several places", () => {
    const t = "Nordkreis/Talstadt (pm). Bei der Übergabe am 4. August 2023 dankte die Ministerin.";
    const found = meetings(t, {
      dateline: spanOf(t, "Nordkreis/Talstadt (pm)."), dates: [date(t, "4. August 2023", "2023-08-04")],
      places: [place(t, "Kreis Nordkreis", "district", "Nordkreis"), place(t, "Talstadt", "municipality")],
    });
    expect(found[0]).toMatchObject({ kind: "Übergabe", date: "2023-08-04", place: null });
  });

  it("takes the first day of a multi-day range and the place after the noun", () => {
    const t = "Vom 4. bis 6. Oktober 2022 fand in Seedorf eine Klausurtagung der Landesarbeitsgemeinschaft Jugend statt.";
    const found = meetings(t, {
      dates: [range(t, "Vom 4. bis 6. Oktober 2022", "2022-10-04", "2022-10-06")],
      places: [place(t, "Seedorf", "municipality")],
      organisations: [org(t, "Landesarbeitsgemeinschaft Jugend")],
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "Klausurtagung", date: "2022-10-04", place: "Seedorf", organisers: ["Landesarbeitsgemeinschaft Jugend"] });
  });

  it("reports an undated gathering that someone attended, with its multi-word kind", () => {
    const t = "Der Runde Tisch Ehrenamt traf sich im Bürgerhaus in Bergheide. Bürgermeisterin Lea Probe begrüßte die Gäste am Runden Tisch.";
    const found = meetings(t, { places: [place(t, "Bergheide", "municipality")], persons: [person(t, "Lea Probe", "Bürgermeisterin", null)] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "Runder Tisch", date: null, place: "Bergheide" });
    expect(found[0]!.participants.map((p) => p.name)).toEqual(["Lea Probe"]);
  });

  it("turns a reporting verb into a meeting and uses the release date for 'heute'", () => {
    const t = "Die Ministerin besuchte heute die Werkstatt in Kleinau.";
    const found = meetings(t, { anchorDate: "2024-02-01", places: [place(t, "Kleinau", "municipality")] });
    expect(found).toEqual([expect.objectContaining({ kind: "Besuch", date: "2024-02-01", place: "Kleinau" })]);
  });

  it("names the meeting by the word that carries its date", () => {
    const t = "Die Ministerin Anna Probe hat am 2. Mai 2022 das Familienzentrum besucht. Beim Rundgang sprach sie mit Eltern.";
    const found = meetings(t, { dates: [date(t, "2. Mai 2022", "2022-05-02")], persons: [person(t, "Anna Probe", "Ministerin", null)] });
    expect(found).toEqual([expect.objectContaining({ kind: "Besuch", date: "2022-05-02" })]);
  });

  it("links the meeting to a project named in its sentence", () => {
    const t = "Am 2. Juni 2020 trafen sich die Partner des Modellprojekts „Wege in Arbeit“ zu einem Austauschgespräch.";
    const found = meetings(t, { dates: [date(t, "2. Juni 2020", "2020-06-02")] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "Austauschgespräch", date: "2020-06-02", project: "Wege in Arbeit" });
  });

  it("does not take plural or generic nouns, idioms, or people and places of other words for meetings", () => {
    const negatives = [
      "Das Angebot umfasst Fachtage, Werkstattgespräche und Netzwerktreffen für Vereine.",
      "Die Spende ermöglicht Busfahrten zu kulturellen Veranstaltungen.",
      "Im Gespräch mit dieser Zeitung nannte er keine Zahlen.",
      "Die Besucher der Ausstellung und die Veranstalter zeigten sich zufrieden.",
      "Der Arbeitskreis trifft sich regelmäßig.",
      "Die Ausstellung war gut besucht.",
      "Viele Schüler, die früher das Gymnasium besuchten, kamen wieder.",
      "Sie nahm den Preis in Empfang.",
    ];
    for (const t of negatives) expect(meetings(t), t).toEqual([]);
  });

  it("takes a visited body's place but not the place that only describes an attending body", () => {
    const visit = "Die Staatssekretärin besuchte das Familienzentrum Lindenhof in Talstadt.";
    expect(meetings(visit, {
      places: [place(visit, "Talstadt", "municipality")], organisations: [org(visit, "Familienzentrum Lindenhof")],
    })[0]!.place).toBe("Talstadt");
    const meet = "Am 2. Mai 2024 trafen sich die Partner des Netzwerks Pflege in Bergheide zum Austausch.";
    expect(meetings(meet, {
      dates: [date(meet, "2. Mai 2024", "2024-05-02")],
      places: [place(meet, "Bergheide", "municipality")], organisations: [org(meet, "Netzwerk Pflege", "Netzwerks Pflege")],
    })[0]!.place).toBeNull();
  });

  it("dates a gathering by its day even when a clock time is known", () => {
    const t = "Die Pressefahrt startet am Mittwoch, 17. September 2025, um 9 Uhr ab Talstadt.";
    const found = meetings(t, { dates: [date(t, "Mittwoch, 17. September 2025, um 9 Uhr", "2025-09-17T09:00")], places: [place(t, "Talstadt", "municipality")] });
    expect(found[0]).toMatchObject({ kind: "Pressefahrt", date: "2025-09-17", place: "Talstadt" });
  });

  it("does not read a deadline as the day of the meeting", () => {
    const t = "Eine Anmeldung zum Fachtag ist bis 10. September möglich.";
    const found = meetings(t, { anchorDate: "2025-08-01", dates: [range(t, "bis 10. September", null, "2025-09-10")] });
    expect(found.every((m) => m.date === null)).toBe(true);
  });
});
