/**
 * Every rule, from a small spec written to break it: the diagnostic's rule,
 * severity, message and position (line:column of the offending text), and
 * whether it fails the run. The exit codes these lead to are checked once,
 * through the command line, at the end.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { readSpecFiles } from "../../src/read/specs-folder.js";
import { generate } from "../../src/run/generate.js";
import { buildModels, parseSpecs } from "../../src/run/stages.js";
import { fieldsSpec, specFolder, valuesSpec, type SpecFolder } from "../helpers/spec-folder.js";

let folder: SpecFolder | undefined;
afterEach(() => folder?.remove());

async function run(files: Record<string, string | Uint8Array>, options: { allowUnresolved?: boolean } = {}) {
  folder = specFolder(files);
  const out = join(folder.root, "out");
  const result = await generate({ specs: folder.specs, out, packageName: "out", format: false, ...options });
  return { ...result, wrote: existsSync(out) };
}

/** The diagnostic as the reporter shows it: where, what, which rule. */
function shown(d: Diagnostic): string {
  const at = "start" in d.at ? `${d.at.start.line}:${d.at.start.column}-${d.at.end.line}:${d.at.end.column}` : `${d.at.line}:${d.at.column}`;
  return `${d.file} ${at} ${d.severity} ${d.rule}: ${d.message}`;
}

const ADDRESS = fieldsSpec("Address", [["city", "*str*"]]);

describe("unresolved-reference", () => {
  it("points at the linked name when the link leads to no spec", async () => {
    const result = await run({ "models/user.md": fieldsSpec("User", [["address", "[models.Address](address.md)"]]) });
    // Row 7: "| `address` | [models.Address](address.md) | ..."; the name starts in column 16.
    expect(result.diagnostics.map(shown)).toEqual([
      'models/user.md 7:16-7:30 error unresolved-reference: the link "address.md" does not lead to a spec (looked for models/address.md in the specs folder)',
    ]);
    expect(result.ok).toBe(false);
    expect(result.wrote).toBe(false);
  });

  it("points at a namespaced name no spec defines", async () => {
    const result = await run({ "models/user.md": fieldsSpec("User", [["address", "*models.Adress*"]]) });
    expect(result.diagnostics.map(shown)).toEqual([
      'models/user.md 7:16-7:29 error unresolved-reference: no spec defines the model "models.Adress"',
    ]);
  });

  it("reports a link that leaves the specs folder, and writes nothing there", async () => {
    const result = await run({ "models/user.md": fieldsSpec("User", [["a", "[models.X](../../../../../../../../etc/passwd)"], ["b", "[models.Y](/etc/hosts)"]]) });
    expect(result.diagnostics.map(shown)).toEqual([
      'models/user.md 7:10-7:18 error unresolved-reference: the link "../../../../../../../../etc/passwd" leads outside the specs folder (to /etc/passwd); mdspec reads only the specs folder and never follows links out of it',
      'models/user.md 8:10-8:18 error unresolved-reference: the link "/etc/hosts" leads outside the specs folder (to /etc/hosts); mdspec reads only the specs folder and never follows links out of it',
    ]);
  });

  it("with allowUnresolved is a warning (unresolved-reference-allowed) and the run succeeds", async () => {
    const result = await run({ "models/user.md": fieldsSpec("User", [["address", "[models.Address](address.md)"]]) }, { allowUnresolved: true });
    expect(result.diagnostics.map(shown)).toEqual([
      'models/user.md 7:16-7:30 warning unresolved-reference-allowed: the link "address.md" does not lead to a spec (looked for models/address.md in the specs folder)',
    ]);
    expect(result.ok).toBe(true);
    expect(result.wrote).toBe(true);
  });
});

