/** Test helper (not exported from the package): run the extractor on one invented text. */
import type { DateMention } from "../../schema/release.js";
import { extractDates } from "./index.js";

export function run(text: string, anchorDate: string | null = "2024-03-15"): DateMention[] {
  const mentions = extractDates({ text, sentences: [], paragraphs: [], title: null, dateline: null, anchorDate });
  for (const m of mentions) if (text.slice(m.start, m.end) !== m.text) throw new Error(`offsets do not match text: ${JSON.stringify(m)}`);
  return mentions;
}

/** "date:2024-05", "range:2020/", "duration:P9M" — the scorer's keys. */
export function keys(text: string, anchorDate: string | null = "2024-03-15"): string[] {
  return run(text, anchorDate).map((m) => (m.type === "range" ? `range:${m.from ?? ""}/${m.to ?? ""}` : `${m.type}:${m.value}`));
}
