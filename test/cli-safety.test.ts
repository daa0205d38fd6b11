// The CLI's defences: --out never overwrites an input, only regular files are
// read as texts, symbolic links in walked directories are followed or
// reported, reference dates are real calendar dates, JSONL ids are strings or
// numbers, CSV cells cannot run as formulas, time and memory budgets per
// input, and signals end a run that waits on a pipe.
import { execFileSync, spawn } from "node:child_process";
import { linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main, type MainOptions } from "../src/cli/main.js";
import { boundedLines } from "../src/cli/inputs.js";
import { csvCell } from "../src/cli/output.js";
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
const tmp = () => mkdtempSync(join(tmpdir(), "pressextract-safety-"));
const BIN = join(ROOT, "dist/bundle/cli.js");
const FAULTY = join(ROOT, "test/fixtures/faulty-worker.mjs");
const RELEASE = "Neue Bänke im Park\n\nDie Stadt Musterstadt hat am 12. März 2024 im Stadtpark zwölf neue Bänke aufgestellt, wie die Verwaltung mitteilte.";
const jsonl = (id: unknown, text: string) => JSON.stringify({ id, text });

describe("--out is never one of the inputs", () => {
  it("refuses an output file that is an input, also through a symbolic or hard link, and leaves it untouched", async () => {
    const dir = tmp();
    const input = join(dir, "in.jsonl");
    writeFileSync(input, jsonl("a", RELEASE) + "\n");
    symlinkSync(input, join(dir, "link.jsonl"));
    linkSync(input, join(dir, "hard.jsonl"));
    for (const out of [input, join(dir, "link.jsonl"), join(dir, "hard.jsonl"), join(dir, ".", "in.jsonl")]) {
      const r = await run(["extract", "--input", "jsonl", "--out", out, input]);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain(`--out ${out} is the input ${input}; refusing to overwrite an input`);
    }
    expect(readFileSync(input, "utf8")).toBe(jsonl("a", RELEASE) + "\n");
  });

  it("refuses an output file the directory walk would read, but not one it would skip", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.txt"), RELEASE);
    const refused = await run(["extract", "--format", "csv", "--out", join(dir, "out.txt"), dir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`is a file in the input directory ${dir}`);
    const ok = await run(["extract", "--jobs", "1", "--out", join(dir, "out.jsonl"), dir]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(lines(readFileSync(join(dir, "out.jsonl"), "utf8")).map((x) => x.source)).toEqual([join(dir, "a.txt")]);
  });

  it("refuses an output file that standard input is read from", () => {
    const dir = tmp();
    const input = join(dir, "in.txt");
    writeFileSync(input, RELEASE);
    let status = 0;
    let stderr = "";
    try {
      execFileSync("sh", ["-c", `"${process.execPath}" "${BIN}" extract --out "${input}" - < "${input}"`], { stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = String((e as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toContain("is standard input; refusing to overwrite an input");
    expect(readFileSync(input, "utf8")).toBe(RELEASE);
  });
});

describe("only regular files are read as texts", () => {
  it("reports a FIFO and /dev/zero by name, without waiting, and writes the other inputs", async () => {
    const dir = tmp();
    const fifo = join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    writeFileSync(join(dir, "good.txt"), RELEASE);
    const r = await run(["extract", "--jobs", "1", fifo, "/dev/zero", join(dir, "good.txt")]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((x) => x.source)).toEqual([join(dir, "good.txt")]);
    expect(r.stderr).toContain(`${fifo}: cannot read: a FIFO (named pipe), not a regular file`);
    expect(r.stderr).toContain("/dev/zero: cannot read: a character device, not a regular file");
    // Inside a walked directory too.
    const walked = await run(["extract", "--jobs", "1", dir]);
    expect(walked.stderr).toContain(`${fifo}: cannot read: a FIFO (named pipe), not a regular file`);
    expect(lines(walked.stdout)).toHaveLength(1);
    // As a JSONL source a device is refused too.
    const j = await run(["extract", "--input", "jsonl", "/dev/zero"]);
    expect(j.stderr).toContain("/dev/zero: cannot read: a character device, not a regular file or FIFO");
  });

  it("reads JSONL lines of bounded length: an endless line is reported, not held in memory", async () => {
    async function* chunks() {
      yield Buffer.from('{"a":1}\n' + "x".repeat(50));
      yield Buffer.from("y".repeat(50) + "\nlast\r\n");
      yield Buffer.from("tail");
    }
    const got: (string | null)[] = [];
    for await (const l of boundedLines(chunks(), 60)) got.push(l);
    expect(got).toEqual(['{"a":1}', null, "last", "tail"]);
  });

  it("ends on SIGTERM while a JSONL FIFO has no writer, with what was extracted written", async () => {
    const dir = tmp();
    const fifo = join(dir, "stream.jsonl");
    execFileSync("mkfifo", [fifo]);
    const good = join(dir, "good.jsonl");
    writeFileSync(good, jsonl("g1", RELEASE) + "\n" + jsonl("g2", RELEASE) + "\n");
    const out = join(dir, "out.jsonl");
    const child = spawn(process.execPath, [BIN, "extract", "--jobs", "1", "--input", "jsonl", "--out", out, good, fifo], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    // Both good lines are written before the run blocks on the FIFO.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        try {
          if (readFileSync(out, "utf8").split("\n").length > 2) (clearInterval(poll), resolve());
        } catch { /* not yet created */ }
      }, 50);
    });
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(stderr).toContain("interrupted");
    expect(lines(readFileSync(out, "utf8")).map((x) => x.source)).toEqual(["g1", "g2"]);
  });
});

describe("symbolic links in walked directories", () => {
  it("follows links to files and directories, reports broken ones, and ends on link cycles", async () => {
    const outside = tmp();
    writeFileSync(join(outside, "target.txt"), RELEASE);
    mkdirSync(join(outside, "more"));
    writeFileSync(join(outside, "more", "inner.md"), "# Titel\n\n" + RELEASE);
    const dir = tmp();
    writeFileSync(join(dir, "a.txt"), RELEASE);
    symlinkSync(join(outside, "target.txt"), join(dir, "b-link.txt"));
    symlinkSync(join(outside, "more"), join(dir, "c-dir"));
    symlinkSync(join(outside, "missing.txt"), join(dir, "d-broken.txt"));
    symlinkSync(dir, join(dir, "e-loop"));
    symlinkSync(join(outside, "target.txt"), join(dir, "f-link.pdf"));
    const r = await run(["extract", "--jobs", "1", dir]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((x) => x.source.slice(dir.length + 1))).toEqual(["a.txt", "b-link.txt", "c-dir/inner.md"]);
    expect(r.stderr).toContain(`${join(dir, "d-broken.txt")}: broken symbolic link: no such file or directory`);
    expect(r.stderr).toContain("3 inputs, 3 releases");
  });
});

describe("option and input values", () => {
  it("takes only real calendar dates for --reference-date", async () => {
    for (const bad of ["2024-13-45", "2024-02-30", "2023-02-29", "2024-2-3", "24-02-03"]) {
      const r = await run(["extract", "--reference-date", bad, "-"], RELEASE);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain(`--reference-date must be a calendar date YYYY-MM-DD, got "${bad}"`);
    }
    const leap = await run(["extract", "--jobs", "1", "--reference-date", "2024-02-29", "-"], "Am Montag tagte der Rat der Stadt Musterstadt über die neue Schule und den Haushalt.");
    expect(leap.code, leap.stderr).toBe(0);
    expect(lines(leap.stdout)[0].referenceDate).toBe("2024-02-29");
  });

  it("takes JSONL ids that are strings or numbers and rejects others by line", async () => {
    const input = [jsonl("text-id", RELEASE), jsonl(42, RELEASE), jsonl({ a: 1 }, RELEASE), jsonl([1], RELEASE), jsonl(true, RELEASE), JSON.stringify({ text: RELEASE, referenceDate: "2024-02-30" })].join("\n");
    const r = await run(["extract", "--jobs", "1", "--input", "jsonl", "-"], input);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((x) => x.source)).toEqual(["text-id", "42"]);
    expect(r.stdout).not.toContain("[object Object]");
    expect(r.stderr).toContain('<stdin>:3: "id" must be a string or a number, got object');
    expect(r.stderr).toContain('<stdin>:4: "id" must be a string or a number, got an array');
    expect(r.stderr).toContain('<stdin>:5: "id" must be a string or a number, got boolean');
    expect(r.stderr).toContain('<stdin>:6: "referenceDate" must be a calendar date YYYY-MM-DD');
  });
});

describe("CSV cells never run as formulas", () => {
  it("neutralises cells that start with =, +, -, @, tab or CR, but not plain numbers", () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("+49 221 1234")).toBe("'+49 221 1234");
    expect(csvCell("-cmd|' /C calc'!A0")).toBe("'-cmd|' /C calc'!A0");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("-3")).toBe("-3");
    expect(csvCell("1,5", ";")).toBe("1,5");
    expect(csvCell("1,5")).toBe('"1,5"');
    expect(csvCell("a;b", ";")).toBe('"a;b"');
    expect(csvCell("Bonn")).toBe("Bonn");
  });

  it("writes an id that looks like a formula as text", async () => {
    const r = await run(["extract", "--jobs", "1", "--format", "csv", "--input", "jsonl", "-"], jsonl('=HYPERLINK("http://evil","klick")', RELEASE));
    expect(r.code, r.stderr).toBe(0);
    const body = r.stdout.split("\n").slice(1).filter(Boolean);
    expect(body.length).toBeGreaterThan(0);
    for (const row of body) expect(row.startsWith(`"'=HYPERLINK(""http://evil"",""klick"")"`)).toBe(true);
  });
});

