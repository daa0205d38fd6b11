import { existsSync, mkdtempSync, writeFileSync, readFileSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { main, type MainOptions } from "../src/cli/main.js";
import { MAX_INPUT_BYTES } from "../src/cli/inputs.js";
import { PressReleaseSchema } from "../src/schema/release.js";
import { ROOT, seed } from "./helpers.js";

class Sink extends Writable {
  data = "";
  override _write(chunk: Buffer, _enc: string, cb: () => void) {
    this.data += chunk.toString();
    cb();
  }
}

async function run(args: string[], stdin = "", options: MainOptions = {}) {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await main(args, { stdin: Readable.from([stdin]), stdout, stderr }, options);
  return { code, stdout: stdout.data, stderr: stderr.data };
}

const lines = (s: string) => s.split("\n").filter(Boolean).map((l) => JSON.parse(l));
const tmp = () => mkdtempSync(join(tmpdir(), "pressextract-"));

describe("pressextract extract", () => {
  it("reads a file and writes one JSONL line per release, valid against the schema", async () => {
    const r = await run(["extract", join(ROOT, "fixtures/seeds/seed-000.txt")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^pressextract: 1 input, 2 releases, \d+ warnings?, 0 errors in [\d.]+ s\n$/);
    const out = lines(r.stdout);
    expect(out).toHaveLength(2);
    for (const rel of out) PressReleaseSchema.parse(rel);
    expect(out.map((x) => x.part)).toEqual([0, 1]);
    expect(out[0].source).toContain("seed-000.txt");
  });

  it("walks directories for .txt/.md/.html in name order", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "b.txt"), seed(4));
    writeFileSync(join(dir, "sub", "a.md"), "# Titel\n\nDer Rat der Stadt hat heute getagt und einen Beschluss über die Schule gefasst.");
    writeFileSync(join(dir, "c.html"), "<p>Der Rat der Stadt hat heute getagt und einen Beschluss über die Schule gefasst.</p>");
    writeFileSync(join(dir, "ignored.pdf"), "%PDF");
    const r = await run(["extract", dir]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((x) => x.source.slice(dir.length + 1))).toEqual(["b.txt", "c.html", "sub/a.md"]);
  });

  it("reads standard input with -", async () => {
    const r = await run(["extract", "-"], seed(4));
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[0].source).toBe("<stdin>");
  });

  it("reads JSONL input with ids, reference dates and formats; reports bad lines and goes on", async () => {
    const input = [
      JSON.stringify({ id: "a", text: seed(4), referenceDate: "2022-03-18" }),
      "{not json",
      JSON.stringify({ id: "b" }),
      "",
      JSON.stringify({ id: "c", text: "<p>Der Rat der Stadt hat heute getagt und einen Beschluss über die Schule gefasst.</p>", format: "html" }),
      JSON.stringify({ id: "d", text: "   " }),
      JSON.stringify({ id: "e", text: "Text", referenceDate: "18.03.2022" }),
    ].join("\n");
    const r = await run(["extract", "--input", "jsonl", "-"], input);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out.map((x) => x.source)).toEqual(["a", "c"]);
    expect(out[0].referenceDate).toBe("2022-03-18");
    expect(r.stderr).toContain("<stdin>:2: invalid JSON");
    expect(r.stderr).toContain('<stdin>:3 (id b): missing "text"');
    expect(r.stderr).toContain("<stdin>:6 (id d): empty input");
    expect(r.stderr).toContain('<stdin>:7 (id e): "referenceDate" must be a calendar date YYYY-MM-DD');
    expect(r.stderr).toContain("2 inputs, 2 releases, 0 warnings, 4 errors");
  });

  it("reports missing, binary, empty and oversized files by name and still processes the rest", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(join(dir, "empty.txt"), "\n \n");
    writeFileSync(join(dir, "good.txt"), seed(4));
    const big = join(tmp(), "big.txt");
    writeFileSync(big, Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61));
    const r = await run(["extract", join(dir, "nope.txt"), dir, big]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((x) => x.source)).toEqual([join(dir, "good.txt")]);
    expect(r.stderr).toContain(`${join(dir, "nope.txt")}: cannot read: no such file or directory`);
    expect(r.stderr).toContain(`${join(dir, "binary.txt")}: binary data`);
    expect(r.stderr).toContain(`${join(dir, "empty.txt")}: empty input`);
    expect(r.stderr).toContain(`${big}: file is ${MAX_INPUT_BYTES + 1} bytes, over the limit`);
  });

  it("keeps non-German input with a warning instead of extracting", async () => {
    const r = await run(["extract", "-"], "The city council approved the new budget on Monday after a long debate about schools and roads.");
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[0].warnings[0].code).toBe("LANGUAGE_NOT_GERMAN");
  });

  it("writes a JSON array, and CSV with one row per mention", async () => {
    const json = await run(["extract", "--format", "json", join(ROOT, "fixtures/seeds/seed-000.txt")]);
    const arr = JSON.parse(json.stdout);
    expect(arr).toHaveLength(2);
    const empty = await run(["extract", "--format", "json", "--input", "jsonl", "-"], "");
    expect(JSON.parse(empty.stdout)).toEqual([]);
    const csv = await run(["extract", "--format", "csv", join(ROOT, "fixtures/seeds/seed-004.txt")]);
    const [header] = csv.stdout.split("\n");
    expect(header).toBe("source,part,kind,text,value,start,end,role,organisation,date,place,organisers,participants");
  });

  it("writes to --out and applies --reference-date", async () => {
    const out = join(tmp(), "out.jsonl");
    const r = await run(["extract", "--out", out, "--reference-date", "2022-03-18", "-"], seed(4));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(lines(readFileSync(out, "utf8"))[0].referenceDate).toBe("2022-03-18");
  });

  it("refuses bad options with exit code 2", async () => {
    expect((await run(["extract", "--format", "xml", "-"])).code).toBe(2);
    expect((await run(["extract", "--reference-date", "2022-13-45", "-"])).code).toBe(2);
    expect((await run(["extract", "--input", "pdf", "-"])).code).toBe(2);
    expect((await run(["extract"])).code).toBe(2);
    expect((await run(["frobnicate"])).stderr).toContain('unknown command "frobnicate"');
    expect((await run(["extract", "--out", "/nonexistent-dir/x.jsonl", "-"])).code).toBe(2);
  });
});

