/**
 * Role nouns: a closed class of German function nouns for people, in both
 * genders, with the inflection class that tells how their other forms look.
 * Extractors match them as compound heads ("Integrationsstaatssekretärin"
 * ends with "staatssekretärin"), so compounds need no entry of their own.
 */

/**
 * er:     Leiter, Leiters, Leitern | Leiterin, Leiterinnen
 * strong: Direktor, Direktors, Direktoren, Staatssekretäre | Direktorin, ...
 * weak:   Präsident, Präsidenten | Präsidentin, Präsidentinnen
 * adj:    nominalised adjective, stem "Vorsitzend": Vorsitzender, Vorsitzende, Vorsitzenden, Vorsitzendem
 * fixed:  forms listed in `extra`, nothing generated
 */
export type RoleInflection = "er" | "strong" | "weak" | "adj" | "fixed";

export interface RoleNoun {
  /** Masculine nominative singular (for adj: the stem without ending). */
  readonly m: string;
  /** Feminine nominative singular, or null when the noun has one form for all. */
  readonly f: string | null;
  readonly inflection: RoleInflection;
  /** Further inflected forms: [form, gender of the form ("m" | "f" | "x")]. */
  readonly extra?: readonly (readonly [string, "m" | "f" | "x"])[];
}

export const ROLE_NOUNS: readonly RoleNoun[] = [
  { m: "Leiter", f: "Leiterin", inflection: "er" },
  { m: "Geschäftsführer", f: "Geschäftsführerin", inflection: "er" },
  { m: "Bürgermeister", f: "Bürgermeisterin", inflection: "er" },
  { m: "Minister", f: "Ministerin", inflection: "er" },
  { m: "Sprecher", f: "Sprecherin", inflection: "er" },
  { m: "Herausgeber", f: "Herausgeberin", inflection: "er" },
  { m: "Vertreter", f: "Vertreterin", inflection: "er" },
  { m: "Berater", f: "Beraterin", inflection: "er" },
  { m: "Mitarbeiter", f: "Mitarbeiterin", inflection: "er" },
  { m: "Sachbearbeiter", f: "Sachbearbeiterin", inflection: "er" },
  { m: "Kanzler", f: "Kanzlerin", inflection: "er" },
  { m: "Gründer", f: "Gründerin", inflection: "er" },
  { m: "Inhaber", f: "Inhaberin", inflection: "er" },
  { m: "Pfarrer", f: "Pfarrerin", inflection: "er" },
  { m: "Botschafter", f: "Botschafterin", inflection: "er" },
  { m: "Ortsvorsteher", f: "Ortsvorsteherin", inflection: "er" },
  { m: "Vorsteher", f: "Vorsteherin", inflection: "er" },
  { m: "Schatzmeister", f: "Schatzmeisterin", inflection: "er" },
  { m: "Schriftführer", f: "Schriftführerin", inflection: "er" },
  { m: "Kämmerer", f: "Kämmerin", inflection: "er" },
  { m: "Manager", f: "Managerin", inflection: "er" },
  { m: "Trainer", f: "Trainerin", inflection: "er" },
  { m: "Stifter", f: "Stifterin", inflection: "er" },
  { m: "Gesellschafter", f: "Gesellschafterin", inflection: "er" },
  { m: "Direktor", f: "Direktorin", inflection: "strong" },
  { m: "Koordinator", f: "Koordinatorin", inflection: "strong" },
  { m: "Senator", f: "Senatorin", inflection: "strong" },
  { m: "Moderator", f: "Moderatorin", inflection: "strong" },
  { m: "Rektor", f: "Rektorin", inflection: "strong" },
  { m: "Kurator", f: "Kuratorin", inflection: "strong" },
  { m: "Sekretär", f: "Sekretärin", inflection: "strong" },
  { m: "Dekan", f: "Dekanin", inflection: "strong" },
  // Police and civil-service ranks name the office a person holds: "Kriminalhauptkommissar", "EU-Kommissarin".
  { m: "Kommissar", f: "Kommissarin", inflection: "strong" },
  { m: "Präsident", f: "Präsidentin", inflection: "weak" },
  { m: "Referent", f: "Referentin", inflection: "weak" },
  { m: "Dezernent", f: "Dezernentin", inflection: "weak" },
  { m: "Intendant", f: "Intendantin", inflection: "weak" },
  { m: "Assistent", f: "Assistentin", inflection: "weak" },
  { m: "Vorsitzend", f: null, inflection: "adj" },
  { m: "Beauftragt", f: null, inflection: "adj" },
  { m: "Abgeordnet", f: null, inflection: "adj" },
  { m: "Beigeordnet", f: null, inflection: "adj" },
  { m: "Bevollmächtigt", f: null, inflection: "adj" },
  { m: "Delegiert", f: null, inflection: "adj" },
  {
    m: "Landrat", f: "Landrätin", inflection: "fixed",
    extra: [["Landrats", "m"], ["Landrates", "m"], ["Landräte", "x"], ["Landräten", "x"], ["Landrätinnen", "f"]],
  },
  {
    m: "Stadtrat", f: "Stadträtin", inflection: "fixed",
    extra: [["Stadtrats", "m"], ["Stadträte", "x"], ["Stadträtinnen", "f"]],
  },
  {
    m: "Vorstand", f: "Vorständin", inflection: "fixed",
    extra: [["Vorstands", "x"], ["Vorstandes", "x"], ["Vorstände", "x"], ["Vorständinnen", "f"]],
  },
  {
    m: "Obmann", f: "Obfrau", inflection: "fixed",
    extra: [["Obmanns", "m"], ["Obmänner", "m"], ["Obleute", "x"], ["Obfrauen", "f"]],
  },
  {
    m: "Chef", f: "Chefin", inflection: "fixed",
    extra: [["Chefs", "m"], ["Chefinnen", "f"]],
  },
  {
    m: "Bischof", f: "Bischöfin", inflection: "fixed",
    extra: [["Bischofs", "m"], ["Bischöfe", "x"]],
  },
  { m: "Superintendent", f: "Superintendentin", inflection: "weak" },
  // church offices ("Generalvikar", "Jugendpastorin", "Diakon", "Dompropst")
  { m: "Vikar", f: "Vikarin", inflection: "strong" },
  { m: "Pastor", f: "Pastorin", inflection: "strong" },
  { m: "Diakon", f: "Diakonin", inflection: "strong" },
  { m: "Kaplan", f: null, inflection: "fixed", extra: [["Kaplans", "m"], ["Kapläne", "x"]] },
  { m: "Propst", f: "Pröpstin", inflection: "fixed", extra: [["Propstes", "m"], ["Pröpste", "x"]] },
  { m: "Prälat", f: null, inflection: "weak" },
  { m: "Präses", f: null, inflection: "fixed" },
  // a member of a body, as a compound ("Kreistagsmitglied", "Vorstandsmitglied", "Jurymitglied")
  { m: "Mitglied", f: null, inflection: "fixed", extra: [["Mitglieds", "x"], ["Mitgliedes", "x"], ["Mitglieder", "x"], ["Mitgliedern", "x"]] },
  // Members of governments and parliaments in Austria and Switzerland (and some German Länder) are
  // titled by their body's name: "Landesrätin X" (AT), "Regierungsrat X" (CH cantons), "Staatsrat X",
  // "Gemeinderätin X", "Nationalrat X", "Ständerätin X". Compounds follow ("Soziallandesrätin").
  ...councilTitles(["Landesrat", "Regierungsrat", "Staatsrat", "Gemeinderat", "Kreisrat", "Nationalrat", "Ständerat", "Kantonsrat", "Grossrat", "Großrat"]),
  // church and civil-service titles of the same form ("Oberkirchenrätin", "Ministerialrat", "Schulrätin")
  ...councilTitles(["Kirchenrat", "Ministerialrat", "Schulrat"]),
  // Heads of Austrian Länder and Bezirke; Swiss canton and town presidents ("Landammann", "Stadtammann").
  {
    m: "Landeshauptmann", f: "Landeshauptfrau", inflection: "fixed",
    extra: [["Landeshauptmanns", "m"], ["Landeshauptleute", "x"], ["Landeshauptmänner", "m"]],
  },
  {
    m: "Bezirkshauptmann", f: "Bezirkshauptfrau", inflection: "fixed",
    extra: [["Bezirkshauptmanns", "m"], ["Bezirkshauptleute", "x"], ["Bezirkshauptmänner", "m"]],
  },
  { m: "Landammann", f: "Landammännin", inflection: "fixed", extra: [["Landammanns", "m"]] },
  { m: "Stadtammann", f: "Stadtammännin", inflection: "fixed", extra: [["Stadtammanns", "m"]] },
  { m: "Gemeindeammann", f: "Gemeindeammännin", inflection: "fixed", extra: [["Gemeindeammanns", "m"]] },
];

