import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Place } from "../../schema/release.js";
import { extractPlaces } from "./index.js";

function run(text: string, dateline: { start: number; end: number } | null = null): Place[] {
  return extractPlaces({ text, sentences: [], paragraphs: [], title: null, dateline, anchorDate: null });
}
const names = (text: string) => run(text).map((p) => p.name);
function place(text: string, name: string): Place {
  const p = run(text).find((x) => x.name === name);
  if (!p) throw new Error(`no place ${name} in ${JSON.stringify(names(text))}`);
  return p;
}
/** The mention of `surface` at its n-th occurrence, as {text,start,end}. */
function at(text: string, surface: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(surface, start + 1);
  return { text: surface, start, end: start + surface.length };
}

describe("towns, districts, Länder", () => {
  it("finds a large town with AGS, Land and coordinates", () => {
    const text = "Die Messe in Leipzig beginnt morgen.";
    const p = place(text, "Leipzig");
    expect(p.mentions).toEqual([at(text, "Leipzig")]);
    expect(p).toMatchObject({ type: "municipality", state: "Sachsen", ags: "14713000" });
    expect(p.lat).toBeCloseTo(51.34, 1);
  });

  it("takes a Land, not a small town of the same name elsewhere, and a city-state as its town", () => {
    const text = "Die Landesregierung Sachsens und Schulen in Thüringen, Hamburg und Bayern melden sich.";
    expect(place(text, "Sachsen")).toMatchObject({ type: "state", ags: "14" });
    expect(place(text, "Thüringen")).toMatchObject({ type: "state", ags: "16" });
    expect(place(text, "Hamburg")).toMatchObject({ type: "municipality", state: "Hamburg", ags: "02000000" });
    expect(place(text, "Bayern")).toMatchObject({ type: "state", ags: "09" });
  });

  it("does not read a currency after a number as the region of the same name", () => {
    expect(names("Der Rat bewilligte 1,8 Mio. Franken und weitere 20 Franken pro Kopf.")).toEqual([]);
    expect(names("Die Brauereien in Franken feiern.")).toEqual(["Franken"]);
  });

  it("reads a town after a four-digit postcode of an address, not after a year in a name", () => {
    expect(names("Kulturzentrum, Hauptstrasse 12, 8400 Winterthur")).toEqual(["Winterthur"]);
    expect(names("Anmeldung: Rathausplatz 5, A-6020 Innsbruck")).toEqual(["Innsbruck"]);
    expect(names("Sie läuft für den TSV 1860 Ansbach.")).toEqual([]);
  });

  it("maps declined district forms to the nominative", () => {
    const text = "Im Rheinisch-Bergischen Kreis und beim Landrat des Rhein-Kreises Neuss gibt es Neuigkeiten.";
    expect(place(text, "Rheinisch-Bergischer Kreis").mentions).toEqual([at(text, "Rheinisch-Bergischen Kreis")]);
    expect(place(text, "Rhein-Kreis Neuss").mentions).toEqual([at(text, "Rhein-Kreises Neuss")]);
  });

  it("tells the Landkreis from the town of the same name", () => {
    const text = "Der Kreis Kassel und die Stadt Kassel arbeiten im Landkreis Kassel zusammen.";
    expect(place(text, "Landkreis Kassel").mentions).toEqual([at(text, "Kreis Kassel"), at(text, "Landkreis Kassel")]);
    expect(place(text, "Kassel").mentions).toEqual([at(text, "Kassel", 1)]);
  });

  it("maps short forms of Länder to the canonical name", () => {
    const text = "Das Land NRW fördert Projekte in Nordrhein-Westfalen.";
    const p = place(text, "Nordrhein-Westfalen");
    expect(p.type).toBe("state");
    expect(p.mentions).toEqual([at(text, "NRW"), at(text, "Nordrhein-Westfalen")]);
  });

  it("counts places inside organisation names", () => {
    const text = "Das Jobcenter Rheinisch-Bergischer Kreis lädt ein.";
    expect(place(text, "Rheinisch-Bergischer Kreis").mentions).toEqual([at(text, "Rheinisch-Bergischer Kreis")]);
  });

  it("reads a dateline in capitals", () => {
    const text = "KREIS ROTTWEIL (pm) – Heute beginnt die neue Buslinie.";
    expect(place(text, "Landkreis Rottweil").mentions).toEqual([at(text, "KREIS ROTTWEIL")]);
  });

  it("finds countries, also with an article or in the genitive", () => {
    const text = "Gäste aus der Türkei, den Vereinigten Staaten und Frankreichs Hauptstadt kamen.";
    expect(names(text)).toEqual(["Türkei", "USA", "Frankreich"]);
    expect(place(text, "Frankreich").mentions).toEqual([at(text, "Frankreichs")]);
  });

  it("takes a bare name shared by a region and a Kreis for the region", () => {
    expect(names("Wandern im Harz, Verwaltung im Landkreis Harz.")).toEqual(["Harz", "Landkreis Harz"]);
  });

  it("knows Bezirke of Berlin and Hamburg", () => {
    const text = "Der Bezirk Hamburg-Mitte und Friedrichshain-Kreuzberg tauschen sich aus.";
    expect(names(text)).toEqual(["Hamburg-Mitte", "Friedrichshain-Kreuzberg"]);
  });

  it("uses German names for large foreign cities", () => {
    expect(names("Die Delegation reiste nach Moskau und Mailand.")).toEqual(["Moskau", "Mailand"]);
  });
});

