/**
 * Sample texts: every .txt, .md and .html file under fixtures/, bundled into
 * the page at build time (no fetch at run time).
 */
export interface Sample {
  /** File name without folder, e.g. "seed-000.txt"; its extension gives the format. */
  name: string;
  /** Path below fixtures/, e.g. "seeds/seed-000.txt". */
  path: string;
  text: string;
}

const files = import.meta.glob<string>("../../fixtures/**/*.{txt,md,markdown,html,htm}", {
  query: "?raw",
  import: "default",
  eager: true,
});

export const SAMPLES: readonly Sample[] = Object.entries(files)
  .map(([file, text]) => {
    const path = file.replace(/^(\.\.\/)+fixtures\//, "");
    return { name: path.split("/").pop() ?? path, path, text };
  })
  .sort((a, b) => a.path.localeCompare(b.path));
