/**
 * What OpenAPI Generator's type names mean: each client language writes its
 * own (Python, TypeScript, Java, Kotlin, C#), and the IR reads them all.
 */
import { describe, expect, it } from "vitest";
import { modelsFromSpec } from "../../src/ir/from-spec.js";
import type { Field, ObjectShape, Shape, TypeNode } from "../../src/ir/types.js";
import { parseSpecText } from "../../src/parse/parse-spec.js";

function field(type: string, notes = ""): { field: Field | undefined; messages: string[] } {
  const source = ["# Thing", "", "## Properties", "", "Name | Type | Description | Notes", "--- | --- | --- | ---", `**a** | ${type} | The a. | ${notes}`, ""].join("\n");
  const parsed = parseSpecText("Thing.md", source);
  expect(parsed.diagnostics).toEqual([]);
  expect(parsed.document!.dialect).toBe("openapi-generator");
  const { models, diagnostics } = modelsFromSpec(parsed.document!);
  const shape = models[0]!.shape;
  return { field: shape.kind === "object" ? shape.fields[0] : undefined, messages: diagnostics.map((d) => d.message) };
}

function typeOf(type: string): TypeNode {
  const result = field(type);
  expect(result.messages).toEqual([]);
  return JSON.parse(JSON.stringify(result.field!.type, (k, v: unknown) => (k === "at" ? undefined : v))) as TypeNode;
}

const string: TypeNode = { kind: "string" };
const integer: TypeNode = { kind: "integer" };
const number: TypeNode = { kind: "number" };
const boolean: TypeNode = { kind: "boolean" };
const unknown: TypeNode = { kind: "unknown" };
const binary: TypeNode = { kind: "binary" };
const dateTime: TypeNode = { kind: "date", format: "date-time", representation: "string" };
const dateOrDateTime: TypeNode = { kind: "date", format: "date-or-date-time", representation: "string" };

