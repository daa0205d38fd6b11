// Property-based tests (fast-check): on random strings, spliced corpus texts,
// HTML and Markdown wraps and the worst-case shapes of bench/shapes.mjs at
// small sizes, `extract` never throws, every offset is exact
// (source.slice(start, end) === text), the output is schema-valid, and the
// same input gives the same output twice.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { PressReleaseSchema } from "../src/schema/release.js";
import type { InputFormat } from "../src/input/index.js";
import { SHAPES } from "../bench/shapes.mjs";
import { ROOT, SHARED } from "./helpers.js";

/**
 * Corpus texts, read at test time (never copied into the project); the seed
 * texts of fixtures/ where the shared corpus is not beside the checkout.
 */
const corpus = ["seeds", "dev"].flatMap((name) => {
  const dir = join(SHARED, "corpus", name);
  return existsSync(dir) ? textsIn(dir) : [];
});
if (corpus.length === 0) corpus.push(...textsIn(join(ROOT, "fixtures", "seeds")));

function textsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));
}

/** Every {start, end} in the output lies in the source; where it carries text, the text is the source slice. */
function checkOffsets(value: unknown, source: string, path = "release"): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkOffsets(v, source, `${path}[${i}]`));
    return;
  }
  if (value === null || typeof value !== "object") return;
  const obj = value as Record<string, unknown>;
  if (typeof obj.start === "number" && typeof obj.end === "number") {
    if (!(obj.start >= 0 && obj.start <= obj.end && obj.end <= source.length)) throw new Error(`${path}: span ${obj.start}-${obj.end} outside 0-${source.length}`);
    if (typeof obj.text === "string" && source.slice(obj.start, obj.end) !== obj.text) {
      throw new Error(`${path}: text ${JSON.stringify(obj.text)} is not the source slice ${JSON.stringify(source.slice(obj.start, obj.end))}`);
    }
  }
  for (const [k, v] of Object.entries(obj)) checkOffsets(v, source, `${path}.${k}`);
}

/** All four properties on one input (extract runs twice, for determinism). */
function holds(source: string, format: InputFormat): void {
  const first = extract(source, { format, source: "p" });
  const second = extract(source, { format, source: "p" });
  expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  for (const release of first) {
    PressReleaseSchema.parse(release);
    checkOffsets(release, source);
  }
}

const FORMATS: InputFormat[] = ["text", "markdown", "html"];
const format = fc.constantFrom(...FORMATS);
/** Characters that matter to the rules: German letters, digits, punctuation, markup, line ends, odd code units. */
const germanish = fc.string({
  unit: fc.constantFrom(..."aeinrstdhulcgmobwfkzpvAEINRSDHKMBWäöüßÄÖÜ0123456789 .,;:!?-–()/„“\"'&§%€*_[]<>#`\\\n\r\t\u00a0…".split(""), "\uD83D", "\u0000", "😀"),
  maxLength: 400,
});
const corpusText = fc.nat({ max: Math.max(0, corpus.length - 1) }).map((i) => corpus[i] ?? "");
/** Two or three stretches of corpus texts glued together, maybe with some noise in between. */
const spliced = fc
  .tuple(
    fc.array(fc.tuple(corpusText, fc.nat(), fc.nat({ max: 1500 })), { minLength: 1, maxLength: 3 }),
    fc.array(fc.string({ unit: "binary", maxLength: 8 }), { maxLength: 3 }),
  )
  .map(([parts, noise]) =>
    parts
      .map(([t, from, length], i) => {
        const start = t.length > 0 ? from % t.length : 0;
        return t.slice(start, start + length) + (noise[i] ?? "");
      })
      .join(""),
  );

const HTML_TAGS = ["p", "div", "b", "i", "a href=\"x\"", "li", "h1", "span", "script", "td", "br"];
/** A spliced text with its paragraphs and some words wrapped in HTML, maybe unclosed or nested. */
const htmlWrapped = fc.tuple(spliced, fc.array(fc.constantFrom(...HTML_TAGS), { minLength: 1, maxLength: 12 }), fc.boolean()).map(([text, tags, close]) =>
  text
    .split(/(\n\s*\n| )/)
    .map((chunk, i) => {
      const tag = tags[i % tags.length]!;
      const name = tag.split(" ")[0]!;
      return i % 3 === 0 ? `<${tag}>${chunk.replace(/&/g, i % 2 ? "&amp;" : "&")}${close ? `</${name}>` : ""}` : chunk;
    })
    .join(""),
);
const MD_MARKS = ["# ", "> ", "- ", "1. ", "**", "*", "_", "`", "[", "](x)", "![", "\\", "&amp;", "<b>", "---\n", "```\n", "    "];
/** A spliced text with Markdown markup put in at random places. */
const markdownWrapped = fc.tuple(spliced, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...MD_MARKS)), { maxLength: 30 })).map(([text, marks]) => {
  let out = text;
  for (const [at, mark] of marks) {
    const i = out.length > 0 ? at % out.length : 0;
    out = out.slice(0, i) + mark + out.slice(i);
  }
  return out;
});

const RUNS = { numRuns: 150 };

describe("extract: properties", () => {
  it("holds on random strings in every format", () => {
    fc.assert(fc.property(germanish, format, (text, f) => holds(text, f)), { numRuns: 300 });
  });

  it("holds on spliced corpus texts", () => {
    expect(corpus.length).toBeGreaterThan(0);
    fc.assert(fc.property(spliced, format, (text, f) => holds(text, f)), RUNS);
  });

  it("holds on corpus texts wrapped in HTML", () => {
    fc.assert(fc.property(htmlWrapped, (html) => holds(html, "html")), RUNS);
  });

  it("holds on corpus texts with Markdown markup", () => {
    fc.assert(fc.property(markdownWrapped, (md) => holds(md, "markdown")), RUNS);
  });

  it("holds on the worst-case shapes at small sizes, in every format", () => {
    const shapes = Object.keys(SHAPES);
    fc.assert(
      fc.property(fc.constantFrom(...shapes), fc.integer({ min: 50, max: 3000 }), format, (name, size, f) => {
        const { text, format: own } = SHAPES[name]!.gen(size);
        holds(text, own);
        if (f !== own) holds(text, f);
      }),
      RUNS,
    );
  });
});
