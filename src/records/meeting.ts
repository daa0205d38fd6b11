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
import type { MeetingRecord, Person, PersonRef, Place, Span } from "../schema/release.js";
import {
  COUNCIL_HEADS, DECISION_CUES, FIGURATIVE_OBJECTS, GENERIC_MEETING_CONTEXT, INVITATION_VERBS, VENUE_NOUNS, MEETING_HEADS, MEETING_PHRASES, MEETING_VERBS, NOT_A_MEETING,
  NOT_GATHERING_AFTER_ZU, NOT_GATHERING_COMPOUNDS, ORGANISER_CUES, TAKING_PLACE, type MeetingHead,
} from "../lexicon/record-triggers.js";
import {
  CueSet, DAY_STATED, SpanList, execAll, execIn, headScan, indexAt, inside, insideAny, isReleaseStamp, matchesIn, mergedSpans, overlapsAny, nextSentence, paragraphAt, perSpan, precision,
  inSpeech, lineStartMatches, quoteAt, quoteStartingIn, sentenceAt, sentencesIn, subjectOf, testIn, tokensHolding, type RecordContext,
} from "./context.js";
import { SpanTest, TextScan } from "./words.js";
import type { ProjectFound } from "./project.js";
import { BoundedCache } from "../text/bounded-cache.js";

type RawMention = Omit<MeetingMention, "sentence" | "date">;

export interface MeetingMention extends Span {
  kind: string;
  /** The noun is the bare generic head ("Veranstaltung", "Treffen"): a weak kind. */
  generic: boolean;
  plural: boolean;
  verb: boolean;
  /**
   * A noun read off a verb frame ("lädt zur Lesung ein", "Die Lesung findet … statt") rather than
   * off a known gathering head: it only counts with a day date.
   */
  framed?: boolean;
  /** A deciding body read as its sitting ("Beschluss … im Bauausschuss"): the body organises it. */
  body?: boolean;
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
const NOT_A_MEETING_SCAN = new TextScan(new RegExp(NOT_A_MEETING, "gu"));
const GENERIC_MEETING_CONTEXT_RE = new RegExp(GENERIC_MEETING_CONTEXT, "iu");
const GENERIC_MEETING_CONTEXT_TEST = new SpanTest(GENERIC_MEETING_CONTEXT_RE);
const ORGANISER_CUE_SET = new CueSet(ORGANISER_CUES, "iu");

const NOT_GATHERING = [...NOT_GATHERING_COMPOUNDS];

/** "Dienstag", "Nationalfeiertag", "Berufsalltag": a word ending in a compound that names no gathering. */
function notGathering(lower: string): boolean {
  const w = lower.replace(/-/g, "");
  return NOT_GATHERING.some((x) => w.endsWith(x));
}

type HeadMatch = { head: MeetingHead; kind: string; plural: boolean; bare: boolean };
// Words repeat: what a word says as a gathering noun, once per word.
const HEAD_OF_WORD = new BoundedCache<string, HeadMatch | null>(20_000);

function matchHead(word: string): HeadMatch | null {
  let hit = HEAD_OF_WORD.get(word);
  if (hit === undefined) HEAD_OF_WORD.set(word, (hit = matchHeadUncached(word)));
  return hit;
}

function matchHeadUncached(word: string): HeadMatch | null {
  if (!UPPER_START_RE.test(word)) return null;
  const lower = word.toLowerCase();
  if (!MEETING_TAIL_RE.test(lower)) return null;
  if (notGathering(lower)) return null;
  let best: HeadMatch | null = null;
  for (const h of MEETING_HEADS) {
    const at = lower.lastIndexOf(h.head);
    if (at < 0) continue;
    const suffix = lower.slice(at + h.head.length);
    if (!h.suffixes.includes(suffix)) continue;
    // "des Kreistags", "Feiertage": the compound without its inflection ending
    if (suffix && notGathering(lower.slice(0, at + h.head.length))) continue;
    const modifier = lower.slice(0, at);
    if (h.needsModifier && modifier.replace(/-$/, "").length < 3) continue;
    if (best && best.head.head.length >= h.head.length) continue;
    best = { head: h, kind: word.slice(0, word.length - suffix.length), plural: h.plural.includes(suffix) && suffix !== "" || (suffix === "" && h.plural.includes("")), bare: modifier === "" };
  }
  return best;
}

type DateHit = { d: Span; value: string };

/** The dates of a sentence that can date a gathering, with their values, in text order (once per sentence). */
function gatheringDates(ctx: RecordContext, sentence: Span): DateHit[] {
  return perSpan(ctx, "gatheringDates", sentence, () => {
    const out: DateHit[] = [];
    for (const { item: d } of ctx.dateList.inside(sentence)) {
      let value: string | null = null;
      if (d.type === "date") value = d.value;
      else if (d.type === "range" && d.from && d.to && precision(d.from) === 3) value = d.from;
      if (!value || precision(value) < 2) continue;
      // the release's own date ("Wädenswil, 2. Oktober 2025 – Der Stadtrat hat an seiner Sitzung vom 30. September …")
      if (isReleaseStamp(ctx, d)) continue;
      // "seit …", "bis …", "ab …" name a period or deadline, not the day of a gathering.
      if (/\b(?:seit|bis|ab|zum|Ende|Anfang)\s*$/iu.test(ctx.text.slice(Math.max(sentence.start, d.start - 12), d.start)) && d.type === "date") continue;
      out.push({ d, value });
    }
    return out;
  });
}

/** The gathering dates of a sentence split by precision (day, month), each in text order (once per sentence). */
function datesByPrecision(ctx: RecordContext, sentence: Span): DateHit[][] {
  return perSpan(ctx, "datesByPrecision", sentence, () => {
    const tiers = new Map<number, DateHit[]>();
    for (const x of gatheringDates(ctx, sentence)) {
      const p = precision(x.value);
      let list = tiers.get(p);
      if (!list) { list = []; tiers.set(p, list); }
      list.push(x);
    }
    return [...tiers.values()];
  });
}

const HEUTE = new SpanTest(/\b(?:[Hh]eute|[Hh]eutigen)\b/u);

/** "heute" in a sentence (once per sentence). */
function heuteIn(ctx: RecordContext, sentence: Span): RegExpExecArray | null {
  return perSpan(ctx, "heute", sentence, () => execIn(ctx, HEUTE, sentence.start, sentence.end));
}

/**
 * The date of a mention: the most precise calendar date in its sentence, nearest first. Per
 * precision only the nearest date before and after the mention can win, found by bisection.
 */
function mentionDate(ctx: RecordContext, sentence: Span, at: Span): { value: string; span: Span } | null {
  const candidates: DateHit[] = [];
  for (const tier of datesByPrecision(ctx, sentence)) {
    let lo = 0, hi = tier.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tier[mid]!.d.start < at.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) candidates.push(tier[lo - 1]!);
    if (lo < tier.length) candidates.push(tier[lo]!);
  }
  candidates.sort((a, b) => a.d.start - b.d.start);
  let best: { value: string; span: Span; score: number } | null = null;
  for (const { d, value } of candidates) {
    const distance = d.start >= at.end ? d.start - at.end : at.start - d.end;
    const score = precision(value) * 1000 - Math.max(0, distance);
    if (!best || score > best.score) best = { value, span: { start: d.start, end: d.end }, score };
  }
  // A gathering is dated by its day; a clock time ("…T09:00") only refines it.
  if (best) return { value: best.value.slice(0, 10), span: best.span };
  const inRange = weekdayInRange(ctx, sentence, at);
  if (inRange) return inRange;
  const heute = ctx.anchorDate ? heuteIn(ctx, sentence) : null;
  if (heute && ctx.anchorDate) {
    const s = sentence.start + heute.index;
    return { value: ctx.anchorDate, span: { start: s, end: s + heute[0].length } };
  }
  return null;
}

