import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { modelsFromSpec } from "../../src/ir/from-spec.js";
import { openEnumKinds } from "../../src/ir/enums.js";
import type { EnumShape, Field, Model, ObjectShape, Span, TypeNode } from "../../src/ir/types.js";
import { parseSpecText } from "../../src/parse/parse-spec.js";

const CHECK = ":heavy_check_mark:";
const MINUS = ":heavy_minus_sign:";

function spec(...lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

/** Parses a spec that must be free of parse diagnostics and gives it its meaning. */
function build(source: string, file = "models/example.md"): { models: Model[]; diagnostics: Diagnostic[] } {
  const parsed = parseSpecText(file, source);
  expect(parsed.diagnostics).toEqual([]);
  return modelsFromSpec(parsed.document!);
}

/**
 * The IR of a one-field model whose Type cell is `type`. The row is line 7;
 * the Type cell's text starts at column 9 (`| \`a\` | `).
 */
function field(type: string, required?: typeof CHECK | typeof MINUS): { field: Field | undefined; diagnostics: Diagnostic[] } {
  const header = required === undefined ? "| Field | Type | Description |" : "| Field | Type | Required | Description |";
  const rule = required === undefined ? "| - | - | - |" : "| - | - | - | - |";
  const row = required === undefined ? `| \`a\` | ${type} | The a. |` : `| \`a\` | ${type} | ${required} | The a. |`;
  const { models, diagnostics } = build(spec("# Thing", "", "## Fields", "", header, rule, row));
  const shape = models[0]!.shape;
  if (shape.kind !== "object") throw new Error(`expected an object, got ${shape.kind}`);
  return { field: shape.fields[0], diagnostics };
}

/** The type of a field that must come out without diagnostics. */
function typeOf(type: string, required: typeof CHECK | typeof MINUS = CHECK): TypeNode {
  const result = field(type, required);
  expect(result.diagnostics).toEqual([]);
  return result.field!.type;
}

/** `{ type, optional }` of a field that must come out without diagnostics. */
function keyOf(type: string, required?: typeof CHECK | typeof MINUS): { type: TypeNode; optional: boolean } {
  const result = field(type, required);
  expect(result.diagnostics).toEqual([]);
  return { type: result.field!.type, optional: result.field!.optional };
}

function span(line: number, from: number, to: number): Span {
  return { start: { line, column: from }, end: { line, column: to } };
}

const string: TypeNode = { kind: "string" };
const integer: TypeNode = { kind: "integer" };
const number: TypeNode = { kind: "number" };
const boolean: TypeNode = { kind: "boolean" };
const unknown: TypeNode = { kind: "unknown" };
const nul: TypeNode = { kind: "null" };
const binary: TypeNode = { kind: "binary" };
const orNull = (type: TypeNode): TypeNode => ({ kind: "union", members: [type, nul] });

describe("primitives", () => {
  it.each<[string, TypeNode]>([
    ["*str*", string],
    ["*int*", integer],
    ["*float*", number],
    ["*bool*", boolean],
    ["*Any*", unknown],
    // The HTTP response an operation's result keeps (`raw_response`), linked to httpx's docs.
    ["[httpx.Response](https://www.python-httpx.org/api/#response)", unknown],
    ["[requests.Response](https://requests.readthedocs.io/en/latest/api/#requests.Response)", unknown],
    ["*Decimal*", { kind: "union", members: [string, number] }],
  ])("types the Python docs' %s", (cell, expected) => {
    expect(typeOf(cell)).toEqual(expected);
  });

  it.each<[string, TypeNode]>([
    ["*string*", string],
    ["*number*", number],
    ["*boolean*", boolean],
    ["*any*", unknown],
    // A bigint in the SDK; in JSON a number, or a string of digits that keeps an int64 whole.
    ["*BigInt*", { kind: "union", members: [integer, string] }],
    ["*bigint*", { kind: "union", members: [integer, string] }],
    // The SDK's Decimal: JSON carries a number, or a string that keeps every digit.
    ["*Decimal*", { kind: "union", members: [string, number] }],
    // The response object of the SDK's HTTP client, documented on the web.
    ["[Response](https://developer.mozilla.org/en-US/docs/Web/API/Response)", unknown],
    ["[AxiosResponse>](https://axios-http.com/docs/res_schema)", unknown],
  ])("types the TypeScript docs' %s", (cell, expected) => {
    expect(typeOf(cell)).toEqual(expected);
  });

  it("gives every field a fresh primitive object, not a shared one", () => {
    const { models } = build(spec("# T", "## Fields", "| Field | Type |", "| - | - |", "| `a` | *str* |", "| `b` | *str* |"));
    const shape = models[0]!.shape;
    if (shape.kind !== "object") throw new Error("expected an object");
    expect(shape.fields[0]!.type).toEqual(string);
    expect(shape.fields[0]!.type).not.toBe(shape.fields[1]!.type);
  });
});

describe("the Required column and the wrappers", () => {
  it("makes a ✓ key required and a ➖ key optional, neither nullable", () => {
    expect(keyOf("*str*", CHECK)).toEqual({ type: string, optional: false });
    expect(keyOf("*str*", MINUS)).toEqual({ type: string, optional: true });
  });

  it("makes a Python key required when the table has no Required column, as its wrappers would say otherwise", () => {
    expect(keyOf("*str*")).toEqual({ type: string, optional: false });
  });

  it("makes a TypeScript key optional when the table has no Required column, as nothing says it is required", () => {
    // Speakeasy's RetryConfig page: `{ strategy: "none" }` is a whole config.
    const { models } = build(
      spec("# RetryConfig", "", "## Fields", "", "| Name | Type | Description | Example |", "| - | - | - | - |",
        '| `strategy` | `"backoff" \\| "none"` | The retry strategy. | `"backoff"` |',
        "| `retryConnectionErrors` | *boolean* | Whether to retry. | `true` |"),
    );
    const shape = models[0]!.shape as ObjectShape;
    expect(shape.fields.map((field) => [field.name, field.optional])).toEqual([["strategy", true], ["retryConnectionErrors", true]]);
  });

  it("reads `Optional[X]` with ➖ as optional, not nullable", () => {
    expect(keyOf("*Optional[str]*", MINUS)).toEqual({ type: string, optional: true });
  });

  it("reads `Optional[X]` with ✓ (older SDKs) as required but nullable", () => {
    expect(keyOf("*Optional[str]*", CHECK)).toEqual({ type: orNull(string), optional: false });
  });

  it("reads `Optional[X]` without a Required column as optional, not nullable", () => {
    expect(keyOf("*Optional[int]*")).toEqual({ type: integer, optional: true });
  });

  it("reads `Nullable[X]` as nullable, optional only by the Required column", () => {
    expect(keyOf("*Nullable[str]*", CHECK)).toEqual({ type: orNull(string), optional: false });
    expect(keyOf("*Nullable[str]*", MINUS)).toEqual({ type: orNull(string), optional: true });
  });

  it("reads `OptionalNullable[X]` as optional and nullable, whatever the Required column says", () => {
    expect(keyOf("*OptionalNullable[str]*", MINUS)).toEqual({ type: orNull(string), optional: true });
    expect(keyOf("*OptionalNullable[str]*", CHECK)).toEqual({ type: orNull(string), optional: true });
  });

  it("reads a wrapper written inside the link, `[Optional[models.X]](x.md)`, like one outside it", () => {
    expect(keyOf("[Optional[models.Owner]](owner.md)", MINUS)).toEqual({
      type: { kind: "ref", name: "Owner", namespace: "models", link: "owner.md", at: span(7, 19, 31) },
      optional: true,
    });
  });

  it("reads every wrapper inside a container as just 'or null'", () => {
    expect(keyOf("List[Optional[str]]", MINUS)).toEqual({ type: { kind: "array", items: orNull(string) }, optional: true });
    expect(typeOf("Dict[str, Nullable[int]]")).toEqual({ kind: "map", values: orNull(integer) });
    expect(typeOf("List[OptionalNullable[float]]")).toEqual({ kind: "array", items: orNull(number) });
  });

  it("does not repeat null when a nullable wrapper holds a type that is already nullable", () => {
    expect(typeOf("*Nullable[Optional[str]]*")).toEqual(orNull(string));
  });

  it("carries the row's description and examples onto the field, placed at the row", () => {
    expect(field("*str*", CHECK)).toEqual({
      field: { name: "a", type: string, optional: false, description: "The a.", examples: [], at: span(7, 1, 46) },
      diagnostics: [],
    });
  });
});

describe("containers", () => {
  it("types both spellings of an array of strings alike", () => {
    const expected: TypeNode = { kind: "array", items: string };
    expect(typeOf("List[*str*]")).toEqual(expected);
    expect(typeOf("list[*str*]")).toEqual(expected);
    expect(typeOf("*string*[]")).toEqual(expected);
  });

  it("types `*X*[][]` as an array of arrays", () => {
    expect(typeOf("*number*[][]")).toEqual({ kind: "array", items: { kind: "array", items: number } });
  });

  it("types Dict, Record and the index signature as maps of their value type", () => {
    const expected: TypeNode = { kind: "map", values: unknown };
    expect(typeOf("Dict[str, *Any*]")).toEqual(expected);
    expect(typeOf("Record<string, *any*>")).toEqual(expected);
    expect(typeOf("{ [k: string]: any }")).toEqual(expected);
  });

  it("types nested containers", () => {
    expect(typeOf("Record<string, Record<string, *any*>>")).toEqual({ kind: "map", values: { kind: "map", values: unknown } });
    expect(typeOf("List[Dict[str, List[*float*]]]")).toEqual({
      kind: "array",
      items: { kind: "map", values: { kind: "array", items: number } },
    });
    expect(typeOf("Record<string, *any*>[]")).toEqual({ kind: "array", items: { kind: "map", values: unknown } });
  });

  it("reports a List with two types or a Dict with one as `unknown-type`", () => {
    expect(field("List[str, int]", CHECK).diagnostics.map((d) => [d.rule, d.message, d.at])).toEqual([
      ["unknown-type", "List[...] takes one type, not 2", span(7, 9, 23)],
    ]);
    expect(field("Dict[str]", CHECK).diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ["unknown-type", "Dict takes a key type and a value type"],
    ]);
  });
});