describe("unknown-type", () => {
  it("is an error that stops the run, and names the field's type", async () => {
    const result = await run({ "models/user.md": fieldsSpec("User", [["id", "*str*"], ["age", "*flaot*"]]) });
    expect(result.diagnostics.map(shown)).toEqual(['models/user.md 8:12-8:17 error unknown-type: unknown type "flaot"; did you mean "float"?']);
    expect(result.ok).toBe(false);
    expect(result.wrote).toBe(false);
  });

  it("with allowUnresolved is a warning (unknown-type-allowed, unparsable-type-allowed), and the field or member is typed unknown", async () => {
    const result = await run(
      {
        "models/user.md": fieldsSpec("User", [["id", "*str*"], ["age", "*flaot*"], ["at", "*tokio::Mutex<u8>*"], ["tags", "List[*str*]]"]]),
        "models/either.md": "# Either\n\n## Supported Types\n\n### `str`\n\n```python\nvalue: str = /* values here */\n```\n\n### `Frob[int]`\n\n```python\nvalue: Frob[int] = /* values here */\n```\n",
      },
      { allowUnresolved: true },
    );
    expect(result.diagnostics.map(shown)).toEqual([
      'models/either.md 11:6-11:15 warning unknown-type-allowed: unknown generic type "Frob"',
      'models/user.md 8:12-8:17 warning unknown-type-allowed: unknown type "flaot"; did you mean "float"?',
      'models/user.md 9:11-9:27 warning unknown-type-allowed: unknown generic type "tokio.Mutex"',
      'models/user.md 10:23-10:24 warning unparsable-type-allowed: cannot read the type of field "tags": unexpected "]"',
    ]);
    expect(result.ok).toBe(true);
    const user = readFileSync(join(folder!.root, "out/src/models/user.ts"), "utf8");
    expect(user).toMatch(/age: unknown;/u);
    expect(user).toMatch(/at: unknown;/u);
    expect(user).toMatch(/tags: unknown;/u);
    expect(readFileSync(join(folder!.root, "out/src/models/either.ts"), "utf8")).toMatch(/export type Either = unknown;/u);
  });

  it("with allowUnresolved is the same warning through the staged API (parseSpecs, buildModels)", () => {
    folder = specFolder({ "models/user.md": fieldsSpec("User", [["age", "*flaot*"], ["tags", "List[*str*]]"]]) });
    const parsed = parseSpecs(readSpecFiles(folder.specs), { allowUnresolved: true });
    const built = buildModels(parsed.documents, { root: folder.specs, pages: parsed.pages, allowUnresolved: true });
    expect([...parsed.diagnostics, ...built.diagnostics].map((d) => `${d.severity} ${d.rule}`)).toEqual([
      "warning unparsable-type-allowed",
      "warning unknown-type-allowed",
    ]);
  });
});

describe("a spec whose only errors are allowed", () => {
  it("is complete: a link into it that finds no model is reported (and typed unknown), not left unresolved", async () => {
    const result = await run(
      {
        "models/a.md": fieldsSpec("A", [["b", "[models.Gone](b.md#gone)"]]),
        "models/b.md": fieldsSpec("B", [["x", "List[*str*]]"]]),
      },
      { allowUnresolved: true },
    );
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["unresolved-reference-allowed", "unparsable-type-allowed"]);
    expect(result.ok).toBe(true);
    expect(readFileSync(join(folder!.root, "out/src/models/a.ts"), "utf8")).toMatch(/b: unknown;/u);
  });
});

describe("suggestions for mistyped names", () => {
  it("suggest the type, model, spec file or anchor that was probably meant", async () => {
    const result = await run({
      "models/user.md": fieldsSpec("User", [
        ["a", "*flaot*"],
        ["b", "Lsit[*str*]"],
        ["c", "*models.Adress*"],
        ["d", "[Adress](adress.md)"],
        ["e", "[Street](address.md#stret)"],
      ]),
      "models/address.md": `${fieldsSpec("Address", [["street", "[Street](#street)"]])}\n## Street\n\n### Fields\n\n| Field | Type |\n| - | - |\n| \`name\` | *str* |\n`,
    });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'unknown type "flaot"; did you mean "float"?',
      'unknown generic type "Lsit"; did you mean "List"?',
      'no spec defines the model "models.Adress"; did you mean "Address"?',
      'the link "adress.md" does not lead to a spec (looked for models/adress.md in the specs folder); did you mean "address.md"?',
      'the link "address.md#stret" leads to models/address.md, which has no model under #stret (its models below the title are #street); did you mean "#street"?',
    ]);
  });
});

