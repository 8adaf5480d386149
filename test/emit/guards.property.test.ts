/**
 * Each generated guard judges every value exactly as an independent reading
 * of the IR does (test/helpers/reference-guard.ts). Random model sets are
 * generated into real packages and loaded; random values, mostly near the
 * model's shape, are given to both.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planPackage } from "../../src/emit/plan.js";
import { generate } from "../../src/run/generate.js";
import { buildModels, parseSpecs } from "../../src/run/stages.js";
import { ReferenceGuard } from "../helpers/reference-guard.js";
import { modelSet, specFiles, typeSpec, type ModelSpec, type TypeSpec } from "../helpers/spec-arbitraries.js";
import { specFolder } from "../helpers/spec-folder.js";
import { modelValue } from "../helpers/value-arbitraries.js";

/** Generates the model set into a package, loads it, and holds each guard to the reference. */
async function guardsAgreeWithReference(models: ModelSpec[]): Promise<void> {
  const files = specFiles(models);
  const folder = specFolder(Object.fromEntries(files.map((f) => [f.file, f.bytes])));
  try {
    const out = join(folder.root, "out");
    const result = await generate({ specs: folder.specs, out, packageName: "out", format: false });
    // A union made of itself is refused; there is no package to hold to anything.
    fc.pre(result.ok);
    const { resolved } = buildModels(parseSpecs(files).documents);
    const { plan } = planPackage(resolved);
    const byId = new Map(resolved.models.map((m) => [m.id, m]));
    const reference = new ReferenceGuard(resolved.models);
    for (const model of resolved.models) {
      // The guard by the name the package gives it: a model may be called `default` or `404Error`.
      const planned = plan.byId.get(model.id)!;
      const module = (await import(pathToFileURL(join(out, "dist", `${planned.module}.js`)).href)) as Record<string, (value: unknown) => boolean>;
      const guard = module[planned.guardName]!;
      expect(guard, planned.guardName).toBeTypeOf("function");
      fc.assert(
        fc.property(modelValue(model, byId), (value) => {
          expect(guard(value)).toBe(reference.accepts(model.id, value));
        }),
        { numRuns: 150 },
      );
    }
  } finally {
    folder.remove();
  }
}

describe("the values and types drawn", () => {
  it("name models as TypeScript cannot simply name them, often: globals, reserved words, leading digits", () => {
    const drawn = fc.sample(modelSet, { numRuns: 500, seed: 42 });
    const named = drawn.flat().map((model) => model.name).filter((name) => name !== undefined);
    expect(named.filter((name) => /^(?:\d|default$|class$|new$|delete$|function$)/u.test(name)).length).toBeGreaterThan(50);
    expect(named.filter((name) => ["Record", "Promise", "Array", "Object", "WeakSet", "Date", "Error"].includes(name)).length).toBeGreaterThan(50);
  });

  it("hold unions of primitives often: how their checks combine depends on the members and their order", () => {
    const isPrimitiveUnion = (type: TypeSpec) => type.kind === "union" && type.members.every((member) => member.kind === "word" && member.word !== "Any");
    const drawn = fc.sample(typeSpec(2), { numRuns: 1000, seed: 42 });
    expect(drawn.filter(isPrimitiveUnion).length).toBeGreaterThan(150);
  });
});

describe("generated guards", () => {
  it("judge random values exactly as the reference reading of the IR does", async () => {
    await fc.assert(fc.asyncProperty(modelSet, guardsAgreeWithReference), { numRuns: 25 });
  }, 300_000);
});
