/** Content hashes for cache keys: short, stable across machines and runs. */
import { createHash } from "node:crypto";
import { requirePackage } from "./require-package.js";

const { stringify } = requirePackage("safe-stable-stringify") as typeof import("safe-stable-stringify");

export function hashOf(...parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    // The length first, so ("ab", "c") and ("a", "bc") differ.
    hash.update(`${part.length}:`);
    hash.update(part);
  }
  return hash.digest("base64url").slice(0, 27);
}

const byContent = new WeakMap<Uint8Array, string>();

/** The hash of a file's bytes, computed once however many keys it goes into. */
export function contentHash(bytes: Uint8Array): string {
  let hash = byContent.get(bytes);
  if (hash === undefined) byContent.set(bytes, (hash = hashOf(bytes)));
  return hash;
}

/**
 * Plain data as JSON with every object's keys sorted: equal data gives the
 * same text however its objects were built, so a key made from it is too.
 */
export function canonicalJson(value: unknown): string {
  return stringify(value) ?? "null";
}