describe("unparsable-type", () => {
  it("points at the token where the type stops making sense", async () => {
    const result = await run({ "user.md": fieldsSpec("User", [["tags", "List[*str*]]"]]) });
    // "| `tags` | List[*str*]] |": the stray bracket is column 23.
    expect(result.diagnostics.map(shown)).toEqual(['user.md 7:23-7:24 error unparsable-type: cannot read the type of field "tags": unexpected "]"']);
  });

  it("refuses nesting deeper than 64 levels, pointing inside the 65th", async () => {
    const type = "List[".repeat(65) + "str" + "]".repeat(65);
    const result = await run({ "deep.md": fieldsSpec("Deep", [["a", type]]) });
    // The type starts in column 9; after 65 times "List[" comes "str".
    const str = 9 + 5 * 65;
    expect(result.diagnostics.map(shown)).toEqual([
      `deep.md 7:${str}-7:${str + 3} error unparsable-type: cannot read the type of field "a": the type nests deeper than 64 levels`,
    ]);
  });

  it("counts array suffixes as levels of nesting", async () => {
    const result = await run({ "deep.md": fieldsSpec("Deep", [["a", "*string*" + "[]".repeat(65)]]) });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["unparsable-type"]);
    expect(result.diagnostics[0]!.message).toContain("deeper than 64 levels");
  });

  it("refuses a number too large to represent", async () => {
    const result = await run({ "big.md": fieldsSpec("Big", [["a", `Literal[${"9".repeat(400)}]`]]) });
    expect(result.diagnostics.map(shown)).toEqual([
      'big.md 7:17-7:417 error unparsable-type: cannot read the type of field "a": the number 999999999999…999999 is too large',
    ]);
  });
});

describe("unknown-type", () => {
  it("points at a name that is neither a primitive nor a model", async () => {
    const result = await run({ "user.md": fieldsSpec("User", [["name", "*strng*"]]) });
    expect(result.diagnostics.map(shown)).toEqual(['user.md 7:13-7:18 error unknown-type: unknown type "strng"; did you mean "string"?']);
  });
});

describe("missing-model-heading", () => {
  it("is reported at the start of a file without a `#` heading", async () => {
    const result = await run({ "prose.md": "Just some notes.\n\n## Fields\n\n| Field | Type |\n| - | - |\n| a | str |\n" });
    expect(result.diagnostics.map(shown)).toEqual(["prose.md 1:1-1:17 error missing-model-heading: the spec has no `# ModelName` heading"]);
  });
});

describe("missing-section", () => {
  it("points at the model's name when its section is not where a section goes", async () => {
    const result = await run({ "orphan.md": "# Orphan\n\nA model without fields.\n\n### Fields\n\n| Field | Type |\n| - | - |\n| `a` | *str* |\n" });
    expect(result.diagnostics.map(shown)).toEqual([
      'orphan.md 1:3-1:9 error missing-section: model "Orphan" has no Fields, Values or Supported Types section',
    ]);
  });

  it("is not reported for a page with no model section at all: that page is skipped, and a link to it is an error", async () => {
    const result = await run({
      "orphan.md": "# Orphan\n\nA page without fields.\n\n## Example Usage\n",
      "user.md": fieldsSpec("User", [["orphan", "[Orphan](orphan.md)"]]),
    });
    expect(result.diagnostics.map(shown)).toEqual([
      'user.md 7:15-7:21 error unresolved-reference: the link "orphan.md" leads to orphan.md, which is not a model spec (it has no Fields, Values, Supported Types or Properties section)',
    ]);
    expect(result.skipped.pages).toEqual(["orphan.md"]);
  });

  it("points at the Fields heading when the section has no table", async () => {
    const result = await run({ "bare.md": "# Bare\n\n## Fields\n\nNone yet.\n" });
    expect(result.diagnostics.map(shown)).toEqual(["bare.md 3:1-3:10 error missing-section: the Fields section has no table"]);
  });
});

describe("missing-column", () => {
  it("points at the header row and names the columns it found", async () => {
    const result = await run({ "user.md": "# User\n\n## Fields\n\n| Name | Kind |\n| --- | --- |\n| a | *str* |\n" });
    expect(result.diagnostics.map(shown)).toEqual([
      'user.md 5:1-5:16 error missing-column: the fields table has no Type column (its columns are "name", "kind")',
    ]);
  });
});

describe("malformed-table", () => {
  it("points at a divider row with fewer cells than the header, which turns the table into text", async () => {
    const result = await run({ "user.md": "# User\n\n## Fields\n\n| Field | Type | Required |\n| --- | --- |\n| `id` | *str* | ✓ |\n" });
    expect(result.diagnostics.map(shown)).toEqual([
      "user.md 6:1-6:14 error malformed-table: the table's header row has 3 cells but its divider row has 2, so markdown reads it as text, not as a table",
    ]);
  });
});

