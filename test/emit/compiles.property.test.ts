/**
 * Every package generated from well-formed specs type-checks under the
 * strictest settings in common use. Random model sets, each in a folder of
 * its own, are generated into one package, so that one compiler run checks
 * them all.
 */
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/run/generate.js";
import { buildModels, parseSpecs } from "../../src/run/stages.js";
import { modelSet, specFiles } from "../helpers/spec-arbitraries.js";
import { specFolder } from "../helpers/spec-folder.js";
import { STRICT_FLAGS, tsc } from "../helpers/tsc.js";

describe("packages generated from random model sets", () => {
  it("type-check under --strict --exactOptionalPropertyTypes --noUncheckedIndexedAccess", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(modelSet, { minLength: 40, maxLength: 40 }), async (sets) => {
        const files: Record<string, Uint8Array> = {};
        for (const [i, models] of sets.entries()) {
          const set = specFiles(models);
          // A set that is refused (a union made of itself) has no package to check.
          if (buildModels(parseSpecs(set).documents).diagnostics.some((d) => d.severity === "error")) continue;
          for (const file of set) files[`set${i}/${file.file}`] = file.bytes;
        }
        const folder = specFolder(files);
        try {
          const out = join(folder.root, "out");
          const result = await generate({ specs: folder.specs, out, packageName: "out", format: false });
          expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
          const run = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], out);
          expect(run.output).toBe("");
          expect(run.status).toBe(0);
        } finally {
          folder.remove();
        }
      }),
      // Each run generates and compiles a package: shrinking a failure would take too long, so the first one is reported.
      { numRuns: 3, endOnFailure: true },
    );
  }, 300_000);
});
