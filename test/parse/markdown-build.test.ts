/**
 * The build makes the markdown parser one file with its dependencies in it
 * (scripts/build.mjs). The built file must load nothing but Node's own
 * modules, and read every spec as the parser made of the packages does.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseSync } from "oxc-parser";
import { describe, expect, it } from "vitest";
import { markdown } from "../../src/parse/markdown.js";

const repo = resolve(import.meta.dirname, "../..");
const built = join(repo, "dist/parse/markdown.js");

/** Every markdown file below a folder. */
function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .map((file) => join(folder, file));
}

describe("the built markdown parser", () => {
  it("imports only Node's own modules", () => {
    const { module } = parseSync(built, readFileSync(built, "utf8"));
    const imported = [...module.staticImports.map((i) => i.moduleRequest.value), ...module.dynamicImports.map(() => "import()")];
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((name) => !name.startsWith("node:"))).toEqual([]);
  });

  it("reads the seed specs and the SDK-shaped fixtures as the parser made of the packages does", async () => {
    const { markdown: bundled } = (await import(pathToFileURL(built).href)) as { markdown: typeof markdown };
    const files = [...markdownFiles(join(repo, "specs")), ...markdownFiles(join(repo, "test/fixtures"))];
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(bundled.parse(text), file).toEqual(markdown.parse(text));
    }
  });
});
