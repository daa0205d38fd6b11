import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.js";
import { seed } from "../../test/helpers.js";

describe("detectLanguage", () => {
  it("reads every seed as German", () => {
    for (const n of [0, 1, 2, 3, 4]) expect(detectLanguage(seed(n))).toEqual({ code: "deu", german: true });
  });

  it("reads a short German news sentence as German", () => {
    expect(detectLanguage("Der Bürgermeister eröffnete am Montag die neue Schule in der Stadt.").german).toBe(true);
  });

  it("does not take English or French text for German", () => {
    const en = "The city council approved the new budget on Monday after a long debate about schools, roads and housing for the coming years.";
    const fr = "Le conseil municipal a approuvé lundi le nouveau budget après un long débat sur les écoles, les routes et le logement.";
    expect(detectLanguage(en)).toEqual({ code: "eng", german: false });
    expect(detectLanguage(fr).german).toBe(false);
  });

  it("says undetermined for too little text", () => {
    expect(detectLanguage("12 34 !!")).toEqual({ code: "und", german: false });
  });
});
