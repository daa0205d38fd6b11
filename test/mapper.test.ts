// --mapper: exactly one output line per input line, in order, flushed as it
// goes; and the GNU parallel recipe of the README gives the same bytes as one
// process.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { PressReleaseSchema } from "../src/schema/release.js";
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

const BIN = join(ROOT, "dist/bundle/cli.js");
const RELEASE = "Neue Bänke im Park\n\nMusterstadt, 12. März 2024 – Die Stadt Musterstadt hat im Stadtpark 40 neue Bänke aufgestellt, wie die Verwaltung mitteilte.";

describe("--mapper", () => {
  it("answers every input line with exactly one line, in order: releases or an error", async () => {
    const input = [
      JSON.stringify({ id: "a", text: seed(0) }),
      "",
      "{not json",
      JSON.stringify({ id: { nested: true }, text: RELEASE }),
      JSON.stringify({ id: 7, text: RELEASE }),
      JSON.stringify({ id: "empty", text: "  " }),
      JSON.stringify({ id: "html", text: `<p>${RELEASE}</p>`, format: "html" }),
      JSON.stringify({ text: RELEASE }),
      JSON.stringify({ id: "no-text" }),
    ].join("\n") + "\n";
    const r = await run(["extract", "--mapper", "--jobs", "1"], input);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.split("\n");
    expect(out.pop()).toBe("");
    expect(out).toHaveLength(9);
    const parsed = out.map((l) => JSON.parse(l));
    expect(parsed.map((x) => x.id)).toEqual(["a", null, null, null, 7, "empty", "html", null, "no-text"]);
    expect(parsed.map((x) => (x.error ? x.error.code : `releases:${x.releases.length}`))).toEqual([
      "releases:2", "INPUT_EMPTY", "INPUT_INVALID", "INPUT_INVALID", "releases:1", "INPUT_EMPTY", "releases:1", "releases:1", "INPUT_INVALID",
    ]);
    expect(parsed[3].error.message).toBe('"id" must be a string or a number, got object');
    for (const x of parsed) {
      expect(Object.keys(x)).toEqual(x.error ? ["id", "error"] : ["id", "releases"]);
      for (const rel of x.releases ?? []) PressReleaseSchema.parse(rel);
    }
    expect(parsed[0].releases.map((x: { part: number }) => x.part)).toEqual([0, 1]);
    expect(parsed[4].releases[0].source).toBe("7");
    expect(parsed[6].releases[0].dates[0].plain).toBe("12. März 2024");
  });

  it("takes only JSONL in and out", async () => {
    expect((await run(["extract", "--mapper", "--format", "csv"])).stderr).toContain("--mapper writes JSONL");
    expect((await run(["extract", "--mapper", "--input", "text"])).stderr).toContain("--mapper reads JSONL");
  });

  it("writes each answer as soon as it is ready, before the next line arrives", async () => {
    const child = spawn(process.execPath, [BIN, "extract", "--mapper", "--jobs", "1"], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let waiting: { n: number; resolve: () => void } | null = null;
    child.stdout.on("data", (d: Buffer) => {
      out += d;
      if (waiting && out.split("\n").length > waiting.n) waiting.resolve();
    });
    const waitLines = (n: number) => new Promise<void>((resolve) => {
      waiting = { n, resolve };
      if (out.split("\n").length > n) resolve();
    });
    child.stdin.write(JSON.stringify({ id: 1, text: RELEASE }) + "\n");
    await waitLines(1);
    child.stdin.write("oops\n");
    await waitLines(2);
    child.stdin.end(JSON.stringify({ id: 3, text: RELEASE }) + "\n");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(out.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual([1, null, 3]);
  });
});

const hasParallel = spawnSync("parallel", ["--version"], { stdio: "ignore" }).status === 0;

describe("GNU parallel across processes (the README recipe)", () => {
  it.skipIf(!hasParallel)(
    `gives the same output as one process on a multi-megabyte input${hasParallel ? "" : " (skipped: GNU parallel is not installed; apt-get install parallel)"}`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), "pressextract-parallel-"));
      const input = join(dir, "in.jsonl");
      const seeds = [0, 1, 2, 3, 4].map(seed);
      const lines: string[] = [];
      let bytes = 0;
      for (let i = 0; bytes < 2.5 * 1024 * 1024; i++) {
        // Every 97th line is broken: its error line must land in its place.
        const line = i % 97 === 50 ? `{"id": "broken-${i}", ` : JSON.stringify({ id: `r${i}`, text: seeds[i % seeds.length] });
        lines.push(line);
        bytes += line.length + 1;
      }
      writeFileSync(input, lines.join("\n") + "\n");
      // Dates only: the test is about splitting and order, and the whole pipeline would take 5x longer on CI's two cores.
      const single = execFileSync(process.execPath, [BIN, "extract", "--mapper", "--only", "dates", "--jobs", "2", input], { maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] });
      const split = execFileSync(
        "sh",
        ["-c", `parallel --will-cite --pipe --keep-order --block 600k -j 2 "${process.execPath}" "${BIN}" extract --mapper --only dates --jobs 1 < "${input}"`],
        { maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] },
      );
      const out = split.toString("utf8").split("\n");
      out.pop();
      expect(out).toHaveLength(lines.length);
      expect(JSON.parse(out[50]!)).toMatchObject({ id: null, error: { code: "INPUT_INVALID" } });
      expect(JSON.parse(out[lines.length - 1]!).id).toBe(`r${lines.length - 1}`);
      expect(JSON.parse(out[0]!).releases[0].dates.length).toBeGreaterThan(0);
      expect(split.equals(single)).toBe(true);
      expect(readFileSync(input).length).toBeGreaterThan(2.5 * 1024 * 1024);
      rmSync(dir, { recursive: true, force: true });
    },
  );
});
