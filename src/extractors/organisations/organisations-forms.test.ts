/** Name forms and body types added after the held-out check (invented sentences). */
import { describe, expect, it } from "vitest";
import type { Organisation, Place } from "../../schema/release.js";
import { extractOrganisations } from "./index.js";
import { tokenize } from "./tokens.js";

function run(text: string, placeNames: string[] = []): Organisation[] {
  const places: Place[] = placeNames.map((name) => {
    const mentions = [];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) mentions.push({ text: name, start: i, end: i + name.length });
    return { name, type: "municipality", mentions } as Place;
  });
  const orgs = extractOrganisations({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null, places });
  for (const o of orgs) for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return orgs;
}
const names = (text: string, places: string[] = []): string[] => run(text, places).map((o) => o.name);
const spans = (o: Organisation | undefined): [number, number][] => (o?.mentions ?? []).map((m) => [m.start, m.end]);

describe("descriptor nouns before a name", () => {
  it("drops a descriptor compound before a legal-form name", () => {
    const text = "Den Auftrag erhielt das Verkehrsunternehmen Talbahn Reisen GmbH aus Nordheim.";
    const [o] = run(text);
    expect(o).toMatchObject({ name: "Talbahn Reisen GmbH" });
    expect(spans(o)).toEqual([[44, 63]]);
  });

  it("does not read an -er descriptor as a place adjective", () => {
    const text = "Der Bildungsträger Lernwerk Südheim gGmbH begleitet die Teilnehmenden.";
    expect(names(text)).toEqual(["Lernwerk Südheim gGmbH"]);
  });
});

describe("a name word after a head", () => {
  it("takes a noun in -ur as a name: 'Stiftung Natur', 'Stiftung Kultur'", () => {
    expect(names("Gefördert wird das Vorhaben von der Stiftung Natur und der Stiftung Kultur.")).toEqual(["Stiftung Natur", "Stiftung Kultur"]);
  });
});

describe("a genitive after an association head", () => {
  it("reads a genitive of adjectives no list knows up to its noun with -s", () => {
    expect(names("Träger ist der Kreisverband des Freien Blauen Bundes in der Stadt.")).toEqual(["Kreisverband des Freien Blauen Bundes"]);
  });

  it("does not run into the next noun when the word after the adjectives has no genitive -s", () => {
    expect(names("Der Ortsverein des Freien Blauen Bundes und die Stadt Beispielfeld helfen.").join("|")).not.toMatch(/Stadt/);
  });
});

describe("a place after 'in' and 'von'", () => {
  it("keeps a hyphenated name without the town it sits in", () => {
    const text = "Beteiligt ist auch das Hallmann-Institut in Nordheim.";
    const [o] = run(text, ["Nordheim"]);
    expect(o).toMatchObject({ name: "Hallmann-Institut" });
    expect(spans(o)).toEqual([[23, 40]]);
  });

  it("does not make a site ('ein Werk in X') a body", () => {
    expect(names("Die Firma eröffnet ein neues Werk in Nordheim.", ["Nordheim"])).toEqual([]);
  });

  it("reads a council 'von' a place", () => {
    const text = "Der Gemeinderat von Nordheim hat den Plan genehmigt.";
    const [o] = run(text, ["Nordheim"]);
    expect(o).toMatchObject({ name: "Gemeinderat von Nordheim" });
    expect(spans(o)).toEqual([[4, 28]]);
  });
});

describe("bare heads resolve to the body named in full", () => {
  it("joins a listed umbrella name to the one local body", () => {
    const text = "Die Handwerkskammer der Westpfalz lädt ein. Der Präsident der Handwerkskammer sprach.";
    const orgs = run(text, ["Westpfalz"]);
    expect(orgs.map((o) => o.name)).toEqual(["Handwerkskammer der Westpfalz"]);
    expect(spans(orgs[0])).toEqual([[4, 33], [62, 77]]);
  });

  it("joins a subject compound to the ministry named in full", () => {
    const text = "Das Ministerium für Soziales und Familie fördert das Projekt. Das Sozialministerium zahlt 5.000 Euro.";
    const orgs = run(text);
    expect(orgs.map((o) => o.name)).toEqual(["Ministerium für Soziales und Familie"]);
    expect(spans(orgs[0])).toEqual([[4, 40], [66, 83]]);
  });

  it("does not join a compound whose subject is not in the full name", () => {
    const text = "Das Ministerium für Soziales und Familie fördert das Projekt. Das Umweltministerium prüft noch.";
    expect(names(text)).toEqual(["Ministerium für Soziales und Familie", "Umweltministerium"]);
  });

  it("reads a truncated subject after a head", () => {
    const text = "Geplant wird mit dem Fachamt Straßen- und Brückenbau. Das Fachamt lädt ein.";
    const orgs = run(text);
    expect(orgs.map((o) => o.name)).toEqual(["Fachamt Straßen- und Brückenbau"]);
    expect(spans(orgs[0])).toEqual([[21, 52], [58, 65]]);
  });

  it("takes no acronym with a number as a body", () => {
    expect(names("Der SFB 1234 untersucht Moore. Die Norm ISO 9001 gilt.")).toEqual([]);
  });
});

