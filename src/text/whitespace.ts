import { isSpaceUnit } from "./unicode-class.js";

/** Collapse runs of whitespace to one space and trim. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Trim a span so it starts and ends on non-whitespace. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpaceUnit(text.charCodeAt(start))) start++;
  while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
