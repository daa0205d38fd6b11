/**
 * Head nouns of German institutions and organisations: a closed class of the
 * nouns public bodies, associations and companies are named with
 * ("Bundes|ministerium", "Regional|agentur", "Caritas|verband").
 *
 * - gender: grammatical gender, used to decline adjectives back to the
 *   nominative ("der Europäischen Kommission" → "Europäische Kommission").
 * - kind:
 *   authority  public administration (Amt, Ministerium, Behörde, Senat)
 *   body       councils and committees (Rat, Ausschuss, Kreistag)
 *   unit       a unit inside an administration; its name is a common noun
 *              phrase ("Referat Flüchtlingskoordination")
 *   education  universities and research institutes
 *   association associations, foundations, networks, chambers
 *   company    firms and funds
 * - bare: a compound of this head stands for one body even without a
 *   complement ("das Landratsamt", "die Bundesregierung"); the extractor
 *   uses this for public bodies only, other heads need a complement, an
 *   adjective or a hyphenated name ("Bertelsmann-Stiftung").
 * - exact: only the noun itself or the listed compounds count, not any
 *   compound ending in it ("Rat" but not "Vorrat").
 * - notCompounds: compounds ending in the head that are not organisations.
 */
export type Gender = "m" | "f" | "n";
export type HeadKind = "authority" | "body" | "unit" | "education" | "association" | "company";

export interface OrganisationHead {
  noun: string;
  gender: Gender;
  kind: HeadKind;
  bare: boolean;
  exact?: readonly string[];
  notCompounds?: readonly string[];
  /** The simple noun is a plural or generic as often as a name ("der Fonds"): it needs an adjective or a compound. */
  needsModifier?: boolean;
  /** Proper names stand before the head ("Hirzel Verlag", "JP Morgan Chase Foundation"). */
  nameBefore?: boolean;
  /** Only a place follows as name: "Flüchtlingshilfe Alzey", "Lebenshilfe in Musterstadt" (the places stage must know it). */
  placeOnly?: boolean;
  /** No bare name follows the head: "Rat der Stadt", "Rat für …", but "Rat Pack" is no council. */
  noNameAfter?: boolean;
  /** A plural-only noun ("Stadtwerke"): articles of the plural are no sign of a generic mention; dative "-n" is a case form. */
  plural?: boolean;
  /** Never named with a "für" complement: "der Landesregierung für die Unterstützung danken" is no name. */
  noFor?: boolean;
  /** Named only with a territorial genitive: "Flüchtlingskoordination des Kreises X" (the noun alone is a task). */
  genitiveOnly?: boolean;
  /** A body only with "in/von" + a place after it ("Evangelische Kirche in Deutschland"); otherwise a building. */
  territoryOnly?: boolean;
}

