import type { Root, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { Span } from "../../src/ir/types.js";
import { readTable } from "../../src/parse/field-table.js";
import { parseSpec, parseSpecText, type ParseResult } from "../../src/parse/parse-spec.js";
import type { FieldRow, SpecDocument, SpecModel } from "../../src/parse/document.js";

/** A spec written line by line, so that line numbers in assertions are easy to count. */
function spec(...lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

function parse(source: string, file = "models/example.md"): ParseResult {
  return parseSpecText(file, source);
}

/** The document of a spec that must parse without diagnostics. */
function document(source: string): SpecDocument {
  const result = parse(source);
  expect(result.diagnostics).toEqual([]);
  return result.document!;
}

function only(source: string): SpecModel {
  const models = document(source).models;
  expect(models).toHaveLength(1);
  return models[0]!;
}

function fieldsOf(model: SpecModel): FieldRow[] {
  if (model.section.kind !== "fields") throw new Error(`expected a fields section, got ${model.section.kind}`);
  return model.section.fields;
}

/** A value with its positions removed, for tests about content. */
function withoutPositions<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === "at" ? undefined : v)));
}

function span(line: number, from: number, to: number): Span {
  return { start: { line, column: from }, end: { line, column: to } };
}

function rules(diagnostics: Diagnostic[]): Array<[string, string]> {
  return diagnostics.map((d) => [d.rule, d.severity]);
}

const encoder = new TextEncoder();

describe("the model heading and description", () => {
  it("takes the model name from the `# Title` and places the model at the heading's text", () => {
    const model = only(spec("# Invoice", "", "## Fields", "", "| Field | Type |", "| --- | --- |", "| `id` | *str* |"));
    expect(model.name).toBe("Invoice");
    expect(model.at).toEqual(span(1, 3, 10));
    expect(model.anchor).toBeUndefined();
  });

  it("keeps every paragraph between the title and the next heading as markdown, separated by blank lines", () => {
    const model = only(
      spec(
        "# Invoice",
        "",
        "A bill sent to a `customer`.",
        "",
        "Totals are in *cents*",
        "and never negative.",
        "",
        "## Fields",
        "",
        "| Field | Type |",
        "| --- | --- |",
        "| `id` | *str* |",
      ),
    );
    expect(model.description).toBe("A bill sent to a `customer`.\n\nTotals are in *cents*\nand never negative.");
  });

  it("gives a model without prose an empty description", () => {
    expect(only(spec("# Bare", "## Fields", "| Field | Type |", "| --- | --- |", "| `a` | *str* |")).description).toBe("");
  });

  it("keeps the headings of a description copied from a schema, but not the example or a heading that repeats the title", () => {
    const table = ["## Fields", "", "| Field | Type |", "| --- | --- |", "| `status` | *str* |"];
    const health = only(spec("# GetHealthResponse", "", "## Service is Healthy", "", "All components work.", "", "**Details:**", "", ...table));
    expect(health.description).toBe("## Service is Healthy\n\nAll components work.\n\n**Details:**");
    // Speakeasy's TypeScript docs put the example before the fields: it is the model's example, not its description.
    const agent = only(spec("# Agent", "", "An agent.", "", "## Example Usage", "", "```typescript", "let value: Agent = {};", "```", "", ...table));
    expect(agent.description).toBe("An agent.");
    expect(agent.examples).toEqual(["let value: Agent = {};"]);
    // Genesys Cloud's docs repeat the title as a heading, namespaced in .NET's.
    expect(only(spec("# AddConversationRequest", "", "## AddConversationRequest", "", ...table)).description).toBe("");
    expect(only(spec("# Email", "", "## ININ.PureCloudApi.Model.Email", "", ...table)).description).toBe("");
  });
});

