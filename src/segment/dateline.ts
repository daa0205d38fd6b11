/**
 * Datelines and release dates in the header of a release. Forms seen in real
 * releases: "03.05.15, Köln", "Magdeburg, den 21.03.2025", "Köln - Am ...",
 * "KIEL. ...", "Hamburg (pm) – ...", "[Osnabrück]", "(lk)",
 * "Pressemitteilung Nr. 112 vom 08.10.2022", "12.02.2025 | Presseinfo Nr. 17",
 * "Datum: 04.09.2023", "14. März 2025", "09 Jan 2026".
 */
import { MONTH_NAME_PATTERN, monthNumber } from "../lexicon/months.js";
import type { Span } from "../schema/release.js";
import { NON_FINAL_ABBREVIATIONS } from "../lexicon/abbreviations.js";

export interface DatelineFound {
  date: string | null;
  place: string | null;
  /** View span of the whole dateline (header line or body prefix). */
  span: Span;
  /** View span of the place name, when there is one. */
  placeSpan: Span | null;
}

const NUMERIC_DATE = String.raw`(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?!\d)`;
/** Month names with either case of the first letter (the place patterns need case-sensitive \p{Lu}). */
const MONTH_ANY_CASE = MONTH_NAME_PATTERN.split("|").map((n) => `[${n[0]!.toUpperCase()}${n[0]}]${n.slice(1)}`).join("|");
const WORD_DATE = String.raw`(\d{1,2})\.?\s*(${MONTH_ANY_CASE})\.?\s+(\d{4})`;
const ANY_DATE_RE = new RegExp(`${NUMERIC_DATE}|${WORD_DATE}`, "iu");

/** "Köln", "Rhein-Kreis Neuss", "KREIS WESEL", "Ostholstein/Mölln", "Frankfurt am Main". */
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:(?:\s+(?:am|an der|im|in der|ob der|bei|vor der)\s+|[ /]+)\p{Lu}[\p{L}.'’-]*){0,3}`;
const AGENCY = String.raw`\(\s*[\p{L}]{1,6}\s*\)`;

const HEADER_DATE_PLACE_RE = new RegExp(String.raw`^[^\S\n]*(?:${NUMERIC_DATE}|${WORD_DATE})[^\S\n]*,[^\S\n]*(${PLACE})[^\S\n]*$`, "mu");
const PLACE_DEN_DATE_RE = new RegExp(String.raw`^[^\S\n]*(${PLACE})[^\S\n]*,[^\S\n]*(?:den|am)?[^\S\n]*(?:${NUMERIC_DATE}|${WORD_DATE})[^\S\n]*$`, "mu");
/** "Dresden, 3. März 2025 – Der ...", "Greifswald, 21.11.2024 – ...", "Winterthur, 14. Mai 2025. Der ..." */
const BODY_PLACE_DATE_RE = new RegExp(String.raw`^[^\S\n]*(?:${AGENCY}[^\S\n]*)?(${PLACE})(?:[^\S\n]*${AGENCY})?[^\S\n]*,[^\S\n]*(?:den[^\S\n]+|am[^\S\n]+)?(?:${NUMERIC_DATE}|${WORD_DATE})[^\S\n]*(?:[-–—:]|\.(?=[^\S\n]+\p{Lu}))`, "u");
const AGENCY_LINE_RE = new RegExp(String.raw`^[^\S\n]*(${PLACE})[^\S\n]*${AGENCY}[^\S\n]*$`, "u");
const BODY_PLACE_RE = new RegExp(String.raw`^[^\S\n]*(?:${AGENCY}[^\S\n]*)?(?:\[(${PLACE})\]|(${PLACE})(?:[^\S\n]*${AGENCY})?[^\S\n]*(?:[-–—][^\S\n]|\.[^\S\n]+(?=\p{Lu}))|(${PLACE})[^\S\n]*${AGENCY}[^\S\n]*$)`, "u");
const RELEASE_DATE_LINE_RE = new RegExp(
  String.raw`^[^\S\n]*(?:(?:Presse(?:mitteilung|information|info|meldung)|Pressemeldung|Mitteilung)(?:\s+Nr\.?\s*[\d/-]+)?\s+vom\s+|(?:Datum|Stand|Veröffentlicht(?:\s+am)?|Erschienen(?:\s+am)?|Letzte Aktualisierung|Aktualisiert(?:\s+am)?|Erstellt(?:\s+am)?)\s*:?\s*)?(?:\p{L}+,\s*)?(?:${NUMERIC_DATE}|${WORD_DATE}|(\d{1,2})\s+(${MONTH_NAME_PATTERN})\.?\s+(\d{4}))`,
  "gimu",
);

function isoDate(d: string, m: string, y: string): string | null {
  const day = Number(d);
  const month = Number(m);
  let year = Number(y);
  if (y.length === 2) year += year <= 69 ? 2000 : 1900;
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1900 && year <= 2199)) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** ISO date of a numeric or worded date at the start of `groups` (as captured by the patterns above). */
function dateFromGroups(g: (string | undefined)[]): string | null {
  for (let i = 0; i + 2 < g.length; i += 3) {
    const [a, b, c] = [g[i], g[i + 1], g[i + 2]];
    if (a && b && c) {
      const month = /^\d+$/.test(b) ? b : String(monthNumber(b) ?? 0);
      return isoDate(a, month, c);
    }
  }
  return null;
}

