/**
 * The text a generated package shows its reader, in the TypeScript sources,
 * the declarations and the docs: articles that fit the model's name, no
 * comment that only repeats a name, examples that belong to this package,
 * comments aligned in the compiled files, the spec's Example column, integer
 * said as integer, and a docs index that says why a large package has no
 * single diagram.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Code, Heading, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleFor } from "../../src/emit/article.js";
import { alignComments } from "../../src/emit/compile.js";
import { typeScriptExample } from "../../src/emit/jsdoc.js";
import { generatePackage, type GeneratedPackage } from "../helpers/generated-package.js";

const fixtures = join(import.meta.dirname, "../fixtures/generated-text");

let pkg: GeneratedPackage;
const read = (path: string) => readFileSync(join(pkg.dir, path), "utf8");

beforeAll(async () => {
  pkg = await generatePackage(fixtures, "shop-models");
  expect(pkg.result.diagnostics).toEqual([]);
}, 120_000);

afterAll(() => pkg?.remove());

/** The JSDoc right above a declaration, or undefined when it has none. */
function docAbove(text: string, declaration: string): string | undefined {
  const at = text.indexOf(declaration);
  expect(at, declaration).toBeGreaterThan(-1);
  const before = text.slice(0, at).trimEnd();
  return before.endsWith("*/") ? before.slice(before.lastIndexOf("/**")) : undefined;
}

describe("JSDoc of the generated functions", () => {
  it("uses the article the model's name takes: an Order, a User", () => {
    for (const file of ["src/models/order.ts", "dist/models/order.d.ts"]) {
      const text = read(file);
      expect(text).toContain("Whether `value` is an {@link Order}.");
      expect(text).toContain("Every way `value` differs from an {@link Order}, each with a JSON pointer to where;");
      expect(text).toContain("listing every way `value` differs from an {@link Order}.");
      expect(text).not.toMatch(/\ba \{@link Order\}/u);
    }
    expect(read("src/ts/user.ts")).toContain("Whether `value` is a {@link User}.");
  });

  it.each([
    ["Order", "an"],
    ["User", "a"],
    ["UnionType", "a"],
    ["HTTPValidationError", "an"],
    ["SDKError", "an"],
    ["URLSource", "a"],
    ["UUIDValue", "a"],
    ["ObjectT", "an"],
    ["Hour", "an"],
    ["FIMCompletionRequest", "an"],
  ])("%s takes %s", (name, article) => {
    expect(articleFor(name)).toBe(article);
  });
});

describe("a model's JSDoc", () => {
  it("is its description, or nothing: never a comment that only repeats the name", () => {
    expect(docAbove(read("src/models/order.ts"), "export interface Order")).toMatch(/^\/\*\* An order of a customer\. \*\/$/u);
    expect(docAbove(read("src/ts/tag.ts"), "export interface Tag")).toBeUndefined();
    expect(docAbove(read("dist/ts/tag.d.ts"), "export interface Tag")).toBeUndefined();
  });

  it("keeps a TypeScript example as a value of this package's type, without the SDK's import", () => {
    const doc = docAbove(read("src/ts/user.ts"), "export interface User");
    expect(doc).toBe(["/**", " * @example ```ts", " * let value: User = {", ' *   name: "Ada",', " * };", " * ```", " */"].join("\n"));
  });

  it("drops an example in another language", () => {
    const text = read("src/models/order.ts");
    expect(text).not.toContain("shop_sdk");
    expect(text).not.toContain("value = Order(");
  });

  it.each([
    ['import { X } from "sdk/models";\n\nlet value: X = "a";', 'let value: X = "a";'],
    ['import {\n  X,\n  Y,\n} from "sdk";\nimport "side-effect";\nconst value: X = { y: 1 };\n', "const value: X = { y: 1 };"],
    ['let value: X = "a";', 'let value: X = "a";'],
    ['from sdk.models import X\n\nvalue: X = "a"', undefined],
    ['# An open enum\nvalue: X = "a"', undefined],
    ["value = X(a=1, b=True)\n", undefined],
    ['let value: X = "a";\nconsole.log(value);', undefined],
    ['import { X } from "sdk";\n', undefined],
    ["curl https://api.example.com -d '{}'", undefined],
    // A block that declares nothing (Gusto's placeholder).
    ['import { E } from "sdk/models/errors";\n\n// No examples available for this model\n', undefined],
    // Values of what only the SDK has: an enum object, a helper; a value of JavaScript's own, or of a name it declares, is fine.
    ['import { AnswerValue } from "sdk";\n\nlet value: AnswerValue = AnswerValue.ShortText;', undefined],
    ['let value: X = { kind: "home", sourceValue: Home };', undefined],
    ['import { openAsBlob } from "node:fs";\nlet value: X = { file: await openAsBlob("a.txt") };', undefined],
    ['let value: X = { createdAt: new Date("2024-08-23T06:20:02.699Z"), big: BigInt(1), "AnswerValue": 1, nested: { Home: 2 } };', 'let value: X = { createdAt: new Date("2024-08-23T06:20:02.699Z"), big: BigInt(1), "AnswerValue": 1, nested: { Home: 2 } };'],
    ['const part = { a: 1 };\nlet value: X = { part, more: [part] };', 'const part = { a: 1 };\nlet value: X = { part, more: [part] };'],
    // JavaScript's own, however the SDK's docs make a value with it: Speakeasy's bytes.
    ['import { X } from "sdk";\nlet value: X = { content: new TextEncoder().encode("0xDce4"), at: new Map() };', 'let value: X = { content: new TextEncoder().encode("0xDce4"), at: new Map() };'],
    // An example nested thousands deep is not read (oxc's parser would overflow its stack).
    [`let value: X = ${"[".repeat(5000)}${"]".repeat(5000)};`, undefined],
    [`let value: X = { a: ${"!".repeat(20_000)}1 };`, undefined],
    // A global's name the SDK's imports take over is the SDK's.
    ['import { Blob } from "sdk";\nlet value: X = { file: new Blob(["a"]) };', undefined],
  ])("example %j → %j", (code, example) => {
    expect(typeScriptExample(code)).toBe(example);
  });
});

