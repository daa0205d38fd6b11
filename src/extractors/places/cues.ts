/**
 * Closed classes of words around place names. A place name that could also
 * be a common word or a person's name is only taken when one of these cues
 * (or a list, a dateline, a postcode) says it is a place.
 */

/** Prepositions that take a bare place name: "in Kerpen", "aus Mölln", "nach Tuttlingen". */
export const PLACE_PREPOSITIONS = new Set([
  "in", "aus", "nach", "via", "zwischen", "gen", "nahe", "Richtung", "nördlich", "südlich", "östlich", "westlich",
  "unweit",
]);

/**
 * Prepositions that also take bare common nouns ("Austausch von Wissen", "über Wetter"):
 * they count only when another place stands close by ("von Alzey über Wörrstadt nach Mainz").
 */
export const SOFT_PLACE_PREPOSITIONS = new Set(["von", "über", "bei", "um", "bis", "ab", "vor", "für"]);

/** Nouns that name a kind of place and precede its name: "Stadt Kerpen", "Gemeinde Kirchlengern". */
export const PLACE_CLASS_NOUNS = new Set([
  "Stadt", "Gemeinde", "Kommune", "Markt", "Ortsteil", "Ortsteils", "Stadtteil", "Stadtteils", "Ortschaft", "Ort", "Ortes",
  "Dorf", "Dorfes", "Kreisstadt", "Hansestadt", "Landeshauptstadt", "Bundeshauptstadt", "Hauptstadt", "Universitätsstadt",
  "Großstadt", "Kleinstadt", "Mittelstadt", "Residenzstadt", "Kurstadt", "Messestadt", "Partnerstadt", "Heimatstadt",
  "Region", "Raum", "Raumes", "Großraum", "Großraums", "Bezirk", "Bezirks", "Stadtbezirk", "Stadtbezirks", "Landkreis",
  "Landkreises", "Kreis", "Kreises", "Standort", "Standorts", "Standortes", "Land", "Landes", "Bundesland", "Bundeslandes",
  "Freistaat", "Freistaates", "Freistaats", "Kanton", "Kantons", "Metropole", "Stadtgebiet", "Innenstadt", "Altstadt",
  "Regierungsbezirk", "Verbandsgemeinde", "Samtgemeinde", "Stadtstaat", "Amt", "Gemeindeteil", "Stadtteilen",
  "Kirchspiel", "Flecken", "Marktgemeinde", "Stadtgemeinde", "Bezirkshauptstadt", "Kreisgebiet",
]);

/** Plural place-class nouns that open a list of place names: "in den Ortsteilen A, B und C". */
export const PLACE_LIST_NOUNS = new Set([
  "Stadtteile", "Stadtteilen", "Ortsteile", "Ortsteilen", "Ortschaften", "Gemeinden", "Städte", "Städten",
  "Kommunen", "Stadtbezirke", "Stadtbezirken", "Bezirke", "Bezirken", "Landkreise", "Landkreisen", "Kreise", "Kreisen",
  "Standorte", "Standorten", "Projektstandorte", "Projektstandorten", "Orte", "Orten", "Quartiere", "Quartieren",
  "Stadtviertel", "Stadtvierteln", "Dörfer", "Dörfern", "Länder", "Ländern", "Bundesländer", "Bundesländern",
]);

/**
 * Institutions named after their place: "Jobcenter Kerpen", "Landratsamt Tuttlingen".
 * Places inside organisation names count as places.
 */
