import { describe, expect, it } from "vitest";
import type { DateMention, Figure } from "../../schema/release.js";
import type { ExtractorInput } from "../context.js";
import { extractFigures, mayEndWithApprox } from "./index.js";
import { APPROX_BEFORE } from "./patterns.js";

function input(text: string, dates: DateMention[] = []): ExtractorInput {
  return { text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: null, dates };
}

function figures(text: string, dates: DateMention[] = []): Figure[] {
  const found = extractFigures(input(text, dates));
  for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  return found;
}

/** [text, value, unit] triples, plus max where there is one. */
function brief(text: string): Array<[string, number, string | null, number?]> {
  return figures(text).map((f) => (f.max != null ? [f.text, f.value, f.unit, f.max] : [f.text, f.value, f.unit]));
}

describe("extractFigures: numbers and formats", () => {
  it("reads German digit groups and decimal commas with offsets", () => {
    const text = "Der Verein zählt 1.234 Mitglieder und verwaltet 20 000 Bücher.";
    const found = figures(text);
    expect(found).toEqual([
      { text: "1.234 Mitglieder", start: 17, end: 33, value: 1234, unit: "Mitglieder", approx: false },
      { text: "20 000 Bücher", start: 48, end: 61, value: 20000, unit: "Bücher", approx: false },
    ]);
  });

  it("normalises money to EUR with scale words and cents", () => {
    expect(brief("Das Land gibt 1,5 Millionen Euro, die Stadt 49,5 Mio. Euro und der Bund 2 Mrd. Euro.")).toEqual([
      ["1,5 Millionen Euro", 1500000, "EUR"],
      ["49,5 Mio. Euro", 49500000, "EUR"],
      ["2 Mrd. Euro", 2000000000, "EUR"],
    ]);
    expect(brief("Ein Ticket kostet 4 Euro und 2,50 Euro ermäßigt, die Gebühr beträgt 20 Cent.")).toEqual([
      ["4 Euro", 4, "EUR"],
      ["2,50 Euro", 2.5, "EUR"],
      ["20 Cent", 0.2, "EUR"],
    ]);
    expect(brief("Gefördert mit 32.070,78 Euro bzw. i.H.v. 5.000,- € sowie € 300.")).toEqual([
      ["32.070,78 Euro", 32070.78, "EUR"],
      ["5.000,- €", 5000, "EUR"],
      ["€ 300", 300, "EUR"],
    ]);
  });

  it("normalises percentages and tenths of percentage points", () => {
    expect(brief("Die Quote sank auf 4,4 Prozent, der Anteil liegt bei 23,6 % und stieg um zwei Zehntelprozentpunkte.")).toEqual([
      ["4,4 Prozent", 4.4, "%"],
      ["23,6 %", 23.6, "%"],
      ["zwei Zehntelprozentpunkte", 0.2, "Prozentpunkte"],
    ]);
  });

  it("reads number words with their counted noun, after adjectives", () => {
    expect(brief("Neben der Stadt nehmen elf weitere Modellkommunen teil, dazu einhunderteinundzwanzig Vereine.")).toEqual([
      ["elf weitere Modellkommunen", 11, "Modellkommunen"],
      ["einhunderteinundzwanzig Vereine", 121, "Vereine"],
    ]);
    expect(brief("Zwölf Schulen und dreihundert Eltern machen mit, insgesamt zweieinhalb Millionen Euro.")).toEqual([
      ["Zwölf Schulen", 12, "Schulen"],
      ["dreihundert Eltern", 300, "Eltern"],
      ["zweieinhalb Millionen Euro", 2500000, "EUR"],
    ]);
  });

  it("marks approximations and includes the hedge in the span", () => {
    const found = figures("Es kamen rund 60 Gäste, knapp 25 Helfer, mehr als 100 Firmen und etwa 1.100 Fachkräfte.");
    expect(found.map((f) => [f.text, f.value, f.approx])).toEqual([
      ["rund 60 Gäste", 60, true],
      ["knapp 25 Helfer", 25, true],
      ["mehr als 100 Firmen", 100, true],
      ["etwa 1.100 Fachkräfte", 1100, true],
    ]);
    expect(figures("Über 300 Anmeldungen und fast 40 Absagen.").map((f) => f.approx)).toEqual([true, true]);
    expect(figures("Es kamen 60 Gäste.")[0]!.approx).toBe(false);
  });

  it("reads ranges with max, sharing the unit", () => {
    expect(brief("Das Angebot richtet sich an Jugendliche von 18 bis 27 Jahren.")).toEqual([["18 bis 27 Jahren", 18, "Jahre", 27]]);
    expect(brief("Pro Kurs lernen 10–15 Personen, der Zuschuss liegt zwischen 3 und 5 Millionen Euro.")).toEqual([
      ["10–15 Personen", 10, "Personen", 15],
      ["3 und 5 Millionen Euro", 3000000, "EUR", 5000000],
    ]);
  });

  it("gives the counted noun in the nominative after a dative cue", () => {
    expect(brief("Sie feierten mit 60 Gästen und sprachen mit 12 Kindern.")).toEqual([
      ["60 Gästen", 60, "Gäste"],
      ["12 Kindern", 12, "Kinder"],
    ]);
    // weak plurals stay as written
    expect(brief("Das Netz besteht aus 24 Kommunen und 300 Personen.")).toEqual([
      ["24 Kommunen", 24, "Kommunen"],
      ["300 Personen", 300, "Personen"],
    ]);
  });

  it("reads ages: 'im Alter von', 'ab', '-Jährige', 'Jahre alt'", () => {
    expect(brief("Kinder im Alter von 6 Jahren, Erwachsene ab 25 Jahren, 17-Jährige und wer 70 Jahre alt ist.")).toEqual([
      ["6 Jahren", 6, "Jahre"],
      ["25 Jahren", 25, "Jahre"],
      ["17-Jährige", 17, "Jahre"],
      ["70 Jahre", 70, "Jahre"],
    ]);
  });

  it("gives a bare number the unit of the figure before it in its sentence", () => {
    expect(brief("Es gibt 812 freie Plätze, das sind 40 mehr als im Vorjahr.")).toEqual([
      ["812 freie Plätze", 812, "Plätze"],
      ["40", 40, "Plätze"],
    ]);
  });

  it("shares the scale of the next figure: '8,7 der 10,3 Milliarden Euro'", () => {
    expect(brief("Davon sind 2,1 der rund 4 Milliarden Euro bereits gebunden.")).toEqual([
      ["2,1", 2100000000, "EUR"],
      ["rund 4 Milliarden Euro", 4000000000, "EUR"],
    ]);
  });

  it("reads 'ein'/'eine' only before a scale word or a unit", () => {
    expect(brief("Der Bund gibt eine Million Euro, die Quote stieg um ein Prozent.")).toEqual([
      ["eine Million Euro", 1000000, "EUR"],
      ["ein Prozent", 1, "%"],
    ]);
  });

  it("completes truncated compounds and partitives", () => {
    expect(brief("Der Antrag wurde mit 9 Ja- und 2 Nein-Stimmen angenommen.")).toEqual([
      ["9 Ja", 9, "Ja-Stimmen"],
      ["2 Nein-Stimmen", 2, "Nein-Stimmen"],
    ]);
    expect(brief("Bei 7 von 10 Befragten kam das Angebot an.")).toEqual([
      ["7", 7, "Befragten"],
      ["10 Befragten", 10, "Befragten"],
    ]);
  });

  it("keeps gender forms whole and reads thousands of euros", () => {
    expect(brief("Es kamen 25 Teilnehmer*innen, das Budget liegt bei 500 TEUR.")).toEqual([
      ["25 Teilnehmer*innen", 25, "Teilnehmer*innen"],
      ["500 TEUR", 500000, "EUR"],
    ]);
  });

  it("takes a currency before the number as its unit, not a word after it", () => {
    expect(brief("Der Kanton gibt CHF 2,5 Mio. Die Arbeiten beginnen im Mai.")).toEqual([["CHF 2,5 Mio.", 2_500_000, "CHF"]]);
    expect(brief("Der Sieger erhält € 5.000 Preisgeld.")).toEqual([["€ 5.000", 5000, "EUR"]]);
  });

  it("does not take the next sentence's first word for the counted noun", () => {
    expect(brief("Die Kosten betragen 3 Mio. Die Arbeiten beginnen im Mai.")).toEqual([]);
    expect(brief("Es kamen 3 Mio. Besucher.")).toEqual([["3 Mio. Besucher", 3_000_000, "Besucher"]]);
  });

  it("reads Swiss apostrophe groups and dash prices", () => {
    expect(brief("Das kostet CHF 1'250.50 und 12,– €.")).toEqual([
      ["CHF 1'250.50", 1250.5, "CHF"],
      ["12,– €", 12, "EUR"],
    ]);
  });

  it("reads units of measurement as written", () => {
    expect(brief("Die Fläche misst 2.500 Quadratmeter, der Weg ist 3,5 km lang.")).toEqual([
      ["2.500 Quadratmeter", 2500, "Quadratmeter"],
      ["3,5 km", 3.5, "km"],
    ]);
  });
});

