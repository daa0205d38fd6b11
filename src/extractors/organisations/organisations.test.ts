import { describe, expect, it } from "vitest";
import type { Organisation, Place } from "../../schema/release.js";
import { extractOrganisations } from "./index.js";
import { matchHead } from "./heads.js";
import { declineAdjective } from "./decline.js";

function run(text: string, places: Place[] = []): Organisation[] {
  const orgs = extractOrganisations({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null, places });
  for (const o of orgs) for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return orgs;
}
const names = (text: string): string[] => run(text).map((o) => o.name);
const find = (orgs: Organisation[], name: string): Organisation => {
  const o = orgs.find((x) => x.name === name);
  if (!o) throw new Error(`no ${name} in ${orgs.map((x) => x.name).join(", ")}`);
  return o;
};

describe("head nouns with complements", () => {
  it("reads a für-complement and links a defined abbreviation both ways", () => {
    const text = "Gefördert wird es vom Bundesamt für Migration und Flüchtlinge (BAMF). Das BAMF prüft die Anträge.";
    const [bamf] = run(text);
    expect(bamf).toMatchObject({ name: "Bundesamt für Migration und Flüchtlinge", abbreviation: "BAMF" });
    expect(bamf!.mentions.map((m) => [m.text, m.start, m.end])).toEqual([
      ["Bundesamt für Migration und Flüchtlinge", 22, 61],
      ["BAMF", 63, 67],
      ["BAMF", 74, 78],
    ]);
  });

  it("reads an acronym after a spaced dash as the abbreviation when a word of the name starts with its letter", () => {
    const text = "Dabei ist das Landesamt für Bodenkunde – LfB in Talheim. Das LfB misst. Das Amt für Bau – ABC Bank zahlt – plant.";
    const orgs = run(text);
    expect(find(orgs, "Landesamt für Bodenkunde")).toMatchObject({ abbreviation: "LfB" });
    expect(find(orgs, "Landesamt für Bodenkunde").mentions.map((m) => [m.text, m.start])).toEqual([
      ["Landesamt für Bodenkunde", 14], ["LfB", 41], ["LfB", 61],
    ]);
    // "ABC" starts no word of "Amt für Bau"… but "Amt" does with "A": a capitalised word after the acronym means a name goes on
    expect(find(orgs, "Amt für Bau").abbreviation).toBeNull();
  });

  it("closes a comma list only with 'und'", () => {
    const text = "Die Ministerin für Sport besuchte das Ministerium für Kinder, Jugend und Sport. Bewerbungen an das Amt für Soziales, Stabsstelle Planung, Hauptstraße 5.";
    const orgs = run(text);
    expect(orgs.map((o) => o.name)).toEqual(["Ministerium für Kinder, Jugend und Sport", "Amt für Soziales", "Stabsstelle Planung"]);
    expect(find(orgs, "Amt für Soziales").mentions[0]).toMatchObject({ start: 99, end: 115 });
  });

  it("takes a territorial genitive and a place name after the head", () => {
    const text = "Der Rat der Stadt Musterstadt stimmte zu. Beim Jobcenter Nordheim-Süd gibt es Beratung.";
    expect(names(text)).toEqual(["Rat der Stadt Musterstadt", "Jobcenter Nordheim-Süd"]);
  });

  it("uses place mentions from the places stage as complements", () => {
    const text = "Die Agentur für Arbeit Bad Musterbrunn meldet weniger Arbeitslose.";
    const place: Place = { name: "Bad Musterbrunn", type: "municipality", mentions: [{ text: "Bad Musterbrunn", start: 23, end: 38 }] };
    const orgs = run(text, [place]);
    expect(orgs.map((o) => [o.name, o.mentions[0]!.start, o.mentions[0]!.end])).toEqual([["Agentur für Arbeit Bad Musterbrunn", 4, 38]]);
  });

  it("names units by their common-noun complement", () => {
    expect(names("Zuständig ist das Referat Wohnungslosenhilfe im Sozialamt.")).toContain("Referat Wohnungslosenhilfe");
    expect(names("Es sprach der Leiter des Fachbereichs Soziale Dienste und Migration.")).toEqual(["Fachbereich Soziale Dienste und Migration"]);
  });

  it("keeps an abbreviation defined inside the name", () => {
    const text = "Die Polizeidirektion (PD) Nordheim lädt ein. Die PD Nordheim informiert.";
    const [pd] = run(text);
    expect(pd).toMatchObject({ name: "Polizeidirektion Nordheim", abbreviation: "PD" });
    expect(pd!.mentions[0]).toMatchObject({ text: "Polizeidirektion (PD) Nordheim", start: 4, end: 34 });
  });
});