describe("more kinds of bodies", () => {
  it("finds police bodies", () => {
    const text = "Die Kriminalpolizeiinspektion Nordheim ermittelt. Hinweise nimmt die Polizeiinspektion Südheim entgegen.";
    expect(names(text, ["Nordheim", "Südheim"])).toEqual(["Kriminalpolizeiinspektion Nordheim", "Polizeiinspektion Südheim"]);
  });

  it("finds municipal parliaments and the town as an administration", () => {
    const text = "Stadt Nordheim – Pressestelle\nDie Stadtvertretung der Hansestadt Nordheim hat beschlossen. Die Stadt Nordheim zahlt.";
    const orgs = run(text, ["Nordheim"]);
    expect(orgs.map((o) => o.name)).toEqual(["Stadt Nordheim", "Stadtvertretung der Hansestadt Nordheim"]);
    expect(spans(orgs[0])).toEqual([[0, 14], [95, 109]]);
  });

  it("does not take a town named as a location", () => {
    expect(names("Das Fest findet in der Stadt Nordheim statt.", ["Nordheim"])).toEqual([]);
  });

  it("finds church bodies, clubs and local associations", () => {
    const text = "Es sprachen Pfarrer Jan Muster (Evangelischer Kirchenkreis Nordheim), Lea Beispiel (LG Südheim) und der Heimatverein Nordheim.";
    expect(names(text, ["Nordheim", "Südheim"])).toEqual(["Evangelischer Kirchenkreis Nordheim", "LG Südheim", "Heimatverein Nordheim"]);
  });

  it("reads the plural-only 'Stadtwerke' also in the dative", () => {
    const text = "Der Dank ging an den Stadtwerken Nordheim.";
    const [o] = run(text, ["Nordheim"]);
    expect(o).toMatchObject({ name: "Stadtwerke Nordheim" });
    expect(spans(o)).toEqual([[21, 41]]);
  });

  it("names a council with a simple adjective in the nominative", () => {
    expect(names("Der Grosse Gemeinderat entscheidet im Mai.")).toEqual(["Grosser Gemeinderat"]);
  });

  it("takes a quoted name after an initiative", () => {
    const text = "Der Preis ging an die Schülerinitiative „Mut statt Wut“.";
    const [o] = run(text);
    expect(o).toMatchObject({ name: "Mut statt Wut" });
    expect(spans(o)).toEqual([[41, 54]]);
  });

  it("does not read a hyphenated topic as a name", () => {
    expect(names("Der Heimatverein Dichter-Lesungen plant viel.")).toEqual([]);
  });
});

describe("tokenizer", () => {
  it("keeps inner separators, a hyphen before a conjunction and dotted legal forms", () => {
    const text = "Presse- und Öffentlichkeitsarbeit, ver.di, ESF+ und Muster e. V.";
    expect(tokenize(text).map((t) => t.text)).toEqual(["Presse-", "und", "Öffentlichkeitsarbeit", ",", "ver.di", ",", "ESF+", "und", "Muster", "e. V."]);
  });

  it("does not join a hyphen before other words", () => {
    expect(tokenize("Nord- Süd").map((t) => t.text)).toEqual(["Nord", "-", "Süd"]);
  });
});

