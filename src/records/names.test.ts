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

describe("quoted names with an exclamation mark", () => {
  it("takes a short slogan ending in '!' as a name, not speech with a pronoun or an auxiliary", () => {
    expect(names("Im Rahmen des Bundesprogramms „Zukunft wagen!“ fördert das Amt die Partnerschaft.")).toEqual(["Zukunft wagen!"]);
    expect(names("Das Projekt „Mach mit!“ startet im Mai.")).toEqual(["Mach mit!"]);
    expect(names("Das Projekt startet. „Wir haben es geschafft!“, sagte sie, und die Kampagne „Das ist gut!“ lief weiter.")).toEqual([]);
  });
});

describe("descriptive names", () => {
  it("takes a plural group only when it is counted", () => {
    expect(names("Der Kreis gibt 80.000 Euro für sieben Sportprojekte aus.")).toEqual(["Sportprojekte"]);
    expect(names("Viel Arbeit machen die Bauprojekte am Hafen, für die Euro-Mittel fehlen.")).toEqual([]);
    expect(names("Die Hochschule erhält Geld für ihre Lehrprojekte.")).toEqual([]);
  });

  it("gives the noun in the nominative singular", () => {
    const t = "Der Verein feiert das Ende seines Sportprojekts.\n\nAlle Kinder bekamen Urkunden.";
    expect(names(t, { title: spanOf(t, "Der Verein feiert das Ende seines Sportprojekts.") })).toEqual(["Sportprojekt"]);
  });

  it("reads complements with für and gegen", () => {
    const t = "Kreis startet Initiative gegen Kinderarmut\n\nDer Kreis fördert Familienzentren.";
    expect(names(t, { title: spanOf(t, "Kreis startet Initiative gegen Kinderarmut") })).toEqual(["Initiative gegen Kinderarmut"]);
    const c = "Der Rat hat das Wohnkonzept der Stadt Talheim für Familien beraten.";
    expect(names(c, { organisations: [org(c, "Stadt Talheim")] })).toEqual(["Wohnkonzept der Stadt Talheim für Familien"]);
  });
});

describe("names closed by a number or opened by a capitalised adjective", () => {
  it("reads a project noun with capitalised words and a number", () => {
    expect(names("Beschlossen ist nun die Strategie für den Wohnungsmarkt Talland 2030.")).toEqual(["Strategie für den Wohnungsmarkt Talland 2030"]);
    expect(names("Das Land hat für das Programm 5 Millionen Euro vorgesehen.")).toEqual([]);
  });

  it("does not read an organisation's name closed by a number as a project", () => {
    const t = "Die Fraktion von Bündnis 21/Die Blauen beantragt eine Sondersitzung.";
    expect(names(t)).toEqual(["Bündnis 21"]);
    expect(names(t, { organisations: [org(t, "Bündnis 21/Die Blauen")] })).toEqual([]);
  });

  it("reads a capitalised adjective before a project noun, in the nominative", () => {
    expect(names("Der Beirat lobte das Familienpolitische Gesamtkonzept der Gemeinde.")).toEqual(["Familienpolitisches Gesamtkonzept"]);
    expect(names("Gefördert wird aus Mitteln der Offenen Initiative.")).toEqual(["Offene Initiative"]);
  });

  it("does not read a body's name as a programme", () => {
    const t = "Die Kurse werden aus Mitteln des Nordischen Kulturfonds Plus bezahlt.";
    expect(names(t, { organisations: [org(t, "Nordischer Kulturfonds Plus", "Nordischen Kulturfonds Plus")] })).toEqual([]);
  });

  it("does not read bodies, reactions or prices as projects", () => {
    expect(names("Die Fraktion „Bürger für Talheim“ stimmte zu.")).toEqual([]);
    expect(names("Der Kaufpreis „Sonderangebot“ gilt bis Mai.")).toEqual([]);
  });
});

