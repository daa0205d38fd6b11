/**
 * Austrian and Swiss titles, abbreviated and coordinated role nouns, and the
 * words that look like names but are not (invented sentences).
 */
import { describe, expect, it } from "vitest";
import type { Person } from "../../schema/release.js";
import { extractPersons } from "./index.js";
import { matchRoleWord } from "./role-nouns.js";

function run(text: string): Person[] {
  return extractPersons({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null });
}
const at = (text: string, needle: string, n = 0): { text: string; start: number; end: number } => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  return { text: needle, start: i, end: i + needle.length };
};

describe("council and government titles", () => {
  it("reads Landesrat compounds and Swiss Regierungsrat as roles", () => {
    const text = "Das gaben Soziallandesrätin Helga Brunner und Regierungsrat Beat Imhof am Montag bekannt.";
    const persons = run(text);
    expect(persons.map((p) => [p.name, p.roles])).toEqual([
      ["Helga Brunner", [{ role: "Soziallandesrätin", organisation: null }]],
      ["Beat Imhof", [{ role: "Regierungsrat", organisation: null }]],
    ]);
    expect(persons[1]!.mentions).toEqual([at(text, "Beat Imhof")]);
  });

  it("expands abbreviated titles by the person's gender, also with a written '.in'", () => {
    const text = "LR.in Vera Moser und LH Anton Gruber besuchten LAbg. Karin Huber.";
    const persons = run(text);
    expect(persons.map((p) => [p.name, p.roles[0]?.role ?? null])).toEqual([
      ["Vera Moser", "Landesrätin"], ["Anton Gruber", "Landeshauptmann"], ["Karin Huber", "Landtagsabgeordnete"],
    ]);
    expect(persons[0]!.mentions).toEqual([at(text, "Vera Moser")]);
  });

  it("expands a city mayor's 'OB' and the Austrian 'Bgm.'", () => {
    const text = "OB Jan Probst und Bgm. Rita Lenz eröffneten die OB-Konferenz.";
    expect(run(text).map((p) => [p.name, p.roles[0]?.role ?? null])).toEqual([
      ["Jan Probst", "Oberbürgermeister"], ["Rita Lenz", "Bürgermeisterin"],
    ]);
  });

  it("expands the Austrian abbreviations of deputies, ministers and councillors", () => {
    const text = "LH-Stv. Mag. Lena Graf, NRin Eva Holz, Vbgm. Hans Mair, StR Peter Hack, BM Martin Koch und GR Anna Lang kamen.";
    expect(run(text).map((p) => [p.name, p.roles[0]?.role ?? null])).toEqual([
      ["Lena Graf", "Landeshauptmann-Stellvertreterin"], ["Eva Holz", "Nationalrätin"], ["Hans Mair", "Vizebürgermeister"],
      ["Peter Hack", "Stadtrat"], ["Martin Koch", "Bundesminister"], ["Anna Lang", "Gemeinderätin"],
    ]);
  });

  it("gives no body that is the title word itself ('Regierungsrat' read as the council too)", () => {
    const text = "Regierungsrat Beat Imhof sprach.";
    const persons = extractPersons({
      text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null,
      organisations: [{ name: "Regierungsrat", abbreviation: null, mentions: [at(text, "Regierungsrat")] }],
    });
    expect(persons.map((p) => [p.name, p.roles])).toEqual([["Beat Imhof", [{ role: "Regierungsrat", organisation: null }]]]);
  });

  it("reads church offices as roles ('Generalvikar', 'Pastorin', 'Diakon', 'Präses'), not the body 'Diakonie'", () => {
    const text = "Generalvikar Dr. Tom Keller sprach mit Pastorin Anna Lenz, Diakon Peter Huber und Präses Karl Fuchs in der Diakonie Nordheim.";
    expect(run(text).map((p) => [p.name, p.roles[0]?.role ?? null])).toEqual([
      ["Tom Keller", "Generalvikar"], ["Anna Lenz", "Pastorin"], ["Peter Huber", "Diakon"], ["Karl Fuchs", "Präses"],
    ]);
    expect(matchRoleWord("Diakonie")).toBeNull();
  });

  it("matches abbreviations only as whole words", () => {
    expect(matchRoleWord("LRin")?.form.feminine).toBe("Landesrätin");
    expect(matchRoleWord("CLR")).toBeNull();
    expect(matchRoleWord("Landesräte")?.form.plural).toBe(true);
  });
});

