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

  it("gives a feminine title before a name to no man (a sentence ended inside the phrase), and reads '-nisses' as '-nis'", () => {
    const text = "Es sprach Maria Klein, Geschäftsführerin der Tafel Nordheim e.V. Thomas Berg ergänzte. Die Sprecherin des Bündnisses, Lea Sommer, widersprach.";
    const persons = run(text);
    expect(byName(persons, "Maria Klein").roles).toEqual([{ role: "Geschäftsführerin", organisation: "Tafel Nordheim e.V." }]);
    expect(byName(persons, "Thomas Berg").roles).toEqual([]);
    expect(byName(persons, "Lea Sommer").roles).toEqual([{ role: "Sprecherin", organisation: "Bündnis" }]);
  });

  it("reads an apposition with an article ('Jens Ott, dem Präsidenten der X'), not one that opens the next item or does not fit", () => {
    const text = "Es dankte Jens Ott, dem Präsidenten der Handwerkskammer Nordheim. Es sprach Anna Lenz, die Leiterin des Jugendamts Talheim. " +
      "Er kam mit Karl Rau, dem Vorsitzenden des Vereins Nordlicht, Jörg Busch, und empfing Peter Kranz, die Bürgermeisterin in der Halle.";
    const persons = run(text);
    expect(byName(persons, "Jens Ott").roles).toEqual([{ role: "Präsident", organisation: "Handwerkskammer Nordheim" }]);
    expect(byName(persons, "Anna Lenz").roles).toEqual([{ role: "Leiterin", organisation: "Jugendamt Talheim" }]);
    expect(byName(persons, "Karl Rau").roles).toEqual([]);
    expect(byName(persons, "Jörg Busch").roles).toEqual([{ role: "Vorsitzender", organisation: "Verein Nordlicht" }]);
    expect(byName(persons, "Peter Kranz").roles).toEqual([]);
  });

  it("reads no person right after a definite article without a title ('die Lange Nacht'), but after a relative pronoun", () => {
    const text = "Höhepunkt ist die Lange Nacht der Museen. Sie folgte einer Jury, der Naciye Korkmaz und Heiko Brandt angehörten.";
    expect(run(text).map((p) => p.name)).toEqual(["Naciye Korkmaz", "Heiko Brandt"]);
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

  it("keeps every list sorted (first-names.ts looks names up by binary search)", () => {
    const data = JSON.parse(readFileSync(new URL("./data/first-names.json", import.meta.url), "utf8")) as Record<string, unknown>;
    for (const key of ["male", "female", "unisex", "german"]) {
      const list = data[key] as string[];
      expect(list.every((n, i) => i === 0 || list[i - 1]! < n)).toBe(true);
    }
  });
});

/** Organisation entities for the given surface forms, with offsets of their occurrences in `text`. */
function orgs(text: string, ...names: string[]): Organisation[] {
  return names.map((name) => {
    const mentions = [];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) mentions.push({ text: name, start: i, end: i + name.length });
    return { name, abbreviation: null, mentions };
  });
}

