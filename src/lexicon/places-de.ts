/**
 * Closed classes of place names the packages do not give (or give in English):
 * the 16 Länder with their common short forms, the Bezirke of Berlin and
 * Hamburg, the Austrian Länder and Swiss Kantone, German exonyms of large
 * foreign cities, German short forms of country names, continents and large
 * regions. Sources and licence: src/extractors/places/data/README.md.
 */

/** AGS prefix (first two digits) → Land. */
export const LAND_BY_AGS_PREFIX: Readonly<Record<string, string>> = {
  "01": "Schleswig-Holstein", "02": "Hamburg", "03": "Niedersachsen", "04": "Bremen",
  "05": "Nordrhein-Westfalen", "06": "Hessen", "07": "Rheinland-Pfalz", "08": "Baden-Württemberg",
  "09": "Bayern", "10": "Saarland", "11": "Berlin", "12": "Brandenburg",
  "13": "Mecklenburg-Vorpommern", "14": "Sachsen", "15": "Sachsen-Anhalt", "16": "Thüringen",
};

/** The 16 Länder: canonical name, AGS prefix, other names and common short forms. */
export const LAENDER: ReadonlyArray<{ name: string; ags: string; aliases: string[] }> = [
  { name: "Schleswig-Holstein", ags: "01", aliases: [] },
  { name: "Hamburg", ags: "02", aliases: ["Freie und Hansestadt Hamburg"] },
  { name: "Niedersachsen", ags: "03", aliases: [] },
  { name: "Bremen", ags: "04", aliases: ["Freie Hansestadt Bremen"] },
  { name: "Nordrhein-Westfalen", ags: "05", aliases: ["NRW"] },
  { name: "Hessen", ags: "06", aliases: [] },
  { name: "Rheinland-Pfalz", ags: "07", aliases: ["RLP"] },
  { name: "Baden-Württemberg", ags: "08", aliases: ["BW", "BaWü"] },
  { name: "Bayern", ags: "09", aliases: ["Freistaat Bayern"] },
  { name: "Saarland", ags: "10", aliases: [] },
  { name: "Berlin", ags: "11", aliases: [] },
  { name: "Brandenburg", ags: "12", aliases: [] },
  { name: "Mecklenburg-Vorpommern", ags: "13", aliases: ["M-V", "MV"] },
  { name: "Sachsen", ags: "14", aliases: ["Freistaat Sachsen"] },
  { name: "Sachsen-Anhalt", ags: "15", aliases: [] },
  { name: "Thüringen", ags: "16", aliases: ["Freistaat Thüringen"] },
];

/** Bezirke of Berlin (12) and Hamburg (7). */
export const CITY_BOROUGHS: ReadonlyArray<{ name: string; state: string }> = [
  ...["Mitte", "Friedrichshain-Kreuzberg", "Pankow", "Charlottenburg-Wilmersdorf", "Spandau",
    "Steglitz-Zehlendorf", "Tempelhof-Schöneberg", "Neukölln", "Treptow-Köpenick",
    "Marzahn-Hellersdorf", "Lichtenberg", "Reinickendorf"].map((name) => ({ name, state: "Berlin" })),
  ...["Hamburg-Mitte", "Altona", "Eimsbüttel", "Hamburg-Nord", "Wandsbek", "Bergedorf", "Harburg"]
    .map((name) => ({ name, state: "Hamburg" })),
];

/** Austrian Länder: German name and GeoNames admin1 code. */
export const AUSTRIAN_LAENDER: ReadonlyArray<{ name: string; admin1: string }> = [
  { name: "Burgenland", admin1: "01" }, { name: "Kärnten", admin1: "02" },
  { name: "Niederösterreich", admin1: "03" }, { name: "Oberösterreich", admin1: "04" },
  { name: "Salzburg", admin1: "05" }, { name: "Steiermark", admin1: "06" },
  { name: "Tirol", admin1: "07" }, { name: "Vorarlberg", admin1: "08" }, { name: "Wien", admin1: "09" },
];