export const ORGANISATION_HEADS: readonly OrganisationHead[] = [
  // administrations
  { noun: "Ministerium", gender: "n", kind: "authority", bare: true },
  { noun: "Amt", gender: "n", kind: "authority", bare: true,
    notCompounds: ["Ehrenamt", "Gesamt", "Insgesamt", "Samt", "Beamt", "Nebenamt", "Pfarramt", "Lehramt", "Hauptamt", "Ehren-Amt"] },
  { noun: "Behörde", gender: "f", kind: "authority", bare: true },
  { noun: "Agentur", gender: "f", kind: "authority", bare: true, notCompounds: ["Nachrichtenagentur", "Werbeagentur", "Presseagentur", "Reiseagentur"] },
  { noun: "Jobcenter", gender: "n", kind: "authority", bare: true },
  { noun: "Job-Center", gender: "n", kind: "authority", bare: true },
  { noun: "Senat", gender: "m", kind: "authority", bare: true, exact: ["Senat"] },
  { noun: "Senatsverwaltung", gender: "f", kind: "authority", bare: false },
  { noun: "Verwaltung", gender: "f", kind: "authority", bare: false,
    exact: ["Kreisverwaltung", "Stadtverwaltung", "Bezirksverwaltung", "Senatsverwaltung", "Landesverwaltung", "Gemeindeverwaltung"] },
  { noun: "Regierung", gender: "f", kind: "authority", bare: true, noFor: true,
    exact: ["Bundesregierung", "Landesregierung", "Staatsregierung", "Bezirksregierung"] },
  // "Regierung des Fürstentums Liechtenstein", "Regierung von Oberbayern": the simple noun only with its territory
  { noun: "Regierung", gender: "f", kind: "authority", bare: false, noFor: true, genitiveOnly: true, exact: ["Regierung"] },
  { noun: "Staatskanzlei", gender: "f", kind: "authority", bare: true, noFor: true },
  { noun: "Direktion", gender: "f", kind: "authority", bare: true,
    exact: ["Polizeidirektion", "Landesdirektion", "Bundesdirektion", "Landespolizeidirektion", "Kriminalpolizeidirektion", "Regionaldirektion"] },
  { noun: "Generaldirektion", gender: "f", kind: "unit", bare: false },
  { noun: "Präsidium", gender: "n", kind: "authority", bare: true, exact: ["Polizeipräsidium", "Regierungspräsidium", "Landespolizeipräsidium"] },
  // police bodies (the closed class of the Länder police organisation acts)
  { noun: "Inspektion", gender: "f", kind: "authority", bare: true,
    exact: ["Polizeiinspektion", "Kriminalpolizeiinspektion", "Verkehrspolizeiinspektion", "Grenzpolizeiinspektion", "Kriminalinspektion"] },
  { noun: "Polizeirevier", gender: "n", kind: "authority", bare: true },
  { noun: "Polizeistation", gender: "f", kind: "authority", bare: true },
  { noun: "Polizeiposten", gender: "m", kind: "authority", bare: true },
  // "Polizei Göttingen", "Kantonspolizei Zürich": the force of a place (not "die Polizei" alone)
  { noun: "Polizei", gender: "f", kind: "authority", bare: false, placeOnly: true },
  { noun: "Gericht", gender: "n", kind: "authority", bare: true },
  // Austrian district authorities and town administrations; Swiss federal secretariats
  { noun: "Bezirkshauptmannschaft", gender: "f", kind: "authority", bare: true },
  { noun: "Magistrat", gender: "m", kind: "authority", bare: true, exact: ["Magistrat"] },
  { noun: "Staatssekretariat", gender: "n", kind: "authority", bare: true },
  { noun: "Feuerwehr", gender: "f", kind: "authority", bare: false },
  { noun: "Betrieb", gender: "m", kind: "authority", bare: false, exact: ["Landesbetrieb", "Eigenbetrieb", "Regiebetrieb"] },
  { noun: "Bistum", gender: "n", kind: "authority", bare: false },
  { noun: "Landeskirche", gender: "f", kind: "authority", bare: false },
  // "Evangelische Kirche in Deutschland", "Evangelisch-Lutherische Kirche in Bayern": a church named by its adjective
  { noun: "Kirche", gender: "f", kind: "authority", bare: false, needsModifier: true, exact: ["Kirche"], territoryOnly: true },
  // church bodies
  { noun: "Kirchenkreis", gender: "m", kind: "authority", bare: false },
  { noun: "Kirchengemeinde", gender: "f", kind: "authority", bare: false },
  { noun: "Dekanat", gender: "n", kind: "authority", bare: false },
  { noun: "Kommission", gender: "f", kind: "body", bare: false, noNameAfter: true },
  // councils and committees
  { noun: "Rat", gender: "m", kind: "body", bare: false, noNameAfter: true,
    exact: ["Rat", "Integrationsrat", "Jugendrat", "Kinderrat", "Seniorenrat", "Migrationsrat", "Ethikrat", "Wissenschaftsrat", "Presserat",
      "Sachverständigenrat", "Personalrat", "Betriebsrat", "Stiftungsrat", "Verwaltungsrat", "Aufsichtsrat", "Bezirksrat", "Ortsrat",
      "Ortschaftsrat", "Gemeinderat", "Stadtrat", "Kreisrat", "Landesrat", "Expertenrat", "Normenkontrollrat"] },
  { noun: "Beirat", gender: "m", kind: "body", bare: true },
  // a Swiss canton's government ("der Regierungsrat", "Regierungsrat des Kantons Luzern"); "Regierungsrat X" is a member's title
  { noun: "Regierungsrat", gender: "m", kind: "body", bare: true, noNameAfter: true, exact: ["Regierungsrat"] },
  // municipal parliaments ("Stadtvertretung der Landeshauptstadt Schwerin")
  { noun: "Vertretung", gender: "f", kind: "body", bare: true, exact: ["Stadtvertretung", "Gemeindevertretung", "Bezirksvertretung", "Kreisvertretung"] },
  { noun: "Ausschuss", gender: "m", kind: "body", bare: true, notCompounds: ["Zusammenschluss", "Abschluss"] },
  { noun: "Tag", gender: "m", kind: "body", bare: true,
    exact: ["Bundestag", "Landtag", "Kreistag", "Landkreistag", "Städtetag", "Gemeindetag", "Städte- und Gemeindetag"] },
  // units inside administrations
  { noun: "Referat", gender: "n", kind: "unit", bare: false },
  { noun: "Stabsstelle", gender: "f", kind: "unit", bare: false },
  { noun: "Fachbereich", gender: "m", kind: "unit", bare: false },
  { noun: "Abteilung", gender: "f", kind: "unit", bare: false },
  { noun: "Dezernat", gender: "n", kind: "unit", bare: false },
  { noun: "Sachgebiet", gender: "n", kind: "unit", bare: false },
  { noun: "Fachdienst", gender: "m", kind: "unit", bare: false },
  { noun: "Geschäftsstelle", gender: "f", kind: "unit", bare: false },
  { noun: "Koordinierungsstelle", gender: "f", kind: "unit", bare: false },
  { noun: "Koordinationsstelle", gender: "f", kind: "unit", bare: false },
  { noun: "Kontaktstelle", gender: "f", kind: "unit", bare: false },
  { noun: "Landesstelle", gender: "f", kind: "unit", bare: false },
  // a coordination office of a district or town: "Flüchtlingskoordination des Kreises X", "Integrationskoordination der Stadt Y"
  { noun: "Koordination", gender: "f", kind: "unit", bare: false, genitiveOnly: true, notCompounds: ["Koordination", "Abstimmungskoordination"] },
  { noun: "Fachstelle", gender: "f", kind: "unit", bare: false },
  { noun: "Servicestelle", gender: "f", kind: "unit", bare: false },
  { noun: "Büro", gender: "n", kind: "unit", bare: false, exact: ["Büro"] },
  // Swiss administrations name their ministries "Departement" ("Departement Bau und Mobilität")
  { noun: "Departement", gender: "n", kind: "unit", bare: false, exact: ["Departement"] },
  // a canton's ministry named by its compound ("Gesundheits- und Sozialdepartement", "Finanzdepartement")
  { noun: "Departement", gender: "n", kind: "authority", bare: true },
  { noun: "Dienststelle", gender: "f", kind: "unit", bare: false },
  { noun: "Beratungsstelle", gender: "f", kind: "association", bare: false, needsModifier: true },
  // education and research
  { noun: "Universität", gender: "f", kind: "education", bare: true },
  { noun: "Hochschule", gender: "f", kind: "education", bare: true },
  { noun: "Akademie", gender: "f", kind: "education", bare: true },
  { noun: "Schule", gender: "f", kind: "education", bare: false, notCompounds: ["Schule", "Fahrschule"] },
  { noun: "Gymnasium", gender: "n", kind: "education", bare: false },
  { noun: "Museum", gender: "n", kind: "association", bare: false },
  { noun: "Klinikum", gender: "n", kind: "association", bare: false },
  { noun: "Klinik", gender: "f", kind: "association", bare: false, notCompounds: ["Klinik", "Tagesklinik"] },
  { noun: "Krankenhaus", gender: "n", kind: "association", bare: false },
  { noun: "Theater", gender: "n", kind: "association", bare: false, notCompounds: ["Theater", "Puppentheater", "Straßentheater"] },
  { noun: "Institut", gender: "n", kind: "education", bare: true },
  { noun: "Kolleg", gender: "n", kind: "education", bare: false, nameBefore: true, notCompounds: ["Kolleg"] },
  // associations, foundations, chambers, networks
  { noun: "Kammer", gender: "f", kind: "association", bare: true, notCompounds: ["Kühlkammer", "Dunkelkammer", "Folterkammer", "Schatzkammer"] },
  { noun: "Stiftung", gender: "f", kind: "association", bare: true, notCompounds: ["Familienstiftung"] },
  { noun: "Verband", gender: "m", kind: "association", bare: true, notCompounds: ["Wohlfahrtsverband", "Berufsverband", "Dachverband", "Fachverband", "Arbeitgeberverband", "Sportverband"] },
  { noun: "Verbund", gender: "m", kind: "association", bare: true },
  { noun: "Verein", gender: "m", kind: "association", bare: true, notCompounds: ["Förderverein", "Trägerverein"] },
  { noun: "Bund", gender: "m", kind: "association", bare: true, notCompounds: ["Verbund", "Bund"] },
  { noun: "Netzwerk", gender: "n", kind: "association", bare: true },
  { noun: "Zentrum", gender: "n", kind: "association", bare: true,
    notCompounds: ["Stadtzentrum", "Ortszentrum", "Kompetenzzentrum", "Zentrum", "Einkaufszentrum", "Mittelpunktzentrum"] },
  // "das Werk Leipzig" is a plant: the simple noun names a body only with an adjective ("Diakonisches Werk")
  { noun: "Werk", gender: "n", kind: "association", bare: true, needsModifier: true,
    notCompounds: ["Handwerk", "Kraftwerk", "Bauwerk", "Regelwerk", "Feuerwerk", "Kunstwerk", "Stellwerk", "Netzwerk", "Bergwerk",
      "Schuhwerk", "Laufwerk", "Uhrwerk", "Mauerwerk", "Fachwerk", "Triebwerk", "Gesamtwerk", "Lebenswerk", "Hauptwerk", "Frühwerk", "Spätwerk", "Kartenwerk", "Sammelwerk", "Nachschlagewerk", "Tagewerk", "Flickwerk", "Blendwerk", "Gitterwerk", "Räderwerk", "Mauswerk"] },
  { noun: "Genossenschaft", gender: "f", kind: "association", bare: false },
  // craft businesses named by their trade ("Bäckerei Beck", "Schreinerei Maier"); the trade noun alone is no name
  { noun: "erei", gender: "f", kind: "company", bare: false,
    notCompounds: ["Schweinerei", "Sauerei", "Quälerei", "Träumerei", "Raserei", "Schlägerei", "Zauberei", "Malerei", "Plauderei", "Spielerei",
      "Rederei", "Angeberei", "Streiterei", "Bastelei", "Heuchelei", "Schererei", "Meuterei", "Barbarei", "Sklaverei", "Tyrannei", "Bücherei"] },
  // crafts: the district guild association and the trade guilds ("Kreishandwerkerschaft X", "Bäckerinnung X")
  { noun: "Handwerkerschaft", gender: "f", kind: "association", bare: true },
  { noun: "Innung", gender: "f", kind: "association", bare: false },
  // a plural-only name ("die Stadtwerke X", dative "den Stadtwerken X")
  { noun: "Werke", gender: "f", kind: "company", bare: false, plural: true, exact: ["Stadtwerke", "Gemeindewerke", "Kreiswerke"] },
  // municipal enterprises named in the plural ("die Sozialbetriebe X", "Kölner Verkehrsbetriebe")
  { noun: "Betriebe", gender: "f", kind: "company", bare: false, plural: true,
    exact: ["Verkehrsbetriebe", "Sozialbetriebe", "Wirtschaftsbetriebe", "Entsorgungsbetriebe", "Kommunalbetriebe", "Stadtbetriebe", "Abfallwirtschaftsbetriebe", "Servicebetriebe"] },
  { noun: "Hilfe", gender: "f", kind: "association", bare: false, placeOnly: true,
    notCompounds: ["Hilfe", "Sozialhilfe", "Eingliederungshilfe", "Soforthilfe", "Starthilfe", "Nothilfe", "Überbrückungshilfe",
      "Wohngeldhilfe", "Finanzhilfe", "Hilfe", "Arbeitshilfe", "Orientierungshilfe", "Entscheidungshilfe", "Hilfestellung"] },
  { noun: "Vereinigung", gender: "f", kind: "association", bare: false, notCompounds: ["Wiedervereinigung"] },
  { noun: "Dienst", gender: "m", kind: "association", bare: false,
    notCompounds: ["Gottesdienst", "Zivildienst", "Wehrdienst", "Freiwilligendienst", "Bundesfreiwilligendienst", "Kundendienst",
      "Bereitschaftsdienst", "Notdienst", "Fahrdienst", "Lieferdienst", "Streamingdienst", "Militärdienst", "Schuldienst",
      "Staatsdienst", "Außendienst", "Innendienst", "Dienst", "Bärendienst", "Frondienst", "Hilfsdienst"] },
  { noun: "Gemeinschaft", gender: "f", kind: "association", bare: false, exact: ["Arbeitsgemeinschaft", "Forschungsgemeinschaft", "Bundesarbeitsgemeinschaft", "Landesarbeitsgemeinschaft"] },
  { noun: "Konferenz", gender: "f", kind: "body", bare: true, exact: ["Kultusministerkonferenz", "Innenministerkonferenz", "Hochschulrektorenkonferenz", "Ministerpräsidentenkonferenz", "Integrationsministerkonferenz"] },
  // companies and funds
  { noun: "Gesellschaft", gender: "f", kind: "company", bare: false,
    notCompounds: ["Zivilgesellschaft", "Stadtgesellschaft", "Mehrheitsgesellschaft", "Einwanderungsgesellschaft", "Aufnahmegesellschaft", "Wissensgesellschaft", "Informationsgesellschaft", "Konsumgesellschaft", "Gesellschaft"] },
  { noun: "Fonds", gender: "m", kind: "company", bare: true, needsModifier: true },
  { noun: "Bank", gender: "f", kind: "company", bare: true, notCompounds: ["Datenbank", "Sitzbank", "Parkbank", "Werkbank", "Anklagebank", "Ersatzbank", "Regierungsbank", "Schulbank"] },
  { noun: "Kasse", gender: "f", kind: "company", bare: true, exact: ["Sparkasse", "Krankenkasse", "Pflegekasse"] },
  // newspapers: named by an adjective ("Süddeutsche Zeitung", "Passauer Neue Presse", "Eichsfelder Tageblatt")
  { noun: "Zeitung", gender: "f", kind: "company", bare: false, needsModifier: true, exact: ["Zeitung"] },
  { noun: "Presse", gender: "f", kind: "company", bare: false, needsModifier: true, exact: ["Presse"] },
  { noun: "Tageblatt", gender: "n", kind: "company", bare: false, needsModifier: true, exact: ["Tageblatt"] },
  { noun: "Kurier", gender: "m", kind: "company", bare: false, needsModifier: true, exact: ["Kurier"] },
  { noun: "Rundschau", gender: "f", kind: "company", bare: false, needsModifier: true, exact: ["Rundschau"] },
  { noun: "Anzeiger", gender: "m", kind: "company", bare: false, needsModifier: true, exact: ["Anzeiger"] },
  { noun: "Verlag", gender: "m", kind: "company", bare: false, nameBefore: true },
  // English heads of names used in German text
  { noun: "Foundation", gender: "f", kind: "association", bare: false, exact: ["Foundation"], nameBefore: true },
  { noun: "Group", gender: "f", kind: "company", bare: false, exact: ["Group"], nameBefore: true },
  { noun: "Institute", gender: "n", kind: "education", bare: false, exact: ["Institute"], nameBefore: true },
  { noun: "University", gender: "f", kind: "education", bare: false, exact: ["University"], nameBefore: true },
  { noun: "College", gender: "n", kind: "education", bare: false, exact: ["College"], nameBefore: true },
  { noun: "Company", gender: "f", kind: "company", bare: false, exact: ["Company"], nameBefore: true },
  { noun: "Corporation", gender: "f", kind: "company", bare: false, exact: ["Corporation"], nameBefore: true },
  { noun: "Airlines", gender: "f", kind: "company", bare: false, exact: ["Airlines"], nameBefore: true },
  { noun: "Times", gender: "f", kind: "company", bare: false, exact: ["Times"], nameBefore: true },
];

