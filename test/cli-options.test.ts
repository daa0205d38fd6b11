// CLI messages for unknown and misspelt options and extra arguments, --only,
// and the CSV columns, delimiter and byte order mark.
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { CSV_COLUMNS, csvRows } from "../src/cli/output.js";
import { closest, parseCommandArgs, UsageError } from "../src/cli/args.js";
import type { PressRelease } from "../src/index.js";
import { PressReleaseSchema } from "../src/schema/release.js";

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

const RELEASE = "Neue Bänke im Park\n\nMusterstadt, 12. März 2024 – Die Stadt Musterstadt hat im Stadtpark 40 neue Bänke für 1,5 Millionen Euro " +
  "aufgestellt. Bürgermeisterin Anna Beispiel vom Amt für Grünflächen eröffnete den Park in Köln mit 250 Gästen.";

describe("unknown options, misspellings and extra arguments", () => {
  it("names the closest option for a misspelt one, in one clean line", async () => {
    const r = await run(["extract", "--fromat", "json", "x.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('pressextract: unknown option --fromat; did you mean --format?\nTry "pressextract --help".\n');
    expect((await run(["extract", "--reference-dat", "2024-01-01", "-"])).stderr).toContain("did you mean --reference-date?");
    expect((await run(["extract", "--timeout", "5", "-"])).stderr).toContain("did you mean --timeout-per-input?");
    expect((await run(["extrct", "x"])).stderr).toContain('unknown command "extrct"; did you mean extract?');
    expect((await run(["extract", "--format", "jsnl", "-"])).stderr).toContain("did you mean jsonl?");
  });

  it("gives no suggestion when nothing is close", async () => {
    const r = await run(["extract", "--zzzzzz", "-"]);
    expect(r.stderr).toContain("unknown option --zzzzzz\n");
    expect(closest("qqqqqqqq", ["format", "input"])).toBeNull();
  });

  it("rejects options and arguments that a command does not take", async () => {
    expect(await run(["schema", "--foo"])).toMatchObject({ code: 2, stdout: "" });
    expect((await run(["schema", "--foo"])).stderr).toContain("unknown option --foo");
    expect((await run(["schema", "extra"])).stderr).toContain('unexpected argument: "extra"');
    expect((await run(["--version", "x"])).code).toBe(2);
    expect((await run(["--help", "x"])).code).toBe(2);
    expect((await run(["--format", "json"])).stderr).toContain("options come after the command");
  });

  it("says when an option lacks its value, takes a value twice, or a flag gets one", () => {
    const specs = { jobs: { type: "string" as const, short: "j" }, bom: { type: "boolean" as const } };
    expect(() => parseCommandArgs(["--jobs"], specs, true)).toThrow(new UsageError("option --jobs needs a value"));
    expect(() => parseCommandArgs(["-j", "1", "--jobs", "2"], specs, true)).toThrow(/given twice/);
    expect(() => parseCommandArgs(["--bom=yes"], specs, true)).toThrow(/takes no value/);
    expect(parseCommandArgs(["-j2", "--bom", "a", "-", "--", "--bom"], specs, true)).toEqual({
      values: { jobs: "2", bom: true }, positionals: ["a", "-", "--bom"],
    });
  });
});

describe("--only", () => {
  it("extracts only the kinds asked for", async () => {
    const full = PressReleaseSchema.parse(JSON.parse((await run(["extract", "--jobs", "1", "-"], RELEASE)).stdout));
    expect(full.places.map((p) => p.name)).toEqual(["Musterstadt", "Köln"]);
    expect(full.persons.map((p) => p.name)).toEqual(["Anna Beispiel"]);
    const r = await run(["extract", "--jobs", "1", "--only", "dates,figures", "-"], RELEASE);
    expect(r.code, r.stderr).toBe(0);
    const rel = PressReleaseSchema.parse(JSON.parse(r.stdout));
    expect(rel.dates).toEqual(full.dates);
    expect(rel.figures.map((f) => f.value)).toEqual([40, 1500000, 250]);
    expect(rel.places).toEqual([]);
    expect(rel.organisations).toEqual([]);
    expect(rel.persons).toEqual([]);
    expect(rel.records).toEqual([]);
  });

  it("refuses unknown kinds with a suggestion", async () => {
    const r = await run(["extract", "--only", "dates,persns", "-"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown kind "persns"');
    expect(r.stderr).toContain("did you mean persons?");
  });
});

describe("CSV", () => {
  const release: PressRelease = {
    schemaVersion: 1, source: "s", part: 0, span: { start: 0, end: 100 }, language: { code: "deu", german: true },
    title: null, dateline: null, referenceDate: null, dates: [], places: [], organisations: [], figures: [], warnings: [],
    persons: [{
      name: "Anna Beispiel", title: null, honorific: "Frau", givenName: "Anna", familyName: "Beispiel",
      roles: [{ role: "Leiterin", organisation: "Amt für Schule" }, { role: "Sprecherin", organisation: null }],
      mentions: [{ text: "Anna Beispiel", start: 0, end: 13 }, { text: "Frau Beispiel", start: 50, end: 63 }],
    }],
    records: [
      {
        type: "meeting", kind: "Sitzung", date: "2024-03-12", place: "Musterstadt", organisers: ["Rat der Stadt Musterstadt", "Amt für Schule"],
        participants: [{ name: "Anna Beispiel", role: "Leiterin", organisation: "Amt für Schule" }, { name: "Ben Muster", role: null, organisation: null }],
        project: null, evidence: { start: 0, end: 80 },
      },
      {
        type: "project", name: "Lesepaten", programme: null, start: "2024-01", end: "2025-12-31", duration: null, places: ["Musterstadt", "Beispielkreis"],
        organisations: [{ name: "Stiftung Lesen", role: "funder" }], people: [], figures: [], evidence: { start: 10, end: 90 },
      },
    ],
  };

  it("has one row per person mention and role, with role and organisation in their own columns", () => {
    const persons = csvRows(release).filter((r) => r.kind === "person");
    expect(persons.map((r) => [r.text, r.value, r.role, r.organisation, r.start])).toEqual([
      ["Anna Beispiel", "Anna Beispiel", "Leiterin", "Amt für Schule", "0"],
      ["Anna Beispiel", "Anna Beispiel", "Sprecherin", "", "0"],
      ["Frau Beispiel", "Anna Beispiel", "Leiterin", "Amt für Schule", "50"],
      ["Frau Beispiel", "Anna Beispiel", "Sprecherin", "", "50"],
    ]);
  });

  it("gives record rows their date, place, organisers and participants", () => {
    const [meeting, project] = csvRows(release).filter((r) => r.kind.startsWith("record:"));
    expect(meeting).toMatchObject({
      kind: "record:meeting", value: "Sitzung", date: "2024-03-12", place: "Musterstadt",
      organisers: "Rat der Stadt Musterstadt; Amt für Schule", participants: "Anna Beispiel (Leiterin, Amt für Schule); Ben Muster",
      start: "0", end: "80",
    });
    expect(project).toMatchObject({
      kind: "record:project", value: "Lesepaten", date: "2024-01/2025-12-31", place: "Musterstadt; Beispielkreis",
      organisers: "Stiftung Lesen (funder)", participants: "",
    });
  });

  it("writes the header with --csv-delimiter and --bom, and quotes cells holding the delimiter", async () => {
    const r = await run(["extract", "--jobs", "1", "--format", "csv", "--csv-delimiter", ";", "--bom", "-"], RELEASE);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith("\uFEFF" + CSV_COLUMNS.join(";") + "\n")).toBe(true);
    const rows = r.stdout.slice(1).trim().split("\n").slice(1);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row.startsWith("<stdin>;0;")).toBe(true);
    const tab = await run(["extract", "--jobs", "1", "--format", "csv", "--csv-delimiter", "tab", "-"], RELEASE);
    expect(tab.stdout.split("\n")[0]).toBe(CSV_COLUMNS.join("\t"));
    expect(tab.stdout.startsWith("\uFEFF")).toBe(false);
  });

  it("refuses delimiter and BOM options that do not fit", async () => {
    expect((await run(["extract", "--format", "csv", "--csv-delimiter", '"', "-"])).code).toBe(2);
    expect((await run(["extract", "--format", "csv", "--csv-delimiter", ";;", "-"])).code).toBe(2);
    expect((await run(["extract", "--bom", "-"])).stderr).toContain("--bom is for --format csv");
    expect((await run(["extract", "--csv-delimiter", ";", "-"])).stderr).toContain("--csv-delimiter is for --format csv");
  });
});
