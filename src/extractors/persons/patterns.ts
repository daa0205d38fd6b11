/**
 * Named regexes and closed word classes of the persons extractor.
 */

/**
 * A capitalised name-like word: "Müller", "Müller-Bozkurt", "Doğruer-Rütten",
 * "McAllister", "O'Brien". Not all caps (acronyms are organisations).
 */
export const NAME_WORD = /^\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}]+)?)*$/u;

/** An acronym: "KI", "SGB", "IQ", "DRK". */
export const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d&-]*\p{Lu}[\p{Lu}\d]*$|^\p{Lu}{2,}$/u;

/** Only horizontal space between two tokens of one name (index.ts checks it by char codes, for speed). */
export const INLINE_GAP = /^[ \t\u00a0]{1,3}$/;

/**
 * Capitalised closed-class words that start sentences or headings and never
 * begin or continue a person name (articles, pronouns, prepositions,
 * conjunctions, common adverbs, weekdays, months).
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    "Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Kein Keine Diese Dieser Dieses Diesem Diesen Jede Jeder Jedes Alle " +
    "Ich Du Er Sie Es Wir Ihr Ihre Ihren Ihrem Ihrer Sein Seine Seiner Unser Unsere Man Wer Was Wie Wo Wann Warum Welche Welcher " +
    "In Im Am An Auf Aus Bei Beim Mit Nach Von Vom Zu Zum Zur Um Für Vor Über Unter Ab Bis Seit Durch Gegen Ohne Neben Zwischen Hinter Laut Trotz Während Wegen " +
    "Und Oder Aber Denn Als Ob Wenn Weil Dass Damit Doch Sowie Sondern Nur Auch Noch Schon Dann Da Dort Hier So Nun Jetzt Heute Gestern Morgen Zudem Außerdem Dabei Daher Deshalb Insgesamt " +
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Sonnabend " +
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember " +
    "Foto Fotos Bild Quelle Kontakt Tel Telefon Fax Mail E-Mail Web Website Internet Presse Pressemitteilung Pressestelle Copyright Autor Redaktion " +
    "Derweil Indes Indessen Stattdessen Daraufhin Hingegen Dagegen Ebenda Dort Dies Dieser Diese Jenes Beispielsweise Möglicherweise Normalerweise Glücklicherweise Bereits Zudem Dabei Danach Davor Darum Dennoch Jedoch Trotzdem Inzwischen Mittlerweile Seitdem Anschließend Bisher Derzeit Gleichzeitig Zunächst Zuletzt Schließlich Später Früher Erst Immer Oft Gerade Besonders Vielleicht Wohl Sogar Allerdings Ebenfalls Ebenso Hierzu Hierbei Dazu Somit Also Weiterhin Künftig Aktuell " +
    // conjunctional and sentence adverbs that open clauses ("Zugleich unterstrich er …")
    "Zugleich Gleichwohl Ferner Überdies Hierfür Dafür Deswegen Demnach Folglich Infolgedessen Demzufolge Dementsprechend Entsprechend " +
    "Insbesondere Zuvor Vorher Nachher Anfangs Letztlich Schlussendlich Endlich Nunmehr Bislang Seither Fortan Wiederum Umgekehrt " +
    "Andererseits Einerseits Ansonsten Sonst Teilweise Zumindest Jedenfalls Immerhin Ohnehin Tatsächlich Natürlich Selbstverständlich " +
    "Grundsätzlich Generell Abschließend Zusätzlich Ergänzend Hiermit Hierdurch Daraus Darin Darauf Daneben Gleichfalls Zusammenfassend " +
    "Erstmals Erneut Nochmals Demnächst Kürzlich Vorerst Zuerst Vielmehr Lediglich Häufig Manchmal Stets Niemals Damals Zukünftig " +
    "Gegenwärtig Momentan Jüngst Unlängst Sobald Solange Sofern Soweit Obwohl Obgleich Sodass Nachdem Bevor Seitdem Indem " +
    "Mio Mrd Tsd Nr Abb Kap Bd Hrsg Aufl Jh Jhd " +
    "Herr Herrn Frau Frauen Herren Damen Dame Kinder Familie Stadt Land Kreis Gemeinde Bund Straße Platz Weg Allee Ring"
  ).split(" "),
);

/** Lowercase words that end a name chain's left context and mark a common noun ("die Steuer", "mit Herz"). */
export const COMMON_NOUN_LEFT: ReadonlySet<string> = new Set(
  "der die das den dem des ein eine einen einem einer eines kein keine keinen mit ohne viel viele mehr jede jeder jedes unser unsere ihr ihre sein seine".split(" "),
);

/**
 * Word endings of German common nouns and organisation heads; a capitalised
 * word with one of these endings does not fill a surname slot
 * ("Leitung Regionalagentur", "Bürgermeister Wahl").
 */