describe("round 2: roles and bodies", () => {
  it("takes a rank after a closing quote and speech verb", () => {
    const text = "„Wir prüfen alle Hinweise“, sagte Polizeioberkommissarin Lea Brandner am Abend.";
    const [p] = run(text);
    expect(p).toMatchObject({ name: "Lea Brandner", roles: [{ role: "Polizeioberkommissarin", organisation: null }] });
    expect(p!.mentions).toEqual([at(text, "Lea Brandner")]);
  });

  it("keeps a feminine role as written", () => {
    const text = "Das betonte Caritas-Vorständin Ilse Marquardt bei der Eröffnung.";
    expect(run(text)[0]!.roles).toEqual([{ role: "Caritas-Vorständin", organisation: null }]);
  });

  it("keeps a surname that ends like an occupation after a given name or honorific, not a listed occupation", () => {
    const text = "Ministerin Karin Holmqvist (Schleswig-Holstein) dankte. Später sprach Frau Lindkvist. Ein Polizist und eine Journalistin waren da.";
    const persons = run(text);
    expect(persons.map((p) => p.name).sort()).toEqual(["Karin Holmqvist", "Lindkvist"]);
    expect(byName(persons, "Karin Holmqvist").mentions).toEqual([at(text, "Karin Holmqvist")]);
  });

  it("reads NAME, ORG in a list when the body ends the line", () => {
    const text = "Es diskutieren:\n• Rosa Feldmann, Seniorenbeirat der Stadt Gera\n• Timo Klett, Sportkreis Gera\n";
    const persons = run(text, { organisations: orgs(text, "Seniorenbeirat der Stadt Gera", "Sportkreis Gera") });
    expect(byName(persons, "Rosa Feldmann").roles).toEqual([{ role: null, organisation: "Seniorenbeirat der Stadt Gera" }]);
    expect(byName(persons, "Timo Klett").roles).toEqual([{ role: null, organisation: "Sportkreis Gera" }]);
  });

  it("does not read NAME, ORG when the clause goes on", () => {
    const text = "Es luden Rosa Feldmann, Sportkreis Gera und der Seniorenbeirat ein.";
    const persons = run(text, { organisations: orgs(text, "Sportkreis Gera") });
    expect(persons.map((p) => p.name)).toEqual(["Rosa Feldmann"]);
    expect(persons.flatMap((p) => p.roles)).toEqual([]);
  });

  it("reads NAME, ROLE (ORG)", () => {
    const text = "- Mehmet Aydın, Stadtteilmanager (Nordstadt-Stiftung)\n";
    const [p] = run(text, { organisations: orgs(text, "Nordstadt-Stiftung") });
    expect(p).toMatchObject({ name: "Mehmet Aydın", roles: [{ role: "Stadtteilmanager", organisation: "Nordstadt-Stiftung" }] });
  });

  it("resolves a bare head ('der Stiftung') to the one body of that head named earlier", () => {
    const text = "Die Bürgerstiftung Gera ehrt zehn Vereine. Das sagte die Vorstandsvorsitzende der Stiftung, Dr. Edda Kranich.";
    const [p] = run(text, { organisations: orgs(text, "Bürgerstiftung Gera") });
    expect(p!.roles).toEqual([{ role: "Vorstandsvorsitzende", organisation: "Bürgerstiftung Gera" }]);
  });

  it("keeps the bare head when two bodies of that head were named", () => {
    const text = "Die Bürgerstiftung Gera und die Sparkassenstiftung Jena ehren Vereine. Das sagte die Vorstandsvorsitzende der Stiftung, Dr. Edda Kranich.";
    const [p] = run(text, { organisations: orgs(text, "Bürgerstiftung Gera", "Sparkassenstiftung Jena") });
    expect(p!.roles).toEqual([{ role: "Vorstandsvorsitzende", organisation: "Stiftung" }]);
  });

  it("takes the body a possessive refers to, skipping one inside a relative clause", () => {
    const text = "Beraten wird durch die Fachstelle Ehrenamt, die beim Landratsamt Gotha angesiedelt ist. Deren Leiterin Vera Lindholm stellte das Angebot vor.";
    const [p] = run(text, { organisations: orgs(text, "Fachstelle Ehrenamt", "Landratsamt Gotha") });
    expect(p).toMatchObject({ name: "Vera Lindholm", roles: [{ role: "Leiterin", organisation: "Fachstelle Ehrenamt" }] });
  });

  it("reads the body from a role's compound prefix when one body of that head was named before", () => {
    const text = "Der Sportverein Blau-Weiß Gotha feiert. Vereinsvorsitzender Arne Tessmann dankte. Landesvorsitzende Maren Kolb kam auch.";
    const persons = run(text, { organisations: orgs(text, "Sportverein Blau-Weiß Gotha") });
    expect(byName(persons, "Arne Tessmann").roles).toEqual([{ role: "Vereinsvorsitzender", organisation: "Sportverein Blau-Weiß Gotha" }]);
    expect(byName(persons, "Maren Kolb").roles).toEqual([{ role: "Landesvorsitzende", organisation: null }]);
  });

  it("reads ROLE [der ORG] ist [die OCCUPATION] [TITLE] NAME, not other clauses with 'ist'", () => {
    const text = "Neu im Netzwerk.\nLeiterin des Netzwerks ist die Geologin Prof. Dr. Imke Sandvoss. Morgen ist Ole Brandt in Jena. Der Leiter der Klinik ist nicht Peter Kunz.";
    const persons = run(text);
    const p = byName(persons, "Imke Sandvoss");
    expect(p.roles).toEqual([{ role: "Leiterin", organisation: null }]);
    expect(p.mentions).toEqual([at(text, "Imke Sandvoss")]);
    expect(byName(persons, "Ole Brandt").roles).toEqual([]);
    expect(byName(persons, "Peter Kunz").roles).toEqual([]);
  });

  it("treats 'Geraer Bürgerstiftung' and 'Bürgerstiftung Gera' as one body when resolving a bare head", () => {
    const text = "Die Geraer Bürgerstiftung ehrt Vereine. Die Bürgerstiftung Gera lädt ein. Das sagte die Vorsitzende der Stiftung, Edda Kranich.";
    const [p] = run(text, { organisations: orgs(text, "Geraer Bürgerstiftung", "Bürgerstiftung Gera") });
    expect(p!.roles).toEqual([{ role: "Vorsitzende", organisation: "Geraer Bürgerstiftung" }]);
  });
});