describe("literals", () => {
  it('types `*"entry"*` as the string literal', () => {
    expect(typeOf('*"entry"*')).toEqual({ kind: "literal", value: "entry" });
  });

  it('types `*"__encrypted__"*` as a string literal with its underscores', () => {
    expect(typeOf('*"__encrypted__"*')).toEqual({ kind: "literal", value: "__encrypted__" });
  });

  it("types `*true*` and `Literal[False]` as boolean literals", () => {
    expect(typeOf("*true*")).toEqual({ kind: "literal", value: true });
    expect(typeOf("Literal[False]")).toEqual({ kind: "literal", value: false });
  });

  it('types `*Literal["a"]*` as one literal and `Literal["a", "b"]` as a union of literals', () => {
    expect(typeOf('*Literal["a"]*')).toEqual({ kind: "literal", value: "a" });
    expect(typeOf('*Literal["a", "b", 3]*')).toEqual({
      kind: "union",
      members: [
        { kind: "literal", value: "a" },
        { kind: "literal", value: "b" },
        { kind: "literal", value: 3 },
      ],
    });
  });

  it('types `*Optional[Literal["a"]]*` with ➖ as an optional literal', () => {
    expect(keyOf('*Optional[Literal["a"]]*', MINUS)).toEqual({ type: { kind: "literal", value: "a" }, optional: true });
  });

  it("accepts None among Literal values", () => {
    expect(typeOf('*Literal["a", None]*')).toEqual({ kind: "union", members: [{ kind: "literal", value: "a" }, nul] });
  });

  it("reports a type inside Literal[...] as `unknown-type` at that argument", () => {
    const result = field("Literal[str]", CHECK);
    expect(result.diagnostics.map((d) => [d.rule, d.message, d.at])).toEqual([
      ["unknown-type", "Literal[...] takes literal values", span(7, 17, 20)],
    ]);
    expect(result.field?.type).toEqual(unknown);
  });
});

