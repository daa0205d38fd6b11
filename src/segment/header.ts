/**
 * Title and header zone of one release. The header is everything before the
 * first body paragraph; the title is the first block of short lines in it that
 * is not a dateline, date line or page furniture.
 */
import type { Span } from "../schema/release.js";
import { findReleaseDate } from "./dateline.js";

export interface Header {
  title: Span | null;
  /** Offset where the header zone ends (the first body line starts). */
  headerEnd: number;
  /** Start of the first body paragraph, or null when the release has none. */
  bodyStart: number | null;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

const BODY_LINE_MIN = 160;
const TITLE_MAX = 300;
const DATE_ONLY_RE = /^[\s\p{L}:|,.-]{0,40}\d{1,2}\.?\s*(?:\d{1,2}\.|\p{L}+\.?)\s*\d{2,4}\b.{0,40}$/u;
const BODY_START_RE = /^[^\S\n]*(?:\[[^\]\n]{2,40}\]|\p{Lu}[\p{L}.'’/ -]{1,50}?(?:[^\S\n]*\(\s*\p{L}{1,6}\s*\))?[^\S\n]*(?:[-–—][^\S\n]|\.[^\S\n]+\p{Lu}))/u;

/**
 * The non-empty lines of a text, trimmed, read only as far as asked: the
 * header rules look at the first lines of a release, not at all of them.
 * Whether a line is a date line is asked several times and kept.
 */
class NonEmptyLines {
  private readonly lines: Line[] = [];
  private readonly dateLine: Array<boolean | undefined> = [];
  private next = 0; // where the unread text starts; -1 when all lines are read

  constructor(private readonly text: string) {}

  /** Line `i`, or undefined past the last one. */
  at(i: number): Line | undefined {
    while (this.lines.length <= i && this.next >= 0) this.readLine();
    return this.lines[i];
  }

  isDateLine(i: number): boolean {
    return (this.dateLine[i] ??= isDateLine(this.lines[i]!));
  }

  private readLine(): void {
    const text = this.text;
    const start = this.next;
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    this.next = nl < 0 ? -1 : nl + 1;
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed) {
      const lead = raw.length - raw.trimStart().length;
      this.lines.push({ start: start + lead, end: start + raw.trimEnd().length, text: trimmed });
    }
  }
}

/** Header furniture: "Pressemitteilung: 2024", "Presseinformation Nr. 12". */
const FURNITURE_RE = /^(?:Presse(?:mitteilung|information|info|meldung|erklärung)|Medieninformation|Medienmitteilung|Pressemeldung|Mitteilung|Meldung)\b[^\n]{0,30}$/iu;

function isDateLine(l: Line): boolean {
  if (FURNITURE_RE.test(l.text)) return true;
  return l.text.length <= 90 && (DATE_ONLY_RE.test(l.text) || findReleaseDate(l.text) !== null) && !/[.!?]$/.test(l.text.replace(/\d\.$/, ""));
}

export function findHeader(text: string): Header {
  const lines = new NonEmptyLines(text);
  const isBlankBetween = (a: Line, b: Line) => /\n[^\S\n]*\n/.test(text.slice(a.end, b.start));
  let i = 0;
  // Skip leading date lines and very short furniture ("(lk)", "Pressemitteilung: 2024").
  while (lines.at(i) && (lines.isDateLine(i) || lines.at(i)!.text.length < 4)) i++;
  const titleLines: Line[] = [];
  for (; lines.at(i); i++) {
    const l = lines.at(i)!;
    if (l.text.length >= BODY_LINE_MIN) {
      // A long headline stands alone: followed by a blank line, without a final period.
      const next = lines.at(i + 1);
      const alone = !next || isBlankBetween(l, next);
      if (titleLines.length === 0 && l.text.length <= TITLE_MAX && alone && !/[.!?]$/.test(l.text)) titleLines.push(l);
      break;
    }
    if (titleLines.length > 0 && BODY_START_RE.test(l.text) && /[-–—]\s|\.\s+\p{Lu}/u.test(l.text) && l.text.length > 60) break;
    if (titleLines.length > 0 && isBlankBetween(titleLines[titleLines.length - 1]!, l)) break;
    if (lines.isDateLine(i)) {
      if (titleLines.length) break;
      continue;
    }
    titleLines.push(l);
    if (titleLines.length >= 5) break;
  }
  let title: Span | null = null;
  if (titleLines.length) {
    const first = titleLines[0]!;
    const last = titleLines[titleLines.length - 1]!;
    title = last.end - first.start <= TITLE_MAX ? { start: first.start, end: last.end } : { start: first.start, end: first.end };
    // A one-line release has no title.
    if (title.end >= text.trimEnd().length) title = null;
  }
  // The body starts at the first long line (or the first line after the title block).
  let bodyStart: number | null = null;
  const afterTitle = title ? title.end : 0;
  for (let k = 0; lines.at(k); k++) {
    const l = lines.at(k)!;
    if (l.start < afterTitle) continue;
    if (lines.isDateLine(k) && l.text.length < 60) continue;
    bodyStart = l.start;
    break;
  }
  return { title, headerEnd: bodyStart ?? text.length, bodyStart };
}