const DECISION_SCAN = new TextScan(new RegExp(DECISION_CUES, "gu"));
// A deciding body named with an article or "im/vom": "im Bauausschuss", "Der Kreistag", "des Gemeinderats".
const BODY_WORD = new SpanTest(new RegExp(String.raw`(?<![\p{L}])(?:im|vom|beim|der|des|dem|den|Der|Im)\s+((?:\p{Lu}\p{L}*)?(?:${COUNCIL_HEADS.join("|")})(?:es|s)?)(?![\p{L}])`, "iu"));

/**
 * A decision of a council or committee with a day date is its sitting: "Der Beschluss
 * fiel am Montag, 2. März, im Bauausschuss", "Der Kreistag hat am 3. Mai
 * beschlossen". The body's word stands for the sitting (kind "Sitzung"); it counts only with a
 * day date, and the body organises it.
 */
function decidingBodies(ctx: RecordContext): RawMention[] {
  const { text } = ctx;
  const out: RawMention[] = [];
  let lastSentence = -1;
  for (const d of ctx.words.all(DECISION_SCAN)) {
    const sentence = sentenceAt(ctx, d.index);
    if (sentence.start === lastSentence) continue;
    lastSentence = sentence.start;
    const from = Math.max(sentence.start, d.index - 200), to = Math.min(sentence.end, d.index + 200);
    for (const b of matchesIn(ctx, BODY_WORD, from, to)) {
      const noun = b[1]!;
      if (!/^\p{Lu}/u.test(noun)) continue;
      const start = from + b.index + b[0].length - noun.length;
      out.push(rawMention(start, start + noun.length, "Sitzung", false, false, false, true, true));
      break;
    }
  }
  return out;
}

// "am Sonntagmittag", "am Montag": a weekday named for the gathering.
const WEEKDAY = new SpanTest(/\b(?:am|ab)\s+(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:abend|morgen|vormittag|nachmittag|mittag)?\b/iu);
const WEEKDAY_INDEX: Readonly<Record<string, number>> = { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6 };

/**
 * "vom 12. bis 14. September … Beim Empfang am Sonntagmittag": a weekday named within 80 characters of
 * the mention that falls on exactly one day of a stated range (up to two weeks) in its sentence or
 * the three before. Only when the sentence states no date of its own.
 */
function weekdayInRange(ctx: RecordContext, sentence: Span, at: Span): { value: string; span: Span } | null {
  const { text } = ctx;
  const from = Math.max(sentence.start, at.start - 80), to = Math.min(sentence.end, at.end + 80);
  const w = execIn(ctx, WEEKDAY, from, to);
  if (!w) return null;
  const weekday = WEEKDAY_INDEX[w[1]!.toLowerCase()]!;
  const i = indexAt(ctx.sentences, sentence.start);
  const reach: Span = { start: i >= 3 ? ctx.sentences[i - 3]!.start : i > 0 ? ctx.sentences[0]!.start : sentence.start, end: sentence.end };
  // Bounded to 800 characters before the mention, however long the sentences.
  for (const { item: d } of ctx.dateList.within(Math.max(reach.start, at.start - 800), reach.end).reverse()) {
    if (d.type !== "range" || precision(d.from) !== 3 || precision(d.to) !== 3) continue;
    const a = Date.parse(d.from!.slice(0, 10)), b = Date.parse(d.to!.slice(0, 10));
    if (!(b >= a) || b - a > 14 * 86400000) continue;
    const days: string[] = [];
    for (let t = a; t <= b; t += 86400000) if (new Date(t).getUTCDay() === weekday) days.push(new Date(t).toISOString().slice(0, 10));
    if (days.length === 1) {
      const start = from + w.index;
      return { value: days[0]!, span: { start, end: start + w[0].length } };
    }
  }
  return null;
}

/** A mention before its sentence and date are known (one shape for all kinds: the objects stay alike for the engine). */
function rawMention(start: number, end: number, kind: string, generic: boolean, plural: boolean, verb: boolean, framed: boolean, body: boolean): RawMention {
  return { start, end, kind, generic, plural, verb, framed, body };
}

export function findMeetingMentions(ctx: RecordContext, projects: ProjectFound[]): MeetingMention[] {
  const { text } = ctx;
  const raw: RawMention[] = [];
  for (const m of tokensHolding(text, ctx.words, WORD_RE, MEETING_HEAD_HIT_RE)) {
    if (text[m.index + m[0].length] === "-") continue; // first part of a hyphenated compound
    const hit = matchHead(m[0]);
    if (!hit) continue;
    raw.push(rawMention(m.index, m.index + m[0].length, hit.kind, hit.bare && !!hit.head.generic, hit.plural, false, false, false));
  }
  const phraseHits = PHRASE_SET.scanText(ctx);
  for (let k = 0; k < PHRASE_SET.cues.length; k++) {
    const p = PHRASE_SET.cues[k]!;
    for (const m of phraseHits[k]!) {
      raw.push(rawMention(m.index, m.index + m[0].length, p.kind, false, false, false, false, false));
    }
  }
  const verbHits = VERB_SET.scanText(ctx);
  for (let k = 0; k < VERB_SET.cues.length; k++) {
    const v = VERB_SET.cues[k]!;
    for (const m of verbHits[k]!) {
      if (!/^\p{Ll}/u.test(m[0])) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      if (!GATHERING_VERB_KINDS.has(v.kind) && !actVerbReports(ctx, span)) continue;
      raw.push(rawMention(span.start, span.end, v.kind, v.kind === "Treffen", false, true, false, false));
    }
  }
  raw.push(...framedNouns(ctx), ...decidingBodies(ctx));
  const notMeeting = ctx.words.all(NOT_A_MEETING_SCAN).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const projectNames = mergedSpans(projects.flatMap((p) => p.nameSpans));
  const out: MeetingMention[] = [];
  // Accepted mentions are in start order and never overlap: one running end is the overlap check.
  let acceptedEnd = -1;
  for (const r of raw.sort((a, b) => a.start - b.start)) {
    if (r.start < acceptedEnd) continue;
    if (overlapsAny(notMeeting, r)) continue;
    if (insideAny(projectNames, r)) continue;
    // Inside a quotation only as the quotation's first word ("„Runder Tisch – Ehrenamt“").
    const q = quoteAt(ctx, r.start);
    if (q && r.start !== q.start) continue;
    // A title reads as one sentence even across its line breaks.
    const sentence = ctx.title && inside(r, ctx.title) ? ctx.title : sentenceAt(ctx, r.start);
    const { start, end, kind, generic, plural, verb, framed, body } = r;
    out.push({ start, end, kind, generic, plural, verb, framed, body, sentence, date: mentionDate(ctx, sentence, r) });
    acceptedEnd = r.end;
  }
  return out;
}