describe("type names, by client language", () => {
  it.each<[string, TypeNode]>([
    // Python
    ["**str**", string],
    ["**int**", integer],
    ["**float**", number],
    ["**bool**", boolean],
    ["**datetime**", dateTime],
    ["**date**", dateOrDateTime],
    ["**object**", unknown],
    ["**Any**", unknown],
    // The docs write `format: byte` (base64 text) and `format: binary` both so.
    ["**bytearray**", { kind: "union", members: [string, binary] }],
    ["**bytes**", { kind: "union", members: [string, binary] }],
    // pydantic writes a Decimal to JSON as a string.
    ["**decimal.Decimal**", { kind: "union", members: [string, number] }],
    ["**StrictStr**", string],
    ["**StrictInt**", integer],
    ["**StrictFloat**", number],
    ["**StrictBool**", boolean],
    ["**List[Optional[StrictStr]]**", { kind: "array", items: { kind: "union", members: [string, { kind: "null" }] } }],
    ["**file**", binary],
    ["**file_type**", binary],
    ["**none_type**", { kind: "null" }],
    ["**dict**", { kind: "map", values: unknown }],
    ["**List[str]**", { kind: "array", items: string }],
    ["**list[int]**", { kind: "array", items: integer }],
    ["**Dict[str, str]**", { kind: "map", values: string }],
    ["**dict(str, int)**", { kind: "map", values: integer }],
    ["**Union[int, str]**", { kind: "union", members: [integer, string] }],
    ["**[str]**", { kind: "array", items: string }],
    ["**{str: (bool, none_type)}**", { kind: "map", values: { kind: "union", members: [boolean, { kind: "null" }] } }],
    ["**str, none_type**", { kind: "union", members: [string, { kind: "null" }] }],
    ["**[bool, date, str]**", { kind: "array", items: { kind: "union", members: [boolean, dateOrDateTime, string] } }],
    // TypeScript
    ["**string**", string],
    ["**number**", number],
    ["**boolean**", boolean],
    ["**Array&lt;string&gt;**", { kind: "array", items: string }],
    ["**{ [key: string]: number; }**", { kind: "map", values: number }],
    // typescript-fetch's Date object, or the ISO 8601 text of Ruby's date and Swift's timestamp.
    ["**Date**", { kind: "union", members: [{ kind: "date", format: "date-time", representation: "Date" }, dateOrDateTime] }],
    // Java
    ["**String**", string],
    ["**Long**", integer],
    ["**Integer**", integer],
    ["**Double**", number],
    ["**BigDecimal**", number],
    ["**Map**", { kind: "map", values: unknown }],
    ["**List**", { kind: "array", items: unknown }],
    ["**Boolean**", boolean],
    ["**OffsetDateTime**", dateTime],
    ["**LocalDate**", dateOrDateTime],
    ["**UUID**", string],
    ["**URI**", string],
    ["**Object**", unknown],
    ["**File**", binary],
    ["**List&lt;String&gt;**", { kind: "array", items: string }],
    ["**Map&lt;String, Double&gt;**", { kind: "map", values: number }],
    // A byte array is a `format: byte` field: base64 text in JSON.
    ["**byte[]**", string],
    ["**Map&lt;String, byte[]&gt;**", { kind: "map", values: string }],
    // Kotlin
    ["**kotlin.String**", string],
    ["**kotlin.Long**", integer],
    ["**Int**", integer],
    ["**kotlin.collections.List&lt;kotlin.Int&gt;**", { kind: "array", items: integer }],
    ["**kotlin.collections.Map&lt;kotlin.String, kotlin.Any&gt;**", { kind: "map", values: unknown }],
    ["**kotlin.ByteArray**", string],
    ["[**kotlinx.datetime.Instant**](kotlinx.datetime.Instant.md)", dateTime],
    ["[**kotlinx.datetime.LocalDate**](kotlinx.datetime.LocalDate.md)", dateOrDateTime],
    ["[**java.time.LocalDateTime**](java.time.LocalDateTime.md)", dateTime],
    ["[**org.threeten.bp.OffsetDateTime**](org.threeten.bp.OffsetDateTime.md)", dateTime],
    // Julia
    ["**Vector{String}**", { kind: "array", items: string }],
    ["**Dict{String, Any}**", { kind: "map", values: unknown }],
    ["**Float64**", number],
    ["**ZonedDateTime**", dateTime],
    // Objective-C: NSNumber holds booleans too.
    ["**NSString***", string],
    ["**NSNumber***", { kind: "union", members: [number, boolean] }],
    ["**NSDate***", dateTime],
    ["**NSArray&lt;NSString*&gt;***", { kind: "array", items: string }],
    ["**NSDictionary&lt;NSString*, NSObject*&gt;***", { kind: "map", values: unknown }],
    // C#
    // C#'s DateTime holds date fields too.
    ["**DateTime**", dateOrDateTime],
    ["**DateTimeOffset**", dateTime],
    ["**DateOnly**", dateOrDateTime],
    ["**Guid**", string],
    ["**Dictionary&lt;string, int&gt;**", { kind: "map", values: integer }],
    // PowerShell
    ["**Int64**", integer],
    ["**System.DateTime**", dateOrDateTime],
    ["**System.IO.FileInfo**", binary],
    ["**System.Collections.Hashtable**", { kind: "map", values: unknown }],
    ["**String[]**", { kind: "array", items: string }],
    // Swift
    ["**[String: [Int]]**", { kind: "map", values: { kind: "array", items: integer } }],
    ["**AnyCodable**", unknown],
    // JavaScript's and Ruby's named array schema, its items unsaid.
    ["**Array**", { kind: "array", items: unknown }],
    // Swift 6's free-form value, alone and as a map's values.
    ["**JSONValue**", unknown],
    ["**[String: JSONValue?]**", { kind: "map", values: unknown }],
    ["**DateWithoutTime**", dateOrDateTime],
    // JavaScript
    ["**Number**", number],
    // Its `format: byte` is base64 text; typescript-fetch's Blob is a file.
    ["**Blob**", { kind: "union", members: [string, binary] }],
    ["**{String: {String: Boolean}}**", { kind: "map", values: { kind: "map", values: boolean } }],
    ["**[String]**", { kind: "array", items: string }],
    // Go
    ["**int32**", integer],
    ["Pointer to **int64**", integer],
    ["**float32**", number],
    ["**float64**", number],
    ["**interface{}**", unknown],
    ["Pointer to **time.Time**", dateTime],
    ["***os.File**", binary],
    ["**[]string**", { kind: "array", items: string }],
    ["**map[string]interface{}**", { kind: "map", values: unknown }],
    ["**map[string][]int32**", { kind: "map", values: { kind: "array", items: integer } }],
    ["Pointer to **NullableString**", { kind: "union", members: [string, { kind: "null" }] }],
    ["**NullableTime**", { kind: "union", members: [dateTime, { kind: "null" }] }],
    // C#'s nullable value types
    ["**long?**", { kind: "union", members: [integer, { kind: "null" }] }],
    ["**DateTime?**", { kind: "union", members: [dateOrDateTime, { kind: "null" }] }],
    ["**List&lt;decimal?&gt;**", { kind: "array", items: { kind: "union", members: [number, { kind: "null" }] } }],
    // SailPoint's templates: an inline enum written as its values
    ['**Enum** [  "IDENTITY",    "GOVERNANCE_GROUP" ]', { kind: "union", members: [{ kind: "literal", value: "IDENTITY" }, { kind: "literal", value: "GOVERNANCE_GROUP" }] }],
    ['Pointer to  **Enum** [  "CLUSTER" ]', { kind: "literal", value: "CLUSTER" }],
    // typescript-node's file
    ["**Array&lt;RequestFile&gt;**", { kind: "array", items: binary }],
    ["**uint**", integer],
    ["**ulong**", integer],
    // R
    ["**character**", string],
    ["**numeric**", number],
    ["**integer**", integer],
    ["**array[character]**", { kind: "array", items: string }],
    ["**map(numeric)**", { kind: "map", values: number }],
    ["**data.frame**", unknown],
    ["**POSIXct**", dateTime],
    // PHP
    ["**\\DateTime**", dateOrDateTime],
    ["**\\SplFileObject**", binary],
    ["**array&lt;string,bool&gt;**", { kind: "map", values: boolean }],
    ["**object[]**", { kind: "array", items: unknown }],
    ["**map[string,string]**", { kind: "map", values: string }],
    // Rust
    ["**i64**", integer],
    ["**f32**", number],
    ["Option<**String**>", { kind: "union", members: [string, { kind: "null" }] }],
    ["**Vec<Vec<String>>**", { kind: "array", items: { kind: "array", items: string } }],
    ["**Vec<std::collections::HashMap<String, serde_json::Value>>**", { kind: "array", items: { kind: "map", values: unknown } }],
    ["**uuid::Uuid**", string],
    ["**swagger::ByteArray**", string],
    ["**u8**", integer],
    ["**usize**", integer],
    ["**std::collections::HashSet<String>**", { kind: "array", items: string }],
    ["**BTreeMap<String, i32>**", { kind: "map", values: integer }],
    ["**chrono::DateTime<chrono::Utc>**", dateTime],
    ["**chrono::NaiveDate**", dateOrDateTime],
    ["**std::path::PathBuf**", binary],
    // A model that contains itself is boxed.
    ["Option<Box<**f64**>>", { kind: "union", members: [number, { kind: "null" }] }],
    // Dart
    ["**BuiltList&lt;String&gt;**", { kind: "array", items: string }],
    ["**BuiltMap&lt;String, num&gt;**", { kind: "map", values: number }],
    ["**JsonObject**", unknown],
    ["**Uint8List**", binary],
    // Perl
    ["**ARRAY[int]**", { kind: "array", items: integer }],
    ["**HASH[string,DATE_TIME]**", { kind: "map", values: dateTime }],
    ["**DATE**", dateOrDateTime],
    // Ruby
    ["**Time**", dateTime],
    ["**BOOLEAN**", boolean],
    ["**Hash&lt;String, Float&gt;**", { kind: "map", values: number }],
    // Scala
    ["**Seq&lt;String&gt;**", { kind: "array", items: string }],
    // Apex
    ["**Datetime**", dateTime],
    // Standard generics with their namespace written out (Swagger Codegen's Python and C# samples)
    ["**typing.Dict[str, str]**", { kind: "map", values: string }],
    ["**typing.List[int]**", { kind: "array", items: integer }],
    ["**datetime.datetime**", dateTime],
    ["**datetime.date**", dateOrDateTime],
    ["**System.Collections.Generic.List&lt;string&gt;**", { kind: "array", items: string }],
    ["**System.Collections.Generic.Dictionary&lt;string, int?&gt;**", { kind: "map", values: { kind: "union", members: [integer, { kind: "null" }] } }],
  ])("%s", (type, expected) => {
    expect(typeOf(type)).toEqual(expected);
  });
});

