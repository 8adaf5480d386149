/**
 * The JSON Schemas a package gets with the json-schema output: valid draft
 * 2020-12 under Ajv's strict mode, linked by relative $refs that resolve
 * through their $ids, and accepting exactly what the guards accept on JSON
 * values: the fixtures' and specs/' models, on generated valid and invalid values.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels, parseSpecs } from "../../src/run/stages.js";
import { withDateHandling } from "../../src/ir/dates.js";
import type { Model, TypeNode } from "../../src/ir/types.js";
import { readSpecFiles } from "../../src/read/specs-folder.js";
import { modelArbitraries } from "../helpers/arbitraries.js";
import { generatePackage, type GeneratedPackage } from "../helpers/generated-package.js";

const fixtures = join(import.meta.dirname, "../fixtures/everyday");
const seeds = join(import.meta.dirname, "../../specs");

/** Every schema file below `dir`, path relative to it → parsed JSON. */
function readSchemas(dir: string): Map<string, Record<string, unknown>> {
  const schemas = new Map<string, Record<string, unknown>>();
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else schemas.set(relative(dir, full).split("\\").join("/"), JSON.parse(readFileSync(full, "utf8")) as Record<string, unknown>);
    }
  };
  walk(dir);
  return schemas;
}

/** Ajv as strict as it goes, with formats checked; own properties only, as the guards read them. */
function strictAjv(schemas: Map<string, Record<string, unknown>>) {
  const ajv = new Ajv2020.default({ strict: true, allErrors: true, ownProperties: true });
  addFormats.default(ajv);
  for (const schema of schemas.values()) ajv.addSchema(schema);
  return ajv;
}

/** Whether a model's types include one JSON cannot carry (a Date object, bytes, a stream), which the schema cannot check as the guard does. */
function notJson(model: Model): boolean {
  const shape = model.shape;
  const types = shape.kind === "object" ? shape.fields.map((f) => f.type) : shape.kind === "union" ? shape.members : [];
  const walk = (t: TypeNode): boolean =>
    t.kind === "binary" ||
    t.kind === "stream" ||
    (t.kind === "date" && t.representation === "Date") ||
    (t.kind === "array" && walk(t.items)) ||
    (t.kind === "map" && walk(t.values)) ||
    (t.kind === "union" && t.members.some(walk));
  return types.some(walk);
}

interface Setup {
  pkg: GeneratedPackage;
  root: Record<string, unknown>;
  models: Model[];
  schemas: Map<string, Record<string, unknown>>;
}