describe("coordinated compound roles", () => {
  it("keeps the truncated first part in the role and finds no person in it", () => {
    const text = "„Das trägt“, sagte Arbeits- und Sozialministerin Jana Roth. Die Senioren- und Behindertenbeauftragte Frau Ute Lenz sprach.";
    const persons = run(text);
    expect(persons.map((p) => [p.name, p.roles[0]?.role])).toEqual([
      ["Jana Roth", "Arbeits- und Sozialministerin"],
      ["Ute Lenz", "Senioren- und Behindertenbeauftragte"],
    ]);
  });
});

describe("words that are no persons", () => {
  it("skips clause-opening adverbs and coordinated plural nouns before speech verbs", () => {
    const text = "Mit Beratungsdiensten und Projekten ergänzt der Verband die Hilfen. Zugleich unterstrich er die Rolle der Ehrenamtlichen.";
    expect(run(text)).toEqual([]);
  });

  it("takes words that fill a pair of quotes as a title", () => {
    const text = "Am Samstag startet in der Halle „Chance Zukunft“. Dort spricht Mia Vogt.";
    expect(run(text).map((p) => p.name)).toEqual(["Mia Vogt"]);
  });

  it("takes a person noun after a given name as the surname", () => {
    const text = "Bischof Anselm Fürst würdigte die Helfer. „Danke“, so Bischof Fürst. Auch Petra Kaiser kam.";
    const persons = run(text);
    expect(persons.map((p) => p.name)).toEqual(["Anselm Fürst", "Petra Kaiser"]);
    expect(persons[0]!.roles).toEqual([{ role: "Bischof", organisation: null }]);
    expect(persons[0]!.mentions).toEqual([at(text, "Anselm Fürst"), at(text, "Fürst", 1)]);
  });
});

describe("the body in a role's compound", () => {
  const body = (text: string, name: string, abbreviation: string | null, ...forms: string[]) => {
    const mentions = [];
    for (const f of [name, ...forms]) for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) mentions.push({ text: f, start: i, end: i + f.length });
    return { name, abbreviation, mentions };
  };

  it("takes an acronym before the role as the body with that abbreviation", () => {
    const text = "Die Handwerkskammer Nordheim (HWK) lädt ein. „Kommen Sie“, wirbt HWK-Hauptgeschäftsführer Olaf Brink. Auch Eva Brandt, HWK-Präsidentin, kam.";
    const persons = extractPersons({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null,
      organisations: [body(text, "Handwerkskammer Nordheim", "HWK", "HWK")] });
    expect(persons.map((p) => [p.name, p.roles])).toEqual([
      ["Olaf Brink", [{ role: "HWK-Hauptgeschäftsführer", organisation: "Handwerkskammer Nordheim" }]],
      ["Eva Brandt", [{ role: "HWK-Präsidentin", organisation: "Handwerkskammer Nordheim" }]],
    ]);
  });

  it("leaves the body out when no body has that abbreviation", () => {
    const text = "„Kommen Sie“, wirbt HWK-Präsident Olaf Brink.";
    expect(run(text)[0]!.roles).toEqual([{ role: "HWK-Präsident", organisation: null }]);
  });

  it("picks the body the release names most often when a noun prefix fits several", () => {
    const text = "Die Hanse-Universität (HU) forscht. Die HU wächst, die Universität Nordheim auch. Universitätspräsident Jan Keller dankte.";
    const persons = extractPersons({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null,
      organisations: [body(text, "Hanse-Universität", "HU", "HU"), body(text, "Universität Nordheim", null)] });
    expect(persons[0]!.roles).toEqual([{ role: "Universitätspräsident", organisation: "Hanse-Universität" }]);
  });

  it("does not read a sentence adverb as an ordinal modifier", () => {
    const text = "Erst Minister Tom Weiß und dann die stellvertretende Leiterin Ina Roth kamen.";
    expect(run(text).map((p) => p.roles[0]?.role)).toEqual(["Minister", "stellvertretende Leiterin"]);
  });
});