describe("types the docs leave out", () => {
  it("reads a link without text (Swagger Codegen's `[****](.md)`) as unknown, with a warning", () => {
    const { field: read, messages } = field("[****](.md)");
    expect(read?.type).toEqual(unknown);
    expect(messages).toEqual(["the docs write no type here (a link without text); it is typed as unknown and takes any value"]);
  });

  it("reads an array of `null`, where Swagger Codegen lost the items' type, as an array of anything, with a warning", () => {
    for (const type of ["[**Array&lt;null&gt;**](.md)", "**List&lt;null&gt;**", "**null[]**"]) {
      const { field: read, messages } = field(type);
      expect(read?.type, type).toEqual({ kind: "array", items: unknown });
      expect(messages, type).toEqual(["an array of `null` says nothing of its items; it is typed as unknown and takes any value"]);
    }
    // Null beside another item type is one of the items' values, as written.
    expect(typeOf("**List&lt;String?&gt;**")).toEqual({ kind: "array", items: { kind: "union", members: [string, { kind: "null" }] } });
  });
});

describe("OpenAPI Generator 6's python client, whose pages give a `## Model Type Info`", () => {
  const page = [
    "# pinterestsdk.model.pin.Pin",
    "",
    "Pin",
    "",
    "## Model Type Info",
    "Input Type | Accessed Type | Description | Notes",
    "------------ | ------------- | ------------- | -------------",
    "dict, frozendict.frozendict,  | frozendict.frozendict,  | Pin | ",
    "",
    "### Dictionary Keys",
    "Key | Input Type | Accessed Type | Description | Notes",
    "------------ | ------------- | ------------- | ------------- | -------------",
    "**id** | str,  | str,  |  | ",
    "**created_at** | str, datetime,  | str,  |  | [optional] value must conform to RFC-3339 date-time",
    "**link** | None, str,  | NoneClass, str,  | The link. | [optional] ",
    "**amount** | decimal.Decimal, int,  | decimal.Decimal,  |  | value must be a 64 bit integer",
    "**status** | [**PaymentStatus**](PaymentStatus.md) | [**PaymentStatus**](PaymentStatus.md) |  | [optional]",
    "**[board_owner](#board_owner)** | dict, frozendict.frozendict,  | frozendict.frozendict,  |  | [optional]",
    "**any_string_name** | dict, frozendict.frozendict, str, date, datetime, int, float, bool, decimal.Decimal, None, list, tuple, bytes, io.FileIO, io.BufferedReader | frozendict.frozendict, str, BoolClass, decimal.Decimal, NoneClass, tuple, bytes, FileIO | any string name can be used but the value must be the correct type | [optional]",
    "",
    "# board_owner",
    "",
    "## Model Type Info",
    "Input Type | Accessed Type | Description | Notes",
    "------------ | ------------- | ------------- | -------------",
    "dict, frozendict.frozendict, None,  | frozendict.frozendict, NoneClass,  |  | ",
    "",
    "### Composed Schemas (allOf/anyOf/oneOf/not)",
    "#### allOf",
    "Class Name | Input Type | Accessed Type | Description | Notes",
    "------------- | ------------- | ------------- | ------------- | -------------",
    "[BoardOwner](BoardOwner.md) | [**BoardOwner**](BoardOwner.md) | [**BoardOwner**](BoardOwner.md) |  | ",
    "",
    "# sort",
    "",
    "## Model Type Info",
    "Input Type | Accessed Type | Description | Notes",
    "------------ | ------------- | ------------- | -------------",
    'str,  | str,  |  | must be one of ["asc", "desc", ] ',
    "",
  ].join("\n");

  it("reads its keys, typed by the Python values listed, and the schemas the file gives them", () => {
    const parsed = parseSpecText("Pin.md", page);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.document!.dialect).toBe("openapi-generator");
    const { models, diagnostics } = modelsFromSpec(parsed.document!);
    expect(diagnostics).toEqual([]);
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === "at" ? undefined : v))) as unknown;
    expect(models.map((m) => [m.name, m.anchor])).toEqual([
      ["Pin", undefined],
      ["PinBoardOwner", "board_owner"],
      ["PinSort", "sort"],
    ]);
    const shape = plain(models[0]!.shape) as { fields: Array<{ name: string; type: unknown; optional: boolean; description: string }>; additionalProperties: unknown };
    expect(shape.fields.map((f) => [f.name, f.type, f.optional])).toEqual([
      ["id", string, false],
      ["created_at", dateTime, true],
      ["link", { kind: "union", members: [string, { kind: "null" }] }, true],
      ["amount", integer, false],
      ["status", { kind: "ref", name: "PaymentStatus", link: "PaymentStatus.md" }, true],
      // As every link of these docs, it falls back on its name where it leads nowhere.
      ["board_owner", { kind: "ref", name: "board_owner", link: "#board_owner", otherwise: { kind: "ref", name: "board_owner" } }, true],
    ]);
    expect(shape.fields[2]!.description).toBe("The link.");
    expect(shape.additionalProperties).toEqual(unknown);
    // An allOf of one class is that class; None makes it nullable.
    expect(plain(models[1]!.shape)).toEqual({ kind: "union", members: [{ kind: "ref", name: "BoardOwner", link: "BoardOwner.md" }, { kind: "null" }] });
    expect(plain(models[2]!.shape)).toEqual({ kind: "enum", values: ["asc", "desc"], open: false });
  });

  const info = (inputType: string, notes = "") => ["## Model Type Info", "Input Type | Accessed Type | Description | Notes", "--- | --- | --- | ---", `${inputType} | x, | | ${notes}`, ""];
  const keys = (...rows: string[]) => ["### Dictionary Keys", "Key | Input Type | Accessed Type | Description | Notes", "--- | --- | --- | --- | ---", ...rows, ""];
  const tupleItems = (row: string) => ["### Tuple Items", "Class Name | Input Type | Accessed Type | Description | Notes", "--- | --- | --- | --- | ---", row, ""];
  const modelsOf = (lines: string[]) => {
    const parsed = parseSpecText("Thing.md", lines.join("\n"));
    expect(parsed.diagnostics).toEqual([]);
    const { models, diagnostics } = modelsFromSpec(parsed.document!);
    expect(diagnostics).toEqual([]);
    return models.map((m) => [m.name, JSON.parse(JSON.stringify(m.shape, (k, v: unknown) => (k === "at" ? undefined : v))) as unknown]);
  };

  it("reads a list by its Tuple Items, any value by every type listed, and each of two schemas of one name as its own model", () => {
    expect(
      modelsOf([
        "# client.model.thing.Thing",
        ...info("dict, frozendict.frozendict,"),
        ...keys("**[site_ids](#site_ids)** | list, tuple, | tuple, | | [optional]", "**[tags](#tags)** | list, tuple, | tuple, | | [optional]", "**_self** | str, | str, | | "),
        "# site_ids",
        ...info("list, tuple,"),
        ...tupleItems("items | decimal.Decimal, int, | decimal.Decimal, | |"),
        "# tags",
        ...info("list, tuple, None,"),
        ...tupleItems("[**Tag**](Tag.md) | [**Tag**](Tag.md) | [**Tag**](Tag.md) | |"),
        "# items",
        ...info("dict, frozendict.frozendict, str, date, datetime, uuid.UUID, int, float, decimal.Decimal, bool, None, list, tuple, bytes, io.FileIO, io.BufferedReader,"),
        "# items",
        ...info("str,"),
      ]),
    ).toEqual([
      // `_self` is a key as these docs write it: they escape none.
      [
        "Thing",
        expect.objectContaining({
          fields: [
            expect.objectContaining({ name: "site_ids" }),
            expect.objectContaining({ name: "tags" }),
            expect.objectContaining({ name: "_self", type: string }),
          ],
        }),
      ],
      ["ThingSiteIds", { kind: "union", members: [{ kind: "array", items: integer }] }],
      ["ThingTags", { kind: "union", members: [{ kind: "array", items: { kind: "ref", name: "Tag", link: "Tag.md" } }, { kind: "null" }] }],
      ["ThingItems", { kind: "union", members: [unknown] }],
      ["ThingItems1", { kind: "union", members: [string] }],
    ]);
  });

  it("skips an operation page, though it gives its parameters' schemas Model Type Info sections", () => {
    const page = ["# openapi_client.apis.tags.pet_api.PetApi", "", "# OclcNumberSchema", ...info("str,")].join("\n");
    expect(parseSpecText("apis/tags/PetApi.md", page)).toEqual({ document: undefined, diagnostics: [], notAModel: true });
  });
});

