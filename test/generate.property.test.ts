/**
 * Whatever the spec files hold — valid specs, mangled ones, random bytes —
 * the pipeline answers with diagnostics or a package, and never throws.
 * Every diagnostic names a known rule and a place inside its file; a run
 * without errors yields a package.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rules } from "../src/diagnostics/diagnostic.js";
import { buildPackage } from "../src/run/generate.js";
import { anySpecFiles, damagedSpecFiles, modelSet, specFiles } from "./helpers/spec-arbitraries.js";

/** The number of lines of a file as an editor counts them. */
function lineCount(bytes: Uint8Array): number {
  return new TextDecoder().decode(bytes).split(/\r\n|\r|\n/u).length;
}

describe("buildPackage on any spec files", () => {
  it("returns diagnostics at real places, or a package — and never throws, whether or not it allows what it cannot resolve", async () => {
    await fc.assert(
      fc.asyncProperty(anySpecFiles, fc.boolean(), async (files, allowUnresolved) => {
        const built = await buildPackage(files, { packageName: "p", format: false, allowUnresolved });
        const lines = new Map(files.map((f) => [f.file, lineCount(f.bytes)]));
        for (const d of built.diagnostics) {
          expect(Object.keys(rules)).toContain(d.rule);
          expect(d.severity).toBe(rules[d.rule].severity);
          const start = "start" in d.at ? d.at.start : d.at;
          expect(start.line).toBeGreaterThanOrEqual(1);
          expect(start.line).toBeLessThanOrEqual(lines.get(d.file)!);
          expect(start.column).toBeGreaterThanOrEqual(1);
        }
        const errors = built.diagnostics.some((d) => d.severity === "error");
        expect(built.files === undefined).toBe(errors);
        if (built.files) expect(built.files.has("src/index.ts")).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 300_000);

  it("generates a package, with warnings, from a model set with the damage --allow-unresolved allows", async () => {
    await fc.assert(
      fc.asyncProperty(damagedSpecFiles, async (files) => {
        const built = await buildPackage(files, { packageName: "p", format: false, allowUnresolved: true });
        const errors = built.diagnostics.filter((d) => d.severity === "error" && d.rule !== "self-containing-union");
        expect(errors).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 300_000);

  it("generates a package from every well-formed model set", async () => {
    await fc.assert(
      fc.asyncProperty(modelSet, async (models) => {
        const built = await buildPackage(specFiles(models), { packageName: "p", format: false });
        const errors = built.diagnostics.filter((d) => d.severity === "error");
        // A union made of itself is the one error a well-formed set can have.
        expect(errors.filter((d) => d.rule !== "self-containing-union")).toEqual([]);
        if (errors.length === 0) expect(built.models).toBe(models.length);
      }),
      { numRuns: 100 },
    );
  }, 300_000);
});