describe("brand-shaped, bracketed and coordinated names", () => {
  it("reads a brand-shaped quotation in a release about programmes", () => {
    expect(names("Das neue Programm heißt „upperGrowth“. Es startet im Mai.")).toEqual(["upperGrowth"]);
    expect(names("Die Gruppe nutzt „WhatsApp“ für ihre Treffen.")).toEqual([]);
  });

  it("reads names in brackets near a project noun, numbered ones beside a brand-shaped one", () => {
    const t = "Das Land bewilligt drei Projekte. Die Hochschule arbeitet an Sensoren (DataLab@Nord), an Implantaten (Bio3DPrint) und an Akten (Digitales Archiv 2).";
    expect(names(t)).toEqual(["DataLab@Nord", "Bio3DPrint", "Digitales Archiv 2"]);
    const p = projects(t).find((x) => x.name === "Bio3DPrint")!;
    expect(t.slice(p.evidence.start, p.evidence.end).startsWith("Die Hochschule")).toBe(true);
    // A source tag at a line start and a party after a name are no project names.
    expect(names("(ots) (Talheim) Das Projekt startet.\nSie sprach (SPD) über Projekte (Digitales Archiv 2).")).toEqual([]);
  });

  it("takes quotations coordinated with a named one, each with its own place", () => {
    const t = "Ausgezeichnet wurden die „Initiative Lesestunde“ (Talheim), „Musik für alle“ (Bergstadt) und „Umwege“ (Seedorf).";
    const found = projects(t, { places: [place(t, "Talheim", "municipality"), place(t, "Bergstadt", "municipality"), place(t, "Seedorf", "municipality")] });
    expect(found.map((p) => [p.name, p.places])).toEqual([
      ["Initiative Lesestunde", ["Talheim"]], ["Musik für alle", ["Bergstadt"]], ["Umwege", ["Seedorf"]],
    ]);
    expect(names("Die Schüler riefen „Mehr Grün“, „Weniger Autos“ und „Bessere Busse“.")).toEqual([]);
  });
});

describe("quoted names by their role in the sentence", () => {
  it("reads a quotation that a funding or a launch is for", () => {
    expect(names("Vier Gemeinden bekommen eine Förderung für ein „Lernzentrum Nord“.")).toEqual(["Lernzentrum Nord"]);
    expect(names("Seit 1. März 2026 gibt es die „Willkommens-Stelle“ für Zugewanderte.")).toEqual(["Willkommens-Stelle"]);
    // Not an epithet after a comma, not an event on a stated day.
    expect(names("Den Scheck überreichte die Ministerin, die den Betrieb als „Vorbild der Region“ lobte.")).toEqual([]);
    expect(names("Am Samstag, 6. Juni, startet auf dem Markt die „Lange Tafel“.")).toEqual([]);
  });

  it("reads a quoted name in the title that the body takes up with an article", () => {
    const t = "„Lernwerkstatt Stadt und Land“ öffnet in Talheim\nDer Kreis bezahlt die Lernwerkstatt. Die Lernwerkstatt berät Familien.";
    expect(names(t, { title: spanOf(t, "„Lernwerkstatt Stadt und Land“ öffnet in Talheim") })).toEqual(["Lernwerkstatt Stadt und Land"]);
    const once = "„Lernwerkstatt Stadt und Land“ öffnet in Talheim\nDie Lernwerkstatt berät Familien.";
    expect(names(once, { title: spanOf(once, "„Lernwerkstatt Stadt und Land“ öffnet in Talheim") })).toEqual([]);
  });
});

describe("places and back-references", () => {
  it("leaves out a body's seat in brackets and keeps places inside the project's own name", () => {
    const t = "Das „Netzwerk Stadt und Land Talland“ betreiben die Werkstatt GmbH (Seedorf) und der Verein Lichtblick.";
    const [p] = projects(t, {
      places: [place(t, "Talland", "region"), place(t, "Seedorf", "municipality")],
      organisations: [org(t, "Werkstatt GmbH"), org(t, "Verein Lichtblick")],
    });
    expect(p!.places).toEqual(["Talland"]);
    expect(p!.organisations).toEqual([{ name: "Werkstatt GmbH", role: "lead" }, { name: "Verein Lichtblick", role: "lead" }]);
  });

  it("does not let a weak noun with its own modifier refer back to another project", () => {
    const t = "Gegründet wurde das Forum „Brücken bauen“. Der Rat stellte Geld aus dem Seefonds bis Ende 2027 zur Verfügung.";
    const [p] = projects(t, { dates: [{ ...spanOf(t, "bis Ende 2027"), text: "bis Ende 2027", type: "range", value: null, from: null, to: "2027", mod: "end" }] });
    expect(p).toMatchObject({ name: "Brücken bauen", end: null });
  });
});
