/**
 * OpenAPI Generator's model docs, as its clients in several languages write
 * them: the `## Properties` table, its Notes, the `## Enum` forms, and the
 * type cells' syntax.
 */
import { describe, expect, it } from "vitest";
import type { FieldRow, SpecDocument, ValuesSection } from "../../src/parse/document.js";
import { parseSpecText } from "../../src/parse/parse-spec.js";

function spec(...lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

function document(source: string): SpecDocument {
  const result = parseSpecText("V1Thing.md", source);
  expect(result.diagnostics).toEqual([]);
  return result.document!;
}

const FOOTER = "[[Back to Model list]](../README.md#documentation-for-models) [[Back to API list]](../README.md#documentation-for-api-endpoints) [[Back to README]](../README.md)";

/** A Python client's model page with these rows under its `Name | Type | Description | Notes` header. */
function pythonModel(...rows: string[]): string {
  return spec("# V1Thing", "", "A thing.", "", "## Properties", "", "Name | Type | Description | Notes", "------------ | ------------- | ------------- | -------------", ...rows, "", "## Example", "", "```python", "from kubernetes.client.models.v1_thing import V1Thing", "```", FOOTER);
}

function fields(source: string): Array<Omit<FieldRow, "at" | "type"> & { type: unknown }> {
  const model = document(source).models[0]!;
  if (model.section.kind !== "fields") throw new Error(`expected fields, got ${model.section.kind}`);
  return model.section.fields.map(({ at: _at, type, ...rest }) => ({ ...rest, type: JSON.parse(JSON.stringify(type, (k, v: unknown) => (k === "at" ? undefined : v))) }));
}

describe("the Properties table", () => {
  it("reads bold names and types; a field is required unless its Notes say [optional]", () => {
    const source = pythonModel("**api_version** | **str** | APIVersion defines the schema. | [optional] ", "**name** | **str** | Name of the container. | ");
    expect(document(source).dialect).toBe("openapi-generator");
    expect(fields(source)).toEqual([
      { name: "api_version", type: { kind: "name", name: "str" }, required: false, description: "APIVersion defines the schema.", examples: [] },
      { name: "name", type: { kind: "name", name: "str" }, required: true, description: "Name of the container.", examples: [] },
    ]);
  });

  it("reads a Go pointer (`Pointer to **X**`) as a field that may be absent, though the Notes say nothing (twilio's docs)", () => {
    const source = pythonModel("**ErrorCode** | Pointer to **int** | The error code. | ", "**Sid** | **string** |  | ", "**Body** | Pointer to **string** |  | [optional] ");
    expect(fields(source).map(({ name, required }) => [name, required])).toEqual([
      ["ErrorCode", false],
      ["Sid", true],
      ["Body", false],
    ]);
  });

  it("names the model without the namespace some clients put in the title", () => {
    const named = (title: string) => document(pythonModel("**name** | **str** |  | ").replace("# V1Thing", `# ${title}`)).models[0]!.name;
    expect(named("Petstore::Pet")).toBe("Pet"); // Ruby
    expect(named("petstore::Pet")).toBe("Pet"); // R
    expect(named("Org.OpenAPITools.Model.Pet")).toBe("Pet"); // C#
    expect(named(".Pet")).toBe("Pet"); // typescript-axios
    expect(named("# Pet")).toBe("Pet"); // PHP: `# # Pet`
    expect(named("V1Thing")).toBe("V1Thing");
    expect(named("Pet Store")).toBe("Pet Store");
  });

  it("reads a type an unescaped `|` cut in two cells as one, with a warning (typescript-axios's nullable items)", () => {
    const source = pythonModel("**tags** | **Array&lt;string | null&gt;** | The tags. | [optional]", "**name** | **str** | Its name. | ");
    const result = parseSpecText("V1Thing.md", source);
    expect(result.diagnostics.map((d) => [d.rule, d.severity, "start" in d.at ? d.at.start.line : d.at.line])).toEqual([["split-cell", "warning", 9]]);
    const section = result.document!.models[0]!.section;
    const rows = section.kind === "fields" ? section.fields.map(({ name, required, description }) => [name, required, description]) : [];
    expect(rows).toEqual([
      ["tags", false, "The tags."],
      ["name", true, "Its name."],
    ]);
    const type = section.kind === "fields" ? JSON.parse(JSON.stringify(section.fields[0]!.type, (k, v: unknown) => (k === "at" ? undefined : v))) : undefined;
    expect(type).toEqual({ kind: "generic", name: "Array", args: [{ kind: "union", members: [{ kind: "name", name: "string" }, { kind: "name", name: "null" }] }] });
  });

  it("reads a description an unescaped `|` cut as one cell, as written, so the Notes stay Notes (Kubernetes' V1ExecAction)", () => {
    const source = pythonModel(
      "**command** | **List[str]** | It is not run inside a shell, so shell instructions (&#39;|&#39;, etc) won&#39;t work. | [optional]",
      "**format** | **str** | Matches ^6(?:011|5[0-9]{2})$ or  | 3[47] here. | [optional]",
      "**name** | **str** | Its name. | ",
      // A required field's Notes are empty, a cell GFM does not count: the row has as many cells as the header.
      "**kind** | **str** | file | image. | ",
    );
    const result = parseSpecText("V1Thing.md", source);
    expect(result.diagnostics.map((d) => [d.rule, d.severity, d.message])).toEqual([
      ["split-cell", "warning", 'the Description cell of field "command" holds a `|`, which ends a table cell; it is read as one cell'],
      ["split-cell", "warning", 'the Description cell of field "format" holds a `|`, which ends a table cell; it is read as one cell'],
      ["split-cell", "warning", 'the Description cell of field "kind" holds a `|`, which ends a table cell; it is read as one cell'],
    ]);
    const section = result.document!.models[0]!.section;
    const rows = section.kind === "fields" ? section.fields.map(({ name, required, description }) => [name, required, description]) : [];
    expect(rows).toEqual([
      ["command", false, "It is not run inside a shell, so shell instructions ('|', etc) won't work."],
      ["format", false, "Matches ^6(?:011|5[0-9]{2})$ or  | 3[47] here."],
      ["name", true, "Its name."],
      ["kind", true, "file | image."],
    ]);
  });

  it("reads a Required column where a vendor's template adds one (Xendit's `☑️`), and drops the empty cells a row has past its header", () => {
    const source = spec(
      "# FeeResponse",
      "",
      "## Properties",
      "",
      "| Name | Type | Required | Description | Examples |",
      "|------------ | ------------- | ------------- | ------------- | -------------|",
      "| **xenditFee** |number | ☑️ | Amount of the fee. | | |",
      "| **withholdingTax** |number | | Amount withheld. | | |",
    );
    // fields() holds the page to no diagnostics: no split-cell warning for the empty cells.
    expect(fields(source).map(({ name, required, description }) => [name, required, description])).toEqual([
      ["xenditFee", true, "Amount of the fee."],
      ["withholdingTax", false, "Amount withheld."],
    ]);
  });

  it("reads the required mark Dropbox Sign's templates put after a name (`` `name`<sup>*_required_</sup> ``) as the field's being required", () => {
    const source = spec(
      "# # SubSignatureRequestSigner",
      "",
      "## Properties",
      "",
      "Name | Type | Description | Notes",
      "------------ | ------------- | ------------- | -------------",
      "| `name`<sup>*_required_</sup> | ```string``` |  The name of the signer.  |  |",
      "| `order` | ```number``` |  The order.  |  |",
    );
    expect(fields(source).map(({ name, required }) => [name, required])).toEqual([
      ["name", true],
      ["order", false],
    ]);
  });

  it("reads a trailing pipe as an empty last cell only where the header does not close with one, nor the row open with one", () => {
    const rows = (header: string, ...lines: string[]) => {
      const result = parseSpecText("V1Thing.md", spec("# V1Thing", "", "## Properties", "", header, "--- | --- | --- | ---", ...lines));
      const section = result.document!.models[0]!.section;
      const fields = section.kind === "fields" ? section.fields.map(({ name, required, description }) => [name, required, description]) : [];
      return { fields, rules: result.diagnostics.map((d) => d.rule) };
    };
    // A header that closes with a pipe: each row's last pipe closes it.
    expect(rows("Name | Type | Description | Notes |", "**id** | **int** | The id. | (deprecated) |")).toEqual({ fields: [["id", true, "The id."]], rules: [] });
    // A row that opens with a pipe under a header that does not.
    expect(rows("Name | Type | Description | Notes", "| **id** | **int** | The id. | [optional] |")).toEqual({ fields: [["id", false, "The id."]], rules: [] });
    // A required row whose type a pipe cut, its empty Notes uncounted.
    expect(rows("Name | Type | Description | Notes", '**mode** | `"a" | "b"` | The mode. | ')).toEqual({ fields: [["mode", true, "The mode."]], rules: ["split-cell"] });
  });

  it("reads Notes an unescaped `|` in a pattern cut as one cell, so the description keeps its cell (the R client)", () => {
    const source = pythonModel("**notes** | **character** | DACC internal notes. | [optional] [Pattern: ^(\\S+(\\s|\\S)*\\S+|\\S)$]", "**name** | **character** | Its name. | ");
    const result = parseSpecText("V1Thing.md", source);
    expect(result.diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ["split-cell", 'the Notes cell of field "notes" holds a `|`, which ends a table cell; it is read as one cell'],
    ]);
    const section = result.document!.models[0]!.section;
    const rows = section.kind === "fields" ? section.fields.map(({ name, required, description }) => [name, required, description]) : [];
    expect(rows).toEqual([
      ["notes", false, "DACC internal notes."],
      ["name", true, "Its name."],
    ]);
  });

  it("keeps the description and the title's paragraph, but not the Example section or the footer", () => {
    const model = document(pythonModel("**name** | **str** |  | ")).models[0]!;
    expect(model.description).toBe("A thing.");
    expect(model.examples).toEqual([]);
  });

  it("keeps a description that opens with a heading as deep as the title (typescript-axios's `# Ory's OAuth 2.0 …`) as the description", () => {
    const source = spec("# DeviceAuthorization", "", "# Ory\\'s OAuth 2.0 Device Authorization API", "", "## Properties", "", "Name | Type | Description | Notes", "------------ | ------------- | ------------- | -------------", "**device_code** | **string** | The code. | [optional]", "", FOOTER);
    const { models } = document(source);
    expect(models.map((model) => [model.name, model.description, model.section.kind])).toEqual([["DeviceAuthorization", "# Ory's OAuth 2.0 Device Authorization API", "fields"]]);
    // A heading that could be a model's name still ends the title's part of the page.
    const result = parseSpecText("V1Thing.md", spec("# Thing", "", "# Other", "", "## Properties", "", "Name | Type | Description | Notes", "------------ | ------------- | ------------- | -------------", "**a** | **string** | A. |"));
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["missing-section"]);
    expect(result.document!.models.map((model) => model.name)).toEqual(["Other"]);
  });

  it("reads [readonly], [default to …] and `must be one of […]` from the Notes", () => {
    const source = pythonModel(
      "**policy** | **str** | How. | [optional] [default to &#39;IfNotPresent&#39;]",
      "**path** | **str** | Where. | [optional] [readonly]",
      '**status** | **str** | pet status | [optional]  must be one of ["available", "pending", "sold", ] ',
      '**kind** | **str** |  | defaults to "pod"',
      "**size** | **number** |  | [optional] [default to undefined]",
    );
    expect(fields(source).map(({ name, required, default: fallback, readonly, oneOf }) => ({ name, required, fallback, readonly, oneOf }))).toEqual([
      { name: "policy", required: false, fallback: "'IfNotPresent'", readonly: undefined, oneOf: undefined },
      { name: "path", required: false, fallback: undefined, readonly: true, oneOf: undefined },
      { name: "status", required: false, fallback: undefined, readonly: undefined, oneOf: ["available", "pending", "sold"] },
      { name: "kind", required: true, fallback: '"pod"', readonly: undefined, oneOf: undefined },
      // typescript-axios writes `[default to undefined]` for a field without a default.
      { name: "size", required: false, fallback: undefined, readonly: undefined, oneOf: undefined },
    ]);
  });

  it("decodes quotes written as HTML entities, and leaves other entities to markdown", () => {
    const source = pythonModel("**protocol** | **str** | Defaults to \\&quot;TCP\\&quot;. The pod&#39;s IP, 0 &lt; x. | [optional] ");
    expect(fields(source)[0]!.description).toBe(`Defaults to "TCP". The pod's IP, 0 &lt; x.`);
  });

  it("drops the backslash typescript-axios writes before a quote (`action\\'s`), but in code", () => {
    const source = spec("# Action", "", "An action\\'s slot, \\\"quoted\\\".", "", "## Properties", "", "Name | Type | Description | Notes", "--- | --- | --- | ---", "**source** | **string** | The integrator\\'s adapter; `a\\'b` stays. | [optional]");
    const document = parseSpecText("Action.md", source).document!;
    expect(document.models[0]!.description).toBe(`An action's slot, "quoted".`);
    expect(fields(source)[0]!.description).toBe("The integrator's adapter; `a\\'b` stays.");
  });

  it.each([
    ["a code span with a backtick inside", "``a`b\\\"`` and \\\"c\\\"", '``a`b\\"`` and "c"'],
    ["an escaped backslash before a quote", 'a \\\\\\" b', 'a \\\\" b'],
    ["a backtick run that never closes", "`a \\' b", "`a ' b"],
    ["a longer run that never closes, before a span", "``a` \\' b`", "``a` \\' b`"],
  ])("keeps code as written where it drops a quote's backslash: %s", (_, written, read) => {
    const source = spec("# Action", "", written, "", "## Properties", "", "Name | Type | Description | Notes", "--- | --- | --- | ---", `**source** | **string** | ${written} | [optional]`);
    expect(parseSpecText("Action.md", source).document!.models[0]!.description).toBe(read);
    expect(fields(source)[0]!.description).toBe(read);
  });

  it("keeps a model description's code blocks as written", () => {
    const source = spec("# Action", "", "Run it:", "", "    printf \"say \\\"hi\\\"\"", "", "~~~sh", 'curl -d "{\\"a\\":1}"', "~~~", "", "## Properties", "", "Name | Type | Description | Notes", "--- | --- | --- | ---", "**id** | **str** | The id. | ");
    expect(parseSpecText("Action.md", source).document!.models[0]!.description).toBe('Run it:\n\n    printf "say \\"hi\\""\n\n~~~sh\ncurl -d "{\\"a\\":1}"\n~~~');
  });

  it("takes every field as optional in a table without a Notes column (typescript-fetch)", () => {
    const source = spec("", "# Order", "", "## Properties", "", "Name | Type", "------------ | -------------", "`id` | number", "`lines` | [Array&lt;OrderLine&gt;](OrderLine.md)");
    expect(fields(source).map((f) => [f.name, f.required, f.type])).toEqual([
      ["id", false, { kind: "name", name: "number" }],
      ["lines", false, { kind: "generic", name: "Array", args: [{ kind: "name", name: "OrderLine", link: "OrderLine.md" }] }],
    ]);
  });

  it("reads a table with outer pipes (Java) as well as one without", () => {
    const source = spec("# Pet", "", "## Properties", "", "| Name | Type | Description | Notes |", "|------------ | ------------- | ------------- | -------------|", "|**id** | **Long** |  |  [optional] |", "|**name** | **String** |  |  |");
    expect(fields(source).map((f) => [f.name, f.required])).toEqual([
      ["id", false],
      ["name", true],
    ]);
  });

  it("reads a page with YAML front matter, and passes over the kramdown attribute list under its table", () => {
    const source = spec("---", "title: Pet", "---", "# Pet", "", "## Properties", "", "Name | Type | Description | Notes", "--- | --- | --- | ---", "**id** | **int** |  | [optional]", '{: class="table table-striped"}', "", FOOTER);
    expect(document(source).models.map((m) => m.name)).toEqual(["Pet"]);
    expect(fields(source).map((f) => [f.name, f.required])).toEqual([["id", false]]);
  });

  it("names a page without a `# Title` by its front matter's title, as docs published with Jekyll do", () => {
    const page = (...matter: string[]) =>
      spec("---", ...matter, "---", "## ININ.PureCloudApi.Model.EmailAddress", "", "## Properties", "", "|Name | Type | Description | Notes|", "|--- | --- | --- | ---|", "| **Email** | **string** |  | [optional] |", '{: class="table table-striped"}');
    expect(document(page("title: EmailAddress")).models.map((m) => m.name)).toEqual(["EmailAddress"]);
    expect(document(page('title: "EmailAddress"', "layout: page")).models.map((m) => m.name)).toEqual(["EmailAddress"]);
    // The title as YAML gives it: quoted, with an apostrophe, or emphasis-like text kept as written.
    expect(document(page("title: Pet's address", "layout: page")).models.map((m) => m.name)).toEqual(["Pet's address"]);
    expect(document(page("title: __EmailAddress__")).models.map((m) => m.name)).toEqual(["__EmailAddress__"]);
    // A `title` that is not the front matter's own is no title.
    expect(parseSpecText("Email.md", page("seo:", "  title: EmailAddress")).diagnostics.map((d) => d.rule)).toEqual(["missing-model-heading"]);
    expect(fields(page("title: EmailAddress")).map((f) => [f.name, f.required])).toEqual([["Email", false]]);
    // Without a title in the front matter, the page still has no title.
    expect(parseSpecText("Email.md", page("layout: page")).diagnostics.map((d) => d.rule)).toEqual(["missing-model-heading"]);
  });
});

