// A program using mdspec's API by its package name, as the README shows it; test/api/api.test.ts type-checks and runs it.
import { buildModels, emit, generate, parseSpecs, readSpecFiles, type Diagnostic, type EmitResult, type GenerateResult } from "mdspec";

const specs = process.argv[2]!;
const out = process.argv[3]!;

// The whole pipeline in one call.
const result: GenerateResult = await generate({ specs, out, packageName: "@acme/models", outputs: ["types", "guards", "validators", "json-schema"] });
const errors: Diagnostic[] = result.diagnostics.filter((d) => d.severity === "error");

// Or stage by stage, with the data in between.
const parsed = parseSpecs(readSpecFiles(specs));
const built = buildModels(parsed.documents);
const emitted: EmitResult = await emit(built.resolved, { packageName: "in-memory", generatorVersion: "0", dates: "string", outputs: ["types", "json-schema"] });

console.log(
  JSON.stringify({
    ok: result.ok,
    models: result.models,
    errors: errors.length,
    documents: parsed.documents.length,
    modelNames: built.resolved.models.map((m) => m.name).sort(),
    schemaFiles: [...emitted.files.keys()].filter((path) => path.startsWith("schemas/")).length,
    hasValidators: [...emitted.files.values()].some((text) => text.includes("export function validate")),
  }),
);
