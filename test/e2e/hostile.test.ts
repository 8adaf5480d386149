/**
 * Specs as an attacker, or a careless editor, might write them: names that
 * shadow JavaScript globals or are reserved words, field names that need
 * quoting or are special to objects, descriptions and enum values full of
 * comment ends, template syntax and escapes. The package generated from them
 * must compile under the strictest settings, load without running anything
 * the specs wrote, and guard values exactly — for any input, without throwing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ts } from "ts-morph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatTypeScript } from "../../src/emit/format.js";
import { generatePackage, type GeneratedPackage } from "../helpers/generated-package.js";
import { specFolder, type SpecFolder } from "../helpers/spec-folder.js";
import { STRICT_FLAGS, tsc } from "../helpers/tsc.js";

/** Code a spec tries to smuggle into the package; importing the package must not run it. */
const CANARY = "globalThis.__mdspecInjected = true";

const INJECTION = [
  `Ends the comment: */ ${CANARY}; /*`,
  "Template: `${" + CANARY + "}` and a backtick ` alone.",
  "Backslashes: \\ \\\\ \\u0041 \\n and a line-continuation \\",
  "@param value a tag the text did not mean",
  `</script><script>${CANARY}</script>`,
  `Line separators:\u2028${CANARY}\u2029@deprecated by a line separator.`,
  `Bidirectional controls: \u202e ${CANARY} \u2066// hidden\u2069 and a zero-width\u200bspace.`,
].join("\n\n");

const globals = `# Date

${INJECTION}

## Example Usage

\`\`\`typescript
const x = 1; */ ${CANARY}; /*
\`\`\`

## Fields

| Field | Type | Required | Description |
| --- | --- | --- | --- |
| \`when\` | [Date](https://developer.mozilla.org/Date) | :heavy_check_mark: | A real Date object, though a model here is called Date. */ ${CANARY} |
| \`chain\` | [WeakSet](#weakset) | :heavy_minus_sign: | N/A |
| \`events\` | EventStream<*string*> | :heavy_minus_sign: | N/A |
| \`counts\` | Record<string, *number*> | :heavy_minus_sign: | N/A |

## WeakSet

A recursive model named like the global the guards of recursive models use.

### Fields

| Field | Type | Required | Description |
| --- | --- | --- | --- |
| \`next\` | [WeakSet](#weakset) | :heavy_minus_sign: | N/A |

## AsyncIterable

### Fields

| Field | Type | Required | Description |
| --- | --- | --- | --- |
| \`stream\` | EventStream<*number*> | :heavy_check_mark: | N/A |

${["Object", "Array", "Record", "Promise", "String", "Symbol", "Error", "Map", "Set", "JSON", "Number", "Boolean", "globalThis", "undefined", "NaN", "Infinity"]
  .map((name) => `## ${name}\n\n### Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| \`${name}\` | *string* | :heavy_check_mark: | N/A |\n`)
  .join("\n")}`;

const reserved = `# class

## Fields

| Field | Type | Required | Description |
| --- | --- | --- | --- |
| \`default\` | [default](#default) | :heavy_check_mark: | N/A |
| \`new\` | [models.function](#function) | :heavy_check_mark: | N/A |

## default

### Values

- \`"a"\`
- \`"b"\`

## function

### Supported Types

#### \`string\`

#### \`number\`
`;

const SPECIAL_FIELDS = [
  "__proto__",
  "constructor",
  "hasOwnProperty",
  "toString",
  "valueOf",
  "prototype",
  "default",
  "class",
  "foo-bar",
  "with space",
  "123abc",
  "ünïcödé",
  "$dollar",
  "😀",
  'quo"ted',
  "back\\slash",
  "bidi\u202ename",
];

const fields = `# Special Fields

${SPECIAL_FIELDS.map((name) => `- \`${name}\``).join("\n")}

## Fields

