import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { modelsFromSpec } from "../../src/ir/from-spec.js";
import type { Model, Span, TypeNode } from "../../src/ir/types.js";
import { parseSpecText } from "../../src/parse/parse-spec.js";
import { resolveModels, type ResolveOptions, type ResolvedModels } from "../../src/resolve/resolve.js";

function spec(...lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

/**
 * An object model whose fields are given as `[name, type cell]`. The first
 * field's row is line 5, its Type cell's text starting at column `8 + name.length`.
 */
function objectSpec(title: string, ...fields: Array<[string, string]>): string {
  return spec(`# ${title}`, "## Fields", "| Field | Type |", "| - | - |", ...fields.map(([name, type]) => `| \`${name}\` | ${type} |`));
}

/** Runs parse and IR over spec files (path → markdown), which must be clean, then resolves them. */
function resolve(
  files: Record<string, string>,
  options: ResolveOptions = {},
): { resolved: ResolvedModels; diagnostics: Diagnostic[] } {
  const models: Model[] = [];
  for (const [file, source] of Object.entries(files)) {
    const parsed = parseSpecText(file, source);
    expect(parsed.diagnostics).toEqual([]);
    const built = modelsFromSpec(parsed.document!);
    expect(built.diagnostics).toEqual([]);
    models.push(...built.models);
  }
  return resolveModels(models, options);
}

function model(resolved: ResolvedModels, id: string): Model {
  const found = resolved.models.find((m) => m.id === id);
  if (!found) throw new Error(`no model ${id} among ${resolved.models.map((m) => m.id).join(", ")}`);
  return found;
}

/** The type of a field of a resolved model. */
function fieldType(resolved: ResolvedModels, id: string, name: string): TypeNode {
  const shape = model(resolved, id).shape;
  if (shape.kind !== "object") throw new Error(`${id} is not an object`);
  const field = shape.fields.find((f) => f.name === name);
  if (!field) throw new Error(`${id} has no field ${name}`);
  return field.type;
}

/** The target of a reference, looking through arrays and `| null`. */
function targetOf(type: TypeNode): string | undefined {
  switch (type.kind) {
    case "ref":
      return type.target;
    case "array":
      return targetOf(type.items);
    case "union":
      return type.members.map(targetOf).find((t) => t !== undefined);
    default:
      return undefined;
  }
}

function span(line: number, from: number, to: number): Span {
  return { start: { line, column: from }, end: { line, column: to } };
}

const usage = objectSpec("Usage", ["tokens", "*int*"]);

describe("links", () => {
  it("resolves a link relative to the spec that holds it and keeps what the reference said", () => {
    const { resolved, diagnostics } = resolve({
      "sdk/models/response.md": objectSpec("Response", ["usage", "[models.Usage](../models/usage.md)"]),
      "sdk/models/usage.md": usage,
    });
    expect(diagnostics).toEqual([]);
    expect(fieldType(resolved, "sdk/models/response", "usage")).toEqual({
      kind: "ref",
      name: "Usage",
      namespace: "models",
      link: "../models/usage.md",
      at: span(5, 14, 26),
      target: "sdk/models/usage",
    });
  });

  it("resolves `../../models/shared/x.md` from a spec two folders deep", () => {
    const { resolved, diagnostics } = resolve({
      "models/shared/response.md": objectSpec("Response", ["usage", "[shared.Usage](../../models/shared/usage.md)"]),
      "models/shared/usage.md": usage,
    });
    expect(diagnostics).toEqual([]);
    expect(targetOf(fieldType(resolved, "models/shared/response", "usage"))).toBe("models/shared/usage");
  });

  it("resolves links into another folder and inside containers and wrappers", () => {
    const { resolved, diagnostics } = resolve({
      "models/operations/reply.md": objectSpec(
        "Reply",
        ["all", "List[[components.Usage](../components/usage.md)]"],
        ["maybe", "[OptionalNullable[components.Usage]](../components/usage.md)"],
      ),
      "models/components/usage.md": usage,
    });
    expect(diagnostics).toEqual([]);
    expect(targetOf(fieldType(resolved, "models/operations/reply", "all"))).toBe("models/components/usage");
    expect(targetOf(fieldType(resolved, "models/operations/reply", "maybe"))).toBe("models/components/usage");
  });

  describe("from the specs folder's real place, when a link climbs out of it and back in", () => {
    it("resolves the Python docs' `../models/x.md` from a specs folder that is docs/models", () => {
      const { resolved, diagnostics } = resolve(
        {
          "response.md": objectSpec("Response", ["usage", "[models.Usage](../models/usage.md)"]),
          "usage.md": usage,
        },
        { root: "/sdk/docs/models" },
      );
      expect(diagnostics).toEqual([]);
      expect(targetOf(fieldType(resolved, "response", "usage"))).toBe("usage");
    });

    it("resolves the TypeScript docs' `../../models/components/x.md` from docs/models/components/", () => {
      const { resolved, diagnostics } = resolve(
        {
          "components/response.md": objectSpec("Response", ["usage", "[components.Usage](../../models/components/usage.md)"]),
          "components/usage.md": usage,
          "operations/reply.md": objectSpec("Reply", ["usage", "[components.Usage](../../models/components/usage.md)"]),
        },
        { root: "/sdk/docs/models" },
      );
      expect(diagnostics).toEqual([]);
      expect(targetOf(fieldType(resolved, "components/response", "usage"))).toBe("components/usage");
      expect(targetOf(fieldType(resolved, "operations/reply", "usage"))).toBe("components/usage");
    });

    it("refuses a link that climbs out into a folder of another name, naming where it leads", () => {
      const { diagnostics } = resolve(
        { "response.md": objectSpec("Response", ["usage", "[Usage](../shared/usage.md)"]), "usage.md": usage },
        { root: "/sdk/docs/models" },
      );
      expect(diagnostics.map((d) => [d.rule, d.message, d.hint])).toEqual([
        [
          "unresolved-reference",
          'the link "../shared/usage.md" leads outside the specs folder (to /sdk/docs/shared/usage.md); mdspec reads only the specs folder and never follows links out of it',
          "Point --specs at a folder that holds the linked spec too (such as the SDK's docs/), fix the link, or pass --allow-unresolved to type it as unknown.",
        ],
      ]);
    });

    it("reads TypeScript SDKs' `[RFCDate](../../types/rfcdate.md)`, a page of the SDK's own, as a date", () => {
      const { resolved, diagnostics } = resolve(
        { "components/event.md": objectSpec("Event", ["day", "[RFCDate](../../types/rfcdate.md)"]) },
        { root: "/sdk/docs/models" },
      );
      expect(diagnostics).toEqual([]);
      expect(fieldType(resolved, "components/event", "day")).toEqual({ kind: "date", format: "date-or-date-time", representation: "string" });
    });

    it("reads TypeScript SDKs' `[Decimal](../../types/decimal.md)` as a number or the string that keeps its digits", () => {
      const { resolved, diagnostics } = resolve(
        { "components/price.md": objectSpec("Price", ["amount", "[Decimal](../../types/decimal.md)"]) },
        { root: "/sdk/docs/models" },
      );
      expect(diagnostics).toEqual([]);
      expect(fieldType(resolved, "components/price", "amount")).toEqual({ kind: "union", members: [{ kind: "string" }, { kind: "number" }] });
    });

    it("refuses a link to the specs folder itself or above the file system's root", () => {
      const { diagnostics } = resolve(
        { "a.md": objectSpec("A", ["b", "[B](../models)"], ["c", "[C](../../../../../c.md)"]) },
        { root: "/sdk/docs/models" },
      );
      expect(diagnostics.map((d) => d.message)).toEqual([
        'the link "../models" leads outside the specs folder (to /sdk/docs/models); mdspec reads only the specs folder and never follows links out of it',
        'the link "../../../../../c.md" leads outside the specs folder (to /c.md); mdspec reads only the specs folder and never follows links out of it',
      ]);
    });
  });

  it("reports a link to a page that is not a model spec as such", () => {
    const { diagnostics } = resolve({ "models/a.md": objectSpec("A", ["b", "[B](readme.md)"]) }, { pages: new Set(["models/readme.md"]) });
    expect(diagnostics.map((d) => [d.rule, d.message])).toEqual([
      [
        "unresolved-reference",
        'the link "readme.md" leads to models/readme.md, which is not a model spec (it has no Fields, Values, Supported Types or Properties section)',
      ],
    ]);
  });

  describe("a name linked to a spec of its own name, which the dialect also knows (`[**DateTime**](DateTime.md)`)", () => {
    const meta = spec(
      "# V1ObjectMeta",
      "## Properties",
      "Name | Type | Description | Notes",
      "--- | --- | --- | ---",
      "**creationTimestamp** | [**DateTime**](DateTime.md) | When. | [optional]",
    );
    const dateTime = spec("# DateTime", "## Properties", "Name | Type | Description | Notes", "--- | --- | --- | ---", "**iso** | **String** | | ");

    it("is the dialect's type when no spec defines it, as older Java clients' docs link their date type", () => {
      const { resolved, diagnostics } = resolve({ "docs/V1ObjectMeta.md": meta });
      expect(diagnostics).toEqual([]);
      expect(fieldType(resolved, "docs/V1ObjectMeta", "creationTimestamp")).toEqual({ kind: "date", format: "date-or-date-time", representation: "string" });
    });

    it("is the model when a spec defines it", () => {
      const { resolved, diagnostics } = resolve({ "docs/V1ObjectMeta.md": meta, "docs/DateTime.md": dateTime });
      expect(diagnostics).toEqual([]);
      expect(targetOf(fieldType(resolved, "docs/V1ObjectMeta", "creationTimestamp"))).toBe("docs/DateTime");
    });
  });

  it("finds an OpenAPI Generator model by its name where its link leads to no spec, as Go's docs link some", () => {
    const table = (type: string) => spec("# Pet", "## Properties", "Name | Type | Description | Notes", "--- | --- | --- | ---", `**Kind** | ${type} | | `);
    const kind = spec("# PetKind", "## Enum", "* `CAT` (value: `\"cat\"`)");
    const found = resolve({ "go/Pet.md": table("[**PetKind**](Pet_kind.md)"), "go/PetKind.md": kind });
    expect(found.diagnostics).toEqual([]);
    // The reference keeps its link: an edit run finds it by what was written.
    expect(fieldType(found.resolved, "go/Pet", "Kind")).toMatchObject({ kind: "ref", link: "Pet_kind.md", target: "go/PetKind" });
    const missing = resolve({ "go/Pet.md": table("[**PetKind**](Pet_kind.md)") });
    expect(missing.diagnostics.map((d) => d.message)).toEqual(['the link "Pet_kind.md" does not lead to a spec (looked for go/Pet_kind.md in the specs folder)']);
    // Go's `NullableX` linked elsewhere than X's page (SailPoint's slugs) is X or null.
    const nullable = resolve({ "go/Pet.md": table("Pointer to [**NullablePetKind**](pet-kind)"), "go/PetKind.md": kind });
    expect(nullable.diagnostics).toEqual([]);
    expect(fieldType(nullable.resolved, "go/Pet", "Kind")).toMatchObject({ kind: "union", members: [{ kind: "ref", target: "go/PetKind" }, { kind: "null" }] });
  });

  it("reads a Java oneOf of Java's own types, linked to pages the generator never writes, as those types", () => {
    const scalar = spec("# TimeSeriesScalarValue", "", "## oneOf schemas", "* [Double](Double.md)", "* [Integer](Integer.md)", "* [String](String.md)", "", "NOTE: this class is nullable.");
    const { resolved, diagnostics } = resolve({ "java/TimeSeriesScalarValue.md": scalar });
    expect(diagnostics).toEqual([]);
    expect(model(resolved, "java/TimeSeriesScalarValue").shape).toEqual({
      kind: "union",
      members: [{ kind: "number" }, { kind: "integer" }, { kind: "string" }, { kind: "null" }],
    });
  });

  it("finds the C client's model by the typedef it leaves unlinked (`**ord_status_t \\***`)", () => {
    const order = spec("# order_t", "## Properties", "Name | Type | Description | Notes", "--- | --- | --- | ---", "**status** | **ord_status_t \\*** |  | ");
    const status = spec("# ord_status_t", "## Properties", "Name | Type | Description | Notes", "--- | --- | --- | ---");
    const found = resolve({ "c/order.md": order, "c/ord_status.md": status });
    expect(found.diagnostics).toEqual([]);
    expect(targetOf(fieldType(found.resolved, "c/order", "status"))).toBe("c/ord_status");
  });

  it("finds the inline enum a JavaScript or TypeScript client's field is typed by the base type of", () => {
    const page = (title: string, field: string, enumTitle: string) =>
      spec(`# ${title}`, "## Properties", "Name | Type | Description | Notes", "--- | --- | --- | ---", `**${field}** | **string** |  | [optional]`, `## Enum: ${enumTitle}`, "* `A` (value: `'a'`)");
    for (const [title, field, enumTitle, id] of [
      ["Transaction", "achStatus", "AchStatusEnum", "js/Transaction#enum-achstatusenum"],
      ["ConsumerConnection", "state", "ConsumerConnection.state", "js/ConsumerConnection#enum-consumerconnectionstate"],
    ] as const) {
      const found = resolve({ [`js/${title}.md`]: page(title, field, enumTitle) });
      expect(found.diagnostics).toEqual([]);
      expect(targetOf(fieldType(found.resolved, `js/${title}`, field))).toBe(id);
    }
  });

  it("decodes percent-escapes in a link", () => {
    const { resolved, diagnostics } = resolve({
      "models/a.md": objectSpec("A", ["b", "[B](my%20b.md)"]),
      "models/my b.md": objectSpec("B", ["x", "*str*"]),
    });
    expect(diagnostics).toEqual([]);
    expect(targetOf(fieldType(resolved, "models/a", "b"))).toBe("models/my b");
  });
});

describe("anchors", () => {
  const retry = spec(
    "# Retry",
    "## Fields",
    "| Field | Type |",
    "| - | - |",
    "| `backoff` | [Backoff](#backoff) |",
    "## Backoff",
    "### Fields",
    "| Field | Type |",
    "| - | - |",
    "| `factor` | *float* |",
  );

  it("resolves `#sub` to the model declared under that heading in the same file", () => {
    const { resolved, diagnostics } = resolve({ "models/retry.md": retry });
    expect(diagnostics).toEqual([]);
    expect(targetOf(fieldType(resolved, "models/retry", "backoff"))).toBe("models/retry#backoff");
  });

  it("resolves `other.md#sub` in another file, and `other.md` to that file's main model", () => {
    const { resolved, diagnostics } = resolve({
      "models/retry.md": retry,
      "models/config.md": objectSpec("Config", ["retry", "[Retry](retry.md)"], ["backoff", "[Backoff](retry.md#Backoff)"]),
    });
    expect(diagnostics).toEqual([]);
    expect(targetOf(fieldType(resolved, "models/config", "retry"))).toBe("models/retry");
    expect(targetOf(fieldType(resolved, "models/config", "backoff"))).toBe("models/retry#backoff");
  });

  it("reports an anchor no model in the file has", () => {
    const { diagnostics } = resolve({
      "models/retry.md": retry,
      "models/config.md": objectSpec("Config", ["jitter", "[Jitter](retry.md#jitter)"]),
    });
    expect(diagnostics.map((d) => [d.file, d.rule, d.message, d.at])).toEqual([
      [
        "models/config.md",
        "unresolved-reference",
        'the link "retry.md#jitter" leads to models/retry.md, which has no model under #jitter (its models below the title are #backoff)',
        span(5, 15, 21),
      ],
    ]);
  });
});

describe("names without links", () => {
  it("resolves a name to the model of that name in the spec's own folder first", () => {
    const { resolved, diagnostics } = resolve({
      "models/a/order.md": objectSpec("Order", ["usage", "*Usage*"]),
      "models/a/usage.md": usage,
      "models/b/usage.md": usage,
    });
    expect(diagnostics).toEqual([]);
    expect(targetOf(fieldType(resolved, "models/a/order", "usage"))).toBe("models/a/usage");
  });

  it("resolves a namespaced name `*components.X*[]` in the folder named like the namespace", () => {
    const { resolved, diagnostics } = resolve({
      "models/operations/order.md": objectSpec("Order", ["usages", "*components.Usage*[]"]),
      "models/components/usage.md": usage,
      "models/errors/usage.md": usage,
    });
    expect(diagnostics).toEqual([]);
    expect(targetOf(fieldType(resolved, "models/operations/order", "usages"))).toBe("models/components/usage");
  });

  it("resolves a namespaced name in the folder its namespace names, though the spec's own folder has a model of that name", () => {
    const { resolved, diagnostics } = resolve({
      "models/operations/order.md": objectSpec("Order", ["status", "*components.Usage*"], ["mine", "*Usage*"]),
      "models/operations/usage.md": usage,
      "models/components/usage.md": usage,
    });
    expect(diagnostics).toEqual([]);
    expect(targetOf(fieldType(resolved, "models/operations/order", "status"))).toBe("models/components/usage");
    expect(targetOf(fieldType(resolved, "models/operations/order", "mine"))).toBe("models/operations/usage");
  });

  it("resolves a name defined once anywhere", () => {
    const { resolved, diagnostics } = resolve({
      "models/operations/order.md": objectSpec("Order", ["usage", "*models.Usage*"]),
      "elsewhere/deep/usage.md": usage,
    });
    expect(diagnostics).toEqual([]);
    expect(targetOf(fieldType(resolved, "models/operations/order", "usage"))).toBe("elsewhere/deep/usage");
  });

  it("resolves the members of a Supported Types union by name", () => {
    const { resolved, diagnostics } = resolve({
      "models/content.md": spec("# Content", "## Supported Types", "### `str`", "### `List[models.Part]`"),
      "models/part.md": objectSpec("Part", ["text", "*str*"]),
    });
    expect(diagnostics).toEqual([]);
    expect(model(resolved, "models/content").shape).toEqual({
      kind: "union",
      members: [
        { kind: "string" },
        { kind: "array", items: { kind: "ref", name: "Part", namespace: "models", at: span(4, 11, 22), target: "models/part" } },
      ],
    });
  });

  it("types the Fetch API's objects that TypeScript docs leave unlinked (`*Request*`) as the SDK's, where no spec is such a model", () => {
    const metadata = objectSpec("HTTPMetadata", ["url", "*string*"], ["request", "*Request*"], ["headers", "*Headers*"]);
    const alone = resolve({ "models/components/httpmetadata.md": metadata });
    expect(alone.diagnostics).toEqual([]);
    expect(fieldType(alone.resolved, "models/components/httpmetadata", "request")).toEqual({ kind: "unknown" });
    expect(fieldType(alone.resolved, "models/components/httpmetadata", "headers")).toEqual({ kind: "unknown" });
    // A model of the docs by that name is the model.
    const modelled = resolve({
      "models/components/httpmetadata.md": metadata,
      "models/components/request.md": objectSpec("Request", ["path", "*string*"]),
    });
    expect(modelled.diagnostics).toEqual([]);
    expect(targetOf(fieldType(modelled.resolved, "models/components/httpmetadata", "request"))).toBe("models/components/request");
    // Another unlinked name no spec defines is still an error, and Python's docs read `*Request*` as a model's name.
    expect(resolve({ "models/a.md": objectSpec("A", ["url", "*string*"], ["call", "*Call*"]) }).diagnostics.map((d) => d.rule)).toEqual(["unresolved-reference"]);
    expect(resolve({ "models/a.md": objectSpec("A", ["url", "*str*"], ["request", "*Request*"]) }).diagnostics.map((d) => d.rule)).toEqual(["unresolved-reference"]);
  });

  it("reports a name that several other folders define as unresolved rather than guessing", () => {
    const { diagnostics } = resolve({
      "models/operations/order.md": objectSpec("Order", ["usage", "*Usage*"]),
      "models/a/usage.md": usage,
      "models/b/usage.md": usage,
    });
    expect(diagnostics.map((d) => [d.rule, d.message, d.at])).toEqual([
      [
        "unresolved-reference",
        'the model "Usage" is defined in 2 folders (models/a/usage.md, models/b/usage.md), none of them the spec\'s own',
        span(5, 14, 19),
      ],
    ]);
  });
});

describe("unresolved references", () => {
  it("reports a link to a missing spec as `unresolved-reference`, naming the file it looked for, at the reference", () => {
    const { resolved, diagnostics } = resolve({
      "models/order.md": objectSpec("Order", ["id", "*str*"], ["usage", "[models.Usage](../models/usage.md)"]),
    });
    expect(diagnostics).toEqual([
      {
        file: "models/order.md",
        rule: "unresolved-reference",
        severity: "error",
        message: 'the link "../models/usage.md" does not lead to a spec (looked for models/usage.md in the specs folder)',
        hint: "Create the linked spec, fix the link, or pass --allow-unresolved to type it as unknown.",
        at: span(6, 14, 26),
      },
    ]);
    // The reference stays as written, without a target.
    expect(fieldType(resolved, "models/order", "usage")).toEqual({
      kind: "ref",
      name: "Usage",
      namespace: "models",
      link: "../models/usage.md",
      at: span(6, 14, 26),
    });
  });

  it("finds the model by the link's file name, with a warning, where a link leads to no file (Speakeasy's `undefined/models/shared/x.md`)", () => {
    const job = objectSpec("JobResponse", ["job_id", "*str*"]);
    const { resolved, diagnostics } = resolve({
      "models/shared/jobsresponse.md": objectSpec("JobsResponse", ["data", "list[[shared.JobResponse](undefined/models/shared/jobresponse.md)]"]),
      "models/shared/jobresponse.md": job,
    });
    expect(diagnostics.map((d) => [d.rule, d.severity, d.message, d.at])).toEqual([
      [
        "link-by-name",
        "warning",
        'the link "undefined/models/shared/jobresponse.md" leads to no spec (looked for models/shared/undefined/models/shared/jobresponse.md in the specs folder); the model "JobResponse" is taken from models/shared/jobresponse.md, by the link\'s file name',
        span(5, 18, 36),
      ],
    ]);
    expect(targetOf(fieldType(resolved, "models/shared/jobsresponse", "data"))).toBe("models/shared/jobresponse");
    // Where no spec has the link's file name either, the link's text names the model.
    const byText = resolve({
      "models/shared/jobsresponse.md": objectSpec("JobsResponse", ["data", "list[[shared.JobResponse](undefined/models/shared/job.md)]"]),
      "models/shared/jobresponse.md": job,
    });
    expect(byText.diagnostics.map((d) => d.message)).toEqual([
      'the link "undefined/models/shared/job.md" leads to no spec (looked for models/shared/undefined/models/shared/job.md in the specs folder); the model "shared.JobResponse" is taken from models/shared/jobresponse.md, by its name',
    ]);
    expect(targetOf(fieldType(byText.resolved, "models/shared/jobsresponse", "data"))).toBe("models/shared/jobresponse");
  });

  it("takes, of the specs of the link's file name, the one whose path the link ends in, else the text's folder, else the linking spec's, else the only one", () => {
    const status = (title: string) => objectSpec(title, ["n", "*int*"]);
    const target = (link: string, specs: Record<string, string>) =>
      targetOf(fieldType(resolve({ "models/operations/listrequest.md": objectSpec("ListRequest", ["status", link]), ...specs }).resolved, "models/operations/listrequest", "status"));
    const both = { "models/operations/status.md": status("Status"), "models/components/status.md": status("Status") };
    // The link's path ends as components/status.md does, though a spec of that name is beside the linking one.
    expect(target("[components.Status](undefined/models/components/status.md)", both)).toBe("models/components/status");
    // A path that tells nothing more: the folder the text names, then the linking spec's.
    expect(target("[components.Status](undefined/status.md)", both)).toBe("models/components/status");
    expect(target("[Status](undefined/status.md)", both)).toBe("models/operations/status");
    // Of two whose paths the link ends in, the one it ends in further.
    expect(target("[Status](undefined/models/components/status.md)", { "models/components/status.md": status("Status"), "x/components/status.md": status("Status") })).toBe("models/components/status");
    // The only spec of that name, wherever it is.
    expect(target("[Status](undefined/status.md)", { "models/components/status.md": status("Status") })).toBe("models/components/status");
    // Two elsewhere, neither told apart: the link's text decides, and here it cannot either.
    const apart = resolve({ "models/operations/listrequest.md": objectSpec("ListRequest", ["status", "[Status](undefined/status.md)"]), "models/a/status.md": status("Status"), "models/b/status.md": status("Status") });
    expect(apart.diagnostics.map((d) => d.rule)).toEqual(["unresolved-reference"]);
  });

  it("reads a link to the page OpenAPI Generator never writes for `OneOfstringlong` as the union of the types the name joins", () => {
    const properties = (title: string, ...rows: string[]) => spec(`# ${title}`, "", "## Properties", "", "Name | Type | Description | Notes", "--- | --- | --- | ---", ...rows);
    const job = (type: string) => properties("Job", `**mode** | ${type} |  | [optional]`);
    const mode = (files: Record<string, string>) => {
      const { resolved, diagnostics } = resolve(files);
      return { type: fieldType(resolved, "job", "mode"), messages: diagnostics.map((d) => [d.rule, d.message]) };
    };
    // Primitive names, as JavaScript (`stringlong`) and PHP (`StringLong`) join them.
    expect(mode({ "job.md": job("[**OneOfstringlong**](OneOfstringlong.md)") })).toEqual({
      type: { kind: "union", members: [{ kind: "string" }, { kind: "integer" }] },
      messages: [["link-by-name", 'the link "OneOfstringlong.md" leads to no spec (looked for OneOfstringlong.md in the specs folder); "OneOfstringlong" is read as the union of the types its name joins: string, long']],
    });
    expect(mode({ "job.md": job("[**OneOfStringLong**](OneOfStringLong.md)") }).type).toEqual({ kind: "union", members: [{ kind: "string" }, { kind: "integer" }] });
    // Models of the docs, and null.
    const title = properties("TitleEnum", "**value** | **String** |  | ");
    const blank = properties("BlankEnum", "**value** | **String** |  | ");
    const joined = mode({ "job.md": job("[**OneOfTitleEnumBlankEnumNull**](OneOfTitleEnumBlankEnumNull.md)"), "titleenum.md": title, "blankenum.md": blank });
    expect(joined.type.kind === "union" && joined.type.members.map((member) => (member.kind === "ref" ? targetOf(member) : member.kind))).toEqual(["titleenum", "blankenum", "null"]);
    // A spec of the link's file name elsewhere is the type, before the name is split.
    const page = properties("OneOfstringlong", "**value** | **String** |  | ");
    expect(targetOf(mode({ "job.md": job("[**OneOfstringlong**](OneOfstringlong.md)"), "other/OneOfstringlong.md": page }).type)).toBe("other/OneOfstringlong");
    // A name that splits into no known types stays unresolved.
    expect(mode({ "job.md": job("[**OneOfFooBar**](OneOfFooBar.md)") }).messages.map(([rule]) => rule)).toEqual(["unresolved-reference"]);
  });

  it("takes the union a link's file names, not the first member its text names, where the link leads to no file", () => {
    const member = (name: string) => objectSpec(name, ["n", "*int*"]);
    const union = spec("# SyncScheduleSchedule", "", "## Supported Types", "", "### `shared.IntervalSchedule`", "", "### `shared.CronSchedule`");
    const { resolved, diagnostics } = resolve({
      "models/shared/syncschedule.md": objectSpec("SyncSchedule", [
        "schedule",
        "[Optional[Union[shared.IntervalSchedule, shared.CronSchedule]]](undefined/models/shared/syncscheduleschedule.md)",
      ]),
      "models/shared/syncscheduleschedule.md": union,
      "models/shared/intervalschedule.md": member("IntervalSchedule"),
      "models/shared/cronschedule.md": member("CronSchedule"),
    });
    expect(diagnostics.map((d) => [d.rule, d.message])).toEqual([
      [
        "link-by-name",
        'the link "undefined/models/shared/syncscheduleschedule.md" leads to no spec (looked for models/shared/undefined/models/shared/syncscheduleschedule.md in the specs folder); the model "SyncScheduleSchedule" is taken from models/shared/syncscheduleschedule.md, by the link\'s file name',
      ],
    ]);
    expect(targetOf(fieldType(resolved, "models/shared/syncschedule", "schedule"))).toBe("models/shared/syncscheduleschedule");
  });

  it("finds an unlinked name defined in several folders in the one nearest the spec, where one is nearest", () => {
    const usage = objectSpec("Usage", ["n", "*int*"]);
    const { resolved, diagnostics } = resolve({
      "python/models/order.md": objectSpec("Order", ["usage", "*models.Usage*"]),
      "python/models/sub/usage.md": usage,
      "ts/models/sub/usage.md": usage,
    });
    expect(diagnostics).toEqual([]);
    expect(targetOf(fieldType(resolved, "python/models/order", "usage"))).toBe("python/models/sub/usage");
  });

  it("keeps the error where a link leads to no file and its name to no model, or to several", () => {
    const missing = resolve({ "models/a/order.md": objectSpec("Order", ["usage", "[models.Usage](undefined/usage.md)"]) });
    expect(missing.diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ["unresolved-reference", 'the link "undefined/usage.md" does not lead to a spec (looked for models/a/undefined/usage.md in the specs folder)'],
    ]);
    const usage = objectSpec("Usage", ["n", "*int*"]);
    const twice = resolve({ "models/a/order.md": objectSpec("Order", ["usage", "[Usage](undefined/usage.md)"]), "models/b/usage.md": usage, "models/c/usage.md": usage });
    expect(twice.diagnostics.map((d) => d.rule)).toEqual(["unresolved-reference"]);
  });

  it("keeps the error where a link leads to a spec that lacks the model, or to a page", () => {
    const usage = objectSpec("Usage", ["n", "*int*"]);
    const anchored = resolve({ "models/order.md": objectSpec("Order", ["usage", "[Usage](usage.md#other)"]), "models/usage.md": usage });
    expect(anchored.diagnostics.map((d) => d.rule)).toEqual(["unresolved-reference"]);
    const page = resolve({ "models/order.md": objectSpec("Order", ["usage", "[Usage](readme.md)"]), "models/usage.md": usage }, { pages: new Set(["models/readme.md"]) });
    expect(page.diagnostics.map((d) => d.rule)).toEqual(["unresolved-reference"]);
  });

  it("reports a link that leaves the specs folder", () => {
    const { diagnostics } = resolve({ "models/order.md": objectSpec("Order", ["usage", "[Usage](../../usage.md)"]) });
    expect(diagnostics.map((d) => [d.rule, d.message])).toEqual([
      [
        "unresolved-reference",
        'the link "../../usage.md" leads outside the specs folder (to ../usage.md); mdspec reads only the specs folder and never follows links out of it',
      ],
    ]);
  });

  it("reports an unlinked name no spec defines, with its namespace", () => {
    const { diagnostics } = resolve({ "models/order.md": objectSpec("Order", ["usage", "*components.Usage*"]) });
    expect(diagnostics.map((d) => [d.rule, d.message, d.at])).toEqual([
      ["unresolved-reference", 'no spec defines the model "components.Usage"', span(5, 14, 30)],
    ]);
  });

  it("never suggests the linking spec for a missing page beside it (`chatfilesourcetype.md` from `chatfilesource.md`)", () => {
    const { diagnostics } = resolve({
      "models/chatfilesource.md": objectSpec("ChatFileSource", ["type", "[models.ChatFileSourceType](../models/chatfilesourcetype.md)"]),
      // Farther from the link than the linking spec is, yet the one to suggest.
      "models/chatfilesourcetypeinfos.md": objectSpec("ChatFileSourceTypeInfos", ["x", "*str*"]),
    });
    expect(diagnostics.map((d) => d.message)).toEqual([
      'the link "../models/chatfilesourcetype.md" does not lead to a spec (looked for models/chatfilesourcetype.md in the specs folder); did you mean "chatfilesourcetypeinfos.md"?',
    ]);
    const alone = resolve({ "models/chatfilesource.md": objectSpec("ChatFileSource", ["type", "[models.ChatFileSourceType](../models/chatfilesourcetype.md)"]) });
    expect(alone.diagnostics.map((d) => d.message)).toEqual([
      'the link "../models/chatfilesourcetype.md" does not lead to a spec (looked for models/chatfilesourcetype.md in the specs folder)',
    ]);
  });

  it("with `allowUnresolved`, warns instead and types the reference as unknown", () => {
    const { resolved, diagnostics } = resolve(
      { "models/order.md": objectSpec("Order", ["usages", "[models.Usage](usage.md)[]"]) },
      { allowUnresolved: true },
    );
    expect(diagnostics).toEqual([
      {
        file: "models/order.md",
        rule: "unresolved-reference-allowed",
        severity: "warning",
        message: 'the link "usage.md" does not lead to a spec (looked for models/usage.md in the specs folder)',
        hint: "Create the linked spec or fix the link; until then the field is typed as unknown.",
        at: span(5, 15, 27),
      },
    ]);
    expect(fieldType(resolved, "models/order", "usages")).toEqual({ kind: "array", items: { kind: "unknown" } });
  });
});