describe("Go's inline oneOf and anyOf, linked to pages the generator never writes", () => {
  it("reads `oneOf<A,B>.md` as the union of the models it names, or null where the name is `Nullable…`", () => {
    const ref = (name: string) => ({ kind: "ref", name });
    expect(typeOf("Pointer to [**NullableOneOfTitleEnumBlankEnumNullEnum**](oneOf&lt;TitleEnum,BlankEnum,NullEnum&gt;.md)")).toEqual({
      kind: "union",
      members: [ref("TitleEnum"), ref("BlankEnum"), ref("NullEnum"), { kind: "null" }],
    });
    expect(typeOf("[**OneOfStringInt32**](oneOf&lt;string,int32&gt;.md)")).toEqual({ kind: "union", members: [string, integer] });
    // Go's own types, a folder before the name, and an anchor after it.
    expect(typeOf("[**OneOfSliceMap**](../oneOf&lt;[]string,map[string]int32&gt;.md#x)")).toEqual({
      kind: "union",
      members: [{ kind: "array", items: string }, { kind: "map", values: integer }],
    });
  });

  it("reads a member named by a dotted schema name as the model the generator makes of it (`microsoft.graph.device` is `MicrosoftGraphDevice`)", () => {
    expect(typeOf("Pointer to [**NullableAnyOfMicrosoftGraphDevice**](anyOf&lt;microsoft.graph.device&gt;.md)")).toEqual({
      kind: "union",
      members: [{ kind: "ref", name: "MicrosoftGraphDevice" }, { kind: "null" }],
    });
  });

  it("reads the values the Rust client lists in a description as the type of a field typed by an enum no page defines", () => {
    const types = (...rows: string[]) => {
      const source = ["# Config", "", "## Properties", "", "Name | Type | Description | Notes", "--- | --- | --- | ---", ...rows].join("\n");
      const { models, diagnostics } = modelsFromSpec(parseSpecText("Config.md", source).document!);
      expect(diagnostics).toEqual([]);
      return models[0]!.shape.kind === "object" ? models[0]!.shape.fields.map((f) => [f.name, f.type]) : [];
    };
    const literals = (...values: Array<string | number>) => ({ kind: "union", members: values.map((value) => ({ kind: "literal", value })) });
    expect(types("**r#type** | **TypeEnum** | Type of connection (enum: local, remote) | ", "**share** | Option<**ShareEnum**> | Sharing (enum: manual, auto) | [optional]")).toEqual([
      ["type", literals("local", "remote")],
      ["share", { ...literals("manual", "auto"), members: [{ kind: "literal", value: "manual" }, { kind: "literal", value: "auto" }, { kind: "null" }] }],
    ]);
    // Numbers where the type is no string's; a string's digits stay text, and `01` is no number.
    expect(types("**size** | Option<**i32**> | Size (enum: 1, 2) | [optional]", "**code** | **String** | Code (enum: 1, 2) | ", "**pad** | **TypeEnum** | Pad (enum: 01, 2) | ")).toEqual([
      ["size", { kind: "union", members: [{ kind: "literal", value: 1 }, { kind: "literal", value: 2 }, { kind: "null" }] }],
      ["code", literals("1", "2")],
      ["pad", literals("01", "2")],
    ]);
    // The values of a list are not the field's: the list stays a list.
    expect(types("**tags** | Option<**Vec<String>**> | Tags (enum: a, b) | [optional]")).toEqual([["tags", { kind: "union", members: [{ kind: "array", items: { kind: "string" } }, { kind: "null" }] }]]);
  });

  it("reads `anyOf<>.md`, which names no member, as any value, with a warning", () => {
    const { field: read, messages } = field("Pointer to [**NullableAnyOf**](anyOf&lt;&gt;.md)");
    expect(read?.type).toEqual(unknown);
    expect(messages).toEqual(["the link names no member of the composed type; it is typed as unknown and takes any value"]);
  });
});

