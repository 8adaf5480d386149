/**
 * Speakeasy's docs mark a deprecated field by striking its name through
 * (`~~\`org_id\`~~`) and opening its description with a warning. The field
 * stays a field, checked like any other; its type carries `@deprecated`, so
 * editors strike its uses through, and its schema and docs say so too.
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

const WARNING = ": warning: ** DEPRECATED **: This will be removed in a future release, please migrate away from it as soon as possible.";

const table = (rows: string[]) => ["## Fields", "", "| Field | Type | Required | Description |", "| --- | --- | --- | --- |", ...rows, ""].join("\n");

const files = {
  "py/sharing.md": `# Sharing\n\n${table([
    `| ~~\`user_id\`~~ | *OptionalNullable[str]* | :heavy_minus_sign: | ${WARNING} |`,
    `| ~~\`org_id\`~~ | *str* | :heavy_check_mark: | ${WARNING}<br/><br/>Use \`owner\`. |`,
    "| `owner` | *str* | :heavy_check_mark: | Who shares it. |",
  ])}`,
  "ts/facetfiltervalue.md": `# FacetFilterValue\n\n${table([
    "| `value` | *string* | :heavy_minus_sign: | N/A |",
    `| ~~\`isNegated\`~~ | *boolean* | :heavy_minus_sign: | ${WARNING} |`,
    // Struck through in part only: the name is not.
    "| ~~not~~`quite` | *string* | :heavy_minus_sign: | N/A |",
  ])}`,
};

let folder: SpecFolder;
let out: string;
const read = (file: string) => readFileSync(join(out, file), "utf8");

beforeAll(async () => {
  folder = specFolder(files);
  out = join(folder.root, "out");
  const result = await generate({ specs: folder.specs, out, name: "out", emit: ["types", "guards", "validators", "json-schema", "docs"] });
  expect(result.diagnostics).toEqual([]);
}, 120_000);

afterAll(() => folder?.remove());

describe("a field whose name is struck through", () => {
  it("is a deprecated field of the model, by the name inside the strike-through", () => {
    const specFiles = Object.entries(files).map(([file, text]) => ({ file, bytes: new TextEncoder().encode(text) }));
    const models = new Map(buildModels(parseSpecs(specFiles).documents).resolved.models.map((m) => [m.name, m.shape as ObjectShape]));
    const deprecated = (model: string) =>
      models.get(model)!.fields.map((field) => [field.name, field.deprecated === true, field.optional]);
    expect(deprecated("Sharing")).toEqual([
      ["user_id", true, true],
      ["org_id", true, false],
      ["owner", false, false],
    ]);
    expect(deprecated("FacetFilterValue")).toEqual([
      ["value", false, true],
      ["isNegated", true, true],
      ["notquite", false, true],
    ]);
  });

  it("carries @deprecated in its JSDoc, after its description", () => {
    expect(read("src/py/sharing.ts")).toMatch(/Use `owner`\.\n\s*\* @deprecated\n\s*\*\/\n\s*org_id: string;/u);
    expect(read("src/ts/facetfiltervalue.ts")).toMatch(/\* @deprecated\n\s*\*\/\n\s*isNegated\?: boolean;/u);
    expect(read("src/py/sharing.ts")).not.toMatch(/@deprecated\n\s*\*\/\n\s*owner: string;/u);
  });

  it("is still checked by the guard", async () => {
    const { isSharing } = (await import(pathToFileURL(join(out, "dist/py/sharing.js")).href)) as Record<string, (value: unknown) => boolean>;
    expect(isSharing!({ org_id: "o", owner: "me" })).toBe(true);
    expect(isSharing!({ owner: "me" })).toBe(false);
    expect(isSharing!({ org_id: 1, owner: "me" })).toBe(false);
  });

  it("is `deprecated: true` in the JSON Schema and said so in the docs", () => {
    const schema = JSON.parse(read("schemas/py/Sharing.schema.json")) as { properties: Record<string, { deprecated?: boolean }> };
    expect(schema.properties["org_id"]!.deprecated).toBe(true);
    expect(schema.properties["owner"]!.deprecated).toBeUndefined();
    expect(read("docs/py/sharing.md")).toMatch(/\| `org_id` .*Use `owner`\. Deprecated\. +\|/u);
    expect(read("docs/py/sharing.md")).not.toMatch(/\| `owner` .*Deprecated\./u);
  });

  it("type-checks strictly", () => {
    const run = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], out);
    expect(run.status, run.output).toBe(0);
  });
});