export const NOUN_ENDINGS = /(?:ung|ungen|heit|keit|schaft|schaften|tion|tionen|sion|ität|ismus|ment|ments|agentur|zentrum|amt|ämter|stelle|büro|verband|verein|kreis|stadt|ministerium|behörde|netzwerk|gesellschaft|projekt|programm|werk|kammer|institut|stiftung|gruppe|team|ausschuss|gericht|schule|hochschule|universität|klinik|klinikum|zentrale|dienst|dienste|verwaltung|referat|abteilung|bereich|fonds|initiative|straße|strasse|allee|gasse|bahnhof|halle|arbeit|bildung|integration|förderung|beratung|unterstützung|veranstaltung|konferenz|tagung|sitzung|treffen|gespräch|besuch|bericht|ergebnis|ergebnisse|region|kommune|kommunen|bezirk|center|centre|gemeinde|landkreis|senat|hilfe|diakonie|caritas|johanniter|malteser|foundation|institute|university|college|company|group|society|association|council|bank|holding|besuch)$/i;

/** Prepositions and articles that introduce the body after a role: "Leiterin der", "Referentin im". */
export const ORG_INTRODUCERS: ReadonlySet<string> = new Set(
  "der des dem den im beim bei am vom von zum zur in an für".split(" "),
);

/** Lowercase words allowed inside an organisation phrase. */
export const ORG_INNER_LOWER: ReadonlySet<string> = new Set("für und der des die das von vom in im am an zu zur zum mit auf".split(" "));

/** Legal forms written in organisation names. */
export const LEGAL_FORM = /^(?:e\.\s?V\.|gGmbH|GmbH|AG|KG|eG|mbH|SE|gAG|KGaA|UG|OHG|GbR|e\.G\.)$/;

/** A parenthesis that holds no role or body: numbers, photo credits, abbreviations of the name. */
export const PAREN_SKIP = /^(?:\d|Foto|Bild|Quelle|Archiv|v\.\s?l\.|links|rechts|Mitte|li\.|re\.)/;

/** Verbs of speech and similar cues after a bare surname: "so Brügge", "sagte Müller". */
export const SPEECH_CUES: ReadonlySet<string> = new Set(
  "so sagt sagte betont betonte erklärt erklärte ergänzt ergänzte unterstreicht unterstrich berichtet berichtete meint meinte erzählt erzählte".split(" "),
);

/** Verbs of speech and stance right after a clause-initial surname: "Kaya erklärte, …". */
export const SPEECH_VERBS_AFTER: ReadonlySet<string> = new Set(
  ("sagt sagte betont betonte erklärt erklärte ergänzt ergänzte unterstreicht unterstrich berichtet berichtete meint meinte " +
    "erzählt erzählte schreibt schrieb fordert forderte kritisiert kritisierte warnt warnte lobt lobte plädiert plädierte " +
    "kündigt kündigte räumt räumte verweist verwies bekräftigt bekräftigte zeigte zeigt freute freut").split(" "),
);

/** Endings of nouns for people by occupation ("Journalist", "Psychologe", "Politiker", "Regisseur"). */
export const PERSON_NOUN_ENDINGS = /^\p{Lu}\p{Ll}{3,}(?:ist|istin|isten|loge|login|logen|iker|ikerin|eur|eurin|euren)$/u;

/** Adjective endings: "Rheinisch-Bergischer", "Kölner" is left to places. Not a surname in a slot. */
export const ADJECTIVE_ENDINGS = /(?:isch|ische|ischer|ischen|isches|lich|liche|licher|lichen|liches)$/;

/** Heads of bodies' names that never end a person's name ("Chase Foundation", "Ebert Stiftung"). */
export const BODY_WORDS = /(?:foundation|institute|university|college|company|group|society|association|council|holding|island|river|band|airways|airlines|railway|motors|systems|limited|inc|ltd|corp|records|pictures|studios|avenue|road|square|board|license|stiftung|gmbh|verein|verband|gesellschaft|straße|strasse|platz|allee|schule|preis|award|zentrum|center|klinik|klinikum|haus)$/i;

/** Street and building words after a name: "Willy Brandt Platz", "Anne Frank Schule". */
export const STREET_WORDS = /^(?:Straße|Strasse|Str|Platz|Allee|Weg|Ring|Gasse|Ufer|Damm|Brücke|Park|Gymnasium|Realschule|Grundschule|Gesamtschule|Schule|Museum|Halle|Saal|Kaserne|Bad|Preis|Medaille|Haus|Turm|Tunnel|Stadion|Arena|Kolleg|Berufskolleg)$/;

/** Parties, a closed class: "Max Kaya (SPD)" marks a person; "(CDU)" after a name is no affiliation. */
export const PARTIES: ReadonlySet<string> = new Set(
  "CDU CSU SPD FDP AfD BSW Grüne Linke ÖDP FW Piraten Volt ÖVP SPÖ FPÖ NEOS KPÖ SVP SP GLP EVP EDU Mitte FBP VU DpL".split(" "),
);

/** The definite article's forms (lower case). */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(["der", "die", "das", "den", "dem", "des"]);