describe("extractFigures: what is not a figure", () => {
  it("skips dates, years, times and ordinals", () => {
    expect(figures("Am 04.07.2014 um 9:00 Uhr, am 3. März 2021 und ab 18 Uhr; seit 2019 im 2. Anlauf.")).toEqual([]);
    expect(figures("Die Förderperiode 2021-2027 beginnt im Jahr 2022.")).toEqual([]);
  });

  it("skips durations but keeps ages", () => {
    expect(figures("Das Projekt läuft maximal 9 Monate, seit 20 Jahren und für zwei Wochen.")).toEqual([]);
    expect(figures("Nach drei erfolgreichen Jahren endet die Laufzeit von vier Jahren.")).toEqual([]);
  });

  it("skips phone and fax numbers, postcodes and house numbers", () => {
    const text = "Anschrift: Musterweg 12\n50667 Köln\nTel.: 0221 – 1234567\nFax: 0221 / 7654321";
    expect(figures(text)).toEqual([]);
    expect(figures("Hauptstr. 5, 12345 Berlin")).toEqual([]);
  });

  it("skips the rest of a phone number, bank details and postcodes inside a sentence", () => {
    expect(brief("Der Eintritt kostet 5 Euro, Anmeldung unter 0221 123 456. Der Verein sitzt in 50667 Köln.")).toEqual([
      ["5 Euro", 5, "EUR"],
    ]);
    expect(figures("IBAN: DE12 3704 0044 0532 0130 00")).toEqual([]);
  });

  it("skips labels and names", () => {
    const text = 'Der Baustein 6 und das Projekt "Gastro 8.0" nach SGB II, Nr. 16, Chance 2.0, Klassenstufe 7, Referat 43.';
    expect(figures(text)).toEqual([]);
  });

  it("tells a label from a subject followed by a count", () => {
    expect(brief("Im Mai haben die Beratungsstellen 45 Familien begleitet.")).toEqual([["45 Familien", 45, "Familien"]]);
    expect(figures("Der Baustein 6 Teilhabemanagement endet, Referat 43 Interkulturelle Angelegenheiten lädt ein.")).toEqual([]);
    // a name after a preposition, or the unit of an amount before, is no label of the count after it
    expect(brief("Ende März waren in Nordland 695.000 Menschen in Beschäftigung.")).toEqual([["695.000 Menschen", 695000, "Menschen"]]);
    expect(brief("Die Stiftung fördert mit 18.560 Euro 17 Projekte.")).toEqual([["18.560 Euro", 18560, "EUR"], ["17 Projekte", 17, "Projekte"]]);
    expect(brief("Den Ämtern wurden seit Jahresbeginn 4.500 offene Stellen gemeldet.")).toEqual([["4.500 offene Stellen", 4500, "Stellen"]]);
    // the Swiss franc's abbreviation before an amount
    expect(brief("Der Rat bewilligte einen Kredit von Fr. 3,2 Mio. für das Bad.")).toEqual([["Fr. 3,2 Mio.", 3200000, "CHF"]]);
    expect(figures("Der Stand liegt in Halle 3 neben dem Eingang, im Raum 12 Personen.")).toEqual([]);
  });

  it("skips numbers in short quoted titles but not in quoted speech", () => {
    expect(figures("Das Projekt „Mitmachen – 100 Wege in Arbeit“ startet.")).toEqual([]);
    expect(brief("„Wir haben 300 neue Plätze geschaffen“, sagte sie.")).toEqual([["300 neue Plätze", 300, "Plätze"]]);
  });

  it("does not read articles as one, nor bare number words", () => {
    expect(figures("Eine Abstimmung mit einer der drei Gruppen ergab ein halbes Jahr Verzug.")).toEqual(
      [expect.objectContaining({ text: "drei Gruppen", value: 3 })],
    );
    expect(figures("Die drei trafen sich. Alle zwei waren da.")).toEqual([]);
  });

  it("skips numbers glued to letters and multipliers", () => {
    expect(figures("Die Grünen (Bündnis90) zeigten 3D-Modelle im Format 720x720, 3-mal.")).toEqual([]);
  });

  it("skips numbers inside date mentions of the dates stage", () => {
    const text = "Bis Ende 30 Tage nach Eingang.";
    const date: DateMention = { text: "30 Tage", start: 9, end: 16, type: "duration", value: "P30D", from: null, to: null, mod: null };
    expect(figures(text, [date])).toEqual([]);
  });

  it("keeps an age even when the dates stage calls it a duration", () => {
    const text = "Jugendliche im Alter von 16 bis 20 Jahren.";
    const date: DateMention = { text: "16 bis 20 Jahren", start: 25, end: 41, type: "duration", value: "P16Y", from: null, to: null, mod: null };
    expect(brief(text)).toEqual([["16 bis 20 Jahren", 16, "Jahre", 20]]);
    expect(figures(text, [date])).toHaveLength(1);
  });

  it("returns nothing for text without numbers", () => {
    expect(figures("")).toEqual([]);
    expect(figures("Ein Treffen fand statt.")).toEqual([]);
  });
});