describe("the compiled JavaScript and declarations", () => {
  it("line up every comment's inner lines under its opening /**", () => {
    const files = readdirSync(join(pkg.dir, "dist"), { recursive: true, encoding: "utf8" }).filter((f) => /\.(d\.ts|js)$/u.test(f));
    expect(files.length).toBeGreaterThan(5);
    let comments = 0;
    for (const file of files) {
      const lines = read(join("dist", file)).split("\n");
      let indent: string | undefined;
      for (const [i, line] of lines.entries()) {
        if (indent === undefined) {
          const opening = /^(\s*)\/\*\*(?!.*\*\/)/u.exec(line);
          if (opening) {
            indent = `${opening[1]} *`;
            comments++;
          }
        } else {
          expect(line.startsWith(indent), `${file}:${i + 1}: ${JSON.stringify(line)}`).toBe(true);
          if (line.includes("*/")) indent = undefined;
        }
      }
    }
    expect(comments).toBeGreaterThan(5);
  });

  it("leave code that is not a comment as it is", () => {
    const code = '\tconst a = "/**";\n/**\n* one\n*\n* two\n*/\nexport {};\n\t/** single */\n';
    expect(alignComments(code)).toBe('\tconst a = "/**";\n/**\n * one\n *\n * two\n */\nexport {};\n\t/** single */\n');
  });
});

const parse = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text) as Root;

describe("docs pages", () => {
  it("keep the spec's Example column, and say integer where the validator checks an integer", () => {
    const page = read("docs/models/order.md");
    expect(page).toContain("| Field    | Type                  | Required | Description         | Example |");
    expect(page).toContain("| `id`     | integer               | yes      | The order's number. | `42`    |");
    expect(page).toContain("| `status` | string                | yes      | Where it stands.    | `open`  |");
    expect(read("src/models/order.ts")).toContain('v.issue(path + "/id", "integer", value.id)');
    // A model whose fields have no example gets no empty column.
    expect(read("docs/ts/tag.md")).toContain("| Field   | Type   | Required | Description |");
  });
});

describe("the docs index of a package too large for one diagram", () => {
  let work: string;
  let large: GeneratedPackage;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "mdspec-diagrams-"));
    const spec = (name: string, field: string, type: string) =>
      `# ${name}\n\n## Fields\n\n| Field | Type | Required | Description |\n| ----- | ---- | -------- | ----------- |\n| \`${field}\` | ${type} | :heavy_check_mark: | N/A |\n`;
    mkdirSync(join(work, "specs/big"), { recursive: true });
    mkdirSync(join(work, "specs/small"), { recursive: true });
    for (let i = 0; i < 151; i++) writeFileSync(join(work, `specs/big/item${i}.md`), spec(`Item${i}`, "n", "*int*"));
    writeFileSync(join(work, "specs/small/cart.md"), spec("Cart", "lines", "List[[models.Line](line.md)]"));
    writeFileSync(join(work, "specs/small/line.md"), spec("Line", "item", "[models.Item0](../big/item0.md)"));
    large = await generatePackage(join(work, "specs"), "large", { prettier: false, emit: ["types", "docs"] });
    expect(large.result.diagnostics).toEqual([]);
  }, 120_000);

  afterAll(() => {
    large?.remove();
    rmSync(work, { recursive: true, force: true });
  });

  it("says why, links the folders that have a diagram of their own and draws it under the folder's heading", () => {
    const index = readFileSync(join(large.dir, "docs/index.md"), "utf8");
    expect(index).toContain(
      "The package has 153 models, too many for one readable diagram (at most 150), so each folder of at most 150 models has a diagram of its own, under its heading: [small](#small).",
    );
    expect(index).toContain("Folders with more models than a diagram can show: [big](#big) (151).");
    const tree = parse(index);
    const headings: string[] = [];
    visit(tree, "heading", (node: Heading) => {
      headings.push(toString(node));
    });
    expect(headings).toEqual(["large", "How the models fit together", "big", "small"]);
    const diagrams: Array<{ value: string; after: string }> = [];
    let lastHeading = "";
    visit(tree, (node) => {
      if (node.type === "heading") lastHeading = toString(node);
      if (node.type === "code" && (node as Code).lang === "mermaid") diagrams.push({ value: (node as Code).value, after: lastHeading });
    });
    // One diagram, under "small": its two models and the arrow between them; the arrow to a model of "big" is left out.
    expect(diagrams).toEqual([{ value: "classDiagram\n  class Cart\n  class Line\n  Cart --> Line : lines", after: "small" }]);
  });
});