describe("dates", () => {
  it("types the TypeScript docs' `[Date](mdn link)` as a Date object", () => {
    expect(typeOf("[Date](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date)")).toEqual({
      kind: "date",
      format: "date-time",
      representation: "Date",
    });
  });

  it("types the Python docs' `[date](...)` as a date or date-time string: they link timestamps there too", () => {
    expect(typeOf("[date](https://docs.python.org/3/library/datetime.html#date-objects)")).toEqual({
      kind: "date",
      format: "date-or-date-time",
      representation: "string",
    });
  });

  it("types the Python docs' `[datetime](...)` as a date or date-time string: newer docs link dates there", () => {
    expect(typeOf("[datetime](https://docs.python.org/3/library/datetime.html#datetime-objects)")).toEqual({
      kind: "date",
      format: "date-or-date-time",
      representation: "string",
    });
  });

  it("types a nullable date", () => {
    expect(typeOf("[OptionalNullable[datetime]](https://docs.python.org/3/library/datetime.html)")).toEqual(
      orNull({ kind: "date", format: "date-or-date-time", representation: "string" }),
    );
  });
});

describe("binary and streams", () => {
  it("types `*bytes*` as binary", () => {
    expect(typeOf("*bytes*")).toEqual(binary);
  });

  it("types `[File](https://x) \\| [Blob](https://y)` as one binary type", () => {
    expect(typeOf("[File](https://x) \\| [Blob](https://y)")).toEqual(binary);
  });

  it("types `Union[]`, a union whose members the docs lost, as the spec it links, or else as unknown with a warning", () => {
    expect(typeOf("[Optional[Union[]]](../shared/lookupfile.md)", MINUS)).toEqual({ kind: "ref", name: "Union[]", link: "../shared/lookupfile.md", at: span(7, 19, 26) });
    const { field: unlinked, diagnostics } = field("*Optional[Union[]]*", MINUS);
    expect(unlinked?.type).toEqual(unknown);
    expect(diagnostics.map((d) => [d.rule, d.severity, d.message, d.at])).toEqual([
      ["untyped", "warning", "`Union[]` lists no members; it is typed as unknown and takes any value", span(7, 19, 26)],
    ]);
    // `X[]` stays an array of X.
    expect(typeOf("*Thing[]*")).toMatchObject({ kind: "array", items: { kind: "ref", name: "Thing" } });
  });

  it("types `*Union[bytes, IO[bytes], io.BufferedReader]*` as one binary type", () => {
    expect(typeOf("*Union[bytes, IO[bytes], io.BufferedReader]*")).toEqual(binary);
  });

  it.each([
    "*bytes*",
    "*bytearray*",
    "*IO[bytes]*",
    "*typing.IO[bytes]*",
    "*io.IOBase*",
    "*io.BufferedReader*",
    "*io.BytesIO*",
    "*typing.BinaryIO*",
    "*BinaryIO*",
    "*Union[bytes, IO[bytes], io.IOBase]*",
    "*Union[bytes, IO[bytes], io.BufferedReader]*",
    "[File](https://developer.mozilla.org/en-US/docs/Web/API/File) \\| [Blob](https://developer.mozilla.org/en-US/docs/Web/API/Blob)",
    "*ReadableStream<Uint8Array>*",
    "*Uint8Array*",
    "*Uint8Array<ArrayBuffer>*",
    "*ArrayBuffer*",
  ])("types the file content `%s` as binary", (type) => {
    expect(typeOf(type)).toEqual(binary);
  });

  it("reports an `io.` name it does not know as `unknown-type`, naming the ones it knows, not as a model", () => {
    expect(field("*Union[bytes, io.TextIOWrapper]*", CHECK).diagnostics.map((d) => [d.rule, d.message])).toEqual([
      [
        "unknown-type",
        'unknown type "io.TextIOWrapper": of io\'s types, mdspec knows the binary ones (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.BufferedReader, io.BufferedRandom, io.BytesIO, io.FileIO)',
      ],
    ]);
  });

  it("reports a stream of text as `unknown-type`", () => {
    expect(field("*IO[str]*", CHECK).diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ["unknown-type", "IO of anything but bytes is not file content mdspec knows (write IO[bytes])"],
    ]);
  });

  it("types `EventStream<operations.X>` as a stream of references to X", () => {
    expect(typeOf("EventStream<operations.Chunk>")).toEqual({
      kind: "stream",
      events: { kind: "ref", name: "Chunk", namespace: "operations", at: span(7, 21, 37) },
    });
  });
});