describe("models", () => {
  it("admits any value where the Properties table is empty, as Ruby's and C#'s docs write an enum or a primitive alias", () => {
    const source = ["# Petstore::OuterEnum", "", "## Properties", "", "| Name | Type | Description | Notes |", "| ---- | ---- | ----------- | ----- |", ""].join("\n");
    const parsed = parseSpecText("OuterEnum.md", source);
    expect(parsed.diagnostics).toEqual([]);
    const { models, diagnostics } = modelsFromSpec(parsed.document!);
    expect(diagnostics).toEqual([]);
    expect(models.map((m) => [m.name, m.shape])).toEqual([["OuterEnum", { kind: "union", members: [unknown] }]]);
  });

  const shapeOf = (rows: string[]): Shape => {
    const source = ["# Thing", "", "## Properties", "Name | Type | Description | Notes", "------------ | ------------- | ------------- | -------------", ...rows, ""].join("\n");
    const parsed = parseSpecText("Thing.md", source);
    expect(parsed.diagnostics).toEqual([]);
    const { models, diagnostics } = modelsFromSpec(parsed.document!);
    expect(diagnostics).toEqual([]);
    return JSON.parse(JSON.stringify(models[0]!.shape, (k, v: unknown) => (k === "at" ? undefined : v))) as Shape;
  };

  it("reads the C client's page: a boolean written `int`, a free-form `object_t`, a list of free-form values", () => {
    const types = (shapeOf([
      "**api_version** | **char \\*** |  | ",
      "**controller** | **int** |  | [optional]",
      "**fields_v1** | [**object_t**](.md) \\* |  | [optional]",
      "**items** | [**list_t**](object.md) \\* |  | [optional]",
    ]) as ObjectShape).fields.map((f) => f.type);
    expect(types).toEqual([
      string,
      { kind: "union", members: [integer, boolean] },
      unknown,
      { kind: "array", items: { kind: "ref", name: "list_t", link: "object.md", otherwise: unknown } },
    ]);
    // So is a page the C client titles by its typedef, though its fields are all scalars.
    const source = ["# v1_container_resize_policy_t", "", "## Properties", "Name | Type | Description | Notes", "--- | --- | --- | ---", "**enabled** | **int** |  | ", ""].join("\n");
    const [model] = modelsFromSpec(parseSpecText("v1_container_resize_policy.md", source).document!).models;
    expect((model!.shape as ObjectShape).fields[0]!.type).toMatchObject({ kind: "union", members: [integer, boolean] });
    // Elsewhere an `int` is an integer.
    expect((shapeOf(["**count** | **int** |  | "]) as ObjectShape).fields[0]!.type).toEqual(integer);
  });

  it("reads python-prior's enum, a table of one required `value` row that lists the values, as that enum", () => {
    expect(shapeOf(['**value** | **str** |  |  must be one of ["placed", "approved", ]'])).toEqual({ kind: "enum", values: ["placed", "approved"], open: false });
    const anyKey = "**any string name** | **bool, date, datetime, dict, float, int, list, str, none_type** | any string name can be used but the value must be the correct type | [optional]";
    expect(shapeOf(['**value** | **str** |  | defaults to "-efg",  must be one of ["_abc", "-efg", ]', anyKey])).toEqual({ kind: "enum", values: ["_abc", "-efg"], open: false });
  });

  it("reads a table of one `value` row without values as an object: Kubernetes' V1Counter is one", () => {
    expect(shapeOf(["**value** | **str** | Value defines how much of a certain device counter is available. |"])).toMatchObject({ kind: "object", fields: [{ name: "value", optional: false }] });
    expect(shapeOf(['**value** | **str** |  | [optional] must be one of ["a", ]'])).toMatchObject({ kind: "object", fields: [{ name: "value", optional: true }] });
    expect(shapeOf(['**value** | **str** |  | must be one of ["a", ]', "**unit** | **str** |  | "])).toMatchObject({ kind: "object", fields: [{ name: "value" }, { name: "unit" }] });
  });

  it("reads a field named by a reserved word, which the generators escape with a leading `_`, as the key it stands for", () => {
    expect(shapeOf(["**_private** | **Boolean** |  | [optional]", "**_default** | **Boolean** |  | [optional]", "**_continue** | **str** |  | [optional]"])).toMatchObject({
      kind: "object",
      fields: [{ name: "private" }, { name: "default" }, { name: "continue" }],
    });
    // The JavaScript client escapes JavaScript's global objects so, in lower case (`_date`, `_number`).
    expect(shapeOf(["**_date** | **Date** |  | [optional]", "**_number** | **Number** |  | [optional]"])).toMatchObject({ kind: "object", fields: [{ name: "date" }, { name: "number" }] });
    // typescript-axios escapes so the names its API methods take (`options`).
    expect(shapeOf(["**_options** | [**Array&lt;Option&gt;**](Option.md) |  | [optional]", "**_requestOptions** | **string** |  | [optional]"])).toMatchObject({
      kind: "object",
      fields: [{ name: "options" }, { name: "requestOptions" }],
    });
    // A key that starts with `_` and is no reserved word is the key as written, and so is one whose word is a key too.
    expect(shapeOf(["**_id** | **String** |  | ", "**_links** | **Object** |  | ", "**_default** | **String** |  | ", "**default** | **String** |  | "])).toMatchObject({
      kind: "object",
      fields: [{ name: "_id" }, { name: "_links" }, { name: "_default" }, { name: "default" }],
    });
  });

  it("reads the other escapes of the clients as the key they stand for: pydantic's `var_`, Dart's trailing `_`, Ruby's and Swift's words, a leading digit", () => {
    const names = (...rows: string[]) => (shapeOf(rows) as ObjectShape).fields.map((field) => field.name);
    // Python (pydantic): keywords, and the names the client and pydantic use.
    expect(names("**var_from** | **str** |  | [optional]", "**var_schema** | **object** |  | [optional]", "**var_date** | **date** |  | ", "**var_2yr_mean** | **float** |  | ")).toEqual([
      "from",
      "schema",
      "date",
      "2yr_mean",
    ]);
    // Dart: its keywords and core types, with a `_` after them.
    expect(names("**class_** | **String** |  | [optional]", "**double_** | **double** |  | [optional]", "**default_** | **bool** |  | [optional]")).toEqual(["class", "double", "default"]);
    // Ruby's and Swift's reserved words, and keys that start with a digit, with a `_` before them.
    expect(names("**_end** | **Date** |  | [optional]", "**_module** | **String** |  | ", "**_protocol** | **String** |  | ", "**_description** | **String** |  | ", "**_required** | **Bool** |  | ", "**_5m** | **Integer** |  | ", "**_24h** | **Integer** |  | ")).toEqual([
      "end",
      "module",
      "protocol",
      "description",
      "required",
      "5m",
      "24h",
    ]);
    // R: its reserved words and R6's names, with `item_` before them (the petstore's Special).
    expect(names("**item_self** | **integer** |  | [optional]", "**item_private** | **character** |  | ", "**item_super** | **character** |  | ", "**item_name** | **character** |  | ")).toEqual([
      "self",
      "private",
      "super",
      "item_name",
    ]);
    // C's and C++'s words, which the C client escapes with a `_` (kubernetes-client/c's `_namespace`).
    expect(names("**_namespace** | **char \\*** |  | [optional]", "**_operator** | **char \\*** |  | ", "**_unsigned** | **int** |  | ")).toEqual([
      "namespace",
      "operator",
      "unsigned",
    ]);
    // Objective-C escapes `id`, which its page's Foundation types tell; elsewhere `_id` is a key of its own.
    expect(names("**_id** | **NSNumber*** |  | [optional]", "**name** | **NSString*** |  | [optional]")).toEqual(["id", "name"]);
    expect(names("**_id** | **Long** |  | [optional]", "**name** | **String** |  | [optional]")).toEqual(["_id", "name"]);
    // No escape: a word no client escapes so, or a key the table has as well.
    expect(names("**var_name** | **str** |  | ", "**name_** | **str** |  | ", "**_self** | **str** |  | ", "**_meta** | **str** |  | ", "**_weak** | **bool** |  | ")).toEqual([
      "var_name",
      "name_",
      "_self",
      "_meta",
      "_weak",
    ]);
    expect(names("**_date** | **Date** |  | ", "**date** | **Date** |  | ")).toEqual(["_date", "date"]);
    expect(names("**class_** | **String** |  | ", "**class** | **String** |  | ")).toEqual(["class_", "class"]);
    // Two escapes of one key keep their names, so that the rows stay apart.
    expect(names("**_default** | **Boolean** |  | ", "**default_** | **Boolean** |  | ", "**var_from** | **str** |  | ", "**_from** | **str** |  | ")).toEqual([
      "_default",
      "default_",
      "var_from",
      "_from",
    ]);
    // Java's `propertyClass` stands for `class` or `_class` alike: it stays as written.
    expect(names("**propertyClass** | **String** |  | [optional]", "**_public** | **Boolean** |  | ")).toEqual(["propertyClass", "public"]);
  });

  it("reads Kotlin's backticks around a field named by a keyword (`&#x60;data&#x60;`) as the key they stand for", () => {
    expect((shapeOf(["**&#x60;data&#x60;** | [**HistoryData**](HistoryData.md) |  | ", "**&#x60;open&#x60;** | **kotlin.Double** |  | "]) as ObjectShape).fields.map((field) => field.name)).toEqual(["data", "open"]);
  });

  it("reads Rust's raw identifier of a field named by a keyword (`r#type`) as the key it stands for", () => {
    expect(shapeOf(["**r#type** | **String** |  | ", "**r#match** | Option<**bool**> |  | [optional]"])).toMatchObject({
      kind: "object",
      fields: [{ name: "type" }, { name: "match", optional: true }],
    });
  });

  it("reads the `any string name` row as the type of the keys beyond the fields", () => {
    const anyKey = "**any string name** | **[bool, str]** | any string name can be used but the value must be the correct type | [optional]";
    expect(shapeOf(["**name** | **str** |  | [optional]", anyKey])).toEqual({
      kind: "object",
      fields: [{ name: "name", type: string, optional: true, description: "", examples: [] }],
      additionalProperties: { kind: "array", items: { kind: "union", members: [boolean, string] } },
    });
  });

  it("reads the older Python clients' nullable link, `[**[X], none_type**](X.md)`, as the model or null", () => {
    const summary = { kind: "ref", name: "ObjectSummary", link: "ObjectSummary.md" };
    expect(typeOf("[**[ObjectSummary], none_type**](ObjectSummary.md)")).toEqual({ kind: "union", members: [{ kind: "array", items: summary }, { kind: "null" }] });
    expect(typeOf("[**ObjectSummary, none_type**](ObjectSummary.md)")).toEqual({ kind: "union", members: [summary, { kind: "null" }] });
  });

  it("reads a linked name as the model it links, inside containers too", () => {
    expect(typeOf("[**List[V1Container]**](V1Container.md)")).toEqual({ kind: "array", items: { kind: "ref", name: "V1Container", link: "V1Container.md" } });
    expect(typeOf("[**Vector{Pet}**](Pet.md)")).toEqual({ kind: "array", items: { kind: "ref", name: "Pet", link: "Pet.md" } });
    expect(typeOf("[**NSArray&lt;SQMoney&gt;***](SQMoney.md)")).toEqual({ kind: "array", items: { kind: "ref", name: "SQMoney", link: "SQMoney.md" } });
    // The C client's list, which names its items by its link alone.
    expect(typeOf("[**list_t**](v1_label_selector_requirement.md) \\*")).toEqual({
      kind: "array",
      items: { kind: "ref", name: "list_t", link: "v1_label_selector_requirement.md" },
    });
    expect(typeOf("**list_t \\***")).toEqual(unknown);
    // Its file, and C's own integer types, are no models of the docs.
    expect(typeOf("**binary_t \\***")).toEqual(binary);
    expect(typeOf("**int64_t**")).toEqual(integer);
    expect(typeOf("**char \\***")).toEqual(string);
    // The link of a map covers its key type too; a primitive name stays a primitive.
    expect(typeOf("[**Dict[str, V1Volume]**](V1Volume.md)")).toEqual({ kind: "map", values: { kind: "ref", name: "V1Volume", link: "V1Volume.md" } });
  });

  it("reads a name linked to its own spec as that model, though the language has a type of that name", () => {
    // What the name means otherwise is kept for when no spec defines it (resolve.test.ts).
    expect(typeOf("[**File**](File.md)")).toEqual({ kind: "ref", name: "File", link: "File.md", otherwise: binary });
    expect(typeOf("[**Object**](Object.md)")).toEqual({ kind: "ref", name: "Object", link: "Object.md", otherwise: unknown });
    expect(typeOf("[**V1Pod**](V1Pod.md)")).toEqual({ kind: "ref", name: "V1Pod", link: "V1Pod.md" });
    // Older Java clients link their raw collections so.
    expect(typeOf("[**Map**](Map.md)")).toEqual({ kind: "ref", name: "Map", link: "Map.md", otherwise: { kind: "map", values: unknown } });
  });

  it("keeps the name of a model whose link may lead to no page, to find it by (Go links `[**[]Tag**](array.md)`)", () => {
    expect(typeOf("[**[]Tag**](array.md)")).toEqual({ kind: "array", items: { kind: "ref", name: "Tag", link: "array.md", otherwise: { kind: "ref", name: "Tag" } } });
  });

  it("reads Rust's paths to models", () => {
    // Fastly's Rust docs write no `[optional]`: their optional keys are the Options.
    expect(field("Option<**String**>").field).toMatchObject({ optional: true, type: { kind: "union", members: [string, { kind: "null" }] } });
    expect(field("**String**").field).toMatchObject({ optional: false });
    // OpenAPI Generator's own Rust client writes `[optional]`, and an Option alone for a key that is required and may be null.
    const stock = ["# Fee", "", "## Properties", "", "Name | Type | Description | Notes", "--- | --- | --- | ---", "**min_fee** | Option<**i32**> |  | ", "**memo** | Option<**String**> |  | [optional]", ""].join("\n");
    const { models } = modelsFromSpec(parseSpecText("Fee.md", stock).document!);
    expect((models[0]!.shape as ObjectShape).fields.map((f) => [f.name, f.optional])).toEqual([["min_fee", false], ["memo", true]]);
    expect(typeOf("Option<[**models::Category**](Category.md)>")).toEqual({
      kind: "union",
      members: [{ kind: "ref", name: "Category", namespace: "models", link: "Category.md" }, { kind: "null" }],
    });
  });

  it("reads PHP's namespaced model names", () => {
    expect(typeOf("[**\\OpenAPI\\Client\\Model\\Tag[]**](Tag.md)")).toEqual({
      kind: "array",
      items: { kind: "ref", name: "Tag", namespace: "OpenAPI.Client.Model", link: "Tag.md" },
    });
  });

  it("reads Go's `NullableX` linked to X's page as X or null", () => {
    expect(typeOf("Pointer to [**NullableSize**](Size.md)")).toEqual({
      kind: "union",
      members: [{ kind: "ref", name: "Size", link: "Size.md" }, { kind: "null" }],
    });
  });
});

