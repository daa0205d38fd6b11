/**
 * Closed classes the record assembler (src/records) reads: nouns that name a
 * gathering, nouns that name a project-like undertaking, and the cue words
 * that tie an organisation or a date to a meeting or a project. Every entry is
 * a general German word, never a name from a text.
 */

/**
 * Heads of gathering nouns. A word whose last part is one of these is a
 * meeting mention ("Zweitgespräch" → Gespräch, "Programmeröffnung" →
 * Eröffnung). `suffixes` are the inflection endings the head may carry;
 * anything else after the head ("Besucher", "Veranstalter") is not a match.
 * `plural` marks the endings that make the word plural.
 */
export interface MeetingHead {
  head: string;
  suffixes: readonly string[];
  plural: readonly string[];
  /** Generic heads ("Veranstaltung") yield to a more specific noun of the same meeting as its kind. */
  generic?: boolean;
  /** Heads that only count as a whole compound with a modifier ("Fachtag", not "Tag"). */
  needsModifier?: boolean;
}

// Endings of the commonest inflection classes.
const S_ES_E_EN = ["", "s", "es", "e", "en"];
const EN = ["", "en"];
const N = ["", "n"];

export const MEETING_HEADS: readonly MeetingHead[] = [
  { head: "gespräch", suffixes: S_ES_E_EN, plural: ["e", "en"] },
  { head: "treffen", suffixes: ["", "s"], plural: [], generic: true },
  { head: "sitzung", suffixes: EN, plural: ["en"] },
  { head: "besuch", suffixes: S_ES_E_EN, plural: ["e", "en"] },
  { head: "rundgang", suffixes: ["", "s", "es"], plural: [] },
  // the umlaut plural is its own head: "Rundgänge", "Rundgängen"
  { head: "rundgänge", suffixes: N, plural: ["", "n"] },
  { head: "besichtigung", suffixes: EN, plural: ["en"] },
  { head: "konferenz", suffixes: EN, plural: ["en"] },
  { head: "kongress", suffixes: ["", "es", "e", "en"], plural: ["e", "en"] },
  { head: "tagung", suffixes: EN, plural: ["en"] },
  // "Fachtag", "Aktionstag", "Spiele-Tag": any compound on -tag, except the closed class in NOT_GATHERING_COMPOUNDS (weekdays, Geburtstag, Landtag …)
  { head: "tag", suffixes: S_ES_E_EN, plural: ["e", "en"], needsModifier: true },
  { head: "veranstaltung", suffixes: EN, plural: ["en"], generic: true },
  { head: "versammlung", suffixes: EN, plural: ["en"] },
  { head: "spatenstich", suffixes: S_ES_E_EN, plural: ["e", "en"] },
  { head: "grundsteinlegung", suffixes: EN, plural: ["en"] },
  { head: "richtfest", suffixes: ["", "s", "es", "e"], plural: ["e"] },
  { head: "einweihung", suffixes: EN, plural: ["en"] },
  { head: "eröffnung", suffixes: EN, plural: ["en"] },
  { head: "pressefahrt", suffixes: EN, plural: ["en"] },
  { head: "bereisung", suffixes: EN, plural: ["en"] },
  { head: "exkursion", suffixes: EN, plural: ["en"] },
  { head: "festakt", suffixes: ["", "s", "es", "e"], plural: ["e"] },
  { head: "empfang", suffixes: ["", "s", "es"], plural: [] },
  { head: "workshop", suffixes: ["", "s"], plural: [] },
  { head: "symposium", suffixes: ["", "s"], plural: [] },
  { head: "podiumsdiskussion", suffixes: EN, plural: ["en"] },
  { head: "auftaktveranstaltung", suffixes: EN, plural: ["en"] },
  { head: "übergabe", suffixes: N, plural: ["n"] },
  { head: "unterzeichnung", suffixes: EN, plural: ["en"] },
  { head: "inbetriebnahme", suffixes: N, plural: ["n"] },
  { head: "sprechstunde", suffixes: N, plural: ["n"] },
  { head: "feierstunde", suffixes: N, plural: ["n"] },
  { head: "gedenkstunde", suffixes: N, plural: ["n"] },
  { head: "fragestunde", suffixes: N, plural: ["n"] },
  { head: "anhörung", suffixes: EN, plural: ["en"] },
  { head: "hearing", suffixes: ["", "s"], plural: ["s"] },
  { head: "feier", suffixes: N, plural: ["n"] },
  { head: "fest", suffixes: ["", "s", "es", "e"], plural: ["e"], needsModifier: true },
  { head: "messe", suffixes: N, plural: ["n"] },
  // "Ausbildungsbörse", "Praktikumsbörse"; not a bare "Börse" (the stock exchange)
  { head: "börse", suffixes: N, plural: ["n"], needsModifier: true },
  // "Erfahrungsaustausch", "Fachaustausch"; not a bare "Austausch" ("im Austausch mit")
  { head: "austausch", suffixes: ["", "es", "s"], plural: [], needsModifier: true },
  { head: "dialog", suffixes: ["", "s", "e", "en"], plural: ["e", "en"], needsModifier: true },
  { head: "tour", suffixes: EN, plural: ["en"], needsModifier: true },
  { head: "café", suffixes: ["", "s"], plural: ["s"], needsModifier: true },
  { head: "cafe", suffixes: ["", "s"], plural: ["s"], needsModifier: true },
  { head: "stadtführung", suffixes: EN, plural: ["en"] },
  { head: "sonderführung", suffixes: EN, plural: ["en"] },
  { head: "themenführung", suffixes: EN, plural: ["en"] },
  { head: "ausstellungsführung", suffixes: EN, plural: ["en"] },
  { head: "baustellenführung", suffixes: EN, plural: ["en"] },
  { head: "gesprächsrunde", suffixes: N, plural: ["n"] },
  { head: "diskussionsrunde", suffixes: N, plural: ["n"] },
  { head: "expertenrunde", suffixes: N, plural: ["n"] },
  { head: "kundgebung", suffixes: EN, plural: ["en"] },
  { head: "gottesdienst", suffixes: ["", "es", "e", "en"], plural: ["e", "en"] },
  { head: "vernissage", suffixes: N, plural: ["n"] },
  { head: "finissage", suffixes: N, plural: ["n"] },
  { head: "gala", suffixes: ["", "s"], plural: ["s"] },
  { head: "festival", suffixes: ["", "s"], plural: ["s"] },
  { head: "konzert", suffixes: S_ES_E_EN, plural: ["e", "en"] },
  // Swiss for a press conference
  { head: "medienorientierung", suffixes: EN, plural: ["en"] },
  { head: "ortstermin", suffixes: ["", "s", "e", "en"], plural: ["e", "en"] },
  { head: "pressetermin", suffixes: ["", "s", "e", "en"], plural: ["e", "en"] },
  { head: "fototermin", suffixes: ["", "s", "e", "en"], plural: ["e", "en"] },
  { head: "infoabend", suffixes: ["", "s", "e", "en"], plural: ["e", "en"] },
  { head: "informationsabend", suffixes: ["", "s", "e", "en"], plural: ["e", "en"] },
  { head: "elternabend", suffixes: ["", "s", "e", "en"], plural: ["e", "en"] },
  { head: "begehung", suffixes: EN, plural: ["en"] },
  { head: "auftakt", suffixes: ["", "s", "es"], plural: [], needsModifier: true },
  // the launch event of a project ("beim Projektstart im Rathaus"); not every "…start" (Neustart, Schulstart)
  { head: "projektstart", suffixes: ["", "s"], plural: [] },
  { head: "verleihung", suffixes: EN, plural: ["en"] },
  // "Bestenehrung", "Sportlerehrung", "Autorenlesung"; not a bare "Ehrung" (an honour) or "Lesung" (a bill's reading)
  { head: "ehrung", suffixes: EN, plural: ["en"], needsModifier: true },
  { head: "lesung", suffixes: EN, plural: ["en"], needsModifier: true },
  { head: "webinar", suffixes: ["", "s", "e", "en"], plural: ["e", "en"] },
  // "Buchpräsentation", "Ergebnispräsentation" (a bare "Präsentation" may be a slide show)
  { head: "präsentation", suffixes: EN, plural: ["en"], needsModifier: true },
  { head: "seminar", suffixes: ["", "s", "e", "en"], plural: ["e", "en"] },
  { head: "meeting", suffixes: ["", "s"], plural: ["s"] },
  { head: "gipfel", suffixes: ["", "s", "n"], plural: ["n"], needsModifier: true },
  { head: "forum", suffixes: ["", "s"], plural: [], needsModifier: true },
];

