import { describe, expect, it } from "vitest";
import type { ProjectRecord } from "../schema/release.js";
import { assembleRecords } from "./index.js";
import { holdsWords, sameProjectName } from "./project.js";
import { date, input, org, person, place, range } from "./test-helpers.js";

const projects = (text: string, extra: Parameters<typeof input>[1] = {}) =>
  assembleRecords(input(text, extra)).filter((r): r is ProjectRecord => r.type === "project");

describe("project records", () => {
  it("takes a quoted name after a project noun with its dates, bodies and people", () => {
    const t =
      "Das Modellprojekt „Zukunft gestalten im Quartier“ wird gefördert durch die Stiftung Morgenrot. " +
      "Das seit März 2019 laufende Projekt endet am 31. Dezember 2021. " +
      "Die Koordination des Projekts liegt beim Bildungswerk Nordtal. " +
      "Projektleiterin Jana Beispiel ist zufrieden. Bürgermeister Omar Muster lobte das Wetter.";
    const found = projects(t, {
      dates: [range(t, "seit März 2019", "2019-03", null), date(t, "31. Dezember 2021", "2021-12-31")],
      places: [],
      organisations: [org(t, "Stiftung Morgenrot"), org(t, "Bildungswerk Nordtal")],
      persons: [person(t, "Jana Beispiel", "Projektleiterin", null), person(t, "Omar Muster", "Bürgermeister", null)],
    });
    expect(found).toHaveLength(1);
    const p = found[0]!;
    expect(p.name).toBe("Zukunft gestalten im Quartier");
    expect(p.start).toBe("2019-03");
    expect(p.end).toBe("2021-12-31");
    expect(p.organisations).toEqual([
      { name: "Stiftung Morgenrot", role: "funder" },
      { name: "Bildungswerk Nordtal", role: "coordinator" },
    ]);
    expect(p.people.map((x) => x.name)).toEqual(["Jana Beispiel"]);
    expect(t.slice(p.evidence.start, p.evidence.end)).toBe("Das Modellprojekt „Zukunft gestalten im Quartier“ wird gefördert durch die Stiftung Morgenrot.");
  });

  it("merges spellings of one name and finds unquoted repetitions", () => {
    const t = "Die Initiative „Gesund älter werden in Nordtal“ startet. Später heißt es: Das Programm „Gesund älter werden“ wirkt. Gesund älter werden in Nordtal ist beliebt.";
    const found = projects(t);
    expect(found.map((p) => p.name)).toEqual(["Gesund älter werden in Nordtal"]);
  });

  it("reads an acronym name after a programme noun and 'seit' in the same clause", () => {
    const t = "Das Förderprogramm ABC – Arbeit durch Bildung arbeitet seit 2010 an besseren Chancen.";
    const found = projects(t, { dates: [range(t, "seit 2010", "2010", null)] });
    expect(found).toEqual([expect.objectContaining({ name: "ABC – Arbeit durch Bildung", start: "2010", end: null })]);
  });

  it("falls back to a descriptive name in the lead when nothing is named", () => {
    const t = "In Talstadt wird ein neues Projekt zur Stärkung der lokalen Nachbarschaften ins Leben gerufen. Das Projekt stellt zwei Stellen zur Verfügung.";
    const found = projects(t, { places: [place(t, "Talstadt", "municipality"), place(t, "Kanada", "country", "Talstadt")] });
    expect(found).toHaveLength(1);
    expect(found[0]!.name).toBe("Projekt zur Stärkung der lokalen Nachbarschaften");
    expect(found[0]!.places).toEqual(["Talstadt"]);
  });

  it("keeps 'zur Verfügung' out of a descriptive name", () => {
    const t = "Das Land stellt 2 Millionen Euro für sieben Integrationsprojekte zur Verfügung.";
    expect(projects(t).map((p) => p.name)).toEqual(["Integrationsprojekte"]);
  });

  it("reads a genitive owner and a compound prefix as the lead body", () => {
    const t = "Auch das Projekt „Lesepaten“ des Vereins Lesefreunde erhält Geld. Das ABC-Teilprojekt „Sprache verbindet“ läuft weiter.";
    const abc = { ...org(t, "Arbeit-Bildung-Chancen e.V.", "ABC"), abbreviation: "ABC" };
    const found = projects(t, { organisations: [org(t, "Verein Lesefreunde", "Vereins Lesefreunde"), abc] });
    expect(found.map((p) => [p.name, p.organisations])).toEqual([
      ["Lesepaten", [{ name: "Verein Lesefreunde", role: "lead" }]],
      ["Sprache verbindet", [{ name: "Arbeit-Bildung-Chancen e.V.", role: "lead" }]],
    ]);
  });

  it("does not read the meeting's date or a date in another clause as the project's start", () => {
    const t = "Der Kreistag hat in seiner Sitzung am 4. Mai 2022 das Programm „Mobil im Land“ beschlossen. Der „Aktionsplan Wohnen“ ist ein Plan, mit dem die Stadt auf den Zuzug seit dem Jahr 2015 reagiert.";
    const found = projects(t, { dates: [date(t, "4. Mai 2022", "2022-05-04"), range(t, "seit dem Jahr 2015", "2015", null)] });
    expect(found.map((p) => [p.name, p.start])).toEqual([["Mobil im Land", null], ["Aktionsplan Wohnen", null]]);
  });

  it("does not make projects of quotations after other nouns or of bare project nouns", () => {
    const negatives = [
      "Unter dem Motto „Gemeinsam stark“ feierte der Verein sein Jubiläum.",
      "Das Projekt wurde vorgestellt. Weitere Projekte folgen.",
      "„Wir sind zufrieden“, sagte die Leiterin des Programms.",
    ];
    for (const t of negatives) expect(projects(t), t).toEqual([]);
  });

  it("names the programmes a launch event opens, with their funding period", () => {
    const t = "Am 3. März 2023 fanden die Programmeröffnungen ABF und SFX+ für die Förderperiode 2023-2029 in Talstadt statt. Der SFX+ erhält von der Landesbank Nordtal Mittel in Höhe von 5 Millionen Euro.";
    const found = projects(t, {
      dates: [date(t, "3. März 2023", "2023-03-03"), range(t, "2023-2029", "2023", "2029")],
      organisations: [org(t, "Landesbank Nordtal")],
    });
    expect(found.map((p) => [p.name, p.start, p.end])).toEqual([["ABF", "2023", "2029"], ["SFX+", "2023", "2029"]]);
    expect(found[1]!.organisations).toEqual([{ name: "Landesbank Nordtal", role: "funder" }]);
  });

  it("reads a quoted name before a project compound and the body that launches it", () => {
    const t = "Der Verein Lesefreunde hat das „Bücherbus“-Projekt gestartet.";
    const found = projects(t, { organisations: [org(t, "Verein Lesefreunde")] });
    expect(found.map((p) => [p.name, p.organisations])).toEqual([["Bücherbus", [{ name: "Verein Lesefreunde", role: "lead" }]]]);
  });

  it("does not pair a speech's closing mark with a name's opening mark", () => {
    const t = "\"Wir haben viel erreicht und wollen weitermachen.\" sagte sie. Das Projekt \"Lernwerkstatt\" läuft weiter.";
    expect(projects(t).map((p) => p.name)).toEqual(["Lernwerkstatt"]);
  });

  it("compares names as the scorer does", () => {
    expect(sameProjectName("Wege in Arbeit aus Vereinen in NRW", "Wege in Arbeit aus Vereinen in Nordrhein-Westfalen")).toBe(true);
    expect(sameProjectName("Lesepaten", "Sprache verbindet")).toBe(false);
  });
});

describe("holdsWords", () => {
  it("finds whole words only, as padding both strings with spaces would", () => {
    expect(holdsWords("netzwerk talheim nord", "talheim")).toBe(true);
    expect(holdsWords("netzwerk talheim nord", "talheim nord")).toBe(true);
    expect(holdsWords("netzwerk talheimer nord", "talheim")).toBe(false);
    expect(holdsWords("netzwerk obertalheim", "talheim")).toBe(false);
    expect(holdsWords("talheim", "talheim")).toBe(true);
    expect(holdsWords("", "")).toBe(true);
    expect(holdsWords("talheim", "")).toBe(false);
    const words = ["a", "ab", "b", "ba", "abc"];
    for (const x of words.flatMap((u) => words.map((v) => `${u} ${v}`)).concat(words)) {
      for (const y of words.concat(["a b", "b a", "ab c"])) expect(holdsWords(x, y), `${x} / ${y}`).toBe(` ${x} `.includes(` ${y} `));
    }
  });
});