describe("the Notes", () => {
  it("narrow a field to the values `must be one of […]` lists", () => {
    expect(field("**character**", "[optional] [Enum: [archived, in progress, released]]").field).toMatchObject({
      optional: true,
      type: { kind: "union", members: ["archived", "in progress", "released"].map((value) => ({ kind: "literal", value })) },
    });
    expect(field("**String**", '[optional]  [one of: "none", "eu"]').field).toMatchObject({
      optional: true,
      type: { kind: "union", members: [{ kind: "literal", value: "none" }, { kind: "literal", value: "eu" }] },
    });
    expect(field("**str**", '[optional] must be one of ["a", "b", ]').field).toMatchObject({
      optional: true,
      type: { kind: "union", members: [{ kind: "literal", value: "a" }, { kind: "literal", value: "b" }] },
    });
  });

  it("read the Python clients' `True`, `False` and `None` defaults as JSON's, and PowerShell's and Julia's", () => {
    expect(field("**bool**", "[optional] [default to False]").field).toMatchObject({ default: "false" });
    expect(field("**bool**", "defaults to True").field).toMatchObject({ default: "true" });
    expect(field("**Nullable[str]**", "[optional] [default to None]").field).toMatchObject({ default: "null" });
    expect(field("**Boolean**", "[optional] [default to $false]").field).toMatchObject({ default: "false" });
    expect(field("[**Vector{String}**](String.md)", "[optional] [default to nothing]").field).not.toHaveProperty("default");
  });

  it("read a default of another type than the field's as no default, as the schema's own default would fail it", () => {
    // The plain TypeScript client's `[default to "-1"]` on a number; PHP's `[default to ""]` on a float.
    expect(field("**number**", "[default to &quot;-1&quot;]").field).not.toHaveProperty("default");
    expect(field("**float**", '[optional] [default to ""]').field).not.toHaveProperty("default");
    expect(field("**List[int]**", '[optional] [default to ["a"]]').field).not.toHaveProperty("default");
    expect(field("**int**", "[optional] [default to 1.5]").field).not.toHaveProperty("default");
    // What fits stays: a number for a number, a list of them, a default that is not JSON, one of a model.
    expect(field("**float**", "[optional] [default to -1]").field).toMatchObject({ default: "-1" });
    expect(field("**List[int]**", "[optional] [default to [1, 2]]").field).toMatchObject({ default: "[1, 2]" });
    expect(field("**str**", "[optional] [default to ModeEnum_Completion]").field).toMatchObject({ default: "ModeEnum_Completion" });
    expect(field("[**OuterEnum**](OuterEnum.md)", "[optional] [default to &quot;placed&quot;]").field).toMatchObject({ default: '"placed"' });
    // But `null`, which the field's guard refuses: the Perl client writes `[default to null]` on every field.
    expect(field("[**OuterEnum**](OuterEnum.md)", "[optional] [default to null]").field).not.toHaveProperty("default");
    expect(field("[**Category**](Category.md)", "[optional] [default to null]").field).not.toHaveProperty("default");
  });

  it("read a null default of a field that cannot be null as no default (rust-server writes one for every field)", () => {
    expect(field("**i64**", "[optional] [default to None]").field).not.toHaveProperty("default");
    expect(field("**str**", "[optional] [default to None]").field).not.toHaveProperty("default");
    expect(field("**str**", "[optional] [default to &#39;False&#39;]").field).toMatchObject({ default: "'False'" });
    expect(field("**str**", "[optional] [default to constructor]").field).toMatchObject({ default: "constructor" });
  });

  it("keep the default and the read-only mark on the field", () => {
    expect(field("**str**", "[optional] [readonly] [default to &#39;v1&#39;]").field).toMatchObject({ optional: true, readonly: true, default: "'v1'" });
    expect(field("**str**", "").field).toMatchObject({ optional: false });
    expect(field("**str**", "").field).not.toHaveProperty("default");
  });
});

