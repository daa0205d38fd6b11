/**
 * Closed classes of cue words that mark web-page boilerplate around German
 * press releases. They name kinds of page furniture, never a publisher.
 */

/** Social networks and sharing targets as they appear in share bars. */
export const SOCIAL_NETWORKS = [
  "Facebook", "Twitter", "X", "LinkedIn", "Xing", "XING", "WhatsApp", "Whatsapp", "Pinterest", "Instagram",
  "Telegram", "Reddit", "Tumblr", "Digg", "Delicious", "Mister Wong", "Jappy", "Google Plus", "Google+",
  "StumbleUpon", "Threema", "Mastodon", "Bluesky", "Flipboard", "Pocket", "VZ", "StudiVZ", "MeinVZ",
  "YouTube", "TikTok", "E-Mail", "Email", "Drucken", "Teilen", "Tweet", "Share",
] as const;

/** Words of donation and subscription appeals (lower case, matched as word starts). */
/** Payment channels and direct appeals: one is enough. */
export const DONATION_STRONG = ["paypal", "bankverbindung", "banküberweisung", "spendenkonto", "spenden sie", "jetzt spenden", "unterstützung zählt", "unterstützen sie uns", "förderabo", "steady", "patreon"] as const;
/** Words that also occur in releases about funding: they count only in a paragraph that addresses the reader. */
export const DONATION_WEAK = ["spende", "zuwendung", "leser", "betriebskosten", "berichterstattung", "zahlen", "danke", "bitte"] as const;

/** Headings that open teaser lists of other articles. */
export const TEASER_HEADINGS = [
  "weitere beiträge", "weitere artikel", "weitere meldungen", "weitere nachrichten", "ähnliche beiträge",
  "ähnliche artikel", "verwandte artikel", "verwandte beiträge", "das könnte sie auch interessieren",
  "das könnte dich auch interessieren", "mehr zum thema", "auch interessant", "neueste beiträge",
  "aktuelle beiträge", "letzte beiträge", "beliebte beiträge", "meistgelesen", "empfohlene artikel",
  "weitere pressemitteilungen", "andere pressemitteilungen", "lesen sie auch", "related posts",
] as const;

/** Link words of teaser lists and page navigation (a line of just this). */
export const LINK_WORDS = ["weiterlesen", "mehr lesen", "mehr erfahren", "read more", "zum artikel", "zurück", "nach oben", "totop", "to top", "drucken", "print", "seite drucken", "teilen", "zur übersicht", "zurück zur übersicht", "mehr", "suche", "menü", "navigation", "navigation und service", "inhalt", "startseite", "home", "impressum", "datenschutz", "kontakt", "sitemap", "barrierefreiheit", "leichte sprache", "gebärdensprache", "volltext in meldungen suchen", "print zurück"] as const;

/** Consent-banner vocabulary. */
export const CONSENT_WORDS = ["cookie", "cookies", "einwilligung", "zustimmen", "akzeptieren", "datenschutzerklärung", "datenschutzeinstellungen", "tracking"] as const;
