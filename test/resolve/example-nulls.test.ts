import { describe, expect, it } from "vitest";
import { modelsFromSpec } from "../../src/ir/from-spec.js";
import type { Model, TypeNode } from "../../src/ir/types.js";
import { parseSpecText } from "../../src/parse/parse-spec.js";
import { resolveModels } from "../../src/resolve/resolve.js";

function spec(...lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

/** A TypeScript-dialect spec: fields as `[name, type cell, required]`, and an example value, if any. */
function tsSpec(title: string, fields: Array<[string, string, boolean]>, example?: string): string {
  return spec(
    `# ${title}`,
    ...(example === undefined ? [] : ["## Example Usage", "```typescript", `import { ${title} } from "sdk";`, "", `let value: ${title} = ${example};`, "```"]),
    "## Fields",
    "| Field | Type | Required | Description |",
    "| - | - | - | - |",
    ...fields.map(([name, type, required]) => `| \`${name}\` | ${type} | ${required ? ":heavy_check_mark:" : ":heavy_minus_sign:"} | N/A |`),
  );
}

function resolve(files: Record<string, string>): Model[] {
  const models: Model[] = [];
  for (const [file, source] of Object.entries(files)) {
    const parsed = parseSpecText(file, source);
    expect(parsed.diagnostics).toEqual([]);
    models.push(...modelsFromSpec(parsed.document!).models);
  }
  const { resolved, diagnostics } = resolveModels(models);
  expect(diagnostics).toEqual([]);
  return resolved.models;
}

function fieldType(models: Model[], id: string, name: string): TypeNode {
  const shape = models.find((m) => m.id === id)!.shape;
  if (shape.kind !== "object") throw new Error(`${id} is not an object`);
  return shape.fields.find((f) => f.name === name)!.type;
}

const NUMBER_OR_NULL = { kind: "union", members: [{ kind: "number" }, { kind: "null" }] };
const STRING_OR_NULL = { kind: "union", members: [{ kind: "string" }, { kind: "null" }] };

describe("nulls in a parent's example", () => {
  const metadata = tsSpec("Metadata", [
    ["pageNumber", "*number*", true],
    ["size", "*number*", true],
  ]);
  const item = tsSpec("Item", [
    ["id", "*string*", true],
    ["note", "*string*", false],
  ]);

  it("make the nested model's field nullable, through a reference", () => {
    const models = resolve({
      "page.md": tsSpec("Page", [["metadata", "[components.Metadata](metadata.md)", true]], "{ metadata: { pageNumber: null, size: 2 } }"),
      "metadata.md": metadata,
    });
    expect(fieldType(models, "metadata", "pageNumber")).toEqual(NUMBER_OR_NULL);
    expect(fieldType(models, "metadata", "size")).toEqual({ kind: "number" });
    expect(models.find((m) => m.id === "metadata")!.shownNull).toEqual(["pageNumber"]);
  });

  it("reach through arrays, maps and a nullable wrapper", () => {
    const models = resolve({
      "page.md": tsSpec(
        "Page",
        [
          ["items", "[components.Item](item.md)[]", true],
          ["byId", "Record<string, [components.Item](item.md)>", false],
          ["first", "[components.Metadata](metadata.md)", false],
        ],
        '{ items: [{ id: "a", note: null }], byId: { a: { id: null } }, first: null }',
      ),
      "item.md": item,
      "metadata.md": metadata,
    });
    expect(fieldType(models, "item", "note")).toEqual(STRING_OR_NULL);
    expect(fieldType(models, "item", "id")).toEqual(STRING_OR_NULL);
    // The parent's own field is nullable by its own example; the model it holds is not touched.
    expect(fieldType(models, "metadata", "pageNumber")).toEqual({ kind: "number" });
  });

  it("reach the union members that have the field, and no others", () => {
    const models = resolve({
      "message.md": tsSpec("Message", [["content", "[components.Content](content.md)", true]], '{ content: { text: null, type: "text" } }'),
      "content.md": spec("# Content", "## Supported Types", "### `components.TextChunk`", "### `components.ImageChunk`"),
      "textchunk.md": tsSpec("TextChunk", [["text", "*string*", true], ["type", '*"text"*', true]]),
      "imagechunk.md": tsSpec("ImageChunk", [["url", "*string*", true], ["type", '*"image"*', true]]),
    });
    expect(fieldType(models, "textchunk", "text")).toEqual(STRING_OR_NULL);
    expect(fieldType(models, "imagechunk", "url")).toEqual({ kind: "string" });
  });

  it("leave a field that already admits null as it is", () => {
    const models = resolve({
      "page.md": tsSpec("Page", [["metadata", "[components.Metadata](metadata.md)", true]], "{ metadata: { pageNumber: null } }"),
      "metadata.md": tsSpec("Metadata", [["pageNumber", "*number*", true]], "{ pageNumber: null }"),
    });
    expect(fieldType(models, "metadata", "pageNumber")).toEqual(NUMBER_OR_NULL);
  });

  it("do not count in the Python dialect, which says Nullable[...] itself", () => {
    const models = resolve({
      "page.md": spec(
        "# Page",
        "## Example Usage",
        "```python",
        "value = Page(metadata={'page_number': None})",
        "```",
        "## Fields",
        "| Field | Type | Required | Description |",
        "| - | - | - | - |",
        "| `metadata` | [models.Metadata](metadata.md) | :heavy_check_mark: | N/A |",
      ),
      "metadata.md": spec("# Metadata", "## Fields", "| Field | Type | Required | Description |", "| - | - | - | - |", "| `page_number` | *int* | :heavy_check_mark: | N/A |"),
    });
    expect(fieldType(models, "metadata", "page_number")).toEqual({ kind: "integer" });
  });

  it("count in the Example column's JSON cells too, below the row's field", () => {
    const table = (rows: string[]) => ["| Field | Type | Required | Description | Example |", "| - | - | - | - | - |", ...rows];
    const models = resolve({
      "report.md": spec(
        "# Report",
        "## Fields",
        ...table([
          '| `errors` | Record<string, [components.Item](item.md)> | :heavy_check_mark: | N/A | {<br/>"email": {<br/>"id": "a",<br/>"note": null<br/>}<br/>} |',
          "| `first` | [components.Metadata](metadata.md) | :heavy_minus_sign: | N/A | null |",
          "| `title` | *string* | :heavy_minus_sign: | N/A | {not json: null} |",
        ]),
      ),
      "item.md": item,
      "metadata.md": metadata,
    });
    expect(fieldType(models, "item", "note")).toEqual(STRING_OR_NULL);
    expect(fieldType(models, "item", "id")).toEqual({ kind: "string" });
    expect(fieldType(models, "report", "first")).toEqual({ kind: "union", members: [{ kind: "ref", name: "Metadata", namespace: "components", link: "metadata.md", target: "metadata", at: expect.anything() }, { kind: "null" }] });
    expect(fieldType(models, "report", "title")).toEqual({ kind: "string" });
  });

  it("do not count when the value is not a literal null", () => {
    const models = resolve({
      "page.md": tsSpec("Page", [["metadata", "[components.Metadata](metadata.md)", true]], '{ metadata: { pageNumber: "null", size: undefined } }'),
      "metadata.md": metadata,
    });
    expect(fieldType(models, "metadata", "pageNumber")).toEqual({ kind: "number" });
    expect(fieldType(models, "metadata", "size")).toEqual({ kind: "number" });
  });
});