async function setUp(specs: string, name: string, dates?: "string"): Promise<Setup> {
  const pkg = await generatePackage(specs, name, { outputs: ["types", "guards", "json-schema"], ...(dates && { dates }) });
  expect(pkg.result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const models = withDateHandling(buildModels(parseSpecs(readSpecFiles(specs)).documents).resolved.models, dates ?? "as-written");
  return { pkg, root: await pkg.load(), models, schemas: readSchemas(join(pkg.dir, "schemas")) };
}

/** The schema of a model: the one whose title is the model's type name, under the folder of its spec. */
function schemaIdOf(setup: Setup, model: Model): string {
  const folder = model.folder === "" ? "" : `${model.folder}/`;
  const id = [...setup.schemas.keys()].find((path) => path.startsWith(folder) && !path.slice(folder.length).includes("/") && setup.schemas.get(path)!["title"] === model.name);
  if (!id) throw new Error(`no schema for ${model.id}`);
  return id;
}

/** A guard by its model, found through the package's namespaces (folders) or at its root. */
function guardOf(setup: Setup, model: Model): (value: unknown) => boolean {
  const fromFolder = model.folder.split("/").filter((s) => s !== "").map((s) => s.replace(/-(\w)/gu, (_m, c: string) => c.toUpperCase()));
  let current: unknown = setup.root;
  for (const key of fromFolder) current = (current as Record<string, unknown>)[key];
  return (current as Record<string, (value: unknown) => boolean>)[`is${model.name}`]!;
}

/** Compares schema and guard on generated JSON values of every model JSON can carry; returns how many models it compared. */
function agreement(setup: Setup) {
  const ajv = strictAjv(setup.schemas);
  const arbitraries = modelArbitraries(setup.models, { json: true });
  let compared = 0;
  for (const model of setup.models) {
    if (notJson(model)) continue;
    const validate = ajv.getSchema(schemaIdOf(setup, model));
    expect(validate, model.id).toBeDefined();
    const guard = guardOf(setup, model);
    const verdicts = new Set<boolean>();
    fc.assert(
      fc.property(arbitraries.get(model.id)!, (generated) => {
        // What a schema validator meets is JSON text, parsed.
        const value: unknown = JSON.parse(JSON.stringify(generated) ?? "null");
        const verdict = guard(value);
        verdicts.add(verdict);
        if (validate!(value) !== verdict) {
          throw new Error(`${model.id}: guard says ${verdict}, schema says ${!verdict} on ${JSON.stringify(value)}: ${JSON.stringify(validate!.errors)}`);
        }
      }),
      { numRuns: 200, seed: 6 },
    );
    expect([...verdicts].sort(), model.id).toEqual([false, true]);
    compared++;
  }
  return compared;
}

describe("JSON Schemas of the fixture models", () => {
  let setup: Setup;
  beforeAll(async () => (setup = await setUp(fixtures, "everyday-schemas")), 120_000);
  afterAll(() => setup?.pkg.remove());

  it("are one file per model, each compiling under Ajv's strict mode as draft 2020-12", () => {
    expect(setup.schemas.size).toBe(setup.models.length);
    const ajv = strictAjv(setup.schemas);
    for (const [path, schema] of setup.schemas) {
      expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema["$id"]).toBe(path);
      expect(ajv.getSchema(path), path).toBeDefined();
    }
  });

  it("refer to each other by relative $refs", () => {
    const node = setup.schemas.get("models/Node.schema.json")!;
    expect(node["properties"]).toMatchObject({ children: { type: "array", items: { $ref: "Node.schema.json" } }, next: { $ref: "Link.schema.json" } });
    expect(JSON.stringify(setup.schemas.get("models/Kinds.schema.json"))).toContain('"$ref":"Status.schema.json"');
  });

  it("keep a field named __proto__ as a property", () => {
    const kinds = setup.schemas.get("models/Kinds.schema.json")!;
    expect(Object.keys(kinds["properties"] as object)).toContain("__proto__");
  });

  it("accept exactly what the guards accept, on valid and invalid JSON values", () => {
    // Event has a Date object, which JSON cannot carry; it is compared below, with dates as strings.
    expect(agreement(setup)).toBe(setup.models.length - 1);
  });

  it("describe a Date object by its wire form and say so", () => {
    const event = setup.schemas.get("ts/Event.schema.json")!;
    expect(event["properties"]).toMatchObject({ at: { type: "string", format: "date-time" } });
    expect(JSON.stringify(event)).toContain("$comment");
  });
});

describe("JSON Schemas with every date a string", () => {
  it("accept exactly what the guards accept, Date fields included", async () => {
    const setup = await setUp(fixtures, "everyday-string-dates", "string");
    try {
      expect(agreement(setup)).toBe(setup.models.length);
    } finally {
      setup.pkg.remove();
    }
  });
});

describe("JSON Schemas of specs/", () => {
  it("accept exactly what the guards accept, for every model", async () => {
    const setup = await setUp(seeds, "seed-schemas");
    try {
      expect(setup.schemas.size).toBe(42);
      expect(agreement(setup)).toBe(42);
    } finally {
      setup.pkg.remove();
    }
  });
});

describe("JSON Schemas of OpenAPI Generator's docs", () => {
  it("carry the Notes' defaults and read-only marks as annotations, and still compile strictly", async () => {
    const setup = await setUp(join(import.meta.dirname, "../fixtures/openapi-generator"), "oag-schemas");
    try {
      const properties = (path: string) => setup.schemas.get(path)!["properties"] as Record<string, Record<string, unknown>>;
      const container = properties("python/V1Container.schema.json");
      // `[default to 'IfNotPresent']`: the quotes are the docs', not the value's.
      expect(container["image_pull_policy"]).toMatchObject({ type: "string", default: "IfNotPresent" });
      expect(container["termination_message_path"]).toMatchObject({ type: "string", readOnly: true });
      expect(container["name"]).not.toHaveProperty("default");
      expect(container["name"]).not.toHaveProperty("readOnly");
      // `[default to false]` is JSON; typescript-axios's `[default to undefined]` is no default.
      expect(properties("ruby/Order.schema.json")["complete"]).toMatchObject({ type: "boolean", default: false });
      expect(Object.values(properties("typescript-axios/Pet.schema.json")).some((schema) => "default" in schema)).toBe(false);
      const ajv = strictAjv(setup.schemas);
      for (const path of setup.schemas.keys()) expect(ajv.getSchema(path), path).toBeDefined();
    } finally {
      setup.pkg.remove();
    }
  }, 60_000);
});