/** Swiss Kantone: German name and GeoNames admin1 code (the canton abbreviation). */
export const SWISS_KANTONE: ReadonlyArray<{ name: string; admin1: string }> = [
  { name: "Zürich", admin1: "ZH" }, { name: "Bern", admin1: "BE" }, { name: "Luzern", admin1: "LU" },
  { name: "Uri", admin1: "UR" }, { name: "Schwyz", admin1: "SZ" }, { name: "Obwalden", admin1: "OW" },
  { name: "Nidwalden", admin1: "NW" }, { name: "Glarus", admin1: "GL" }, { name: "Zug", admin1: "ZG" },
  { name: "Freiburg", admin1: "FR" }, { name: "Solothurn", admin1: "SO" }, { name: "Basel-Stadt", admin1: "BS" },
  { name: "Basel-Landschaft", admin1: "BL" }, { name: "Schaffhausen", admin1: "SH" },
  { name: "Appenzell Ausserrhoden", admin1: "AR" }, { name: "Appenzell Innerrhoden", admin1: "AI" },
  { name: "St. Gallen", admin1: "SG" }, { name: "Graubünden", admin1: "GR" }, { name: "Aargau", admin1: "AG" },
  { name: "Thurgau", admin1: "TG" }, { name: "Tessin", admin1: "TI" }, { name: "Waadt", admin1: "VD" },
  { name: "Wallis", admin1: "VS" }, { name: "Neuenburg", admin1: "NE" }, { name: "Genf", admin1: "GE" },
  { name: "Jura", admin1: "JU" },
];

/**
 * German names of cities GeoNames lists under an English or local name
 * (GeoNames name → German name). Large cities only.
 */
export const CITY_EXONYMS: Readonly<Record<string, string>> = {
  Munich: "München", Vienna: "Wien", Prague: "Prag", Warsaw: "Warschau", Rome: "Rom", Milan: "Mailand",
  Naples: "Neapel", Venice: "Venedig", Florence: "Florenz", Genoa: "Genua", Brussels: "Brüssel",
  Antwerpen: "Antwerpen", Antwerp: "Antwerpen", Brugge: "Brügge", Bruges: "Brügge", Gent: "Gent", Liège: "Lüttich",
  Copenhagen: "Kopenhagen", Lisbon: "Lissabon", Athens: "Athen", Moscow: "Moskau",
  "Saint Petersburg": "Sankt Petersburg", Kyiv: "Kiew", Kharkiv: "Charkiw", Lviv: "Lwiw", Odessa: "Odessa",
  Beijing: "Peking", Tokyo: "Tokio", Cairo: "Kairo", "Mexico City": "Mexiko-Stadt", "New York City": "New York",
  Belgrade: "Belgrad", Bucharest: "Bukarest", Kraków: "Krakau", Wrocław: "Breslau", Gdańsk: "Danzig",
  Poznań: "Posen", Szczecin: "Stettin", Genève: "Genf", Geneva: "Genf", "Sankt Gallen": "St. Gallen",
  Neuchâtel: "Neuenburg", "The Hague": "Den Haag", Nicosia: "Nikosia", Damascus: "Damaskus", Tehran: "Teheran",
  Baghdad: "Bagdad", Algiers: "Algier", Riyadh: "Riad", "Cape Town": "Kapstadt", "New Delhi": "Neu-Delhi",
  Singapore: "Singapur", Seville: "Sevilla", Gothenburg: "Göteborg", Strasbourg: "Straßburg",
  "Klagenfurt am Wörthersee": "Klagenfurt", Luxembourg: "Luxemburg", Thessaloníki: "Thessaloniki",
  Saragossa: "Saragossa", Zaragoza: "Saragossa", Turin: "Turin", Bratislava: "Bratislava", Ljubljana: "Ljubljana",
  Helsinki: "Helsinki", Stockholm: "Stockholm", Istanbul: "Istanbul", Jerusalem: "Jerusalem",
  "Washington, D.C.": "Washington", Padova: "Padua", Syracuse: "Syrakus", Nice: "Nizza",
  Bolzano: "Bozen", Trento: "Trient", Merano: "Meran",
};

/**
 * Direction and part words that are also names of towns or town parts
 * ("Norden", "Mitte"): taken only after a place noun, a postcode or in a dateline.
 */
