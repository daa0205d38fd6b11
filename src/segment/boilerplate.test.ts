import { describe, expect, it } from "vitest";
import { findBoilerplate } from "./boilerplate.js";
import { seed } from "../../test/helpers.js";
import { extract } from "../extract.js";

const covered = (text: string, needle: string) => {
  const at = text.indexOf(needle);
  expect(at, `"${needle}" in text`).toBeGreaterThanOrEqual(0);
  return findBoilerplate(text).some((b) => b.start <= at && b.end >= at + needle.length);
};

describe("findBoilerplate", () => {
  it("marks the donation appeal and the view counter of seed-001, not the release", () => {
    const text = seed(1);
    expect(covered(text, "Ihre Unterstützung zählt!")).toBe(true);
    expect(covered(text, "Wenn nur 10% der Leser regelmäßig 20 Cent pro Tag zahlen")).toBe(true);
    expect(covered(text, "Banküberweisung")).toBe(true);
    expect(covered(text, "Ansichten gesamt")).toBe(true);
    expect(covered(text, "Der Rhein-Kreis Neuss ist als eine von bundesweit 24 Kommunen")).toBe(false);
    expect(covered(text, "betont Kreisdirektor Dirk Brügge")).toBe(false);
  });

  it("marks share bar, teaser list and cookie banner of seed-002, not the release", () => {
    const text = seed(2);
    expect(covered(text, "FacebookVZJappyDelicious")).toBe(true);
    expect(covered(text, "Diesen Beitrag teilen")).toBe(true);
    expect(covered(text, "weitere Beiträge")).toBe(true);
    expect(covered(text, "vom 14. bis 16. Mai 2024 in Köln")).toBe(true);
    expect(covered(text, "31.05.2024 Cologne Naked Bike Ride")).toBe(true);
    expect(covered(text, "Wir nutzen Cookies auf unserer Website")).toBe(true);
    expect(covered(text, "Integrationsstaatssekretärin Serap Güler am Donnerstag,12. April 2018")).toBe(false);
    expect(covered(text, "sagt Projektleiter Hans Oster")).toBe(false);
  });

  it("marks copyright, crumbs, photo credits, bylines and print links by structure", () => {
    const text = [
      "Startseite > Presse > Aktuelles",
      "Neue Brücke eröffnet",
      "Die Stadt hat am Montag die neue Brücke über den Fluss eröffnet. (Foto: Stadtarchiv)",
      "Geschrieben am . Veröffentlicht in Lokales.",
      "Artikel drucken",
      "© 2024 Beispielverlag GmbH",
    ].join("\n");
    const rules = findBoilerplate(text).map((b) => [b.rule, text.slice(b.start, b.end)]);
    expect(rules).toEqual([
      ["navigation", "Startseite > Presse > Aktuelles"],
      ["photo-credit", "(Foto: Stadtarchiv)"],
      ["navigation", "Geschrieben am . Veröffentlicht in Lokales."],
      ["share-bar", "Artikel drucken"],
      ["copyright", "© 2024 Beispielverlag GmbH"],
    ]);
  });

  it("keeps ordinary release text that merely mentions support, readers or numbers", () => {
    const text =
      "Das Land unterstützt die Kommunen mit 5 Millionen Euro.\n\nDie Leser der Studie zahlen nichts.\n\nBitte melden Sie sich bis Freitag an.";
    expect(findBoilerplate(text)).toEqual([]);
  });

  it("keeps a dated byline: it carries the release date", () => {
    expect(findBoilerplate("Veröffentlicht am 12.03.2024\n\nText der Meldung.")).toEqual([]);
  });
});

describe("findBoilerplate on funding news", () => {
  it("keeps a paragraph about grants (Zuwendungen, Spenden) that does not address the reader", () => {
    const text =
      "Titel\n\nDie Stiftung gewährt dem Verein eine Zuwendung von 45.000 Euro. Auch die Spende der Bank über 2.000 Euro hilft, die Betriebskosten zu zahlen.\n\nWeitere Sätze der Meldung.";
    expect(findBoilerplate(text)).toEqual([]);
  });
});