| Field | Type | Required | Description |
| --- | --- | --- | --- |
${SPECIAL_FIELDS.map((name) => `| \`${name}\` | *string* | :heavy_check_mark: | The field \`${name}\`. */ ${CANARY} |`).join("\n")}
| \`pipe\\|name\` | *int* | :heavy_minus_sign: | N/A |
`;

const ENUM_VALUES = ['a"b', "it's", "back\\slash", "${x}", "*/", "`tick`", "line\u2028sep", "</script>", "user\u202e \u2066// admin\u2069 \u2066", "del\u007fc1\u0085"];

const values = `# Tricky Values

${INJECTION}

## Values

${ENUM_VALUES.map((value) => `- \`\`${JSON.stringify(value)}\`\``).join("\n")}
`;

/** Mutually recursive models in two files, so their guards import each other. */
const tree = `# Tree

## Fields

| Field | Type | Required | Description |
| --- | --- | --- | --- |
| \`children\` | List[[models.Forest](forest.md)] | :heavy_check_mark: | N/A |
| \`parent\` | [Optional[models.Tree]](tree.md) | :heavy_minus_sign: | N/A |
`;

const forest = `# Forest

## Fields

| Field | Type | Required | Description |
| --- | --- | --- | --- |
| \`trees\` | Dict[str, [models.Tree](tree.md)] | :heavy_check_mark: | N/A |
`;

/** The text of every token of a TypeScript source that is not a comment or whitespace. */
function codeTokens(source: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ true, ts.LanguageVariant.Standard, source);
  const tokens: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) tokens.push(scanner.getTokenText());
  return tokens;
}

/** Comparisons TypeScript would reject if the generated code were careless about inherited members and narrowing. */
const literals = `# Literal Keys

## Fields

| Field | Type | Required | Description |
| --- | --- | --- | --- |
| \`constructor\` | *"fixed"* | :heavy_check_mark: | N/A |
| \`hasOwnProperty\` | Literal[1] | :heavy_minus_sign: | N/A |
| \`anything\` | Union[str, Any] | :heavy_check_mark: | N/A |
| \`whatever\` | [Optional[models.Whatever]](whatever.md) | :heavy_minus_sign: | N/A |
`;

const whatever = `# Whatever

## Supported Types

### \`Any\`

### \`str\`
`;

const fiveOrWhatever = `# Five Or Whatever

## Supported Types

### \`models.Whatever\`

### \`Literal[5]\`
`;

let folder: SpecFolder;
let pkg: GeneratedPackage;
let root: Record<string, unknown>;

beforeAll(async () => {
  folder = specFolder({
    "hostile/globals.md": globals,
    "hostile/reserved.md": reserved,
    "hostile/fields.md": fields,
    "hostile/values.md": values,
    "hostile/tree.md": tree,
    "hostile/forest.md": forest,
    "hostile/literals.md": literals,
    "hostile/whatever.md": whatever,
    "hostile/five-or-whatever.md": fiveOrWhatever,
    // File names that reduce to the same module, or to names the package uses itself.
    "hostile/index.md": "# Index\n\n## Values\n\n- `1`\n",
    "runtime.md": "# Runtime\n\n## Values\n\n- `2`\n",
    "runtime/validation.md": "# Validation Rule\n\n## Values\n\n- `5`\n",
    // Names that start with a digit: their type names need an underscore, and so do the names made from them.
    "hostile/status-2024.md": "# 2024 Status\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `code` | *int* | :heavy_check_mark: | N/A |\n",
    "hostile/not-found.md": "# 404\n\n## Values\n\n- `404`\n",
    "hostile/ä.md": "# Umlaut A\n\n## Values\n\n- `3`\n",
    "hostile/ö.md": "# Umlaut O\n\n## Values\n\n- `4`\n",
  });
  pkg = await generatePackage(folder.specs, "hostile-models");
  root = await pkg.load();
}, 180_000);

afterAll(() => {
  pkg?.remove();
  folder?.remove();
  delete (globalThis as Record<string, unknown>)["__mdspecInjected"];
});