describe("bodies implied by a title or a territorial head", () => {
  it("gives a council member the council the release names", () => {
    const text = "Der Regierungsrat des Kantons Seeland tagte. Regierungsrätin Anna Imhof sprach.";
    const persons = extractPersons({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null,
      organisations: [{ name: "Regierungsrat des Kantons Seeland", abbreviation: null, mentions: [{ text: "Regierungsrat des Kantons Seeland", start: 4, end: 37 }] }] });
    expect(persons[0]!.roles).toEqual([{ role: "Regierungsrätin", organisation: "Regierungsrat des Kantons Seeland" }]);
  });

  it("resolves 'des Landkreises' to the one Landkreis the release names", () => {
    const text = "Im Landkreis Talheim gibt es Hilfe. Zusammen mit der Behindertenbeauftragten des Landkreises, Frau Ute Lenz, berät sie.";
    const start = text.indexOf("Talheim");
    const persons = extractPersons({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null,
      places: [{ name: "Talheim", type: "municipality", mentions: [{ text: "Talheim", start, end: start + 7 }] }] });
    expect(persons[0]!.roles).toEqual([{ role: "Behindertenbeauftragte", organisation: "Landkreis Talheim" }]);
  });

  it("ends a body before a period of office and reads a party in brackets as membership", () => {
    const text = "Altlandrat Hans Ober (Landrat des Landkreises Talheim von 1970 bis 1996) kam. Regierungsrat Beat Imhof (SP) sprach.";
    const persons = run(text);
    expect(persons.map((p) => [p.name, p.roles])).toEqual([
      ["Hans Ober", [{ role: "Altlandrat", organisation: null }, { role: "Landrat", organisation: "Landkreis Talheim" }]],
      ["Beat Imhof", [{ role: "Regierungsrat", organisation: null }]],
    ]);
  });
});

describe("names and roles from their sentence", () => {
  it("takes an unlisted name between a verb of speech and ', ROLE der ORG'", () => {
    const text = "„Das hilft“, sagte Jorun Falk, Chefin der Agentur für Arbeit Nordheim. Mehr sagte Falk nicht.";
    const [p] = run(text);
    expect(p).toMatchObject({ name: "Jorun Falk", roles: [{ role: "Chefin", organisation: "Agentur für Arbeit Nordheim" }] });
    expect(p!.mentions).toEqual([at(text, "Jorun Falk"), at(text, "Falk", 1)]);
  });

  it("takes a coordinated unlisted name with a particle whole", () => {
    const text = "Es stellten Heike Schulze-Brandt und Marithea van Dorp-Opahle die Arbeit vor.";
    expect(run(text).map((p) => [p.name, p.familyName])).toEqual([["Heike Schulze-Brandt", "Schulze-Brandt"], ["Marithea van Dorp-Opahle", "van Dorp-Opahle"]]);
  });

  it("keeps a role's field and takes the body after 'beim'", () => {
    const text = "Ute Lenz, Abteilungsleiterin Jugendhilfe beim Diakonischen Werk, dankte.";
    expect(run(text)[0]!.roles).toEqual([{ role: "Abteilungsleiterin Jugendhilfe", organisation: "Diakonisches Werk" }]);
  });

  it("gives both coordinated roles to the name after them", () => {
    const text = "Es sprach Präsident des Landkreistages und Talheimer Landrat Jonas Brandt.";
    expect(run(text)[0]!.roles).toEqual([{ role: "Landrat", organisation: null }, { role: "Präsident", organisation: "Landkreistag" }]);
  });

  it("reads 'NAME fungiert künftig als ROLE', not 'ist als Kind'", () => {
    const text = "Frau Maria Pfeil fungiert künftig als kompetente Ansprechpartnerin für alle. Max Kaya ist als Kind gekommen.";
    expect(run(text).map((p) => [p.name, p.roles])).toEqual([
      ["Maria Pfeil", [{ role: "Ansprechpartnerin", organisation: null }]],
      ["Max Kaya", []],
    ]);
  });
});

describe("occupations before a name", () => {
  it("reports an occupation as the role when no other role is told, in the nominative", () => {
    const text = "Ein Vortrag von Politik- und Islamwissenschaftler Tobias Brem folgte. Das Testament des Kaufmanns Jonas Ried galt. Architektin Mia Roth plante.";
    expect(run(text).map((p) => [p.name, p.roles])).toEqual([
      ["Tobias Brem", [{ role: "Politik- und Islamwissenschaftler", organisation: null }]],
      ["Jonas Ried", [{ role: "Kaufmann", organisation: null }]],
      ["Mia Roth", [{ role: "Architektin", organisation: null }]],
    ]);
  });

  it("takes kinship, nobility and colleagues as no role", () => {
    const text = "Sohn Tobias Kaya kam mit Kollegin Eva Brandt. Kaiser Franz Joseph regierte.";
    expect(run(text).every((p) => p.roles.length === 0)).toBe(true);
  });
});

