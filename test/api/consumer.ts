// A program using mdspec's API by its package name, as the README shows it; test/api/api.test.ts type-checks and runs it.
import { buildModels, buildPackage, emit, generate, parseSpecs, readSpecFiles, type Diagnostic, type EmitResult, type GenerateResult } from "mdspec";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const specs = process.argv[2]!;
const out = process.argv[3]!;

// The whole pipeline in one call.
// The options are named as the config file's keys and the flags: name, packageVersion, emit, prettier, dates, naming.
const result: GenerateResult = await generate({ specs, out, name: "@acme/models", packageVersion: "1.0.0", emit: ["types", "guards", "validators", "json-schema"] });
const manifest = JSON.parse(readFileSync(join(out, "package.json"), "utf8")) as { name: string; version: string };
const errors: Diagnostic[] = result.diagnostics.filter((d) => d.severity === "error");

// Or stage by stage, with the data in between.
const parsed = parseSpecs(readSpecFiles(specs));
const built = buildModels(parsed.documents);
const emitted: EmitResult = await emit(built.resolved, { name: "in-memory", generatorVersion: "0", dates: "string", emit: ["types", "json-schema"] });

// The names these options had before (packageName, outputs, format) still work, deprecated.
const old = await buildPackage(readSpecFiles(specs), { packageName: "old-names", outputs: ["types"], format: false });
const oldManifest = JSON.parse(old.files!.get("package.json")!) as { name: string };

console.log(
  JSON.stringify({
    ok: result.ok,
    manifest: { name: manifest.name, version: manifest.version },
    models: result.models,
    errors: errors.length,
    documents: parsed.documents.length,
    modelNames: built.resolved.models.map((m) => m.name).sort(),
    schemaFiles: [...emitted.files.keys()].filter((path) => path.startsWith("schemas/")).length,
    hasValidators: [...emitted.files.values()].some((text) => text.includes("export function validate")),
    deprecatedNames: { name: oldManifest.name, hasGuards: old.files!.get("src/models/node.ts")!.includes("export function isNode") },
  }),
);