/**
 * Compounds on a gathering head that name no gathering: weekdays and other days of the calendar or
 * of a life, parts of a day, parliaments and associations named "-tag", and the like. A closed
 * class, lower-cased; a word ending in one of them ("Nationalfeiertag", "Berufsalltag") is none
 * either, and a hyphen inside a compound is ignored when looking them up.
 */
export const NOT_GATHERING_COMPOUNDS: ReadonlySet<string> = new Set([
  // weekdays
  "montag", "dienstag", "donnerstag", "freitag", "samstag", "sonntag",
  // days of the calendar or of a life, parts and kinds of days
  "feiertag", "geburtstag", "jahrestag", "namenstag", "todestag", "sterbetag", "hochzeitstag", "gedenktag", "ehrentag",
  "stichtag", "alltag", "werktag", "arbeitstag", "wochentag", "vortag", "folgetag", "nachmittag", "vormittag", "mittag",
  "ruhetag", "urlaubstag", "krankheitstag", "schultag", "kalendertag", "lebenstag", "regentag", "sonnentag", "wahltag",
  "ganztag", "halbtag", "zahltag", "brückentag", "liefertag", "muttertag", "vatertag", "valentinstag",
  // parliaments and associations named after their sitting
  "landtag", "bundestag", "kreistag", "bezirkstag", "reichstag", "städtetag", "landkreistag", "gemeindetag", "sparkassentag",
  // exchanges that are programmes or processes, not meetings
  "schüleraustausch", "jugendaustausch", "studentenaustausch", "datenaustausch", "gasaustausch", "luftaustausch", "wärmeaustausch", "stoffaustausch",
  // markets and places rather than events
  "wertpapierbörse", "aktienbörse", "strombörse", "eiscafé", "internetcafé", "straßencafé", "eiscafe", "internetcafe",
  // words that only end like a head
  "manifest",
]);