/**
 * "Landesrat" → the fixed forms of a council member's title: genitive "-rats/-rates",
 * plural "-räte/-räten", feminine "-rätin/-rätinnen".
 */
function councilTitles(titles: readonly string[]): RoleNoun[] {
  return titles.map((m) => {
    const stem = m.slice(0, -3); // "Landes"
    const extra: (readonly [string, "m" | "f" | "x"])[] = [[`${m}s`, "m"], [`${m}es`, "m"], [`${stem}räte`, "x"], [`${stem}räten`, "x"], [`${stem}rätinnen`, "f"]];
    return { m, f: `${stem}rätin`, inflection: "fixed" as const, extra };
  });
}

/**
 * Abbreviated titles written before a name (Austrian usage, and "OB" for a German city's mayor):
 * [abbreviation, masculine, feminine].
 * Matched as whole words only; the person's gender picks the form, and an abbreviation ending
 * in "in" is feminine ("LRin"). "LR.in" is "LR" with a written feminine ending, which the
 * persons extractor reads.
 */
export const ROLE_ABBREVIATIONS: readonly (readonly [string, string, string])[] = [
  ["LR", "Landesrat", "Landesrätin"],
  ["LRin", "Landesrat", "Landesrätin"],
  ["LH", "Landeshauptmann", "Landeshauptfrau"],
  ["LHStv", "Landeshauptmann-Stellvertreter", "Landeshauptmann-Stellvertreterin"],
  ["LH-Stv", "Landeshauptmann-Stellvertreter", "Landeshauptmann-Stellvertreterin"],
  ["Vbgm", "Vizebürgermeister", "Vizebürgermeisterin"],
  ["Vzbgm", "Vizebürgermeister", "Vizebürgermeisterin"],
  ["NR", "Nationalrat", "Nationalrätin"],
  ["NRin", "Nationalrat", "Nationalrätin"],
  ["BM", "Bundesminister", "Bundesministerin"],
  ["BMin", "Bundesminister", "Bundesministerin"],
  ["StR", "Stadtrat", "Stadträtin"],
  ["StRin", "Stadtrat", "Stadträtin"],
  ["GR", "Gemeinderat", "Gemeinderätin"],
  ["GRin", "Gemeinderat", "Gemeinderätin"],
  ["LAbg", "Landtagsabgeordneter", "Landtagsabgeordnete"],
  ["Bgm", "Bürgermeister", "Bürgermeisterin"],
  ["Bgmin", "Bürgermeister", "Bürgermeisterin"],
  ["OB", "Oberbürgermeister", "Oberbürgermeisterin"],
];

