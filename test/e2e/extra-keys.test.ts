/**
 * TypeScript docs write a model that admits keys beyond its fields as a row
 * `additionalProperties | Record<string, X>`: the model's other keys, of type
 * X, not a key of that name. A Python doc's field of that name is a field;
 * Speakeasy's Python docs write the row `__pydantic_extra__ | Dict[str, X]`,
 * and OpenAPI Generator's Python clients `any string name | X`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/run/generate.js";
import type { ObjectShape } from "../../src/ir/types.js";
import { buildModels, parseSpecs } from "../../src/run/stages.js";
import { specFolder, type SpecFolder } from "../helpers/spec-folder.js";
import { STRICT_FLAGS, tsc } from "../helpers/tsc.js";

const table = (rows: string[]) => ["## Fields", "", "| Field | Type | Required | Description |", "| --- | --- | --- | --- |", ...rows, ""].join("\n");

const files = {
  "ts/toolscapability.md": `# ToolsCapability\n\n${table(["| `listChanged` | *boolean* | :heavy_minus_sign: | N/A |", "| `additionalProperties` | Record<string, *any*> | :heavy_minus_sign: | N/A |"])}`,
  "ts/labels.md": `# Labels\n\n${table(["| `name` | *string* | :heavy_check_mark: | N/A |", "| `additionalProperties` | Record<string, *string*> | :heavy_minus_sign: | N/A |"])}`,
  "py/schema.md": `# Schema\n\n${table(["| `additional_properties` | *bool* | :heavy_minus_sign: | N/A |", "| `additionalProperties` | Dict[str, *str*] | :heavy_minus_sign: | N/A |"])}`,
  "py/counts.md": `# Counts\n\n${table(["| `name` | *str* | :heavy_check_mark: | N/A |", "| `__pydantic_extra__` | Dict[str, *int*] | :heavy_minus_sign: | N/A |"])}`,
  "oag/Drawing.md": [
    "# Drawing",
    "",
    "## Properties",
    "Name | Type | Description | Notes",
    "------------ | ------------- | ------------- | -------------",
    "**main_shape** | **str** |  | [optional]",
    "**any string name** | **int** | any string name can be used but the value must be the correct type | [optional]",
    "",
  ].join("\n"),
  "oag/Stamp.md": [
    "# Stamp",
    "",
    "## Properties",
    "Name | Type | Description | Notes",
    "------------ | ------------- | ------------- | -------------",
    "**label** | **str** |  | ",
    "**at** | **datetime** |  | [optional]",
    "**count** | **int** |  | [optional]",
    "**any string name** | **float** | any string name can be used but the value must be the correct type | [optional]",
    "",
  ].join("\n"),
};

let folder: SpecFolder;
let out: string;
let root: Record<string, Record<string, (value: unknown) => unknown>>;

beforeAll(async () => {
  folder = specFolder(files);
  out = join(folder.root, "out");
  const result = await generate({ specs: folder.specs, out, name: "out", prettier: false, emit: ["types", "guards", "validators", "json-schema"] });
  expect(result.diagnostics).toEqual([]);
  root = (await import(pathToFileURL(join(out, "dist/index.js")).href)) as typeof root;
}, 120_000);

afterAll(() => folder?.remove());

describe("the additionalProperties row", () => {
  it("is the model's other keys in TypeScript docs, and a field in Python docs", () => {
    const specFiles = Object.entries(files).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) }));
    const models = new Map(buildModels(parseSpecs(specFiles).documents).resolved.models.map((m) => [m.name, m.shape as ObjectShape]));
    expect(models.get("ToolsCapability")!.fields.map((f) => f.name)).toEqual(["listChanged"]);
    expect(models.get("ToolsCapability")!.additionalProperties).toEqual({ kind: "unknown" });
    expect(models.get("Labels")!.additionalProperties).toEqual({ kind: "string" });
    expect(models.get("Schema")!.fields.map((f) => f.name)).toEqual(["additional_properties", "additionalProperties"]);
    expect(models.get("Schema")!.additionalProperties).toBeUndefined();
  });

  it("accepts other keys of any value, and checks those the spec types", () => {
    const { isToolsCapability, isLabels, validateLabels } = root["ts"]!;
    expect(isToolsCapability!({ listChanged: true, extra: [1], additionalProperties: 5 })).toBe(true);
    expect(isLabels!({ name: "n", team: "core" })).toBe(true);
    expect(isLabels!({ name: "n", team: 3 })).toBe(false);
    expect(validateLabels!({ name: "n", team: 3, "a/b": null })).toEqual([
      { path: "/team", expected: "string", received: "number 3" },
      { path: "/a~1b", expected: "string", received: "null" },
    ]);
  });

  it("is the model's other keys in Speakeasy's Python docs (`__pydantic_extra__`) and OpenAPI Generator's (`any string name`)", () => {
    const { isCounts, validateCounts } = root["py"]!;
    expect(isCounts!({ name: "n", apples: 3 })).toBe(true);
    expect(validateCounts!({ name: "n", apples: "3" })).toEqual([{ path: "/apples", expected: "integer", received: 'string "3"' }]);
    const { isDrawing } = root["oag"]!;
    expect(isDrawing!({ main_shape: "circle", width: 3 })).toBe(true);
    expect(isDrawing!({ main_shape: "circle", width: "3" })).toBe(false);
    expect(isDrawing!({ "any string name": 3 })).toBe(true);
  });

  it("is an index signature of every type the fields and the other keys may hold, each named once", () => {
    // A timestamp is a string too, and an integer a number.
    expect(readFileSync(join(out, "src/oag/stamp.ts"), "utf8")).toContain("[key: string]: number | string | undefined;");
  });

  it("is an index signature in the types, which type-check strictly", () => {
    const run = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], out);
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
  });
});