describe("the Fields table", () => {
  const withRequired = spec(
    "# Account",
    "",
    "## Fields",
    "",
    "| Field | Type | Required | Description |",
    "| ----- | ---- | -------- | ----------- |",
    "| `id` | *str* | :heavy_check_mark: | The account id. |",
    "| `nickname` | *Optional[str]* | :heavy_minus_sign: | What the owner calls it. |",
  );

  it("reads one field per row: name, type, Required column, description, and the row's span", () => {
    expect(fieldsOf(only(withRequired))).toEqual([
      {
        name: "id",
        type: { kind: "name", name: "str", at: span(7, 11, 14) },
        required: true,
        description: "The account id.",
        examples: [],
        at: span(7, 1, 56),
      },
      {
        name: "nickname",
        type: {
          kind: "generic",
          name: "Optional",
          args: [{ kind: "name", name: "str", at: span(8, 26, 29) }],
          at: span(8, 17, 30),
        },
        required: false,
        description: "What the owner calls it.",
        examples: [],
        at: span(8, 1, 81),
      },
    ]);
  });

  it("places the section at its heading", () => {
    expect(only(withRequired).section.at).toEqual(span(3, 1, 10));
  });

  it("leaves `required` undefined when the table has no Required column", () => {
    const fields = fieldsOf(only(spec("# Point", "", "## Fields", "", "| Field | Type |", "| --- | --- |", "| `x` | *float* |")));
    expect(withoutPositions(fields)).toEqual([
      { name: "x", type: { kind: "name", name: "float" }, description: "", examples: [] },
    ]);
    expect(fields[0]!.required).toBeUndefined();
  });

  it("accepts Name instead of Field, in any letter case and column order", () => {
    const fields = fieldsOf(only(spec("# Point", "## Fields", "| TYPE | Name |", "| --- | --- |", "| *int* | `y` |")));
    expect(withoutPositions(fields)).toEqual([{ name: "y", type: { kind: "name", name: "int" }, description: "", examples: [] }]);
  });

  it("turns `<br/>` in a description into a line break", () => {
    const fields = fieldsOf(
      only(spec("# Note", "## Fields", "| Field | Type | Description |", "| - | - | - |", "| `body` | *str* | First line.<br/>Second line.<br>Third. |")),
    );
    expect(fields[0]!.description).toBe("First line.\nSecond line.\nThird.");
    // Blanks around a break are not part of the lines it ends and starts.
    const padded = fieldsOf(only(spec("# Note", "## Fields", "| Field | Type | Description |", "| - | - | - |", "| `body` | *str* | Only some APIs.  <br/>  * The client asks. |")));
    expect(padded[0]!.description).toBe("Only some APIs.\n* The client asks.");
  });

  it("reads the description `N/A` as no description", () => {
    const fields = fieldsOf(only(spec("# Note", "## Fields", "| Field | Type | Description |", "| - | - | - |", "| `body` | *str* | N/A |")));
    expect(fields[0]!.description).toBe("");
  });

  it("keeps the markdown of a description, with an escaped pipe unescaped", () => {
    const fields = fieldsOf(
      only(spec("# Note", "## Fields", "| Field | Type | Description |", "| - | - | - |", "| `body` | *str* | Either `a` \\| `b`. |")),
    );
    expect(fields[0]!.description).toBe("Either `a` | `b`.");
  });

  it("reads an Example column holding one value, unwrapping a code span", () => {
    const fields = fieldsOf(
      only(
        spec(
          "# Sample",
          "## Fields",
          "| Field | Type | Required | Description | Example |",
          "| - | - | - | - | - |",
          "| `count` | *int* | :heavy_check_mark: | How many. | 42 |",
          "| `code` | *str* | :heavy_check_mark: | A code. | `AB-1` |",
          "| `empty` | *str* | :heavy_check_mark: | Nothing. |  |",
        ),
      ),
    );
    expect(fields.map((f) => [f.name, f.examples])).toEqual([
      ["count", ["42"]],
      ["code", ["AB-1"]],
      ["empty", []],
    ]);
  });

  it("reads an Example column holding several values as `**Example 1:** a<br/>**Example 2:** b`", () => {
    const fields = fieldsOf(
      only(
        spec(
          "# Sample",
          "## Fields",
          "| Field | Type | Required | Description | Example |",
          "| - | - | - | - | - |",
          "| `unit` | *str* | :heavy_minus_sign: | The unit. | **Example 1:** `kg`<br/>**Example 2:** lb |",
        ),
      ),
    );
    expect(fields[0]!.examples).toEqual(["kg", "lb"]);
  });

  it("reads a row whose description runs over two lines as ONE field with the whole description", () => {
    const model = only(
      spec(
        "# Reply",
        "## Fields",
        "| Field | Type | Required | Description |",
        "| ----- | ---- | -------- | ----------- |",
        "| `id` | *string* | :heavy_check_mark: | The reply id. |",
        "| `trace` | *string* | :heavy_minus_sign: | Identifies the servers that answered.",
        "Compare it between replies to spot a changed `backend`.",
        "|",
        "| `size` | *number* | :heavy_check_mark: | Bytes in the reply. |",
      ),
    );
    const fields = fieldsOf(model);
    expect(fields.map((f) => f.name)).toEqual(["id", "trace", "size"]);
    expect(fields[1]).toEqual({
      name: "trace",
      type: { kind: "name", name: "string", at: span(6, 14, 20) },
      required: false,
      description: "Identifies the servers that answered.\nCompare it between replies to spot a changed `backend`.",
      examples: [],
      at: { start: { line: 6, column: 1 }, end: { line: 8, column: 2 } },
    });
    expect(fields[2]!.description).toBe("Bytes in the reply.");
  });

  it("ends a continued description on a line that closes with a pipe", () => {
    const fields = fieldsOf(
      only(
        spec(
          "# Reply",
          "## Fields",
          "| Field | Type | Required | Description |",
          "| - | - | - | - |",
          "| `trace` | *string* | :heavy_minus_sign: | One.",
          "Two.",
          "Three. |",
          "| `size` | *number* | :heavy_check_mark: | Bytes. |",
        ),
      ),
    );
    expect(fields.map((f) => [f.name, f.description])).toEqual([
      ["trace", "One.\nTwo.\nThree."],
      ["size", "Bytes."],
    ]);
  });
});

describe("readTable", () => {
  it("lower-cases the header and joins a continuation line into the open row's last cell", () => {
    const source = spec("| Field | TYPE | Description |", "| - | - | - |", "| `a` | *str* | Begins", "ends. |");
    const table = (unified().use(remarkParse).use(remarkGfm).parse(source) as Root).children[0] as Table;
    const { header, rows } = readTable(table, source);
    expect(header).toEqual(["field", "type", "description"]);
    expect(rows.map((row) => row.cells.map((c) => [c.source, c.text]))).toEqual([
      [
        ["`a`", "a"],
        ["*str*", "str"],
        ["Begins\nends.", "Begins\nends."],
      ],
    ]);
  });
});