export const INSTITUTION_NOUNS = new Set([
  "Jobcenter", "Landratsamt", "Landratsamtes", "Landratsamts", "Rathaus", "Rathauses", "Stadtverwaltung", "Kreisverwaltung",
  "Gemeindeverwaltung", "Universität", "Hochschule", "Fachhochschule", "Stadtwerke", "Sparkasse", "Kreissparkasse",
  "Stadtsparkasse", "Volksbank", "Volkshochschule", "VHS", "Amtsgericht", "Landgericht", "Oberlandesgericht",
  "Verwaltungsgericht", "Sozialgericht", "Arbeitsgericht", "Klinikum", "Krankenhaus", "Flughafen", "Hauptbahnhof",
  "Bahnhof", "IHK", "HWK", "Handwerkskammer", "Caritasverband", "Caritas", "Diakonie", "Polizei", "Polizeipräsidium",
  "Polizeidirektion", "Bezirksregierung", "Regierungspräsidium", "Stadtbibliothek", "Stadtbücherei", "Zoo", "Tierpark",
  "Messe", "Theater", "Stadtmuseum", "Kreishandwerkerschaft", "Stadtrat", "Gemeinderat", "Kreistag", "Arbeitsagentur",
  "Arbeit", "Regionalagentur", "Wirtschaftsförderung", "Bistum", "Erzbistum", "Kirchenkreis", "Dekanat",
  "Integrationszentrum", "Finanzamt", "Gesundheitsamt", "Jugendamt", "Ausländerbehörde", "Stadtteilzentrum", "Bürgerhaus",
  "Netzwerk", "Integrationsnetzwerk", "Landkreistag", "Städtetag", "Kreisverband", "Ortsverband", "Stadtverband",
  "Bezirksverband", "Landesverband", "Ortsgruppe", "Kreisgruppe", "Stadtjugendring", "Kreisjugendring", "Tafel",
  "Hafen", "Bürgerstiftung", "Stadtsportbund", "Kreissportbund", "Uni", "TU", "FH", "Landeskirche", "Gymnasium",
  "Gesamtschule", "Realschule", "Grundschule", "Berufskolleg", "Berufsschule", "Zentralbibliothek", "Senat",
  // Austrian and Swiss local authorities
  "Bezirkshauptmannschaft", "Magistrat", "Arbeitsmarktservice", "Sozialministeriumservice", "Gemeindeamt", "Stadtamt",
]);

/** Determiners and contracted prepositions: a town name does not follow them ("das Essen", "im Wald", "beim Hof"). */
export const DETERMINERS = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine",
  "keinen", "keinem", "keiner", "beim", "zum", "zur", "im", "am", "vom", "ins", "ans", "aufs", "unser", "unsere",
  "unserem", "unseren", "unserer", "jeder", "jede", "jedes", "jeden", "jedem", "dieser", "diese", "dieses", "diesem",
  "diesen", "welcher", "welche", "welches", "ihr", "ihre", "ihrem", "ihren", "sein", "seine", "seinem", "seinen",
  "mein", "meine", "alle", "allen", "viele", "vielen",
  "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Beim", "Zum", "Zur", "Im", "Am", "Vom",
]);

/** Honorifics, titles and speech cues before a surname: "Herrn Brügge", "so Brügge". */
export const PERSON_BEFORE = new Set([
  "Herr", "Herrn", "Frau", "Dr", "Prof", "Professor", "Professorin", "Dipl", "Mag", "Sankt", "so", "sagt", "sagte",
  "betont", "betonte", "erklärt", "erklärte", "meint", "meinte", "ergänzt", "ergänzte", "Familie", "Fam",
  "Bürgermeister", "Bürgermeisterin", "Oberbürgermeister", "Oberbürgermeisterin", "Landrat", "Landrätin",
  "Kreisdirektor", "Kreisdirektorin", "Minister", "Ministerin", "Staatssekretär", "Staatssekretärin", "Senator",
  "Senatorin", "Präsident", "Präsidentin", "Direktor", "Direktorin", "Geschäftsführer", "Geschäftsführerin",
  "Leiter", "Leiterin", "Kollege", "Kollegin", "Pfarrer", "Pfarrerin", "Abgeordnete", "Abgeordneter",
]);

/** Words after a name that show a person, not a place: "Brügge sagte", "Essen (CDU)". */
export const PERSON_AFTER = new Set([
  "sagt", "sagte", "betont", "betonte", "erklärt", "erklärte", "meint", "meinte", "ergänzt", "ergänzte", "so",
  "CDU", "CSU", "SPD", "FDP", "AfD", "Grüne", "Linke", "BSW",
]);

/** Direction and part words that make "Jena-Südost", "Bremen-Nord", "NRW-Süd" a part of the place. */
export const PART_WORDS = new Set([
  "Nord", "Süd", "Ost", "West", "Mitte", "Nordost", "Nordwest", "Südost", "Südwest", "Zentrum", "Innenstadt",
  "Altstadt", "Neustadt", "Land", "Stadt", "Nordwest", "Oberstadt", "Unterstadt",
]);

/** First words of foreign place names: "New Jersey", "Rio Grande", "Fort Worth" are not "Jersey", "Grande", "Worth". */
export const FOREIGN_NAME_PARTICLES = new Set([
  "New", "Nueva", "Nuevo", "Nova", "Novo", "Nowa", "Nowy", "Neu", "San", "Santa", "Santo", "São", "Saint", "Sainte",
  "Los", "Las", "Le", "La", "Les", "El", "Al", "Port", "Fort", "Mount", "Mont", "Monte", "Rio", "Lake", "Cape",
  "North", "South", "East", "West", "Upper", "Lower", "Great", "Little", "Alt", "Groß", "Klein", "Ober",
  "Unter", "Nieder", "Hohen",
]);
