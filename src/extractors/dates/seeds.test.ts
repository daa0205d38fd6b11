// The seed texts (fixtures/seeds, the project's own fixtures) end to end through the extractor.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { keys } from "./test-helpers.js";

const seed = (name: string) => readFileSync(fileURLToPath(new URL(`../../../fixtures/seeds/${name}`, import.meta.url)), "utf8");

describe("seed texts", () => {
  it("seed-004: project dates, extension and a season", () => {
    const found = new Set(keys(seed("seed-004.txt"), null));
    for (const k of ["date:2022-03-17", "range:2020-09/", "range:/2023-06-30", "duration:P6M", "range:/2022-06-30", "date:2021-FA", "range:2021-07/"]) {
      expect(found).toContain(k);
    }
    expect([...found].some((k) => /18|27/.test(k))).toBe(false); // "18 bis 27 Jahren" is an age range
  });
  it("seed-001: a maximal duration, nothing from the donation appeal", () => {
    expect(keys(seed("seed-001.txt"), null)).toEqual(["duration:P9M"]);
  });
  it("seed-003: no dates in addresses, phone and fax numbers", () => {
    expect(keys(seed("seed-003.txt"), null)).toEqual([]);
  });
});