describe("unions", () => {
  it("types a union linked to its own spec, `[Union[shared.A, shared.B]](cfg.md)`, as that one model", () => {
    expect(typeOf("[Union[shared.A, shared.B]](../shared/cfg.md)")).toEqual({ kind: "ref", name: "A", namespace: "shared", link: "../shared/cfg.md", at: span(7, 16, 24) });
  });

  it("types `Union[...]` as a union of its members", () => {
    expect(typeOf("*Union[str, int]*")).toEqual({ kind: "union", members: [string, integer] });
  });

  it("flattens nested unions and drops repeated members", () => {
    expect(typeOf("*Union[str, Union[int, str], Optional[int]]*")).toEqual({ kind: "union", members: [string, integer, nul] });
  });
});

describe("references", () => {
  it("keeps a linked name's model name, namespace prefix, link and position", () => {
    expect(typeOf("[components.Usage](../components/usage.md)")).toEqual({
      kind: "ref",
      name: "Usage",
      namespace: "components",
      link: "../components/usage.md",
      at: span(7, 10, 26),
    });
  });

  it("keeps references inside containers: `List[[models.X](x.md)]` and `[components.X](x.md)[]`", () => {
    expect(typeOf("List[[models.Choice](choice.md)]")).toEqual({
      kind: "array",
      items: { kind: "ref", name: "Choice", namespace: "models", link: "choice.md", at: span(7, 15, 28) },
    });
    expect(typeOf("[components.Choice](choice.md)[]")).toEqual({
      kind: "array",
      items: { kind: "ref", name: "Choice", namespace: "components", link: "choice.md", at: span(7, 10, 27) },
    });
  });

  it("makes an unlinked namespaced name `*components.X*[]` a reference without a link", () => {
    expect(typeOf("*components.Part*[]")).toEqual({
      kind: "array",
      items: { kind: "ref", name: "Part", namespace: "components", at: span(7, 10, 25) },
    });
  });

  it("makes an unlinked capitalised name a reference by name alone", () => {
    expect(typeOf("*Money*")).toEqual({ kind: "ref", name: "Money", at: span(7, 10, 15) });
  });

  it("makes a lower-case name linked to a spec a reference", () => {
    expect(typeOf("[money](money.md)")).toEqual({ kind: "ref", name: "money", link: "money.md", at: span(7, 10, 15) });
  });
});