describe("umbrella names", () => {
  it("joins a listed umbrella to the one local body built on its stem", () => {
    const text = "Das Diakonische Werk Musterland lädt ein. Die Diakonie hat das Haus gekauft.";
    const orgs = run(text, ["Musterland"]);
    expect(orgs.map((o) => o.name)).toEqual(["Diakonisches Werk Musterland"]);
    expect(spans(orgs[0])).toEqual([[4, 31], [46, 54]]);
  });

  it("keeps the umbrella apart when two bodies could be meant", () => {
    const text = "Das Diakonische Werk Nordland und das Diakonische Werk Südland laden ein. Die Diakonie zahlt.";
    expect(names(text, ["Nordland", "Südland"])).toEqual(["Diakonisches Werk Nordland", "Diakonisches Werk Südland", "Diakonie"]);
  });
});

describe("role nouns and name compounds", () => {
  it("does not take a role noun and a person's name as a company name", () => {
    const text = "Kooperation zwischen Hochschulen und Unternehmen Universitätspräsident Jan Keller sagte: „Gut so.“ Inhaber Max Bauer Holzbau GmbH";
    expect(run(text).map((o) => o.name)).toEqual(["Max Bauer Holzbau GmbH"]);
  });

  it("keeps a hyphenated university name with its abbreviation against a later short form", () => {
    const text = "Die Hanse-Universität (HU) erhält Geld. Die HU forscht.";
    const [hu] = run(text);
    expect(hu).toMatchObject({ name: "Hanse-Universität", abbreviation: "HU" });
    expect(hu!.mentions.map((m) => m.text)).toEqual(["Hanse-Universität", "HU", "HU"]);
  });
});

describe("public bodies of Austria and Switzerland, chambers", () => {
  it("reads listed Austrian bodies with their local branches and abbreviation", () => {
    const text = "Die Zahlen des Arbeitsmarktservice Vorland (AMS) sinken. Das Arbeitsmarktservice zahlt 5 Millionen Euro, das Sozialministeriumservice Vorland den Rest.";
    const orgs = run(text, ["Vorland"]);
    expect(orgs.map((o) => [o.name, o.abbreviation])).toEqual([["Arbeitsmarktservice Vorland", "AMS"], ["Sozialministeriumservice Vorland", null]]);
    expect(spans(orgs[0])).toEqual([[15, 42], [44, 47], [61, 80]]);
  });

  it("reads Bezirkshauptmannschaft, Kreishandwerkerschaft and a canton's government", () => {
    const text = "Besuch in der Bezirkshauptmannschaft Talheim. Die Kreishandwerkerschaft Nordheim-Süd hilft. Der Regierungsrat des Kantons Seeland beschloss es. Der Regierungsrat will mehr.";
    const orgs = run(text, ["Talheim", "Nordheim-Süd", "Seeland"]);
    expect(orgs.map((o) => o.name)).toEqual(["Bezirkshauptmannschaft Talheim", "Kreishandwerkerschaft Nordheim-Süd", "Regierungsrat des Kantons Seeland"]);
    expect(orgs[2]!.mentions.map((m) => m.text)).toEqual(["Regierungsrat des Kantons Seeland", "Regierungsrat"]);
  });

  it("takes 'Regierungsrat' before a person's name as a title, not a body", () => {
    expect(names("Das sagte Regierungsrat Beat Imhof am Freitag.")).toEqual([]);
  });

  it("names a Land's body by the Land's adjective, but not a nation's", () => {
    const text = "Gäste aus dem rheinland-pfälzischen Wirtschaftsministerium kamen. Die steirische Landesregierung zahlt. Das russische Verteidigungsministerium schweigt.";
    const orgs = run(text);
    expect(orgs.map((o) => o.name)).toEqual(["Rheinland-Pfälzisches Wirtschaftsministerium", "Steirische Landesregierung"]);
    expect(orgs[0]!.mentions[0]).toMatchObject({ text: "rheinland-pfälzischen Wirtschaftsministerium", start: 14 });
  });

  it("keeps the office of a Land government whole", () => {
    expect(names("Das Amt der Oberländischen Landesregierung prüft. Das Amt für Soziales der Stadt zahlt.")).toEqual([
      "Amt der Oberländischen Landesregierung", "Amt für Soziales",
    ]);
  });

  it("takes a church territory as the genitive of a welfare association", () => {
    const text = "Der Caritasverband der Diözese Nordheim-Süd feiert.";
    expect(names(text, ["Nordheim-Süd"])).toEqual(["Caritasverband der Diözese Nordheim-Süd"]);
  });
});