const EVENT_CUE = new SpanTest(/\b(?:statt(?:finden|gefunden|fand|fanden|finden)?|teil(?:genommen)?|nahmen|nimmt|nehmen|eröffnet\w*|begrüßt\w*|eingeladen|luden|lädt|Teilnehm\w*|Gäste|Gastgeber\w*)\b/u);
const PRESENCE_BEFORE = /\b(?:[Aa]uf|[Bb]ei|[Bb]eim|[Zz]um|[Zz]ur|[Ww]ährend|[Aa]nlässlich|Rande|Rahmen|[Nn]ach|[Aa]n)\b[^.!?]{0,25}$/u;

const FIGURATIVE = new SpanTest(new RegExp(FIGURATIVE_OBJECTS, "u"));
// An article right before a participle makes it an attribute ("die unterzeichnete Vereinbarung").
const ARTICLE_BEFORE = /\b(?:der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines)\s+$/iu;

/**
 * An act verb ("übergab", "unterzeichneten", "eröffnete") reports a gathering when it is no
 * attribute, stands outside quoted speech and has no figurative object in its clause
 * ("eröffnet neue Perspektiven").
 */
function actVerbReports(ctx: RecordContext, verb: Span): boolean {
  const { text } = ctx;
  if (ARTICLE_BEFORE.test(text.slice(Math.max(0, verb.start - 12), verb.start))) return false;
  if (inSpeech(ctx, verb.start)) return false;
  const sentence = sentenceAt(ctx, verb.start);
  return !testIn(ctx, FIGURATIVE, Math.max(sentence.start, verb.start - 80), Math.min(sentence.end, verb.end + 80));
}

const INVITATION_SCAN = new TextScan(new RegExp(INVITATION_VERBS, "gu"));
const TAKING_PLACE_SCAN = new TextScan(new RegExp(TAKING_PLACE, "gu"));
const STATT = new SpanTest(/\bstatt\b/u);
const NICHT = new SpanTest(/\bnicht\b/u);
// "zum Frühlingsempfang", "zur dritten Lesung", "zu einem Sommerfest": the noun after zu(m/r).
const AFTER_ZU = /\bzu(?:m|r|\s+(?:einem|einer|dem|der|den))\s+(?:(?:\d+\.|\p{Ll}+)\s+){0,2}(\p{Lu}[\p{L}-]*\p{L})/gu;
// The subject of an intransitive "findet … statt": an article that follows no preposition, then the noun.
const SUBJECT_NP = /(?<![\p{L}])(?:der|die|das|ein|eine|Der|Die|Das|Ein|Eine)\s+(?:(?:\d+\.|\p{Ll}+)\s+){0,2}(\p{Lu}[\p{L}-]*\p{L})/gu;
/**
 * A relative clause running up to the verb (", der/die/das …", no other comma after it), and the noun it
 * refers to (group 1, when there is one): the last capitalised word before the comma, up to two small
 * words before it ("am Workshop teil, der …").
 */
const RELATIVE_CLAUSE_BEFORE = /(?:(\p{Lu}[\p{L}-]*\p{L})(?:\s+\p{Ll}+){0,2})?,\s+(?:der|die|das)\s[^,]*$/u;
const PREPOSITION_BEFORE = /\b(?:in|im|an|am|auf|bei|beim|mit|von|vom|zu|zum|zur|nach|für|über|unter|vor|hinter|zwischen|durch|gegen|ohne|um|aus|seit|während|wegen|trotz|statt)\s+$/iu;

/**
 * Gathering nouns read off verb frames rather than off a head list: the noun after "zum/zur"
 * beside an invitation ("lädt zur Lesung ein") and the subject of "findet … statt" ("Am
 * Freitag findet die Kinderolympiade statt"). An open class: they count only with a day date.
 */
function framedNouns(ctx: RecordContext): RawMention[] {
  const { text } = ctx;
  const out: RawMention[] = [];
  const push = (start: number, noun: string) => {
    const lower = noun.toLowerCase();
    if (NOT_GATHERING_AFTER_ZU.has(lower) || notGathering(lower)) return;
    out.push(rawMention(start, start + noun.length, noun, false, false, false, true, false));
  };
  for (const v of ctx.words.all(INVITATION_SCAN)) {
    const sentence = sentenceAt(ctx, v.index);
    const from = Math.max(sentence.start, v.index - 120), to = Math.min(sentence.end, v.index + v[0].length + 120);
    AFTER_ZU.lastIndex = 0;
    const stretch = text.slice(from, to);
    for (const m of execAll(AFTER_ZU, stretch)) {
      const noun = m[1]!;
      push(from + m.index + m[0].length - noun.length, noun);
    }
  }
  for (const v of ctx.words.all(TAKING_PLACE_SCAN)) {
    const verbEnd = v.index + v[0].length;
    const sentence = sentenceAt(ctx, v.index);
    // "findet … statt" needs its particle; "stattfinden" carries it.
    if (!v[0].startsWith("statt") && !testIn(ctx, STATT, verbEnd, Math.min(sentence.end, verbEnd + 120))) continue;
    if (testIn(ctx, NICHT, Math.max(sentence.start, v.index - 60), Math.min(sentence.end, verbEnd + 60))) continue;
    const from = Math.max(sentence.start, v.index - 120), to = Math.min(sentence.end, verbEnd + 120);
    // "…am Workshop teil, der am Freitag stattfand": the subject is the relative pronoun, so the noun it refers to
    const relative = RELATIVE_CLAUSE_BEFORE.exec(text.slice(from, v.index));
    if (relative) {
      if (relative[1]) push(from + relative.index, relative[1]);
      continue;
    }
    for (const m of execAll(SUBJECT_NP, text.slice(from, to))) {
      const at = from + m.index;
      if (PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, at - 12), at))) continue;
      const noun = m[1]!;
      push(from + m.index + m[0].length - noun.length, noun);
      break;
    }
  }
  return out;
}