describe("the set of models", () => {
  it("returns every model sorted by id", () => {
    const { resolved } = resolve({
      "models/b.md": objectSpec("B", ["x", "*str*"]),
      "models/a.md": objectSpec("A", ["x", "*str*"]),
      "c.md": objectSpec("C", ["x", "*str*"]),
    });
    expect(resolved.models.map((m) => m.id)).toEqual(["c", "models/a", "models/b"]);
  });

  it("keeps two models of the same name in different folders", () => {
    const { resolved, diagnostics } = resolve({
      "models/components/usage.md": usage,
      "models/shared/usage.md": usage,
    });
    expect(diagnostics).toEqual([]);
    expect(resolved.models.map((m) => [m.id, m.name])).toEqual([
      ["models/components/usage", "Usage"],
      ["models/shared/usage", "Usage"],
    ]);
  });

  it("reports a second model of the same name in one folder as `duplicate-model` and keeps the first by id", () => {
    const { resolved, diagnostics } = resolve({
      "models/usage2.md": spec("", "# Usage", "## Values", '- `"a"`'),
      "models/usage.md": usage,
    });
    expect(diagnostics).toEqual([
      {
        file: "models/usage2.md",
        rule: "duplicate-model",
        severity: "error",
        message: 'model "Usage" is already defined in models/usage.md:1',
        hint: "Rename one of the models or move it to another folder; names must be unique within a folder.",
        at: span(2, 3, 8),
      },
    ]);
    expect(resolved.models.map((m) => m.id)).toEqual(["models/usage"]);
  });
});