describe("canonical nominative", () => {
  it("declines adjectives back by the head's gender", () => {
    expect(names("Mittel des Europäischen Sozialfonds")).toEqual(["Europäischer Sozialfonds"]);
    expect(names("Partner des Regionalen Integrationsnetzwerks Musterstadt")).toEqual(["Regionales Integrationsnetzwerk Musterstadt"]);
    expect(names("mit der Medizinischen Hochschule Nordheim")).toEqual(["Medizinische Hochschule Nordheim"]);
    expect(names("im Amtes für Integration")).toEqual(["Amt für Integration"]);
  });

  it("keeps indeclinable place adjectives", () => {
    expect(names("Der Beschluss des Nordheimer Senats gilt.")).toEqual(["Nordheimer Senat"]);
  });

  it("declines before a legal form by the noun's gender", () => {
    expect(names("Vertreter der Deutschen Musterbahn AG kamen.")).toEqual(["Deutsche Musterbahn AG"]);
  });
});

describe("councils with their place", () => {
  it("reads 'Stadtrat Uster' when a known place follows, not a title before a person", () => {
    const text = "Der Stadtrat Nordheim hat bewilligt. Stadtrat Peter Keller sprach.";
    const start = text.indexOf("Nordheim");
    const places: Place[] = [{ name: "Nordheim", type: "municipality", state: null, mentions: [{ text: "Nordheim", start, end: start + 8 }] }];
    expect(run(text, places).map((o) => [o.name, o.mentions[0]!.start])).toEqual([["Stadtrat Nordheim", 4]]);
  });
});

describe("police forces", () => {
  it("reads the police of a place ('Polizei Göttingen', 'Kantonspolizei Zürich'), not the police alone", () => {
    const places = (text: string, ...names: string[]): Place[] => names.map((n) => {
      const start = text.indexOf(n);
      return { name: n, type: "municipality", state: null, mentions: [{ text: n, start, end: start + n.length }] };
    });
    const a = "Hinweise an die Polizei Nordheim. Die Kantonspolizei Talheim meldet nichts. Die Polizei ermittelt in Nordheim.";
    expect(run(a, places(a, "Nordheim", "Talheim")).map((o) => o.name)).toEqual(["Polizei Nordheim", "Kantonspolizei Talheim"]);
  });
});

describe("legal forms", () => {
  it("takes the capitalised name before the form", () => {
    const text = "Gastgeberin war Muster Bildung gGmbH. Es sprach der Geschäftsführer der Initiative für Arbeit Süd e.V. über Pläne.";
    const orgs = run(text);
    expect(orgs.map((o) => o.name)).toEqual(["Muster Bildung gGmbH", "Initiative für Arbeit Süd e.V."]);
    expect(orgs[0]!.mentions[0]).toMatchObject({ start: 16, end: 36 });
  });

  it("does not swallow a coordination or the word before an article", () => {
    expect(names("Gefördert werden Diakonie Nordheim und Muster Hilfe gGmbH.")).toEqual(["Diakonie Nordheim", "Muster Hilfe gGmbH"]);
  });

  it("drops a leading 'Verein' but keeps 'Verein Deutscher …'", () => {
    const text = "Träger ist der Verein Hilfe für Familien e.V. und der Verein Deutscher Musterbauer e.V.";
    expect(run(text).map((o) => [o.name, o.mentions[0]!.start])).toEqual([["Hilfe für Familien e.V.", 22], ["Verein Deutscher Musterbauer e.V.", 54]]);
  });

  it("crosses a preposition after a name's first noun ('Frauen in Arbeit e.V.'), not after a longer capitalised run", () => {
    const text = "Der Verein Frauen in Arbeit e.V. lädt ein, mit dabei die Kinder ohne Grenzen e.V. und Leute in Talheim Musikhilfe e.V.";
    expect(run(text).map((o) => [o.name, o.mentions[0]!.start])).toEqual([
      ["Frauen in Arbeit e.V.", 11], ["Kinder ohne Grenzen e.V.", 57], ["Talheim Musikhilfe e.V.", 95],
    ]);
  });

  it("crosses a genitive after 'Förderverein'/'Verein' ('Förderverein der Stadtbibliothek X e.V.')", () => {
    expect(names("Es hilft der Förderverein der Stadtbibliothek Nordheim e.V. mit.")).toEqual(["Förderverein der Stadtbibliothek Nordheim e.V."]);
  });

  it("crosses a genitive only after an institution head", () => {
    expect(names("Es kamen Leute vom Förderwerk der Bauwirtschaft Süd e.V. dazu.")).toEqual(["Förderwerk der Bauwirtschaft Süd e.V."]);
  });
});