describe("the Values section", () => {
  it("reads a TypeScript union code block, each value placed in the code", () => {
    const model = only(spec("# Speed", "", "## Values", "", "```typescript", '"slow" | "fast" | 3', "```"));
    expect(model.section).toEqual({
      kind: "values",
      values: [
        { value: "slow", at: span(6, 1, 7) },
        { value: "fast", at: span(6, 10, 16) },
        { value: 3, at: span(6, 19, 20) },
      ],
      open: false,
      at: span(3, 1, 10),
    });
  });

  it("reads `| Unrecognized<string>` at the end of the union as an open enum", () => {
    const model = only(spec("# Speed", "", "## Values", "", "```typescript", '"slow" | "fast" | Unrecognized<string>', "```"));
    expect(withoutPositions(model.section)).toEqual({ kind: "values", values: [{ value: "slow" }, { value: "fast" }], open: true, openKind: "string" });
  });

  it("reads a bullet list of quoted values as a closed enum", () => {
    const model = only(spec("# Speed", "", "## Values", "", '- `"slow"`', '- `"fast"`'));
    expect(model.section).toEqual({
      kind: "values",
      values: [
        { value: "slow", at: span(5, 3, 11) },
        { value: "fast", at: span(6, 3, 11) },
      ],
      open: false,
      at: span(3, 1, 10),
    });
  });

  it("reads a bullet list under a sentence calling it an open enum as an open enum", () => {
    const model = only(spec("# Speed", "", "## Values", "", "Open enum: servers may send speeds not listed here.", "", '- `"slow"`', '- `"fast"`'));
    expect(withoutPositions(model.section)).toEqual({ kind: "values", values: [{ value: "slow" }, { value: "fast" }], open: true });
  });

  it("reads an enum whose example says it is open as an open enum, and not one whose example merely names it", () => {
    const table = ["## Values", "", "| Name | Value |", "| --- | --- |", "| `ERROR` | error |"];
    const example = (comment: string) => ["## Example Usage", "", "```python", "value = Status.ERROR", "", comment, "```", ""];
    const open = only(spec("# Status", "", ...example("# Open enum: unrecognized values are captured as UnrecognizedStr"), ...table));
    expect(withoutPositions(open.section)).toEqual({ kind: "values", values: [{ value: "error" }], open: true, openKind: "string" });
    const closed = only(spec("# Status", "", ...example("# Prints the status of an open enumeration"), ...table));
    expect(withoutPositions(closed.section)).toMatchObject({ open: false });
  });

  it("reads a `| Name | Value |` table's `Unrecognized<…>` row as what makes the enum open, not as a value", () => {
    for (const [values, unrecognized] of [
      [["`AUDIO` | audio", "`VIDEO` | video"], "string"],
      [["`One` | 1", "`Two` | 2"], "number"],
    ] as const) {
      const rows = [...values.map((row) => `| ${row} |`), `| - | \`Unrecognized<${unrecognized}>\` |`];
      const model = only(spec("# Kind", "", "## Values", "", "| Name | Value |", "| ---- | ----- |", ...rows));
      expect(withoutPositions(model.section)).toEqual({
        kind: "values",
        values: unrecognized === "string" ? [{ value: "audio" }, { value: "video" }] : [{ value: 1, text: "1" }, { value: 2, text: "2" }],
        open: true,
        openKind: unrecognized,
      });
    }
  });

  it("reads the `| Name | Value |` table from its Value column, quoted or not", () => {
    const model = only(spec("# Speed", "", "## Values", "", "| Name | Value |", "| ---- | ----- |", '| `SLOW` | `"slow"` |', "| `TOP` | 9 |"));
    expect(model.section).toEqual({
      kind: "values",
      values: [
        { value: "slow", at: span(7, 12, 20) },
        { value: 9, at: span(8, 11, 12), text: "9" },
      ],
      open: false,
      at: span(3, 1, 10),
    });
  });

  it("reads a named member whose Value cell is empty as the empty string", () => {
    const model = only(spec("# Source", "", "## Values", "", "| Name | Value |", "| ---- | ----- |", "| `UNKNOWN` |  |", "| `CENSYS` | censys |"));
    expect(withoutPositions(model.section)).toEqual({ kind: "values", values: [{ value: "" }, { value: "censys" }], open: false });
    const alone = only(spec("# Blank", "", "## Values", "", "| Name | Value |", "| ---- | ----- |", "| `UNKNOWN` |  |"));
    expect(withoutPositions(alone.section)).toEqual({ kind: "values", values: [{ value: "" }], open: false });
    // A table without outer pipes ends the empty cell with one.
    const bare = only(spec("# Blank", "", "## Values", "", "Name | Value", "---- | -----", "`UNKNOWN` | ", "`CENSYS` | censys"));
    expect(withoutPositions(bare.section)).toEqual({ kind: "values", values: [{ value: "" }, { value: "censys" }], open: false });
    // A second empty Value cell is a value lost, not the empty string again.
    const lost = parse(spec("# Lost", "", "## Values", "", "| Name | Value |", "| ---- | ----- |", "| `A` |  |", "| `B` |  |"));
    expect(lost.diagnostics.map((d) => [d.rule, d.message])).toEqual([["invalid-enum-value", 'cannot read enum value ""']]);
  });

  it("reads a `| Name | Value |` table's bare values as written: emphasis is the value's, and text makes every value text", () => {
    const table = (...rows: string[]) => withoutPositions(only(spec("# Size", "", "## Values", "", "| Name | Value |", "| ---- | ----- |", ...rows)).section);
    expect(table("| `ALL` | __all__ |", "| `ONE` | *one* |", "| `PLAIN` | plain |")).toEqual({ kind: "values", values: [{ value: "__all__" }, { value: "*one*" }, { value: "plain" }], open: false });
    // Python writes a string enum's values bare, so `1024` beside `256x256` is the text `1024`.
    expect(table("| `SMALL` | 256x256 |", "| `LARGE` | 1024 |")).toEqual({ kind: "values", values: [{ value: "256x256" }, { value: "1024" }], open: false });
    // Bare numbers alone are numbers; one with a leading zero is no number, so its enum is of text. A quoted value is
    // text and leaves the rest be.
    expect(table("| `ONE` | 1 |", "| `TWO` | 2 |")).toEqual({ kind: "values", values: [{ value: 1, text: "1" }, { value: 2, text: "2" }], open: false });
    expect(table("| `ONE` | 1 |", "| `ZERO_ONE` | 01 |")).toEqual({ kind: "values", values: [{ value: "1" }, { value: "01" }], open: false });
    expect(table('| `A` | `"a"` |', "| `ONE` | 1 |")).toEqual({ kind: "values", values: [{ value: "a" }, { value: 1, text: "1" }], open: false });
    // An empty Value cell (the empty string) is no evidence that the values are text.
    expect(table("| `UNKNOWN` |  |", "| `ONE` | 1 |")).toEqual({ kind: "values", values: [{ value: "" }, { value: 1, text: "1" }], open: false });
  });

  it("reports a union member that is not a value as `invalid-enum-value`", () => {
    const result = parse(spec("# Speed", "## Values", "```typescript", '"slow" | string', "```"));
    expect(result.diagnostics.map((d) => [d.rule, d.message, d.at])).toEqual([
      ["invalid-enum-value", "an enum member must be a string or number literal", span(4, 10, 16)],
    ]);
    expect(withoutPositions(result.document!.models[0]!.section)).toEqual({ kind: "values", values: [{ value: "slow" }], open: false });
  });

  it("passes over an empty code block, even an unclosed fence on the last line, and says the section lists nothing", () => {
    const source = ["# Speed", "", "## Values", "", "```"].join("\n");
    const result = parse(source);
    expect(result.diagnostics.map((d) => [d.rule, d.at])).toEqual([["empty-section", span(3, 1, 10)]]);
  });

  it("warns about a Values section that lists nothing", () => {
    const result = parse(spec("# Speed", "", "## Values", "", "Nothing yet."));
    expect(result.diagnostics.map((d) => [d.rule, d.severity, d.at])).toEqual([["empty-section", "warning", span(3, 1, 10)]]);
  });
});