/** Multi-word gathering names, nominative first ("Runder Tisch"); inflected forms map to it. */
export const MEETING_PHRASES: readonly { pattern: string; kind: string }[] = [
  { pattern: String.raw`Runde[nrms]?\s+Tisch(?:e?s)?`, kind: "Runder Tisch" },
  { pattern: String.raw`Tag(?:e?s)?\s+der\s+offenen\s+Tür`, kind: "Tag der offenen Tür" },
  // "die Lange Nacht der Museen / der Wissenschaften / der Industrie"
  { pattern: String.raw`Lange[nr]?\s+Nacht(?=\s+(?:der|des)\s+\p{Lu})`, kind: "Lange Nacht" },
];

/**
 * Verbs that report a gathering without a noun: "trafen sich" → Treffen,
 * "besuchte" → Besuch, "tagte" → Sitzung. Regex sources, matched case-insensitively
 * on word boundaries.
 */
export const MEETING_VERBS: readonly { pattern: string; kind: string }[] = [
  { pattern: String.raw`(?:trafen|treffen|trifft|traf)\s+sich`, kind: "Treffen" },
  { pattern: String.raw`kamen\s+[^.!?]{0,80}?\s+zusammen`, kind: "Treffen" },
  // not "gut besucht" (well attended)
  { pattern: String.raw`(?<!(?:gut|stark|viel|schlecht|sehr|zahlreich|gern|rege)\s)(?:besuchte|besuchten|besucht)`, kind: "Besuch" },
  { pattern: String.raw`(?:tagte|tagten|tagt)`, kind: "Sitzung" },
  // acts that happen at a gathering: handing over, signing, opening, awarding, receiving, celebrating
  { pattern: String.raw`(?:überreichte|überreichten|überreicht|übergab|übergaben|übergeben)`, kind: "Übergabe" },
  { pattern: String.raw`(?:unterzeichnete|unterzeichneten|unterzeichnet|unterschrieb|unterschrieben)`, kind: "Unterzeichnung" },
  { pattern: String.raw`(?:eröffnete|eröffneten|eröffnet)`, kind: "Eröffnung" },
  { pattern: String.raw`(?:weihte|weihten|eingeweiht)`, kind: "Einweihung" },
  { pattern: String.raw`(?:verlieh|verliehen)`, kind: "Verleihung" },
  { pattern: String.raw`(?:empfing|empfingen)`, kind: "Empfang" },
  { pattern: String.raw`(?:feierte|feierten|gefeiert)`, kind: "Feier" },
];