describe("cues for names that need them", () => {
  it("takes a small town after a preposition", () => {
    const text = "Das Treffen fand in Zierenberg statt.";
    expect(place(text, "Zierenberg").mentions).toEqual([at(text, "Zierenberg")]);
  });

  it("does not take a small town without a cue", () => {
    expect(names("Zierenberg ist schön.")).toEqual([]);
  });

  it("takes every town of a list when one of them is known", () => {
    const text = "Standorte sind künftig Kiel, Plön und Meldorf.";
    expect(names(text)).toEqual(["Kiel", "Plön", "Meldorf"]);
    expect(place(text, "Meldorf").mentions).toEqual([at(text, "Meldorf")]);
  });

  it("takes unknown town parts listed after a place noun", () => {
    const text = "Gefördert werden die Ortsteile Obertal, Niederwiesen und Kleinhausen in Gotha.";
    expect(names(text)).toEqual(["Obertal", "Niederwiesen", "Kleinhausen", "Gotha"]);
  });

  it("takes a hyphenated part of a town as one place", () => {
    const text = "Neue Stellen gibt es in Erfurt-Südost.";
    expect(place(text, "Erfurt-Südost").mentions).toEqual([at(text, "Erfurt-Südost")]);
  });

  it("takes the town in a postcode line", () => {
    expect(names("Anschrift: Postfach 12, 34289 Zierenberg")).toContain("Zierenberg");
  });

  it("uses the dateline span the pipeline found", () => {
    const text = "Plön, 3. Mai 2024. Die Gemeinde lädt ein.";
    expect(names(text)).toEqual(["Plön"]);
  });

  it("takes a small town at the start of a title line before a colon", () => {
    const text = "Zierenberg: Neuer Treffpunkt eröffnet\nDer Treffpunkt ist offen.";
    expect(place(text, "Zierenberg").mentions).toEqual([at(text, "Zierenberg")]);
  });

  it("takes a small town alone in brackets after a person", () => {
    const text = "Es sprach Maria Muster (Meldorf) über das Projekt.";
    expect(place(text, "Meldorf").mentions).toEqual([at(text, "Meldorf")]);
  });

  it("takes a preposition that opens the sentence", () => {
    const text = "Rückblick. In Zierenberg trafen sich alle.";
    expect(place(text, "Zierenberg").mentions).toEqual([at(text, "Zierenberg")]);
  });

  it("keeps a list going past a river after a slash", () => {
    expect(names("Gäste aus Kerpen, Eislingen/Fils, Süßen und Donzdorf.")).toEqual(["Kerpen", "Eislingen", "Süßen", "Donzdorf"]);
  });

  it("names a spa town as the text does when GeoNames drops the Bad", () => {
    const text = "Die Gemeinde Bad Boll beteiligt sich.";
    expect(place(text, "Bad Boll").mentions).toEqual([at(text, "Bad Boll")]);
  });

  it("counts a later mention of a place that had a cue once", () => {
    const text = "Die Feier fand in Meldorf statt. Meldorf freut sich.";
    expect(place(text, "Meldorf").mentions).toEqual([at(text, "Meldorf"), at(text, "Meldorf", 1)]);
  });
});

