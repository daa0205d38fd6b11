// Slots beyond the first sentence: role sentences and pointing-back sentences after a project,
// the cues they carry, places that name a government or an office, participant lists, a launch
// event's day, bodies listed after "Neben", and countries a project spans.
import { describe, expect, it } from "vitest";
import type { MeetingRecord, ProjectRecord } from "../schema/release.js";
import { assembleRecords } from "./index.js";
import { date, input, org, person, place, range } from "./test-helpers.js";

const projects = (text: string, extra: Parameters<typeof input>[1] = {}) =>
  assembleRecords(input(text, extra)).filter((r): r is ProjectRecord => r.type === "project");
const meetings = (text: string, extra: Parameters<typeof input>[1] = {}) =>
  assembleRecords(input(text, extra)).filter((r): r is MeetingRecord => r.type === "meeting");

describe("the body a project is carried out at", () => {
  it("takes the body after 'an der' or 'am' right behind the name as the lead, not one after another word", () => {
    const cases: [string, string[]][] = [
      ["Die Stiftung fördert den Forschungsverbund „Grüne Dächer“ an der Hochschule Talheim.", ["Hochschule Talheim"]],
      ["Das Vorhaben „Stadtklima“ am Institut Nord wird erweitert.", ["Institut Nord"]],
      ["Das Vorhaben „Weitblick“ läuft mit Geld an der Akademie Seedorf.", []],
    ];
    for (const [t, bodies] of cases) {
      const [p] = projects(t, { organisations: bodies.length ? [org(t, bodies[0]!)] : [org(t, "Akademie Seedorf")] });
      expect(p!.organisations, t).toEqual(bodies.map((name) => ({ name, role: "lead" })));
    }
  });
});

describe("a project's places", () => {
  it("takes the seat of a territorial body that leads it, not of another body in its sentence", () => {
    const t = "Das Projekt „Grüne Höfe“ der Stadt Talheim startet im April mit dem Jobcenter Seedorf.";
    const [p] = projects(t, {
      places: [place(t, "Talheim", "municipality"), place(t, "Seedorf", "municipality")],
      organisations: [org(t, "Stadt Talheim"), org(t, "Jobcenter Seedorf")],
    });
    expect(p!.organisations[0]).toEqual({ name: "Stadt Talheim", role: "lead" });
    expect(p!.places).toEqual(["Talheim"]);
  });
});

describe("project sentences after the one that names it", () => {
  it("reads a role sentence right after a project sentence", () => {
    const t = "Das Projekt „Zweite Chance“ endet 2029. Projektträger ist die Werkstatt Talheim gGmbH; Partner sind die Musikschule Talheim und der Verein Lichtblick.";
    const [p] = projects(t, {
      dates: [date(t, "2029", "2029")],
      organisations: [org(t, "Werkstatt Talheim gGmbH"), org(t, "Musikschule Talheim"), org(t, "Verein Lichtblick")],
    });
    expect(p!.organisations).toEqual([
      { name: "Werkstatt Talheim gGmbH", role: "lead" }, { name: "Musikschule Talheim", role: "partner" }, { name: "Verein Lichtblick", role: "partner" },
    ]);
  });

  it("reads 'Beteiligt sind neben der X …' with every body named, seats and apposition between them", () => {
    const t = "Der Forschungsverbund „Wasser im Wandel“ beginnt im Herbst.\n\nBeteiligt sind neben der Hochschule Talheim das Labor Nord (LN), die Akademie Seedorf als Partner sowie das Amt Bergland.";
    const [p] = projects(t, {
      organisations: [org(t, "Hochschule Talheim"), org(t, "Labor Nord"), org(t, "Akademie Seedorf"), org(t, "Amt Bergland")],
    });
    expect(p!.organisations.map((o) => o.name)).toEqual(["Hochschule Talheim", "Labor Nord", "Akademie Seedorf", "Amt Bergland"]);
  });

  it("reads a sentence pointing back with 'dafür' for its end date, and 'umgesetzt … gemeinsam mit' for partners", () => {
    const t = "Mit dem Programm „Gute Pflege“ sollen 80 Plätze entstehen. Der Kreis gibt dafür bis 2031 jährlich Geld. Umgesetzt wird das Programm gemeinsam mit der Klinik Nord und dem Amt Süd.";
    const [p] = projects(t, { dates: [range(t, "bis 2031", null, "2031")], organisations: [org(t, "Klinik Nord"), org(t, "Amt Süd")] });
    expect(p).toMatchObject({ name: "Gute Pflege", end: "2031" });
    expect(p!.organisations).toEqual([{ name: "Klinik Nord", role: "partner" }, { name: "Amt Süd", role: "partner" }]);
  });

  it("does not read a role sentence far from a project that is not the release's only one", () => {
    const t = "Das Projekt „Eins“ startet. Das Projekt „Zwei“ folgt.\n\nEs regnete lange.\n\nTräger ist der Verein Lichtblick.";
    for (const p of projects(t, { organisations: [org(t, "Verein Lichtblick")] })) expect(p.organisations).toEqual([]);
  });
});

