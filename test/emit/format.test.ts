/**
 * Modules formatted several to a prettier call come out exactly as each
 * does alone: batching is a saving, never a change of layout.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatModuleParts, formatTypeScript, formatTypeScriptModules, isInPrettierLayout } from "../../src/emit/format.js";
import { buildPackage } from "../../src/run/generate.js";
import { readSpecFiles } from "../../src/read/specs-folder.js";

/** A blank line before a top-level line: where formatModuleParts joins a module's parts. */
const TOP_LEVEL_BLANK_LINE = /\n\n(?=\S)/u;

const repo = join(import.meta.dirname, "../..");
const folders = ["specs", "test/fixtures/constructs", "test/fixtures/openapi-generator", "test/fixtures/sdk-ts/docs", "test/fixtures/sdk-python/docs"];
let sources: string[];

beforeAll(async () => {
  // Unformatted modules of every kind the fixtures make: objects, enums, unions, recursion, hostile names and text.
  sources = [];
  for (const folder of folders) {
    const built = await buildPackage(readSpecFiles(join(repo, folder)), { name: "p", prettier: false, emit: ["types", "guards", "validators"] });
    for (const [path, text] of built.files ?? []) if (path.startsWith("src/") && path.endsWith(".ts")) sources.push(text);
  }
}, 120_000);

describe("formatTypeScriptModules", () => {
  it("formats each module of a batch as formatTypeScript formats it alone", async () => {
    expect(sources.length).toBeGreaterThan(50);
    const alone = await Promise.all(sources.map(formatTypeScript));
    for (let i = 0; i < sources.length; i += 16) {
      expect(await formatTypeScriptModules(sources.slice(i, i + 16))).toEqual(alone.slice(i, i + 16));
    }
  }, 120_000);

  it("formats modules one by one where a batch could not be split back: an empty module, one that holds the boundary line", async () => {
    const empty = ["export const a = 1;\n", "\n\n", "export const b   = 2"];
    expect(await formatTypeScriptModules(empty)).toEqual(["export const a = 1;\n", "", "export const b = 2;\n"]);
    const boundary = ["export const a = 1;\n// ---- mdspec: the next module starts here ----\nexport const c = 3;", "export const b   = 2"];
    expect(await formatTypeScriptModules(boundary)).toEqual(await Promise.all(boundary.map(formatTypeScript)));
  });
});

describe("model modules, formatted part by part", () => {
  it("are as prettier formats them, whether a part was laid out by ts-morph or formatted", async () => {
    let laidOut = 0;
    let formatted = 0;
    for (const folder of folders) {
      const built = await buildPackage(readSpecFiles(join(repo, folder)), { name: "p", emit: ["types", "guards", "validators"] });
      for (const [path, text] of built.files ?? []) {
        if (!path.startsWith("src/") || !path.endsWith(".ts")) continue;
        expect(await formatTypeScript(text), `${folder}: ${path}`).toBe(text);
      }
    }
    // Both ways were taken: the parts of the unformatted modules, split where formatModuleParts joins them.
    for (const source of sources) for (const part of source.trimEnd().split(TOP_LEVEL_BLANK_LINE)) isInPrettierLayout(part) ? laidOut++ : formatted++;
    expect(laidOut).toBeGreaterThan(100);
    expect(formatted).toBeGreaterThan(50);
  }, 120_000);

  it("formats a part that is not in prettier's layout, and keeps one that is", async () => {
    const laidOut = 'export function isA(value: unknown): value is A {\n  return typeof value === "string";\n}';
    const wide = `export type B = ${Array.from({ length: 12 }, (_, i) => `"value${i}"`).join(" | ")};`;
    const quoted = 'export const C = ["say \\"hi\\""] as const;';
    const empty = "export interface D {\n}";
    const escaped = 'export const E = ["it\\\'s"] as const;';
    const lone = `export function f(): string[] {\n  return [\n    "${"x".repeat(120)}",\n  ];\n}`;
    const returned = `export function g(): string {\n  return "${"x".repeat(120)}";\n}`;
    expect([lone, returned].map(isInPrettierLayout)).toEqual([true, false]);
    expect(await formatTypeScript(`${lone}\n`)).toBe(`${lone}\n`);
    const parts = ["// header", laidOut, wide, quoted, empty, escaped];
    expect(parts.slice(1).map(isInPrettierLayout)).toEqual([true, false, false, false, false]);
    const [module] = await formatModuleParts([parts]);
    expect(module).toBe(await formatTypeScript(parts.join("\n\n")));
    expect(module).toContain("export type B =\n  | \"value0\"");
    expect(module).toContain(`export const C = ['say "hi"'] as const;`);
    expect(module).toContain("export interface D {}");
  });
});

describe("the committed generated/ package", () => {
  it("is as prettier formats it: formatting its sources again changes nothing", async () => {
    const src = join(repo, "generated/src");
    const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(join(src, file), "utf8");
      expect(await formatTypeScript(text), file).toBe(text);
    }
  }, 120_000);
});
