import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Organisation, Person, Place } from "../../schema/release.js";
import { extractPersons } from "./index.js";
// @ts-expect-error plain ESM script without types
import { buildFirstNames } from "../../../scripts/build-first-names.mjs";

function run(text: string, extra: { places?: Place[]; organisations?: Organisation[] } = {}): Person[] {
  return extractPersons({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null, ...extra });
}

function byName(persons: Person[], name: string): Person {
  const p = persons.find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name} in ${JSON.stringify(persons.map((x) => x.name))}`);
  return p;
}

/** Offsets of the n-th occurrence of `needle` in `text`. */
function at(text: string, needle: string, n = 0): { text: string; start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`${needle} not in text`);
  return { text: needle, start: i, end: i + needle.length };
}

describe("names", () => {
  it("finds ROLE NAME and links a later bare surname", () => {
    const text = "Kreisdirektor Jonas Albers eröffnete am Montag die Ausstellung. „Das hilft vielen Familien“, so Albers weiter.";
    const persons = run(text);
    expect(persons).toHaveLength(1);
    const p = persons[0]!;
    expect(p).toMatchObject({ name: "Jonas Albers", givenName: "Jonas", familyName: "Albers", title: null, honorific: null });
    expect(p.roles).toEqual([{ role: "Kreisdirektor", organisation: null }]);
    expect(p.mentions).toEqual([at(text, "Jonas Albers"), at(text, "Albers", 1)]);
  });

  it("keeps titles and honorifics apart and links 'Frau Dr. X' to the full name", () => {
    const text = "Es sprach Dr. Souzan Yıldız-Kaya vom Verein. Später ergänzte Frau Dr. Yıldız-Kaya die Zahlen.";
    const persons = run(text);
    expect(persons).toHaveLength(1);
    expect(persons[0]).toMatchObject({ name: "Souzan Yıldız-Kaya", title: "Dr.", honorific: "Frau", givenName: "Souzan", familyName: "Yıldız-Kaya" });
    expect(persons[0]!.mentions).toEqual([at(text, "Souzan Yıldız-Kaya"), at(text, "Yıldız-Kaya", 1)]);
  });

  it("reads surname particles and compound titles", () => {
    const text = "Arbeitsminister Prof. Dr.-Ing. Henrik van der Linde eröffnete die Messe.";
    const p = byName(run(text), "Henrik van der Linde");
    expect(p).toMatchObject({ title: "Prof. Dr.-Ing.", familyName: "van der Linde" });
    expect(p.mentions).toEqual([at(text, "Henrik van der Linde")]);
    expect(p.roles[0]?.role).toBe("Arbeitsminister");
  });

  it("takes a surname alone after an honorific", () => {
    const text = "Nach dem Vortrag von Modellprojektleiter Herrn Aydın gab es Fragen.";
    const p = byName(run(text), "Aydın");
    expect(p).toMatchObject({ givenName: null, familyName: "Aydın", honorific: "Herrn" });
    expect(p.roles).toEqual([{ role: "Modellprojektleiter", organisation: null }]);
    expect(p.mentions).toEqual([at(text, "Aydın")]);
  });

  it("accepts unlisted given names in a list of persons", () => {
    const text = "Dabei waren Jana Reuter (Stadt Hilden), Souzan Okafor (Diakonie Hilden) und Peter Brandt.";
    const names = run(text).map((p) => p.name);
    expect(names).toEqual(["Jana Reuter", "Souzan Okafor", "Peter Brandt"]);
  });
});

describe("captions", () => {
  it("v.l.n.r.: a list of names with roles and brackets", () => {
    const text = "Foto (v.l.n.r.): Bürgermeisterin Anja Roth, Tomasz Nowak (Diakonie Lemgo) und Dr. Sevgi Arslan.";
    const persons = run(text);
    expect(persons.map((p) => p.name)).toEqual(["Anja Roth", "Tomasz Nowak", "Sevgi Arslan"]);
    expect(byName(persons, "Tomasz Nowak").mentions).toEqual([at(text, "Tomasz Nowak")]);
    expect(byName(persons, "Tomasz Nowak").roles).toEqual([{ role: null, organisation: "Diakonie Lemgo" }]);
    expect(byName(persons, "Sevgi Arslan").mentions).toEqual([at(text, "Sevgi Arslan")]);
  });
});

describe("roles and affiliations", () => {
  it("NAME (ROLE ORG), NAME (ORG) and one bracket after several names", () => {
    const text =
      "An dem Treffen nahmen Anna Schulte (Leitung Stadtteilbüro Nord), Dr. Lena Vogt, Peter Wagner (Caritasverband Bonn e.V.) " +
      "und Frau Lehmann-Öztürk (Leiterin KI Kreis Lippe) teil.";
    const persons = run(text);
    expect(byName(persons, "Anna Schulte").roles).toEqual([{ role: "Leitung", organisation: "Stadtteilbüro Nord" }]);
    expect(byName(persons, "Lena Vogt").roles).toEqual([{ role: null, organisation: "Caritasverband Bonn e.V." }]);
    expect(byName(persons, "Peter Wagner").roles).toEqual([{ role: null, organisation: "Caritasverband Bonn e.V." }]);
    const l = byName(persons, "Lehmann-Öztürk");
    expect(l.honorific).toBe("Frau");
    expect(l.roles).toEqual([{ role: "Leiterin", organisation: "KI Kreis Lippe" }]);
  });

  it("'(beide X)' holds for the last two names only", () => {
    const text = "Auf dem Bild: Ralf Koch, Aylin Demirci und Stefan Vogel (beide IHK Arnsberg).";
    const persons = run(text);
    expect(byName(persons, "Ralf Koch").roles).toEqual([]);
    for (const name of ["Aylin Demirci", "Stefan Vogel"]) expect(byName(persons, name).roles).toEqual([{ role: null, organisation: "IHK Arnsberg" }]);
  });

  it("NAME, ROLE der ORG with a simple nominative", () => {
    const text = "„Wir freuen uns“, sagte Jens Hartmann, Geschäftsführer der Stiftung Lebensraum gGmbH, am Montag. " +
      "Lukas Brenner, Integrationsbeauftragter des Rhein-Sieg-Kreises, stimmte zu.";
    const persons = run(text);
    expect(byName(persons, "Jens Hartmann").roles).toEqual([{ role: "Geschäftsführer", organisation: "Stiftung Lebensraum gGmbH" }]);
    expect(byName(persons, "Lukas Brenner").roles).toEqual([{ role: "Integrationsbeauftragter", organisation: "Rhein-Sieg-Kreis" }]);
  });

  it("ROLE der ORG, NAME with nominative role and body", () => {
    const text = "Grußworte sprachen die Direktorin der Europäischen Akademie, Frau Carla Rossi, und dem Vorstandsvorsitzenden der Muster AG, Karl Weber, folgte ein Film.";
    const persons = run(text);
    expect(byName(persons, "Carla Rossi").roles).toEqual([{ role: "Direktorin", organisation: "Europäische Akademie" }]);
    expect(byName(persons, "Karl Weber").roles).toEqual([{ role: "Vorstandsvorsitzender", organisation: "Muster AG" }]);
  });

  it("keeps modifiers and the organ of a body in the role", () => {
    const text = "Petra Lang, stellvertretende Vorsitzende der Geschäftsführung der Agentur für Arbeit Lemgo, stellte die Zahlen vor.";
    expect(byName(run(text), "Petra Lang").roles).toEqual([
      { role: "stellvertretende Vorsitzende der Geschäftsführung", organisation: "Agentur für Arbeit Lemgo" },
    ]);
  });

  it("applies a role after 'A und B' to both", () => {
    const text = "Unterschrieben haben Tim Berger und Ole Hansen, Schulleiter der Gesamtschulen Süd und Nord.";
    const persons = run(text);
    for (const name of ["Tim Berger", "Ole Hansen"]) {
      expect(byName(persons, name).roles).toEqual([{ role: "Schulleiter", organisation: "Gesamtschulen Süd und Nord" }]);
    }
  });

  it("uses the canonical name of an organisation found by the earlier stage", () => {
    const text = "Maria Ruiz, Referentin im Landesamt für Soziales, berichtete.";
    const start = text.indexOf("Landesamt");
    const organisations: Organisation[] = [{ name: "Landesamt für Soziales NRW", abbreviation: null, mentions: [{ text: "Landesamt für Soziales", start, end: start + 22 }] }];
    expect(byName(run(text, { organisations }), "Maria Ruiz").roles).toEqual([{ role: "Referentin", organisation: "Landesamt für Soziales NRW" }]);
  });

  it("compound roles keep their prefix; a later short role links to the same person", () => {
    const text = "Integrationsstaatssekretärin Leyla Demir besuchte das Zentrum. Das sei wichtig, sagt Staatssekretärin Demir.";
    const persons = run(text);
    expect(persons).toHaveLength(1);
    expect(persons[0]!.roles.map((r) => r.role)).toEqual(["Integrationsstaatssekretärin", "Staatssekretärin"]);
    expect(persons[0]!.mentions).toEqual([at(text, "Leyla Demir"), at(text, "Demir", 1)]);
  });

  it("contact blocks: one person a line, the bracket is the role", () => {
    const text = "Ansprechpartnerinnen:\n\nFrau Eleni Papadaki (Projektleitung)\nHerr Wei Chen (Finanzkoordination)\n";
    const persons = run(text);
    expect(byName(persons, "Eleni Papadaki")).toMatchObject({ honorific: "Frau", roles: [{ role: "Projektleitung", organisation: null }] });
    expect(byName(persons, "Wei Chen")).toMatchObject({ honorific: "Herr", roles: [{ role: "Finanzkoordination", organisation: null }] });
    expect(byName(persons, "Wei Chen").mentions).toEqual([at(text, "Wei Chen")]);
  });

  it("NAME vom/von der ORG and ROLE: NAME", () => {
    const text = "Dabei waren Ayla Kurt vom Integrationsrat und Jonas Brandt von der Diakonie Lippe.\nProjektleitung: Mira Stein";
    const persons = run(text);
    expect(byName(persons, "Ayla Kurt").roles).toEqual([{ role: null, organisation: "Integrationsrat" }]);
    expect(byName(persons, "Jonas Brandt").roles).toEqual([{ role: null, organisation: "Diakonie Lippe" }]);
    expect(byName(persons, "Mira Stein").roles).toEqual([{ role: "Projektleitung", organisation: null }]);
  });

  it("a role before the next name of a list is not an apposition; a party is no body", () => {
    const text = "Auf dem Foto: Bürgermeisterin Anja Roth, Landrat Michael Sander (SPD) und Projektleiterin Dr. Sevgi Arslan.";
    const persons = run(text);
    expect(byName(persons, "Anja Roth").roles).toEqual([{ role: "Bürgermeisterin", organisation: null }]);
    expect(byName(persons, "Michael Sander").roles).toEqual([{ role: "Landrat", organisation: null }]);
    expect(byName(persons, "Sevgi Arslan")).toMatchObject({ title: "Dr.", roles: [{ role: "Projektleiterin", organisation: null }] });
  });

  it("a role phrase with a body or complement right before the name; role and bracket body merge", () => {
    const text = "Ministerin für Schule und Bildung Dora Kaya besuchte die Klasse. Landrätin Eva Horn (Kreis Lippe) kam auch.";
    const persons = run(text);
    expect(byName(persons, "Dora Kaya").roles).toEqual([{ role: "Ministerin für Schule und Bildung", organisation: null }]);
    expect(byName(persons, "Eva Horn").roles).toEqual([{ role: "Landrätin", organisation: "Kreis Lippe" }]);
  });

  it("two roles in one apposition", () => {
    const text = "Anna Roth, Leiterin der Volkshochschule Lemgo und Vorsitzende des Kulturvereins, eröffnete den Abend.";
    expect(byName(run(text), "Anna Roth").roles).toEqual([
      { role: "Leiterin", organisation: "Volkshochschule Lemgo" },
      { role: "Vorsitzende", organisation: "Kulturverein" },
    ]);
  });

  it("a place in the genitive before the role is its body", () => {
    const text = "Heute unterschrieb Bremens Polizeipräsidentin Hanna Keller den Vertrag.";
    const start = text.indexOf("Bremen");
    const places: Place[] = [{ name: "Bremen", type: "municipality", mentions: [{ text: "Bremen", start, end: start + 6 }] }];
    expect(byName(run(text, { places }), "Hanna Keller").roles).toEqual([{ role: "Polizeipräsidentin", organisation: "Bremen" }]);
  });
});

describe("what is not a person", () => {
  it("'Frau' and 'Herr' in ordinary text", () => {
    expect(run("Jede Frau und jeder Mann kann teilnehmen. Die Frau des Bürgermeisters kam nicht. Er blieb Herr der Lage.")).toEqual([]);
  });

  it("streets, buildings and foundations named after people", () => {
    const text = "Die Beratung findet in der Karl-Marx-Straße 12 statt, nahe dem Willy Brandt Platz und der Anne Frank Schule. " +
      "Gefördert wird sie von der Friedrich-Ebert-Stiftung.";
    expect(run(text)).toEqual([]);
  });

  it("places that start with a first name, when the places stage knows them", () => {
    const text = "Der Ausflug führt nach Maria Laach.";
    const start = text.indexOf("Maria");
    const places: Place[] = [{ name: "Maria Laach", type: "municipality", mentions: [{ text: "Maria Laach", start, end: start + 11 }] }];
    expect(run(text, { places })).toEqual([]);
  });

  it("organisations that contain a name", () => {
    const text = "Die Robert Bosch Stiftung und die JP Morgan Chase Foundation fördern das Projekt.";
    expect(run(text)).toEqual([]);
  });

  it("a role followed by a body is no surname slot", () => {
    const persons = run("Anwesend war Ute Kern (Stv. Geschäftsführer Jobcenter Kreis Lippe).");
    expect(persons.map((p) => p.name)).toEqual(["Ute Kern"]);
    expect(persons[0]!.roles).toEqual([{ role: "Stv. Geschäftsführer", organisation: "Jobcenter Kreis Lippe" }]);
  });

  it("odd input: empty, a lone honorific or title, a title at the end", () => {
    for (const text of ["", "Herr", "Frau Dr.", "Dr.", "(", "Leiterin (", "Kontakt: Frau", "Geschäftsführer, der"]) expect(run(text)).toEqual([]);
  });

  it("common nouns, months and sentence starts", () => {
    const text = "Im Mai beginnt der Kurs. Bereits im April gab es einen festen Job für zwei Teilnehmende. Mit Blick auf die Zahlen sagte die Leitung nichts.";
    expect(run(text)).toEqual([]);
  });

  it("'von' after a role names a place, 'zu' is a preposition", () => {
    const text = "Der Bürgermeister von Lindenau kam zu Besuch. Heute ist Staatssekretärin Aydin zu Gast in der Stadt.";
    const persons = run(text);
    expect(persons.map((p) => p.name)).toEqual(["Aydin"]);
    expect(persons[0]!.mentions).toEqual([at(text, "Aydin")]);
  });
});

describe("seed texts", () => {
  it("seed-001: role before the name, a bare surname later, an apposition with a body in the genitive", () => {
    const text = readFileSync(new URL("../../../fixtures/seeds/seed-001.txt", import.meta.url), "utf8");
    const persons = run(text);
    const brugge = byName(persons, "Dirk Brügge");
    expect(brugge.roles).toEqual([{ role: "Kreisdirektor", organisation: null }]);
    expect(brugge.mentions).toEqual([at(text, "Dirk Brügge"), at(text, "Brügge", 1)]);
    expect(byName(persons, "Benjamin Josephs").roles).toEqual([{ role: "Flüchtlingsbeauftragter", organisation: "Rhein-Kreis Neuss" }]);
    expect(byName(persons, "Robert Schilken").roles).toEqual([{ role: "Herausgeber", organisation: null }]);
    // Bodies and places named like people are not persons here.
    expect(persons.map((p) => p.name).sort()).toEqual(["Benjamin Josephs", "Dirk Brügge", "Robert Schilken"]);
  });
});

describe("first-name data", () => {
  it("is current with its generator", () => {
    const file = readFileSync(new URL("./data/first-names.json", import.meta.url), "utf8");
    expect(file === buildFirstNames()).toBe(true);
  });
});
