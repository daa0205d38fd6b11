// Add your own stage to the pipeline: here, one that warns about releases
// without any date. A stage declares what it needs and provides; the runner
// puts it in the right place.
//   node examples/custom-stage.mjs
import { extract, customPipeline } from "pressextract";

const undatedWarning = {
  name: "undated-warning",
  needs: ["dates", "anchorDate"],
  provides: [],
  run(doc) {
    if (doc.dates.length > 0 || doc.anchorDate) return doc;
    const warning = { code: "NO_DATE", message: "the release states no date at all", start: doc.span.start, end: doc.span.start };
    return { ...doc, warnings: [...doc.warnings, warning] };
  },
};

const pipeline = customPipeline([undatedWarning]);
console.log("stages:", pipeline.order.join(" → "));
const text = "Neue Bänke im Park\n\nDie Stadt hat im Stadtpark zwölf neue Bänke aufgestellt, wie die Verwaltung mitteilte.";
const [release] = extract(text, { pipeline });
console.log(release.warnings.map((w) => `${w.code}: ${w.message}`).join("\n") || "no warnings");
