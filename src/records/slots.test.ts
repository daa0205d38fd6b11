// Slots beyond the first sentence: role sentences and pointing-back sentences after a project,
// the cues they carry, places that name a government or an office, and participant lists.
import { describe, expect, it } from "vitest";
import type { MeetingRecord, ProjectRecord } from "../schema/release.js";
import { assembleRecords } from "./index.js";
import { date, input, org, person, place, range } from "./test-helpers.js";

const projects = (text: string, extra: Parameters<typeof input>[1] = {}) =>
  assembleRecords(input(text, extra)).filter((r): r is ProjectRecord => r.type === "project");
const meetings = (text: string, extra: Parameters<typeof input>[1] = {}) =>
  assembleRecords(input(text, extra)).filter((r): r is MeetingRecord => r.type === "meeting");

describe("project sentences after the one that names it", () => {
  it("reads a role sentence right after a project sentence", () => {
    const t = "Das Projekt „Neustart Süd“ läuft bis 2027. Träger ist die Werkstatt Talheim gGmbH; Kooperationspartner sind die Volkshochschule Talheim und der Verein Lichtblick.";
    const [p] = projects(t, {
      dates: [range(t, "bis 2027", null, "2027")],
      organisations: [org(t, "Werkstatt Talheim gGmbH"), org(t, "Volkshochschule Talheim"), org(t, "Verein Lichtblick")],
    });
    expect(p!.organisations).toEqual([
      { name: "Werkstatt Talheim gGmbH", role: "lead" }, { name: "Volkshochschule Talheim", role: "partner" }, { name: "Verein Lichtblick", role: "partner" },
    ]);
  });

  it("reads 'Beteiligt sind neben der X …' with every body named, seats and apposition between them", () => {
    const t = "Der Forschungsverbund „Moore im Wandel“ startet 2025.\n\nBeteiligt sind neben der Universität Talheim das Institut Nord (IN), die Hochschule Seedorf als Partner sowie das Amt Bergland.";
    const [p] = projects(t, {
      organisations: [org(t, "Universität Talheim"), org(t, "Institut Nord"), org(t, "Hochschule Seedorf"), org(t, "Amt Bergland")],
    });
    expect(p!.organisations.map((o) => o.name)).toEqual(["Universität Talheim", "Institut Nord", "Hochschule Seedorf", "Amt Bergland"]);
  });

  it("reads a sentence pointing back with 'dafür' for its end date, and 'umgesetzt … gemeinsam mit' for partners", () => {
    const t = "Im Rahmen des Programms „Pflege Plus“ entstehen 160 Plätze. Das Land stellt dafür bis 2028 Geld bereit. Umgesetzt wird das Programm gemeinsam mit der Klinik Nord und dem Amt Süd.";
    const [p] = projects(t, { dates: [range(t, "bis 2028", null, "2028")], organisations: [org(t, "Klinik Nord"), org(t, "Amt Süd")] });
    expect(p).toMatchObject({ name: "Pflege Plus", end: "2028" });
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
    const t = "Am 8. November 2024 verlieh die Stiftung Lindenhof den Preis.\nDie Laudatio hielt Mara Beispiel.\nWeitere Jurymitglieder waren:\n• Olaf Kern, Vorstand\n• Ida Muster, Pfarrerin\n";
    const [m] = meetings(t, {
      dates: [date(t, "8. November 2024", "2024-11-08")], organisations: [org(t, "Stiftung Lindenhof")],
      persons: [person(t, "Mara Beispiel", null, null), person(t, "Olaf Kern", "Vorstand", null), person(t, "Ida Muster", "Pfarrerin", null)],
    });
    expect(m!.participants.map((p) => p.name)).toEqual(["Mara Beispiel"]);
  });

  it("gives a participation list to the gathering mentioned last before it, even a sitting", () => {
    const t = "Der Ausschuss tagt am Donnerstag, 20. März 2025, im Rathaus. Die Sitzung ist öffentlich.\nAußerdem berichten:\n- Anna Berg (Verein Lichtblick)\n- Olaf Kern, Leiter des Amts\n";
    const [m] = meetings(t, {
      dates: [date(t, "Donnerstag, 20. März 2025", "2025-03-20")],
      persons: [person(t, "Anna Berg", null, "Verein Lichtblick"), person(t, "Olaf Kern", "Leiter", null)],
    });
    expect(m).toMatchObject({ kind: "Sitzung", date: "2025-03-20" });
    expect(m!.participants.map((p) => p.name)).toEqual(["Anna Berg", "Olaf Kern"]);
  });

  it("leaves out persons on a contact line", () => {
    const t = "Am 8. Oktober 2024 besuchte Senatorin Eva Probe die Werft.\nDr. Olaf Kern, Pressesprecher, Tel.: (0421) 361-88";
    const [m] = meetings(t, {
      dates: [date(t, "8. Oktober 2024", "2024-10-08")], persons: [person(t, "Eva Probe", "Senatorin", null), person(t, "Olaf Kern", "Pressesprecher", null)],
    });
    expect(m!.participants.map((p) => p.name)).toEqual(["Eva Probe"]);
  });
});

describe("a launch event's day", () => {
  it("is the project's start when the event launched it, and a stated runtime wins", () => {
    const t = "Mit einer Patenbörse war das Projekt „Brücken bauen“ am 19. November 2015 offiziell gestartet.";
    const records = assembleRecords(input(t, { dates: [date(t, "19. November 2015", "2015-11-19")] }));
    expect(records.find((r) => r.type === "meeting")).toMatchObject({ kind: "Patenbörse", date: "2015-11-19" });
    expect(records.find((r) => r.type === "project")).toMatchObject({ name: "Brücken bauen", start: "2015-11-19" });
    const run = t + " Das Projekt läuft vom 1. Dezember 2015 bis 30. Juni 2016.";
    const [p] = projects(run, { dates: [date(run, "19. November 2015", "2015-11-19"), range(run, "1. Dezember 2015 bis 30. Juni 2016", "2015-12-01", "2016-06-30")] });
    expect(p).toMatchObject({ start: "2015-12-01", end: "2016-06-30" });
  });
});

describe("bodies listed after 'Neben', countries a project spans", () => {
  it("takes the bodies after 'Neben … auch' as participants", () => {
    const t = "Neben der Agentur Talheim und dem Jobcenter Talheim sollen auch Vereine in das Projekt „Wir“ eingebunden werden.";
    const [p] = projects(t, { organisations: [org(t, "Agentur Talheim"), org(t, "Jobcenter Talheim")] });
    expect(p!.organisations).toEqual([{ name: "Agentur Talheim", role: "participant" }, { name: "Jobcenter Talheim", role: "participant" }]);
    const no = "Neben der Agentur Talheim liegt der Park. Das Projekt „Wir“ startet.";
    expect(projects(no, { organisations: [org(no, "Agentur Talheim")] })[0]!.organisations).toEqual([]);
  });

  it("keeps a country only when the project runs across it", () => {
    const t = "Mit dem „Projekt 20.000“ sollen Jobs in ganz Nordland entstehen, mit Partnern aus Südland.";
    const [p] = projects(t, { places: [place(t, "Nordland", "country"), place(t, "Südland", "country")] });
    expect(p!.places).toEqual(["Nordland"]);
  });
});