/** What `reported` reads off a mention's sentence, once per sentence. */
function sentenceCues(ctx: RecordContext, sentence: Span): { generic: boolean; event: boolean; entity: boolean; dayStated: boolean } {
  return perSpan(ctx, "reportCues", sentence, () => {
    const { start, end } = sentence;
    return {
      generic: testIn(ctx, GENERIC_MEETING_CONTEXT_TEST, start, end),
      event: testIn(ctx, EVENT_CUE, start, end),
      entity: ctx.personMentions.anyInside(sentence) || ctx.orgMentions.anyInside(sentence),
      dayStated: testIn(ctx, DAY_STATED, start, end),
    };
  });
}

/** The clause around a mention (between commas, semicolons or colons), at most 120 characters each side. */
function clauseAround(ctx: RecordContext, m: MeetingMention): string {
  const { text } = ctx;
  const before = text.slice(Math.max(m.sentence.start, m.start - 120), m.start);
  const after = text.slice(m.end, Math.min(m.sentence.end, m.end + 120));
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
  const stop = after.search(/[,;:]/u);
  return before.slice(cut + 1) + text.slice(m.start, m.end) + (stop < 0 ? after : after.slice(0, stop));
}

/** A mention that reports an event rather than naming a kind of event in general. */
function reported(ctx: RecordContext, m: MeetingMention): boolean {
  if (m.plural) return false;
  const cues = sentenceCues(ctx, m.sentence);
  // "trifft sich regelmäßig", "jährliche Fachtag": a habit, not one gathering (read in the mention's own clause).
  if (!m.date && cues.generic && GENERIC_MEETING_CONTEXT_RE.test(clauseAround(ctx, m))) return false;
  // A reporting verb needs a dated or named actor ("Schüler, die das Gymnasium besuchten" is no visit).
  if (m.verb) return !!m.date || (ctx.title !== null && inside(m, ctx.title)) || cues.entity;
  if (ctx.title && inside(m, ctx.title)) return true;
  // A stated day ("am 27. September") dates an event even when no year anchors it.
  if (cues.event || cues.dayStated) return true;
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
    if ((m.plural || m.framed) && precision(m.date.value) < 3) continue;
    let c = byDate.get(m.date.value);
    if (!c) {
      c = { mentions: [], date: m.date.value, dateSpan: m.date.span };
      byDate.set(m.date.value, c);
      clusters.push(c);
    }
    c.mentions.push(m);
  }
  const undated = mentions.filter((m) => !m.date && !m.plural && !m.framed);
  if (clusters.length) {
    // An undated mention is the meeting named last before it ("An dem Treffen …"), or the first one after a title mention.
    const dated = clusters.flatMap((c) => c.mentions.map((x) => ({ c, x }))).sort((a, b) => a.x.start - b.x.start);
    let k = -1;
    for (const m of undated) {
      while (k + 1 < dated.length && dated[k + 1]!.x.start < m.start) k++;
      (k >= 0 ? dated[k]! : dated[0]!).c.mentions.push(m);
    }
  } else if (undated.some((m) => reported(ctx, m))) {
    // The release names one gathering and dates none of its mentions: the date is often next door.
    clusters.push({ mentions: undated, date: null, dateSpan: null, ...neighbourDate(ctx, undated) });
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
  // A dated cluster needs one mention that reports the event, or a day-precise date.
  return clusters.filter((c) => c.mentions.some((m) => reported(ctx, m) || (m.date && precision(m.date.value) === 3)));
}

/** Day-precise dates that can date a gathering in `sentence`, other than the release's own date stamp (once per sentence). */
function dayDates(ctx: RecordContext, sentence: Span): DateHit[] {
  return perSpan(ctx, "dayDates", sentence, () => gatheringDates(ctx, sentence).filter((x) => precision(x.value) === 3 && !isReleaseStamp(ctx, x.d)
    && !DEADLINE_BEFORE.test(ctx.text.slice(Math.max(sentence.start, x.d.start - 40), x.d.start))));
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
  const isBody = (s: Span) => (!ctx.title || s.start >= ctx.title.end) && !(ctx.dateline && inside(s, ctx.dateline));
  const body = ctx.sentences.filter(isBody);
  const bodyIndex = new Map(body.map((s, i) => [s.start, i]));
  for (const m of mentions) {
    const titled = ctx.title !== null && inside(m, ctx.title);
    const i = bodyIndex.get(m.sentence.start) ?? -1;
    const candidates = titled ? body.slice(0, 2) : i >= 0 ? [body[i - 1], body[i + 1]] : [];
    for (const s of candidates) {
      const hit = pick(s);
      if (hit) return hit;
    }
  }
  const first = body[0];
  if (!first) return {};
  const lead = paragraphAt(ctx, first.start);
  const leadDates = sentencesIn(ctx, lead).filter(isBody).flatMap((s) => dayDates(ctx, s).map((x) => ({ ...x, s })));
  if (new Set(leadDates.map((x) => x.value.slice(0, 10))).size !== 1) return {};
  return pick(leadDates[0]!.s) ?? {};
}

// "in X", "im Gemeindehaus X", "in der Stadtbibliothek X", "ins Rathaus X": the place after a preposition, past a venue noun.
const PLACE_PREP = new RegExp(String.raw`\b(?:in|im|ins|ab|nach|bei|beim|auf)\s+(?:(?:der|dem|des)\s+)?(?:\p{L}+e[nrs]?\s+)?(?:(?:Stadt|Gemeinde|Kreis|Landkreis|Hansestadt|Landeshauptstadt|Schloss|Kloster|Burg|\p{Lu}\p{Ll}*(?:${VENUE_NOUNS.join("|")})|${VENUE_NOUNS.map((v) => v[0]!.toUpperCase() + v.slice(1)).join("|")})\s+)?$`, "u");
// A venue noun and a proper name after a preposition: "ins Gemeindehaus Talstedt", "im Stadttheater Talstadt".
const NAMED_VENUE = new RegExp(String.raw`\b(?:in|im|ins)\s+(?:(?:der|dem|das|die)\s+)?((?:\p{Lu}\p{Ll}*(?:${VENUE_NOUNS.join("|")})|${VENUE_NOUNS.map((v) => v[0]!.toUpperCase() + v.slice(1)).join("|")})\s+\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}-])`, "u");
// A visit names the place it went to as its object: "besuchte … den Bezirk X", "Besuch der Schule X".
const VISIT_OBJECT = /\b(?:den|die|das|der|des|dem)\s+(?:(?:Stadt|Gemeinde|Bezirk|Kreis|Landkreis|Region|Kanton)\s+)?$/u;

/** Place mentions that can say where a gathering was: not states or countries (once per release). */
function venueCandidates(ctx: RecordContext): SpanList<Place> {
  return perSpan(ctx, "venueCandidates", { start: 0, end: 0 }, () =>
    new SpanList(ctx.placeMentions.items.filter((p) => p.item.type !== "state" && p.item.type !== "country")));
}