describe("bodies of contact lines and local branches", () => {
  const orgsOf = (text: string, ...list: [string, string | null, string[]][]) => list.map(([name, abbreviation, forms]) => {
    const mentions = [];
    for (const f of forms) for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) mentions.push({ text: f, start: i, end: i + f.length });
    return { name, abbreviation, mentions };
  });

  it("gives ', ROLE NAME' the body that opens a contact line", () => {
    const text = "Auskünfte: Amt für Soziales, Leiterin Anna Keller, Tel. 123\nDie Stadt plant, Präsident Max Roth sagte es.";
    const persons = extractPersons({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null,
      organisations: orgsOf(text, ["Amt für Soziales", null, ["Amt für Soziales"]]) });
    expect(persons.map((p) => [p.name, p.roles])).toEqual([
      ["Anna Keller", [{ role: "Leiterin", organisation: "Amt für Soziales" }]],
      ["Max Roth", [{ role: "Präsident", organisation: null }]],
    ]);
  });

  it("finds a local branch by the acronym before a role", () => {
    const text = "Das Arbeitsmarktservice Nordland hilft. AMS-Landesgeschäftsführer Karl Huber sprach.";
    const persons = extractPersons({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null,
      organisations: orgsOf(text, ["Arbeitsmarktservice Nordland", "AMS Nordland", ["Arbeitsmarktservice Nordland"]]) });
    expect(persons[0]!.roles).toEqual([{ role: "AMS-Landesgeschäftsführer", organisation: "Arbeitsmarktservice Nordland" }]);
  });
});

describe("members, possessives and prefixes of bodies", () => {
  const withOrgs = (text: string, ...names: [string, string | null][]) => extractPersons({
    text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null,
    organisations: names.map(([name, abbreviation]) => {
      const mentions = [];
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) mentions.push({ text: name, start: i, end: i + name.length });
      return { name, abbreviation, mentions };
    }),
  });

  it("takes a lone surname after a member's title", () => {
    const text = "Zugleich kündigte Kreistagsmitglied Rosell eine Anfrage an.";
    const persons = run(text);
    expect(persons.map((p) => [p.name, p.roles])).toEqual([["Rosell", [{ role: "Kreistagsmitglied", organisation: null }]]]);
    expect(persons[0]!.mentions).toEqual([at(text, "Rosell")]);
  });

  it("gives 'ihre Vorsitzende X' the body of its own sentence only", () => {
    const text = "Preisträgerin ist die Tafel Nordheim e.V., vertreten durch ihre Vorsitzende Gisela Klein. Die Stadt dankte. Ihre Sprecherin Ina Roth kam.";
    const persons = withOrgs(text, ["Tafel Nordheim e.V.", null]);
    expect(persons.map((p) => [p.name, p.roles[0]?.organisation ?? null])).toEqual([["Gisela Klein", "Tafel Nordheim e.V."], ["Ina Roth", null]]);
  });

  it("finds the body of 'Caritasdirektor' and 'TH-Präsident', not a party for 'Sozialdezernentin'", () => {
    const text = "Der Caritasverband für die Diözese Talheim und die Technische Hochschule Nordheim (THN) sowie die Sozialdemokratische Partei luden ein. "
      + "Caritasdirektor Jan Magg, TH-Präsident Olaf Brink und Sozialdezernentin Eva Roth sprachen.";
    const persons = withOrgs(text, ["Caritasverband für die Diözese Talheim", null], ["Technische Hochschule Nordheim", "THN"], ["Sozialdemokratische Partei", null]);
    expect(persons.map((p) => [p.name, p.roles[0]?.organisation ?? null])).toEqual([
      ["Jan Magg", "Caritasverband für die Diözese Talheim"], ["Olaf Brink", "Technische Hochschule Nordheim"], ["Eva Roth", null],
    ]);
  });
});