describe("variants of one body", () => {
  it("joins 'Region X' and 'X' forms", () => {
    const orgs = run("Die Regionalagentur Region Nordheim lud ein. Die Regionalagentur Nordheim moderierte.");
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.mentions).toHaveLength(2);
  });

  it("joins a bare head to the one full name with that head", () => {
    const orgs = run("Der Landkreistag Musterland tagte. Die Geschäftsstelle des Landkreistags plante.");
    expect(orgs.map((o) => [o.name, o.mentions.length])).toEqual([["Landkreistag Musterland", 2]]);
  });

  it("names a state body without its Land", () => {
    const [o] = run("Gefördert vom Ministerium für Arbeit und Umwelt des Landes Musterland.");
    expect(o).toMatchObject({ name: "Ministerium für Arbeit und Umwelt", mentions: [{ start: 14, end: 69 }] });
  });

  it("joins the territorial-genitive form to the short form with the abbreviation", () => {
    const orgs = run("das Ministerium für Arbeit und Umwelt des Landes Musterland. Später sprach das Ministerium für Arbeit und Umwelt (MAU).");
    expect(orgs).toHaveLength(1);
    expect(orgs[0]).toMatchObject({ name: "Ministerium für Arbeit und Umwelt", abbreviation: "MAU" });
  });
});

describe("plural heads with coordinated names", () => {
  it("gives one body per name", () => {
    const text = "Es kamen die beiden Regionalen Integrationsnetzwerke Nordheim und Süd-Musterstadt zusammen.";
    expect(run(text).map((o) => [o.name, o.mentions[0]!.start, o.mentions[0]!.end])).toEqual([
      ["Regionales Integrationsnetzwerk Nordheim", 20, 61],
      ["Regionales Integrationsnetzwerk Süd-Musterstadt", 66, 81],
    ]);
  });
});

describe("short forms", () => {
  it("an acronym that starts one longer name is its short form", () => {
    const orgs = run("Träger ist NOVA Nordheim e.V. Die Arbeit von NOVA wird gelobt.");
    expect(orgs.map((o) => [o.name, o.abbreviation, o.mentions.map((m) => m.start)])).toEqual([["NOVA Nordheim e.V.", "NOVA", [11, 45]]]);
  });
});

describe("listed institutions", () => {
  it("finds declined forms and abbreviations", () => {
    const orgs = run("Die Mittel der Deutschen Forschungsgemeinschaft (DFG) und der EU fließen. Die DFG entschied.");
    expect(find(orgs, "Deutsche Forschungsgemeinschaft").mentions).toHaveLength(3);
    expect(find(orgs, "Europäische Union").mentions[0]).toMatchObject({ text: "EU", start: 62, end: 64 });
  });

  it("a listed umbrella body followed by a place is a local body of its own", () => {
    expect(names("Gefördert wird die Diakonie Nordheim.")).toEqual(["Diakonie Nordheim"]);
  });

  it("an abbreviation in parentheses after a person is an affiliation, not a definition", () => {
    expect(names("Bildungsminister Max Muster (CDU) sprach.")).toEqual(["Christlich Demokratische Union Deutschlands"]);
  });
});

describe("descriptors, acronyms, clubs", () => {
  it("reads a quoted name after an organisation noun", () => {
    const text = "Der Verein „Brücken bauen“ lädt ein.";
    const [v] = run(text);
    expect(v).toMatchObject({ name: "Brücken bauen", mentions: [{ start: 12, end: 25 }] });
  });

  it("reads an acronym after a descriptor or an article", () => {
    expect(names("Es sprach der Chef des Energiekonzerns MEAG.")).toEqual(["MEAG"]);
    expect(names("Die Kampagne wird von der MKG umgesetzt.")).toEqual(["MKG"]);
  });

  it("reads sports clubs after a club prefix", () => {
    const [club] = run("Er spielte beim TSV Musterhausen 1860 in der Kreisliga.");
    expect(club).toMatchObject({ name: "TSV Musterhausen 1860", mentions: [{ start: 16, end: 37 }] });
  });
});