describe("time and memory budgets per input, also with --jobs 1", () => {
  const input = [jsonl("r0", RELEASE), jsonl("spin", "HANG"), jsonl("r1", RELEASE), jsonl("hog", "HOG"), jsonl("r2", RELEASE)].join("\n");

  it("reports an input over the time budget and one out of memory by name, and writes the others", async () => {
    const r = await run(
      ["extract", "--jobs", "1", "--timeout-per-input", "3", "--max-memory", "64", "--input", "jsonl", "-"],
      input,
      { workerFile: FAULTY },
    );
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((x) => x.source)).toEqual(["r0", "r1", "r2"]);
    expect(r.stderr).toContain("<stdin>:2 (id spin): took longer than the time budget of 3 s per input");
    expect(r.stderr).toContain("<stdin>:4 (id hog): ran out of memory (heap limit 64 MB per worker)");
    expect(r.stderr).toContain("3 inputs, 3 releases, 0 warnings, 2 errors");
  });

  it("stops at once on a second interrupt, without waiting for an input in flight", async () => {
    const stop = new AbortController();
    const abort = new AbortController();
    const stdout = new Sink();
    const stderr = new Sink();
    // r0 comes alone (inputs at hand together go to a worker as one group); the rest once r0 is written.
    async function* input() {
      yield jsonl("r0", RELEASE) + "\n";
      while (!stdout.data.includes("\n")) await new Promise((r) => setTimeout(r, 20));
      yield [jsonl("spin", "HANG"), jsonl("r1", RELEASE)].join("\n");
    }
    const running = main(
      ["extract", "--jobs", "1", "--timeout-per-input", "0", "--input", "jsonl", "-"],
      { stdin: Readable.from(input()), stdout, stderr },
      { workerFile: FAULTY, signal: stop.signal, abort: abort.signal },
    );
    // Once r0 is written the worker spins on the next input for ever (no time budget).
    while (!stdout.data.includes("\n")) await new Promise((r) => setTimeout(r, 20));
    stop.abort();
    await new Promise((r) => setTimeout(r, 200));
    abort.abort();
    expect(await running).toBe(130);
    expect(lines(stdout.data).map((x) => x.source)).toEqual(["r0"]);
    expect(stderr.data).toContain("interrupted");
  });

  it("refuses bad budget values", async () => {
    expect((await run(["extract", "--timeout-per-input", "-1", "-"])).code).toBe(2);
    expect((await run(["extract", "--timeout-per-input", "soon", "-"])).code).toBe(2);
    expect((await run(["extract", "--max-memory", "12", "-"])).code).toBe(2);
  });
});