describe("short-row", () => {
  it("warns about a row with fewer cells than the header, naming the columns read as empty", async () => {
    const result = await run({ "user.md": "# User\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | *str* |\n" });
    expect(result.diagnostics.map(shown)).toEqual([
      'user.md 7:1-7:17 warning short-row: the row of field "id" has 2 cells where the header has 4: "required", "description" read as empty',
    ]);
    expect(result.ok).toBe(true);
  });

  it("takes a last pipe in a table without outer pipes for an empty last cell, as OpenAPI Generator writes it", async () => {
    const result = await run({ "User.md": "# User\n\n## Properties\n\nName | Type | Description | Notes\n--- | --- | --- | ---\n**id** | **str** | The id. | \n" });
    expect(result.diagnostics).toEqual([]);
  });
});

describe("split-cell", () => {
  it("warns about a Type cell an unescaped pipe cut in two, and reads the type across the cut", async () => {
    const row = "**tags** | **Array&lt;string | null&gt;** | The tags. | [optional]";
    const result = await run({ "Pet.md": `# Pet\n\n## Properties\n\nName | Type | Description | Notes\n--- | --- | --- | ---\n${row}\n` });
    expect(result.diagnostics.map(shown)).toEqual([
      'Pet.md 7:12-7:42 warning split-cell: the Type cell of field "tags" holds a `|`, which ends a table cell; it is read as one cell',
    ]);
    expect(result.ok).toBe(true);
  });

  it("leaves a type that no join reads as unparsable", async () => {
    const row = "**tags** | **Array&lt;string** | **null** | The tags. | [optional]";
    const result = await run({ "Pet.md": `# Pet\n\n## Properties\n\nName | Type | Description | Notes\n--- | --- | --- | ---\n${row}\n` });
    expect(result.diagnostics.map((d) => d.rule)).toEqual(["unparsable-type"]);
  });
});

describe("unclear-required", () => {
  it("warns about a Required cell that is empty or says neither yes nor no, and reads the field as optional", async () => {
    const result = await run({
      "user.md": fieldsSpec("User", [["id", "*str*"]]).replace(":heavy_check_mark:", "maybe") + "| `name` | *str* |  | N/A |\n",
    });
    expect(result.diagnostics.map(shown)).toEqual([
      'user.md 7:18-7:23 warning unclear-required: cannot tell from "maybe" whether field "id" is required; the field is read as optional',
      'user.md 8:18-8:21 warning unclear-required: the Required cell of field "name" is empty; the field is read as optional',
    ]);
  });
});

describe("empty-cell", () => {
  it("points at an empty type cell", async () => {
    const result = await run({ "user.md": "# User\n\n## Fields\n\n| Field | Type |\n| --- | --- |\n| `id` |  |\n" });
    // The last cell's span runs from its pipe through the closing one.
    expect(result.diagnostics.map(shown)).toEqual(['user.md 7:8-7:12 error empty-cell: field "id" has no type']);
  });

  it("points at an empty name cell", async () => {
    const result = await run({ "user.md": "# User\n\n## Fields\n\n| Field | Type |\n| --- | --- |\n|  | *str* |\n" });
    expect(result.diagnostics.map(shown)).toEqual(["user.md 7:1-7:4 error empty-cell: the row has no field name"]);
  });
});

describe("duplicate-field", () => {
  it("points at the second occurrence of the name", async () => {
    const result = await run({ "user.md": fieldsSpec("User", [["id", "*str*"], ["name", "*str*"], ["id", "*int*"]]) });
    expect(result.diagnostics.map(shown)).toEqual(['user.md 9:3-9:7 error duplicate-field: field "id" is already defined at line 7']);
  });
});

