// One worst-case input through the library's `extract`, in its own process so
// peak memory is its own: prints {ms, rssMb, startRssMb, releases, chars, error?} as JSON.
// The time is the best of `runs` runs (the machine's noise only ever adds time).
//   node bench/worst-one.mjs "<shape name>" <size> [runs]
import { extract } from "../dist/src/index.js";
import { SHAPES } from "./shapes.mjs";

const [name, sizeArg, runsArg] = process.argv.slice(2);
const shape = SHAPES[name];
if (!shape) {
  console.error(`unknown shape ${name}`);
  process.exit(2);
}
const { text, format } = shape.gen(Number(sizeArg));
// Warm-up: module tables and gazetteers load on first use, not per input.
extract("Am 12. März 2024 trafen sich in Musterhausen Vertreter der Stadt und des Vereins Lernwerk e.V. zu einer Sitzung.", { format });
const startRssMb = process.memoryUsage().rss / 1024 / 1024;
let ms = Infinity;
let releases = 0;
let error;
for (let r = 0; r < Number(runsArg ?? 1); r++) {
  const t0 = process.hrtime.bigint();
  try {
    releases = extract(text, { format }).length;
  } catch (e) {
    error = String(e).slice(0, 200);
  }
  ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
}
console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, startRssMb, releases, chars: text.length, error }));
