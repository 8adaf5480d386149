/**
 * A model module is formatted part by part: the parts ts-morph printed in
 * prettier's layout are kept, and only the rest go through prettier
 * (format.ts). Whatever the models, the result is what prettier gives the
 * whole module: formatting it again changes nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTypeScript, isInPrettierLayout } from "../../src/emit/format.js";
import { buildPackage } from "../../src/run/generate.js";
import { buildModels, parseSpecs } from "../../src/run/stages.js";
import { longNamedModelSet, modelSet, specFiles } from "../helpers/spec-arbitraries.js";

/** A blank line before a top-level line: where formatModuleParts joins a module's parts. */
const TOP_LEVEL_BLANK_LINE = /\n\n(?=\S)/u;

describe("model modules of random model sets", () => {
  it.each([
    ["named anything", modelSet],
    ["named long", longNamedModelSet],
  ])("are as prettier formats them, with guards and validators, %s", async (_, sets) => {
    const parts = { laidOut: 0, formatted: 0 };
    await fc.assert(
      fc.asyncProperty(sets, async (models) => {
        const files = specFiles(models);
        if (buildModels(parseSpecs(files).documents).diagnostics.some((d) => d.severity === "error")) return;
        const built = await buildPackage(files, { packageName: "p", emit: ["types", "guards", "validators"] });
        const raw = await buildPackage(files, { packageName: "p", emit: ["types", "guards", "validators"], format: false });
        for (const [path, text] of built.files!) {
          if (!path.startsWith("src/models/") || !path.endsWith(".ts")) continue;
          expect(await formatTypeScript(text), path).toBe(text);
          for (const part of raw.files!.get(path)!.trimEnd().split(TOP_LEVEL_BLANK_LINE)) parts[isInPrettierLayout(part) ? "laidOut" : "formatted"]++;
        }
      }),
      { numRuns: 60 },
    );
    // The property saw both ways a part takes.
    expect(parts.laidOut).toBeGreaterThan(50);
    expect(parts.formatted).toBeGreaterThan(10);
  }, 300_000);
});