export const GENERIC_PLACE_WORDS: ReadonlySet<string> = new Set([
  "Norden", "Süden", "Osten", "Westen", "Nordosten", "Nordwesten", "Südosten", "Südwesten", "Mitte", "Zentrum",
  "Innenstadt", "Altstadt", "Neustadt", "Nord", "Süd", "Ost", "West", "Oberstadt", "Unterstadt", "Vorstadt",
]);

/** German short forms and other common names of countries (ISO alpha-2 → names). */
export const COUNTRY_ALIASES: Readonly<Record<string, string[]>> = {
  BY: ["Weißrussland"], NL: ["Holland"], PS: ["Palästina", "Palästinensische Gebiete"], VA: ["Vatikan"],
  MD: ["Moldau", "Republik Moldau"], CZ: ["Tschechei"], CD: ["Demokratische Republik Kongo"],
  GB: ["Großbritannien", "UK"], US: ["USA", "Amerika"], MK: ["Mazedonien"], MM: ["Birma"],
  DE: ["Bundesrepublik Deutschland", "Bundesrepublik", "BRD"], AT: ["Republik Österreich"],
};

/** Parts of countries and historic countries commonly named like countries. */
export const OTHER_COUNTRY_LIKE: ReadonlyArray<string> = [
  "England", "Schottland", "Wales", "Nordirland", "Kurdistan", "Tibet", "Sowjetunion", "DDR",
];

/** Continents and macro-regions (a closed class). */
export const MACRO_REGIONS: ReadonlyArray<string> = [
  "Europa", "Afrika", "Asien", "Nordamerika", "Südamerika", "Lateinamerika", "Mittelamerika", "Ozeanien",
  "Antarktis", "Arktis", "Osteuropa", "Westeuropa", "Mitteleuropa", "Südeuropa", "Nordeuropa", "Südosteuropa",
  "Skandinavien", "Baltikum", "Balkan", "Westbalkan", "Kaukasus", "Nahost", "Naher Osten", "Mittlerer Osten",
  "Nordafrika", "Westafrika", "Ostafrika", "Subsahara-Afrika", "Südostasien", "Zentralasien", "Ostasien",
  "Korea", "Maghreb", "Karibik", "Sahel", "Mittelmeerraum",
  "Norddeutschland", "Süddeutschland", "Westdeutschland", "Ostdeutschland", "Mitteldeutschland",
  // Seas and mountain ranges.
  "Nordsee", "Ostsee", "Mittelmeer", "Atlantik", "Pazifik", "Indischer Ozean", "Schwarzes Meer", "Alpen",
  "Pyrenäen", "Karpaten", "Anden", "Himalaya",
  // Historic and large regions of other countries, named in German.
  "Preußen", "Ostpreußen", "Böhmen", "Mähren", "Schlesien", "Pommern", "Elsass", "Lothringen", "Südtirol",
  "Flandern", "Wallonie", "Katalonien", "Baskenland", "Andalusien", "Bretagne", "Normandie", "Provence",
  "Toskana", "Lombardei", "Sizilien", "Sardinien", "Korsika", "Kreta", "Krim", "Donbass", "Sibirien",
  "Gazastreifen", "Westjordanland", "Kaschmir", "Darfur", "Anatolien", "Tschetschenien", "Abchasien",
  "Kalifornien", "Texas", "Florida", "Patagonien", "Galizien", "Siebenbürgen",
];

/**
 * Large German regions (Großlandschaften, historic and cultural regions,
 * Regierungsbezirke not named after a town, Metropolregionen) with common
 * short forms. Written down as a closed class after the overview lists of
 * German regions (Wikipedia "Liste der Regionen in Deutschland",
 * "Metropolregion", "Regierungsbezirk"); not taken from any corpus text.
 */