/**
 * Objects that make an act verb figurative: "eröffnet neue Perspektiven", "übergab das Wort",
 * "feierte Erfolge". Read in the verb's clause.
 */
export const FIGURATIVE_OBJECTS = String.raw`\b(?:Perspektive|Chance|Möglichkeit|Weg|Wege|Zugang|Zugänge|Horizont|Option|Spielraum|Markt|Märkte|Verfahren|Insolvenzverfahren|Konto|Wort|Staffelstab|Erfolg|Erfolge|Siege?|Rekord)\w{0,3}\b`;

/** Verbs of inviting: the noun after "zum/zur" in their clause is a gathering ("lädt zur Lesung ein"). */
export const INVITATION_VERBS = String.raw`\b(?:lädt|laden|lud|luden|eingeladen|einladen|einlädt)\b`;

/** Nouns after "zum/zur" that name no gathering even beside an invitation ("zur Teilnahme", "zum Thema"). */
export const NOT_GATHERING_AFTER_ZU: ReadonlySet<string> = new Set([
  "teilnahme", "thema", "beispiel", "verfügung", "kenntnis", "anmeldung", "mitmachen", "mitwirken", "mitgestalten", "anlass",
  "ziel", "auftakt", "abschluss", "start", "ende", "beginn", "einstieg",
  "mitarbeit", "bewerbung", "einsatz", "engagement", "zuhören", "diskutieren", "ausdruck", "gast", "hause", "erfolg", "jubiläum",
  "geburtstag", "mittagessen", "essen", "kaffee", "frühstück", "schluss",
]);

/** Verbs of taking place: the subject of "findet … statt" is a gathering whatever its noun. */
export const TAKING_PLACE = String.raw`\b(?:findet|fand|finden|fanden|stattfinden|stattfindet|stattfand|stattfanden|stattgefunden)\b`;

/**
 * Last parts of venue nouns: "im Gemeindehaus Talheim", "in der Stadtbibliothek Talheim" name the
 * place after the venue. Lower-case compound tails.
 */
export const VENUE_NOUNS: readonly string[] = [
  "haus", "halle", "saal", "zentrum", "amt", "kirche", "schule", "hotel", "museum", "theater", "gebäude", "hof",
  "park", "bibliothek", "akademie", "universität", "hochschule", "kammer", "arena", "forum", "zentrale", "markt",
  "platz", "garten", "bad", "schloss", "burg", "kloster", "werk", "stadion", "messe", "campus", "kaserne",
];

/** Words of deciding: with a council's name and a day date they report its sitting. Regex source. */
export const DECISION_CUES = String.raw`\b(?:Beschluss|Beschlüsse|beschlossen|beschloss|beschlossen|beschließt|verabschiedet|verabschiedete|verabschiedeten|entschieden|entschied|zugestimmt|stimmte|stimmten|bewilligt|bewilligte|genehmigt|genehmigte)\b`;

/**
 * Last parts of the names of councils, committees and governments that decide in sittings
 * ("Sozialausschuss", "Kreistag", "Gemeinderat", "Kabinett"). Lower-case; a word ending in one
 * of them, in any case ending, is such a body. Person titles that look alike (Landrat, Stadtrat
 * as a title) are excluded by requiring an article or "im/vom" before the word.
 */
