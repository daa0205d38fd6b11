import { describe, expect, it } from "vitest";
import { keys, run } from "./test-helpers.js";
import { seasonYearOffset } from "./parsers.js";

describe("relative seasons", () => {
  it("reads 'vergangenen Herbst' as the last autumn before the anchor", () => {
    const text = "Eine Umfrage aus dem vergangenen Herbst zeigt das.";
    expect(run(text, "2024-06-12")).toMatchObject([{ type: "date", value: "2023-FA", start: text.indexOf("Herbst"), end: text.indexOf("Herbst") + 6 }]);
    expect(keys(text, "2024-12-03")).toEqual(["date:2024-FA"]);
  });
  it("reads 'kommenden Sommer' as the next summer after the anchor", () => {
    expect(keys("Der Umbau beginnt im kommenden Sommer.", "2024-03-15")).toEqual(["date:2024-SU"]);
    expect(keys("Der Umbau beginnt im kommenden Sommer.", "2024-07-15")).toEqual(["date:2025-SU"]);
  });
  it("keeps a season without a relative word in the anchor's year, and drops it without an anchor", () => {
    expect(keys("Die Arbeiten sollen im Herbst enden.", "2024-06-12")).toEqual(["date:2024-FA"]);
    expect(keys("Eine Umfrage aus dem vergangenen Herbst zeigt das.", null)).toEqual([]);
  });
  it("counts winters from the year they start in", () => {
    expect(seasonYearOffset("WI", 6, -1)).toBe(-1);
    expect(seasonYearOffset("WI", 1, -1)).toBe(-2);
    expect(seasonYearOffset("WI", 6, 1)).toBe(0);
    expect(seasonYearOffset("WI", 12, 1)).toBe(1);
  });
});

describe("no duration in exclamations", () => {
  it("does not read 'so ein Tag' or 'was für ein Jahr' as durations", () => {
    expect(keys("Ohne die Helfer wäre so ein Tag nicht möglich.")).toEqual([]);
    expect(keys("Was für ein Jahr für den Verein!")).toEqual([]);
  });
  it("still reads 'ein Tag' and 'für ein Jahr' as durations", () => {
    expect(keys("Die Schulung dauert ein Tag und kostet nichts.")).toEqual(["duration:P1D"]);
    expect(keys("Das Projekt wird für ein Jahr gefördert.")).toEqual(["duration:P1Y"]);
  });
});

describe("closed ranges with weekdays", () => {
  it("joins 'Zwischen Freitagabend, 7. Februar 2025, und Montagmorgen, 10. Februar 2025'", () => {
    const text = "Zwischen Freitagabend, 7. Februar 2025, und Montagmorgen, 10. Februar 2025, brachen Unbekannte ein.";
    const end = text.indexOf("10. Februar 2025") + "10. Februar 2025".length;
    expect(run(text)).toMatchObject([{ type: "range", from: "2025-02-07", to: "2025-02-10", start: 0, end }]);
  });
  it("joins 'vom Dienstag, 3. Juni, bis Donnerstag, 5. Juni 2025'", () => {
    expect(keys("Die Messe läuft vom Dienstag, 3. Juni, bis Donnerstag, 5. Juni 2025.")).toEqual(["range:2025-06-03/2025-06-05"]);
  });
  it("does not join two dates with 'und' and a weekday without 'zwischen'", () => {
    expect(keys("Geöffnet ist am 7. Februar 2025 und Montag, 10. Februar 2025.")).toEqual(["date:2025-02-07", "date:2025-02-10"]);
  });
});