describe("duplicate-model", () => {
  it("points at the second heading of a name already taken in the folder", async () => {
    const result = await run({ "pets/a.md": fieldsSpec("Pet", [["a", "*str*"]]), "pets/b.md": fieldsSpec("Pet", [["b", "*str*"]]) });
    expect(result.diagnostics.map(shown)).toEqual(['pets/b.md 1:3-1:6 error duplicate-model: model "Pet" is already defined in pets/a.md:1']);
  });

  it("allows the same name in two folders", async () => {
    const result = await run({ "a/pet.md": fieldsSpec("Pet", [["a", "*str*"]]), "b/pet.md": fieldsSpec("Pet", [["b", "*str*"]]) });
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe("name-collision", () => {
  it("points at a model whose TypeScript name another model of the folder already has", async () => {
    const result = await run({ "a.md": fieldsSpec("Foo Bar", [["a", "*str*"]]), "b.md": fieldsSpec("FooBar", [["b", "*str*"]]) });
    expect(result.diagnostics.map(shown)).toEqual([
      'b.md 1:3-1:9 error name-collision: model "FooBar" would be exported as FooBar, a name a.md (model "Foo Bar") already takes in this folder',
    ]);
  });
});

describe("self-containing-union", () => {
  const union = (name: string, members: string[]) =>
    `# ${name}\n\n## Supported Types\n\n${members.map((m) => `### \`${m}\`\n`).join("\n")}`;

  it("points at a union that is one of its own members, directly or through another union", async () => {
    const result = await run({ "a.md": union("A", ["str", "models.B"]), "b.md": union("B", ["int", "Optional[models.A]"]), "c.md": union("C", ["models.C"]) });
    expect(result.diagnostics.map(shown)).toEqual([
      'a.md 1:3-1:4 error self-containing-union: model "A" is a union that contains itself through B',
      'b.md 1:3-1:4 error self-containing-union: model "B" is a union that contains itself through A',
      'c.md 1:3-1:4 error self-containing-union: model "C" is a union that contains itself',
    ]);
  });

  it("allows a union to refer back to itself inside a list", async () => {
    const result = await run({ "a.md": union("A", ["str", "List[models.A]"]) });
    expect(result.diagnostics).toEqual([]);
  });
});

describe("invalid-model-name", () => {
  it("points at a heading with nothing to make a name from", async () => {
    const result = await run({ "odd.md": fieldsSpec("!!!", [["a", "*str*"]]) });
    expect(result.diagnostics.map(shown)).toEqual([
      'odd.md 1:3-1:6 error invalid-model-name: the model name "!!!" has no letters or digits to make a TypeScript name from',
    ]);
  });

  it("is reported even when other files have parse errors, and a reference to it does not crash", async () => {
    const result = await run({ "odd.md": fieldsSpec("!!!", [["a", "*str*"]]), "user.md": fieldsSpec("User", [["odd", "[Odd](odd.md)"], ["x", "List["]]) });
    expect(result.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(["odd.md invalid-model-name", "user.md unparsable-type"]);
  });
});

describe("empty-file", () => {
  it.each([
    ["an empty file", ""],
    ["only whitespace", "  \n\n\t\n"],
    ["only a byte order mark", "\ufeff"],
  ])("is reported for %s", async (_name, text) => {
    const result = await run({ "empty.md": text });
    expect(result.diagnostics.map(shown)).toEqual(["empty.md 1:1 error empty-file: the file is empty"]);
  });
});

describe("invalid-encoding", () => {
  it("points at the first byte that is not UTF-8", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("# Caf\u00e9\n\nLatin-1: caf"), 0xe9, 0x0a]);
    const result = await run({ "latin1.md": bytes });
    expect(result.diagnostics.map(shown)).toEqual(["latin1.md 3:13 error invalid-encoding: the file is not valid UTF-8 (byte 0xe9 at offset 21)"]);
  });

  it("points at a multi-byte character cut off at the end of the file", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("# X\nab"), 0xe2, 0x82]);
    const result = await run({ "cut.md": bytes });
    expect(result.diagnostics.map(shown)).toEqual(["cut.md 2:3 error invalid-encoding: the file is not valid UTF-8 (byte 0xe2 at offset 6)"]);
  });
});

// unreadable-file: test/read/unreadable-spec.test.ts, where reading a file can be made to fail.

describe("invalid-enum-value", () => {
  it("points at a list item that is not a value", async () => {
    const result = await run({ "role.md": '# Role\n\n## Values\n\n- `"user"`\n- `"unterminated`\n' });
    expect(result.diagnostics.map(shown)).toEqual(['role.md 6:3-6:18 error invalid-enum-value: cannot read enum value "\\"unterminated"']);
  });

  it("points at a member of a TypeScript union that is not a literal", async () => {
    const result = await run({ "role.md": '# Role\n\n## Values\n\n```typescript\n"user" | string\n```\n' });
    expect(result.diagnostics.map(shown)).toEqual(["role.md 6:10-6:16 error invalid-enum-value: an enum member must be a string or number literal"]);
  });
});