describe("the Supported Types section", () => {
  it("reads each `### \\`X\\`` heading as a union member placed inside the backticks", () => {
    const model = only(
      spec(
        "# Content",
        "",
        "Text or parts.",
        "",
        "## Supported Types",
        "",
        "### `str`",
        "",
        "```python",
        'value: str = "hi"',
        "```",
        "",
        "### `List[models.Part]`",
        "",
        "### `{ [k: string]: any }`",
      ),
    );
    expect(model.description).toBe("Text or parts.");
    expect(model.section).toEqual({
      kind: "union",
      members: [
        { kind: "name", name: "str", at: span(7, 6, 9) },
        {
          kind: "generic",
          name: "List",
          args: [{ kind: "name", name: "models.Part", at: span(13, 11, 22) }],
          at: span(13, 6, 23),
        },
        { kind: "index-signature", values: { kind: "name", name: "any", at: span(15, 21, 24) }, at: span(15, 6, 26) },
      ],
      at: span(5, 1, 19),
    });
  });

  it("reads a member whose heading is empty from its example's annotation, placed there", () => {
    const model = only(
      spec("# Loc", "", "## Supported Types", "", "### ", "", "```python", "loc: str = /* values here */", "```", "", "### ", "", "```typescript", "const value: components.Part[] = [];", "```"),
    );
    expect(model.section).toEqual({
      kind: "union",
      members: [
        { kind: "name", name: "str", at: span(8, 6, 9) },
        { kind: "array", items: { kind: "name", name: "components.Part", at: span(14, 14, 29) }, at: span(14, 14, 31) },
      ],
      at: span(3, 1, 19),
    });
  });

  it("reads a member headed by its schema's title in plain text from its example's annotation", () => {
    // Older Python docs: the heading is the schema's title, the annotation the member's type.
    const model = only(
      spec(
        "# SourceConfiguration",
        "",
        "## Supported Types",
        "",
        "### SourceE2eTestCloud",
        "",
        "```python",
        "sourceConfiguration: Union[shared.ContinuousFeed] = /* values here */",
        "```",
        "",
        "### `shared.SourceAha`",
        "",
        "```python",
        "sourceConfiguration: shared.Other = /* values here */",
        "```",
        "",
        "### Plain",
        "",
        "```python",
        "sourceConfiguration: List[ = /* values here */",
        "```",
      ),
    );
    expect(model.section).toMatchObject({
      kind: "union",
      members: [
        { kind: "generic", name: "Union", args: [{ kind: "name", name: "shared.ContinuousFeed" }], at: span(8, 22, 50) },
        // A heading in backticks names the member itself.
        { kind: "name", name: "shared.SourceAha" },
        // An annotation that is no type leaves the heading's name.
        { kind: "name", name: "Plain", at: span(17, 5, 10) },
      ],
    });
  });

  it("reports a member it cannot read, and keeps it as unreadable", () => {
    const result = parse(spec("# Content", "## Supported Types", "### `List[str`"));
    expect(result.diagnostics.map((d) => [d.rule, d.at])).toEqual([["unparsable-type", span(3, 11, 14)]]);
    expect(result.document!.models[0]!.section).toMatchObject({ kind: "union", members: [{ kind: "unreadable" }] });
  });
});