describe("unknown types", () => {
  it("reports an unknown lower-case name as `unknown-type` at the name, and types the field unknown for a run that allows it", () => {
    const result = field("*widget*", CHECK);
    expect(result.field?.type).toEqual(unknown);
    expect(result.diagnostics).toEqual([
      {
        file: "models/example.md",
        rule: "unknown-type",
        severity: "error",
        message: 'unknown type "widget"',
        hint: "Link the name to its spec file, use a primitive such as `str`/`string`, `int`/`number`, `bool`/`boolean`, or pass --allow-unresolved to type it as unknown.",
        at: span(7, 10, 16),
      },
    ]);
  });

  it("keeps a row of extra keys whose value type is unknown the model's other keys, of unknown values", () => {
    const header = ["## Fields", "", "| Field | Type | Required | Description |", "| - | - | - | - |"];
    const typescript = build(spec("# Labels", "", ...header, "| `name` | *string* | :heavy_check_mark: | N/A |", "| `additionalProperties` | Record<string, *widget*> | :heavy_minus_sign: | N/A |"));
    const python = build(spec("# Labels", "", ...header, "| `name` | *str* | :heavy_check_mark: | N/A |", "| `__pydantic_extra__` | Dict[str, *widget*] | :heavy_minus_sign: | N/A |"));
    for (const { models, diagnostics } of [typescript, python]) {
      expect(diagnostics.map((d) => d.message)).toEqual(['unknown type "widget"']);
      const shape = models[0]!.shape as ObjectShape;
      expect(shape.fields.map((f) => f.name)).toEqual(["name"]);
      expect(shape.additionalProperties).toEqual(unknown);
    }
  });

  it("reads older Python docs' optional `additional_properties` map as the model's other keys, and a required one as a field", () => {
    const header = ["## Fields", "", "| Field | Type | Required | Description |", "| - | - | - | - |"];
    const shapeOf = (required: string) =>
      build(spec("# AuthSupportedMethods", "", ...header, "| `instant_auth` | *bool* | :heavy_check_mark: | N/A |", `| \`additional_properties\` | Dict[str, *Any*] | ${required} | N/A |`)).models[0]!.shape as ObjectShape;
    const optional = shapeOf(MINUS);
    expect(optional.fields.map((f) => f.name)).toEqual(["instant_auth"]);
    expect(optional.additionalProperties).toEqual(unknown);
    expect(shapeOf(CHECK).fields.map((f) => f.name)).toEqual(["instant_auth", "additional_properties"]);
  });

  it("reports an unknown name inside a container at the name itself", () => {
    expect(field("List[*widget*]", CHECK).diagnostics.map((d) => [d.rule, d.message, d.at])).toEqual([
      ["unknown-type", 'unknown type "widget"', span(7, 15, 21)],
    ]);
  });

  it("types a name linked to a web page as unknown: a type of the SDK's language or its libraries, not a model", () => {
    expect(typeOf("[widget](https://example.com/widget)")).toEqual(unknown);
    expect(typeOf("[Widget](https://example.com/widget)[]")).toEqual({ kind: "array", items: unknown });
  });

  it.each(["constructor", "toString", "__proto__"])("does not take the object property name `%s` for a primitive", (name) => {
    const [problem, ...more] = field(`*${name}*`, CHECK).diagnostics;
    expect(more).toEqual([]);
    expect(problem!.rule).toBe("unknown-type");
    expect(problem!.message).toMatch(new RegExp(`^unknown type "${name}"`, "u"));
  });

  it("reports an unknown generic", () => {
    expect(field("*Frobnicate[str]*", CHECK).diagnostics.map((d) => [d.rule, d.message, d.at])).toEqual([
      ["unknown-type", 'unknown generic type "Frobnicate"', span(7, 10, 25)],
    ]);
  });
});