describe("plural heads before a list of names", () => {
  it("gives one body per listed place, also with umlaut plurals", () => {
    const text = "Die Caritasverbände Nordheim, Talheim und Seeland laden ein. Die Jugendämter Nordheim und Talheim helfen. Viele Wohlfahrtsverbände und Kirchen auch.";
    const orgs = run(text, ["Nordheim", "Talheim", "Seeland"]);
    expect(orgs.map((o) => o.name)).toEqual([
      "Caritasverband Nordheim", "Caritasverband Talheim", "Caritasverband Seeland", "Jugendamt Nordheim", "Jugendamt Talheim",
    ]);
    expect(spans(orgs[0])).toEqual([[4, 28]]);
    expect(spans(orgs[1])).toEqual([[30, 37]]);
  });
});

describe("name boundaries", () => {
  it("keeps a form of address joined by '&' and drops a plural descriptor", () => {
    const text = "Partner sind die Vereine Frau & Familie e.V. (Talheim) und Kinder & Eltern e.V. Kontakt: Frau Roth & Partner GmbH";
    expect(names(text)).toEqual(["Frau & Familie e.V.", "Kinder & Eltern e.V.", "Roth & Partner GmbH"]);
    expect(spans(run(text)[0])).toEqual([[25, 44]]);
  });

  it("takes no 'für' complement after a government", () => {
    const text = "Sie dankte der Landesregierung für die Unterstützung.";
    expect(run(text).map((o) => [o.name, o.mentions[0]!.text])).toEqual([["Landesregierung", "Landesregierung"]]);
  });

  it("keeps an article-less genitive plural inside a für-complement", () => {
    const text = "Es hieß „Bundesamt für die Anerkennung ausländischer Flüchtlinge“.";
    expect(names(text)).toEqual(["Bundesamt für die Anerkennung ausländischer Flüchtlinge"]);
  });

  it("names a coordination office only by its district or town", () => {
    const text = "Die Flüchtlingskoordination des Kreises Nordheim lädt ein. Die Ehrenamtskoordination läuft gut. Die Koordinationsstelle für Seniorenarbeit berät.";
    expect(names(text, ["Nordheim"])).toEqual(["Flüchtlingskoordination des Kreises Nordheim", "Koordinationsstelle für Seniorenarbeit"]);
  });
});