describe("pressextract schema and help", () => {
  it("prints the JSON Schema", async () => {
    const r = await run(["schema"]);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "source", "part", "span", "dates", "records", "warnings"]));
  });

  it("describes every field of the output in the JSON Schema", async () => {
    const schema = JSON.parse((await run(["schema"])).stdout);
    const fields: string[] = [];
    const missing: string[] = [];
    const walk = (node: Record<string, unknown> | undefined, path: string) => {
      if (!node || typeof node !== "object") return;
      for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        fields.push(`${path}.${k}`);
        if (typeof v.description !== "string" || v.description.length < 3) missing.push(`${path}.${k}`);
        walk(v, `${path}.${k}`);
      }
      walk(node.items as Record<string, unknown> | undefined, `${path}[]`);
      for (const alt of ["anyOf", "oneOf", "allOf"]) for (const x of (node[alt] ?? []) as Record<string, unknown>[]) walk(x, path);
    };
    walk(schema, "");
    expect(fields.length).toBeGreaterThan(80);
    expect(missing).toEqual([]);
    expect(schema.properties.dates.items.properties.value.description).toContain("2021-SP/SU/FA/WI");
  });

  it("prints help with examples", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("pressextract extract [options]");
    expect(r.stdout).toContain("Examples:");
  });
});

describe("the installed bin", () => {
  it("runs from package.json's bin path", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const r = spawnSync(process.execPath, [join(ROOT, pkg.bin.pressextract), "extract", "-"], { input: seed(4), encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
  });
});


describe("batches on worker threads", () => {
  const good = (i: number) => JSON.stringify({ id: `r${i}`, text: `Meldung ${i}\n\nDer Rat der Stadt hat am Montag über die Schule Nummer ${i} beraten und einen Beschluss gefasst.` });

  it("writes releases in input order whatever the number of jobs", async () => {
    const input = Array.from({ length: 40 }, (_, i) => good(i)).join("\n");
    const one = await run(["extract", "--jobs", "1", "--input", "jsonl", "-"], input);
    const three = await run(["extract", "--jobs", "3", "--input", "jsonl", "-"], input);
    expect(three.code, three.stderr).toBe(0);
    expect(lines(three.stdout).map((x) => x.source)).toEqual(Array.from({ length: 40 }, (_, i) => `r${i}`));
    expect(three.stdout).toBe(one.stdout);
  });

  it("reports a release that throws in a worker and a crashed worker, and goes on", async () => {
    const input = [good(0), JSON.stringify({ id: "bad", text: "BOOM" }), good(1), JSON.stringify({ id: "dead", text: "CRASH" }), good(2), "{oops", good(3)].join("\n");
    const r = await run(["extract", "--jobs", "2", "--input", "jsonl", "-"], input, { workerFile: join(ROOT, "test/fixtures/faulty-worker.mjs") });
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((x) => x.source)).toEqual(["r0", "r1", "r2", "r3"]);
    expect(r.stderr).toContain("<stdin>:2 (id bad): extraction failed: injected failure");
    expect(r.stderr).toContain("<stdin>:4 (id dead): the worker thread exited (code 3)");
    expect(r.stderr).toContain("<stdin>:6: invalid JSON");
    expect(r.stderr).toContain("4 inputs, 4 releases");
    expect(r.stderr).toContain("3 errors");
  });

  it("refuses a bad --jobs", async () => {
    expect((await run(["extract", "--jobs", "0", "-"])).code).toBe(2);
    expect((await run(["extract", "--jobs", "two", "-"])).code).toBe(2);
  });

  it("stops on interrupt and leaves only complete lines in the output file", async () => {
    const dir = tmp();
    const inPath = join(dir, "in.jsonl");
    const outPath = join(dir, "out.jsonl");
    writeFileSync(inPath, Array.from({ length: 3000 }, (_, i) => good(i)).join("\n"));
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    const child = spawn(process.execPath, [join(ROOT, pkg.bin.pressextract), "extract", "--jobs", "1", "--input", "jsonl", "--out", outPath, inPath]);
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    // Interrupt once some output has been written.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(outPath) && statSync(outPath).size > 20_000) {
          clearInterval(poll);
          child.kill("SIGINT");
          resolve();
        }
      }, 20);
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(stderr).toContain("interrupted");
    const text = readFileSync(outPath, "utf8");
    expect(text.endsWith("\n")).toBe(true);
    const out = lines(text);
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThan(3000);
    expect(out.map((x) => x.source)).toEqual(Array.from({ length: out.length }, (_, i) => `r${i}`));
  });
});
