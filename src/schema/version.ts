/**
 * The output format's version, apart from the zod schemas (release.ts) so that
 * extraction, the CLI and its workers do not load zod just for this number.
 */
export const SCHEMA_VERSION = 1 as const;
