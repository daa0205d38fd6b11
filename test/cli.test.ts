import { mkdtempSync, writeFileSync, readFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { MAX_INPUT_BYTES } from "../src/cli/inputs.js";
import { PressReleaseSchema } from "../src/index.js";
import { ROOT, seed } from "./helpers.js";

class Sink extends Writable {
  data = "";
  override _write(chunk: Buffer, _enc: string, cb: () => void) {
    this.data += chunk.toString();
    cb();
  }
}

async function run(args: string[], stdin = "") {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await main(args, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, stdout: stdout.data, stderr: stderr.data };
}

const lines = (s: string) => s.split("\n").filter(Boolean).map((l) => JSON.parse(l));
const tmp = () => mkdtempSync(join(tmpdir(), "pressextract-"));

describe("pressextract extract", () => {
  it("reads a file and writes one JSONL line per release, valid against the schema", async () => {
    const r = await run(["extract", join(ROOT, "fixtures/seeds/seed-000.txt")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
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
    expect(r.stderr).toContain('<stdin>:3: missing "text"');
    expect(r.stderr).toContain("<stdin>:6 (id d): empty input");
    expect(r.stderr).toContain('<stdin>:7 (id e): "referenceDate" must be YYYY-MM-DD');
    expect(r.stderr).toContain("4 inputs could not be processed");
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
    expect(header).toBe("source,part,kind,text,value,start,end");
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