describe("teaser lists", () => {
  const release = (n: number) =>
    `Musterstadt, ${n}. März 2024 – Bürgermeisterin Dr. Jana Beispiel hat am Montag die neue Stadtbibliothek am Marktplatz eröffnet. ` +
    `Der Bau hat 4,2 Millionen Euro gekostet und wurde vom Land gefördert. Die Bibliothek ist ab sofort montags bis samstags geöffnet.`;
  const teaserList = [
    "Weitere Meldungen",
    "",
    "Neue Radwege im Norden",
    "12.03.2024 Sanierung der Grundschule beginnt im Sommer und dauert bis zum Herbst…",
    "weiterlesen",
    "",
    "Wochenmarkt zieht um",
    "Der Wochenmarkt findet ab April auf dem Kirchplatz statt, weil der Marktplatz...",
    "weiterlesen",
    "",
    "Freibad öffnet früher",
    "Wegen des warmen Wetters öffnet das Freibad schon im Mai. Die Preise bleiben…",
    "weiterlesen",
    "",
  ].join("\n");

  it("blanks a teaser list up to its last marker and keeps the release glued after it", () => {
    const text = `${release(1)}\n\n${teaserList}\nZweite Meldung zur Bibliothek\n\n${release(2)}\n`;
    const teasers = findBoilerplate(text).filter((b) => b.rule === "teasers");
    expect(teasers).toHaveLength(1);
    const blanked = text.slice(teasers[0]!.start, teasers[0]!.end);
    expect(blanked.startsWith("Weitere Meldungen")).toBe(true);
    expect(blanked.endsWith("weiterlesen")).toBe(true);
    expect(covered(text, "Wochenmarkt zieht um")).toBe(true);
    expect(covered(text, "Zweite Meldung zur Bibliothek")).toBe(false);
    expect(covered(text, release(2))).toBe(false);
    expect(covered(text, release(1))).toBe(false);
  });

  it("blanks a teaser list at the end of a release to the end", () => {
    const text = `${release(1)}\n\n${teaserList}\nMeistgelesen\nNeueste Artikel\n`;
    const teasers = findBoilerplate(text).filter((b) => b.rule === "teasers");
    expect(teasers.map((t) => [t.start, t.end])).toEqual([[text.indexOf("Weitere Meldungen"), text.length]]);
  });

  it("extracts releases glued after a teaser list, and reports the long blanked stretch", () => {
    // Three releases without separator lines; the second ends in a teaser list.
    const text = [release(1), `${release(2)}\n\n${teaserList}`, release(3)].join("\n\n");
    const [r] = extract(text);
    const persons = r!.persons.find((p) => p.name === "Jana Beispiel")!;
    expect(persons.mentions).toHaveLength(3);
    expect(r!.persons.flatMap((p) => p.mentions).every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
    const last = text.lastIndexOf("Jana Beispiel");
    expect(persons.mentions.some((m) => m.start === last)).toBe(true);
    expect(r!.dates.map((d) => d.value)).toEqual(expect.arrayContaining(["2024-03-01", "2024-03-02", "2024-03-03"]));
    const warning = r!.warnings.find((w) => w.code === "BOILERPLATE_REMOVED");
    expect(warning).toMatchObject({ start: text.indexOf("Weitere Meldungen") });
    expect(text.slice(warning!.start, warning!.end).endsWith("weiterlesen")).toBe(true);
    expect(warning!.message).toMatch(/characters read as page furniture \(teasers\)/);
  });

  it("reports no warning for short blanked lines", () => {
    const [r] = extract(`${release(1)}\n\nArtikel drucken\n`);
    expect(r!.warnings).toEqual([]);
  });
});

describe("line rules after runs of line ends", () => {
  it("finds a view counter and a photo credit on their own lines after thousands of empty lines (LF, CRLF, \\r)", () => {
    for (const eol of ["\n", "\r\n", "\r", "\n "]) {
      const text = `Die Stadt hat die Brücke eröffnet.${eol.repeat(5000)}1.234 Aufrufe${eol}Foto: Stadtarchiv Musterhausen${eol}Ende.`;
      const rules = findBoilerplate(text).map((b) => [b.rule, text.slice(b.start, b.end).trim()]);
      expect(rules, JSON.stringify(eol)).toEqual([
        ["view-counter", "1.234 Aufrufe"],
        ["photo-credit", "Foto: Stadtarchiv Musterhausen"],
      ]);
    }
  });
});