const guard = (name: string) => {
  const found = (root["hostile"] as Record<string, unknown>)[name];
  if (typeof found !== "function") throw new Error(`no guard ${name}`);
  return found as (value: unknown) => boolean;
};

describe("a package generated from hostile specs", () => {
  it("is generated without diagnostics", () => {
    expect(pkg.result.diagnostics).toEqual([]);
    expect(pkg.result.ok).toBe(true);
  });

  it("type-checks under --strict --exactOptionalPropertyTypes --noUncheckedIndexedAccess", () => {
    const run = tsc(["-p", "tsconfig.json", ...STRICT_FLAGS], pkg.dir);
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
  });

  it("is as prettier formats it, though most of it was laid out without prettier", async () => {
    const src = join(pkg.dir, "src/hostile");
    for (const file of readdirSync(src)) {
      const text = readFileSync(join(src, file), "utf8");
      expect(await formatTypeScript(text), file).toBe(text);
    }
  });

  it("runs nothing a spec wrote when it is imported", () => {
    expect(root).toHaveProperty("hostile");
    expect((globalThis as Record<string, unknown>)["__mdspecInjected"]).toBeUndefined();
  });

  it("keeps spec text inside comments, with comment ends escaped", () => {
    const source = readFileSync(join(pkg.dir, "src/hostile/globals.ts"), "utf8");
    expect(source).toContain(`*\\/ ${CANARY}`);
    expect(source).toContain("\\@param value a tag the text did not mean");
    expect(source).toContain("\\@deprecated by a line separator");
    // The canary appears in comments only: no token of the code mentions it.
    expect(codeTokens(source).filter((token) => token.includes("__mdspecInjected"))).toEqual([]);
    expect(codeTokens(source)).toContain("isDate");
  });

  it("holds no character that would hide in its code, in the sources, the JavaScript or the declarations", () => {
    // The bidirectional controls of the "Trojan Source" attack, invisible format characters, line separators, DEL and C1.
    const hidden = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
    let files = 0;
    for (const file of readdirSync(pkg.dir, { recursive: true, encoding: "utf8" })) {
      if (!/\.(ts|js)$/u.test(file) || file.startsWith("node_modules")) continue;
      files++;
      const text = readFileSync(join(pkg.dir, file), "utf8");
      expect(hidden.exec(text)?.index, file).toBeUndefined();
    }
    expect(files).toBeGreaterThan(20);
    // Written as escapes, they still stand for themselves.
    expect(readFileSync(join(pkg.dir, "src/hostile/values.ts"), "utf8")).toContain("user\\u202e \\u2066// admin\\u2069 \\u2066");
  });

  it("writes only inside the output folder, with one module per spec file", () => {
    expect(readdirSync(join(pkg.dir, "..")).sort()).toEqual(["hostile-models"]);
    expect(readdirSync(join(pkg.dir, "src/hostile")).sort()).toEqual([
      "_-2.ts",
      "_.ts",
      "reserved.ts",
      "fields.ts",
      "five-or-whatever.ts",
      "forest.ts",
      "globals.ts",
      "index.ts",
      "index_.ts",
      "literals.ts",
      "not-found.ts",
      "status-2024.ts",
      "tree.ts",
      "values.ts",
      "whatever.ts",
    ].sort());
    // runtime.ts and runtime/validation.ts are the package's own; the specs named like them get modules beside them.
    expect(readdirSync(join(pkg.dir, "src")).sort()).toEqual(["hostile", "index.ts", "runtime", "runtime.ts", "runtime_", "runtime_.ts"]);
    expect(readdirSync(join(pkg.dir, "src/runtime"))).toEqual(["validation.ts"]);
    expect(readdirSync(join(pkg.dir, "src/runtime_")).sort()).toEqual(["index.ts", "validation.ts"]);
  });
});

