import { describe, expect, it } from "vitest";
import { keys, run } from "./test-helpers.js";
import { lettersBefore, nextToken, wordBefore } from "./parsers.js";
import { extractDates } from "./index.js";

describe("chrono's German dates with quirks of real releases", () => {
  it("reads full numeric and named dates with offsets", () => {
    const text = "Die Messe fand am 04.07.2014 statt, der Bericht folgte am 12. August 2014.";
    const [a, b] = run(text);
    expect(a).toMatchObject({ type: "date", value: "2014-07-04", start: 18, end: 28, text: "04.07.2014" });
    expect(b).toMatchObject({ type: "date", value: "2014-08-12", text: "am 12. August 2014", start: 55, end: 73 });
  });
  it("reads two-digit years and missing spaces", () => {
    expect(keys("04.07.14, Musterstadt")).toEqual(["date:2014-07-04"]);
    expect(keys("am Donnerstag,12. April 2018, in der Halle")).toEqual(["date:2018-04-12"]);
    expect(keys("Frist: 17.Dezember 2009")).toEqual(["date:2009-12-17"]);
  });
  it("does not read a count after a month name as a year", () => {
    expect(keys("Am 26. Dezember 38 Gäste empfangen.", "2011-02-16")).toEqual(["date:2010-12-26"]);
  });
});

describe("spacedDayMonthYear", () => {
  it("reads bylines with English or abbreviated months", () => {
    const [m] = run("Veröffentlicht 05 Feb 2026 von der Redaktion");
    expect(m).toMatchObject({ value: "2026-02-05", text: "05 Feb 2026", start: 15, end: 26 });
    expect(keys("Posted June 19, 2024 by admin")).toEqual(["date:2024-06-19"]);
  });
});

describe("monthYear", () => {
  it("reads month and year", () => {
    const [m] = run("Der Plan wurde im Mai 2016 beschlossen.");
    expect(m).toMatchObject({ type: "date", value: "2016-05", text: "Mai 2016", start: 18, end: 26 });
    expect(keys("Stand: Sept. 2020")).toEqual(["date:2020-09"]);
  });
  it("accepts a caption glued to the year but not a lowercase suffix", () => {
    expect(keys("Besuch im Rathaus - August 2019Foto: Stadt")).toEqual(["date:2019-08"]);
    expect(keys("die März 2019er Ausgabe")).toEqual([]);
  });
});

describe("monthRelativeYear and monthAlone", () => {
  it("resolves a month of this, next or last year", () => {
    expect(keys("Anfang September dieses Jahres", "2014-07-04")).toEqual(["date:2014-09"]);
    expect(run("Anfang September dieses Jahres", "2014-07-04")[0]!.mod).toBe("start");
    expect(keys("im Mai vergangenen Jahres", "2014-07-04")).toEqual(["date:2013-05"]);
  });
  it("resolves a lone month after a cue word to the nearest year", () => {
    expect(keys("Die Tagung ist im Mai geplant.", "2014-07-04")).toEqual(["date:2014-05"]);
    expect(keys("Die Tagung ist im Dezember geplant.", "2015-01-10")).toEqual(["date:2014-12"]);
  });
  it("leaves names and unanchored months alone", () => {
    expect(keys("Die Rede von August Bebel wurde verlesen.")).toEqual([]);
    expect(keys("Die Tagung ist im Mai geplant.", null)).toEqual([]);
  });
});