describe("several models in one file", () => {
  const source = spec(
    "# Retry",
    "",
    "How to retry.",
    "",
    "## Fields",
    "",
    "| Field | Type | Required | Description |",
    "| - | - | - | - |",
    "| `backoff` | [Backoff](#backoff) | :heavy_minus_sign: | N/A |",
    "",
    "## Example Usage",
    "",
    "```typescript",
    "const retry: Retry = {};",
    "```",
    "",
    "## Backoff",
    "",
    "Waiting between attempts.",
    "",
    "### Fields",
    "",
    "| Field | Type | Required | Description |",
    "| - | - | - | - |",
    "| `factor` | *number* | :heavy_check_mark: | N/A |",
    "",
    "### Example Usage",
    "",
    "```typescript",
    "const backoff: Backoff = { factor: 2 };",
    "```",
  );

  it("reads a `## Sub` heading with a `### Fields` section as a second model with anchor `sub`", () => {
    const [main, sub] = document(source).models;
    expect(main!.name).toBe("Retry");
    expect(main!.anchor).toBeUndefined();
    expect(withoutPositions(fieldsOf(main!))).toEqual([
      { name: "backoff", type: { kind: "name", name: "Backoff", link: "#backoff" }, required: false, description: "", examples: [] },
    ]);
    expect(sub).toEqual({
      name: "Backoff",
      anchor: "backoff",
      description: "Waiting between attempts.",
      examples: ["const backoff: Backoff = { factor: 2 };"],
      section: {
        kind: "fields",
        fields: [
          {
            name: "factor",
            type: { kind: "name", name: "number", at: span(25, 15, 21) },
            required: true,
            description: "",
            examples: [],
            at: span(25, 1, 51),
          },
        ],
        at: span(21, 1, 11),
      },
      at: span(17, 4, 11),
    });
  });

  it("gives each model only its own `Example Usage` code blocks", () => {
    const [main, sub] = document(source).models;
    expect(main!.examples).toEqual(["const retry: Retry = {};"]);
    expect(sub!.examples).toEqual(["const backoff: Backoff = { factor: 2 };"]);
  });

  it("slugs the anchor the way GitHub does", () => {
    const [, sub] = document(spec("# Main", "## Fields", "| Field | Type |", "| - | - |", "| `a` | *str* |", "## Retry Config", "### Values", '- `"x"`')).models;
    expect(sub!.anchor).toBe("retry-config");
  });
});

describe("examples", () => {
  it("collects every code block under `## Example Usage`, in order", () => {
    const model = only(
      spec("# Color", "", "## Example Usage", "", "```python", 'value = "red"', "```", "", "```python", 'value = "blue"', "```", "", "## Values", "", '- `"red"`', '- `"blue"`'),
    );
    expect(model.examples).toEqual(['value = "red"', 'value = "blue"']);
  });
});

describe("dialect detection", () => {
  it("follows a python code fence", () => {
    expect(document(spec("# A", "## Example Usage", "```python", "x = 1", "```", "## Values", '- `"x"`')).dialect).toBe("python");
  });

  it("follows a typescript code fence, even if the field types look like Python", () => {
    expect(
      document(spec("# A", "## Example Usage", "```typescript", "let a = 1;", "```", "## Fields", "| Field | Type |", "| - | - |", "| `a` | *str* |"))
        .dialect,
    ).toBe("typescript");
  });

  it("without code fences, goes by the type names of the fields", () => {
    const table = (type: string): string => spec("# A", "## Fields", "| Field | Type |", "| - | - |", `| \`a\` | ${type} |`);
    expect(document(table("Dict[str, *Any*]")).dialect).toBe("python");
    expect(document(table("Record<string, *any*>")).dialect).toBe("typescript");
    expect(document(table("*number*[]")).dialect).toBe("typescript");
  });

  it("takes pydantic's row of other keys, and `Union[...]`, for Python, however the other fields read", () => {
    // A row that cannot be read still has its name: the file stays Python, and the row its other keys.
    const fields = (...rows: string[]) => spec("# A", "## Fields", "| Field | Type |", "| - | - |", ...rows);
    const damaged = parse(fields("| `a` | *Date* |", "| `b` | *Date* |", "| `__pydantic_extra__` | Dict[str, str]]] |"));
    expect(damaged.diagnostics.map((d) => d.rule)).toEqual(["unparsable-type"]);
    expect(damaged.document!.dialect).toBe("python");
    // Two TypeScript words against `Union[...]` and `int`: a tie, which goes to Python.
    expect(document(fields("| `a` | Union[Date, Date] |", "| `b` | *int* |")).dialect).toBe("python");
    // A model named Union, linked, is no Python.
    expect(document(fields("| `a` | [Union](union.md) |", "| `b` | *string* |")).dialect).toBe("typescript");
  });

  it("falls back to python when nothing tells", () => {
    expect(document(spec("# A", "## Values", '- `"x"`')).dialect).toBe("python");
  });
});

