/**
 * Output writers: JSONL (one release per line), JSON (one array, streamed)
 * and CSV (one row per mention). All write as they go, with backpressure.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { PressRelease } from "../schema/release.js";

export type OutputFormat = "jsonl" | "json" | "csv";
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["jsonl", "json", "csv"];

/** Writes releases already formatted with formatRelease, adding what the format needs around them. */
export interface ReleaseWriter {
  write(formatted: string): Promise<void>;
  end(): Promise<void>;
}

async function put(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await once(out, "drain");
}

export const CSV_COLUMNS = ["source", "part", "kind", "text", "value", "start", "end"] as const;

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV row per mention: dates, figures, and each mention of places, organisations and persons. */
export function csvRows(r: PressRelease): string[][] {
  const rows: string[][] = [];
  const row = (kind: string, text: string, value: string, start: number, end: number) =>
    rows.push([r.source, String(r.part), kind, text, value, String(start), String(end)]);
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
    const roles = p.roles.map((x) => [x.role, x.organisation].filter(Boolean).join(", ")).join("; ");
    for (const m of p.mentions) row("person", m.text, roles ? `${p.name} (${roles})` : p.name, m.start, m.end);
  }
  for (const rec of r.records) {
    row(`record:${rec.type}`, "", rec.type === "meeting" ? rec.kind : rec.name, rec.evidence.start, rec.evidence.end);
  }
  return rows;
}

/**
 * One release as output text: a JSONL line, a JSON array element (without the
 * comma) or CSV rows. Runs where the release was extracted (a worker thread),
 * so the main thread only writes strings.
 */
export function formatRelease(r: PressRelease, format: OutputFormat): string {
  switch (format) {
    case "json":
      return JSON.stringify(r);
    case "csv": {
      const rows = csvRows(r);
      return rows.length ? rows.map((x) => x.map(csvCell).join(",")).join("\n") + "\n" : "";
    }
    default:
      return JSON.stringify(r) + "\n";
  }
}

export function createWriter(out: Writable, format: OutputFormat): ReleaseWriter {
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
    case "csv":
      return {
        async write(rows) {
          if (first) await put(out, CSV_COLUMNS.join(",") + "\n");
          first = false;
          if (rows) await put(out, rows);
        },
        async end() {
          if (first) await put(out, CSV_COLUMNS.join(",") + "\n");
        },
      };
    default:
      return {
        async write(line) {
          await put(out, line);
        },
        async end() {},
      };
  }
}