describe("bareYear", () => {
  it("reads years after temporal words", () => {
    expect(keys("Im Jahr 2025 wurden Mittel bereitgestellt.")).toEqual(["date:2025"]);
    expect(keys("Der Verein wurde im Berichtszeitraum 2016 gegründet.")).toEqual(["date:2016"]);
    expect(keys("der Nachlass des 1855 verstorbenen Stifters")).toEqual(["date:1855"]);
    expect(keys("2016 wurden neue Räume bezogen.")).toEqual(["date:2016"]);
  });
  it("does not read counts, names or measures as years", () => {
    expect(keys("Es kamen rund 2000 Menschen.")).toEqual([]);
    expect(keys("Der Plan Musterstadt 2030+ ist beschlossen.")).toEqual([]);
    expect(keys("Die 1400 freiwilligen Helfer kamen.")).toEqual([]);
    expect(keys("eine Strecke von 1600 km")).toEqual([]);
    expect(keys("in 2000 Fällen")).toEqual([]);
    expect(keys("Postfach 1234, 12345 Musterstadt")).toEqual([]);
  });
});

describe("yearSpan", () => {
  it("reads spans of years", () => {
    const [m] = run("in der Förderperiode 2021-2027 stehen Mittel bereit");
    expect(m).toMatchObject({ type: "range", from: "2021", to: "2027", text: "2021-2027", start: 21, end: 30 });
    expect(keys("im Schuljahr 2005/2006")).toEqual(["range:2005/2006"]);
    expect(keys("für den Doppelhaushalt 2025/26")).toEqual(["range:2025/2026"]);
  });
  it("does not read amounts as spans", () => {
    expect(keys("zwischen 1000-2000 Euro")).toEqual([]);
    expect(keys("Die Spanne 2026/24 ist ungültig.")).toEqual([]);
  });
});

describe("season and halfOrQuarter", () => {
  it("reads seasons with a year, a relative year or a cue", () => {
    expect(keys("das im Herbst 2021 gestartete Programm")).toEqual(["date:2021-FA"]);
    expect(keys("im Sommer dieses Jahres", "2019-08-14")).toEqual(["date:2019-SU"]);
    expect(keys("seit dem Frühjahr 2020")).toEqual(["range:2020-SP/"]);
  });
  it("does not read compounds or uncued seasons", () => {
    expect(keys("Die Sommerferien beginnen bald.")).toEqual([]);
    expect(keys("Winter ist kalt.")).toEqual([]);
  });
  it("reads halves and quarters", () => {
    expect(keys("im ersten Halbjahr 2022")).toEqual(["date:2022-H1"]);
    expect(keys("das 3. Quartal 2022")).toEqual(["date:2022-Q3"]);
    expect(keys("Umsatz Q4 2023 gestiegen")).toEqual(["date:2023-Q4"]);
    expect(keys("in der zweiten Jahreshälfte", "2024-03-15")).toEqual(["date:2024-H2"]);
  });
});

describe("relativeYearOrMonth and yearPart", () => {
  it("resolves against the anchor", () => {
    expect(keys("im kommenden Jahr", "2014-07-04")).toEqual(["date:2015"]);
    expect(keys("im vergangenen Jahr", "2014-07-04")).toEqual(["date:2013"]);
    expect(keys("seit dem vergangenen Jahr", "2018-04-12")).toEqual(["range:2017/"]);
    expect(keys("Gegenüber dem Vorjahr stieg die Zahl.", "2024-09-27")).toEqual(["date:2023"]);
    expect(keys("in diesem Monat", "2024-09-27")).toEqual(["date:2024-09"]);
  });
  it("reads parts of the year with a modifier", () => {
    const [m] = run("bis Ende des Jahres", "2014-07-04");
    expect(m).toMatchObject({ type: "range", from: null, to: "2014", text: "bis Ende des Jahres", mod: "end" });
    expect(run("seit Jahresbeginn", "2024-09-27")[0]).toMatchObject({ from: "2024", mod: "start" });
  });
  it("drops relative expressions without an anchor", () => {
    expect(keys("im kommenden Jahr", null)).toEqual([]);
    expect(keys("die letzten Jahre waren schwer", "2014-07-04")).toEqual([]);
  });
});