describe("pages that are not model specs", () => {
  const speakeasyOperations = spec(
    "# Agents",
    "(*agents*)",
    "## Overview",
    "Agents API.",
    "### Available Operations",
    "* [complete](#complete) - Agents Completion",
    "## complete",
    "Agents Completion",
    "### Example Usage",
    "```typescript",
    'import { Mistral } from "@mistralai/mistralai";',
    "```",
    "### Parameters",
    "| Parameter | Type | Required | Description |",
    "| --------- | ---- | -------- | ----------- |",
    "| `request` | [components.AgentsCompletionRequest](../../models/components/agentscompletionrequest.md) | :heavy_check_mark: | The request. |",
    "### Response",
    "**Promise\\<[components.ChatCompletionResponse](../../models/components/chatcompletionresponse.md)\\>**",
    "### Errors",
    "| Error Type | Status Code | Content Type |",
    "| ---------- | ----------- | ------------ |",
    "| errors.HTTPValidationError | 422 | application/json |",
  );
  const openApiGeneratorOperations = spec(
    "# petstore.PetApi",
    "",
    "All URIs are relative to *http://petstore.swagger.io/v2*",
    "",
    "Method | HTTP request | Description",
    "------------- | ------------- | -------------",
    "[**add_pet**](PetApi.md#add_pet) | **POST** /pet | Add a new pet to the store",
    "",
    "# **add_pet**",
    "> Pet add_pet(pet)",
    "",
    "### Parameters",
    "",
    "Name | Type | Description  | Notes",
    "------------- | ------------- | ------------- | -------------",
    " **pet** | [**Pet**](Pet.md)| Pet object that needs to be added to the store | ",
    "",
    "### Return type",
    "",
    "[**Pet**](Pet.md)",
  );

  it.each([
    ["a Speakeasy operation page (docs/sdks/x/README.md)", speakeasyOperations],
    ["an OpenAPI Generator operation page (PetApi.md), whose parameters table has Name and Type columns", openApiGeneratorOperations],
    // A method named like a model section (Clay's `search.fields`), with its own subsections under it.
    ["a Speakeasy operation page whose methods are named `fields` and `values`", speakeasyOperations.replaceAll("complete", "fields") + spec("## values", "Values.", "### Parameters", "| Parameter | Type | Required | Description |", "| - | - | - | - |", "| `a` | *str* | :heavy_check_mark: | A. |")],
    ["an index of models", spec("# Models", "", "- [User](user.md)", "- [Order](order.md)")],
    ["a changelog", spec("# Changelog", "", "## 1.2.0", "", "- Added the `tags` field.")],
    ["prose without a heading", spec("Generated by an SDK generator. Do not edit.")],
    ["a title and prose only", spec("# Lonely", "", "Only prose.", "", "## Notes", "", "More prose.")],
  ])("skips %s, with no diagnostic", (_what, source) => {
    expect(parse(source)).toEqual({ document: undefined, diagnostics: [], notAModel: true });
  });

  it("reads a page with a model section as a model spec, even when it is broken", () => {
    const result = parse(spec("# Broken", "", "## Fields", "", "To be written."));
    expect(result.notAModel).toBeUndefined();
    expect(rules(result.diagnostics)).toEqual([["missing-section", "error"]]);
  });
});

