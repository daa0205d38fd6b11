/**
 * Named regexes of the figures extractor. All are built once; the extractor
 * runs NUMBER over the text in one pass and reads the surroundings of each hit
 * with the sticky (`y`) tail patterns and the anchored (`$`) context patterns
 * on short slices, so no token is scanned twice.
 */
import { NUMBER_WORD_PATTERN } from "../../lexicon/number-words.js";
import {
  CURRENCY_AFTER_PATTERN, CURRENCY_BEFORE_PATTERN, MEASURE_PATTERN, PERCENT_PATTERN, SCALE_PATTERN,
} from "../../lexicon/units.js";
import { MONTH_NAME_PATTERN } from "../../lexicon/months.js";

/** Horizontal space: a figure never runs over a line break. */
const SP = "[ \\t\\u00a0\\u202f]";
/** German digit groups: "1.234,5", "20 000" (space or narrow space), Swiss "1'000", "49,5", "300". */
const DIGITS =
  `\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?!\\d|[.:/]\\d)` +
  `|\\d{1,3}(?:['’]\\d{3})+(?:[.,]\\d+)?(?!\\d)` +
  `|\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})+(?:,\\d+)?(?!\\d|[.,:/]\\d)` +
  `|\\d+(?:,\\d+)?`;
/** Approximation and bound words before a number ("rund", "mehr als", "bis zu"). */
const APPROX =
  "(?:weit|deutlich|knapp|gut|etwas)\\s+(?:über|unter|mehr\\s+als|weniger\\s+als)|mehr\\s+als|weniger\\s+als|bis\\s+zu|an\\s+die" +
  "|rund|rd\\.|knapp|etwa|ca\\.|circa|zirka|ungefähr|über|unter|fast|nahezu|beinahe|annähernd|mindestens|mind\\.|höchstens" +
  "|maximal|max\\.|gut|schätzungsweise|gerundet";

/**
 * A number word that can start a figure: not "ein"/"eine" alone (an article)
 * and not "und". Both cases of the first letter are listed instead of the `i`
 * flag, which makes the scan several times slower.
 */
const FIGURE_WORD =
  "(?:[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf|[Zz]wanzig|[Dd]rei(?:ß|ss)ig" +
  "|[Vv]ierzig|[Ff]ünfzig|[Ss]echzig|[Ss]iebzig|[Aa]chtzig|[Nn]eunzig|[Hh]undert|[Tt]ausend|[Nn]ull|[Aa]nderthalb" +
  "|[Ee]in(?=hundert|tausend|und|einhalb)" +
  // "eine Million Euro", "ein Prozent": the article is a figure only before a scale word or a unit
  "|[Ee]in(?:e[rnms]?)?(?=[ \\t\\u00a0]+(?:Million|Milliarde|Billion|Prozent|Prozentpunkt|Euro|Cent)(?![\\p{L}-])))" +
  "(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|und|halb)*";

/**
 * One number: digits (group `digits`, with a trailing dotted/colon part in
 * `compound` that marks dates, times and versions, and a glued minus sign in
 * `minus`) or a number word (`word`). The two are scanned apart (their
 * matches start with a digit or minus, or with a letter, so they never meet)
 * and merged in text order by the extractor: one pattern with both, and the
 * `u` flag the words need, scans two to three times slower. What may not
 * stand before a number (letters: "Bündnis90"; another number's tail:
 * "3-931155-14") is checked in code, because a lookbehind here would be tried
 * at every position.
 */