describe("models named like JavaScript globals", () => {
  it("still check real Dates, event streams and maps", () => {
    const isDate = guard("isDate");
    const value = { when: new Date(0), events: { [Symbol.asyncIterator]: () => ({}) }, counts: { a: 1 } };
    expect(isDate(value)).toBe(true);
    expect(isDate({ ...value, when: "1970-01-01" })).toBe(false);
    expect(isDate({ ...value, when: new Date(Number.NaN) })).toBe(false);
    expect(isDate({ ...value, events: [] })).toBe(false);
    expect(isDate({ ...value, counts: { a: "1" } })).toBe(false);
  });

  it("keep a recursive model named WeakSet working, on cyclic values too", () => {
    const isWeakSet = guard("isWeakSet");
    const cyclic: Record<string, unknown> = {};
    cyclic["next"] = cyclic;
    expect(isWeakSet(cyclic)).toBe(true);
    expect(isWeakSet({ next: { next: { next: 1 } } })).toBe(false);
  });

  it.each(["Object", "Array", "Record", "Promise", "String", "Symbol", "Error", "Map", "Set", "JSON", "Number", "Boolean", "GlobalThis", "Undefined", "NaN", "Infinity"])(
    "%s gets a type and a guard",
    (name) => {
      const field = name === "GlobalThis" ? "globalThis" : name === "Undefined" ? "undefined" : name;
      expect(guard(`is${name}`)({ [field]: "x" })).toBe(true);
      expect(guard(`is${name}`)({ [field]: 1 })).toBe(false);
    },
  );
});

describe("models named with reserved words", () => {
  it("get PascalCase names that work", () => {
    expect(guard("isClass")({ default: "a", new: 1 })).toBe(true);
    expect(guard("isClass")({ default: "c", new: 1 })).toBe(false);
    expect(guard("isDefault")("b")).toBe(true);
    expect(guard("isFunction")(true)).toBe(false);
    expect((root["hostile"] as Record<string, unknown>)["defaultValues"]).toEqual(["a", "b"]);
  });
});

describe("models named with a digit first", () => {
  it("get names that start with an underscore where they must, and work", () => {
    const hostile = root["hostile"] as Record<string, unknown>;
    expect(guard("is2024Status")({ code: 1 })).toBe(true);
    expect(guard("is2024Status")({ code: "1" })).toBe(false);
    expect(hostile["_404Values"]).toEqual([404]);
    expect(Object.keys(hostile).filter((name) => /^_?(?:2024|404)|(?:2024Status|404)$/u.test(name)).sort()).toEqual([
      "_2024StatusSchema",
      "_404Schema",
      "_404Values",
      "assert2024Status",
      "assert404",
      "is2024Status",
      "is404",
      "validate2024Status",
      "validate404",
    ]);
  });
});

describe("fields that need quoting or are special to objects", () => {
  const valid = () => {
    const value = JSON.parse(JSON.stringify(Object.fromEntries(SPECIAL_FIELDS.filter((f) => f !== "__proto__").map((f) => [f, f]))));
    // JSON.parse makes "__proto__" an own property, as a response body would.
    return Object.assign(JSON.parse('{"__proto__": "own"}') as Record<string, unknown>, value) as Record<string, unknown>;
  };

  it("are read as own properties with their exact names", () => {
    const isSpecialFields = guard("isSpecialFields");
    expect(Object.hasOwn(valid(), "__proto__")).toBe(true);
    expect(isSpecialFields(valid())).toBe(true);
    expect(isSpecialFields({ ...valid(), "pipe|name": 3 })).toBe(true);
    expect(isSpecialFields({ ...valid(), "pipe|name": 3.5 })).toBe(false);
  });

  it.each(SPECIAL_FIELDS)("reject the value when %s is missing or of the wrong type", (name) => {
    const isSpecialFields = guard("isSpecialFields");
    const missing = valid();
    delete missing[name];
    expect(isSpecialFields(missing)).toBe(false);
    const wrong = valid();
    Object.defineProperty(wrong, name, { value: 42, enumerable: true, configurable: true, writable: true });
    expect(isSpecialFields(wrong)).toBe(false);
  });

  it("do not take an inherited __proto__ or constructor for an own one", () => {
    const isSpecialFields = guard("isSpecialFields");
    const literal = { ...valid() };
    delete literal["__proto__"];
    delete literal["constructor"];
    // A plain object inherits both; neither is its own.
    expect(isSpecialFields(literal)).toBe(false);
  });
});