describe("diagnostics", () => {
  it("reports a spec without a `# Title` as `missing-model-heading` at its first block", () => {
    const result = parse(spec("Some words.", "", "## Fields", "", "| Field | Type |", "| - | - |", "| `a` | *str* |"));
    expect(result.diagnostics).toEqual([
      {
        file: "models/example.md",
        rule: "missing-model-heading",
        severity: "error",
        message: "the spec has no `# ModelName` heading",
        hint: "Start the spec with a `# ModelName` heading.",
        at: span(1, 1, 12),
      },
    ]);
    expect(result.document!.models).toEqual([]);
  });

  it("reports a title with a model section at the wrong depth as `missing-section` at the title's text", () => {
    const result = parse(spec("# Lonely", "", "Only prose.", "", "### Fields", "", "| Field | Type |", "| - | - |", "| `a` | *str* |"));
    expect(result.diagnostics.map((d) => [d.rule, d.severity, d.message, d.at])).toEqual([
      ["missing-section", "error", 'model "Lonely" has no Fields, Values or Supported Types section', span(1, 3, 9)],
    ]);
    expect(result.document!.models).toEqual([]);
  });

  it("reports a fields table right under the title, without a section heading, as `missing-section`", () => {
    const result = parse(spec("# Loose", "", "| Field | Type |", "| - | - |", "| `a` | *str* |"));
    expect(result.diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ["missing-section", 'model "Loose" has no Fields, Values or Supported Types section'],
    ]);
  });

  it("reports a Fields section without a table as `missing-section` at the section heading", () => {
    const result = parse(spec("# Empty", "", "## Fields", "", "To be written."));
    expect(result.diagnostics.map((d) => [d.rule, d.message, d.at])).toEqual([
      ["missing-section", "the Fields section has no table", span(3, 1, 10)],
    ]);
  });

  it("reports a table without a Type column as `missing-column` at its header row, naming the columns it has", () => {
    const result = parse(spec("# T", "", "## Fields", "", "| Field | Kind |", "| - | - |", "| `a` | *str* |"));
    expect(result.diagnostics.map((d) => [d.rule, d.message, d.at])).toEqual([
      ["missing-column", 'the fields table has no Type column (its columns are "field", "kind")', span(5, 1, 17)],
    ]);
    expect(result.document!.models).toEqual([]);
  });

  it("reports a table without a Field column", () => {
    const result = parse(spec("# T", "## Fields", "| Key | Type |", "| - | - |", "| `a` | *str* |"));
    expect(result.diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ["missing-column", 'the fields table has no Field column (its columns are "key", "type")'],
    ]);
  });

  it("reports a second row with the same name as `duplicate-field` at its name cell, keeping the first", () => {
    const result = parse(
      spec("# Twice", "", "## Fields", "", "| Field | Type |", "| - | - |", "| `a` | *str* |", "| `b` | *int* |", "| `a` | *int* |"),
    );
    expect(result.diagnostics.map((d) => [d.rule, d.severity, d.message, d.at])).toEqual([
      ["duplicate-field", "error", 'field "a" is already defined at line 7', span(9, 3, 6)],
    ]);
    expect(withoutPositions(fieldsOf(result.document!.models[0]!))).toEqual([
      { name: "a", type: { kind: "name", name: "str" }, description: "", examples: [] },
      { name: "b", type: { kind: "name", name: "int" }, description: "", examples: [] },
    ]);
  });

  it("reports a type it cannot read as `unparsable-type` at the offending token, and keeps the field as unreadable", () => {
    const result = parse(spec("# T", "", "## Fields", "", "| Field | Type |", "| - | - |", "| `a` | List[*str* |", "| `b` | *int* |"));
    expect(result.diagnostics.map((d) => [d.rule, d.message, d.at])).toEqual([
      ["unparsable-type", 'cannot read the type of field "a": expected "]" but found the end of the type', span(7, 15, 18)],
    ]);
    expect(fieldsOf(result.document!.models[0]!).map((f) => [f.name, f.type.kind])).toEqual([
      ["a", "unreadable"],
      ["b", "name"],
    ]);
  });

  it("reads the columns after a type it cannot read, which a `|` in it cut, from their own cells", () => {
    const result = parse(
      spec(
        "# T",
        "",
        "## Fields",
        "",
        "| Field | Type | Required | Description |",
        "| - | - | - | - |",
        "| `mode` | Foo[ | bar | :heavy_check_mark: | The mode. |",
      ),
    );
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["unparsable-type"]);
    const [mode] = fieldsOf(result.document!.models[0]!);
    expect(mode).toMatchObject({ name: "mode", type: { kind: "unreadable", at: span(7, 12, 22) }, required: true, description: "The mode." });
  });

  it("reports an empty file as `empty-file` and returns no document", () => {
    expect(parseSpec("models/empty.md", new Uint8Array())).toEqual({
      document: undefined,
      diagnostics: [
        {
          file: "models/empty.md",
          rule: "empty-file",
          severity: "error",
          message: "the file is empty",
          hint: "Write a model spec into the file or delete it.",
          at: { line: 1, column: 1 },
        },
      ],
    });
  });

  it("treats a file of blank lines as empty", () => {
    expect(rules(parse(" \n\n\t\n").diagnostics)).toEqual([["empty-file", "error"]]);
  });

  it("reports bytes that are not UTF-8 as `invalid-encoding`", () => {
    const bytes = new Uint8Array([...encoder.encode("# Caf"), 0xe9, 0x0a]);
    expect(parseSpec("models/latin1.md", bytes)).toEqual({
      document: undefined,
      diagnostics: [
        {
          file: "models/latin1.md",
          rule: "invalid-encoding",
          severity: "error",
          message: "the file is not valid UTF-8 (byte 0xe9 at offset 5)",
          hint: "Save the file as UTF-8.",
          at: { line: 1, column: 6 },
        },
      ],
    });
  });
});

describe("input encodings", () => {
  const plain = spec(
    "# Order",
    "",
    "An order.",
    "It spans two lines.",
    "",
    "## Fields",
    "",
    "| Field | Type | Required | Description |",
    "| - | - | - | - |",
    "| `id` | *str* | :heavy_check_mark: | The id. |",
    "| `note` | *str* | :heavy_minus_sign: | Starts here.",
    "Ends here.",
    "|",
    "",
    "## Example Usage",
    "",
    "```python",
    'order = Order(id="1")',
    'print(order)',
    "```",
  );

  it("reads the bytes of a plain UTF-8 file like its text", () => {
    expect(parseSpec("models/example.md", encoder.encode(plain))).toEqual(parse(plain));
  });

  it("reads a file with a byte order mark like the same file without it", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(plain)]);
    expect(parseSpec("models/example.md", withBom)).toEqual(parse(plain));
    expect(parse(`\uFEFF${plain}`)).toEqual(parse(plain));
  });

  it("reads a file with CRLF line endings like the same file with LF, positions included", () => {
    const crlf = plain.replace(/\n/gu, "\r\n");
    const result = parseSpec("models/example.md", encoder.encode(crlf));
    expect(result).toEqual(parse(plain));
    expect(result.document!.models[0]!.description).toBe("An order.\nIt spans two lines.");
    expect(result.document!.models[0]!.examples).toEqual(['order = Order(id="1")\nprint(order)']);
  });
});