describe("type cells", () => {
  const typeOf = (cell: string) => fields(pythonModel(`**a** | ${cell} |  | `))[0]!.type;

  it.each([
    ["[**List[V1Container]**](V1Container.md)", { kind: "generic", name: "List", args: [{ kind: "name", name: "V1Container", link: "V1Container.md" }] }],
    ["[**Dict[str, V1Volume]**](V1Volume.md)", { kind: "generic", name: "Dict", args: [{ kind: "name", name: "str", link: "V1Volume.md" }, { kind: "name", name: "V1Volume", link: "V1Volume.md" }] }],
    ["**Array&lt;string&gt;**", { kind: "generic", name: "Array", args: [{ kind: "name", name: "string" }] }],
    ["**dict(str, str)**", { kind: "generic", name: "dict", args: [{ kind: "name", name: "str" }, { kind: "name", name: "str" }] }],
    ["**[str]**", { kind: "array", items: { kind: "name", name: "str" } }],
    ["[**[Tag]**](Tag.md)", { kind: "array", items: { kind: "name", name: "Tag", link: "Tag.md" } }],
    ["**{str: (bool, none_type)}**", { kind: "index-signature", values: { kind: "union", members: [{ kind: "name", name: "bool" }, { kind: "name", name: "none_type" }] } }],
    ["**str, none_type**", { kind: "union", members: [{ kind: "name", name: "str" }, { kind: "name", name: "none_type" }] }],
    ["**{ [key: string]: string; }**", { kind: "index-signature", values: { kind: "name", name: "string" } }],
    // Java's map of an inline enum, linked to its anchor with a destination markdown cannot read as a link's.
    [
      "[**Map&lt;String, InnerEnum&gt;**](#Map&lt;String, InnerEnum&gt;)",
      { kind: "generic", name: "Map", args: [{ kind: "name", name: "String", link: "#Map<String, InnerEnum>" }, { kind: "name", name: "InnerEnum", link: "#Map<String, InnerEnum>" }] },
    ],
  ])("reads %s", (cell, expected) => {
    expect(typeOf(cell)).toEqual(expected);
  });
});

