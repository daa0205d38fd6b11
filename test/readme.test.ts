// The README's promises that a test can hold: the complete output example is
// a valid release whose offsets fit the example text, and the command-line
// section lists every option the CLI has.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { PressReleaseSchema } from "../src/schema/release.js";
import { ROOT } from "./helpers.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const block = (marker: string) => {
  const m = new RegExp(`<!-- ${marker} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(readme);
  if (!m) throw new Error(`README: no block after <!-- ${marker} -->`);
  return m[1]!;
};

describe("README", () => {
  it("shows a complete output example that validates and whose offsets fit its text", () => {
    const text = block("example:text") + "\n";
    const release = PressReleaseSchema.parse(JSON.parse(block("example:json")));
    expect(release.span.end).toBe(text.trimEnd().length);
    const mentions = [
      ...release.dates, ...release.figures, ...release.places.flatMap((p) => p.mentions),
      ...release.organisations.flatMap((o) => o.mentions), ...release.persons.flatMap((p) => p.mentions),
    ];
    expect(mentions.length).toBeGreaterThan(15);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    // The example shows every kind of date value the field reference explains.
    expect(release.dates.map((d) => d.value ?? d.to)).toEqual(expect.arrayContaining(["2024-FA", "2025-H1", "2025-Q3", "P3Y", "2024-04"]));
    expect(new Set(release.dates.map((d) => d.mod))).toEqual(new Set([null, "end", "max", "start"]));
  });

  it("lists every option of the extract command", async () => {
    class Sink extends Writable {
      data = "";
      override _write(chunk: Buffer, _enc: string, cb: () => void) {
        this.data += chunk.toString();
        cb();
      }
    }
    const out = new Sink();
    await main(["--help"], { stdin: Readable.from([]), stdout: out, stderr: new Sink() });
    const optionsPart = out.data.slice(out.data.indexOf("extract options:"), out.data.indexOf("\nDirectories"));
    const options = [...new Set(optionsPart.match(/--[a-z][a-z-]+/g))];
    expect(options.length).toBeGreaterThan(10);
    const section = readme.slice(readme.indexOf("## Command line"), readme.indexOf("### CSV"));
    for (const o of options.filter((x) => x !== "--help" && x !== "--version")) expect(section, o).toContain(o);
  });
});