describe("constructs of real SDK docs", () => {
  /** Values that need escaping wherever they are written: quotes, backslashes, HTML, and a key with meaning in JavaScript. */
  const awkward = ['say "hi"', "back\\slash", "</script>", "__proto__"];
  const literals = awkward.map((value) => JSON.stringify(value));

  it.each([
    ["a union code block", ["```typescript", literals.join(" | "), "```"]],
    ["a bullet list", literals.map((literal) => `- \`${literal}\``)],
    ["a `| Name | Value |` table", ["| Name | Value |", "| - | - |", ...literals.map((literal, i) => `| V${i} | \`${literal}\` |`)]],
  ])("keeps enum values that need escaping exactly, in %s", (_form, lines) => {
    const model = only(spec("# Odd", "", "## Values", "", ...lines));
    expect(model.section.kind === "values" && model.section.values.map((v) => v.value)).toEqual(awkward);
  });

  it("reads a union in a code span that GFM cuts at its pipe as one Type cell, with a warning (docs/lib/utils/retryconfig.md)", () => {
    const result = parse(
      spec(
        "# RetryConfig",
        "## Fields",
        "| Name | Type | Description | Example |",
        "| - | - | - | - |",
        '| `strategy` | `"backoff" | "none"` | The retry strategy to use. | `"backoff"` |',
        "| `retryConnectionErrors` | *boolean* | Whether to retry on connection errors. | `true` |",
      ),
    );
    expect(rules(result.diagnostics)).toEqual([["split-cell", "warning"]]);
    const [strategy] = fieldsOf(result.document!.models[0]!);
    expect(withoutPositions(strategy)).toMatchObject({
      name: "strategy",
      type: { kind: "union", members: [{ kind: "literal", value: "backoff" }, { kind: "literal", value: "none" }] },
      description: "The retry strategy to use.",
      examples: ['"backoff"'],
    });
  });

  it("leaves a row whose Type cell closes its code spans as GFM cuts it, but for the description, which takes back what the pipe cut", () => {
    const result = parse(spec("# Pick", "## Fields", "| Name | Type | Description |", "| - | - | - |", '| `mode` | `"a"` | `a` | or `b` |'));
    expect(rules(result.diagnostics)).toEqual([["split-cell", "warning"]]);
    expect(withoutPositions(fieldsOf(result.document!.models[0]!)[0])).toMatchObject({ type: { kind: "literal", value: "a" }, description: "`a` | or `b`" });
  });

  it("warns that the cells beyond the header are left out where there is no description to take them back", () => {
    const result = parse(spec("# Pick", "## Fields", "| Name | Type |", "| - | - |", "| `mode` | *string* | a stray cell |"));
    expect(result.diagnostics.map((d) => [d.rule, d.severity, d.message])).toEqual([
      ["long-row", "warning", 'the row of field "mode" has 3 cells where the header has 2: a `|` ends a cell, so "a stray cell" is left out'],
    ]);
    expect(fieldsOf(result.document!.models[0]!).map((f) => f.name)).toEqual(["mode"]);
  });

  it("reads `[object Object]`, a generator's failure to print an example, as no example", () => {
    const fields = fieldsOf(
      only(
        spec(
          "# Process",
          "## Fields",
          "| Field | Type | Required | Description | Example |",
          "| - | - | - | - | - |",
          "| `ports` | [ExposedPort](exposedport.md)[] | :heavy_check_mark: | N/A | [object Object] |",
          "| `more` | [ExposedPort](exposedport.md)[] | :heavy_check_mark: | N/A | [object Object],[object Object] |",
          "| `name` | *string* | :heavy_check_mark: | N/A | [object Object] is a name |",
        ),
      ),
    );
    expect(fields.map((f) => f.examples)).toEqual([[], [], ["[object Object] is a name"]]);
  });

  it("reads an Example value that runs over several lines with `<br/>`, among several", () => {
    const fields = fieldsOf(
      only(
        spec(
          "# Args",
          "## Fields",
          "| Field | Type | Required | Description | Example |",
          "| - | - | - | - | - |",
          '| `format` | *Any* | :heavy_minus_sign: | N/A | **Example 1:** {<br/>"type": "text"<br/>}<br/>**Example 2:** `"json"` |',
        ),
      ),
    );
    expect(fields[0]!.examples).toEqual(['{\n"type": "text"\n}', '"json"']);
  });

  it("finds the fields table among prose, code blocks and other tables in the Fields section", () => {
    const model = only(
      spec(
        "# Limits",
        "",
        "| Plan | Requests |",
        "| - | - |",
        "| free | 10 |",
        "",
        "## Fields",
        "",
        "Every field below is returned by the API.",
        "",
        "```json",
        '{ "requests": 10 }',
        "```",
        "",
        "| Tier | Meaning |",
        "| - | - |",
        "| 1 | low |",
        "",
        "| Field | Type | Required | Description |",
        "| - | - | - | - |",
        "| `requests` | *int* | :heavy_check_mark: | N/A |",
        "",
        "More prose after the table.",
      ),
    );
    expect(fieldsOf(model).map((f) => f.name)).toEqual(["requests"]);
  });

  it("reports the first table's header when no table of the Fields section has a name and a type column", () => {
    const result = parse(spec("# A", "## Fields", "| Tier | Meaning |", "| - | - |", "| 1 | low |", "", "| Field | Meaning |", "| - | - |", "| `a` | x |"));
    expect(result.diagnostics.map((d) => [d.rule, d.message, d.at])).toEqual([
      ["missing-column", 'the fields table has no Field or Type column (its columns are "tier", "meaning")', span(3, 1, 19)],
    ]);
  });
});