export const GERMAN_REGIONS: ReadonlyArray<{ name: string; aliases?: string[] }> = [
  { name: "Ruhrgebiet", aliases: ["Ruhrpott", "Metropole Ruhr"] }, { name: "Rheinland" }, { name: "Westfalen" },
  { name: "Ostwestfalen-Lippe", aliases: ["OWL"] }, { name: "Ostwestfalen" }, { name: "Münsterland" },
  { name: "Sauerland" }, { name: "Siegerland" }, { name: "Niederrhein" }, { name: "Bergisches Land" },
  { name: "Eifel" }, { name: "Hunsrück" }, { name: "Westerwald" }, { name: "Taunus" }, { name: "Odenwald" },
  { name: "Spessart" }, { name: "Rhön" }, { name: "Vogelsberg" }, { name: "Wetterau" }, { name: "Pfalz" },
  { name: "Rheinhessen" }, { name: "Schwarzwald" }, { name: "Schwäbische Alb" }, { name: "Allgäu" },
  { name: "Oberschwaben" }, { name: "Hohenlohe" }, { name: "Kraichgau" }, { name: "Breisgau" },
  { name: "Ortenau" }, { name: "Bodenseeregion" }, { name: "Franken" }, { name: "Oberbayern" },
  { name: "Niederbayern" }, { name: "Oberpfalz" }, { name: "Oberfranken" }, { name: "Mittelfranken" },
  { name: "Unterfranken" }, { name: "Lausitz" }, { name: "Oberlausitz" }, { name: "Niederlausitz" },
  { name: "Erzgebirge" }, { name: "Vogtland" }, { name: "Spreewald" }, { name: "Uckermark" },
  { name: "Prignitz" }, { name: "Altmark" }, { name: "Eichsfeld" }, { name: "Ostfriesland" },
  { name: "Oldenburger Land" }, { name: "Emsland" }, { name: "Lüneburger Heide" }, { name: "Weserbergland" },
  { name: "Wendland" }, { name: "Mecklenburg" }, { name: "Vorpommern" }, { name: "Holstein" },
  { name: "Thüringer Wald" }, { name: "Fichtelgebirge" }, { name: "Bayerischer Wald" },
  { name: "Rhein-Main-Gebiet", aliases: ["Rhein-Main"] }, { name: "Rhein-Neckar" }, { name: "Rhein-Ruhr" },
  { name: "Metropolregion Rhein-Neckar" }, { name: "Metropolregion Nürnberg" },
  { name: "Metropolregion Hamburg" }, { name: "Metropolregion München" }, { name: "Metropolregion Stuttgart" },
  { name: "Metropolregion Mitteldeutschland" }, { name: "Metropolregion Hannover Braunschweig Göttingen Wolfsburg" },
  { name: "Metropolregion Bremen-Oldenburg" }, { name: "Metropolregion Rheinland" },
  { name: "Metropolregion FrankfurtRheinMain" }, { name: "Hauptstadtregion Berlin-Brandenburg" },
  { name: "Nordbaden" }, { name: "Südbaden" }, { name: "Nordhessen" }, { name: "Südhessen" }, { name: "Osthessen" },
  { name: "Mittelhessen" }, { name: "Südniedersachsen" }, { name: "Südwestfalen" }, { name: "Nordschwarzwald" },
  { name: "Bodensee" }, { name: "Harz" }, { name: "Baden" }, { name: "Württemberg" },
];

/**
 * Adjectives of the German Länder and Austrian Länder (stems, lower case): in
 * "das niedersächsische Sozialministerium", "die steirische
 * Landesregierung" they name the Land whose body it is. National adjectives
 * ("deutsch", "österreichisch") are left out: "die deutsche Bundesregierung"
 * is described, not named.
 */
export const LAND_ADJECTIVE_STEMS: ReadonlyArray<string> = [
  "baden-württembergisch", "bayerisch", "berlinisch", "brandenburgisch", "bremisch", "hamburgisch", "hessisch",
  "mecklenburg-vorpommersch", "mecklenburg-vorpommerisch", "niedersächsisch", "nordrhein-westfälisch", "rheinland-pfälzisch",
  "saarländisch", "sächsisch", "sachsen-anhaltisch", "schleswig-holsteinisch", "thüringisch",
  "burgenländisch", "kärntnerisch", "niederösterreichisch", "oberösterreichisch", "salzburgisch", "steirisch", "steiermärkisch",
  "tirolerisch", "vorarlbergisch",
];