describe("Go's methods", () => {
  it("reads a field whose `SetXNil` method the page documents as one that may be null", () => {
    const method = (name: string) => [`### ${name}`, "", `\`func (o *Identity) ${name}(b bool)\``, "", ` ${name} sets the value to be an explicit nil`, ""];
    const source = [
      "# Identity",
      "",
      "## Properties",
      "",
      "Name | Type | Description | Notes",
      "------------ | ------------- | ------------- | -------------",
      "**Id** | **string** |  | ",
      "**MetadataAdmin** | Pointer to **map[string]interface{}** |  | [optional] ",
      "**Traits** | **interface{}** |  | ",
      "**Tags** | Pointer to **[]string** |  | [optional] ",
      "",
      "## Methods",
      "",
      ...method("SetMetadataAdminNil"),
      ...method("SetTraitsNil"),
      "### SetTags",
      "",
    ].join("\n");
    const parsed = parseSpecText("Identity.md", source);
    expect(parsed.diagnostics).toEqual([]);
    const { models, diagnostics } = modelsFromSpec(parsed.document!);
    expect(diagnostics).toEqual([]);
    expect((models[0]!.shape as ObjectShape).fields.map((f) => [f.name, f.type, f.optional])).toEqual([
      ["Id", string, false],
      ["MetadataAdmin", { kind: "union", members: [{ kind: "map", values: unknown }, { kind: "null" }] }, true],
      ["Traits", unknown, false],
      ["Tags", { kind: "array", items: string }, true],
    ]);
  });
});