export const DIGIT_NUMBER = new RegExp(`(?<minus>[-−](?=\\d))?(?<digits>${DIGITS})(?<compound>(?:[.:/]\\d+)+\\.?)?`, "g");
export const WORD_NUMBER = new RegExp(`\\b(?<word>${FIGURE_WORD})(?![\\p{L}\\d])`, "gu");
/** Characters that may not stand right before a number. */
export const GLUED_BEFORE = /[\p{L}\d@#_&+]/u;
/**
 * A separator glued to a digit or letter before the number: the tail of
 * another number ("3-931155-14") or a name ("Covid-19", "U-18").
 */
export const NUMBER_TAIL_BEFORE = /(?:\d[.,:/\-–]|\p{L}[-–])$/u;
/** "30-Minuten-Takt", "9-Euro-Ticket", "50-prozentige": the number is part of a compound word. */
export const COMPOUND_AFTER = /-\p{L}/uy;

/** A second number closing a range: "18 bis 27", "10–15", "zwischen 3 und 5". Group 1: the connector. */
export const RANGE_TAIL = new RegExp(
  `${SP}*(-${SP}*bis|bis(?:${SP}+zu)?|-|–|—|und)${SP}*(?:(?:${APPROX})${SP}+)?(?:(?<digits>${DIGITS})|(?<word>${NUMBER_WORD_PATTERN}))(?![\\p{L}\\d]|[.:/]\\d|\\.${SP}*\\p{L})`,
  "yiu",
);
export const SCALE_TAIL = new RegExp(`${SP}*(${SCALE_PATTERN})(?!\\p{L})`, "yu");
export const CURRENCY_TAIL = new RegExp(`${SP}*(?:,[-–]{1,2}${SP}*)?(${CURRENCY_AFTER_PATTERN})(?!\\p{L})`, "yu");
export const PERCENT_TAIL = new RegExp(`${SP}*(${PERCENT_PATTERN})(?!\\p{L})`, "yu");
export const MEASURE_TAIL = new RegExp(`${SP}*(${MEASURE_PATTERN})(?![\\p{L}\\d])`, "yu");
/** "25-Jährige", "27-jährigen": an age. */
export const AGED_TAIL = /-[Jj]ährige[nrms]?(?!\p{L})/uy;
/** What follows "-jährige" when it is a span, not an age: "25-jähriges Bestehen", "3-jährige Förderung". */
export const SPAN_AFTER_AGED = /^[ \t\u00a0]+(?=\p{Lu})\p{L}*(?:ung|zeit|dauer|phase|periode|bestehen|jubiläum|jubiläums|programm|projekt|vertrag|studium|ausbildung|laufzeit|erfahrung|tätigkeit|geschichte|pause)(?!\p{L})/iu;
/** "18 Uhr", "9 Uhr": a time. */
export const CLOCK_TAIL = new RegExp(`${SP}*Uhr(?!\\p{L})`, "yu");
/** "4. November", "05 Feb", "30.Juni": a day of a date. */
// A number before a month name is the day of a date.
export const MONTH_TAIL = new RegExp(`\\.?${SP}*(?:${MONTH_NAME_PATTERN})\\.?(?!\\p{L})`, "iyu");
/** "3. Platz", "14. bis": an ordinal (a period followed by a word on the same line). */
export const ORDINAL_TAIL = new RegExp(`\\.${SP}*\\p{L}`, "yu");
/** "3-mal", "3 Mal", "3x": a multiplier, not a count. */
export const TIMES_TAIL = new RegExp(`${SP}*-?(?:mal|Mal|x)(?!\\p{L})`, "yu");

/**
 * Function words that end like inflected adjectives but cannot stand between
 * a number and its noun (articles, pronouns, prepositions, auxiliaries).
 */
const NOT_ADJECTIVE =
  "der|die|das|den|dem|des|deren|denen|dessen|eine|einer|einen|einem|eines|keine|keiner|keinen|jede|jeder|jeden|jedes|jedem" +
  "|diese|dieser|diesen|diesem|dieses|seine|seiner|seinen|ihre|ihrer|ihren|unsere|unserer|unseren|meine|sie|wie|sowie|ohne|gegen" +
  "|unter|über|hinter|wieder|aber|oder|je|pro|mehr|weniger|haben|hatten|waren|werden|wurden|worden|können|konnten|sollen|sollten" +
  "|müssen|mussten|wollen|wollten|dürfen|gegenüber|neben|seit|bis|zwischen|innerhalber|alle|allen|aller|beide|beiden|andere|anderen|weniger";
const ADJECTIVE = `(?!(?:${NOT_ADJECTIVE})(?!\\p{L}))\\p{Ll}\\p{L}*(?:e|en|er|es|em)(?![\\p{L}\\d-])`;
/**
 * The counted noun after a number, possibly after up to three inflected
 * adjectives ("1.100 qualifizierte Fachkräfte"). Group `noun`; hyphenated
 * compounds and gender forms stay whole ("Nein-Stimmen", "Teilnehmer*innen"),
 * a slash ends the noun.
 */
export const NOUN_TAIL = new RegExp(
  `(?:${SP}+${ADJECTIVE}){0,3}${SP}+(?<noun>\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)*(?:[*:_]innen)?)(?![\\p{L}\\d])`,
  "yu",
);

/**
 * A truncated compound ("8 Ja- und 3 Nein-Stimmen"): after the noun, a hyphen,
 * a conjunction and a later hyphenated compound whose last part (group 1) the
 * truncated noun shares.
 */
export const ELLIPSIS_TAIL = new RegExp(
  `-(?:,?${SP}+\\p{Lu}\\p{L}*-)*,?${SP}+(?:und|oder|bzw\\.|sowie|bis)${SP}+(?:[\\d.,]+${SP}+|\\p{L}+${SP}+)?\\p{Lu}[\\p{L}\\d]*-(\\p{Lu}\\p{L}*)(?![\\p{L}-])`,
  "yu",
);

/** An approximation word ending the text before a number; group 1 is the word. */
export const APPROX_BEFORE = new RegExp(`(?:^|[^\\p{L}.])(${APPROX})${SP}+$`, "iu");
/** A currency sign or code right before the number ("€ 5.000", "EUR 2,5 Mio."). */
export const CURRENCY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${CURRENCY_BEFORE_PATTERN})${SP}*$`, "u");
/** Words that mark the following number as a label: "Nr. 16", "§ 5", "Platz 3". */
export const LABEL_WORD = /^(?:Nr\.?|No\.|Nummer|Nummern|§+|Art\.|Artikel|Abs\.|Absatz|Ziff\.|Ziffer|Kap\.|Kapitel|S\.|Seite|Bd\.|Band|Heft|Jg\.|Ausg\.|Abb\.|Tab\.|Anl\.|Anlage|Platz|Rang|Stufe|Raum|Zimmer|Linie|Gleis|Tel\.?|Fax|KW|Az\.?|TOP|Drs\.|Drucksache)$/u;
/** A telephone or fax cue earlier on the same line. */
export const PHONE_LINE = /(?<!\p{L})(?:Tel(?:efon)?(?:nummer)?|Rufnummer|Servicenummer|Faxnummer|Handynummer|Telefax|Fax|Mobil|Handy|Fon|Hotline|Durchwahl|IBAN|BIC|BLZ|Kto|Konto(?:nummer)?|Steuernummer|USt-IdNr)(?!\p{L})[^\n]{0,40}$/iu;
/** A number right after an area code ("0221 123 456", "0221/12345"): the rest of a phone number. */
export const AFTER_AREA_CODE = /(?:^|[^\d.,])0\d{2,5}[ \t]*[/–-]?[ \t]*$/u;
/** "im Alter von", "Alters ab": the years that follow are an age. */
export const AGE_CUE_BEFORE = /Alters?\s+(?:von|zwischen|ab|bis|unter|über)?\s*$/u;
/** "ab 25 Jahren", "unter 25 Jahren": an age bound. */
export const AGE_BOUND_BEFORE = /(?:^|[^\p{L}])(?:ab|unter)\s+$/iu;
/** "Jugendliche von 18 bis 27 Jahren": people, then von/zwischen, then a range in years. */
export const AGE_GROUP_BEFORE = /(\p{Lu}[\p{L}*:-]*)\s+(?:von|zwischen|über|unter)\s+$/u;
/** Nouns of time spans: "Laufzeit von drei Jahren" is a duration, not an age. */
export const TIME_SPAN_NOUN = /(?:zeit|dauer|frist|periode|phase|raum|spanne|jahr|jahre|jahren|monat|monaten|woche|wochen)$/iu;
/** "25 Jahre alt". */
export const OLD_AFTER = new RegExp(`^${SP}+(?:alt|jung)(?!\\p{L})`, "u");
/** A sentence boundary in a stretch of text. */
export const SENTENCE_BREAK = /[.!?;]\s+\p{Lu}|[.!?]\s*$|\n/u;
/** What may stand between a bare number and the figure it shares its noun with: "8 von 10 Befragten". */
export const PARTITIVE_GAP = new RegExp(`^${SP}*(?:von|der|aus)${SP}+(?:(?:insgesamt|den|${APPROX})${SP}+)?$`, "iu");
/** What may stand between a bare number and a scaled figure it shares the scale with: "8,7 der mehr als 10,3 Mrd. Euro". */
export const SHARED_SCALE_GAP = new RegExp(`^${SP}*(?:der|von|aus|auf|bis|und|oder|zu|–|-)${SP}+(?:(?:insgesamt|${APPROX})${SP}+)?$`, "iu");
/** A quotation that may be a title ("Gastro 8.0", „Mit 10 Schritten …“). */
export const QUOTED = /[„“"»«‚‹]([^„“”"»«\n]{1,80}?)[“”"«»‘‹›]/gu;