export const COUNCIL_HEADS: readonly string[] = [
  "ausschuss", "ausschusses", "kreistag", "gemeinderat", "stadtrat", "ortsrat", "ortschaftsrat", "bezirksrat", "regierungsrat",
  "ministerrat", "bundesrat", "aufsichtsrat", "verwaltungsrat", "integrationsrat", "senat", "kabinett", "landesregierung",
  "staatsregierung", "bundesregierung", "stadtverordnetenversammlung", "gemeindevertretung", "bezirksversammlung",
  "regionsversammlung", "bürgerschaft", "landtag", "bundestag", "kreisausschuss", "magistrat", "vorstand", "kuratorium",
];

/** Words that make a singular gathering noun generic rather than one event. */
export const GENERIC_MEETING_CONTEXT = String.raw`\b(?:regelmäßig\w*|jährlich\w*|jedes\s+Mal|monatlich\w*|wöchentlich\w*|künftig\w*|weitere[nrs]?)\b`;

/** Idioms where a gathering noun is no gathering: "im Gespräch mit", "zu Gast". */
export const NOT_A_MEETING = String.raw`\b(?:im|ins)\s+(?:Gespräch|Dialog|Austausch)\b|\bin\s+Empfang\b`;

/**
 * Heads of project-like nouns: a quoted name after one of these, or a
 * naming phrase built on one ("Projekt zur Förderung ..."), is a project.
 */
export const PROJECT_HEADS: readonly string[] = [
  "projekt", "modellprojekt", "teilprojekt", "programm", "förderprogramm",
  "initiative", "landesinitiative", "vorhaben", "modellvorhaben", "kampagne",
  "netzwerk", "integrationsnetzwerk", "masterplan", "aktionsplan", "offensive",
  "pakt", "bündnis", "wettbewerb", "fonds", "strategie", "maßnahme",
  // research funding instruments
  "sonderforschungsbereich", "forschungsverbund",
  // plans, agreements, prizes and rules a release can be about
  "konzept", "agenda", "allianz", "preis", "award", "richtlinie", "aktion", "forum",
];

/** Grammatical gender of the heads (for the nominative of an adjective before them: "Familienpolitisches Gesamtkonzept"). */
export const PROJECT_HEAD_GENDER: Readonly<Record<string, "m" | "f" | "n">> = {
  projekt: "n", modellprojekt: "n", teilprojekt: "n", programm: "n", förderprogramm: "n", initiative: "f", landesinitiative: "f",
  vorhaben: "n", modellvorhaben: "n", kampagne: "f", netzwerk: "n", integrationsnetzwerk: "n", masterplan: "m", aktionsplan: "m",
  offensive: "f", pakt: "m", bündnis: "n", wettbewerb: "m", fonds: "m", strategie: "f", maßnahme: "f",
  sonderforschungsbereich: "m", forschungsverbund: "m", konzept: "n", agenda: "f", allianz: "f", preis: "m", award: "m",
  richtlinie: "f", aktion: "f", forum: "n",
};

/**
 * Words that end in a project head but name no undertaking: bodies and reactions ending in
 * "-aktion", prices, and the running order of an event ("Besuchsprogramm"). Matched as word
 * endings, lower-case.
 */
export const NOT_PROJECT_COMPOUNDS: readonly string[] = [
  "fraktion", "redaktion", "reaktion", "transaktion", "interaktion",
  "kaufpreis", "mietpreis", "strompreis", "energiepreis", "gaspreis", "eintrittspreis", "verkaufspreis", "festpreis",
  "marktpreis", "einzelpreis", "endpreis", "grundstückspreis", "bodenpreis", "ölpreis",
  "besuchsprogramm", "tagesprogramm", "fernsehprogramm", "kinoprogramm", "veranstaltungsprogramm", "festprogramm",
  "konzertprogramm", "wahlprogramm", "parteiprogramm",
];

/** Inflection endings project heads can carry ("Projekts", "Programme", "Initiativen"). */
export const PROJECT_SUFFIXES: readonly string[] = ["", "s", "es", "e", "en", "n"];