describe("extractFigures: seed texts", () => {
  it("reads the figures of a seed release", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(new URL("../../../fixtures/seeds/seed-004.txt", import.meta.url), "utf8");
    const found = figures(text);
    expect(found.map((f) => [f.value, f.max ?? null, f.unit])).toEqual([
      [18, 27, "Jahre"],
      [300, null, "Personen"],
      [57, null, "Personen"],
      [6, null, "Förderbausteine"],
    ]);
    const age = found[0]!;
    expect(text.slice(age.start, age.end)).toBe("18 bis 27 Jahren");
  });
});

describe("mayEndWithApprox", () => {
  it("lets every line through that APPROX_BEFORE matches", () => {
    const pieces = ["rund", "RUND", "Rund", "mehr als", "weit über", "ÜBER", "ca.", "Ca.", "rd.", "mind.", "faſt", "knapp", "x", "z.B.", ".", "-",
      "(", "über", "deutlich unter", "bis zu", "an die", "schätzungsweise", "Schätzungsweise", " ", "\t", "\u00a0", "\u202f", "\n", "2"];
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 20000; n++) {
      let line = "";
      const length = Math.floor(next() * 8);
      for (let k = 0; k < length; k++) line += pieces[Math.floor(next() * pieces.length)]!;
      if (APPROX_BEFORE.test(line)) expect(mayEndWithApprox(line), JSON.stringify(line)).toBe(true);
    }
  });
});