describe("soft prepositions, stems, compounds", () => {
  it("takes small towns after von/über only with another place in the sentence", () => {
    const text = "Der Bus fährt von Schiltach über Schramberg nach Rottweil. Es geht um den Austausch von Wissen.";
    expect(names(text)).toEqual(["Schiltach", "Schramberg", "Rottweil"]);
  });

  it("names a town by its stem when the text does", () => {
    const text = "Die Messe in Frankfurt öffnet.";
    expect(place(text, "Frankfurt").mentions).toEqual([at(text, "Frankfurt")]);
    expect(names("Die Messe in Frankfurt am Main öffnet.")).toEqual(["Frankfurt am Main"]);
  });

  it("uses the official name when the text does", () => {
    const text = "Gäste aus Mülheim an der Ruhr. Mülheim freut sich.";
    expect(place(text, "Mülheim an der Ruhr").mentions).toEqual([at(text, "Mülheim an der Ruhr"), at(text, "Mülheim", 1)]);
  });

  it("splits a compound of two places into both", () => {
    const text = "Die Universität Erlangen-Nürnberg forscht.";
    expect(place(text, "Erlangen").mentions).toEqual([at(text, "Erlangen")]);
    expect(place(text, "Nürnberg").mentions).toEqual([at(text, "Nürnberg")]);
  });

  it("maps a Land with a part word to the Land", () => {
    const text = "Das Netzwerk IQ NRW-Ost tagt.";
    expect(place(text, "Nordrhein-Westfalen").mentions).toEqual([at(text, "NRW")]);
  });

  it("maps long and short country names to one place", () => {
    const text = "Die Bundesrepublik Deutschland und Deutschlands Nachbarn.";
    expect(place(text, "Deutschland").mentions).toEqual([at(text, "Bundesrepublik Deutschland"), at(text, "Deutschlands")]);
  });

  it("writes Sankt and St. both ways", () => {
    expect(names("Treffen in St. Augustin.")).toEqual(["Sankt Augustin"]);
  });
});

describe("what is not a place", () => {
  it("skips town names used as nouns after a determiner", () => {
    expect(names("Das Essen war gut, und in der Halle stand der Wagen im Wald.")).toEqual([]);
  });

  it("skips town names that are surnames", () => {
    expect(names("Kreisdirektor Dirk Brügge sprach. „Gut so“, so Brügge.")).toEqual([]);
    expect(names("Herrn Hagen wurde gedankt.")).toEqual([]);
  });

  it("skips derived adjectives", () => {
    expect(names("Der Kölner Dom und die Berliner Luft.")).toEqual([]);
  });

  it("skips a large town's name that opens a sentence joined to a noun", () => {
    expect(names("Essen und Getränke werden gestellt.")).toEqual([]);
    expect(names("Essen und Bochum liegen nah beieinander.")).toEqual(["Essen", "Bochum"]);
  });

  it("skips direction words without a place noun", () => {
    expect(names("Von Norden her zog bis Mitte Mai Regen auf.")).toEqual([]);
  });

  it("skips an amount in a currency named like a region", () => {
    expect(names("Sie erhielten 100.000 Franken.")).toEqual([]);
  });

  it("skips capitalised nouns after a list noun when no list of places follows", () => {
    expect(names("Die Bürger der Städte Wald roden, damit Holz da ist.")).toEqual([]);
  });

  it("skips the second word of a foreign name", () => {
    expect(names("Der Senator von New Jersey kam.")).toEqual([]);
  });

  it("skips phone numbers and lowercase words", () => {
    expect(names("Tel. 0221 12345, weil es essen gibt.")).toEqual([]);
  });
});

