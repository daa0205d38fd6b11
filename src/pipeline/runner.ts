/**
 * The pipeline runner: stages declare what they need and provide; the runner
 * alone orders them (a stable topological sort) and refuses a set of stages
 * whose needs cannot be met.
 */
import type { Doc, DocKey } from "./doc.js";

export interface Stage {
  readonly name: string;
  readonly needs: readonly DocKey[];
  readonly provides: readonly DocKey[];
  /** A pure function from the document so far to a richer document. */
  run(doc: Doc): Doc;
}

/** Fields every document has before any stage runs. */
const GIVEN: readonly DocKey[] = ["view"];

export class PipelineError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "PipelineError";
    this.code = code;
  }
}

export interface Pipeline {
  /** Stage names in the order they run. */
  readonly order: readonly string[];
  run(doc: Doc): Doc;
  /**
   * Runs several documents stage by stage (every document through one stage,
   * then the next): the same results as `run` on each, at about two thirds of
   * the CPU time, because each stage's code and tables stay warm in the caches
   * across the documents instead of being evicted by eleven other stages
   * between two uses (measured in bench/stages.mjs and src/pipeline/README.md).
   */
  runAll(docs: readonly Doc[]): Doc[];
}

export function createPipeline(stages: readonly Stage[]): Pipeline {
  const names = new Set<string>();
  for (const s of stages) {
    if (names.has(s.name)) throw new PipelineError("PIPELINE_DUPLICATE_STAGE", `two stages are named "${s.name}"`);
    names.add(s.name);
  }
  const available = new Set<DocKey>(GIVEN);
  const pending = [...stages];
  const ordered: Stage[] = [];
  while (pending.length) {
    const i = pending.findIndex((s) => s.needs.every((n) => available.has(n)));
    if (i < 0) {
      const missing = pending.map((s) => `${s.name} needs ${s.needs.filter((n) => !available.has(n)).join(", ")}`);
      throw new PipelineError("PIPELINE_UNMET_NEED", `no stage provides what these need: ${missing.join("; ")}`);
    }
    const [stage] = pending.splice(i, 1);
    ordered.push(stage!);
    for (const p of stage!.provides) available.add(p);
  }
  const frozen = Object.freeze([...ordered]);
  return {
    order: frozen.map((s) => s.name),
    run(doc: Doc): Doc {
      let d = doc;
      for (const s of frozen) d = s.run(d);
      return d;
    },
    runAll(docs: readonly Doc[]): Doc[] {
      const out = [...docs];
      for (const s of frozen) for (let i = 0; i < out.length; i++) out[i] = s.run(out[i]!);
      return out;
    },
  };
}