/** Heads that only refer back to a project when it has been named ("das Netzwerk" is often a body). */
export const WEAK_PROJECT_HEADS: readonly string[] = [
  "netzwerk", "bündnis", "pakt", "wettbewerb", "fonds", "kampagne", "offensive", "strategie", "maßnahme",
  "agenda", "allianz", "preis", "award", "richtlinie", "aktion", "forum",
];

/** Function words that may sit inside a descriptive project name ("Projekt zur Förderung der ..."). */
export const NAME_FUNCTION_WORDS: readonly string[] = [
  "der", "die", "das", "des", "dem", "den", "von", "vom", "für", "in", "im", "bei",
  "mit", "zur", "zum", "und", "an", "am", "auf", "aus", "durch", "gegen", "über", "unter",
];

/** Cues that an organisation funds a project. Regex sources. `after`: the organisation follows the cue. */
export interface OrgCue {
  pattern: string;
  /** "after": the organisation follows the cue; "before": it precedes it. */
  side: "after" | "before";
}

export const FUNDER_CUES: readonly OrgCue[] = [
  // Verb-second order: "Mit der Förderung unterstützt das Zentrum …", "Dafür stellt das Land … bereit"; the subject
  // takes no "den" ("fördert den Verbund … an der Hochschule X": X is no funder).
  { pattern: String.raw`(?:fördert|förderte|unterstützt|unterstützte|finanziert|finanzierte)\s+(?=(?:der|die|das)\s)`, side: "after" },
  { pattern: String.raw`(?:stellt|stellte)\s+(?=(?:der|die|das)\s[^.!?]{0,100}\b(?:zur\s+Verfügung|bereit)\b)`, side: "after" },
  // "Finanziert wird das Vorhaben für drei Jahre vom Ministerium …": the agent may come six words on.
  { pattern: String.raw`(?:gefördert|finanziert|getragen|unterstützt|bezuschusst)\s+(?:\p{L}+\s+){0,6}?(?:von|vom|durch)\b`, side: "after" },
  { pattern: String.raw`(?:Finanzierung|Förderung|Kofinanzierung|Unterstützung|Zuwendung(?:en)?)\s+(?:durch|von|des|der|vom)\b`, side: "after" },
  { pattern: String.raw`(?:aus\s+)?Mitteln\s+(?:des|der|vom)\b`, side: "after" },
  { pattern: String.raw`Förder(?:mittel|gelder)\s+(?:des|der|vom)\b`, side: "after" },
  { pattern: String.raw`(?:erhält|erhalten|erhielt|erhielten|bekommt|bekommen)\s+(?:\p{L}+\s+){0,3}?(?:von|vom|aus)\b`, side: "after" },
  { pattern: String.raw`geförderte[nrms]?\b`, side: "before" },
  { pattern: String.raw`finanzierte[nrms]?\b`, side: "before" },
  { pattern: String.raw`(?:Kofinanzierung|Finanzierung)\b`, side: "before" },
  { pattern: String.raw`(?:fördert|finanziert|förderte|finanzierte|unterstützt|unterstützte)\s+(?=(?:das|die|den)\s)`, side: "before" },
  { pattern: String.raw`(?:fördert|finanziert|förderte|finanzierte)\b`, side: "before" },
  { pattern: String.raw`(?:stellt|stellte|stellen)\b(?=[^.!?]{0,100}\b(?:zur\s+Verfügung|bereit)\b)`, side: "before" },
  // "Die Agentur steuert 2 Millionen Euro bei": the contributor before the verb.
  { pattern: String.raw`(?:steuert|steuern|steuerte|steuerten)\b(?=[^.!?]{0,80}\bbei\b)`, side: "before" },
];

