/**
 * Output writers: JSONL (one release per line), JSON (one array, streamed)
 * and CSV (one row per mention, role and record). All write as they go, with
 * backpressure.
 */
import type { Writable } from "node:stream";
import type { PressRelease } from "../schema/release.js";

export type OutputFormat = "jsonl" | "json" | "csv";
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["jsonl", "json", "csv"];

/** How releases are formatted where they are extracted (a worker thread). */
export interface OutputSpec {
  format: OutputFormat;
  /** CSV field delimiter (default ","). */
  delimiter?: string;
}

/** Writes releases already formatted with formatRelease, adding what the format needs around them. */
export interface ReleaseWriter {
  write(formatted: string): Promise<void>;
  end(): Promise<void>;
}

/** Writes with backpressure: waits for "drain" when the stream's buffer is full, fails on its "error". */
export async function put(out: Writable, s: string): Promise<void> {
  if (out.write(s)) return;
  await new Promise<void>((resolve, reject) => {
    const onDrain = () => (out.off("error", onError), resolve());
    const onError = (e: Error) => (out.off("drain", onDrain), reject(e));
    out.once("drain", onDrain);
    out.once("error", onError);
  });
}

export const CSV_COLUMNS = [
  "source", "part", "kind", "text", "value", "start", "end", "role", "organisation", "date", "place", "organisers", "participants",
] as const;
type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** A plain number ("-3", "1.5") is data, not a formula. */
const PLAIN_NUMBER = /^[-+]?\d+(?:[.,]\d+)?$/;

/**
 * One CSV cell. A text that starts with =, +, -, @ (or a tab or CR) would
 * run as a formula in a spreadsheet (CSV injection): it gets a leading
 * apostrophe, which spreadsheets show as text.
 */
export function csvCell(v: string, delimiter = ","): string {
  let s = v;
  if (/^[=+\-@\t\r]/.test(s) && !PLAIN_NUMBER.test(s)) s = "'" + s;
  return s.includes(delimiter) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const list = (xs: readonly (string | null | undefined)[]) => xs.filter(Boolean).join("; ");
const withRole = (name: string, role: string | null, organisation: string | null) => {
  const extra = [role, organisation].filter(Boolean).join(", ");
  return extra ? `${name} (${extra})` : name;
};

/**
 * The CSV rows of a release: one per date, figure and place or organisation
 * mention; one per person mention and role (a person with two roles gives two
 * rows per mention, each with its role and organisation); one per record,
 * with its date, place, organisers and participants.
 */
export function csvRows(r: PressRelease): CsvRow[] {
  const rows: CsvRow[] = [];
  const row = (kind: string, text: string, value: string, start: number, end: number, extra: Partial<CsvRow> = {}) =>
    rows.push({
      source: r.source, part: String(r.part), kind, text, value, start: String(start), end: String(end),
      role: "", organisation: "", date: "", place: "", organisers: "", participants: "", ...extra,
    });
  for (const d of r.dates) {
    const value = d.type === "range" ? `${d.from ?? ""}/${d.to ?? ""}` : d.value ?? "";
    row(`date:${d.type}`, d.text, value + (d.mod ? ` (${d.mod})` : ""), d.start, d.end);
  }
  for (const f of r.figures) {
    const v = `${f.value}${f.max != null ? `-${f.max}` : ""}${f.unit ? ` ${f.unit}` : ""}${f.approx ? " (approx)" : ""}`;
    row("figure", f.text, v, f.start, f.end);
  }
  for (const p of r.places) for (const m of p.mentions) row(`place:${p.type}`, m.text, p.name, m.start, m.end);
  for (const o of r.organisations) for (const m of o.mentions) row("organisation", m.text, o.name, m.start, m.end);
  for (const p of r.persons) {
    const roles = p.roles.length ? p.roles : [{ role: null, organisation: null }];
    for (const m of p.mentions) {
      for (const x of roles) row("person", m.text, p.name, m.start, m.end, { role: x.role ?? "", organisation: x.organisation ?? "" });
    }
  }
  for (const rec of r.records) {
    const { start, end } = rec.evidence;
    if (rec.type === "meeting") {
      row("record:meeting", "", rec.kind, start, end, {
        date: rec.date ?? "", place: rec.place ?? "", organisers: list(rec.organisers),
        participants: list(rec.participants.map((p) => withRole(p.name, p.role, p.organisation))),
      });
    } else {
      const date = rec.start || rec.end ? `${rec.start ?? ""}/${rec.end ?? ""}` : rec.duration ?? "";
      row("record:project", "", rec.name, start, end, {
        date, place: list(rec.places), organisers: list(rec.organisations.map((o) => `${o.name} (${o.role})`)),
        participants: list(rec.people.map((p) => withRole(p.name, p.role, p.organisation))),
      });
    }
  }
  return rows;
}

export function csvHeader(delimiter = ","): string {
  return CSV_COLUMNS.join(delimiter) + "\n";
}

/**
 * One release as output text: a JSONL line, a JSON array element (without the
 * comma) or CSV rows. Runs where the release was extracted (a worker thread),
 * so the main thread only writes strings.
 */
export function formatRelease(r: PressRelease, spec: OutputSpec): string {
  switch (spec.format) {
    case "json":
      return JSON.stringify(r);
    case "csv": {
      const d = spec.delimiter ?? ",";
      return csvRows(r).map((row) => CSV_COLUMNS.map((c) => csvCell(row[c], d)).join(d) + "\n").join("");
    }
    default:
      return JSON.stringify(r) + "\n";
  }
}

export interface WriterOptions {
  delimiter?: string;
  /** Start with a UTF-8 byte order mark (CSV for spreadsheets that need it to read UTF-8). */
  bom?: boolean;
}

export function createWriter(out: Writable, format: OutputFormat, opts: WriterOptions = {}): ReleaseWriter {
  let first = true;
  switch (format) {
    case "json":
      return {
        async write(element) {
          await put(out, (first ? "[\n" : ",\n") + element);
          first = false;
        },
        async end() {
          await put(out, first ? "[]\n" : "\n]\n");
        },
      };
    case "csv": {
      const header = (opts.bom ? "\uFEFF" : "") + csvHeader(opts.delimiter);
      return {
        async write(rows) {
          if (first) await put(out, header);
          first = false;
          if (rows) await put(out, rows);
        },
        async end() {
          if (first) await put(out, header);
        },
      };
    }
    default:
      return {
        async write(line) {
          await put(out, line);
        },
        async end() {},
      };
  }
}