describe("more bodies", () => {
  it("takes a clause-opening noun after an article as no name, also at a line start", () => {
    const text = "Das Land zahlt.\n\nDie Statistik zeigt: Viele sind betroffen.";
    expect(run(text)).toEqual([]);
  });

  it("gives an occupation with an acronym the body of that abbreviation, and 'deren' the body owning a genitive", () => {
    const text = "Die Regionaldirektion Nord der Bundesagentur meldete Zahlen. Deren Leiter Max Roth sprach. IAB-Forscher Enzo Kaya erwartet mehr. Das IAB forscht.";
    const persons = extractPersons({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null,
      organisations: [
        { name: "Regionaldirektion Nord", abbreviation: null, mentions: [at(text, "Regionaldirektion Nord")] },
        { name: "Bundesagentur", abbreviation: null, mentions: [at(text, "Bundesagentur")] },
        { name: "Institut für Arbeit", abbreviation: "IAB", mentions: [at(text, "IAB", 1)] },
      ] });
    expect(persons.map((p) => [p.name, p.roles])).toEqual([
      ["Max Roth", [{ role: "Leiter", organisation: "Regionaldirektion Nord" }]],
      ["Enzo Kaya", [{ role: "IAB-Forscher", organisation: "Institut für Arbeit" }]],
    ]);
  });
});

describe("contact lines and church titles", () => {
  it("takes a body named right after the role without an article", () => {
    const text = "Pressekontakt: Peter Ruf, Pressesprecher Diakonie Nordland, Tel. 0711 1234";
    const start = text.indexOf("Diakonie Nordland");
    const persons = extractPersons({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null,
      organisations: [{ name: "Diakonie Nordland", abbreviation: null, mentions: [{ text: "Diakonie Nordland", start, end: start + 17 }] }] });
    expect(persons[0]!.roles).toEqual([{ role: "Pressesprecher", organisation: "Diakonie Nordland" }]);
  });

  it("reads church and civil-service titles", () => {
    const text = "Oberkirchenrätin Anna Noll und Ministerialrat Jonas Brink sprachen.";
    expect(run(text).map((p) => p.roles[0]?.role)).toEqual(["Oberkirchenrätin", "Ministerialrat"]);
  });
});

describe("brackets and mixed-case short forms", () => {
  it("keeps a bracket with the titled name before it, not the whole list", () => {
    const text = "Stadtpräsident Michael Kunz und Stadträtin Katrin Comet (Departement Soziales) stellten es vor.";
    expect(run(text).map((p) => [p.name, p.roles.map((r) => r.organisation)])).toEqual([
      ["Michael Kunz", [null]], ["Katrin Comet", ["Departement Soziales"]],
    ]);
  });

  it("finds a body by a mixed-case short form before the role", () => {
    const text = "Die Handwerkskammer (HwK) Nordheim ehrt Meister. HwK-Präsident Kurt Kraus gratulierte.";
    const start = text.indexOf("Handwerkskammer");
    const persons = extractPersons({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null,
      organisations: [{ name: "Handwerkskammer Nordheim", abbreviation: "HwK", mentions: [{ text: "Handwerkskammer (HwK) Nordheim", start, end: start + 30 }] }] });
    expect(persons[0]!.roles).toEqual([{ role: "HwK-Präsident", organisation: "Handwerkskammer Nordheim" }]);
  });
});

describe("the Landkreis of a Landrat", () => {
  const withPlaces = (text: string, ...names: string[]) => extractPersons({
    text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null,
    places: names.map((name) => ({ name, type: "district" as const, mentions: [at(text, name)] })),
  });

  it("is the one Landkreis the release names", () => {
    const text = "Im Landkreis Talheim gibt es Hilfe. Landrat Jonas Brandt dankte.";
    expect(withPlaces(text, "Landkreis Talheim")[0]!.roles).toEqual([{ role: "Landrat", organisation: "Landkreis Talheim" }]);
  });

  it("is left open with two Landkreise or a place adjective before the title", () => {
    const two = "Der Landkreis Talheim und der Landkreis Seeland kooperieren. Landrat Jonas Brandt dankte.";
    expect(withPlaces(two, "Landkreis Talheim", "Landkreis Seeland")[0]!.roles).toEqual([{ role: "Landrat", organisation: null }]);
    const adjective = "Im Landkreis Talheim gibt es Hilfe. Der Nordheimer Landrat Jonas Brandt kam.";
    expect(withPlaces(adjective, "Landkreis Talheim")[0]!.roles).toEqual([{ role: "Landrat", organisation: null }]);
  });
});