/** Title-case an all-caps place ("KREIS WESEL" → "Kreis Wesel"). */
function placeName(raw: string): string {
  const t = raw.trim();
  if (t === t.toUpperCase() && /\p{Lu}{2}/u.test(t)) {
    return t.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  }
  return t;
}

/** Words that start a sentence and can look like a one-word dateline ("Danke.", "Ziel - ..."). */
function plausiblePlace(p: string): boolean {
  // "Dr" in "Geschäftsführer Dr. Muster - ...": a title, not part of a place.
  if (p.split(/[\s/]+/).some((w) => NON_FINAL_ABBREVIATIONS.has(w.toLowerCase()))) return false;
  return p.length >= 2 && p.length <= 60 && !/^(?:Am|Im|In|Der|Die|Das|Ein|Eine|Mit|Für|Von|Nach|Bei|Auf|Zum|Zur|Foto|Bild|Quelle|Thema|Inhalt|Danke|Ziel|Hinweis|Kontakt|Info|Update)$/u.test(p.split(/[\s/]/)[0]!);
}

/** Release dates are looked for in the header and, at least, this far into the release. */
const HEADER_MIN = 400;
const LONG_LINE = 100;
const LABELLED_RE = /^(?:Presse|Mitteilung|Pressemeldung|Datum|Stand|Veröffentlicht|Erschienen|Letzte Aktualisierung|Aktualisiert|Erstellt)/iu;

/** How far into the release a body dateline ("KIEL. ...") may start. */
const BODY_ZONE = 1200;
/** Only the first body lines can carry a dateline. */
const BODY_LINES = 2;
/** A body paragraph is at least this long; shorter ones are captions and bylines. */
const BODY_MIN = 80;

/** The line ends with ")" before trailing space: only then can it be "Place (agency)" (AGENCY_LINE_RE, which backtracks over long lines). */
function endsWithParenthesis(line: string): boolean {
  let end = line.length;
  while (end > 0 && /[^\S\n]/.test(line[end - 1]!)) end--;
  return end > 0 && line.charCodeAt(end - 1) === 41;
}

