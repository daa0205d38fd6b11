// Project names beyond "Projekt „X“": counted plurals, nominative forms, complements with für/gegen,
// names closed by a number, capitalised adjectives, brand-shaped names in quotes and brackets,
// coordinated quotations, funded or launched quotations, the title's topic, and where places go.
import { describe, expect, it } from "vitest";
import type { ProjectRecord } from "../schema/release.js";
import { assembleRecords } from "./index.js";
import { input, org, place, spanOf } from "./test-helpers.js";

const projects = (text: string, extra: Parameters<typeof input>[1] = {}) =>
  assembleRecords(input(text, extra)).filter((r): r is ProjectRecord => r.type === "project");
const names = (text: string, extra: Parameters<typeof input>[1] = {}) => projects(text, extra).map((p) => p.name);

describe("descriptive names", () => {
  it("takes a plural group only when it is counted", () => {
    expect(names("Das Land stellt 2 Millionen Euro für neun Arbeitsmarktprojekte bereit.")).toEqual(["Arbeitsmarktprojekte"]);
    expect(names("Sorgen machen ihr die Zulieferungsprojekte für das Kaufhaus, die mit Euro-Jobs arbeiten.")).toEqual([]);
    expect(names("Die Universität erhält Geld, um Forschungsprojekte umzusetzen.")).toEqual([]);
  });

  it("gives the noun in the nominative singular", () => {
    expect(names("Die Kammer feiert den Abschluss ihres Integrationsprojekts.\n\nAlle Teilnehmer erhielten Zertifikate.", {
      title: { start: 0, end: 58 },
    })).toEqual(["Integrationsprojekt"]);
  });

  it("reads complements with für and gegen", () => {
    expect(names("Land startet Initiative gegen Langzeitarbeitslosigkeit\n\nDas Land fördert Jobcenter.", { title: { start: 0, end: 54 } }))
      .toEqual(["Initiative gegen Langzeitarbeitslosigkeit"]);
    const t = "Der Ausschuss hat das Integrationskonzept der Stadt Talheim für Zuwanderer behandelt.";
    expect(names(t, { organisations: [org(t, "Stadt Talheim")] })).toEqual(["Integrationskonzept der Stadt Talheim für Zuwanderer"]);
  });
});

describe("names closed by a number or opened by a capitalised adjective", () => {
  it("reads a project noun with capitalised words and a number", () => {
    expect(names("So wurde gemeinsam die Strategie für den Arbeitsmarkt Talland 2030 entwickelt.")).toEqual(["Strategie für den Arbeitsmarkt Talland 2030"]);
    expect(names("Das Land hat für das Programm 5 Millionen Euro vorgesehen.")).toEqual([]);
  });

  it("reads a capitalised adjective before a project noun, in the nominative", () => {
    expect(names("Die Jury lobte das Seniorenpolitische Gesamtkonzept des Landkreises.")).toEqual(["Seniorenpolitisches Gesamtkonzept"]);
    expect(names("Gefördert wird aus Mitteln der Offenen Initiative.")).toEqual(["Offene Initiative"]);
  });

  it("does not read a body's name as a programme", () => {
    const t = "Die Projekte werden aus Mitteln des Europäischen Sozialfonds Plus gefördert.";
    expect(names(t, { organisations: [org(t, "Europäischer Sozialfonds Plus", "Europäischen Sozialfonds Plus")] })).toEqual([]);
  });

  it("does not read bodies, reactions or prices as projects", () => {
    expect(names("Die Fraktion „Bürger für Talheim“ stimmte zu.")).toEqual([]);
    expect(names("Der Kaufpreis „Sonderangebot“ gilt bis Mai.")).toEqual([]);
  });
});

