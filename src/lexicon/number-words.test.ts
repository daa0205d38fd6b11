import { describe, expect, it } from "vitest";
import { NUMBER_WORD_PATTERN, parseNumberWord } from "./number-words.js";

describe("parseNumberWord", () => {
  it("parses cardinal words", () => {
    expect(parseNumberWord("elf")).toBe(11);
    expect(parseNumberWord("Zwölf")).toBe(12);
    expect(parseNumberWord("dreihundert")).toBe(300);
    expect(parseNumberWord("einhunderteinundzwanzig")).toBe(121);
    expect(parseNumberWord("zwölftausend")).toBe(12000);
    expect(parseNumberWord("zweieinhalb")).toBe(2.5);
    expect(parseNumberWord("anderthalb")).toBe(1.5);
    expect(parseNumberWord("eine")).toBe(1);
  });

  it("rejects words that are not numbers", () => {
    for (const w of ["und", "halb", "einhalb", "Achtung", "zehntel", "hunderte", "tausende", "zweiten"]) {
      expect(parseNumberWord(w)).toBeNull();
    }
  });

  it("exposes a pattern that matches whole number words", () => {
    const re = new RegExp(`^${NUMBER_WORD_PATTERN}$`, "i");
    expect(re.test("einundzwanzig")).toBe(true);
    expect(re.test("zweieinhalb")).toBe(true);
  });
});