describe("relativeDay and weekday", () => {
  it("resolves days against the anchor", () => {
    expect(keys("Der Rat hat heute beschlossen.", "2017-08-01")).toEqual(["date:2017-08-01"]);
    expect(keys("gestern", "2017-08-01")).toEqual(["date:2017-07-31"]);
    expect(run("am heutigen Mittwoch", "2019-08-14")[0]).toMatchObject({ value: "2019-08-14", text: "am heutigen Mittwoch" });
    expect(keys("am Mittwoch", "2014-07-04")).toEqual(["date:2014-07-02"]); // nearest Wednesday to a Friday
    expect(keys("am kommenden Montag", "2014-07-04")).toEqual(["date:2014-07-07"]);
  });
  it("does not read generic or unanchored words", () => {
    expect(keys("Das gilt bis heute.", "2017-08-01")).toEqual([]);
    expect(keys("Der Rat hat heute beschlossen.", null)).toEqual([]);
    expect(keys("am Mittwoch", null)).toEqual([]);
    expect(keys("Am Morgen kam der Zug.", "2017-08-01")).toEqual([]);
  });
});

describe("weekday and the clause's tense", () => {
  // 2025-01-15 is a Wednesday: the nearest Friday is the 17th, the nearest Monday the 13th.
  const at = (text: string, anchorIsPublication: boolean) =>
    extractDates({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate: "2025-01-15", anchorIsPublication })
      .map((m) => m.value);

  it("places a weekday in the past or the future by the tense, from the day the release speaks from", () => {
    expect(at("Die Ministerin besuchte am Freitag die Baustelle.", true)).toEqual(["2025-01-10"]);
    expect(at("Am Freitag hat die Ministerin die Baustelle besucht.", true)).toEqual(["2025-01-10"]);
    expect(at("Am Montag wird die Brücke eröffnet.", true)).toEqual(["2025-01-20"]);
    expect(at("Die Sitzung findet am Montag statt.", true)).toEqual(["2025-01-20"]);
  });

  it("reads 'vom Dienstag' after a gathering like 'am Dienstag'", () => {
    expect(at("Sie sagte an der Medienkonferenz vom Dienstag, das Bad sei wichtig.", true)).toEqual(["2025-01-14"]);
  });

  it("reads a weekday with a part of the day ('am Mittwochabend') and 'Sonnabend', not a compound of other words", () => {
    expect(at("Die Kammer hat am Mittwochabend die Besten geehrt.", true)).toEqual(["2025-01-15"]);
    expect(at("Die Kammer ehrte am Montagmorgen die Besten.", true)).toEqual(["2025-01-13"]);
    expect(at("Am Freitagnachmittag wird die Halle eröffnet.", true)).toEqual(["2025-01-17"]);
    expect(at("Am Sonnabend wird die Halle eröffnet.", true)).toEqual(["2025-01-18"]);
    expect(at("Der Sonntagsbraten am Mittwochsmarkt schmeckt.", true)).toEqual([]);
    expect(at("Am Mittwochabend, 22. Januar, wird die Halle eröffnet.", true)).toEqual(["2025-01-22"]);
  });

  it("reads a weekday right after a range of days as that day of the range, not as the one nearest the release", () => {
    const fest = "Der Verein feiert vom 27. bis 29. Juni 2025 sein Jubiläum. Zum Festakt am Samstagabend kommen Gäste, am Sonntag ist Frühschoppen.";
    expect(at(fest, true)).toEqual([null, "2025-06-28", "2025-06-29"]);
    // not when the weekday is twice in the range, after a paragraph break, after another date, or with "kommenden"
    expect(at("Die Messe läuft vom 2. bis 20. Juni 2025. Am Samstag ist Familientag.", true)).toEqual([null, "2025-01-18"]);
    expect(at("Der Verein feiert vom 27. bis 29. Juni 2025.\n\nAm Samstag wird gewählt.", true)).toEqual([null, "2025-01-18"]);
    expect(at("Der Verein feiert vom 27. bis 29. Juni 2025, am 3. Juli tagt er. Am Samstag wird gewählt.", true)).toEqual([null, "2025-07-03", "2025-01-18"]);
    expect(at("Der Verein feiert vom 27. bis 29. Juni 2025. Am kommenden Samstag wird gewählt.", true)).toEqual([null, "2025-01-18"]);
  });

  it("joins a time after a comma to the weekday, and leaves a weekday before its date to the date", () => {
    expect(at("Die Sitzung beginnt am Montag, 17 Uhr, im Rathaus.", true)).toEqual(["2025-01-20T17:00"]);
    expect(at("Die Sitzung beginnt am Montag, 17.30 Uhr, im Rathaus.", true)).toEqual(["2025-01-20T17:30"]);
    expect(at("Die Sitzung beginnt am Montag, 17. März, im Rathaus.", true)).toEqual(["2025-03-17"]);
  });

  it("keeps the nearest weekday without a clear tense or when the anchor is a date read from the text", () => {
    expect(at("Die Ministerin besuchte am Freitag die Baustelle.", false)).toEqual(["2025-01-17"]);
    expect(at("Das Rathaus ist am Montag geschlossen.", true)).toEqual(["2025-01-13"]);
    expect(at("Am Montag wurde beschlossen, was am Freitag beginnt.", true)).toEqual(["2025-01-13", "2025-01-17"]);
  });
});