describe("companies named after a descriptor compound, genitives and brands", () => {
  it("takes the name after a singular company compound, not after a plural one", () => {
    const text = "Das gaben sie beim Landmaschinenhersteller Berger Tal bekannt. Der Energieversorger Nordstrom zahlt. Die Pflegedienstanbieter Kaya und Roth helfen.";
    const orgs = run(text);
    expect(orgs.map((o) => o.name)).toEqual(["Berger Tal", "Nordstrom"]);
    expect(spans(orgs[0])).toEqual([[43, 53]]);
  });

  it("drops a company compound before a legal-form name that opens with an adjective", () => {
    expect(names("Der Softwareanbieter Neue Wege GmbH wächst.")).toEqual(["Neue Wege GmbH"]);
  });

  it("keeps a genitive of capitalised adjectives and a common noun after an association", () => {
    const text = "Ausgewählt vom Bildungswerk der Hessischen Wirtschaft. Die Kommission der Europäischen Union prüft.";
    expect(names(text)).toEqual(["Bildungswerk der Hessischen Wirtschaft", "Europäische Union"]);
  });

  it("reads a lower-case dotted brand after a head, not a web address", () => {
    const text = "Das Jobcenter team.arbeit.nordheim hilft. Infos beim Jobcenter www.jobcenter-talheim.de.";
    expect(run(text).map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([
      // the bare head after the web address is the same body
      ["Jobcenter team.arbeit.nordheim", ["Jobcenter team.arbeit.nordheim", "Jobcenter"]],
    ]);
  });
});

describe("association names with years, saints' towns, 'und' and genitives", () => {
  it("reads a founding year and a saint's town inside a name", () => {
    const text = "Es spielte der Musikverein Eintracht 1911 St. Ingbert e. V. im Saal. Der Turnverein von 1861 e.V. feiert. Der Schützenverein Nordheim von 1765 lädt ein.";
    const orgs = run(text, ["Nordheim"]);
    expect(orgs.map((o) => o.name)).toEqual(["Musikverein Eintracht 1911 St. Ingbert e.V.", "Turnverein von 1861 e.V.", "Schützenverein Nordheim von 1765"]);
    expect(spans(orgs[0])).toEqual([[15, 59]]);
  });

  it("does not take a period of years as a founding year", () => {
    expect(names("Der Sportverein Nordheim war von 1990 bis 2000 aktiv.", ["Nordheim"])).toEqual(["Sportverein Nordheim"]);
  });

  it("crosses 'und' between two nouns that open a name, not between two bodies", () => {
    const text = "Träger ist die Arbeit und Leben Nordheim gGmbH. Die Diakonie Nordheim und die AWO Talheim gGmbH helfen.";
    expect(names(text, ["Nordheim", "Talheim"])).toEqual(["Arbeit und Leben Nordheim gGmbH", "Diakonie Nordheim", "AWO Talheim gGmbH"]);
  });

  it("crosses a genitive after nouns associations are named with", () => {
    expect(names("Das Forum der Kulturen Talheim e. V. lädt ein. Mitglieder der Gruppe Kunst e.V. kamen.")).toEqual([
      "Forum der Kulturen Talheim e.V.", "Gruppe Kunst e.V.",
    ]);
  });
});

describe("bodies named by an abbreviation defined after them", () => {
  it("takes 'Noun Place (ACR)' after an article as a body, in the nominative", () => {
    const text = "Die Linie fährt im Auftrag des Regionalverkehrs Nordland (RVN). Der RVN zahlt.";
    const [o] = run(text, ["Nordland"]);
    expect(o).toMatchObject({ name: "Regionalverkehr Nordland", abbreviation: "RVN" });
    expect(o!.mentions.map((m) => m.text)).toEqual(["Regionalverkehrs Nordland", "RVN", "RVN"]);
  });

  it("leaves plans, places and abstract nouns with an abbreviation alone", () => {
    const text = "Das Stadtentwicklungskonzept Nordland (SEKN) gilt. In der Stadt Nordland (SN) wohnen viele. Die Förderung Nordland (FN) läuft.";
    expect(names(text, ["Nordland"])).toEqual([]);
  });
});

describe("declined listed names and churches", () => {
  it("reads genitives in -es of listed names and names local branches in the nominative", () => {
    const text = "Helfer des Deutschen Roten Kreuzes kamen. Beim Paritätischen Wohlfahrtsverband Nordheim gibt es Rat.";
    const orgs = run(text, ["Nordheim"]);
    expect(orgs.map((o) => [o.name, o.mentions[0]!.text])).toEqual([
      ["Deutsches Rotes Kreuz", "Deutschen Roten Kreuzes"],
      ["Paritätischer Wohlfahrtsverband Nordheim", "Paritätischen Wohlfahrtsverband Nordheim"],
    ]);
  });

  it("takes a church with its territory as a body, not a church building", () => {
    const text = "Dank gilt der Evangelischen Landeskirche in Nordland. Die Evangelische Kirche St. Peter wurde 1787 erbaut.";
    expect(names(text, ["Nordland"])).toEqual(["Evangelische Landeskirche in Nordland"]);
  });
});

describe("plural company names and bodies introduced with 'ein'", () => {
  it("reads municipal enterprises named in the plural", () => {
    const text = "Rund 60.000 Euro erhalten die Sozialbetriebe Nordheim. Viele Handwerksbetriebe im Landkreis Talheim suchen.";
    expect(names(text, ["Nordheim", "Landkreis Talheim"])).toEqual(["Sozialbetriebe Nordheim"]);
  });

  it("keeps a body introduced with 'eine' only when the text takes it up with the definite article", () => {
    const taken = "Der Kreis hat eine Koordinationsstelle für Seniorenarbeit eingerichtet. Die Koordinationsstelle berät.";
    expect(run(taken).map((o) => [o.name, o.mentions[0]!.start])).toEqual([["Koordinationsstelle für Seniorenarbeit", 19]]);
    expect(names("Es gibt eine Koordinationsstelle für Familien in der Stadt.")).toEqual([]);
  });
});

describe("local branches, seats and cantonal departments", () => {
  it("gives a local branch its own short form and joins its acronym form with the seat", () => {
    const text = "Pressemitteilung der IHK Nordheim zu Talheim\nDie Industrie- und Handelskammer Nordheim zu Talheim (IHK) startet. Die IHK zahlt. Die Handwerkskammer Seeland zu Talheim hilft.";
    const orgs = run(text, ["Nordheim", "Talheim", "Seeland"]);
    expect(orgs.map((o) => [o.name, o.abbreviation])).toEqual([
      ["Industrie- und Handelskammer Nordheim zu Talheim", "IHK"],
      ["Handwerkskammer Seeland zu Talheim", "HWK Seeland zu Talheim"],
    ]);
    expect(orgs[0]!.mentions.map((m) => m.text)).toEqual(["IHK", "Industrie- und Handelskammer Nordheim zu Talheim", "IHK", "IHK"]);
  });

  it("reads a canton's department by its compound and a Dienststelle by its subject", () => {
    const text = "Vorsteherin des Gesundheits- und Sozialdepartements ist sie. Auskunft: Dienststelle Soziales und Gesellschaft (DISG).";
    expect(run(text).map((o) => [o.name, o.abbreviation])).toEqual([
      ["Gesundheits- und Sozialdepartement", null], ["Dienststelle Soziales und Gesellschaft", "DISG"],
    ]);
  });

  it("takes no plant named 'Werk X' and no person's title as a unit's subject", () => {
    expect(names("Das Werk Nordheim schließt. Fragen an das Büro LR.in Berger.", ["Nordheim"])).toEqual([]);
  });
});

describe("universities named after a person", () => {
  it("reads up to five name words after a university's town", () => {
    const text = "Die Technische Hochschule Nordheim Georg Simon Ohm forscht.";
    expect(run(text, ["Nordheim"]).map((o) => [o.name, o.mentions[0]!.end])).toEqual([["Technische Hochschule Nordheim Georg Simon Ohm", 50]]);
  });
});

describe("governments, abbreviations after a place, trades and start-ups", () => {
  it("names a government only with its territory", () => {
    const text = "Die Regierung des Fürstentums Nordland tagte. Die Regierung von Seeland prüft. Die Regierung plant.";
    expect(names(text, ["Nordland", "Seeland"])).toEqual(["Regierung des Fürstentums Nordland", "Regierung von Seeland"]);
  });

  it("keeps 'in PLACE' before the abbreviation that defines the whole name", () => {
    const text = "Der Verein für Menschenrechte in Nordland (VMN) begrüsste es. Der Verein für Kultur in Nordland lädt ein.";
    expect(run(text, ["Nordland"]).map((o) => [o.name, o.abbreviation])).toEqual([
      ["Verein für Menschenrechte in Nordland", "VMN"], ["Verein für Kultur", null],
    ]);
  });

  it("reads craft businesses by their trade and names after 'Start-up'", () => {
    const text = "Ausgezeichnet wurden die Bäckerei Beck, die Druckerei Roth und das Start-up Lernwerft. Das war eine Schweinerei. Die Bäckerei in der Nähe schließt.";
    expect(names(text)).toEqual(["Bäckerei Beck", "Druckerei Roth", "Lernwerft"]);
  });
});

describe("short forms with adjectives", () => {
  it("joins an adjective-and-head name to the one longer name it starts", () => {
    const text = "Das Statistische Landesamt Nordland meldet Zahlen. Das Statistische Landesamt zählt weiter.";
    const orgs = run(text, ["Nordland"]);
    expect(orgs.map((o) => [o.name, o.mentions.map((m) => m.text)])).toEqual([
      ["Statistisches Landesamt Nordland", ["Statistische Landesamt Nordland", "Statistische Landesamt"]],
    ]);
  });
});

describe("abbreviations of one body", () => {
  it("prefers the abbreviation the text defines and joins its bare mentions", () => {
    const text = "Meisterfeier der Handwerkskammer Nordheim\nDie Handwerkskammer (HwK) Nordheim ehrt. Auch der Geschäftsführer der HwK kam.";
    const orgs = run(text, ["Nordheim"]);
    expect(orgs.map((o) => [o.name, o.abbreviation, o.mentions.map((m) => m.text)])).toEqual([
      ["Handwerkskammer Nordheim", "HwK", ["Handwerkskammer Nordheim", "Handwerkskammer (HwK) Nordheim", "HwK", "HwK"]],
    ]);
  });
});
