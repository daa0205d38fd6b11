import { describe, expect, it } from "vitest";
import { hashString } from "../tokens/chars.js";
import { EMPTY_WORD_SET, WordSet } from "./word-set.js";

describe("WordSet", () => {
  it("answers for the words it holds and not for others", () => {
    const words = ["Kapelle", "Brunnen", "Stadtrat", "Ufer"];
    const set = new WordSet(words.map(hashString));
    for (const w of words) expect(set.has(hashString(w))).toBe(true);
    for (const w of ["Kapellen", "brunnen", "Rat", "Veltrona", ""]) expect(set.has(hashString(w))).toBe(false);
    expect(EMPTY_WORD_SET.has(hashString("Ufer"))).toBe(false);
  });

  it("keeps each hash once, ascending as unsigned numbers, and holds the hash 0", () => {
    const set = new WordSet([5, -1, 5, 0, 2 ** 31]);
    expect([...set.hashes]).toEqual([0, 5, 2 ** 31, 2 ** 32 - 1]);
    expect(set.size).toBe(4);
    expect(set.has(0)).toBe(true);
    expect(set.has(-1)).toBe(true);
    expect(set.has(7)).toBe(false);
  });
});