describe("brand-shaped, bracketed and coordinated names", () => {
  it("reads a brand-shaped quotation in a release about programmes", () => {
    expect(names("Aus dem alten Programm wird „upperGrowth“. Es startet im Mai.")).toEqual(["upperGrowth"]);
    expect(names("Die Gruppe nutzt „WhatsApp“ für ihre Treffen.")).toEqual([]);
  });

  it("reads names in brackets near a project noun, numbered ones beside a brand-shaped one", () => {
    const t = "Vier Projekte werden gefördert. Die Forscher widmen sich der Umwelt (DataLab@Nord), der Medizin (Bio3DPrint) und dem Recht (Digitales Archiv 2).";
    expect(names(t)).toEqual(["DataLab@Nord", "Bio3DPrint", "Digitales Archiv 2"]);
    const p = projects(t).find((x) => x.name === "Bio3DPrint")!;
    expect(t.slice(p.evidence.start, p.evidence.end).startsWith("Die Forscher")).toBe(true);
    // A source tag at a line start and a party after a name are no project names.
    expect(names("(lifePR) (Talheim) Das Projekt startet.\nSie sprach (SPD) über Projekte (Digitales Archiv 2).")).toEqual([]);
  });

  it("takes quotations coordinated with a named one, each with its own place", () => {
    const t = "Drei Gruppen erhielten den Preis: die „Initiative Lesestunde“ (Talheim), „Kultur für alle“ (Bergstadt) und „Auswege“ (Seedorf).";
    const found = projects(t, { places: [place(t, "Talheim", "municipality"), place(t, "Bergstadt", "municipality"), place(t, "Seedorf", "municipality")] });
    expect(found.map((p) => [p.name, p.places])).toEqual([
      ["Initiative Lesestunde", ["Talheim"]], ["Kultur für alle", ["Bergstadt"]], ["Auswege", ["Seedorf"]],
    ]);
    expect(names("Die Schüler riefen „Mehr Grün“, „Weniger Autos“ und „Bessere Busse“.")).toEqual([]);
  });
});

describe("quoted names by their role in the sentence", () => {
  it("reads a quotation that a funding or a launch is for", () => {
    expect(names("So erhalten zehn Jobcenter eine Landesförderung für ein „Lernzentrum Nord“.")).toEqual(["Lernzentrum Nord"]);
    expect(names("Seit 1. Jänner 2024 gibt es die „Willkommens-Stelle“ für Zugewanderte.")).toEqual(["Willkommens-Stelle"]);
    // Not an epithet after a comma, not an event on a stated day.
    expect(names("Die Fördermittel übergab der Minister, der die Hochschule als „Motor der Region“ lobte.")).toEqual([]);
    expect(names("Am Freitag, 23. November, startet in der Halle die „Chance Handwerk“.")).toEqual([]);
  });

  it("reads a quoted name in the title that the body takes up with an article", () => {
    const t = "„Lernwerkstatt Frau und Beruf“ nun auch in Talheim aktiv\nDas Land fördert die Lernwerkstatt. Die Lernwerkstatt berät Frauen.";
    expect(names(t, { title: spanOf(t, "„Lernwerkstatt Frau und Beruf“ nun auch in Talheim aktiv") })).toEqual(["Lernwerkstatt Frau und Beruf"]);
    const once = "„Lernwerkstatt Frau und Beruf“ nun auch in Talheim aktiv\nDie Lernwerkstatt berät Frauen.";
    expect(names(once, { title: spanOf(once, "„Lernwerkstatt Frau und Beruf“ nun auch in Talheim aktiv") })).toEqual([]);
  });
});

describe("places and back-references", () => {
  it("leaves out a body's seat in brackets and keeps places inside the project's own name", () => {
    const t = "Das „Netzwerk Frau und Beruf Talland“ betreiben die Werkstatt GmbH (Seedorf) und der Verein Lichtblick.";
    const [p] = projects(t, {
      places: [place(t, "Talland", "region"), place(t, "Seedorf", "municipality")],
      organisations: [org(t, "Werkstatt GmbH"), org(t, "Verein Lichtblick")],
    });
    expect(p!.places).toEqual(["Talland"]);
    expect(p!.organisations).toEqual([{ name: "Werkstatt GmbH", role: "lead" }, { name: "Verein Lichtblick", role: "lead" }]);
  });

  it("does not let a weak noun with its own modifier refer back to another project", () => {
    const t = "Lanciert wurde das Forum „Brücken bauen“. Der Rat stellte Geld aus dem Seefonds bis Ende 2019 zur Verfügung.";
    const [p] = projects(t, { dates: [{ ...spanOf(t, "bis Ende 2019"), text: "bis Ende 2019", type: "range", value: null, from: null, to: "2019", mod: "end" }] });
    expect(p).toMatchObject({ name: "Brücken bauen", end: null });
  });
});
