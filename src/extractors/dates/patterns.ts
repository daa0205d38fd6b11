/**
 * Named regular expressions of the dates extractor. Every pattern is linear:
 * no nested quantifiers over overlapping classes. Parser patterns carry no
 * `g` flag (chrono's own executor re-runs them on the remaining text; ours in
 * chrono-config.ts adds the flag). Patterns ending in `$` are run on a short
 * look-back slice, never on the whole text.
 */
import { FULL_MONTH_NAMES, MONTHS } from "../../lexicon/months.js";
import { NUMBER_WORD_PATTERN } from "../../lexicon/number-words.js";
import { expandWords } from "./cues.js";

/** Letters (Latin with accents and Latin Extended): explicit, so scanning patterns need no slow `u` flag. */
const L = "A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";
/**
 * Scanning patterns are case-sensitive: with the `i` flag V8 scans 10–15 times
 * slower. Nouns are capitalised in German; words that may open a sentence get
 * both cases of their first letter (`sentenceCase`).
 */
function sentenceCase(alternatives: string): string {
  return alternatives.replace(/(^|\|)([a-zäöü])/g, (_, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c}]`);
}
function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
/** Month names and abbreviations as written in text ("März", "Sept"), longest first. */
const MONTH_NAME = Object.keys(MONTHS).sort((a, b) => b.length - a.length).map(capitalise).join("|");
/** Full German month names as written in text. */
const FULL_MONTH = [...FULL_MONTH_NAMES, "maerz", "jaenner"].sort((a, b) => b.length - a.length).map(capitalise).join("|");

/** Left edge: not inside a word or a number. */
export const NOT_AFTER_WORD = `(?<![${L}\\d])`;
/** Right edge: not followed by letters or digits. */
const NOT_BEFORE_WORD = `(?![${L}\\d])`;

/** Adjectives that place a year or month relative to the anchor ("dieses", "kommenden", "vergangenen"). */
export const RELATIVE_ADJECTIVE =
  "diese[snmr]?|laufende[nms]?|kommende[nms]?|nächste[nms]?|vergangene[nms]?|letzte[nms]?|vorige[nms]?|übernächste[nms]?|vorletzte[nms]?";
const RELATIVE_ADJECTIVE_CASED = sentenceCase(RELATIVE_ADJECTIVE);

/** Words that make a bare number before them a quantity, not a year ("rund 2000", "auf 1500"). */
export const QUANTITY_WORD =
  /^(?:rund|etwa|ca|circa|zirka|über|unter|mehr|weniger|knapp|fast|insgesamt|nur|zu|mindestens|höchstens|maximal|weitere|je|pro|auf|als|ganze|gut|nahezu|exakt|genau|bereits|fast|mit|ihre|seine|unsere|alle|diese|zahl|summe)$/i;

/** Lowercase unit tokens after a number: it is a measure, not a year ("1600 km"). */
export const UNIT_TOKEN = /^(?:km|m|cm|mm|kg|g|t|ha|qm|m²|km²|l|h|min|mal|mio\.?|mrd\.?|tsd\.?|prozent|%|€|euro)[.,;:)]?$/i;

/** Participles ("gegründeten", "beschlossene", "verstorbenen", "renovierten", "einsetzende"). */
export const PARTICIPLE =
  /^(?:(?:ge|be|ver|er|ent|zer|über|unter|an|ab|auf|aus|ein|vor|fest|um|neu|wieder)\p{Ll}*(?:t|en)|\p{Ll}+iert|\p{Ll}{3,}end)(?:e[nmrs]?)?[.,;:]?$/u;

const ANAPHORIC_ADJECTIVE = "(selben|gleichen|demselben|folgenden|darauffolgenden|nächsten|vorherigen)";
const ANAPHORIC_NOUN = "(Folgejahr|Folgetag|Folgemonat|Vortag)(?:es|s|e)?";
/** "am selben Tag", "im folgenden Jahr", "Folgejahr", "Vortag": relative to the last date the text named. */
export const ANAPHORIC = new RegExp(
  `${NOT_AFTER_WORD}(?:${ANAPHORIC_ADJECTIVE}\\s+(Tag|Monat|Jahr)(?:es|s|e)?|${ANAPHORIC_NOUN})${NOT_BEFORE_WORD}`,
);

/** "490 v. Chr.", "im Jahr 492 v. Chr.". */
export const BC_YEAR = new RegExp(`${NOT_AFTER_WORD}(\\d{1,4})\\s*v\\.\\s*Chr\\.?`);

/** "März 2019", "Sept. 2020", "Juni des Jahres 2016"; a capital may follow glued ("August 2019Foto:" in captions), the parser checks. */
export const MONTH_YEAR = new RegExp(
  `${NOT_AFTER_WORD}(${MONTH_NAME})\\.?,?\\s{1,3}(?:des\\s+Jahres\\s+)?(\\d{4})(?!\\d)(?![.,]\\d|\\s*[-–/]\\s*\\d)`,
);

/** "September dieses Jahres", "Mai vergangenen Jahres", "Juli des kommenden Jahres". */
export const MONTH_RELATIVE_YEAR = new RegExp(
  `${NOT_AFTER_WORD}(${FULL_MONTH})\\s+(?:des\\s+)?(${RELATIVE_ADJECTIVE})\\s+Jahr(?:e?s)${NOT_BEFORE_WORD}`,
);

/** A month name alone ("im Mai", "Anfang September"); the parser checks the word before. */
export const MONTH_ALONE = new RegExp(`${NOT_AFTER_WORD}(${FULL_MONTH})${NOT_BEFORE_WORD}`);

/** Words before a lone month name that make it a time expression. */
export const MONTH_ALONE_CUE =
  /(?:^|[^\p{L}])(?:im|in|seit|ab|bis|von|vom|zum|für|zu|nach|vor|anfang|anfangs|mitte|ende|monat|monats|und|oder|über|gegen)\s+$/iu;

/** A year 1000–2199 standing alone. Context is checked by the parser. */
export const BARE_YEAR = new RegExp(
  `(?<![${L}\\d.,/:§-])(1\\d{3}|2[01]\\d{2})${NOT_BEFORE_WORD}(?![.,:]\\d|\\s*[+%°€$]|\\s*[-–/]\\s*\\d)`,
  "",
);

/** "2021-2027", "2024 – 2026", "2005/2006", "2025/26". */
export const YEAR_SPAN = new RegExp(
  `(?<![${L}\\d.,/:§-])(1\\d{3}|2[01]\\d{2})\\s?([-–/])\\s?(\\d{4}|\\d{2})${NOT_BEFORE_WORD}(?![.,]\\d|\\s*[+%])`,
  "",
);

/** Prepositions and temporal nouns after which a bare number is a year. */
export const YEAR_CUE_WORD =
  /^(?:im|in|seit|ab|bis|von|vom|zwischen|nach|vor|um|gegen|anno|für|zum|bzw|und|oder|sowie|jahr|jahre|jahres|jahren|jahrs|anfang|anfangs|mitte|ende|beginn|frühjahr|frühling|sommer|herbst|winter|stand|seither|spätestens|mai|jahreswechsel)$/iu;

/** Nouns ending like these name a period ("Förderperiode 2021", "Berichtszeitraum 2016", "Schuljahr 2005/2006"). */
export const PERIOD_NOUN_SUFFIX =
  /(?:jahr|jahres|zeitraum|zeitraums|periode|phase|haushalt|haushalts|saison|quartal|halbjahr|bilanz|kalenderjahr|wirtschaftsjahr|geschäftsjahr|semester|programmjahr|förderjahr)$/iu;

/** Articles before a year need a lowercase word after it ("des 1855 verstorbenen"). */
export const ARTICLE_WORD = /^(?:des|dem|den|der|die|das|ihres|seines|im)$/iu;

const SEASON_WORD = "Frühjahr|Frühling|Sommer|Herbst|Winter";
/** "im Herbst 2021", "Sommer dieses Jahres", "im Winter". */
export const SEASON = new RegExp(
  `${NOT_AFTER_WORD}(${SEASON_WORD})(?:\\s+(?:des\\s+Jahres\\s+)?(\\d{4})(?:\\s?/\\s?\\d{2,4})?|\\s+(?:des\\s+)?(${RELATIVE_ADJECTIVE})\\s+Jahr(?:e?s))?${NOT_BEFORE_WORD}`,
);

/** A relative adjective right before a lone season: "im vergangenen Herbst", "kommenden Sommer". */
export const SEASON_RELATIVE_CUE = /(?:^|[^\p{L}])(vergangenen|letzten|vorigen|kommenden|nächsten)\s+$/iu;

/** Words before a lone season that make it a time expression. */
export const SEASON_CUE = /(?:^|[^\p{L}])(?:im|seit|ab|bis|zum|vom|den|dem|diesen|diesem|kommenden|vergangenen|letzten|nächsten)\s+$/iu;

const ORDINAL_WORD = sentenceCase("erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|vierte[nmrs]?|letzte[nmrs]?");
/** "im ersten Halbjahr 2022", "3. Quartal 2022", "Q3 2022", "zweite Jahreshälfte". */
export const HALF_OR_QUARTER = new RegExp(
  `${NOT_AFTER_WORD}(?:(${ORDINAL_WORD}|[1-4]\\.)\\s+(Halbjahr(?:es|s)?|Quartal(?:s|es)?|Jahreshälfte|Hälfte(?:\\s+des\\s+Jahres)?)|(Q[1-4]|H[12])(?=\\s*(?:/\\s*)?\\d{4}))` +
    `(?:\\s*/?\\s*(?:des\\s+Jahres\\s+)?(\\d{4})|\\s+(?:des\\s+)?(${RELATIVE_ADJECTIVE})\\s+Jahr(?:e?s))?${NOT_BEFORE_WORD}`,
);

/** "dieses Jahres", "im kommenden Jahr", "des vergangenen Jahres", "diesen Monat". */
export const RELATIVE_YEAR_OR_MONTH = new RegExp(
  `${NOT_AFTER_WORD}(${RELATIVE_ADJECTIVE_CASED}|neue[nm])\\s+(Jahr(?:e?s)?|Monat(?:s)?)${NOT_BEFORE_WORD}(?!\\s*\\d)`,
);

/** "in der kommenden Woche", "diese Woche", "KW 12", "Kalenderwoche 12/2024". */
export const WEEK = new RegExp(
  `${NOT_AFTER_WORD}(?:(${RELATIVE_ADJECTIVE_CASED})\\s+Woche|(?:KW|Kalenderwoche)\\s?(\\d{1,2})(?:\\s?[/.]\\s?(\\d{4})|\\s+(\\d{4}))?)${NOT_BEFORE_WORD}`,
);

const YEAR_PART_NOUN = "Vorjahr(?:es|s)?|Vormonat(?:s)?|Jahresbeginn(?:s)?|Jahresanfang(?:s)?|Jahresmitte|Jahresende(?:s)?";
const PART_WORD = "Anfang|Beginn|Mitte|Ende";
/** "Vorjahr", "Jahresbeginn", "Jahresende", "Ende des Jahres", "Vormonat". */
export const YEAR_PART_WORD = new RegExp(
  `${NOT_AFTER_WORD}(?:(${YEAR_PART_NOUN})|(${PART_WORD})\\s+(?:des\\s+)?(Jahres|Monats)(?!\\s+\\d))${NOT_BEFORE_WORD}`,
);

const RELATIVE_DAY_WORD = `${sentenceCase("heute|gestern|vorgestern|übermorgen")}|morgen|Morgen`;
/** "heute", "gestern", "am heutigen Mittwoch", "am gestrigen Tag". */
export const RELATIVE_DAY = new RegExp(
  `${NOT_AFTER_WORD}(?:(${RELATIVE_DAY_WORD})|[Aa]m\\s+(heutigen|gestrigen|morgigen)\\s+(?:Tag|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Vormittag|Nachmittag|Abend))${NOT_BEFORE_WORD}`,
  "",
);

/** A part of the day closing a weekday compound: "Mittwochabend", "Freitagnachmittag". */
const DAY_PART_SUFFIX = "(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)?";

/** "am Mittwoch", "am kommenden Freitag", "am Mittwochabend", "der Sitzung vom Dienstag" (not followed by a date: then the date says it). */
export const WEEKDAY = new RegExp(
  `${NOT_AFTER_WORD}(?:[Aa]m|vom)\\s+(?:(kommenden|nächsten|folgenden|vergangenen|letzten|vorigen)\\s+)?(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)${DAY_PART_SUFFIX}${NOT_BEFORE_WORD}` +
    // not before the date it names ("am Montag, 17. März", "am Montag, den 17.03."); a time may follow ("am Montag, 17 Uhr")
    `(?!,?\\s*(?:den|dem)?\\s*\\d{1,2}\\.\\s*(?:\\d{1,2}\\.|${MONTH_NAME}))`,
  "",
);

/** "05 Feb 2026", "5 February 2024", "June 19, 2024". */
export const SPACED_DAY_MONTH_YEAR = new RegExp(
  `${NOT_AFTER_WORD}(?:(\\d{1,2})\\s+(${MONTH_NAME})\\.?,?\\s+(\\d{4})|(${MONTH_NAME})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4}))${NOT_BEFORE_WORD}`,
);

/** "17./18. Juni 2024". */
export const DAY_PAIR = new RegExp(`${NOT_AFTER_WORD}(\\d{1,2})\\.\\s?/\\s?(\\d{1,2})\\.\\s?(${MONTH_NAME})\\.?(?:,?\\s+(\\d{4}))?${NOT_BEFORE_WORD}`);

/** "1. und 2. März", "10. und dem 12. Juni 2025": two days of one month joined by "und". */
export const DAY_AND_DAY = new RegExp(`${NOT_AFTER_WORD}(\\d{1,2})\\.\\s+und\\s+(?:dem\\s+)?(\\d{1,2})\\.\\s?(${MONTH_NAME})\\.?(?:,?\\s+(\\d{4}))?${NOT_BEFORE_WORD}`);
/** "zwischen dem" right before a day pair. */
export const BETWEEN_BEFORE = /\bzwischen\s+(?:dem\s+)?$/iu;

/** A full date, numeric or with a month name, for finding the release's own date (global: scanned once). */
export const FULL_DATE = new RegExp(
  `(?<![${L}\\d./:])(\\d{1,2})\\.\\s?(?:(\\d{1,2})\\.\\s?|(${MONTH_NAME})\\.?\\s{1,3})(\\d{4})(?![\\d]|[.,]\\d)`,
  "g",
);

/** "20.05." without a year. */
export const NUMERIC_DAY_MONTH = new RegExp(`(?<![${L}\\d.,/])(\\d{1,2})\\.(\\d{1,2})\\.(?!\\d|\\s?\\d{2,4}(?!\\d)|[${L}])`);
/** Words before "20.05." that make it a date. */
export const DAY_MONTH_CUE =
  /(?:^|[^\p{L}])(?:am|vom|bis|zum|ab|den|dem|der|des|seit|spätestens|oder|stand|datum|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|und|mo|di|mi|do|fr|sa|so)[.:,]?\s+$/iu;

/** "09/2020", "03.2024": month and year in digits. */
export const NUMERIC_MONTH_YEAR = new RegExp(`(?<![${L}\\d./,])(0?[1-9]|1[0-2])\\s?[/.]\\s?((?:19|20)\\d{2})(?![\\d]|[.,]\\d)`);
/** Words before "09/2020" that make it a month ("seit", "bis", "Stand:"). */
export const MONTH_YEAR_CUE =
  /(?:^|[^\p{L}])(?:seit|bis|ab|stand|von|vom|im|zum|in|zeitraum|gültig|datum|ende|anfang|mitte|beginn|und|–|-)[.:,]?\s+$/iu;

/** "20. Jahrhunderts", "19. Jh.", "1990er Jahre", "90er Jahren". */
export const CENTURY_OR_DECADE = new RegExp(
  `${NOT_AFTER_WORD}(?:(\\d{1,2})\\.\\s*(?:Jahrhundert(?:s|e|en)?|Jh\\.)(\\s*v\\.\\s*Chr\\.?)?|(\\d{2,3})0er(?:\\s*(?:-\\s*)?Jahre(?:n)?)?|(?<=\\s)(\\d)0er\\s*(?:-\\s*)?Jahre(?:n)?)${NOT_BEFORE_WORD}`,
  "",
);

/** "vor einem Jahr", "vor zwei Wochen": a point before the anchor. */
export const AGO = new RegExp(
  `${NOT_AFTER_WORD}[Vv]or\\s+(\\d{1,2}|${NUMBER_WORD_PATTERN})\\s+(Jahr(?:en)?|Monat(?:en)?|Wochen?|Tag(?:en)?)${NOT_BEFORE_WORD}`,
);

const DURATION_UNIT = "(?:Jahrzehnt|Jahr|Monat|Woche|Tag|Stunde|Minute)(?:en|es|e|n|s)?";
/** A duration's unit noun. The duration parser scans for these and then reads the amount before them. */
export const DURATION_UNIT_WORD = new RegExp(`${NOT_AFTER_WORD}${DURATION_UNIT}${NOT_BEFORE_WORD}`);

/** What stands before a unit noun: "maximal 9 ", "ein halbes ", "drei erfolgreiche ". Anchored at the end. */
export const DURATION_HEAD = new RegExp(
  `${NOT_AFTER_WORD}(?:(maximal|höchstens|bis\\s+zu|mindestens|wenigstens|rund|etwa|ca\\.|circa|knapp|über|fast|nahezu|mehr\\s+als|weniger\\s+als)\\s+)?` +
    `(\\d{1,3}(?:,5)?|ein(?:e[nmrs]?)?\\s+halbe[nmrs]?|eineinhalb|anderthalb|zweieinhalb|dreieinhalb|${NUMBER_WORD_PATTERN})` +
    `\\s+(?:([a-zß-öø-ÿ]{3,}(?:e|en|er|es|em))\\s+)?$`,
  "i",
);

const DURATION_ADJECTIVE_STEM = "(jährig|tägig|wöchig|monatig|stündig)(?:e[nmrs]?)?";
/** "-jährige", "-tägige": the duration-adjective parser scans for the suffix and reads the number before it. */
export const DURATION_ADJECTIVE_SUFFIX = new RegExp(`${DURATION_ADJECTIVE_STEM}${NOT_BEFORE_WORD}`);

/** The number glued before the suffix: "ein", "zwei", "6-", "eineinhalb". Anchored at the end. */
export const DURATION_ADJECTIVE_HEAD = new RegExp(`${NOT_AFTER_WORD}(\\d{1,2}-?|${NUMBER_WORD_PATTERN}|eineinhalb|anderthalb)$`, "i");

/** Nouns a "-jährig" adjective must describe to be a duration (not an age: "die 18-jährige Schülerin"). */
export const SPAN_NOUN =
  /^\s+(?:\p{L}+-)?\p{L}*(?:laufzeit|dauer|zeit|phase|förderung|ausbildung|projekt|programm|frist|periode|vertrag|erfahrung|tätigkeit|studium|modellprojekt|pilotprojekt|initiative|kooperation|zusammenarbeit|veranstaltung|tagung|unterbrechung)\b/iu;

/** Right before a result: words that end a phone number, an article, a file number, a version. */
export const NON_DATE_PREFIX =
  /(?:^|[^\p{L}])(?:tel|telefon|fon|fax|mobil|handy|nr|nummer|az|aktenzeichen|version|v|§|art|abs|artikel|isbn|iban|blz|kto|plz|postfach|drucksache|ds|seite|s|heft|bd|band)\.?:?\s*$/iu;

/** Open-range cue before a date: "seit", "ab", "bis (zum|spätestens)", "spätestens". */
export const OPEN_RANGE_PREFIX =
  /(?:^|[^\p{L}])(seit|ab|bis(?:\s+(?:spätestens|zum|zur|einschließlich|einschl\.|inklusive|in\s+den|in\s+die))?|spätestens(?:\s+(?:zum|am|bis(?:\s+zum)?))?|zum|von)\s+(?:(?:dem|den|der|einschließlich)\s+)?$/iu;

/** Verbs and nouns of ending: after them "zum 30. Juni" is the end of a span. */
export const END_CUE = /(?:end(?:et|en|e)|läuft|auslaufen|ausläuft|befristet|beendet|abgeschlossen|Frist|Ablauf)/iu;

/** Between two dates of a closed range. */
export const CLOSED_RANGE_GAP = /^\s*(?:bis(?:\s+(?:zum|zur|einschließlich|Ende|Anfang|Mitte))?|und|[-–—])\s*$/iu;

/** A weekday, alone or with a part of the day, set before a date: "Freitagabend, 7. Februar". */
const WEEKDAY_PART =
  `(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)${DAY_PART_SUFFIX}`;

/**
 * Between two dates of a closed range when the second has a weekday before it
 * (the first's weekday apposition closes with a comma):
 * "7. Februar 2025, und Montagmorgen, 10. Februar 2025", "14. Mai bis Freitag, 16. Mai".
 */
export const CLOSED_RANGE_GAP_WEEKDAY = new RegExp(`^\\s*,?\\s*(?:bis(?:\\s+(?:zum|zur))?|und|[-–—])\\s+(?:(?:dem|den)\\s+)?${WEEKDAY_PART},?\\s+$`, "u");

/** Before the first date of a closed range; a weekday may stand between ("zwischen Freitagabend, 7. Februar …"). */
export const CLOSED_RANGE_PREFIX = new RegExp(
  `(?:^|[^\\p{L}])(vom|von|zwischen|ab|seit|im\\s+Zeitraum(?:\\s+(?:vom|von))?|Zeitraum(?:\\s+(?:vom|von))?|in\\s+den\\s+Jahren|der\\s+Jahre)\\s+(?:(?:dem|den)\\s+)?(?:${WEEKDAY_PART},?\\s+)?$`,
  "iu",
);

/** "Anfang", "Mitte", "Ende" before a month or year, with an optional "des Jahres"/"der". */
export const PART_PREFIX =
  /(?:^|[^\p{L}])(Anfang|Anfangs|Beginn|Mitte|Ende|Ausgang)\s+(?:(?:des|der)\s+(?:Jahres\s+|Monats\s+)?)?$/iu;

/** Approximation before a year: "ca. 1850", "circa 1850", "etwa 2030". */
export const APPROX_PREFIX = /(?:^|[^\p{L}])(ca\.|circa|etwa|zirka|gegen)\s+$/iu;

/** A time joined to its date: "18.30 Uhr", "9:00 Uhr", "um 18.30". */
export const TIME_TEXT =
  /^(?:(?:um|von|ab|gegen|bis)\s+)?(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?(?:\s*(?:bis|-|–)\s*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?)?\s*Uhr|^um\s+(?:[01]?\d|2[0-4])[.:][0-5]\d/iu;

/** The text between a date and its time when they are joined across a line ("Uhrzeit:", "Beginn:"). */
export const TIME_LABEL_GAP = /^[\s,;–-]*(?:(?:um|ab|gegen|von|bis)\s+|\p{L}+:\s*)?$/u;

/** A publication stamp before a date: its clock time is not part of a reported date. */
export const PUBLICATION_CUE = /(?:veröffentlicht|aktualisiert|aktualisierung|erstellt|geändert|publiziert|gepostet|posted|updated|stand)\b[^\n]{0,20}$/iu;

/** Sentence end inside a gap. */
export const SENTENCE_END = /[.!?;]\s|\n\s*\n/u;

/**
 * The words the word-led patterns above start with, spelled as they spell
 * them (cues.ts: a parser runs only where one of its words stands).
 */
export const START_WORDS = {
  monthName: MONTH_NAME.split("|"),
  fullMonth: FULL_MONTH.split("|"),
  season: expandWords(SEASON_WORD),
  ordinal: [...expandWords(ORDINAL_WORD), "Q", "H"],
  relativeAdjective: expandWords(RELATIVE_ADJECTIVE_CASED),
  newYear: expandWords("neue[nm]"),
  week: ["KW", "Kalenderwoche"],
  yearPart: expandWords(`${YEAR_PART_NOUN}|${PART_WORD}`),
  relativeDay: expandWords(RELATIVE_DAY_WORD),
  am: ["Am", "am"],
  weekdayLead: ["Am", "am", "vom"],
  vor: ["Vor", "vor"],
  durationUnit: expandWords(DURATION_UNIT),
  anaphoric: expandWords(`${ANAPHORIC_ADJECTIVE}|${ANAPHORIC_NOUN}`),
} as const;

/** The endings the duration-adjective pattern scans for ("jährige", "tägigen"). */
export const DURATION_ADJECTIVE_ENDINGS: readonly string[] = expandWords(DURATION_ADJECTIVE_STEM);