describe("numericDayMonth", () => {
  it("reads day and month without a year after a cue", () => {
    const [m] = run("Die nächste Sitzung wird am 20.05. stattfinden.", "2021-05-11");
    expect(m).toMatchObject({ value: "2021-05-20", text: "20.05.", start: 28, end: 34 });
    expect(keys("Anmeldeschluss ist der 15.06. im Rathaus.", "2021-05-11")).toEqual(["date:2021-06-15"]);
  });
  it("does not read section numbers or versions", () => {
    expect(keys("siehe Abschnitt 3.2. oben", "2021-05-11")).toEqual([]);
    expect(keys("Version 2.10.3 ist da", "2021-05-11")).toEqual([]);
  });
});

describe("centuryOrDecade and bcYear", () => {
  it("reads centuries, decades and years before Christ", () => {
    expect(keys("Anfang des 20. Jahrhunderts")).toEqual(["date:19"]);
    expect(keys("in den 1990er Jahren")).toEqual(["date:199"]);
    expect(keys("in den 90er Jahren")).toEqual(["date:199"]);
    expect(keys("Die Schlacht 490 v. Chr. endete.")).toEqual(["date:BC0490"]);
    expect(keys("Ende des 6. Jahrhunderts v. Chr.")).toEqual(["date:BC05"]);
  });
});

describe("ago", () => {
  it("counts back from the anchor", () => {
    expect(keys("mehr als vor einem Monat", "2024-09-27")).toEqual(["date:2024-08"]);
    expect(keys("weniger als vor einem Jahr", "2024-09-27")).toEqual(["date:2023"]);
  });
});

describe("duration and durationAdjective", () => {
  it("reads amounts of time as ISO durations", () => {
    const [m] = run("Das Projekt ist auf maximal 9 Monaten angelegt.");
    expect(m).toMatchObject({ type: "duration", value: "P9M", mod: "max", text: "maximal 9 Monaten", start: 20, end: 37 });
    expect(keys("Verlängert um ein halbes Jahr.")).toEqual(["duration:P6M"]);
    expect(keys("zunächst vier Jahre lang")).toEqual(["duration:P4Y"]);
    expect(keys("Der Kurs dauert zwei Wochen.")).toEqual(["duration:P2W"]);
    expect(keys("blickten auf drei erfolgreiche Jahre zurück")).toEqual(["duration:P3Y"]);
    expect(keys("seit über zwei Jahren")).toEqual(["duration:P2Y"]);
    expect(keys("eineinhalb Jahre")).toEqual(["duration:P18M"]);
    expect(keys("rund um die Uhr, 24 Stunden")).toEqual(["duration:PT24H"]);
  });
  it("reads duration adjectives, but ages are not durations", () => {
    expect(keys("nach einjähriger Laufzeit")).toEqual(["duration:P1Y"]);
    expect(keys("die zweitägige Veranstaltung")).toEqual(["duration:P2D"]);
    expect(keys("die 18-jährige Schülerin")).toEqual([]);
    expect(keys("im Alter von 18 bis 27 Jahren")).toEqual([]);
    expect(keys("Jugendliche unter 25 Jahren")).toEqual([]);
    expect(keys("Das Kind ist drei Jahre alt.")).toEqual([]);
    expect(keys("zwei bis drei Jahre")).toEqual([]);
  });
});