/**
 * Function nouns that name a role by its task ("Projektleitung",
 * "Finanzkoordination"). Used as roles in appositions and parentheses only.
 */
export const FUNCTION_NOUNS: readonly string[] = [
  "Leitung", "Geschäftsführung", "Koordination", "Koordinierung", "Moderation", "Vorsitz", "Ansprechpartner", "Ansprechpartnerin",
];

/** Organs of a body: "Vorsitzende der Geschäftsführung der X" – the body is X. */
export const ORGAN_NOUNS: ReadonlySet<string> = new Set([
  "Geschäftsführung", "Geschäftsleitung", "Vorstand", "Vorstands", "Vorstandes", "Aufsichtsrat", "Aufsichtsrats", "Aufsichtsrates",
  "Verwaltungsrat", "Verwaltungsrats", "Direktorium", "Direktoriums", "Präsidium", "Präsidiums", "Kuratorium", "Kuratoriums",
  "Beirat", "Beirats", "Beirates", "Stiftungsrat", "Stiftungsrats", "Leitung", "Landesvorstand", "Landesvorstands", "Bundesvorstand", "Bundesvorstands",
]);

/**
 * Modifiers written before a role noun and kept in the role:
 * "Stv. Geschäftsführer", "stellvertretende Vorsitzende", "Parlamentarischer Staatssekretär".
 * Stems; an adjective ending (-e, -er, -en, -es, -em) may follow.
 */
export const ROLE_MODIFIER_STEMS: readonly string[] = [
  "stellvertretend", "kommissarisch", "parlamentarisch", "amtierend", "geschäftsführend", "designiert",
  "ehrenamtlich", "hauptamtlich", "erst", "zweit", "ständig", "leitend", "ehemalig", "scheidend", "neu",
];
export const ROLE_MODIFIER_ABBREVIATIONS: readonly string[] = ["Stv.", "stv.", "Stellv.", "stellv.", "kommiss.", "komm."];