function meetingPlace(ctx: RecordContext, c: MeetingCluster): string | null {
  const { text } = ctx;
  const candidates = venueCandidates(ctx);
  const ordered = [...c.mentions].sort((a, b) => Number(!!b.date) - Number(!!a.date) || a.start - b.start);
  for (const m of ordered) {
    const q = quoteAt(ctx, m.start);
    // "fand in X eine Tagung statt", "hat … im Rathaus in X übergeben": the whole sentence is about the gathering's where and when.
    const statt = m.verb || perSpan(ctx, "statt", m.sentence, () => testIn(ctx, STATT, m.sentence.start, m.sentence.end));
    const from = statt ? m.sentence.start : q && q.start === m.start ? q.end + 1 : m.end;
    const reach = statt ? m.sentence.end : Math.min(m.sentence.end, from + 90);
    const nextQuote = statt ? undefined : quoteStartingIn(ctx, from, reach);
    const to = nextQuote ? nextQuote.start - 1 : reach;
    const visit = m.kind === "Besuch";
    const find = () => candidates.find(from, to, to, (p) => !quoteAt(ctx, p.span.start)
      && (PLACE_PREP.test(text.slice(Math.max(from, p.span.start - 60), p.span.start))
        || (visit && ((VISIT_OBJECT.test(text.slice(Math.max(from, p.span.start - 30), p.span.start)) && !insideBody(ctx, p.span)) || visitedBodyPlace(ctx, m, p.span))))
      && !ORIGIN_BEFORE.test(text.slice(Math.max(from, p.span.start - 40), p.span.start))
      && !describesBody(ctx, p.span));
    // Every mention of a "statt" sentence reads the same stretch: once per sentence.
    const hit = statt ? perSpan(ctx, "sentenceVenue", m.sentence, find) : find();
    if (hit) return hit.item.name;
    // "ins Gemeindehaus Talstedt" with a town no gazetteer knows: the named venue itself.
    if (m.date) {
      const named = () => {
        const venue = NAMED_VENUE.exec(text.slice(from, to));
        return venue && !ctx.placeMentions.anyInside({ start: from + venue.index, end: from + venue.index + venue[0].length }) ? venue[1]! : null;
      };
      const venue = statt ? perSpan(ctx, "namedVenue", m.sentence, named) : named();
      if (venue) return venue;
    }
  }
  // A date borrowed from the next sentence often comes with the venue: "am Dienstag, 25. Juni, im Bürgerhaus X".
  const ds = c.dateSentence;
  if (ds) {
    const hit = perSpan(ctx, "sentenceVenue", ds, () => candidates.find(ds.start, ds.end, ds.end, (p) => !quoteAt(ctx, p.span.start)
      && PLACE_PREP.test(text.slice(Math.max(ds.start, p.span.start - 60), p.span.start))
      && !ORIGIN_BEFORE.test(text.slice(Math.max(ds.start, p.span.start - 40), p.span.start))
      && !describesBody(ctx, p.span)));
    if (hit) return hit.item.name;
  }
  return datelinePlace(ctx);
}

// "die Kapelle aus Dorfen in Bergland": where a guest comes from, not where the gathering is.
const ORIGIN_BEFORE = /\baus\s+[\p{L}.-]+(?:\s+[\p{L}.-]+)?\s+in\s+$/u;

/** A place inside a body's name ("die Bergland Rotor GmbH"). */
function insideBody(ctx: RecordContext, place: Span): boolean {
  return ctx.orgMentions.some(place.start - 300, place.start + 1, Number.MAX_SAFE_INTEGER, (o) => o.span.start <= place.start && o.span.end >= place.end);
}

/** "Besuch der Pflegeschule Talheim": a place inside the name of the visited body, right after the visit noun. */
function visitedBodyPlace(ctx: RecordContext, m: Span, place: Span): boolean {
  const o = ctx.orgMentions.find(m.end, m.end + 12, Number.MAX_SAFE_INTEGER, () => true);
  return !!o && o.span.start < place.start && o.span.end >= place.end
    && /^\s+(?:des|der|im|in\s+der|beim|bei\s+der)\s+$/u.test(ctx.text.slice(m.end, o.span.start));
}

/**
 * "die Partner des Netzwerks in Bergland": a place inside or right after a body
 * that is only a genitive attribute names where the body is, not where the
 * meeting was. A visited body's place ("besuchte das Zentrum in X") counts.
 */
function describesBody(ctx: RecordContext, place: Span): boolean {
  // Bodies holding the place, or ending just before it ("… in der"): their names stay short.
  return ctx.orgMentions.some(place.start - 300, place.start + 1, Number.MAX_SAFE_INTEGER, (m) => {
    const attached = (m.span.start < place.start && m.span.end >= place.end)
      || (m.span.end <= place.start && place.start - m.span.end <= 40 && /^\s+(?:in|im)\s+(?:der\s+|dem\s+)?$/u.test(ctx.text.slice(m.span.end, place.start)));
    return attached && /\p{Lu}\p{L}+\s+(?:des|der|eines|einer)\s+$/u.test(ctx.text.slice(Math.max(0, m.span.start - 40), m.span.start));
  });
}

/**
 * With nothing else to go by, a body sits where its name says: the town in the organiser's name
 * ("Stadtvertretung der Stadt Talheim" meets in Talheim). Towns only.
 */
function organiserSeat(ctx: RecordContext, organisers: string[]): string | null {
  if (!organisers.length) return null;
  const wanted = new Set(organisers);
  for (const o of ctx.orgMentions.items) {
    if (!wanted.has(o.item.name)) continue;
    const p = ctx.placeMentions.find(o.span.start, o.span.end, o.span.end, (x) => x.item.type === "municipality");
    if (p) return p.item.name;
  }
  return null;
}

function datelinePlace(ctx: RecordContext): string | null {
  const d = ctx.dateline;
  if (!d) return null;
  const inLine = ctx.placeMentions.inside(d).filter((p) => p.item.type !== "country");
  // "Kreis A/Stadt B (pm)": a dateline of several places does not say where the meeting was.
  if (new Set(inLine.map((p) => p.item.name)).size > 1) return null;
  if (inLine[0]) return inLine[0].item.name;
  return null;
}

/** What the organiser rules share across a release's meetings (built once in assembleMeetings). */
interface MeetingScope {
  /** Every accepted gathering mention, in text order. */
  mentions: SpanList<MeetingMention>;
  /** Project name spans, merged: a body inside a project's name organises nothing. */
  projectNames: Span[];
  /** Every mention of a project (name or referring noun) with the project's index. */
  projectMentions: SpanList<number>;
  projects: ProjectFound[];
}

// Lists on a record stay readable; a release naming more bodies or people for one gathering is a list, not a record.
const MAX_ORGANISERS = 12;
const MAX_PARTICIPANTS = 40;
// How far from a mention, in sentences of its paragraph, an organiser cue is read.
const PARAGRAPH_REACH = 8;