describe("addresses", () => {
  it("makes street, number, postcode and town one place of type address", () => {
    const text = "Bewerbungen an: Amt für Bildung, Lindenallee 12a, 99084 Erfurt, bis Freitag.";
    const p = place(text, "Lindenallee 12a, 99084 Erfurt");
    expect(p.type).toBe("address");
    expect(p.state).toBe("Thüringen");
    expect(p.mentions).toEqual([at(text, "Lindenallee 12a, 99084 Erfurt")]);
  });

  it("joins an address over a line break", () => {
    const text = "Verein e.V.\nAm Alten Markt 3\n10115 Berlin";
    expect(names(text)).toContain("Am Alten Markt 3, 10115 Berlin");
  });

  it("takes an address written on one line without a comma", () => {
    expect(names("Treffpunkt: Hauptstraße 5 34289 Zierenberg.")).toContain("Hauptstraße 5, 34289 Zierenberg");
  });

  it("needs a postcode", () => {
    expect(run("Sie wohnt in der Gartenstraße 5.").some((p) => p.type === "address")).toBe(false);
  });
});

describe("seed texts", () => {
  const seed = (n: string) => readFileSync(new URL(`../../../fixtures/seeds/seed-00${n}.txt`, import.meta.url), "utf8");

  it("finds the places of seed 000 with offsets", () => {
    const text = seed("0");
    const found = run(text);
    for (const p of found) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(["Köln", "Kerpen", "Rheinisch-Bergischer Kreis", "Nordrhein-Westfalen", "Rhein-Erft-Kreis"]));
  });

  it("does not take the surname in seed 001 for Bruges", () => {
    expect(run(seed("1")).map((p) => p.name)).toEqual(["Rhein-Kreis Neuss", "Kanada", "USA"]);
  });
});

describe("places ending an institution's name", () => {
  it("takes a small town after 'Institut für <field>'", () => {
    const text = "Beteiligt ist das Leibniz-Institut für Ostseeforschung Warnemünde (IOW).";
    expect(place(text, "Warnemünde").mentions).toEqual([at(text, "Warnemünde")]);
    const text2 = "Das Zentrum für ökologische Landwirtschaft Plön lädt ein.";
    expect(place(text2, "Plön").mentions).toEqual([at(text2, "Plön")]);
  });
  it("takes a small town after an aid group ('Flüchtlingshilfe X')", () => {
    const text = "Über den dritten Preis freut sich die Flüchtlingshilfe Witzenhausen.";
    expect(place(text, "Witzenhausen").mentions).toEqual([at(text, "Witzenhausen")]);
  });
  it("needs the head noun before 'für' and the words on one clause", () => {
    expect(names("Er forscht für Ostseeforschung Warnemünde.")).toEqual([]);
    expect(names("Das Institut für Ostseeforschung. Warnemünde liegt am Meer.")).toEqual([]);
    expect(names("Ein Institut für Fragen, Beispiele und weitere Themen Warnemünde")).toEqual([]);
  });
});

describe("word scanner", () => {
  it("splits words exactly like the WORD pattern", async () => {
    const { WORD, wordSpans } = await import("./patterns.js");
    const text = "Rhein-Erft-Kreis, Kreis- und NRW‐Ost; Äpfel-\u00f6\u0301l 𝐀bc-𝐁 12-3a x\ud800y";
    const expected = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
    const got: number[][] = [];
    wordSpans(text, (s, e) => got.push([s, e]));
    expect(got).toEqual(expected);
  });
});

describe("places after plural institution nouns and in hyphenated list items", () => {
  it("takes the list after 'Caritasverbände' and links over a hyphenated first item", () => {
    const text = "Die Caritasverbände Liezen-Ennstal, Gleisdorf und Schwaz laden ein. Im Gespräch mit dem Haus blieb es.";
    expect(names(text)).toEqual(["Liezen", "Gleisdorf", "Schwaz"]);
    expect(place(text, "Gleisdorf").mentions).toEqual([at(text, "Gleisdorf")]);
  });

  it("reads a small Austrian town after 'in' and in a Bezirkshauptmannschaft's name", () => {
    const text = "Die Werkstatt in Gleisdorf öffnet. Ein Besuch in der Bezirkshauptmannschaft Liezen folgt.";
    expect(names(text)).toEqual(["Gleisdorf", "Liezen"]);
  });
});
