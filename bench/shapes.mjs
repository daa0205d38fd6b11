// Worst-case input shapes: inputs built to make a stage super-linear (a
// regex that rescans from every position, a prefix rebuilt per part, a
// per-mention walk over earlier results, parser recursion). Each generator
// takes a size in characters (roughly) and returns { text, format }.
// Used by the worst-case section of bench/run.mjs and, at small sizes, by
// the property tests (test/properties.test.ts).

/**
 * German prose around each shape: without it the language stage reads the
 * input as not German and no extractor runs. Invented names.
 */
export const PRELUDE = "Die Stadt Musterhausen und der Verein Lernwerk e.V. laden am 12. März 2024 zu einer Sitzung in das Rathaus ein. " +
  "Bei dem Treffen wird über die Zukunft des Projekts gesprochen, das von der Stiftung für die Region gefördert wird und noch bis zum Ende des Jahres läuft. ";
const CODA = " sagte Bürgermeisterin Dr. Jana Beispiel am Montag in Musterhausen.";
/** The shape inside German prose. */
const prose = (shape) => PRELUDE + shape + CODA;

/** Repeat `unit` until the text holds about `size` characters. */
const fill = (unit, size) => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

/**
 * `benchSizes`: the small and large size of the benchmark when not 10 kB and 160 kB.
 * @type {Record<string, { note: string, gen: (size: number) => { text: string, format: "text" | "markdown" | "html" }, benchSizes?: number[] }>}
 */
export const SHAPES = {
  "hyphen A-A-…-B": { note: "one hyphenated token", gen: (n) => ({ text: prose(fill("A-", n) + "B"), format: "text" }) },
  "hyphen Hans-Hans-…": { note: "one hyphenated token of a first name", gen: (n) => ({ text: prose(fill("Hans-", n) + "Hans"), format: "text" }) },
  "hyphen Berlin-Berlin-…": { note: "one hyphenated token of a place", gen: (n) => ({ text: prose(fill("Berlin-", n) + "Berlin"), format: "text" }) },
  "run of .": { note: "dots without a following space", gen: (n) => ({ text: prose(fill(".", n) + "Ende"), format: "text" }) },
  "run of …": { note: "ellipses without a following space", gen: (n) => ({ text: prose(fill("…", n) + "Ende"), format: "text" }) },
  "run of !": { note: "exclamation marks without a following space", gen: (n) => ({ text: prose(fill("!", n) + "Ende"), format: "text" }) },
  "run of LF": { note: "newlines", gen: (n) => ({ text: prose(fill("\n", n)), format: "text" }) },
  "run of CRLF": { note: "Windows newlines", gen: (n) => ({ text: prose(fill("\r\n", n)), format: "text" }) },
  "run of LF+space": { note: "newline, space", gen: (n) => ({ text: prose(fill("\n ", n)), format: "text" }) },
  "run of CR": { note: "old Mac line ends (\\r starts a line for ^)", gen: (n) => ({ text: prose(fill("\r", n)), format: "text" }) },
  "list of small towns": { note: "a list accepted from a cue at its end", gen: (n) => ({ text: prose(fill("Mölln, ", n) + "\nMölln\n"), format: "text" }) },
  "postcode and town": { note: "one long line of postcode towns", gen: (n) => ({ text: prose(fill("50667 Köln ", n)), format: "text" }) },
  "one sentence repeated": {
    note: "a meeting sentence (src/records)",
    gen: (n) => ({ text: prose(fill("Am 12. März 2024 trafen sich Vertreter der Stadt Musterhausen und des Vereins Lernwerk e.V. zu einer Sitzung im Rathaus. ", n)), format: "text" }),
  },
  "Sitzung repeated": { note: "a meeting noun (src/records)", gen: (n) => ({ text: prose(fill("Sitzung ", n)), format: "text" }) },
  "Markdown [×k Berlin ]×k": {
    note: "nested link brackets",
    gen: (n) => {
      const k = Math.max(1, Math.floor((n - 6) / 2));
      return { text: PRELUDE + "\n\n" + "[".repeat(k) + "Berlin" + "]".repeat(k), format: "markdown" };
    },
  },
  "Markdown list": { note: "`- Punkt` lines", gen: (n) => ({ text: PRELUDE + "\n\n" + fill("- Punkt\n", n), format: "markdown" }), benchSizes: [160_000, 1_280_000] },
  "Markdown >×k": { note: "block quotes nested", gen: (n) => ({ text: PRELUDE + "\n\n" + fill(">", n) + " Berlin", format: "markdown" }) },
  "Markdown [a](×k": { note: "link openers without a closing", gen: (n) => ({ text: PRELUDE + "\n\n" + fill("[a](", n), format: "markdown" }) },
  "HTML <p><b>×k": { note: "formatting re-opened in each paragraph", gen: (n) => ({ text: `<p>${PRELUDE}</p>` + fill("<p><b>", n) + "x", format: "html" }) },
  "HTML <b>×k": {
    note: "`<b>` nested (size = levels × 3)",
    gen: (n) => ({ text: `<p>${PRELUDE}</p>` + "<b>".repeat(Math.max(1, Math.floor(n / 3))) + "x", format: "html" }),
    benchSizes: [3_750, 60_000],
  },
};