describe("empty-section", () => {
  it("warns about a Values section without values, and the run succeeds", async () => {
    const result = await run({ "role.md": "# Role\n\n## Values\n\nNone yet.\n" });
    expect(result.diagnostics.map(shown)).toEqual(["role.md 3:1-3:10 warning empty-section: the Values section lists no values, so the model admits any value"]);
    expect(result.ok).toBe(true);
    // Not an enum of no values, whose guard would reject every value.
    expect(readFileSync(join(folder!.root, "out/src/role.ts"), "utf8")).toMatch(/export type Role = unknown;/u);
  });
});

describe("markdown-too-complex", () => {
  it("refuses quotes nested deeper than mdspec reads, at the line", async () => {
    const result = await run({ "deep.md": `# Deep\n\n${"> ".repeat(150)}text\n\n## Fields\n\n| Field | Type |\n| - | - |\n| a | str |\n` });
    expect(result.diagnostics.map(shown)).toEqual(["deep.md 3:1 error markdown-too-complex: quotes or lists nest about 150 levels deep here; mdspec reads at most 100"]);
  });
});

describe("a run with many broken files", () => {
  const files = {
    "models/user.md": fieldsSpec("User", [["id", "*str*"], ["id", "*str*"], ["pet", "[models.Pet](pet.md)"], ["home", "[models.Address](address.md)"]]),
    "models/pet.md": "# Pet\n\n## Fields\n\nNo table here.\n",
    "models/address.md": ADDRESS,
    "models/order.md": fieldsSpec("Order", [["total", "Decimal["], ["owner", "*models.Customer*"]]),
    "models/empty.md": "",
    "models/prose.md": "Notes without a heading.\n\n## Fields\n\n| Field | Type |\n| - | - |\n| `a` | *str* |\n",
    "other/user.md": fieldsSpec("User", [["x", "*str*"]]),
  };

  it("reports every error, from every stage, sorted by file and position", async () => {
    const result = await run(files);
    expect(result.diagnostics.map((d) => `${d.file}:${"start" in d.at ? d.at.start.line : d.at.line} ${d.rule}`)).toEqual([
      "models/empty.md:1 empty-file",
      "models/order.md:7 unparsable-type",
      // Resolve still runs although parsing found errors.
      "models/order.md:8 unresolved-reference",
      "models/pet.md:3 missing-section",
      "models/prose.md:1 missing-model-heading",
      // The link into pet.md, which could not be read, is not reported a second time.
      "models/user.md:8 duplicate-field",
    ]);
    expect(result.ok).toBe(false);
    expect(result.wrote).toBe(false);
  });

  /** Runs the command line on a fresh spec folder. */
  const mdspec = (specs: Record<string, string>, args: string[]) => {
    folder = specFolder(specs);
    const cli = join(import.meta.dirname, "../../dist/cli/main.js");
    return spawnSync(process.execPath, [cli, "--specs", "specs", "--out", "out", ...args], {
      cwd: folder.root,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
  };

  it("exits 1 from the command line and prints them all as JSON", () => {
    const runCli = mdspec(files, ["--format", "json"]);
    expect(runCli.status).toBe(1);
    const printed = JSON.parse(runCli.stdout) as Array<{ rule: string; line: number; column: number; hint: string }>;
    expect(printed.map((d) => d.rule)).toEqual([
      "empty-file",
      "unparsable-type",
      "unresolved-reference",
      "missing-section",
      "missing-model-heading",
      "duplicate-field",
    ]);
    expect(printed[5]).toMatchObject({ line: 8, column: 3, hint: expect.stringContaining("Remove or rename one of the rows") });
    expect(existsSync(join(folder!.root, "out"))).toBe(false);
  });

  it("exits 0 from the command line when there are only warnings", () => {
    const runCli = mdspec({ "role.md": "# Role\n\n## Values\n\nNone yet.\n" }, ["--no-prettier"]);
    expect(runCli.stderr).toContain("3:1-3:10 warning the Values section lists no values, so the model admits any value empty-section mdspec");
    expect(runCli.status).toBe(0);
  });
});

describe("valuesSpec helper specs", () => {
  it("parse without diagnostics (the builders above write valid specs)", async () => {
    const result = await run({ "role.md": valuesSpec("Role", ["a", 1]), "user.md": ADDRESS });
    expect(result.diagnostics).toEqual([]);
  });
});