describe("places that are actors or offices", () => {
  it("leaves out the state that funds and the state of a person's office, keeps the place it runs in", () => {
    const t = "Das Land Nordland fördert das Projekt „Grüne Höfe“ in Talheim. Nordlands Ministerin Eva Probe lobte das Projekt.";
    const [p] = projects(t, {
      places: [
        { name: "Nordland", type: "state", mentions: [{ text: "Nordland", start: 9, end: 17 }, { text: "Nordlands", start: 63, end: 72 }] },
        place(t, "Talheim", "municipality"),
      ],
      persons: [person(t, "Eva Probe", "Ministerin", null)],
    });
    expect(p!.places).toEqual(["Talheim"]);
  });
});

describe("participant lists", () => {
  it("takes a list that says who took part and leaves out a list of members", () => {
    const t = "Am 9. Oktober 2026 verlieh die Stiftung Lindenhof drei Preise.\nDie Festrede hielt Mara Beispiel.\nDem Beirat gehören an:\n• Olaf Kern, Vorstand\n• Ida Muster, Pfarrerin\n";
    const [m] = meetings(t, {
      dates: [date(t, "9. Oktober 2026", "2026-10-09")], organisations: [org(t, "Stiftung Lindenhof")],
      persons: [person(t, "Mara Beispiel", null, null), person(t, "Olaf Kern", "Vorstand", null), person(t, "Ida Muster", "Pfarrerin", null)],
    });
    expect(m!.participants.map((p) => p.name)).toEqual(["Mara Beispiel"]);
  });

  it("gives a participation list to the gathering mentioned last before it, even a sitting", () => {
    const t = "Der Kulturausschuss tagt am Montag, 12. Januar 2026, im Bürgersaal. Gäste sind willkommen.\nEs sprechen:\n- Anna Berg (Verein Lichtblick)\n- Olaf Kern, Leiter des Museums\n";
    const [m] = meetings(t, {
      dates: [date(t, "Montag, 12. Januar 2026", "2026-01-12")],
      persons: [person(t, "Anna Berg", null, "Verein Lichtblick"), person(t, "Olaf Kern", "Leiter", null)],
    });
    expect(m).toMatchObject({ kind: "Sitzung", date: "2026-01-12" });
    expect(m!.participants.map((p) => p.name)).toEqual(["Anna Berg", "Olaf Kern"]);
  });

  it("leaves out persons on a contact line", () => {
    const t = "Am 14. April 2026 besuchte Senatorin Eva Probe die Werft.\nRückfragen: Dr. Olaf Kern, Telefon 0421 12345";
    const [m] = meetings(t, {
      dates: [date(t, "14. April 2026", "2026-04-14")], persons: [person(t, "Eva Probe", "Senatorin", null), person(t, "Olaf Kern", null, null)],
    });
    expect(m!.participants.map((p) => p.name)).toEqual(["Eva Probe"]);
  });
});

describe("a launch event's day", () => {
  it("is the project's start when the event launched it, and a stated runtime wins", () => {
    const t = "Mit einem Straßenfest ist das Projekt „Brücken bauen“ am 2. Mai 2026 gestartet.";
    const records = assembleRecords(input(t, { dates: [date(t, "2. Mai 2026", "2026-05-02")] }));
    expect(records.find((r) => r.type === "meeting")).toMatchObject({ kind: "Straßenfest", date: "2026-05-02" });
    expect(records.find((r) => r.type === "project")).toMatchObject({ name: "Brücken bauen", start: "2026-05-02" });
    const run = t + " Das Projekt läuft vom 1. Juni 2026 bis 31. Mai 2028.";
    const [p] = projects(run, { dates: [date(run, "2. Mai 2026", "2026-05-02"), range(run, "1. Juni 2026 bis 31. Mai 2028", "2026-06-01", "2028-05-31")] });
    expect(p).toMatchObject({ start: "2026-06-01", end: "2028-05-31" });
  });
});

describe("bodies listed after 'Neben', countries a project spans", () => {
  it("takes the bodies after 'Neben … auch' as participants", () => {
    const t = "Neben der Agentur Talheim und dem Sportbund Talheim machen auch Schulen beim Projekt „Bewegte Pause“ mit.";
    const [p] = projects(t, { organisations: [org(t, "Agentur Talheim"), org(t, "Sportbund Talheim")] });
    expect(p!.organisations).toEqual([{ name: "Agentur Talheim", role: "participant" }, { name: "Sportbund Talheim", role: "participant" }]);
    const no = "Neben der Agentur Talheim liegt der Park. Das Projekt „Bewegte Pause“ startet.";
    expect(projects(no, { organisations: [org(no, "Agentur Talheim")] })[0]!.organisations).toEqual([]);
  });

  it("keeps a country only when the project runs across it", () => {
    const t = "Mit dem Programm „Saubere Flüsse“ sollen Messstellen in ganz Nordland entstehen, mit Partnern aus Südland.";
    const [p] = projects(t, { places: [place(t, "Nordland", "country"), place(t, "Südland", "country")] });
    expect(p!.places).toEqual(["Nordland"]);
  });
});