export const LEAD_CUES: readonly OrgCue[] = [
  // Operators: "In der Region betreiben die X, die Y sowie der Verein Z das Zentrum", "betrieben von der X".
  { pattern: String.raw`(?:betreibt|betreiben|betrieb|betrieben)\s+(?:(?:von|vom|durch)\s+)?(?=(?:der|die|das|den|dem)\s)`, side: "after" },
  { pattern: String.raw`(?:Betreiber(?:in)?)\s+(?:ist|sind|war|waren)\b`, side: "after" },
  { pattern: String.raw`(?:Träger(?:in)?|Projektträger(?:in)?|Projektleitung|Federführung)\s+(?:ist|war|sind|liegt|liegen|hat|haben)?\s*(?:bei(?:m)?)?\b`, side: "after" },
  { pattern: String.raw`(?:in\s+(?:der\s+)?Trägerschaft|unter\s+(?:der\s+)?(?:Leitung|Federführung))\s+(?:des|der|von|vom)\b`, side: "after" },
  { pattern: String.raw`(?:durchgeführt|umgesetzt|geleitet|getragen|organisiert|betrieben)\s+(?:\p{L}+\s+){0,3}?(?:von|vom|durch)\b`, side: "after" },
  // The commissioning body: "im Auftrag des Regionalverkehrs".
  { pattern: String.raw`im\s+Auftrag\s+(?:des|der|von|vom)\b`, side: "after" },
  // Passive with the agent first: "wird von der X in Zusammenarbeit mit Y umgesetzt".
  { pattern: String.raw`\b(?:von|vom|durch)\s+(?=(?:der|dem|den|die|das)?\s*[^.!?]{0,80}?\b(?:umgesetzt|durchgeführt|getragen|geleitet|realisiert)\b)`, side: "after" },
  { pattern: String.raw`(?:liegen|liegt)\s+(?:\p{L}+\s+){0,2}?(?:beim|bei\s+der|bei\s+dem)\b`, side: "after" },
  // The body that launches it: "Die Stadt X hat das Projekt „Y“ gestartet".
  { pattern: String.raw`(?:startet|startete|starten|starteten|gestartet|initiiert|initiierte|ins\s+Leben\s+gerufen|aufgelegt)\b`, side: "before" },
  { pattern: String.raw`(?:und|mit)\s+(?:sein|ihr|seinem|ihrem|seines|ihres)\s+(?:\p{L}*[Pp]rojekt|\p{L}*[Pp]rogramm|\p{L}*[Ii]nitiative)`, side: "before" },
];

export const COORDINATOR_CUES: readonly OrgCue[] = [
  { pattern: String.raw`koordiniert\s+(?:\p{L}+\s+){0,2}?(?:von|vom|durch)\b`, side: "after" },
  { pattern: String.raw`(?:Koordination|Koordinierung|Projektkoordination|Gesamtkoordination)\s+(?:\p{L}+\s+){0,4}?(?:liegt|liegen|hat|haben|übernimmt|übernehmen|ist|sind)?\s*(?:bei(?:m)?|des|der)\b`, side: "after" },
  { pattern: String.raw`(?:koordiniert|koordinieren|koordinierte|übernimmt\s+die\s+Koordination)\b`, side: "before" },
  { pattern: String.raw`(?:Gesamtkoordinator(?:in)?|Koordinator(?:in)?)\b`, side: "after" },
];

export const PARTNER_CUES: readonly OrgCue[] = [
  // "Umgesetzt wird das Programm gemeinsam mit der X und dem Y".
  { pattern: String.raw`(?:umgesetzt|durchgeführt|realisiert|entwickelt|getragen)\s+(?:\p{L}+\s+){0,4}?gemeinsam\s+mit\b`, side: "after" },
  { pattern: String.raw`in\s+(?:enger\s+)?(?:Kooperation|Zusammenarbeit|Partnerschaft)\s+mit\b`, side: "after" },
  { pattern: String.raw`(?:Kooperationspartner|Projektpartner|Partner)(?:in|innen|n)?\s+(?:\p{L}+\s+){0,4}?(?:sind|ist|waren|war)\b`, side: "after" },
];

