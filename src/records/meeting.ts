/**
 * Meeting records: every gathering a release reports or announces.
 *
 * A meeting mention is a gathering noun (matched by its compound head:
 * "Zweitgespräch" → Gespräch), a fixed phrase ("Runder Tisch") or a verb that
 * reports one ("trafen sich", "besuchte"). Mentions with a calendar date in
 * their sentence found meetings, one per date; undated mentions ("An dem
 * Treffen nahmen … teil") join the meeting before them. When no mention is
 * dated, the undated mentions of a reported event make one meeting.
 */
import type { MeetingRecord, PersonRef, Span } from "../schema/release.js";
import {
  GENERIC_MEETING_CONTEXT, MEETING_HEADS, MEETING_PHRASES, MEETING_VERBS, NOT_A_MEETING, ORGANISER_CUES, type MeetingHead,
} from "../lexicon/record-triggers.js";
import {
  CueSet, execAll, inside, isReleaseStamp, subjectOf, memoOf, spanKey, tokensHolding, headScan, nextSentence, paragraphAt, precision, quoteAt, sentenceAt, type RecordContext,
} from "./context.js";
import type { ProjectFound } from "./project.js";

export interface MeetingMention extends Span {
  kind: string;
  /** The noun is the bare generic head ("Veranstaltung", "Treffen"): a weak kind. */
  generic: boolean;
  plural: boolean;
  verb: boolean;
  sentence: Span;
  date: { value: string; span: Span } | null;
}