describe("models", () => {
  it("reads a Fields table with no rows, Speakeasy's free-form object, as an object of any keys", () => {
    const { models, diagnostics } = build(spec("# Input", "", "## Fields", "", "| Field | Type | Required | Description |", "| - | - | - | - |"));
    expect(diagnostics).toEqual([]);
    expect(models[0]!.shape).toEqual({ kind: "object", fields: [], additionalProperties: unknown });
  });

  it("gives a model its id, name, file, folder, description, examples and position", () => {
    const { models, diagnostics } = build(
      spec("# Money", "", "An amount.", "", "## Example Usage", "", "```python", "m = Money()", "```", "", "## Fields", "", "| Field | Type |", "| - | - |", "| `cents` | *int* |"),
      "models/shared/money.md",
    );
    expect(diagnostics).toEqual([]);
    expect(models).toEqual([
      {
        id: "models/shared/money",
        name: "Money",
        file: "models/shared/money.md",
        folder: "models/shared",
        description: "An amount.",
        examples: ["m = Money()"],
        shape: {
          kind: "object",
          fields: [{ name: "cents", type: integer, optional: false, description: "", examples: [], at: span(15, 1, 20) }],
        },
        at: span(1, 3, 8),
      },
    ]);
  });

  it("puts a spec at the root of the specs folder in the folder ``", () => {
    const { models } = build(spec("# Flag", "## Values", '- `"on"`'), "flag.md");
    expect([models[0]!.id, models[0]!.folder]).toEqual(["flag", ""]);
  });

  it("gives a second model in a file the id `file#anchor`", () => {
    const { models } = build(
      spec("# Retry", "## Fields", "| Field | Type |", "| - | - |", "| `backoff` | [Backoff](#backoff) |", "## Backoff", "### Fields", "| Field | Type |", "| - | - |", "| `factor` | *float* |"),
      "models/retry.md",
    );
    expect(models.map((m) => [m.id, m.name, m.anchor])).toEqual([
      ["models/retry", "Retry", undefined],
      ["models/retry#backoff", "Backoff", "backoff"],
    ]);
  });

  it("makes a Values section an enum, open or closed", () => {
    const closed = build(spec("# Size", "## Values", '- `"s"`', '- `"m"`'));
    expect(closed.models[0]!.shape).toEqual({ kind: "enum", values: ["s", "m"], open: false });
    const open = build(spec("# Size", "## Values", "```typescript", '"s" | 2 | Unrecognized<string>', "```"));
    expect(open.models[0]!.shape).toEqual({ kind: "enum", values: ["s", 2], open: true, openKind: "string" });
  });

  it("types an open enum's values as the SDK's type of the values it does not list says", () => {
    const table = (...rows: string[]) => ["## Values", "", "| Name | Value |", "| ---- | ----- |", ...rows];
    const example = (comment: string) => ["## Example Usage", "", "```python", "value = FilingForm.NINE_HUNDRED_AND_FORTY_ONE", "", comment, "```", ""];
    // Gusto's FilingForm: bare numbers in the table, strings in the SDK.
    const strings = build(spec("# FilingForm", ...example("# Open enum: unrecognized values are captured as UnrecognizedStr"), ...table("| `A` | 941 |", "| `B` | 944 |")));
    expect(strings.models[0]!.shape).toEqual({ kind: "enum", values: ["941", "944"], open: true, openKind: "string" });
    // plexjs's CanAutoSyncEnum, in TypeScript's docs: its row for the values it does not list.
    const row = build(spec("# CanAutoSyncEnum", ...table("| `Zero` | 0 |", "| `One` | 1 |", "| - | `Unrecognized<string>` |")));
    expect(row.models[0]!.shape).toEqual({ kind: "enum", values: ["0", "1"], open: true, openKind: "string" });
    // cribl's AcknowledgmentsOptions: the values it does not list are whole numbers.
    const integers = build(spec("# Acks", ...example("# Open enum: unrecognized values are captured as UnrecognizedInt"), ...table("| `LEADER` | 1 |", "| `ALL` | -1 |")));
    expect(integers.models[0]!.shape).toEqual({ kind: "enum", values: [1, -1], open: true, openKind: "integer" });
    // Saying only that it is open keeps the values as written.
    const plain = build(spec("# Acks", ...example("# Open enum"), ...table("| `LEADER` | 1 |")));
    expect(plain.models[0]!.shape).toEqual({ kind: "enum", values: [1], open: true });
  });

  it("admits of an open enum values of its values' kinds and of the kind its spec names for the others", () => {
    const kinds = (values: Array<string | number>, openKind?: EnumShape["openKind"]) => openEnumKinds({ kind: "enum", values, open: true, ...(openKind && { openKind }) });
    expect(kinds([1, -1], "integer")).toEqual(["integer"]);
    expect(kinds([1, 1.5], "integer")).toEqual(["number"]);
    expect(kinds(["a", "1"], "integer")).toEqual(["string", "integer"]);
    expect(kinds([1, 2], "string")).toEqual(["string", "number"]);
    expect(kinds(["a"])).toEqual(["string"]);
    expect(kinds([])).toEqual(["string"]);
    expect(kinds([], "integer")).toEqual(["integer"]);
    expect(openEnumKinds({ kind: "enum", values: ["a"], open: false, openKind: "integer" })).toEqual([]);
  });

  it("makes a Supported Types section a union of its members", () => {
    const { models, diagnostics } = build(
      spec("# Content", "## Supported Types", "### `str`", "### `List[models.Part]`", "### `{ [k: string]: any }`"),
    );
    expect(diagnostics).toEqual([]);
    expect(models[0]!.shape).toEqual({
      kind: "union",
      members: [
        string,
        { kind: "array", items: { kind: "ref", name: "Part", namespace: "models", at: span(4, 11, 22) } },
        { kind: "map", values: unknown },
      ],
    });
  });

  it("reports a union member it cannot type, which a run that allows it reads as unknown", () => {
    const { models, diagnostics } = build(spec("# Content", "## Supported Types", "### `str`", "### `gizmo`"));
    expect(diagnostics.map((d) => [d.rule, d.message, d.at])).toEqual([["unknown-type", 'unknown type "gizmo"', span(4, 6, 11)]]);
    // A member that is anything makes the union anything: dropping it would refuse the values it stands for.
    expect(models[0]!.shape).toEqual({ kind: "union", members: [unknown] });
  });
});