/** Descriptor nouns that introduce a name without being part of it ("Energiekonzern EWAG", "Verein „Kinderhilfe“"). */
export const ORGANISATION_DESCRIPTORS: readonly string[] = [
  "Unternehmen", "Firma", "Konzern", "Energiekonzern", "Autokonzern", "Mischkonzern", "Handelskonzern", "Chemiekonzern",
  "Verein", "Förderverein", "Trägerverein", "Verband", "Stiftung", "Genossenschaft", "Bündnis", "Arbeitskreis",
  "Träger", "Bildungsträger", "Dienstleister", "Betreiber", "Anbieter", "Hersteller", "Werbeagentur", "Agentur",
  "Netzwerk", "Organisation", "Hilfsorganisation", "Migrantenorganisation", "Selbstorganisation", "Gesellschaft", "Partei",
  // citizens' groups named by a quote ("Schülerinitiative „…“")
  "Initiative", "Bürgerinitiative", "Schülerinitiative", "Elterninitiative", "Jugendinitiative", "Anwohnerinitiative",
  "Start-up", "Startup", "Start-Up",
];

/** Nouns naming a territorial body, used in complements ("der Stadt Köln", "Region Köln"). */
export const TERRITORIAL_NOUNS: readonly string[] = [
  "Stadt", "Gemeinde", "Landeshauptstadt", "Hansestadt", "Kreisstadt", "Region", "Kreis", "Landkreis", "Bezirk", "Land", "Freistaat", "Bundesland", "Kommune",
  "Kanton", "Marktgemeinde", "Stadtgemeinde",
];

/**
 * Prefixes of German sports club names (a closed class from club naming
 * convention): "FC Bayern München", "TSV Odenhausen", "VfL Osnabrück".
 */
/**
 * Abbreviated heads of university names, used before a place
 * ("TU Berlin", "FH Aachen", "PH Freiburg").
 */
export const UNIVERSITY_PREFIXES: readonly string[] = ["TU", "TH", "FH", "PH", "HAW", "HU", "LMU", "RWTH", "KIT"];

export const CLUB_PREFIXES: readonly string[] = [
  "LG", "FC", "SC", "SV", "TSV", "VfL", "VfB", "VfR", "SG", "TuS", "TSG", "SpVgg", "BV", "BSC", "FSV", "SSV", "MSV", "ESV", "PSV",
  "TuRa", "DJK", "SpVg", "FFC", "KSV", "ASV", "RSV", "TSC", "SKV", "THC", "EHC", "ERC", "TTC", "SSC", "USC",
];
