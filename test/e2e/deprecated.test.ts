/**
 * Speakeasy's docs mark a deprecated field by striking its name through
 * (`~~\`org_id\`~~`) and opening its description with a notice. The field
 * stays a field, checked like any other; its type carries `@deprecated` with
 * the notice, so editors strike its uses through and say why, and its schema
 * and docs say so too. The description is what follows the notice.
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

const NOTICE = "This will be removed in a future release, please migrate away from it as soon as possible.";
const WARNING = `: warning: ** DEPRECATED **: ${NOTICE}`;

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
    // Struck through without a notice.
    "| ~~`legacy`~~ | *string* | :heavy_minus_sign: | The old value. |",
    // The notice alone, as written with markdown's own spacing.
    "| `rank` | *number* | :heavy_minus_sign: | :warning: **DEPRECATED**: Use `value`.<br/><br/>Where it ranks. |",
  ])}`,
  // A deprecated model: its title struck through, and a notice opening its description.
  "py/strategy.md": `# ~~Strategy~~\n\nThe legacy strategy.\n\n> :warning: **DEPRECATED**: Use \`mode\` instead.\n\n## Values\n\n| Name | Value |\n| --- | --- |\n| \`AUTO\` | auto |\n`,
  // Struck through without a notice, and a notice without a strike-through.
  "ts/legacy.md": `# ~~Legacy~~\n\nOld.\n\n${table(["| `id` | *string* | :heavy_check_mark: | N/A |"])}`,
  "ts/quoted.md": `# Quoted\n\n> A quote that is no notice.\n\n${table(["| `id` | *string* | :heavy_check_mark: | N/A |"])}`,
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
      models.get(model)!.fields.map((field) => [field.name, field.deprecated, field.description, field.optional]);
    expect(deprecated("Sharing")).toEqual([
      ["user_id", { note: NOTICE }, "", true],
      ["org_id", { note: NOTICE }, "Use `owner`.", false],
      ["owner", undefined, "Who shares it.", false],
    ]);
    expect(deprecated("FacetFilterValue")).toEqual([
      ["value", undefined, "", true],
      ["isNegated", { note: NOTICE }, "", true],
      ["notquite", undefined, "", true],
      ["legacy", {}, "The old value.", true],
      ["rank", { note: "Use `value`." }, "Where it ranks.", true],
    ]);
  });

  it("carries @deprecated in its JSDoc, with the notice, after its description", () => {
    expect(read("src/py/sharing.ts")).toMatch(/\/\*\*\n\s*\* Use `owner`\.\n\s*\* @deprecated This will be removed in a future release, [^\n]*\n\s*\*\/\n\s*org_id: string;/u);
    expect(read("src/ts/facetfiltervalue.ts")).toMatch(/\/\*\* @deprecated This will be removed in a future release, [^\n]* \*\/\n\s*isNegated\?: boolean;/u);
    expect(read("src/ts/facetfiltervalue.ts")).toMatch(/\* The old value\.\n\s*\* @deprecated\n\s*\*\/\n\s*legacy\?: string;/u);
    expect(read("src/ts/facetfiltervalue.ts")).not.toContain("DEPRECATED");
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
    expect(read("docs/py/sharing.md")).toMatch(/\| `org_id` .*\| Use `owner`\. Deprecated: This will be removed in a future release, [^|]* +\|/u);
    expect(read("docs/ts/facetfiltervalue.md")).toMatch(/\| `legacy` .*\| The old value\. Deprecated\. +\|/u);
    expect((schema.properties["org_id"] as { description?: string }).description).toBe("Use `owner`.");
    expect(read("docs/py/sharing.md")).not.toMatch(/\| `owner` .*Deprecated\./u);
  });

  it("type-checks strictly", () => {
    const run = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], out);
    expect(run.status, run.output).toBe(0);
  });
});

describe("a model whose title is struck through, or whose description opens with the notice", () => {
  it("carries @deprecated, with the notice, which leaves the description", () => {
    expect(read("src/py/strategy.ts")).toMatch(/\/\*\*\n \* The legacy strategy\.\n \* @deprecated Use `mode` instead\.\n \*\/\nexport type Strategy = "auto";/u);
    expect(read("src/ts/legacy.ts")).toMatch(/\/\*\*\n \* Old\.\n \* @deprecated\n \*\/\nexport interface Legacy /u);
    expect(read("src/ts/quoted.ts")).toContain("/** > A quote that is no notice. */\nexport interface Quoted ");
  });

  it("is `deprecated: true` in its JSON Schema and said so in its docs", () => {
    const schema = JSON.parse(read("schemas/py/Strategy.schema.json")) as { deprecated?: boolean; description?: string };
    expect(schema).toMatchObject({ deprecated: true, description: "The legacy strategy." });
    expect((JSON.parse(read("schemas/ts/Quoted.schema.json")) as { deprecated?: boolean }).deprecated).toBeUndefined();
    expect(read("docs/py/strategy.md")).toMatch(/^# Strategy\n\n\*\*Deprecated: Use `mode` instead\.\*\*\n\nThe legacy strategy\.\n/u);
    expect(read("docs/ts/legacy.md")).toMatch(/^# Legacy\n\n\*\*Deprecated\.\*\*\n\nOld\.\n/u);
  });
});