describe("constructs of real SDK docs", () => {
  it("names a Python field that the SDK escapes with a trailing `_` (`from_`, `self_`, `format_`) by its key", () => {
    const names = (table: string, ...rows: string[]) => {
      const { models } = build(spec("# Range", "", "## Fields", "", table, "| - | - | - | - |", ...rows));
      return (models[0]!.shape as ObjectShape).fields.map((field) => field.name);
    };
    const header = "| Field | Type | Required | Description |";
    expect(names(header, `| \`from_\` | *str* | ${CHECK} | Start. |`, `| \`and_\` | *bool* | ${CHECK} | All. |`, `| \`self_\` | *str* | ${CHECK} | A link. |`, `| \`format_\` | *str* | ${CHECK} | Not a keyword, escaped too. |`, `| \`to\` | *str* | ${CHECK} | End. |`)).toEqual(["from", "and", "self", "format", "to"]);
    // Pydantic's own names, and names with more than one `_` at an end, are no escapes.
    expect(names(header, `| \`__pydantic_extra__\` | Dict[str, *Any*] | ${CHECK} | Other keys. |`, `| \`a__\` | *str* | ${CHECK} | Odd. |`, `| \`_b_\` | *str* | ${CHECK} | Odd. |`)).toEqual(["a__", "_b_"]);
    // A table that has the key `from` as well keeps `from_` as written: the two stay apart.
    expect(names(header, `| \`from\` | *str* | ${CHECK} | Start. |`, `| \`from_\` | *str* | ${CHECK} | Also start. |`)).toEqual(["from", "from_"]);
    // TypeScript's docs name the key as it is.
    expect(names(header, `| \`from_\` | *string* | ${CHECK} | Start. |`, `| \`count\` | *number* | ${CHECK} | How many. |`)).toEqual(["from_", "count"]);
  });

  it("types `*Nullable[Any]*` as unknown, which already holds null", () => {
    expect(typeOf("*Nullable[Any]*")).toEqual(unknown);
    expect(typeOf("List[*Optional[Any]*]")).toEqual({ kind: "array", items: unknown });
  });

  it("types `*ReadableStream<Uint8Array>*` as binary", () => {
    expect(typeOf("*ReadableStream<Uint8Array>*")).toEqual(binary);
  });

  it('types a cell `*"fast"* \\| *"slow"*` as a union of literals', () => {
    expect(typeOf('*"fast"* \\| *"slow"*')).toEqual({
      kind: "union",
      members: [
        { kind: "literal", value: "fast" },
        { kind: "literal", value: "slow" },
      ],
    });
  });

  it("types the Python docs' sync-or-async event stream union as one stream", () => {
    const type = typeOf("*Union[eventstreaming.EventStream[models.Event], eventstreaming.EventStreamAsync[models.Event]]*");
    expect(type).toMatchObject({ kind: "stream", events: { kind: "ref", name: "Event", namespace: "models" } });
  });

  it("types Python's generators of events as streams, whatever they send and return", () => {
    for (const cell of ["*Generator[models.Event, None, None]*", "*AsyncGenerator[models.Event, None]*", "*Union[Generator[models.Event, None, None], AsyncGenerator[models.Event, None]]*"]) {
      expect(typeOf(cell)).toMatchObject({ kind: "stream", events: { kind: "ref", name: "Event", namespace: "models" } });
    }
  });
});