describe("anaphoric", () => {
  it("resolves against the last date named", () => {
    expect(keys("Am 3. Mai 2020 begann es. Am folgenden Tag endete es.")).toEqual(["date:2020-05-03", "date:2020-05-04"]);
    expect(keys("Am 3. Mai 2020 begann es. Zwei Tage später endete es.")).toEqual(["date:2020-05-03", "date:2020-05-05"]);
    expect(keys("Am 3. Mai 2020 begann es. Im selben Monat endete es.")).toEqual(["date:2020-05-03", "date:2020-05"]);
  });
  it("drops an anaphor with nothing before it", () => {
    expect(keys("Am selben Tag endete es.")).toEqual([]);
  });
});

describe("numericMonthYear", () => {
  it("reads month/year in digits after a cue", () => {
    const [m] = run("Der Vertrag gilt seit 09/2020 unverändert.");
    expect(m).toMatchObject({ type: "range", from: "2020-09", text: "seit 09/2020", start: 17, end: 29 });
    expect(keys("Stand: 03.2024")).toEqual(["date:2024-03"]);
  });
  it("does not read file numbers", () => {
    expect(keys("Drucksache 12/2024")).toEqual([]);
    expect(keys("Az. 3/2021")).toEqual([]);
  });
});

describe("dayPair", () => {
  it("reads two days joined by a slash as a range", () => {
    const [m] = run("Die Tagung am 17./18. Juni 2024 in der Stadthalle.");
    expect(m).toMatchObject({ type: "range", from: "2024-06-17", to: "2024-06-18", text: "17./18. Juni 2024", start: 14, end: 31 });
  });
  it("reads two consecutive days joined by 'und', or any two after 'zwischen', as a range", () => {
    const [m] = run("Die Messe am 1. und 2. März 2024 in der Halle.");
    expect(m).toMatchObject({ type: "range", from: "2024-03-01", to: "2024-03-02", text: "1. und 2. März 2024", start: 13, end: 32 });
    const [z] = run("Zwischen dem 10. und 12. Juni tagt der Rat.", "2024-05-02");
    expect(z).toMatchObject({ type: "range", from: "2024-06-10", to: "2024-06-12", text: "Zwischen dem 10. und 12. Juni", start: 0 });
    // two days apart without "zwischen" are two days, not a range (the second is read; the first has no month)
    expect(keys("Markt ist am 3. und 10. März 2024.")).toEqual(["date:2024-03-10"]);
  });
});

describe("bareYear amount ranges", () => {
  it("does not read ranges of amounts as years", () => {
    expect(keys("Die Zahl stieg von 1500 auf 1800 Personen.")).toEqual([]);
    expect(keys("Kosten von 1500 bis 2000 Euro")).toEqual([]);
    expect(keys("Im Jahr 2023 waren es 2024 Anträge.")).toEqual(["date:2023"]);
  });
});

