/**
 * Command-line parsing with messages for people: an unknown or misspelt
 * option names the closest known one ("unknown option --fromat; did you mean
 * --format?"), an option without its value says so, and every command
 * rejects arguments it does not take.
 */

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export class UsageError extends Error {
  override name = "UsageError";
}

/** Edit distance (Levenshtein), for suggestions. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The known word closest to `word`, when it is close enough to be a likely typo. */
export function closest(word: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k.toLowerCase());
    if (d < bestD) (best = k), (bestD = d);
  }
  // Prefixes count too ("--ref" for "--reference-date").
  const prefixed = known.filter((k) => word.length >= 3 && k.startsWith(word));
  if (prefixed.length === 1) return prefixed[0]!;
  return best !== null && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

export function suggestion(word: string, known: readonly string[], prefix = ""): string {
  const c = closest(word, known);
  return c ? `; did you mean ${prefix}${c}?` : "";
}

/**
 * Parses `--name value`, `--name=value`, `-x value`, `-xVALUE`, boolean flags,
 * `-` (standard input) and `--` (the rest are positionals).
 */
export function parseCommandArgs(args: readonly string[], specs: OptionSpecs, allowPositionals: boolean): ParsedArgs {
  const values: ParsedArgs["values"] = {};
  const positionals: string[] = [];
  const names = Object.keys(specs);
  const byShort = new Map(Object.entries(specs).filter(([, s]) => s.short).map(([n, s]) => [s.short!, n]));
  const seen = new Set<string>();
  const set = (name: string, value: string | boolean) => {
    if (seen.has(name)) throw new UsageError(`option --${name} given twice`);
    seen.add(name);
    values[name] = value;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      if (!specs[name]) throw new UsageError(`unknown option --${name}${suggestion(name, names, "--")}`);
    } else if (arg.startsWith("-") && arg !== "-") {
      const short = arg[1]!;
      name = byShort.get(short);
      if (!name) throw new UsageError(`unknown option ${arg}${suggestion(arg.replace(/^-+/, ""), names, "--")}`);
      if (arg.length > 2) inline = arg.slice(2);
    } else {
      positionals.push(arg);
      continue;
    }
    const spec = specs[name]!;
    if (spec.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
      set(name, true);
      continue;
    }
    if (inline !== undefined) {
      set(name, inline);
      continue;
    }
    const next = args[i + 1];
    if (next === undefined || (next.startsWith("-") && next !== "-")) throw new UsageError(`option --${name} needs a value`);
    set(name, next);
    i++;
  }
  if (!allowPositionals && positionals.length) {
    throw new UsageError(`unexpected argument${positionals.length > 1 ? "s" : ""}: ${positionals.map((p) => JSON.stringify(p)).join(" ")}`);
  }
  return { values, positionals };
}
