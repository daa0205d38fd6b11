// Readers of the two training corpora of the name model (see src/tagger/data/README.md):
// GermEval 2014 (TSV) and the DFKI SmartData corpus (gzipped stream of JSON objects).
// Each gives documents { id, text, names: [{ type: "PER"|"LOC"|"ORG", start, end }] } in character offsets.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

/**
 * GermEval 2014: one document per sentence, tokens joined by single spaces (as
 * ../shared/eval/germeval.mjs passes them to the CLI). Names from the outer level only;
 * *deriv, *part and OTH are not names.
 */
export function readGermEval(path) {
  return parseGermEval(readFileSync(path, "utf8"));
}

export function parseGermEval(src) {
  const sentences = [];
  let cur = null;
  const flush = () => { if (cur && cur.tokens.length) sentences.push(cur); cur = null; };
  for (const raw of src.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (line.startsWith("#")) { flush(); cur = { comment: line, tokens: [] }; continue; }
    if (!line.trim()) { flush(); continue; }
    const cols = line.split("\t");
    if (!cur) cur = { comment: null, tokens: [] };
    cur.tokens.push({ line, text: cols[1] ?? "", outer: cols[2] || "O" });
  }
  flush();
  return sentences.map((s, i) => {
    let text = "";
    const names = [];
    let open = null;
    s.tokens.forEach((t) => {
      if (text) text += " ";
      const start = text.length;
      text += t.text;
      const m = /^([BI])-(PER|LOC|ORG)$/.exec(t.outer);
      if (m && m[1] === "I" && open && open.type === m[2]) open.end = text.length;
      else {
        if (open) names.push(open);
        open = m ? { type: m[2], start, end: text.length } : null;
      }
    });
    if (open) names.push(open);
    return { id: `s${i + 1}`, text, names, lines: s.tokens.map((t) => t.line), comment: s.comment };
  });
}

/** The lines of GermEval sentences back as TSV (for a fold the scorer reads). */
export function germEvalTsv(docs) {
  return docs.map((d) => `${d.comment ?? "#"}\n${d.lines.join("\n")}\n`).join("\n");
}

/** The objects of a stream of pretty-printed JSON objects (Avro's JSON encoding). */
export function parseJsonStream(s) {
  const out = [];
  let depth = 0, inString = false, escaped = false, start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123) { if (depth++ === 0) start = i; }
    else if (c === 125) { if (--depth === 0) out.push(JSON.parse(s.slice(start, i + 1))); }
  }
  return out;
}

const SMARTDATA_TYPES = {
  person: "PER",
  location: "LOC", "location-city": "LOC", "location-street": "LOC", "location-stop": "LOC",
  // routes ("A1", "S3", "IC-Züge") are line designations, not places
  "location-route": null,
  organization: "ORG", "organization-company": "ORG",
};

/** The type of a SmartData mention (v1 "location-city", v3 "LOCATION_CITY"), or null. */
export function smartDataType(type) {
  const key = String(type).toLowerCase().replace(/_/g, "-");
  return SMARTDATA_TYPES[key] ?? null;
}

/** One SmartData document as { id, text, names }. Places written in lower case are adjectives ("deutschen"): dropped. */
export function smartDataDoc(d) {
  const text = d.text?.string ?? "";
  const names = [];
  for (const m of d.conceptMentions?.array ?? []) {
    const type = smartDataType(m.type);
    if (!type) continue;
    const { start, end } = m.span;
    if (!(end > start) || end > text.length) continue;
    if (type === "LOC" && /^\p{Ll}/u.test(text.slice(start, end))) continue;
    names.push({ type, start, end });
  }
  return { id: d.id, text, names };
}

export function readSmartDataFile(path) {
  return parseJsonStream(gunzipSync(readFileSync(path)).toString("utf8"));
}

/**
 * SmartData for training: v1 train and test (the whole v1 corpus) with the corrected v3 dev
 * versions of the documents they share, without the v3 test documents (matched on id),
 * each id once. Returns { train, heldOut } where heldOut is the v3 test split.
 */
export function readSmartData(dir) {
  const heldOut = readSmartDataFile(`${dir}/v3_20200302-test.json.gz`).map(smartDataDoc);
  const heldOutIds = new Set(heldOut.map((d) => d.id));
  const byId = new Map();
  for (const f of ["v1_20180119-train.json.gz", "v1_20180119-test.json.gz"]) {
    for (const d of readSmartDataFile(`${dir}/${f}`)) if (!heldOutIds.has(d.id) && !byId.has(d.id)) byId.set(d.id, smartDataDoc(d));
  }
  for (const d of readSmartDataFile(`${dir}/v3_20200302-dev.json.gz`)) if (byId.has(d.id)) byId.set(d.id, smartDataDoc(d));
  const train = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { train, heldOut };
}