/** Bodies an organiser cue in `s` names (once per sentence). */
function organiserCueNames(ctx: RecordContext, s: Span, scope: MeetingScope): string[] {
  return perSpan(ctx, "organiserCues", s, () => {
    const { text } = ctx;
    if (!ctx.orgMentions.anyInside(s)) return [];
    const hits = ORGANISER_CUE_SET.scanSpan(ctx, s);
    if (hits.every((h) => !h.length)) return [];
    const inSentence = ctx.orgMentions.inside(s).filter((o) => !insideAny(scope.projectNames, o.span) && !quoteAt(ctx, o.span.start));
    if (!inSentence.length) return [];
    const names = new Set<string>();
    // "luden X gemeinsam mit Y zum Gespräch ein": the hosts stand before the gathering noun.
    const trigger = scope.mentions.find(s.start, s.end, s.end, () => true);
    const firstFrom = (pos: number) => {
      let lo = 0, hi = inSentence.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (inSentence[mid]!.span.start < pos) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    for (let k = 0; k < ORGANISER_CUES.length; k++) {
      const cue = ORGANISER_CUES[k]!;
      for (const m of hits[k]!) {
        if (names.size >= MAX_ORGANISERS) break;
        const cs = s.start + m.index, ce = cs + m[0].length;
        if (cue.side === "after") {
          const i = firstFrom(ce);
          const first = inSentence[i];
          if (!first || first.span.start - ce > 60) continue;
          names.add(first.item.name);
          let last = first.span;
          for (let j = i + 1; j < inSentence.length && j <= i + MAX_ORGANISERS; j++) {
            const o = inSentence[j]!;
            if (o.span.start <= last.start) continue;
            if (/^\s*(?:,|und|sowie|&)\s*(?:der|dem|des|die|das|den)?\s*$/u.test(text.slice(last.end, o.span.start))) { names.add(o.item.name); last = o.span; } else break;
          }
        } else {
          const limit = Math.min(trigger && trigger.span.start > ce ? trigger.span.start : ce + 80, ce + 300);
          for (let j = firstFrom(cs - 300); j < inSentence.length; j++) {
            const o = inSentence[j]!;
            if (o.span.start >= limit) break;
            const before = o.span.end <= cs && cs - o.span.end <= 60;
            const between = o.span.start >= ce && o.span.end <= limit;
            if (before || between) names.add(o.item.name);
          }
        }
      }
    }
    return [...names];
  });
}

function meetingOrganisers(ctx: RecordContext, c: MeetingCluster, kind: string, scope: MeetingScope): string[] {
  const { text } = ctx;
  const out: string[] = [];
  const add = (n: string) => { if (out.length < MAX_ORGANISERS && !out.includes(n)) out.push(n); };
  // Sentences that may name the organiser: the mentions' own, and the other sentences of their paragraphs.
  const sentences = new Map<number, Span>();
  for (const m of c.mentions) {
    sentences.set(m.sentence.start, m.sentence);
    const para = paragraphAt(ctx, m.start);
    const at = indexAt(ctx.sentences, m.start);
    const from = at >= 0 ? Math.max(0, at - PARAGRAPH_REACH) : 0;
    const to = at >= 0 ? Math.min(ctx.sentences.length, at + PARAGRAPH_REACH + 1) : 0;
    for (let i = from; i < to; i++) {
      const s = ctx.sentences[i]!;
      if (inside(s, para)) sentences.set(s.start, s);
    }
  }
  for (const s of sentences.values()) {
    for (const n of organiserCueNames(ctx, s, scope)) add(n);
  }
  // "Die X hat am Donnerstag … eröffnet", "Mit dem Preis hat die X am … ausgezeichnet": the subject of the dating sentence
  // (or of the title that names the gathering: "Verein ehrt bei Festakt …").
  const titled = ctx.title && c.mentions.some((m) => inside(m, ctx.title!)) ? [ctx.title] : [];
  const dating = [...(c.dateSentence ? [c.dateSentence] : []), ...c.mentions.filter((m) => m.date).map((m) => m.sentence), ...titled];
  for (const s of dating) {
    const subject = subjectOrganiser(ctx, s, scope);
    if (subject) add(subject);
  }
  for (const m of c.mentions) {
    // "Der Ausschuss hat in seiner Sitzung …", "Der Ausschuss tagt am …": the subject holds its own sitting.
    if ((!m.verb && POSSESSIVE_BEFORE.test(text.slice(Math.max(m.sentence.start, m.start - 40), m.start))) || (m.verb && m.kind === "Sitzung")) {
      const subject = subjectOf(ctx, m.sentence, (o) => insideAny(scope.projectNames, o.span));
      if (subject) add(subject);
    }
    // "…, den die IHK am Mittwoch feierte", "das Bundesamt, das sein Bestehen mit einem Festakt feierte".
    if (!m.verb || testIn(ctx, HOST_VERB, m.start, m.end)) {
      const host = relativeHost(ctx, m, scope);
      if (host) add(host);
    }
    // "Der Beschluss fiel im Bauausschuss": the deciding body holds the sitting.
    if (m.body) for (const o of ctx.orgMentions.within(m.start - 200, m.end, Number.MAX_SAFE_INTEGER)) {
      if (o.span.start <= m.start && o.span.end >= m.end) add(o.item.name);
    }
  }
  // "Klausurtagung der Arbeitsgemeinschaft …", "Sitzung des Ausschusses …": the body holding it.
  for (const m of c.mentions) {
    // Only the gathering the record is named after: "Eröffnung … und Sitzung des Ausschusses" keeps the committee out.
    if (m.verb || m.kind !== kind) continue;
    const o = ctx.orgMentions.find(m.end, m.end + 40, Number.MAX_SAFE_INTEGER,
      (x) => !insideAny(scope.projectNames, x.span) && /^[“”"«»\s]*(?:des|der)\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(m.end, x.span.start)));
    if (o) add(o.item.name);
  }
  return out;
}

// Verbs of hosting, launching, awarding or celebrating: their subject holds the gathering.
const HOST_VERB = new SpanTest(/\b(?:eingeladen|lädt|laden|lud|luden|gestartet|eröffnet|eröffnete|eröffneten|veranstaltet|ausgerichtet|organisiert|ausgezeichnet|verliehen|verleiht|verlieh|empfangen|empfing|empfingen|begrüßt|feierte|feierten|feiert|gefeiert|ehrt|ehrte|ehrten|geehrt|würdigt|würdigte|gewürdigt|veranstaltete|veranstalteten|organisierte|organisierten|begrüßte|begrüßten)\b/u);
// "in seiner Sitzung", "bei ihrer Klausurtagung": the gathering belongs to the sentence's subject.
const POSSESSIVE_BEFORE = /\b(?:in|bei|auf|während|nach|zu)\s+(?:seiner|ihrer|seinem|ihrem)\s+(?:\p{Ll}+\s+)?$/u;
// A relative clause whose subject is a body: ", den die X … feierte" (the body after pronoun and article).
const RELATIVE_OBJECT = new SpanTest(/,\s*(?:den|die|das|dem|welchen|welche|welches)\s+(?:der|die|das)\s+/u);
// A relative clause whose pronoun is the subject: "die X, das sein Jubiläum … feierte" (the body before the comma).
const RELATIVE_SUBJECT = new SpanTest(/,\s*(?:der|die|das|welcher|welche|welches)\s+(?!(?:der|die|das|den|dem)\b)/u);

/**
 * The body hosting a gathering reported inside a relative clause: the subject after the relative
 * pronoun (", den die IHK am Mittwoch … feierte"), or the antecedent of a subject pronoun ("das
 * Bundesamt, das sein Bestehen mit einem Festakt feierte"). Only with a hosting verb in that
 * clause, read up to 200 characters before the mention and to the clause's end after it.
 */
function relativeHost(ctx: RecordContext, m: MeetingMention, scope: MeetingScope): string | null {
  const { text } = ctx;
  const s = m.sentence;
  const from = Math.max(s.start, m.start - 200);
  const rest = text.slice(m.end, Math.min(s.end, m.end + 120));
  const stop = rest.search(/[;]|,\s+(?:und|aber|doch|sondern)\b/u);
  const clauseEnd = m.end + (stop < 0 ? rest.length : stop);
  const usable = (o: { span: Span }) => !insideAny(scope.projectNames, o.span);
  const lastMatch = (t: SpanTest) => matchesIn(ctx, t, from, m.start).at(-1);
  const obj = lastMatch(RELATIVE_OBJECT);
  if (obj) {
    const at = from + obj.index + obj[0].length;
    const o = ctx.orgMentions.find(at, at + 1, Number.MAX_SAFE_INTEGER, usable);
    if (o && testIn(ctx, HOST_VERB, o.span.end, clauseEnd)) return o.item.name;
  }
  const subj = lastMatch(RELATIVE_SUBJECT);
  if (subj) {
    const comma = from + subj.index;
    const o = ctx.orgMentions.within(Math.max(s.start, comma - 200), comma + 1, comma).filter((x) => x.span.end === comma && usable(x)).at(-1);
    if (o && testIn(ctx, HOST_VERB, comma, clauseEnd)) return o.item.name;
  }
  return null;
}

/** The body that is the subject of a sentence reporting that it hosted, launched or awarded something (once per sentence). */
function subjectOrganiser(ctx: RecordContext, sentence: Span, scope: MeetingScope): string | null {
  return perSpan(ctx, "subjectOrganiser", sentence, () => testIn(ctx, HOST_VERB, sentence.start, sentence.end)
    ? subjectOf(ctx, sentence, (o) => insideAny(scope.projectNames, o.span)) : null);
}

function toRef(p: RecordContext["persons"][number]): PersonRef {
  const r = p.roles[0];
  return { name: p.name, role: r?.role ?? null, organisation: r?.organisation ?? null };
}

// Source, contact and credit lines name the press office, not who was there.
const CREDIT_LINE = /(?:^|\n)[ \t]*(?:Quelle|Kontakt|Pressekontakt|Ansprechpartner\w*|Foto|Fotos|Bild|Text|Autor\w*|Redaktion|V\.\s?i\.\s?S\.\s?d\.\s?P\.|Herausgeber\w*|Pressestelle)\b[^\n]*/iuy;
// A contact line: a telephone number or an e-mail address on it ("Dr. X, Pressesprecher, Tel.: 0421 …").
// (One test per alternative: the first two are tried only where their words are.)
const CONTACT_CUE = [/\b(?:Tel|Telefon|Fax|Mobil)\b\.?:?\s*[+(\d]/iu, /\bE-?Mail\b/iu, /[\w.-]@[\w-]+\.\w/iu].map((re) => new SpanTest(re));
// List items: lines opened by a bullet or a dash.
const LIST_ITEM = /(?:^|\n)[ \t]*[•\-–*·▪][ \t]+[^\n]*/uy;
// An intro line that says the listed people took part: "Es nahmen teil:", "Außerdem berichten:", "Gäste waren:".
const PARTICIPATION_INTRO = /\b(?:teil\w*|Teilnehm\w*|Gäste|Gast|dabei|anwesend|bericht\w*|sprach\w*|sprech\w*|Podium\w*|Redner\w*|Referent\w*|referier\w*|diskutier\w*|begrüß\w*|vor\s+Ort|kamen|vertreten|nahmen|eingeladen)\b/iu;

interface PersonList {
  span: Span;
  /** The line introducing the list says the listed people took part. */
  participation: boolean;
}

/** Bulleted lists of the release and whether their intro line reports participation (once per release). */
function personLists(ctx: RecordContext): PersonList[] {
  return perSpan(ctx, "personLists", { start: 0, end: 0 }, () => {
    const { text } = ctx;
    const out: PersonList[] = [];
    let block: Span | null = null;
    const close = () => {
      if (!block) return;
      const introEnd = text.lastIndexOf("\n", block.start - 1);
      const intro = introEnd < 0 ? "" : text.slice(text.lastIndexOf("\n", introEnd - 1) + 1, introEnd);
      out.push({ span: block, participation: /:\s*$/u.test(intro) && PARTICIPATION_INTRO.test(intro) });
      block = null;
    };
    for (const m of lineStartMatches(ctx, LIST_ITEM)) {
      const start = m.index + (m[0].startsWith("\n") ? 1 : 0), end = m.index + m[0].length;
      if (block && /^\s*$/u.test(text.slice(block.end, start))) block.end = end;
      else { close(); block = { start, end }; }
    }
    close();
    return out;
  });
}

/** Source, contact and credit lines of the release, in text order (once per release). */
function creditLines(ctx: RecordContext): Span[] {
  return perSpan(ctx, "credits", { start: 0, end: 0 }, () => {
    const spans = lineStartMatches(ctx, CREDIT_LINE).map((m) => ({ start: m.index, end: m.index + m[0].length }));
    // Contact lines, tested line by line (a regex spanning a whole line would rescan it from every offset).
    let start = 0;
    for (const end of [...ctx.lineBreaks, ctx.text.length]) {
      if (end - start < 300 && CONTACT_CUE.some((t) => testIn(ctx, t, start, end))) spans.push({ start, end });
      start = end + 1;
    }
    return mergedSpans(spans);
  });
}

/** The persons named in `s` outside credit lines, each once, in text order (once per sentence). */
function personsIn(ctx: RecordContext, s: Span): Person[] {
  return perSpan(ctx, "personsIn", s, () => {
    const credits = creditLines(ctx);
    const out = new Set<Person>();
    for (const m of ctx.personMentions.inside(s)) {
      if (out.size >= MAX_PARTICIPANTS) break;
      if (!insideAny(credits, m.span) && !represented(ctx, m.span)) out.add(m.item);
    }
    return [...out];
  });
}

// "in Vertretung von Ministerin X", "in Vertretung des Landrats X": X was represented, not present.
const REPRESENTED_BEFORE = new SpanTest(/\b[Ii]n\s+Vertretung\s+(?:von|vom|des|der|für)\s+(?:[\p{L}.-]+\s+){0,3}$/u);

/** A person mention that names someone who was represented by another. */
function represented(ctx: RecordContext, m: Span): boolean {
  return testIn(ctx, REPRESENTED_BEFORE, Math.max(0, m.start - 70), m.start);
}

function meetingParticipants(ctx: RecordContext, c: MeetingCluster, main: boolean, listed: Set<Person>): PersonRef[] {
  const first = c.mentions[0]!;
  const credits = creditLines(ctx);
  const chosen = new Set<Person>(listed);
  if (main) {
    // The release's first meeting: every person named from its first mention on (and in the title),
    // except those only in a list that does not say they took part ("Dem Beirat gehören an: …").
    const from = ctx.title && inside(first, ctx.title) ? ctx.title.start : first.sentence.start;
    const items = ctx.personMentions.items;
    const absent = new Set<Person>();
    const otherLists = personLists(ctx).filter((l) => !l.participation).map((l) => l.span);
    const take = (m: { item: Person; span: Span }) => {
      if (insideAny(credits, m.span) || insideAny(otherLists, m.span)) return;
      if (represented(ctx, m.span)) absent.add(m.item);
      else chosen.add(m.item);
    };
    for (let i = ctx.personMentions.firstFrom(from); i < items.length; i++) take(items[i]!);
    if (ctx.title) for (const m of ctx.personMentions.inside(ctx.title)) take(m);
    // Someone another person stood in for was not there, even when named again later.
    for (const p of absent) chosen.delete(p);
  } else {
    for (const m of c.mentions) for (const p of personsIn(ctx, m.sentence)) chosen.add(p);
  }
  return personOrder(ctx, chosen).slice(0, MAX_PARTICIPANTS).map(toRef);
}

/** Persons in the order of the release's person list. */
function personOrder(ctx: RecordContext, persons: Set<Person>): Person[] {
  const index = perSpan(ctx, "personIndex", { start: 0, end: 0 }, () => new Map(ctx.persons.map((p, i) => [p, i])));
  return [...persons].sort((a, b) => index.get(a)! - index.get(b)!);
}

/**
 * The project a meeting serves: one named where the meeting is dated or titled,
 * or in the sentence right after the dated one ("Anlass war die Vorstellung des
 * Projekts …"). A council's or committee's sitting decides about projects
 * without belonging to one.
 */
function meetingProject(ctx: RecordContext, c: MeetingCluster, scope: MeetingScope): string | null {
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
  // An undated gathering: the sentence after the one that reports it ("… trafen sich zum Austausch. Das Land setzt mit seiner Initiative …").
  if (!c.date) {
    const report = c.mentions.find((m) => reported(ctx, m) && (ctx.title === null || !inside(m, ctx.title)));
    const next = report ? nextSentence(ctx, report.sentence) : undefined;
    if (next) spans.push(next);
  }
  for (const s of spans) {
    // The first project (in the release's order) with a mention in the sentence.
    // The project named in the sentence; a sentence naming several ("die Programmeröffnungen ABF und SFX+") serves none of them alone.
    const hit = perSpan(ctx, "projectIn", s, () => {
      let best = -1;
      for (const m of scope.projectMentions.inside(s)) {
        if (scope.projects[m.item]!.plural) continue;
        if (best >= 0 && m.item !== best) return -2;
        best = m.item;
      }
      return best;
    });
    if (hit === -2) return null;
    if (hit >= 0) return scope.projects[hit]!.name;
  }
  return null;
}

// Verbs that report the gathering itself rather than an act at it.
const GATHERING_VERB_KINDS = new Set(["Treffen", "Besuch", "Sitzung"]);

export function assembleMeetings(ctx: RecordContext, projects: ProjectFound[]): { records: MeetingRecord[]; dateSpans: Span[] } {
  const mentions = findMeetingMentions(ctx, projects);
  const clusters = clusterMeetings(ctx, mentions);
  const scope: MeetingScope = {
    mentions: new SpanList(mentions.map((m) => ({ item: m, span: { start: m.start, end: m.end } }))),
    projectNames: mergedSpans(projects.flatMap((p) => p.nameSpans)),
    projectMentions: new SpanList(projects.flatMap((p, i) => p.mentions.map((m) => ({ item: i, span: { start: m.start, end: m.end } })))),
    projects,
  };
  // A list of people who took part belongs to the gathering mentioned last before it.
  const listed = new Map<MeetingCluster, Set<Person>>();
  const byStart = clusters.flatMap((c) => c.mentions.map((m) => ({ c, start: m.start }))).sort((a, b) => a.start - b.start);
  let k = -1;
  for (const l of personLists(ctx)) {
    while (k + 1 < byStart.length && byStart[k + 1]!.start < l.span.start) k++;
    if (!l.participation || k < 0) continue;
    const before = byStart[k]!;
    let set = listed.get(before.c);
    if (!set) { set = new Set(); listed.set(before.c, set); }
    for (const m of ctx.personMentions.inside(l.span)) if (set.size < MAX_PARTICIPANTS) set.add(m.item);
  }
  const records = clusters.map((c, i): MeetingRecord => {
    // The kind is the word of the mention that carries the date (else the first), unless that word is
    // a bare "Veranstaltung"/"Treffen" or a verb and the release also uses a more specific noun for it.
    const anchor = c.mentions.find((m) => m.date) ?? c.mentions.find((m) => reported(ctx, m)) ?? c.mentions[0]!;
    // A noun names the gathering better than a verb of an act at it ("eröffnet … bei der Einweihung");
    // "besuchte", "tagte" name the gathering itself.
    const weak = anchor.generic || (anchor.verb && !GATHERING_VERB_KINDS.has(anchor.kind));
    const specific = !weak ? anchor : c.mentions.find((m) => !m.generic && !m.verb && !m.plural) ?? anchor;
    // The dated mention's sentence is the best evidence; else the first mention's.
    const dated = c.mentions.find((m) => m.date) ?? c.mentions.find((m) => !ctx.title || !inside(m, ctx.title)) ?? c.mentions[0]!;
    const organisers = meetingOrganisers(ctx, c, specific.kind, scope);
    return {
      type: "meeting",
      kind: specific.kind,
      date: c.date,
      place: meetingPlace(ctx, c) ?? organiserSeat(ctx, organisers),
      organisers,
      // A council's sitting is reported through its decisions: only persons named with the sitting itself took part.
      participants: meetingParticipants(ctx, c, i === 0 && !/sitzung$/iu.test(specific.kind), listed.get(c) ?? new Set()),
      project: meetingProject(ctx, c, scope),
      evidence: { start: dated.sentence.start, end: dated.sentence.end },
    };
  });
  // A date borrowed from a neighbouring sentence ("hat am 4. Juli das Projekt gestartet … beim Projektstart") stays free for the project.
  return { records, dateSpans: clusters.flatMap((c) => (c.dateSpan && !c.dateSentence ? [c.dateSpan] : [])) };
}