describe("more complements", () => {
  const place = (text: string, name: string): Place => {
    const start = text.indexOf(name);
    return { name, type: "municipality", mentions: [{ text: name, start, end: start + name.length }] };
  };

  it("reads 'zu' + place and a genitive place", () => {
    expect(names("Die Universität zu Nordheim und die Industrie- und Handelskammer zu Südheim laden ein.")).toEqual([
      "Universität zu Nordheim", "Industrie- und Handelskammer zu Südheim"]);
    const text = "Er lehrt an der Universität des Musterlandes.";
    expect(run(text, [place(text, "Musterlandes")]).map((o) => o.name)).toEqual(["Universität des Musterlandes"]);
  });

  it("drops 'in' before a known place after a local body named by its head alone", () => {
    const text = "Die Nachbarschaftshilfe in Musterstadt fördert den Ausflug.";
    const [o] = run(text, [place(text, "Musterstadt")]);
    expect(o).toMatchObject({ name: "Nachbarschaftshilfe Musterstadt", mentions: [{ start: 4, end: 38 }] });
  });

  it("keeps a name-bearing compound without the place it sits in", () => {
    const text = "Das NORD-Vielfaltszentrum in Musterstadt fördert den Ausflug.";
    const [o] = run(text, [place(text, "Musterstadt")]);
    expect(o).toMatchObject({ name: "NORD-Vielfaltszentrum", mentions: [{ start: 4, end: 25 }] });
  });

  it("takes only a known place after 'Hilfe' compounds", () => {
    const text = "Die Flüchtlingshilfe in Musterdorf erhält Geld.";
    expect(run(text, [place(text, "Musterdorf")]).map((o) => o.name)).toEqual(["Flüchtlingshilfe Musterdorf"]);
    expect(names(text)).toEqual([]);
    expect(names("Fördermittel für Senioren- und Jugendhilfe werden vergeben.")).toEqual([]);
  });

  it("reads an article-less genitive plural after an association head", () => {
    expect(names("Es sprach der Vorsitzende des Bundesverbands deutscher Musterbauer.")).toEqual(["Bundesverband deutscher Musterbauer"]);
  });

  it("reads university abbreviations and newspapers", () => {
    expect(names("Forschende der TU Nordheim zitierten die Nordheimer Rundschau.")).toEqual(["TU Nordheim", "Nordheimer Rundschau"]);
    expect(names("Laut Süddeutscher Zeitung stimmt das.")).toEqual(["Süddeutsche Zeitung"]);
  });

  it("joins a compound split after its hyphen", () => {
    const [o] = run("Akteure des IQ- Netzwerkes Musterland trafen sich.");
    expect(o).toMatchObject({ name: "IQ-Netzwerk Musterland", mentions: [{ start: 12, end: 37 }] });
  });

  it("reads English names with 'of'", () => {
    expect(names("Sie forscht am Northland Institute of Technology.")).toEqual(["Northland Institute of Technology"]);
  });
});

describe("not organisations", () => {
  it("skips plurals and generic mentions", () => {
    expect(names("Auch die zuständigen Jobcenter beteiligen sich.")).toEqual([]);
    expect(names("Es ist ein lernendes Netzwerk.")).toEqual([]);
    expect(names("Das Landesamt dient als Kompetenzzentrum für Aufnahme und Rückkehr.")).toEqual(["Landesamt"]);
    expect(names("Die Stiftung hilft. Im Turnverein und im Ehrenamt ist viel los.")).toEqual([]);
    expect(names("Die Wohlfahrtsverbände und Migrantenorganisationen beraten.")).toEqual([]);
  });

  it("skips acronyms defined for things that are not bodies, and law and place codes", () => {
    expect(names("Die Migrantenorganisationen (MO) beraten. Die MO sind wichtig. Leistungen nach SGB II in NRW.")).toEqual([]);
  });

  it("skips project names in quotes and datelines in capitals", () => {
    expect(names("Das Projekt „Brücken bauen“ startet.")).toEqual([]);
    expect(names("NORDHEIM. Der Kreis plant viel.")).toEqual([]);
  });

  it("skips a descriptive compound after a lower-case adjective", () => {
    expect(names("Das russische Verteidigungsministerium schweigt.")).toEqual([]);
  });
});

describe("head nouns and declension", () => {
  it("recognises compounds and genitives, not look-alikes", () => {
    expect(matchHead("Landratsamt")).toMatchObject({ base: "Landratsamt", compound: true });
    expect(matchHead("Bundesamtes")).toMatchObject({ base: "Bundesamt" });
    expect(matchHead("Bewilligungsausschusses")).toMatchObject({ base: "Bewilligungsausschuss" });
    expect(matchHead("Ehrenamt")).toBeNull();
    expect(matchHead("Insgesamt")).toBeNull();
    expect(matchHead("Atomkraftwerk")).toBeNull();
    expect(matchHead("Vorrat")).toBeNull();
  });

  it("declines adjectives to the strong nominative", () => {
    expect(declineAdjective("Europäischen", "m")).toBe("Europäischer");
    expect(declineAdjective("Kommunalen", "n")).toBe("Kommunales");
    expect(declineAdjective("Deutschen", "f")).toBe("Deutsche");
    expect(declineAdjective("Thüringer", "n")).toBe("Thüringer");
  });
});
