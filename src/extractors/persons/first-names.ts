// The first-name lookups moved to src/lexicon/first-names.ts (shared with the token layer);
// this module keeps their old import path.
export { isFirstName, firstNameGender, isGermanListFirstName, type Gender } from "../../lexicon/first-names.js";