describe("counts and ages are not dates or durations", () => {
  it("reads number + adjective + noun as a count", () => {
    expect(keys("Es wurden 1500 neue Stellen geschaffen.")).toEqual([]);
    expect(keys("2000 neue Stellen wurden geschaffen.")).toEqual([]);
    expect(keys("2016 wurden neue Räume bezogen.")).toEqual(["date:2016"]);
  });
  it("reads ages and frequencies as no duration", () => {
    expect(keys("Menschen ab 65 Jahre und älter")).toEqual([]);
    expect(keys("mit 18 Jahren in die Ausbildung")).toEqual([]);
    expect(keys("Der Preis wird alle zwei Jahre vergeben.")).toEqual([]);
    expect(keys("Jugendliche bis 25 Jahre")).toEqual([]);
    expect(run("eine Förderung bis zu drei Jahre")[0]).toMatchObject({ type: "duration", value: "P3Y", mod: "max" });
  });
});

describe("years in headings", () => {
  it("reads a year that ends a short heading line", () => {
    expect(keys("Westfront 1944/1945\n\nDie Truppen rückten vor.")).toEqual(["range:1944/1945"]);
    expect(keys("Bilanz 2023\nDie Zahl der Gäste stieg.")).toEqual(["date:2023"]);
  });
  it("but not a number inside a sentence after a noun", () => {
    expect(keys("Die Agenda 2030 der Vereinten Nationen gilt.")).toEqual([]);
  });
});

describe("halves with Hälfte", () => {
  it("reads a half of a named year, not any half", () => {
    expect(keys("in der zweiten Hälfte 2024")).toEqual(["date:2024-H2"]);
    expect(keys("die zweite Hälfte des Spiels")).toEqual([]);
  });
});

describe("week", () => {
  it("reads relative and numbered calendar weeks", () => {
    expect(run("in der kommenden Woche", "2024-03-15")[0]).toMatchObject({ value: "2024-W12", text: "kommenden Woche" });
    expect(keys("in der KW 12/2024")).toEqual(["date:2024-W12"]);
    expect(keys("KW 1", "2024-12-30")).toEqual(["date:2024-W01"]);
  });
  it("drops relative weeks without an anchor and plain uses of 'Woche'", () => {
    expect(keys("in der kommenden Woche", null)).toEqual([]);
    expect(keys("die Woche der Begegnung")).toEqual([]);
  });
});

describe("publication stamps", () => {
  it("do not take the clock time into the date", () => {
    expect(keys("Veröffentlicht am 12.03.2024 um 10:15 Uhr")).toEqual(["date:2024-03-12"]);
  });
});

describe("one year with an adjective", () => {
  it("measures with weiteres/ganzes, judges otherwise", () => {
    expect(keys("Die Förderung wird um ein weiteres Jahr verlängert.")).toEqual(["duration:P1Y"]);
    expect(keys("Es war ein schwieriges Jahr für alle.")).toEqual([]);
  });
});

describe("context readers", () => {
  it("read the word before and the token after as their regexes do", () => {
    const pieces = ["Jahr", "jahr", "im", "Mai", ".", ":", ",", " ", "  ", "\t", "\n", "\u00a0", "2024", "𝐀𝐁", "😀", "\ud835", "Ärger", "ß", "-", "(", "x".repeat(30)];
    let seed = 9;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 5000; n++) {
      let text = "";
      const length = Math.floor(next() * 16);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)]!;
      const at = Math.floor(next() * (text.length + 1));
      const slice = text.slice(Math.max(0, at - 40), at);
      expect(wordBefore(text, at), JSON.stringify([text, at])).toBe(/(\p{L}+)[.:]?\s*$/u.exec(slice)?.[1]!.toLowerCase() ?? "");
      expect(lettersBefore(text, at, false), JSON.stringify([text, at])).toBe(/(\p{L}+)\s*$/u.exec(slice)?.[1] ?? "");
      expect(nextToken(text, at), JSON.stringify([text, at])).toBe(/^[ \t]*([^\s]+)/u.exec(text.slice(at, at + 40))?.[1] ?? "");
    }
  });
});
