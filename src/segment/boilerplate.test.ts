import { describe, expect, it } from "vitest";
import { findBoilerplate } from "./boilerplate.js";
import { seed } from "../../test/helpers.js";

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
