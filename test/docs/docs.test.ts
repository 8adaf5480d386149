/**
 * The generated docs, read back as markdown the way GitHub reads them: the
 * index's Mermaid diagram of models and references, the uses / used-by links
 * between model pages (each leading to a page that exists), and spec text
 * that tries to break out (HTML, script links, table pipes, code fences,
 * Mermaid syntax) shown as text.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import GithubSlugger from "github-slugger";
import type { Code, Heading, Link, Root, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { format, util } from "prettier";
import { PRETTIER_OPTIONS } from "../../src/emit/prettier-options.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatePackage, type GeneratedPackage } from "../helpers/generated-package.js";

const HOSTILE = `# Hostile

Text with <script>alert(1)</script>, <img src=x onerror=alert(1)>, [a link](javascript:alert(1)),
[another]( JaVaScRiPt:alert(2) ) and [a safe one](https://example.com).

[ref]:   javascript:alert(3)

\`\`\`
a fence that tries to close the page's code blocks
\`\`\`

## Fields

| Field | Type | Required | Description |
| ----- | ---- | -------- | ----------- |
| \`a --> b : x\` | [models.Node](node.md) | :heavy_check_mark: | Pipes \\| and <b>bold</b> and [x](javascript:alert(4)). |
`;

// Text that is wider or narrower than it is long: CJK letters, an emoji with its skin tone, a zero-width space, a
// combining accent; and a model name that makes its page's import line too long for one line.
const WIDE = `# AModelWhoseNameIsLongEnoughToBreakTheImportLine

A model whose page holds wide text.

## Fields

| Field | Type | Required | Description |
| ----- | ---- | -------- | ----------- |
| \`name\` | *string* | :heavy_check_mark: | 名前 (a name) 👍🏽 |
| \`note\` | *string* | :heavy_minus_sign: | zero\u200bwidth, e\u0301 |
| \`\`total\`tokens\`\` | *number* | :heavy_minus_sign: | A key with a backtick. |
`;

// An OpenAPI Generator page with its inline enums under headings of their own, linked from its table by anchor.
const PLAN = `# SibApiV3Sdk.GetAccountPlan

The account's plan.

### GetAccountPlanTypeEnum

A heading of the description that the page's next model's heading has the text of.

## Properties
Name | Type | Description | Notes
------------ | ------------- | ------------- | -------------
**type** | **String** | Displays the plan type of the user |
**creditsType** | **String** | This is the type of the credit |

<a name="TypeEnum"></a>
## Enum: TypeEnum

* \`payAsYouGo\` (value: \`"payAsYouGo"\`)

* \`free\` (value: \`"free"\`)

<a name="CreditsTypeEnum"></a>
## Enum: CreditsTypeEnum

* \`userLimit\` (value: \`"userLimit"\`)
`;

const parse = (text: string) => unified().use(remarkParse).use(remarkGfm).parse(text) as Root;

let work: string;
let pkg: GeneratedPackage;
const page = (path: string) => readFileSync(join(pkg.dir, "docs", path), "utf8");

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "mdspec-docs-"));
  cpSync(join(import.meta.dirname, "../fixtures/everyday"), join(work, "specs"), { recursive: true });
  writeFileSync(join(work, "specs/models/hostile.md"), HOSTILE);
  writeFileSync(join(work, "specs/models/wide.md"), WIDE);
  mkdirSync(join(work, "specs/plans"));
  writeFileSync(join(work, "specs/plans/GetAccountPlan.md"), PLAN);
  pkg = await generatePackage(join(work, "specs"), "docs-pkg");
  expect(pkg.result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
}, 120_000);

afterAll(() => {
  pkg?.remove();
  rmSync(work, { recursive: true, force: true });
});

describe("the docs index", () => {
  it("shows models and references as a Mermaid class diagram", () => {
    const tree = parse(page("index.md"));
    const diagrams: Code[] = [];
    visit(tree, "code", (node: Code) => {
      if (node.lang === "mermaid") diagrams.push(node);
    });
    expect(diagrams).toHaveLength(1);
    const lines = diagrams[0]!.value.split("\n");
    expect(lines[0]).toBe("classDiagram");
    for (const expected of [
      "  class Node",
      "  <<enumeration>> Status",
      "  <<union>> Shape",
      "  Node --> Node : children",
      "  Node --> Link : next",
      "  Link --> Node : target",
      "  Kinds --> Status : status",
      "  Shape ..> Circle : one of",
    ]) {
      expect(lines).toContain(expected);
    }
    // Every line is one of the few statements the diagram is made of, whatever the specs say.
    for (const line of lines.slice(1)) {
      expect(line).toMatch(/^ {2}(class \w+(\["[\p{L}\p{N}_ .-]*"\])?|<<(enumeration|union)>> \w+|\w+ (-->|\.\.>) \w+ : [\p{L}\p{N}_ .-]+)$/u);
    }
    // The hostile field name reaches the diagram as plain text.
    expect(lines).toContain("  Hostile --> Node : a --_ b _ x");
  });
});

describe("every page", () => {
  it("is written in its final form: tables aligned, blocks one blank line apart, one newline at the end", () => {
    const pages = readdirSync(join(pkg.dir, "docs"), { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".md"));
    expect(pages.length).toBeGreaterThan(5);
    let tables = 0;
    for (const path of pages) {
      const text = page(path);
      expect(text, path).toMatch(/[^\n]\n$/u);
      expect(text, path).not.toMatch(/\n\n\n/u);
      const lines = text.split("\n");
      visit(parse(text), "table", (node: Table) => {
        tables++;
        const rows = lines.slice(node.position!.start.line - 1, node.position!.end.line);
        expect(rows.length, path).toBe(node.children.length + 1);
        expect(new Set(rows.map((row) => util.getStringWidth(row))).size, `${path}: ${rows.join("\n")}`).toBe(1);
      });
    }
    expect(tables).toBeGreaterThan(5);
  });

  it("lays its tables and code out as prettier does, wide and zero-width text included", async () => {
    const pages = readdirSync(join(pkg.dir, "docs"), { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".md"));
    const parts: Array<{ path: string; text: string; parser: string }> = [];
    for (const path of pages) {
      const text = page(path);
      const lines = text.split("\n");
      const source = (node: Table | Code) => lines.slice(node.position!.start.line - 1, node.position!.end.line).join("\n");
      visit(parse(text), "table", (node: Table) => {
        parts.push({ path, text: `${source(node)}\n`, parser: "markdown" });
      });
      visit(parse(text), "code", (node: Code) => {
        if (node.lang === "ts") parts.push({ path, text: `${node.value}\n`, parser: "typescript" });
      });
    }
    expect(parts.filter((part) => part.path === "models/wide.md").map((part) => part.parser)).toEqual(["markdown", "typescript"]);
    expect(page("models/wide.md")).toContain("import {\n  type AModelWhoseNameIsLongEnoughToBreakTheImportLine,\n");
    // A key with a backtick is shown as written, in a code span of a longer fence.
    expect(page("models/wide.md")).toContain("| ``total`tokens`` |");
    for (const part of parts) expect(await format(part.text, { parser: part.parser, ...PRETTIER_OPTIONS }), part.path).toBe(part.text);
  });
});

describe("links between pages", () => {
  it("lead to a heading of the page they name, where they name an anchor", () => {
    const pages = readdirSync(join(pkg.dir, "docs"), { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".md"));
    const anchorsOf = (path: string) => {
      const slugger = new GithubSlugger();
      const anchors = new Set<string>();
      visit(parse(page(path)), "heading", (node: Heading) => {
        anchors.add(slugger.slug(toString(node)));
      });
      return anchors;
    };
    let anchored = 0;
    for (const path of pages) {
      visit(parse(page(path)), "link", (node: Link) => {
        if (/^[a-z]+:/u.test(node.url) || !node.url.includes("#")) return;
        const [file, anchor] = node.url.split("#") as [string, string];
        // `#` alone is a link made inert (the hostile spec's).
        if (anchor === "") return;
        const target = file === "" ? path : posix.join(posix.dirname(path), decodeURI(file));
        expect(anchorsOf(target), `${path} → ${node.url}`).toContain(anchor);
        anchored++;
      });
    }
    // The plan page's enums, from its table, its Uses line and the index; the first after a heading of the same text.
    expect(anchored).toBeGreaterThanOrEqual(6);
    expect(page("plans/getaccountplan.md")).toContain("getaccountplan.md#getaccountplantypeenum-1)");
  });
});

describe("model pages", () => {
  it("link both ways: uses and used by, to pages that exist", () => {
    const link = page("models/link.md");
    expect(link).toContain("Uses: [Node](node.md)");
    expect(link).toContain("Used by: [Node](node.md)");
    const circle = page("models/circle.md");
    expect(circle).toContain("Used by: [Shape](shape.md)");
    expect(circle).not.toContain("Uses:");
    for (const path of ["models/link.md", "models/node.md", "models/kinds.md", "models/shape.md"]) {
      visit(parse(page(path)), "link", (node: Link) => {
        if (/^[a-z]+:/u.test(node.url)) return;
        const target = join(pkg.dir, "docs", dirname(path), decodeURI(node.url.split("#")[0]!));
        expect(existsSync(target), `${path} → ${node.url}`).toBe(true);
      });
    }
  });

  it("render descriptions as markdown without raw HTML or links that run code", () => {
    const text = page("models/hostile.md");
    const tree = parse(text);
    const html: string[] = [];
    visit(tree, "html", (node: { value: string }) => {
      html.push(node.value);
    });
    expect(html).toEqual([]);
    const urls: string[] = [];
    visit(tree, "link", (node: Link) => {
      urls.push(node.url);
    });
    visit(tree, "definition", (node: { url: string }) => {
      urls.push(node.url);
    });
    expect(urls).toContain("https://example.com");
    for (const url of urls) expect(url.replace(/\s/gu, "").toLowerCase()).not.toMatch(/^(javascript|vbscript|data):/u);
    // The markup shows as text.
    expect(text).toContain("&lt;script>");
    // Inert links are written as prettier writes them, whatever blanks the spec put around the scheme.
    expect(text).toContain("[another](#)");
    expect(text).toContain("\n[ref]: #\n");
  });

  it("keep a description inside its table cell", () => {
    const tables: Table[] = [];
    visit(parse(page("models/hostile.md")), "table", (node: Table) => {
      tables.push(node);
    });
    expect(tables).toHaveLength(1);
    for (const row of tables[0]!.children) expect(row.children).toHaveLength(4);
  });
});
