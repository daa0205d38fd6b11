/**
 * optional.ts for bundles without a synchronous module loader (browsers):
 * the same functions over static imports. package.json "browser" and the
 * playground's Vite config put this file in place of optional.ts.
 */
import * as chronoDe from "chrono-node/de";
import * as entities from "decode-named-character-reference";
import * as franc from "franc-min";
import * as parse5 from "parse5";

export const francModule = (): typeof franc => franc;
export const parse5Module = (): typeof parse5 => parse5;
export const chronoDeModule = (): typeof chronoDe => chronoDe;
export const namedCharacterReferences = (): typeof entities => entities;