/** A place dateline at the start of one of the first body paragraphs. */
function bodyPlace(text: string, bodyStart: number): DatelineFound | null {
  const re = /(?:^|\n)[^\S\n]*(?=\S)/g;
  re.lastIndex = bodyStart > 0 ? bodyStart - 1 : 0;
  let m: RegExpExecArray | null;
  let bodyLines = 0;
  while ((m = re.exec(text)) && m.index < bodyStart + BODY_ZONE && bodyLines < BODY_LINES) {
    const at = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++; // the empty match at the start must not repeat
    const lineEnd = text.indexOf("\n", at);
    const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd);
    const agencyLine = endsWithParenthesis(line) ? AGENCY_LINE_RE.exec(line) : null;
    if (agencyLine && plausiblePlace(agencyLine[1]!)) {
      // "Osnabrück/Hannover (ots)" on a line of its own.
      const placeStart = at + line.indexOf(agencyLine[1]!);
      return {
        date: null,
        place: placeName(agencyLine[1]!),
        span: { start: at, end: at + line.trimEnd().length },
        placeSpan: { start: placeStart, end: placeStart + agencyLine[1]!.length },
      };
    }
    if (line.length < BODY_MIN) continue;
    bodyLines++;
    const d = BODY_PLACE_DATE_RE.exec(line.slice(0, 160));
    if (d && plausiblePlace(d[1]!)) {
      const placeStart = at + d[0].indexOf(d[1]!);
      return {
        date: dateFromGroups(d.slice(2, 8)),
        place: placeName(d[1]!),
        span: { start: at + (d[0].length - d[0].trimStart().length), end: at + d[0].trimEnd().length },
        placeSpan: { start: placeStart, end: placeStart + d[1]!.length },
      };
    }
    const b = BODY_PLACE_RE.exec(line.slice(0, 160));
    const place = b ? (b[1] ?? b[2] ?? b[3]) : undefined;
    if (!b || !place || !plausiblePlace(place) || /\d/.test(place)) continue;
    const marked = b[1] !== undefined || /\(/.test(b[0]) || place === place.toUpperCase();
    const words = place.split(/[\s/]+/).filter((w) => /^\p{Lu}/u.test(w)).length;
    // Plain "Name - ..." datelines are short; longer runs of capitals are names or captions.
    if (!marked && (words > 2 || place.length > 30)) continue;
    const placeStart = at + b[0].indexOf(place);
    return {
      date: null,
      place: placeName(place),
      span: { start: at + (b[0].length - b[0].trimStart().length), end: at + b[0].trimEnd().length },
      placeSpan: { start: placeStart, end: placeStart + place.length },
    };
  }
  return null;
}

/**
 * Finds the dateline of a release whose header zone is `text[0, headerEnd)`
 * and whose first body paragraph starts at `bodyStart`.
 */
export function findDateline(text: string, headerEnd: number, bodyStart: number | null): DatelineFound | null {
  const header = text.slice(0, headerEnd);
  let m = HEADER_DATE_PLACE_RE.exec(header);
  if (m) {
    const place = m[7]!;
    const placeStart = m.index + m[0].indexOf(place, m[0].indexOf(","));
    return {
      date: dateFromGroups(m.slice(1, 7)),
      place: plausiblePlace(place) ? placeName(place) : null,
      span: { start: m.index + (m[0].length - m[0].trimStart().length), end: m.index + m[0].trimEnd().length },
      placeSpan: { start: placeStart, end: placeStart + place.length },
    };
  }
  m = PLACE_DEN_DATE_RE.exec(header);
  if (m && plausiblePlace(m[1]!)) {
    const placeStart = m.index + m[0].indexOf(m[1]!);
    return {
      date: dateFromGroups(m.slice(2, 8)),
      place: placeName(m[1]!),
      span: { start: m.index + (m[0].length - m[0].trimStart().length), end: m.index + m[0].trimEnd().length },
      placeSpan: { start: placeStart, end: placeStart + m[1]!.length },
    };
  }
  const date = findReleaseDate(text.slice(0, Math.max(headerEnd, Math.min(text.length, HEADER_MIN))));
  if (bodyStart !== null) {
    const body = bodyPlace(text, bodyStart);
    if (body) return { ...body, date: body.date ?? date?.date ?? null };
  }
  if (date) return { date: date.date, place: null, span: date.span, placeSpan: null };
  return null;
}

/** The publication date stated in a header: a line that starts with a date or says "Pressemitteilung vom", "Datum:", ... */
export function findReleaseDate(header: string): { date: string; span: Span } | null {
  for (const m of header.matchAll(RELEASE_DATE_LINE_RE)) {
    const date = dateFromGroups(m.slice(1, 10));
    if (!date) continue;
    // A long line is body text ("Dienstag, 23.09.2025 trafen sich ..."), unless the date is labelled.
    const lineEnd = header.indexOf("\n", m.index);
    const line = header.slice(m.index, lineEnd < 0 ? header.length : lineEnd).trim();
    if (line.length > LONG_LINE && !LABELLED_RE.test(line)) continue;
    const lead = m[0].length - m[0].trimStart().length;
    return { date, span: { start: m.index + lead, end: m.index + m[0].length } };
  }
  return null;
}

export { ANY_DATE_RE };
