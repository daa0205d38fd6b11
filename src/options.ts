/**
 * Option values shared by the library and the CLI, in a module that loads
 * nothing else: the CLI's main thread checks its options with it without
 * loading the extractors.
 */

/** The mention lists of a PressRelease that `only` can choose. */
export const OUTPUT_KINDS = ["dates", "figures", "places", "organisations", "persons", "records"] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD ("2024-02-30" and "2024-13-45" are not). */
export function isCalendarDate(value: string): boolean {
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps them.
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The `only` list checked, or the reason it is wrong. */
export function checkOnly(only: unknown): string | null {
  if (!Array.isArray(only) || only.length === 0) return `only must be a non-empty array of ${OUTPUT_KINDS.join(", ")}`;
  for (const k of only) {
    if (!OUTPUT_KINDS.includes(k as OutputKind)) return `only: unknown kind ${JSON.stringify(k)} (one of ${OUTPUT_KINDS.join(", ")})`;
  }
  return null;
}