describe("fields named like inherited members, and unions that admit anything", () => {
  it("compare literals with the field's own value", () => {
    const isLiteralKeys = guard("isLiteralKeys");
    expect(isLiteralKeys({ constructor: "fixed", anything: [1] })).toBe(true);
    expect(isLiteralKeys({ constructor: "fixed", hasOwnProperty: 1, anything: null, whatever: 3 })).toBe(true);
    expect(isLiteralKeys({ constructor: "other", anything: 1 })).toBe(false);
    expect(isLiteralKeys({ constructor: "fixed", hasOwnProperty: 2, anything: 1 })).toBe(false);
    expect(isLiteralKeys({ anything: 1 })).toBe(false);
  });

  it("treat a union with an Any member as anything", () => {
    for (const value of [5, "x", null, undefined, {}]) expect(guard("isFiveOrWhatever")(value)).toBe(true);
    expect(guard("isWhatever")(Symbol("s"))).toBe(true);
  });
});

describe("enum values with quotes, escapes and comment syntax", () => {
  it("are exported and checked exactly", () => {
    expect((root["hostile"] as Record<string, unknown>)["trickyValuesValues"]).toEqual(ENUM_VALUES);
    for (const value of ENUM_VALUES) expect(guard("isTrickyValues")(value)).toBe(true);
    expect(guard("isTrickyValues")("a\\\"b")).toBe(false);
    expect(guard("isTrickyValues")("x")).toBe(false);
  });
});

describe("guards never throw, whatever they are given", () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const trap = () => {
    throw new Error("trap");
  };
  const hostileValues: Array<[string, unknown]> = [
    ["null", null],
    ["undefined", undefined],
    ["a number", 1],
    ["a string", "s"],
    ["a symbol", Symbol("s")],
    ["a bigint", 10n],
    ["a function", () => 1],
    ["an array", [1, 2]],
    ["an object without a prototype", Object.create(null)],
    ["a proxy whose every trap throws", new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap })],
    ["a revoked proxy", revoked.proxy],
    ["an object with a throwing getter", Object.defineProperty({}, "children", { get: trap, enumerable: true })],
  ];
  const guards = ["isDate", "isWeakSet", "isClass", "isFunction", "isDefault", "isSpecialFields", "isTrickyValues", "isTree", "isForest", "isObject"];
  /** Guards of object models with a required field: none of the values above is one. */
  const requiring = ["isDate", "isClass", "isSpecialFields", "isTree", "isForest", "isObject"];

  it.each(hostileValues)("for %s", (_name, value) => {
    for (const name of guards) expect(() => guard(name)(value)).not.toThrow();
    for (const name of requiring) expect(guard(name)(value)).toBe(false);
  });

  it("judge a proxy whose traps throw as not of the type, even where every field is optional", () => {
    const proxy = new Proxy({}, { getOwnPropertyDescriptor: trap, get: trap });
    expect(guard("isWeakSet")(proxy)).toBe(false);
    expect(guard("isWeakSet")(revoked.proxy)).toBe(false);
    expect(guard("isWeakSet")({})).toBe(true);
  });

  it("stop on cycles through mutually recursive models", () => {
    const isTree = guard("isTree");
    const tree: Record<string, unknown> = { children: [] };
    const forest = { trees: { self: tree } };
    (tree["children"] as unknown[]).push(forest);
    tree["parent"] = tree;
    expect(isTree(tree)).toBe(true);
    expect(guard("isForest")(forest)).toBe(true);
    (forest.trees as Record<string, unknown>)["bad"] = { children: "no" };
    expect(isTree(tree)).toBe(false);
  });

  it("reject a value nested deeper than the stack allows, instead of throwing", () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 200_000; i++) deep = { next: deep };
    expect(guard("isWeakSet")(deep)).toBe(false);
  });
});
