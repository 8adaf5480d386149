/**
 * "Did you mean …?" for mistyped names: option keys, commands, type names,
 * model names. The distance is Damerau-Levenshtein's, so a swap of two
 * neighbouring letters (`flaot`) counts as one slip.
 */
import { requirePackage } from "../base/require-package.js";

const distance = requirePackage("damerau-levenshtein") as typeof import("damerau-levenshtein");

/** The known name closest to `word`, if it is close enough to be the one meant. */
export function closest(word: string, known: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestSteps = Number.POSITIVE_INFINITY;
  const candidates = [...known];
  for (const candidate of candidates) {
    const { steps } = distance(lower, candidate.toLowerCase());
    if (steps < bestSteps) {
      best = candidate;
      bestSteps = steps;
    }
  }
  // Up to a third of the word may be wrong; beyond that a suggestion is a guess.
  if (best !== undefined && bestSteps <= Math.max(1, Math.floor(word.length / 3))) return best;
  // A word that is the start or end of one known name, such as "version" of "packageVersion".
  const part = candidates.filter((name) => name.toLowerCase().startsWith(lower) || name.toLowerCase().endsWith(lower));
  return lower.length >= 4 && part.length === 1 ? part[0] : undefined;
}
