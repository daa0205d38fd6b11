import { describe, expect, it } from "vitest";
import { leadingWords, leadWords, requiredItems } from "./patterns.js";

describe("requiredItems", () => {
  it("reads letter runs and unquantified groups as items every match passes through", () => {
    expect(requiredItems(String.raw`(?:Finanzierung|Förderung)\s+(?:durch|von)\b`)).toEqual([["Finanzierung", "Förderung"], ["durch", "von"]]);
  });

  it("leaves out optional groups, look-behinds, negative look-aheads and an optional last letter", () => {
    expect(requiredItems(String.raw`(?<!gut\s)(?:aus\s+)?Mitteln?(?!\s+Euro)`)).toEqual([["Mittel"]]);
  });

  it("reads punctuation marks only when asked, and never the bounds of a quantifier", () => {
    const pattern = String.raw`[\w.-]@[\w-]+\.\w{2,}[^.]{0,40}`;
    expect(requiredItems(pattern)).toEqual([]);
    expect(requiredItems(pattern, true)).toEqual([["@"], ["."]]);
    expect(requiredItems(String.raw`,\s*(?:den|die)\s+`, true)).toEqual([[","], ["den", "die"]]);
    expect(requiredItems(String.raw`x,?y`, true)).toEqual([["x"], ["y"]]);
  });
});

describe("leadWords", () => {
  it("takes the most selective item of each alternative", () => {
    expect(leadWords(String.raw`in\s+(?:enger\s+)?(?:Kooperation|Zusammenarbeit)`)).toEqual(["Kooperation", "Zusammenarbeit"]);
    expect(leadWords(String.raw`\s+|Messe`)).toBeNull();
  });
});

describe("leadingWords", () => {
  it("gives the words a match begins with, past opening assertions", () => {
    expect(leadingWords(String.raw`(?<![\p{L}])(?:trafen|treffen)\s+sich(?![\p{L}])`)).toEqual(["trafen", "treffen"]);
    expect(leadingWords(String.raw`\b(?:Beschluss|beschlossen)\b`)).toEqual(["Beschluss", "beschlossen"]);
    expect(leadingWords(String.raw`Runde[nrms]?\s+Tisch`)).toEqual(["Runde"]);
    expect(leadingWords(String.raw`Sprecherin?`)).toEqual(["Sprecheri"]);
  });

  it("reads a punctuation mark as a leading word, also after a look-behind holding a bracket", () => {
    expect(leadingWords(String.raw`„[^“]+“|(?<=^|[\s(\[–—-])"[^"]+"`)).toEqual(["„", "\""]);
    expect(leadingWords(String.raw`\(([^()\n]{2,80})\)`)).toEqual(["("]);
  });

  it("gives null when a match may begin anywhere", () => {
    expect(leadingWords(String.raw`(?:aus\s+)?Mitteln`)).toBeNull();
    expect(leadingWords(String.raw`[Ee]ingeladen`)).toBeNull();
    expect(leadingWords(String.raw`(?=Tag)\p{L}+`)).toBeNull();
    expect(leadingWords(String.raw`Messe|\d+`)).toBeNull();
    expect(leadingWords(String.raw`"?Messe`)).toBeNull();
  });
});
