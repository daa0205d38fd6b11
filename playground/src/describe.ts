/**
 * Human-readable summaries of the library's normalised values: what a
 * tooltip, a card or a table cell shows for a mention.
 */
import type { DateMention, Figure, Organisation, Person, PersonRef, Place, Role } from "../../src/index.js";

export interface Description {
  label: string;
  details: string[];
}

const MOD_LABELS: Record<string, string> = {
  start: "start of",
  mid: "middle of",
  end: "end of",
  approx: "approximately",
  max: "at most",
  min: "at least",
};

/** "2014-09 (start of)", "2014-04-30 → open", "P9M (at most)". */
export function dateValue(d: DateMention): string {
  const value = d.type === "range" ? `${d.from ?? "open"} → ${d.to ?? "open"}` : (d.value ?? "?");
  return d.mod ? `${value} (${MOD_LABELS[d.mod] ?? d.mod})` : value;
}

export function describeDate(d: DateMention): Description {
  const type = { date: "date", range: "range", duration: "duration" }[d.type];
  return { label: dateValue(d), details: [`type: ${type}`] };
}

/** "1500000 EUR", "18–27 Jahre", "≈ 200 Teilnehmende". */
export function figureValue(f: Figure): string {
  const amount = f.max != null ? `${f.value}–${f.max}` : String(f.value);
  return `${f.approx ? "≈ " : ""}${amount}${f.unit ? ` ${f.unit}` : ""}`;
}

export function describeFigure(f: Figure): Description {
  return { label: figureValue(f), details: f.approx ? ["approximate"] : [] };
}

export function describePlace(p: Place): Description {
  const details = [`type: ${p.type}`];
  if (p.state) details.push(`state: ${p.state}`);
  if (p.ags) details.push(`AGS: ${p.ags}`);
  return { label: p.name, details };
}

export function describeOrganisation(o: Organisation): Description {
  return { label: o.name, details: o.abbreviation ? [`abbreviation: ${o.abbreviation}`] : [] };
}

/** "Leitung, Regionalagentur Köln"; "Regionalagentur Köln" when only the body is known. */
export function roleText(r: Role | PersonRef): string {
  return [r.role, r.organisation].filter((x): x is string => !!x).join(", ");
}

export function describePerson(p: Person): Description {
  const details: string[] = [];
  const form = [p.honorific, p.title].filter(Boolean).join(" ");
  if (form) details.push(`form of address: ${form}`);
  if (p.givenName || p.familyName) details.push(`given: ${p.givenName ?? "–"} · family: ${p.familyName ?? "–"}`);
  for (const r of p.roles) details.push(`role: ${roleText(r) || "–"}`);
  if (p.roles.length === 0) details.push("role: none stated");
  return { label: p.name, details };
}
