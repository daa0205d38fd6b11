import { describe, expect, it } from "vitest";
import { analyseTokens } from "../../tokens/layer.js";
import { hashString } from "../../tokens/chars.js";
import { splitSentences, tokenize as segmentTokens } from "../../text/sentences.js";
import { type Tokens, tokenize, WordTable } from "./tokens.js";
import { SpanIndex, type NamedSpan } from "./span-index.js";

const layerOf = (text: string) => analyseTokens(text, segmentTokens(text), splitSentences(text));
const words = (text: string, t: Tokens): string[] => Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
/** What a tokenize call gave, copied (the next call reuses its arrays). */
const copy = (text: string, t: Tokens) => ({
  words: words(text, t), line: [...t.lineBefore.subarray(0, t.count)], hash: [...t.hash.subarray(0, t.count)],
});

describe("persons tokens", () => {
  it("splits titles, abbreviations, dates and digits the persons way", () => {
    const text = "Dr. Jana Müller-Lüdenscheidt (e.V.) sprach am 12.03.2024 mit O'Brien von H&M über A9 und 3sat.";
    expect(words(text, tokenize(text))).toEqual([
      "Dr", ".", "Jana", "Müller-Lüdenscheidt", "(", "e", ".", "V", ".", ")", "sprach", "am", "12", ".", "03", ".", "2024",
      "mit", "O'Brien", "von", "H", "&", "M", "über", "A", "9", "und", "3", "sat", ".",
    ]);
  });

  it("gives the same tokens, hashes and line flags with the shared layer as without it", () => {
    const texts = [
      "Dr. Jana Müller-Lüdenscheidt (e.V.) sprach am 12.03.2024 mit O'Brien von H&M über A9 und 3sat.",
      // letters of other scripts and combining marks run on inside a word; the layer splits them
      "Frau Ωmega-Kaya traf Herrn Αθήνα und Müller-Ωmega sowie Jose\u0301 Pérez und Zoë-ʻOla.",
      "Kontakt:\r\nAnna Kaya, Tel. 0221/123-45\n\nDie Stadt-Ωrt lädt ein – „Chance Handwerk“ e.V.- Zentrum",
      "Ende mit Bindestrich- und Apostroph' sowie ’Zitat’ und Wort-\u0301x und Ǆemal Ǳon.",
      "",
      "   \n  ",
    ];
    // (the layer splits those stretches otherwise: the test reads both ways of taking a word)
    expect(layerOf(texts[1]!).count).toBeGreaterThan(tokenize(texts[1]!).count);
    // a long text grows the reused arrays; a short one after it still reads right
    const long = "Frau Dr. Anna Kaya sagte am 3. Mai: „Wir sind bereit.“\n".repeat(3000);
    expect(tokenize(long, layerOf(long)).count).toBe(3000 * 17);
    for (const text of texts) {
      const alone = copy(text, tokenize(text)), shared = copy(text, tokenize(text, layerOf(text)));
      expect(shared).toEqual(alone);
      expect(alone.hash).toEqual(alone.words.map(hashString));
    }
  });

  it("marks a line break before a token", () => {
    const text = "Anna\nKaya\r\nBerlin Mitte";
    const t = tokenize(text);
    expect([...t.lineBefore.subarray(0, t.count)]).toEqual([0, 1, 1, 0]);
  });

  it("finds words of a table at a token, and no other", () => {
    const text = "so sagte Kaya, sagt Kayak";
    const t = tokenize(text);
    const table = new WordTable([["sagte", 1], ["Kaya", 2]]);
    expect(Array.from({ length: t.count }, (_, i) => table.at(t, i, text) ?? 0)).toEqual([0, 1, 2, 0, 0, 0]);
  });
});

describe("span index", () => {
  /** The per-character version it replaces: the longest span covering each character (first of equal ones). */
  function naive(spans: NamedSpan[], length: number): Int32Array {
    const at = new Int32Array(length + 1).fill(-1);
    spans.forEach((sp, n) => {
      for (let k = Math.max(0, sp.start); k < sp.end && k < at.length; k++) {
        const cur = at[k]!;
        if (cur < 0 || spans[cur]!.end - spans[cur]!.start < sp.end - sp.start) at[k] = n;
      }
    });
    return at;
  }

  it("answers like a map per character", () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let round = 0; round < 50; round++) {
      const length = 40 + random(60);
      const spans: NamedSpan[] = Array.from({ length: random(8) }, (_, n) => {
        const start = random(length + 5) - 2;
        return { start, end: start + random(15), name: `s${n}` };
      });
      const index = new SpanIndex(spans, length), at = naive(spans, length);
      for (let i = -2; i < length + 3; i++) {
        const n = i >= 0 && i < at.length ? at[i]! : -1;
        expect(index.at(i)).toBe(n >= 0 ? spans[n] : undefined);
        for (let j = i; j < i + 6; j++) {
          let covered = false;
          for (let k = Math.max(0, i); k < j && k < at.length; k++) if (at[k]! >= 0) covered = true;
          expect(index.touches(i, j)).toBe(covered);
        }
      }
    }
  });
});
