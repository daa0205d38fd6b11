import { firstFullDate } from "./index.js";
import { describe, expect, it } from "vitest";
import { keys } from "./test-helpers.js";

describe("anchoring", () => {
  it("resolves year-less dates against the anchor", () => {
    expect(keys("am 4. November in der Halle", "2025-08-22")).toEqual(["date:2025-11-04"]);
    expect(keys("am 20. Dezember", "2025-01-10")).toEqual(["date:2024-12-20"]);
  });
  it("leaves them out without an anchor", () => {
    expect(keys("am 4. November in der Halle", null)).toEqual([]);
  });
  it("finds the full date a text states, for the pipeline's anchor", () => {
    expect(firstFullDate("Musterstadt, 12.04.2018. Seit dem vergangenen Jahr läuft das Projekt.")).toBe("2018-04-12");
    expect(keys("Musterstadt, 12.04.2018. Seit dem vergangenen Jahr läuft das Projekt.", "2018-04-12")).toEqual(["date:2018-04-12", "range:2017/"]);
  });
});

describe("narrative texts", () => {
  const chronicle = "Der Krieg begann 1861. 1862 kam es zu Kämpfen. Im Mai zogen die Truppen ab, am 3. Juni kehrten sie zurück. Ende des Jahres war es ruhig. 1863 endete alles.";
  it("continue the last year named when the anchor is far away", () => {
    expect(keys(chronicle, "2011-02-16")).toEqual(["date:1861", "date:1862", "date:1862-05", "date:1862-06-03", "date:1862", "date:1863"]);
  });
  it("but a release that names its own year is read against the anchor", () => {
    expect(keys("Seit 2005 und seit 2010 und 2012 gibt es das. Am 4. Mai 2011 ist ein Fest, im Juni ein weiteres.", "2011-02-16")).toEqual([
      "range:2005/", "range:2010/", "date:2012", "date:2011-05-04", "date:2011-06",
    ]);
  });
});

describe("narrative details", () => {
  const chronicle = "Der Krieg begann 1861. 1862 kam es zu Kämpfen. 1863 endete alles. Am 3. Juni um 5:30 Uhr fiel die Stadt. Nach zwei Tagen kam Hilfe.";
  it("report day and hour apart, and count 'nach zwei Tagen' from the last date", () => {
    expect(keys(chronicle, "2011-02-16").slice(3)).toEqual(["date:1863-06-03", "date:1863-06-03T05:30", "date:1863-06-05"]);
  });
  it("while a release keeps one mention and a plain duration", () => {
    expect(keys("Am 3. Juni 2024 um 5:30 Uhr fiel der Strom aus. Nach zwei Tagen kam Hilfe.")).toEqual(["date:2024-06-03T05:30", "duration:P2D"]);
  });
});

describe("fallback anchor", () => {
  it("skips a historical date when looking for the release's own date", () => {
    expect(firstFullDate("Der am 12. Mai 1855 gegründete Verein feierte am 3. Juni 2024. Heute gratuliert die Stadt.")).toBe("2024-06-03");
  });
});