const WORD_RE = /[\p{L}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu;
// A word can only be a gathering noun when it ends in a head plus one of its endings: one test instead of a loop per word.
const MEETING_TAIL_RE = new RegExp(`(?:${MEETING_HEADS.map((h) => `${h.head}(?:${h.suffixes.filter(Boolean).join("|")})?`).join("|")})$`, "u");
const UPPER_START_RE = /^\p{Lu}/u;
// Any head anywhere: only the words holding one are read.
const MEETING_HEAD_HIT_RE = headScan(MEETING_HEADS.map((h) => h.head));
const PHRASE_SET = new CueSet(MEETING_PHRASES.map((p) => ({ ...p, pattern: `(?<![\\p{L}])${p.pattern}(?![\\p{L}])` })), "u");
const VERB_SET = new CueSet(MEETING_VERBS.map((v) => ({ ...v, pattern: `(?<![\\p{L}])${v.pattern}(?![\\p{L}])` })), "iu");
const NOT_A_MEETING_RE = new RegExp(NOT_A_MEETING, "gu");
const GENERIC_MEETING_CONTEXT_RE = new RegExp(GENERIC_MEETING_CONTEXT, "iu");
const ORGANISER_CUE_SET = new CueSet(ORGANISER_CUES, "iu");

function matchHead(word: string): { head: MeetingHead; kind: string; plural: boolean; bare: boolean } | null {
  if (!UPPER_START_RE.test(word)) return null;
  const lower = word.toLowerCase();
  if (!MEETING_TAIL_RE.test(lower)) return null;
  let best: { head: MeetingHead; kind: string; plural: boolean; bare: boolean } | null = null;
  for (const h of MEETING_HEADS) {
    const at = lower.lastIndexOf(h.head);
    if (at < 0) continue;
    const suffix = lower.slice(at + h.head.length);
    if (!h.suffixes.includes(suffix)) continue;
    const modifier = lower.slice(0, at);
    if (h.needsModifier && modifier.replace(/-$/, "").length < 3) continue;
    if (best && best.head.head.length >= h.head.length) continue;
    best = { head: h, kind: word.slice(0, word.length - suffix.length), plural: h.plural.includes(suffix) && suffix !== "" || (suffix === "" && h.plural.includes("")), bare: modifier === "" };
  }
  return best;
}

/** The dates of a sentence that can date a gathering, with their values (memoised per sentence). */
function gatheringDates(ctx: RecordContext, sentence: Span): { d: Span; value: string }[] {
  const memo = memoOf<{ d: Span; value: string }[]>(ctx, "gatheringDates");
  let out = memo.get(spanKey(sentence));
  if (out) return out;
  out = [];
  for (const d of ctx.dates) {
    if (!inside(d, sentence)) continue;
    let value: string | null = null;
    if (d.type === "date") value = d.value;
    else if (d.type === "range" && d.from && d.to && precision(d.from) === 3) value = d.from;
    if (!value || precision(value) < 2) continue;
    // "seit …", "bis …", "ab …" name a period or deadline, not the day of a gathering.
    if (/\b(?:seit|bis|ab|zum|Ende|Anfang)\s*$/iu.test(ctx.text.slice(Math.max(sentence.start, d.start - 12), d.start)) && d.type === "date") continue;
    out.push({ d, value });
  }
  memo.set(spanKey(sentence), out);
  return out;
}

/** "heute" in a sentence (memoised per sentence). */
function heuteIn(ctx: RecordContext, sentence: Span): RegExpExecArray | null {
  const memo = memoOf<RegExpExecArray | null>(ctx, "heute");
  let hit = memo.get(spanKey(sentence));
  if (hit === undefined) {
    hit = /\b(?:heute|heutigen)\b/u.exec(ctx.text.slice(sentence.start, sentence.end));
    memo.set(spanKey(sentence), hit);
  }
  return hit;
}

/** The date of a mention: the most precise calendar date in its sentence, nearest first. */
function mentionDate(ctx: RecordContext, sentence: Span, at: Span): { value: string; span: Span } | null {
  let best: { value: string; span: Span; score: number } | null = null;
  for (const { d, value } of gatheringDates(ctx, sentence)) {
    const distance = d.start >= at.end ? d.start - at.end : at.start - d.end;
    const score = precision(value) * 1000 - Math.max(0, distance);
    if (!best || score > best.score) best = { value, span: { start: d.start, end: d.end }, score };
  }
  // A gathering is dated by its day; a clock time ("…T09:00") only refines it.
  if (best) return { value: best.value.slice(0, 10), span: best.span };
  const heute = ctx.anchorDate ? heuteIn(ctx, sentence) : null;
  if (heute && ctx.anchorDate) {
    const s = sentence.start + heute.index;
    return { value: ctx.anchorDate, span: { start: s, end: s + heute[0].length } };
  }
  return null;
}

export function findMeetingMentions(ctx: RecordContext, projects: ProjectFound[]): MeetingMention[] {
  const { text } = ctx;
  const raw: Omit<MeetingMention, "sentence" | "date">[] = [];
  for (const m of tokensHolding(text, WORD_RE, MEETING_HEAD_HIT_RE)) {
    if (text[m.index + m[0].length] === "-") continue; // first part of a hyphenated compound
    const hit = matchHead(m[0]);
    if (!hit) continue;
    raw.push({ start: m.index, end: m.index + m[0].length, kind: hit.kind, generic: hit.bare && !!hit.head.generic, plural: hit.plural, verb: false });
  }
  const phraseHits = PHRASE_SET.scan(text);
  for (const [k, p] of PHRASE_SET.cues.entries()) {
    for (const m of phraseHits[k]!) {
      raw.push({ start: m.index, end: m.index + m.text.length, kind: p.kind, generic: false, plural: false, verb: false });
    }
  }
  const verbHits = VERB_SET.scan(text);
  for (const [k, v] of VERB_SET.cues.entries()) {
    for (const m of verbHits[k]!) {
      if (!/^\p{Ll}/u.test(m.text)) continue;
      raw.push({ start: m.index, end: m.index + m.text.length, kind: v.kind, generic: v.kind === "Treffen", plural: false, verb: true });
    }
  }
  const notMeeting = execAll(NOT_A_MEETING_RE, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const projectNames = projects.flatMap((p) => p.nameSpans);
  const out: MeetingMention[] = [];
  for (const r of raw.sort((a, b) => a.start - b.start)) {
    if (out.some((o) => r.start < o.end && r.end > o.start)) continue;
    if (notMeeting.some((n) => r.start < n.end && r.end > n.start)) continue;
    if (projectNames.some((n) => r.start >= n.start && r.end <= n.end)) continue;
    // Inside a quotation only as the quotation's first word ("„Runder Tisch – Integration“").
    const q = quoteAt(ctx, r.start);
    if (q && r.start !== q.start) continue;
    // A title reads as one sentence even across its line breaks.
    const sentence = ctx.title && inside(r, ctx.title) ? ctx.title : sentenceAt(ctx, r.start);
    out.push({ ...r, sentence, date: mentionDate(ctx, sentence, r) });
  }
  return out;
}

const EVENT_CUE = /\b(?:statt(?:finden|gefunden|fand|fanden|finden)?|teil(?:genommen)?|nahmen|nimmt|nehmen|eröffnet\w*|begrüßt\w*|eingeladen|luden|lädt|Teilnehm\w*|Gäste|Gastgeber\w*)\b/u;
const PRESENCE_BEFORE = /\b(?:[Aa]uf|[Bb]ei|[Bb]eim|[Zz]um|[Zz]ur|[Ww]ährend|[Aa]nlässlich|Rande|Rahmen|[Nn]ach|[Aa]n)\b[^.!?]{0,25}$/u;

/** A mention that reports an event rather than naming a kind of event in general. */
function reported(ctx: RecordContext, m: MeetingMention): boolean {
  if (m.plural) return false;
  const s = ctx.text.slice(m.sentence.start, m.sentence.end);
  if (!m.date && GENERIC_MEETING_CONTEXT_RE.test(s)) return false;
  // A reporting verb needs a dated or named actor ("Schüler, die das Gymnasium besuchten" is no visit).
  if (m.verb) return !!m.date || (ctx.title !== null && inside(m, ctx.title))
    || [...ctx.persons, ...ctx.organisations].some((e) => e.mentions.some((x) => inside(x, m.sentence)));
  if (ctx.title && inside(m, ctx.title)) return true;
  if (EVENT_CUE.test(s)) return true;
  return PRESENCE_BEFORE.test(ctx.text.slice(Math.max(m.sentence.start, m.start - 40), m.start));
}

interface MeetingCluster {
  mentions: MeetingMention[];
  date: string | null;
  dateSpan: Span | null;
  /** The sentence that gave the date when it is not a mention's own ("Die Preisverleihung fand … statt" after the dated one). */
  dateSentence?: Span;
}

export function clusterMeetings(ctx: RecordContext, mentions: MeetingMention[]): MeetingCluster[] {
  const clusters: MeetingCluster[] = [];
  const byDate = new Map<string, MeetingCluster>();
  for (const m of mentions) {
    if (!m.date) continue;
    if (m.plural && precision(m.date.value) < 3) continue;
    let c = byDate.get(m.date.value);
    if (!c) {
      c = { mentions: [], date: m.date.value, dateSpan: m.date.span };
      byDate.set(m.date.value, c);
      clusters.push(c);
    }
    c.mentions.push(m);
  }
  const undated = mentions.filter((m) => !m.date && !m.plural);
  if (clusters.length) {
    // An undated mention is the meeting named last before it ("An dem Treffen …"), or the first one after a title mention.
    for (const m of undated) {
      const dated = clusters.flatMap((c) => c.mentions.map((x) => ({ c, x })));
      const before = dated.filter(({ x }) => x.start < m.start).sort((a, b) => a.x.start - b.x.start).at(-1);
      const target = before?.c ?? dated.sort((a, b) => a.x.start - b.x.start)[0]!.c;
      target.mentions.push(m);
    }
  } else if (undated.some((m) => reported(ctx, m))) {
    // The release names one gathering and dates none of its mentions: the date is often next door.
    clusters.push({ mentions: undated, date: null, dateSpan: null, ...neighbourDate(ctx, undated) });
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
  // A dated cluster needs one mention that reports the event, or a day-precise date.
  return clusters.filter((c) => c.mentions.some((m) => reported(ctx, m) || (m.date && precision(m.date.value) === 3)));
}

/** Day-precise dates that can date a gathering in `sentence`, other than the release's own date stamp. */
function dayDates(ctx: RecordContext, sentence: Span): { d: Span; value: string }[] {
  return gatheringDates(ctx, sentence).filter((x) => precision(x.value) === 3 && !isReleaseStamp(ctx, x.d)
    && !DEADLINE_BEFORE.test(ctx.text.slice(Math.max(sentence.start, x.d.start - 40), x.d.start)));
}
// "Die Laufzeit endet am …", "Anmeldeschluss ist der …": an end or a deadline, not a day something happens.
const DEADLINE_BEFORE = /\b(?:endet|endete|enden|ausläuft|Frist|Laufzeit|spätestens|Anmeldeschluss|Bewerbungsschluss|Einsendeschluss)\b[^.!?]{0,30}$/u;

/**
 * A date for a gathering whose mentions carry none: a day date in the sentence before or after a
 * mention ("Die Preisverleihung fand … statt" after "am Freitag, 8. November 2024"), or in the
 * first body sentences for a mention in the title; else the one day date of the lead paragraph.
 */
function neighbourDate(ctx: RecordContext, mentions: MeetingMention[]): Partial<MeetingCluster> {
  const pick = (sentence: Span | undefined): Partial<MeetingCluster> | null => {
    if (!sentence) return null;
    const d = dayDates(ctx, sentence)[0];
    return d ? { date: d.value.slice(0, 10), dateSpan: { start: d.d.start, end: d.d.end }, dateSentence: sentence } : null;
  };
  const body = ctx.sentences.filter((s) => (!ctx.title || s.start >= ctx.title.end) && !(ctx.dateline && inside(s, ctx.dateline)));
  for (const m of mentions) {
    const titled = ctx.title !== null && inside(m, ctx.title);
    const i = body.findIndex((s) => s.start === m.sentence.start);
    const candidates = titled ? body.slice(0, 2) : i >= 0 ? [body[i - 1], body[i + 1]] : [];
    for (const s of candidates) {
      const hit = pick(s);
      if (hit) return hit;
    }
  }
  const first = body[0];
  if (!first) return {};
  const lead = paragraphAt(ctx, first.start);
  const leadDates = body.filter((s) => inside(s, lead)).flatMap((s) => dayDates(ctx, s).map((x) => ({ ...x, s })));
  if (new Set(leadDates.map((x) => x.value.slice(0, 10))).size !== 1) return {};
  return pick(leadDates[0]!.s) ?? {};
}

const PLACE_PREP = /\b(?:in|im|ab|nach|bei|auf)\s+(?:(?:der|dem|des)\s+)?(?:(?:Stadt|Gemeinde|Kreis|Landkreis|Hansestadt|Landeshauptstadt|Schloss|Kloster|Burg)\s+)?$/u;

function meetingPlace(ctx: RecordContext, c: MeetingCluster): string | null {
  const { text } = ctx;
  const candidates = ctx.placeMentions.filter((p) => p.item.type !== "state" && p.item.type !== "country");
  const ordered = [...c.mentions].sort((a, b) => Number(!!b.date) - Number(!!a.date) || a.start - b.start);
  for (const m of ordered) {
    const q = quoteAt(ctx, m.start);
    const sentenceText = text.slice(m.sentence.start, m.sentence.end);
    // "fand in X eine Tagung statt": the whole sentence is about the gathering's where and when.
    const statt = /\bstatt\b/u.test(sentenceText);
    const from = statt ? m.sentence.start : q && q.start === m.start ? q.end + 1 : m.end;
    const reach = statt ? m.sentence.end : Math.min(m.sentence.end, from + 90);
    const nextQuote = statt ? undefined : ctx.quotes.find((x) => x.start > from && x.start < reach);
    const to = nextQuote ? nextQuote.start - 1 : reach;
    const hit = candidates.find((p) => p.span.start >= from && p.span.end <= to && !quoteAt(ctx, p.span.start)
      && PLACE_PREP.test(text.slice(Math.max(from, p.span.start - 40), p.span.start))
      && !describesBody(ctx, p.span));
    if (hit) return hit.item.name;
  }
  return datelinePlace(ctx);
}

/**
 * "die Partner des Netzwerks in Bergland": a place inside or right after a body
 * that is only a genitive attribute names where the body is, not where the
 * meeting was. A visited body's place ("besuchte das Zentrum in X") counts.
 */
function describesBody(ctx: RecordContext, place: Span): boolean {
  return ctx.organisations.some((o) => o.mentions.some((m) => {
    const attached = (m.start < place.start && m.end >= place.end)
      || (m.end <= place.start && /^\s+(?:in|im)\s+(?:der\s+|dem\s+)?$/u.test(ctx.text.slice(m.end, place.start)));
    return attached && /\p{Lu}\p{L}+\s+(?:des|der|eines|einer)\s+$/u.test(ctx.text.slice(Math.max(0, m.start - 40), m.start));
  }));
}

function datelinePlace(ctx: RecordContext): string | null {
  const d = ctx.dateline;
  if (!d) return null;
  const inLine = ctx.placeMentions.filter((p) => inside(p.span, d) && p.item.type !== "country");
  // "Kreis A/Stadt B (pm)": a dateline of several places does not say where the meeting was.
  if (new Set(inLine.map((p) => p.item.name)).size > 1) return null;
  if (inLine[0]) return inLine[0].item.name;
  return null;
}

function meetingOrganisers(ctx: RecordContext, c: MeetingCluster, kind: string, projectSpans: Span[]): string[] {
  const { text } = ctx;
  const orgMentions = ctx.orgMentions.filter((o) => !projectSpans.some((p) => o.span.start >= p.start && o.span.end <= p.end));
  const out: string[] = [];
  const add = (n: string) => { if (!out.includes(n)) out.push(n); };
  // Sentences that may name the organiser: the mentions' own, and the other sentences of their paragraphs.
  const sentences = new Map<number, Span>();
  for (const m of c.mentions) {
    sentences.set(m.sentence.start, m.sentence);
    const para = paragraphAt(ctx, m.start);
    for (const s of ctx.sentences) if (inside(s, para)) sentences.set(s.start, s);
  }
  const firstInSentence = (s: Span) => c.mentions.find((m) => inside(m, s));
  for (const s of sentences.values()) {
    const st = text.slice(s.start, s.end);
    const inSentence = orgMentions.filter((o) => inside(o.span, s) && !quoteAt(ctx, o.span.start));
    if (!inSentence.length) continue;
    const memo = memoOf<ReturnType<typeof ORGANISER_CUE_SET.scan>>(ctx, "organiserCues");
    let hits = memo.get(spanKey(s));
    if (!hits) { hits = ORGANISER_CUE_SET.scan(st); memo.set(spanKey(s), hits); }
    for (const [k, cue] of ORGANISER_CUES.entries()) {
      for (const m of hits[k]!) {
        const cs = s.start + m.index, ce = cs + m.text.length;
        if (cue.side === "after") {
          const first = inSentence.find((o) => o.span.start >= ce && o.span.start - ce <= 60);
          if (!first) continue;
          add(first.item.name);
          let last = first.span;
          for (const o of inSentence) {
            if (o.span.start <= last.start) continue;
            if (/^\s*(?:,|und|sowie|&)\s*(?:der|dem|des|die|das|den)?\s*$/u.test(text.slice(last.end, o.span.start))) { add(o.item.name); last = o.span; } else break;
          }
        } else {
          // "luden X gemeinsam mit Y zum Gespräch ein": the hosts stand before the gathering noun.
          const trigger = firstInSentence(s);
          const limit = trigger && trigger.start > ce ? trigger.start : ce + 80;
          for (const o of inSentence) {
            const before = o.span.end <= cs && cs - o.span.end <= 60;
            const between = o.span.start >= ce && o.span.end <= limit;
            if (before || between) add(o.item.name);
          }
        }
      }
    }
  }
  // "Die X hat am Donnerstag … eröffnet", "Mit dem Preis hat die X am … ausgezeichnet": the subject of the dating sentence.
  const dating = [...(c.dateSentence ? [c.dateSentence] : []), ...c.mentions.filter((m) => m.date).map((m) => m.sentence)];
  for (const s of dating) {
    const subject = subjectOrganiser(ctx, s, orgMentions);
    if (subject) add(subject);
  }
  // "Klausurtagung der Arbeitsgemeinschaft …", "Sitzung des Ausschusses …": the body holding it.
  for (const m of c.mentions) {
    // Only the gathering the record is named after: "Eröffnung … und Sitzung des Ausschusses" keeps the committee out.
    if (m.verb || m.kind !== kind) continue;
    const o = orgMentions.find((x) => x.span.start >= m.end && /^[“”"«»\s]*(?:des|der)\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(m.end, x.span.start)));
    if (o) add(o.item.name);
  }
  return out;
}

// Verbs of hosting, launching or awarding: their subject holds the gathering.
const HOST_VERB = /\b(?:eingeladen|lädt|laden|lud|luden|gestartet|eröffnet|veranstaltet|ausgerichtet|organisiert|ausgezeichnet|verliehen|empfangen|begrüßt)\b/u;

/** The body that is the subject of a sentence reporting that it hosted, launched or awarded something. */
function subjectOrganiser(ctx: RecordContext, sentence: Span, orgMentions: { item: { name: string }; span: Span }[]): string | null {
  return HOST_VERB.test(ctx.text.slice(sentence.start, sentence.end)) ? subjectOf(ctx, sentence, orgMentions) : null;
}

function toRef(p: RecordContext["persons"][number]): PersonRef {
  const r = p.roles[0];
  return { name: p.name, role: r?.role ?? null, organisation: r?.organisation ?? null };
}

// Source, contact and credit lines name the press office, not who was there.
const CREDIT_LINE = /(?:^|\n)[ \t]*(?:Quelle|Kontakt|Pressekontakt|Ansprechpartner\w*|Foto|Fotos|Bild|Text|Autor\w*|Redaktion|V\.\s?i\.\s?S\.\s?d\.\s?P\.|Herausgeber\w*|Pressestelle)\b[^\n]*/giu;

function meetingParticipants(ctx: RecordContext, c: MeetingCluster, main: boolean): PersonRef[] {
  const first = c.mentions[0]!;
  const from = ctx.title && inside(first, ctx.title) ? ctx.title.start : first.sentence.start;
  const sentences = c.mentions.map((m) => m.sentence);
  const memo = memoOf<Span[]>(ctx, "credits");
  let credits = memo.get(0);
  if (!credits) {
    credits = execAll(CREDIT_LINE, ctx.text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    memo.set(0, credits);
  }
  const counts = (m: Span) => !credits!.some((c) => inside(m, c))
    && (main ? m.start >= from || (ctx.title !== null && inside(m, ctx.title)) : sentences.some((s) => inside(m, s)));
  return ctx.persons.filter((p) => p.mentions.some(counts)).map(toRef);
}

/**
 * The project a meeting serves: one named where the meeting is dated or titled,
 * or in the sentence right after the dated one ("Anlass war die Vorstellung des
 * Projekts …"). A council's or committee's sitting decides about projects
 * without belonging to one.
 */
function meetingProject(ctx: RecordContext, c: MeetingCluster, projects: ProjectFound[]): string | null {
  const kind = c.mentions.find((m) => !m.generic)?.kind ?? "";
  if (/sitzung$/iu.test(kind)) return null;
  const spans: Span[] = [];
  for (const m of c.mentions) {
    const titled = ctx.title !== null && inside(m, ctx.title);
    if (c.date && !m.date && !titled) continue;
    spans.push(m.sentence);
    if (m.date) {
      const next = nextSentence(ctx, m.sentence);
      if (next) spans.push(next);
    }
  }
  if (c.dateSentence) spans.push(c.dateSentence);
  for (const s of spans) {
    for (const p of projects) if (!p.plural && p.mentions.some((x) => inside(x, s))) return p.name;
  }
  return null;
}

export function assembleMeetings(ctx: RecordContext, projects: ProjectFound[]): { records: MeetingRecord[]; dateSpans: Span[] } {
  const mentions = findMeetingMentions(ctx, projects);
  const clusters = clusterMeetings(ctx, mentions);
  const projectSpans = projects.flatMap((p) => p.nameSpans);
  const records = clusters.map((c, i): MeetingRecord => {
    // The kind is the word of the mention that carries the date (else the first), unless that word is
    // a bare "Veranstaltung"/"Treffen" and the release also uses a more specific noun for it.
    const anchor = c.mentions.find((m) => m.date) ?? c.mentions.find((m) => reported(ctx, m)) ?? c.mentions[0]!;
    const specific = !anchor.generic ? anchor : c.mentions.find((m) => !m.generic && !m.verb && !m.plural) ?? anchor;
    // The dated mention's sentence is the best evidence; else the first mention's.
    const dated = c.mentions.find((m) => m.date) ?? c.mentions.find((m) => !ctx.title || !inside(m, ctx.title)) ?? c.mentions[0]!;
    return {
      type: "meeting",
      kind: specific.kind,
      date: c.date,
      place: meetingPlace(ctx, c),
      organisers: meetingOrganisers(ctx, c, specific.kind, projectSpans),
      // A council's sitting is reported through its decisions: only persons named with the sitting itself took part.
      participants: meetingParticipants(ctx, c, i === 0 && !/sitzung$/iu.test(specific.kind)),
      project: meetingProject(ctx, c, projects),
      evidence: { start: dated.sentence.start, end: dated.sentence.end },
    };
  });
  // A date borrowed from a neighbouring sentence ("hat am 4. Juli das Projekt gestartet … beim Projektstart") stays free for the project.
  return { records, dateSpans: clusters.flatMap((c) => (c.dateSpan && !c.dateSentence ? [c.dateSpan] : [])) };
}
