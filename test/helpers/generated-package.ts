/**
 * Generates a specs folder into a fresh temporary package and loads it, the
 * way a consumer would: the compiled JavaScript, by file URL.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { generate } from "../../src/run/generate.js";
import type { GenerateOptions, GenerateResult } from "../../src/run/options.js";

export interface GeneratedPackage {
  dir: string;
  result: GenerateResult;
  /** The package's root module. */
  load(): Promise<Record<string, unknown>>;
  remove(): void;
}

export async function generatePackage(
  specs: string,
  name = "test-models",
  options: Partial<GenerateOptions> = {},
): Promise<GeneratedPackage> {
  const dir = join(mkdtempSync(join(tmpdir(), "mdspec-")), name);
  const result = await generate({ specs, out: dir, packageName: name, ...options });
  return {
    dir,
    result,
    load: async () => (await import(pathToFileURL(join(dir, "dist/index.js")).href)) as Record<string, unknown>,
    remove: () => rmSync(join(dir, ".."), { recursive: true, force: true }),
  };
}

/** A guard from a loaded package, found by its namespace path (`chatTs.models.components.isChoices`). */
export function guardAt(root: Record<string, unknown>, path: string): (value: unknown) => boolean {
  let current: unknown = root;
  for (const key of path.split(".")) current = (current as Record<string, unknown>)[key];
  if (typeof current !== "function") throw new Error(`no guard at ${path}`);
  return current as (value: unknown) => boolean;
}