describe("recursion", () => {
  it("finds a model that refers to itself", () => {
    const { resolved, diagnostics } = resolve({
      "models/node.md": objectSpec("Node", ["children", "List[[models.Node](node.md)]"]),
    });
    expect(diagnostics).toEqual([]);
    expect(resolved.recursive).toEqual(new Set(["models/node"]));
  });

  it("finds models that refer to each other, and not the models that merely refer to them", () => {
    const { resolved, diagnostics } = resolve({
      "models/person.md": objectSpec("Person", ["employer", "[Optional[Company]](company.md)"]),
      "models/company.md": objectSpec("Company", ["staff", "[Person](person.md)[]"]),
      "models/directory.md": objectSpec("Directory", ["people", "[Person](person.md)[]"]),
      "models/usage.md": usage,
    });
    expect(diagnostics).toEqual([]);
    expect(resolved.recursive).toEqual(new Set(["models/company", "models/person"]));
  });

  it("finds a cycle of three through a union and a sub-model", () => {
    const { resolved, diagnostics } = resolve({
      "models/expr.md": spec("# Expr", "## Supported Types", "### `models.Sum`", "### `int`"),
      "models/sum.md": spec(
        "# Sum",
        "## Fields",
        "| Field | Type |",
        "| - | - |",
        "| `terms` | [Terms](#terms) |",
        "## Terms",
        "### Fields",
        "| Field | Type |",
        "| - | - |",
        "| `items` | [Expr](expr.md)[] |",
      ),
    });
    expect(diagnostics).toEqual([]);
    expect(resolved.recursive).toEqual(new Set(["models/expr", "models/sum", "models/sum#terms"]));
  });

  it("finds no recursion among models without cycles", () => {
    const { resolved } = resolve({
      "models/a.md": objectSpec("A", ["b", "[B](b.md)"], ["again", "[B](b.md)"]),
      "models/b.md": objectSpec("B", ["c", "[C](c.md)"]),
      "models/c.md": objectSpec("C", ["x", "*str*"]),
    });
    expect(resolved.recursive).toEqual(new Set());
  });

  it("follows a long chain without overflowing the stack", () => {
    const count = 20_000;
    const models: Model[] = [];
    for (let i = 0; i < count; i++) {
      const next = (i + 1) % count;
      models.push({
        id: `m${i}`,
        name: `M${i}`,
        file: `m${i}.md`,
        folder: "",
        description: "",
        examples: [],
        shape: {
          kind: "object",
          fields: [
            {
              name: "next",
              type: { kind: "ref", name: `M${next}`, link: `m${next}.md`, at: span(1, 1, 1) },
              optional: true,
              description: "",
              examples: [],
              at: span(1, 1, 1),
            },
          ],
        },
        at: span(1, 1, 1),
      });
    }
    const { resolved, diagnostics } = resolveModels(models);
    expect(diagnostics).toEqual([]);
    expect(resolved.recursive.size).toBe(count);
  });
});