/** Compound heads that end like a role noun but are not one ("Begleiter" is not a "Leiter"). */
export const ROLE_FALSE_HEADS: readonly string[] = ["begleiter", "gleiter", "bereiter", "verbreiter", "lautsprecher", "fürsprecher", "überleiter"];

/**
 * Nouns for people that are not functions in a body: occupations, kinship,
 * nobility and office titles of history. Before a name they mark a person slot
 * ("Architekt Max Kaya", "Kaiser Franz Joseph", "Sohn Tobias"), but they are
 * not reported as roles. Nominative and common inflected forms.
 */
/**
 * The person nouns that are no occupation: nobility and offices of history, kinship and friendship,
 * religious figures. The other person nouns are occupations; before a name they are the person's role
 * ("Politikwissenschaftler Tobias X", "Architektin Y").
 */
export const NON_OCCUPATION_PERSON_NOUNS: ReadonlySet<string> = new Set((
  "Kaiser Kaiserin König Königs Königin Papst Papstes Fürst Fürsten Fürstin Herzog Herzogs Herzogin Graf Grafen Gräfin Prinz Prinzen Prinzessin " +
  "Kardinal Kardinals Erzbischof Erzbischofs Zar Zaren Sultan Sultans Kalif Pharao Ritter Freiherr Freiherrn Baron Baronin " +
  "Sohn Sohnes Tochter Bruder Bruders Schwester Vater Vaters Mutter Onkel Tante Neffe Nichte Enkel Enkelin Ehemann Ehefrau Gattin Gatte Witwe Freund Freundin " +
  "Heilige Heiligen Heiliger Apostel Prophet Propheten Jäger Held Heldin Kollege Kollegen Kollegin Experte Experten Expertin Kandidat Kandidatin " +
  "Weltmeister Weltmeisterin Olympiasieger Olympiasiegerin Kanzlerkandidat Kanzlerkandidatin"
).split(" "));

export const PERSON_NOUNS: readonly string[] = (
  "Kaiser Kaiserin König Königs Königin Papst Papstes Fürst Fürsten Fürstin Herzog Herzogs Herzogin Graf Grafen Gräfin Prinz Prinzen Prinzessin " +
  "Kardinal Kardinals Erzbischof Erzbischofs Zar Zaren Sultan Sultans Kalif Pharao Ritter Freiherr Freiherrn Baron Baronin " +
  "Architekt Architekten Architektin Autor Autors Autoren Autorin Künstler Künstlers Künstlerin Politiker Politikers Politikerin " +
  "Schriftsteller Schriftstellerin Schauspieler Schauspielerin Sänger Sängerin Musiker Musikerin Komponist Komponisten Komponistin " +
  "Regisseur Regisseurin Maler Malerin Dichter Dichterin Journalist Journalisten Journalistin Fotograf Fotografen Fotografin " +
  "Arzt Ärztin Oberarzt Chefarzt Anwalt Anwältin Rechtsanwalt Rechtsanwältin Richter Richterin Physiker Physikerin Chemiker Chemikerin " +
  "Historiker Historikerin Philosoph Philosophen Philosophin Theologe Theologen Theologin Wissenschaftler Wissenschaftlerin Forscher Forscherin " +
  "Spieler Spielers Spielerin Torwart Torhüter Keeper Stürmer Verteidiger Kapitän Coach Weltmeister Weltmeisterin Olympiasieger Olympiasiegerin " +
  "Unternehmer Unternehmerin Kaufmann Kaufmanns Industrieller Industriellen Experte Experten Expertin Kollege Kollegen Kollegin " +
  "Sohn Sohnes Tochter Bruder Bruders Schwester Vater Vaters Mutter Onkel Tante Neffe Nichte Enkel Enkelin Ehemann Ehefrau Gattin Gatte Witwe Freund Freundin " +
  "Heilige Heiligen Heiliger Apostel Prophet Propheten Jäger Held Heldin Inspektor Inspektorin Detektiv " +
  "General Generals Generalin Oberst Major Leutnant Hauptmann Admiral Feldmarschall Kanzlerkandidat Kanzlerkandidatin Kandidat Kandidatin"
).split(" ");