describe("enums", () => {
  function values(source: string): ValuesSection["values"] {
    const section = document(source).models[0]!.section;
    if (section.kind !== "values") throw new Error(`expected values, got ${section.kind}`);
    return section.values;
  }

  it("reads `## Enum` with one `NAME (value: …)` item per value", () => {
    const source = spec("# PodPhase", "", "The phase.", "", "## Enum", "", "* `PENDING` (value: `'Pending'`)", "", '* `RUNNING` (value: `"Running"`)', "", "* `NUMBER_1` (value: `1`)", "", FOOTER);
    expect(values(source).map((v) => v.value)).toEqual(["Pending", "Running", 1]);
    expect(document(source).dialect).toBe("openapi-generator");
  });

  it("reads `UNKNOWN_DEFAULT_OPEN_API`, the client's stand-in for values it does not know, as an open enum without that value", () => {
    const items = ["* `PLACED` (value: `'placed'`)", "", "* `UNKNOWN_DEFAULT_OPEN_API` (value: `'unknown_default_open_api'`)"];
    const source = spec("# OuterEnum", "", "## Enum", "", ...items, "", FOOTER);
    const section = document(source).models[0]!.section;
    expect(section).toMatchObject({ kind: "values", open: true, values: [{ value: "placed" }] });
    const table = spec("# Pet", "", "## Enum", "", "| Name | Value |", "|---- | -----|", "| PLACED | &quot;placed&quot; |", "| UNKNOWN_DEFAULT_OPEN_API | &quot;unknown_default_open_api&quot; |");
    expect(document(table).models[0]!.section).toMatchObject({ kind: "values", open: true, values: [{ value: "placed" }] });
    expect(document(spec("# OuterEnum", "", "## Enum", "", items[0]!, "", FOOTER)).models[0]!.section).toMatchObject({ open: false });
  });

  it("reads a vendor's own stand-in, written bare among quoted values (Xendit's `UNKNOWN_ENUM_VALUE`), as an open enum without it", () => {
    const items = ["* `Pending` (value: `'PENDING'`)", "", "* `XenditEnumDefaultFallback` (value: `UNKNOWN_ENUM_VALUE`)"];
    expect(document(spec("# InvoiceStatus", "", "## Enum", "", ...items, "", FOOTER)).models[0]!.section).toMatchObject({ kind: "values", open: true, values: [{ value: "PENDING" }] });
    // Where every value is bare, an UNKNOWN is one of them.
    const bare = ["* `Pending` (value: `PENDING`)", "", "* `Unknown` (value: `UNKNOWN`)"];
    expect(document(spec("# Status", "", "## Enum", "", ...bare, "", FOOTER)).models[0]!.section).toMatchObject({ open: false, values: [{ value: "PENDING" }, { value: "UNKNOWN" }] });
  });

  it("reads the Java client's `## oneOf schemas` and `## anyOf schemas` lists of links as the union of the members, with null where the class is nullable", () => {
    const oneOf = document(spec("# ChargeResponsePaymentMethod", "", "## oneOf schemas", "* [PaymentMethodBankTransfer](PaymentMethodBankTransfer.md)", "* [PaymentMethodCash](PaymentMethodCash.md)", "", "## Example", "```java", "import x;", "```"));
    expect(oneOf.dialect).toBe("openapi-generator");
    expect(oneOf.models[0]!.section).toMatchObject({
      kind: "union",
      members: [
        { kind: "name", name: "PaymentMethodBankTransfer", link: "PaymentMethodBankTransfer.md" },
        { kind: "name", name: "PaymentMethodCash", link: "PaymentMethodCash.md" },
      ],
    });
    // A member whose name has a space is no link to markdown: its text is the type.
    const map = document(spec("# CountsOrName", "", "## oneOf schemas", "* [Map<String, Integer>](Map<String, Integer>.md)", "* [List<Pet>](List<Pet>.md)", "* [String](String.md)"));
    expect(map.models[0]!.section).toMatchObject({
      kind: "union",
      members: [{ kind: "generic", name: "Map", args: [{ name: "String" }, { name: "Integer" }] }, { kind: "generic", name: "List", args: [{ name: "Pet" }] }, { kind: "name", name: "String" }],
    });
    const anyOf = document(spec("# TimeSeriesScalarValue", "", "## anyOf schemas", "* [Double](Double.md)", "* [String](String.md)", "", "NOTE: this class is nullable.", "", FOOTER));
    expect(anyOf.models[0]!.section).toMatchObject({ kind: "union", members: [{ name: "Double" }, { name: "String" }, { kind: "name", name: "null" }] });
  });

  it("reads Kotlin's list, indented four spaces (a code block to markdown), as the list it is, with its stand-in in lowercase", () => {
    const source = spec("# StringCode", "", "## Enum", "", "", "    * `hello` (value: `\"hello\"`)", "", "    * `world` (value: `\"world\"`)", "", "    * `unknown_default_open_api` (value: `\"unknown_default_open_api\"`)", "", FOOTER);
    const section = document(source).models[0]!.section;
    expect(section).toMatchObject({ kind: "values", open: true, values: [{ value: "hello" }, { value: "world" }] });
    // Each value where the file has it: `hello` at line 6, column 7.
    expect((section as ValuesSection).values[0]!.at).toEqual({ start: { line: 6, column: 7 }, end: { line: 6, column: 33 } });
    const numbers = spec("# Code", "", "## Enum", "", "", "    * `_0` (value: `0`)", "", "    * `_1` (value: `1`)", "");
    expect(document(numbers).models[0]!.section).toMatchObject({ values: [{ value: 0 }, { value: 1 }], open: false });
    // A block of anything else is still read as a union of values.
    expect(document(spec("# Code", "", "## Enum", "", "    \"a\" | \"b\"", "")).models[0]!.section).toMatchObject({ values: [{ value: "a" }, { value: "b" }] });
  });

  it("reads a named value whose quotes are HTML entities (`&quot;_abc&quot;`), or that holds a backtick, as written", () => {
    const source = spec("# EnumClass", "", "## Enum", "", "* `_ABC` (value: `&quot;_abc&quot;`)", "", "* `FOO_BAR` (value: `\"foo`bar\"`)", "", "* `X` (value: `&#39;x&#39;`)", "", FOOTER);
    expect(values(source).map((v) => v.value)).toEqual(["_abc", "foo`bar", "x"]);
  });

  it("reads the Rust client's `## Enum Variants`: an enum of its Value column, or else a union of the types its variants are named for", () => {
    const variants = (header: string, ...rows: string[]) => spec("# AttachmentType", "", "## Enum Variants", "", header, "|---- | -----|", ...rows, "", FOOTER);
    const enumPage = document(variants("| Name | Value |", "| Image | image |", "| File | file |"));
    expect(enumPage.dialect).toBe("openapi-generator");
    expect(enumPage.models[0]!.section).toMatchObject({ kind: "values", open: false, values: [{ value: "image" }, { value: "file" }] });
    // A discriminated oneOf: the Value column holds the discriminator's values, and each variant has a heading below.
    const discriminated = document(`${variants("| Name | Value |", "| Cat | cat |", "| Dog | dog |")}\n## Cat\n\nName | Type | Description | Notes\n--- | --- | --- | ---\n**name** | **String** |  | \n\n## Dog\n`);
    expect(discriminated.models[0]!.section).toMatchObject({ kind: "union", members: [{ kind: "name", name: "Cat" }, { kind: "name", name: "Dog" }] });
    const oneOf = document(variants("| Name | Description |", "| ResponseFormatText | Plain text. |", "| String | A format's name. |"));
    expect(oneOf.models[0]!.section).toMatchObject({
      kind: "union",
      members: [
        { kind: "name", name: "ResponseFormatText", at: { start: { line: 7, column: 3 } } },
        { kind: "name", name: "String" },
      ],
    });
  });

  it("reads the values older Java clients write as Java (`String.valueOf(\"a\")`, `Integer.valueOf(-2)`) as those values", () => {
    const table = (...values: string[]) => spec("# EnumTest", "", "## Enum", "", "| Name | Value |", "|---- | -----|", ...values.map((value, i) => `| V${i} | ${value} |`));
    expect(document(table("String.valueOf(&quot;UPPER&quot;)", "String.valueOf(&quot;lower&quot;)")).models[0]!.section).toMatchObject({ values: [{ value: "UPPER" }, { value: "lower" }] });
    expect(document(table("Integer.valueOf(1)", "Integer.valueOf(-2)", "Double.valueOf(1.1)")).models[0]!.section).toMatchObject({ values: [{ value: 1 }, { value: -2 }, { value: 1.1 }] });
  });

  it("reads a Java number with its type's suffix (`1L`, `1.1d`) as that number where its name is a number's, and `new BigDecimal(7)`", () => {
    const table = (...rows: Array<[string, string]>) => spec("# EnumTest", "", "## Enum", "", "| Name | Value |", "|---- | -----|", ...rows.map(([name, value]) => `| ${name} | ${value} |`));
    const valuesOf = (source: string) => values(source).map((v) => v.value);
    expect(valuesOf(table(["NUMBER_1_DOT_1", "1.1d"], ["NUMBER_MINUS_1_DOT_2", "-1.2d"], ["NUMBER_10", "10.0f"]))).toEqual([1.1, -1.2, 10]);
    expect(valuesOf(spec("# LongEnum", "", "## Enum", "", "* `NUMBER_1` (value: `1L`)", "", "* `NUMBER_2` (value: `2L`)", "", FOOTER))).toEqual([1, 2]);
    expect(valuesOf(table(["NUMBER_7", "new BigDecimal(7)"], ["NUMBER_1_DOT_5", "new BigDecimal(&quot;1.5&quot;)"]))).toEqual([7, 1.5]);
    // Elsewhere such a value is the string it looks like: a week is `7d`.
    expect(valuesOf(table(["_7D", "7d"], ["_30D", "30d"]))).toEqual(["7d", "30d"]);
    expect(valuesOf(spec("# Range", "", "## Enum", "", "Name | Value", "---- | -----", "range | 7d, 30d, 1L"))).toEqual(["7d", "30d", "1L"]);
  });

  it("reads the Ruby client's oneOf, a `## Class instance methods` section, as the union of the members `openapi_one_of` lists", () => {
    const source = spec(
      "# IntersightClient::AdapterUnitRelationship",
      "",
      "## Class instance methods",
      "",
      "### `openapi_one_of`",
      "",
      "Returns the list of classes defined in oneOf.",
      "",
      "#### Example",
      "",
      "```ruby",
      "IntersightClient::AdapterUnitRelationship.openapi_one_of",
      "# =>",
      "# [",
      "#   :'AdapterUnit',",
      "#   :'Array<String>',",
      "#   :'Null'",
      "# ]",
      "```",
      "",
      "### `openapi_discriminator_name`",
      "",
      "```ruby",
      "IntersightClient::AdapterUnitRelationship.openapi_discriminator_name",
      "# => :'class_id'",
      "```",
      "",
    );
    const parsed = document(source);
    expect(parsed.dialect).toBe("openapi-generator");
    expect(parsed.models.map((m) => m.name)).toEqual(["AdapterUnitRelationship"]);
    expect(JSON.parse(JSON.stringify(parsed.models[0]!.section, (k, v: unknown) => (k === "at" ? undefined : v)))).toEqual({
      kind: "union",
      members: [
        { kind: "name", name: "AdapterUnit" },
        { kind: "generic", name: "Array", args: [{ kind: "name", name: "String" }] },
        { kind: "name", name: "null" },
      ],
    });
    // Placed where the member's name is written.
    expect(parsed.models[0]!.section.kind === "union" && parsed.models[0]!.section.members[0]!.at).toEqual({ start: { line: 15, column: 7 }, end: { line: 15, column: 18 } });
  });

  it("reads twilio's Go enum, a `Name | Type | Notes` table, by the values its Notes give", () => {
    const source = spec("# AccountStatus", "", "## Enum", "", "Name | Type | Notes", "------------ | ------------- | -------------", '**ACTIVE** | string | (value: `"active"`)', '**CLOSED** | string | (value: `"closed"`)', "", FOOTER);
    expect(values(source).map((v) => v.value)).toEqual(["active", "closed"]);
  });

  it("reads the Scala clients' `Allowed values: [a, b]` line as the values", () => {
    const page = (line: string) =>
      spec("# Pet", "", "## Properties", "", "Name | Type | Description | Notes", "--- | --- | --- | ---", "**status** | [**Status**](#Status) |  | [optional]", "", "## Enum: Status", line, "");
    const valuesOf = (line: string) => (document(page(line)).models[1]!.section as { values: Array<{ value: unknown }> }).values.map((v) => v.value);
    expect(document(page("Allowed values: [available, pending, sold]")).models[1]!.section).toMatchObject({ kind: "values", open: false });
    expect(valuesOf("Allowed values: [available, pending, sold]")).toEqual(["available", "pending", "sold"]);
    // Quoted values keep their commas; bare numbers are numbers only where every value is one.
    expect(valuesOf('Allowed values: ["a,b", c]')).toEqual(["a,b", "c"]);
    expect(valuesOf("Allowed values: [01, 1.0, x]")).toEqual(["01", "1.0", "x"]);
    expect(valuesOf("Allowed values: [1, 2]")).toEqual([1, 2]);
  });

  it("reads a `## Enum: Name` table under a model as a model of the file, named for the model and the heading", () => {
    const source = spec(
      "# Pet",
      "",
      "## Properties",
      "",
      "| Name | Type | Description | Notes |",
      "|------------ | ------------- | ------------- | -------------|",
      "|**status** | [**StatusEnum**](#StatusEnum) | pet status |  [optional] |",
      "",
      "## Enum: StatusEnum",
      "",
      "| Name | Value |",
      "|---- | -----|",
      "| AVAILABLE | &quot;available&quot; |",
      "| SOLD | &quot;sold&quot; |",
    );
    const [pet, status] = document(source).models;
    expect(pet!.name).toBe("Pet");
    // Java's `Pet.StatusEnum`: every model of a folder may have a `StatusEnum` of its own. Links use the name as written.
    expect(status).toMatchObject({ name: "PetStatusEnum", anchor: "enum-statusenum", aliases: ["StatusEnum"], description: "" });
    expect(status!.section.kind === "values" && status!.section.values.map((v) => v.value)).toEqual(["available", "sold"]);
  });

  it("reads Kotlin's `## Enum: status`, its values in one row, and the HTML anchor above it that links use", () => {
    const source = spec(
      "# Order",
      "",
      "## Properties",
      "Name | Type | Description | Notes",
      "------------ | ------------- | ------------- | -------------",
      "**status** | [**inline**](#StatusEnum) | Order Status |  [optional]",
      "",
      "",
      '<a name="StatusEnum"></a>',
      "## Enum: status",
      "Name | Value",
      "---- | -----",
      "status | placed, approved, delivered",
    );
    const [, status] = document(source).models;
    expect(status).toMatchObject({ name: "OrderStatus", anchor: "enum-status", aliases: ["status", "StatusEnum"] });
    expect(status!.section.kind === "values" && status!.section.values.map((v) => v.value)).toEqual(["placed", "approved", "delivered"]);
  });

  describe("a field the JavaScript and TypeScript clients type by its enum's base type, with the enum below the table", () => {
    const page = (title: string, rows: string[], enumTitle: string) =>
      spec(`# ${title}`, "", "## Properties", "", "Name | Type | Description | Notes", "--- | --- | --- | ---", ...rows, "", `## Enum: ${enumTitle}`, "", "* `A` (value: `\"a\"`)", "", "* `B` (value: `\"b\"`)", "");
    const typeOfField = (source: string, name: string) => document(source).models[0]!.section.kind === "fields" && (document(source).models[0]!.section as { fields: FieldRow[] }).fields.find((f) => f.name === name)!.type;

    it("links the enum named for the field (JavaScript's `AchStatusEnum` for `achStatus`)", () => {
      const source = page("Transaction", ["**achStatus** | **String** |  | [optional] ", "**type** | **String** |  | [optional] "], "AchStatusEnum");
      expect(typeOfField(source, "achStatus")).toMatchObject({ kind: "name", name: "AchStatusEnum", link: "#AchStatusEnum" });
      // A field the enum is not named for keeps its type.
      expect(typeOfField(source, "type")).toMatchObject({ kind: "name", name: "String" });
      expect(typeOfField(source, "type")).not.toHaveProperty("link");
    });

    it("links the enum named for a snake_case field as the clients camelize it (`EnumStringEnum` for `enum_string`)", () => {
      const source = page("EnumTest", ["**enum_string** | **String** |  | [optional] ", "**enum** | **String** |  | [optional] "], "EnumStringEnum");
      expect(typeOfField(source, "enum_string")).toMatchObject({ kind: "name", name: "EnumStringEnum", link: "#EnumStringEnum" });
      expect(typeOfField(source, "enum")).toMatchObject({ kind: "name", name: "String" });
    });

    it("links the enum named for the model and the field (TypeScript's `OrderStatusEnum`, `ConsumerConnection.state`)", () => {
      const order = page("Order", ["|**status** | **string** | Order Status | [optional] [default to OrderStatusEnum.Approved]|"], "OrderStatusEnum");
      expect(typeOfField(order, "status")).toMatchObject({ name: "OrderStatusEnum", link: "#OrderStatusEnum" });
      const connection = page("ConsumerConnection", ["`state` | **string** |  | [optional] "], "ConsumerConnection.state");
      expect(typeOfField(connection, "state")).toMatchObject({ name: "ConsumerConnection.state", link: "#ConsumerConnection.state" });
      // Newer typescript-axios capitalizes the field: `TrailOrder.PriceType` for `priceType`.
      const trail = page("TrailOrder", ["**priceType** | **number** |  | [optional] [default to undefined]"], "TrailOrder.PriceType");
      expect(typeOfField(trail, "priceType")).toMatchObject({ name: "TrailOrder.PriceType", link: "#TrailOrder.PriceType" });
    });

    it("links a field typed by its enum's name without a link (older Java's and C#'s `**StatusEnum**`), also in a list", () => {
      const java = page("App", ["**status** | **StatusEnum** |  | [optional]", "**tags** | **List&lt;StatusEnum&gt;** |  | [optional]"], "StatusEnum");
      expect(typeOfField(java, "status")).toMatchObject({ name: "StatusEnum", link: "#StatusEnum" });
      expect(typeOfField(java, "tags")).toMatchObject({ args: [{ name: "StatusEnum", link: "#StatusEnum" }] });
      // C# heads the enum by its name alone, above a `Name | Value` table.
      const csharp = spec("# Employee", "", "## Properties", "", "Name | Type | Description | Notes", "--- | --- | --- | ---", "**Status** | **StatusEnum** |  | [optional]", "", "## StatusEnum", "", "Name | Value", "--- | ---", '**ACTIVE** | "ACTIVE"', '**INACTIVE** | "INACTIVE"');
      const [, statusEnum] = document(csharp).models;
      expect(statusEnum).toMatchObject({ name: "EmployeeStatusEnum", aliases: ["StatusEnum"], section: { kind: "values", values: [{ value: "ACTIVE" }, { value: "INACTIVE" }] } });
      expect(typeOfField(csharp, "Status")).toMatchObject({ name: "StatusEnum", link: "#StatusEnum" });
      // A heading of another name, or above another table, is no enum.
      expect(document(spec("# Employee", "", "## Properties", "", "Name | Type | Description | Notes", "--- | --- | --- | ---", "**Status** | **string** |  | ", "", "## Status", "", "Name | Value", "--- | ---", '**A** | "A"')).models).toHaveLength(1);
    });

    const twoEnums = (title: string, rows: string[], ...enumTitles: string[]) =>
      spec(`# ${title}`, "", "## Properties", "", "Name | Type | Description | Notes", "--- | --- | --- | ---", ...rows, "", ...enumTitles.flatMap((name) => [`## Enum: ${name}`, "", "* `A` (value: `\"a\"`)", ""]));

    it("gives each enum to one field, by the naming that names the most of the page's enums", () => {
      // JavaScript: `status` and `orderStatus` have `StatusEnum` and `OrderStatusEnum`.
      const js = twoEnums("Order", ["**status** | **String** |  | ", "**orderStatus** | **String** |  | "], "StatusEnum", "OrderStatusEnum");
      expect(typeOfField(js, "status")).toMatchObject({ name: "StatusEnum" });
      expect(typeOfField(js, "orderStatus")).toMatchObject({ name: "OrderStatusEnum" });
      // TypeScript: the same fields have `OrderStatusEnum` and `OrderOrderStatusEnum`.
      const ts = twoEnums("Order", ["**status** | **string** |  | ", "**orderStatus** | **string** |  | "], "OrderStatusEnum", "OrderOrderStatusEnum");
      expect(typeOfField(ts, "status")).toMatchObject({ name: "OrderStatusEnum" });
      expect(typeOfField(ts, "orderStatus")).toMatchObject({ name: "OrderOrderStatusEnum" });
      // JavaScript, with a free-text `status` beside `orderStatus`: the enum is `orderStatus`'s alone.
      const free = twoEnums("Order", ["**status** | **String** |  | ", "**orderStatus** | **String** |  | "], "OrderStatusEnum");
      expect(typeOfField(free, "status")).toMatchObject({ name: "String" });
      expect(typeOfField(free, "orderStatus")).toMatchObject({ name: "OrderStatusEnum" });
    });

    it("names an enum the client named for its model and field by that name, not the model's name again", () => {
      // typescript-axios: Position's `status` has `PositionStatusEnum`, as the client's own type is named.
      const ts = twoEnums("Position", ["**status** | **string** |  | ", "**kind** | **string** |  | "], "PositionStatusEnum", "PositionKindEnum");
      expect(document(ts).models.map((m) => m.name)).toEqual(["Position", "PositionStatusEnum", "PositionKindEnum"]);
      expect(typeOfField(ts, "status")).toMatchObject({ name: "PositionStatusEnum", link: "#PositionStatusEnum" });
      const dotted = twoEnums("TrailOrder", ["**priceType** | **number** |  | "], "TrailOrder.PriceType");
      expect(document(dotted).models.map((m) => m.name)).toEqual(["TrailOrder", "TrailOrderPriceType"]);
      // Java names it for the field alone: the model's name comes first.
      const java = twoEnums("Pet", ["**status** | **String** |  | "], "StatusEnum");
      expect(document(java).models.map((m) => m.name)).toEqual(["Pet", "PetStatusEnum"]);
    });

    it("types a list whose items' enum is listed as `## Enum: Array<ItemsEnum>` (typescript-axios) or `[ItemsEnum]` (JavaScript) as a list of it", () => {
      const ts = twoEnums("Position", ["**availableActions** | **Array&lt;string&gt;** |  | ", "**tags** | **Array&lt;string&gt;** |  | "], "Array&lt;PositionAvailableActionsEnum&gt;");
      expect(document(ts).models.map((m) => m.name)).toEqual(["Position", "PositionAvailableActionsEnum"]);
      expect(typeOfField(ts, "availableActions")).toMatchObject({ kind: "generic", name: "Array", args: [{ name: "PositionAvailableActionsEnum", link: "#PositionAvailableActionsEnum" }] });
      expect(typeOfField(ts, "tags")).toMatchObject({ kind: "generic", name: "Array", args: [{ name: "string" }] });
      // Java links the field to the list's enum by the heading's whole name.
      const java = spec("# PermissionsPutRequest", "", "## Properties", "", "|Name | Type | Description | Notes|", "|------------ | ------------- | ------------- | -------------|", "|**access** | [**List&lt;AccessEnum&gt;**](#List&lt;AccessEnum&gt;) |  |  |", "", "## Enum: List&lt;AccessEnum&gt;", "", "| Name | Value |", "|---- | -----|", '| READ | &quot;read&quot; |');
      expect(document(java).models.map((m) => [m.name, m.aliases])).toEqual([["PermissionsPutRequest", undefined], ["PermissionsPutRequestAccessEnum", ["AccessEnum", "List<AccessEnum>"]]]);
      expect(document(java.replaceAll("List&lt;", "Set&lt;")).models.map((m) => m.name)).toEqual(["PermissionsPutRequest", "PermissionsPutRequestAccessEnum"]);
      // Swagger Codegen's JavaScript client: `## Enum: [EventsEnum]` for a `**[String]**` field.
      const js = twoEnums("CreateWebhook", ["**events** | **[String]** |  | "], "[EventsEnum]");
      expect(document(js).models.map((m) => m.name)).toEqual(["CreateWebhook", "CreateWebhookEventsEnum"]);
      expect(typeOfField(js, "events")).toMatchObject({ kind: "array", items: { name: "EventsEnum", link: "#EventsEnum" } });
    });

    it("leaves an enum a row links (Java's) to that row", () => {
      const java = twoEnums("Order", ["**status** | **String** |  | ", "**orderStatus** | [**OrderStatusEnum**](#OrderStatusEnum) |  | "], "OrderStatusEnum");
      expect(typeOfField(java, "status")).toMatchObject({ name: "String" });
      expect(typeOfField(java, "status")).not.toHaveProperty("link");
      expect(document(java).models.map((m) => m.name)).toEqual(["Order", "OrderOrderStatusEnum"]);
    });
  });
});