describe("null in TypeScript docs", () => {
  /** A spec with fields `name` and `nickname` (both `*string*`, ✓) and the given Example Usage block. */
  function withExample(fence: string, code: string): Array<[string, TypeNode]> {
    const source = spec(
      "# Person",
      "",
      "## Example Usage",
      "",
      "```" + fence,
      code,
      "```",
      "",
      "## Fields",
      "",
      "| Field | Type | Required | Description |",
      "| - | - | - | - |",
      `| \`name\` | *string* | ${CHECK} | N/A |`,
      `| \`nickname\` | *string* | ${CHECK} | N/A |`,
    );
    const shape = build(source).models[0]!.shape;
    return shape.kind === "object" ? shape.fields.map((f) => [f.name, f.type]) : [];
  }

  it("makes a field nullable when the TypeScript example sets it to null: the docs show null nowhere else", () => {
    expect(withExample("typescript", 'let value: Person = { name: "Ada", nickname: null };')).toEqual([
      ["name", string],
      ["nickname", orNull(string)],
    ]);
  });

  /** Each field's name and whether it may be absent, of a model with this example and these `[name, type]` rows, all required (✓). */
  function optionality(title: string, fence: string, code: string, rows: Array<[string, string]>): Array<[string, boolean]> {
    const table = rows.map(([name, type]) => `| \`${name}\` | ${type} | ${CHECK} | N/A |`);
    const source = spec(`# ${title}`, "", "## Example Usage", "", "```" + fence, code, "```", "", "## Fields", "", "| Field | Type | Required | Description |", "| - | - | - | - |", ...table);
    const shape = build(source).models[0]!.shape;
    return shape.kind === "object" ? shape.fields.map((f) => [f.name, f.optional]) : [];
  }

  it("makes a field the TypeScript example leaves out optional, though marked required: the example is a value of the SDK's type", () => {
    const fields = (fence: string, code: string) => optionality("Person", fence, code, [["name", "*string*"], ["action", "*string*"]]);
    expect(fields("typescript", 'let value: Person = { name: "Ada" };')).toEqual([["name", false], ["action", true]]);
    // An example that is no object, or that cannot be read, says nothing of the fields; nor does Python's.
    expect(fields("typescript", "let value: Person = makePerson();")).toEqual([["name", false], ["action", false]]);
    expect(fields("typescript", 'let value: Person = { ...base, name: "Ada" };')).toEqual([["name", false], ["action", false]]);
    expect(fields("typescript", 'let value: Person = { [key]: "Ada" };')).toEqual([["name", false], ["action", false]]);
    expect(fields("python", 'value = Person(name="Ada")')).toEqual([["name", false], ["action", false]]);
    // The keys decide, whatever the values: an SDK's enum member, a call, a name.
    expect(fields("typescript", "let value: Person = { name: PersonName.Ada };")).toEqual([["name", false], ["action", true]]);
    // An example that sets a key the table does not have is no value of the SDK's type: it says nothing.
    expect(fields("typescript", 'let value: Person = { Name: "Ada" };')).toEqual([["name", false], ["action", false]]);
    // The model's value is the declaration its type annotates, not a part declared before it.
    expect(fields("typescript", 'const part = { action: "go" };\nlet value: Person = { name: "Ada", ...{} };')).toEqual([["name", false], ["action", false]]);
    expect(fields("typescript", 'const part = { action: "go" };\nlet value: Person = { name: "Ada" };')).toEqual([["name", false], ["action", true]]);
    expect(fields("typescript", 'let value: Person = { "name": await openAsBlob("a"), action };')).toEqual([["name", false], ["action", false]]);
  });

  it("keeps a field of the SDK's own objects required where the example leaves it out: Speakeasy cannot write one", () => {
    const fields = (code: string, type: string) => optionality("HTTPMetadata", "typescript", code, [["url", "*string*"], ["request", type]]);
    expect(fields("let value: HTTPMetadata = {};", "*Request*")).toEqual([["url", true], ["request", false]]);
    expect(fields("let value: HTTPMetadata = {};", "[Response](https://developer.mozilla.org/en-US/docs/Web/API/Response)")).toEqual([["url", true], ["request", false]]);
    // A type mdspec reads, linked to its docs elsewhere, is one the example can write: left out, it may be absent.
    expect(fields("let value: HTTPMetadata = {};", "[Date](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date)")).toEqual([["url", true], ["request", true]]);
    expect(fields("let value: HTTPMetadata = {};", "[components.Request](request.md)")).toEqual([["url", true], ["request", true]]);
  });

  it("leaves Python docs to their wrappers: an example's None changes nothing", () => {
    expect(withExample("python", 'value: Person = {"name": "Ada", "nickname": None}')).toEqual([
      ["name", string],
      ["nickname", string],
    ]);
  });

  it("keeps the nulls below the model's own fields for the resolve stage, which follows them into other models", () => {
    const source = spec(
      "# Person",
      "## Example Usage",
      "```typescript",
      'let value: Person = { name: null, home: { city: null }, pets: [{ name: "Rex", vet: null }] };',
      "```",
      "## Fields",
      "| Field | Type | Required | Description |",
      "| - | - | - | - |",
      `| \`name\` | *string* | ${CHECK} | N/A |`,
    );
    expect(build(source).models[0]!.exampleNulls).toEqual([["home", "city"], ["pets", 0, "vet"]]);
  });
});