export const PARTICIPANT_CUES: readonly OrgCue[] = [
  // "Beteiligt sind neben der Universität X das Institut Y, die Z sowie das W": every body named.
  { pattern: String.raw`Beteiligt\s+(?:sind|ist|waren|war)\s+(?:neben\s+)?`, side: "after" },
  // … and the list after the "neben" part: "neben der Universität X das Institut Y, die Z sowie das W".
  { pattern: String.raw`Beteiligt\s+(?:sind|ist|waren|war)\s+neben\s+[^,.;]{3,80}?\s+(?=(?:der|die|das)\s)`, side: "after" },
  // "Neben der X und dem Y sollen auch die Träger … eingebunden werden": the bodies listed after "Neben" take part.
  { pattern: String.raw`\bNeben\s+(?=(?:der|dem|den)\s[^.!?]{0,150}\bauch\b)`, side: "after" },
  // The body applications go to administers the programme: "Anträge können bei der Förderbank gestellt werden".
  { pattern: String.raw`(?:Anträge|Antrag|Bewerbungen)\b[^.!?]{0,60}?\bbei\s+(?=(?:der|dem|den)\s)`, side: "after" },
  { pattern: String.raw`(?:beteiligen|beteiligt|beteiligte|nehmen|nimmt)\s+sich\b`, side: "after" },
  { pattern: String.raw`(?:beteiligen|beteiligt|beteiligte)\b`, side: "before" },
];

/** Cues that an organisation convenes a meeting. */
export const ORGANISER_CUES: readonly OrgCue[] = [
  { pattern: String.raw`(?:Gastgeber(?:in)?|Veranstalter(?:in)?|Ausrichter(?:in)?|Gastgebende)\s+(?:war|ist|waren|sind|der\s+\p{L}+\s+war)\b`, side: "after" },
  { pattern: String.raw`auf\s+(?:Einladung|Initiative)\s+(?:von|vom|des|der)\b`, side: "after" },
  { pattern: String.raw`[Ee]ingeladen\s+(?:hatte|hatten|hat|haben)\b`, side: "after" },
  { pattern: String.raw`in\s+(?:enger\s+)?(?:Kooperation|Zusammenarbeit)\s+mit\b`, side: "after" },
  { pattern: String.raw`(?:veranstaltet|organisiert|ausgerichtet|geplant|vorbereitet|eingeladen)\s+(?:\p{L}+\s+){0,2}?(?:von|vom|durch)\b`, side: "after" },
  { pattern: String.raw`mit\s+(?:der|dem)\s+(?=[^.!?]{0,80}?(?:geplant|vorbereitet|organisiert|ausgerichtet|veranstaltet)\b)`, side: "after" },
  { pattern: String.raw`(?:lud|luden|lädt|laden|veranstaltete|veranstalteten|veranstaltet|organisierte|organisierten|richtete|richteten|richtet)\b`, side: "before" },
];

/** Verbs of launching or deciding: a date beside them in a project sentence is its start. */
export const START_CUES = String.raw`\b(?:gestartet|startet|starten|startete|begonnen|beginnt|begann|ins\s+Leben\s+gerufen|gegründet|beschlossen|eingeführt|aufgelegt|Start|Beginn|Auftakt)\b`;

/** Verbs of ending: a date beside them in a project sentence is its end. */
export const END_CUES = String.raw`\b(?:endet|endete|enden|ausläuft|läuft\s+\p{L}+\s+aus|abgeschlossen|Ende|Laufzeitende)\b`;

/** Cues that a person is one of a project's people even without a project role. */
export const PERSON_PROJECT_CUES = String.raw`\b(?:koordinier\w*|leitet|leitete|verantwortet\w*|startet|startete|gestartet|initiiert\w*|ins\s+Leben\s+gerufen|Sprecher(?:in)?\s+(?:des|der))\b`;

/** Words that name a project's own staff: a person named in such a sentence works on the release's main project. */
export const PROJECT_STAFF_CUES = String.raw`\b(?:Projektteam\w*|Projektleit\w*|Projektkoordinat\w*|Projektmitarbeit\w*|unter\s+(?:der\s+)?Leitung\s+von)\b`;

/** Leading roles: the head of a project's lead body speaks for the project. */
export const LEADING_ROLE = String.raw`^(?:Geschäftsführer|Hauptgeschäftsführer|Leiter|Vorstand|Vorständin|Vorstandsvorsitzende|Vorsitzende|Direktor|Präsident|Sprecher)`;
